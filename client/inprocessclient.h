#pragma once

#include "client/client.h"
#include "service/callservice.h"

#include <QThread>

namespace sb::client {

/// The single-PC case: the call service runs in this process on a thread of its own (never the
/// UI thread), without a broker. Its SB-BUS/1 payloads reach the picture as they are (queued
/// signals, no serialisation); commands go to it with the in-process origin.
class InProcessClient : public Client
{
    Q_OBJECT
public:
    /// Creates the service on its thread (it loads the programming file there, now); start()
    /// starts it.
    explicit InProcessClient(
        const service::CallService::Settings &settings, QObject *parent = nullptr);
    /// Stops the service (state/service offline), deletes it on its thread and ends the thread.
    ~InProcessClient() override;

    void start() override;
    /// Stops the service; pending commands fail as not-connected. It is not started again.
    void stop() override;
    /// Every role: the person at this PC holds them all; installer actions still need the
    /// installer password (check-password), which the service checks.
    Roles roles() const override { return allRoles(); }
    QString describe() const override;
    bool isConnected() const override { return m_running; }
    bool asksInstallerPassword() const override { return true; }
    /// The service's lines are the link trace (with the commands sent: Settings::logCommands).
    bool hasLinkTrace() const override { return true; }

    /// What loading the programming said (English, one line each), for the start-up output.
    QStringList startMessages() const { return m_startMessages; }
    /// The service, living on its own thread: only for queued calls and connections (the
    /// console's simulated phones follow its runtime's simulator).
    service::CallService *service() const { return m_service; }
    /// The user name commands and the audit log carry: this account's.
    QString user() const { return m_user; }

signals:
    /// The service's one-line-per-event output (English).
    void serviceLine(const QString &text);

protected:
    void dispatch(Role role, CommandOperation *op) override;

private:
    void onPublished(const QString &topic, const QJsonObject &payload, bool retained);
    void shutDown();

    QThread m_thread;
    service::CallService *m_service = nullptr; // lives on m_thread, deleted there
    QStringList m_startMessages;
    QString m_user;
    bool m_running = false;
};

} // namespace sb::client
