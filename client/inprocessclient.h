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
    /// Begins to create the service on its thread (it loads the programming file and opens the
    /// history there) and returns at once; serviceReady() follows. start() may come before.
    explicit InProcessClient(
        const service::CallService::Settings &settings, QObject *parent = nullptr);
    /// Stops the service (state/service offline: its last history batch is written first),
    /// deletes it on its thread and waits for that thread to end: the one wait, at the end.
    ~InProcessClient() override;

    /// Starts the service, at once or as soon as it is created.
    void start() override;
    /// Asks the service to stop and returns at once; pending commands fail as not-connected. It is
    /// not started again.
    void stop() override;
    /// stop(), then waits for the service's thread to end (its last history batch, offline):
    /// the one wait, at quit, with the window already hidden. The destructor does it otherwise.
    void shutDown();
    /// Every role: the person at this PC holds them all; installer actions still need the
    /// installer password (check-password), which the service checks.
    Roles roles() const override { return allRoles(); }
    QString describe() const override;
    bool isConnected() const override { return m_running && m_service; }
    bool asksInstallerPassword() const override { return true; }
    /// The service's lines are the link trace (with the commands sent: Settings::logCommands).
    bool hasLinkTrace() const override { return true; }

    /// What loading the programming and opening the history said so far (English, one line
    /// each), for the start-up output; startMessagesAdded() brings each new one.
    QStringList startMessages() const { return m_startMessages; }
    /// The service, living on its own thread, once serviceReady() came (null before and after):
    /// only for queued calls and connections (the console's simulated phones follow its runtime's
    /// simulator).
    service::CallService *service() const { return m_service; }
    /// The user name commands and the audit log carry: this account's.
    QString user() const { return m_user; }

signals:
    /// The service is created: service() is set, and startMessages() has what loading said.
    void serviceReady();
    /// Start messages, as they come: loading's at serviceReady(), the history's when it opened.
    void startMessagesAdded(const QStringList &messages);
    /// The service's one-line-per-event output (English).
    void serviceLine(const QString &text);

protected:
    void dispatch(Role role, CommandOperation *op) override;

private:
    void onCreated(service::CallService *service);
    void onPublished(const QString &topic, const QJsonObject &payload, bool retained);
    void onStartMessages(const QStringList &messages);

    QThread m_thread;
    QObject *m_context = nullptr; ///< on m_thread: the service's parent, deleted there at its end
    service::CallService *m_service = nullptr; // lives on m_thread, deleted there
    QStringList m_startMessages;
    QString m_user;
    bool m_running = false; ///< started (or asked to start before it was made), not stopped
    bool m_stopped = false; ///< stop() came: it is not started again
};

} // namespace sb::client
