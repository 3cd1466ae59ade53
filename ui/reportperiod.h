#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace sb::ui {

/// The span a supervisor's report covers (issue 12 item 2): a day, a week (Monday to Sunday), a
/// month, or a range of days from–to, each from local midnight to local midnight.
class ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)
public:
    enum Kind { Day, Week, Month, Range };

    /// The period of `kind` holding `day` (Range: the days `day` to `last`, in either order).
    ReportPeriod(Kind kind, const QDate &day, const QDate &last = QDate());

    Kind kind() const { return m_kind; }
    /// The first day, the last day (both local, included).
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    /// Local midnight at the start of the first day, and after the last day.
    QDateTime from() const;
    QDateTime to() const;
    /// `from` and `to` in console-bus.md's form (RFC 3339 UTC with milliseconds).
    QString fromText() const;
    QString toText() const;
    /// In words, for titles and files ("Week 49, 30 Nov – 6 Dec 2026").
    QString text() const;

    /// RFC 3339 UTC with milliseconds ("2026-12-02T09:15:04.120Z").
    static QString wireTime(const QDateTime &t);

private:
    Kind m_kind;
    QDate m_first;
    QDate m_last;
};

} // namespace sb::ui
