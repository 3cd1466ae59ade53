#include "linewriter.h"

#include <QDateTime>
#include <QMetaObject>
#include <QtGlobal>

namespace sb::app {

LineWriter::LineWriter(std::FILE *out, bool stamped, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_stamped(stamped)
{ }

LineWriter::~LineWriter()
{
    flush();
}

bool LineWriter::isJournal()
{
    return qEnvironmentVariableIsSet("JOURNAL_STREAM");
}

void LineWriter::add(const QString &text)
{
    if (m_stamped)
        m_pending += stamp(QDateTime::currentMSecsSinceEpoch());
    m_pending += text.toUtf8();
    m_pending += '\n';
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &LineWriter::flush, Qt::QueuedConnection);
    }
}

void LineWriter::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    std::fwrite(m_pending.constData(), 1, size_t(m_pending.size()), m_out);
    std::fflush(m_out);
    m_pending.clear();
}

QByteArray LineWriter::stamp(qint64 msecsSinceEpoch)
{
    const qint64 second = msecsSinceEpoch / 1000;
    if (second != m_second) {
        // The local time (a time-zone lookup) only when the second changes.
        m_second = second;
        m_secondText = QDateTime::fromMSecsSinceEpoch(second * 1000)
                           .toString(QStringLiteral("HH:mm:ss"))
                           .toLatin1();
    }
    const int ms = int(msecsSinceEpoch % 1000);
    QByteArray out = m_secondText;
    out += '.';
    out += char('0' + ms / 100);
    out += char('0' + ms / 10 % 10);
    out += char('0' + ms % 10);
    out += ' ';
    return out;
}

} // namespace sb::app
