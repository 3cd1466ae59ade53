#pragma once

#include "client/role.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

namespace sb::client {

/// One command sent to the service, answered asynchronously (qFlipper style): it finishes
/// exactly once, with the service's reply or an error, then deletes itself later.
class CommandOperation : public QObject
{
    Q_OBJECT
public:
    /// Default time a command may take before it fails as "timeout".
    static constexpr int defaultTimeoutMs = 10000;

    /// Error codes produced by the client itself (the service's codes pass through unchanged).
    static inline const QString timeoutError = QStringLiteral("timeout");
    static inline const QString notConnectedError = QStringLiteral("not-connected");
    static inline const QString brokerRefusedError = QStringLiteral("forbidden-by-broker");
    static inline const QString noRoleError = QStringLiteral("no-role");

    /// An operation for `command` (its "action" is read from it); the timer starts at once.
    CommandOperation(const QString &id, const QJsonObject &command,
        int timeoutMs = defaultTimeoutMs, QObject *parent = nullptr);

    /// Unique within its client; the correlation data on the bus.
    QString id() const { return m_id; }
    /// The command's "action" member.
    QString action() const { return m_action; }
    /// The role whose topic it is sent on.
    Role role() const { return m_role; }
    void setRole(Role role) { m_role = role; }
    /// The command as sent.
    QJsonObject command() const { return m_command; }
    int timeoutMs() const { return m_timeoutMs; }
    /// Restarts the timeout from now with a new length (unless already finished).
    void setTimeoutMs(int ms);

    bool isFinished() const { return m_finished; }
    /// True once finished with {"ok":true, …}.
    bool isOk() const { return m_finished && m_errorCode.isEmpty(); }
    /// The service's reply, whole (also for {"ok":false, …}); empty for a client-side error.
    QJsonObject reply() const { return m_reply; }
    /// Empty when ok; the service's "error" or one of the client's codes above.
    QString errorCode() const { return m_errorCode; }
    /// English text from the service, or the client's own (translated) text.
    QString errorMessage() const { return m_errorMessage; }

    /// Finishes with the service's reply: ok, or refused with its error and message.
    void finish(const QJsonObject &reply);
    /// Finishes with an error produced on this side.
    void fail(const QString &code, const QString &message);

signals:
    /// Emitted once, from the event loop (never inside send()), after which the operation is
    /// deleted later.
    void finished();

private:
    void complete();

    QString m_id;
    QString m_action;
    QJsonObject m_command;
    Role m_role = Role::Reception;
    int m_timeoutMs;
    QTimer m_timer;
    bool m_finished = false;
    QJsonObject m_reply;
    QString m_errorCode;
    QString m_errorMessage;
};

} // namespace sb::client
