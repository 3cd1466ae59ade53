#include "reportperiod.h"

#include <QLocale>

namespace sb::ui {

ReportPeriod::ReportPeriod(Kind kind, const QDate &day, const QDate &last)
    : m_kind(kind)
{
    switch (kind) {
    case Day:
        m_first = m_last = day;
        break;
    case Week: // ISO 8601: the week starts on Monday
        m_first = day.addDays(1 - day.dayOfWeek());
        m_last = m_first.addDays(6);
        break;
    case Month:
        m_first = QDate(day.year(), day.month(), 1);
        m_last = m_first.addMonths(1).addDays(-1);
        break;
    case Range:
        m_first = std::min(day, last.isValid() ? last : day);
        m_last = std::max(day, last.isValid() ? last : day);
        break;
    }
}

QDateTime ReportPeriod::from() const
{
    return m_first.startOfDay();
}

QDateTime ReportPeriod::to() const
{
    return m_last.addDays(1).startOfDay();
}

QString ReportPeriod::wireTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString ReportPeriod::fromText() const
{
    return wireTime(from());
}

QString ReportPeriod::toText() const
{
    return wireTime(to());
}

QString ReportPeriod::text() const
{
    const QLocale locale;
    switch (m_kind) {
    case Day:
        return locale.toString(m_first, QLocale::LongFormat);
    case Week:
        return tr("Week %1, %2 – %3")
            .arg(m_first.weekNumber())
            .arg(locale.toString(m_first, QLocale::ShortFormat),
                locale.toString(m_last, QLocale::ShortFormat));
    case Month:
        return locale.toString(m_first, QStringLiteral("MMMM yyyy"));
    case Range:
        break;
    }
    return tr("%1 – %2").arg(locale.toString(m_first, QLocale::ShortFormat),
        locale.toString(m_last, QLocale::ShortFormat));
}

} // namespace sb::ui
