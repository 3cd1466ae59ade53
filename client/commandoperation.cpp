#include "commandoperation.h"

#include <QJsonValue>

namespace sb::client {

CommandOperation::CommandOperation(
    const QString &id, const QJsonObject &command, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_action(command.value(QLatin1String("action")).toString())
    , m_command(command)
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(timeoutError, tr("The service did not answer within %1 s.").arg(m_timeoutMs / 1000.0));
    });
    m_timer.start(m_timeoutMs);
}

void CommandOperation::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    if (!m_finished)
        m_timer.start(ms);
}

void CommandOperation::finish(const QJsonObject &reply)
{
    if (m_finished)
        return;
    m_reply = reply;
    if (reply.value(QLatin1String("ok")).toBool() != true) {
        m_errorCode = reply.value(QLatin1String("error")).toString();
        if (m_errorCode.isEmpty())
            m_errorCode = QStringLiteral("bad-reply");
        m_errorMessage = reply.value(QLatin1String("message")).toString();
    }
    complete();
}

void CommandOperation::fail(const QString &code, const QString &message)
{
    if (m_finished)
        return;
    m_errorCode = code.isEmpty() ? QStringLiteral("failed") : code;
    m_errorMessage = message;
    complete();
}

void CommandOperation::complete()
{
    m_finished = true;
    m_timer.stop();
    // Queued, so that a caller connecting to finished() right after send() never misses it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace sb::client
