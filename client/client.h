#pragma once

#include "client/commandoperation.h"
#include "client/picture.h"
#include "client/role.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace sb::client {

/// The one interface the console UI sees of the call service: a picture of its state (a
/// snapshot, then changes), its events, and commands that answer asynchronously. Two
/// implementations: InProcessClient (the service on a thread of this process) and BusClient
/// (SB-BUS/1 over an MQTT broker). Both feed the same Picture with the same payloads.
class Client : public QObject
{
    Q_OBJECT
public:
    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    /// Connects (bus) or starts the service (in-process). Returns at once.
    virtual void start() = 0;
    /// Disconnects cleanly / stops the service; pending commands fail as not-connected.
    virtual void stop() = 0;

    /// What the service publishes, as this client holds it now.
    const Picture &picture() const { return m_picture; }
    /// The roles this user holds (in-process: every role).
    virtual Roles roles() const = 0;
    /// True when a role held may send the action.
    bool may(const QString &action) const { return allows(roles(), action); }
    /// "in-process" or "mqtt://host:port as alice".
    virtual QString describe() const = 0;
    /// True while the service can be reached (in-process: running; bus: broker connected).
    virtual bool isConnected() const = 0;
    /// In-process, installer actions need the installer password first (the in-process-only
    /// check-password command); on the bus the broker login and the installer role suffice.
    virtual bool asksInstallerPassword() const { return false; }
    /// Whose console this is, for what it keeps per user (the grid's layout): "local/<login>"
    /// in-process (the operating system's user), "bus/<system>/<user>" on the bus.
    virtual QString owner() const;
    /// Whether the installer's link trace (the service's lines: what the controller said and
    /// each command sent to it) reaches this console: in-process only; the bus carries none.
    virtual bool hasLinkTrace() const { return false; }

    /// Sends `command` ({"action": …}) on the topic of `role`; never blocks. The operation
    /// finishes with the reply or an error (timeout, not-connected, the service's refusal).
    CommandOperation *send(Role role, const QJsonObject &command);
    /// Sends on the topic of the least role held that allows the action (a higher role may send
    /// every lower action); for an action not in section 4's table, the highest role held.
    CommandOperation *send(const QJsonObject &command);
    /// `transfer` {to}: the attendant's outside call goes to extension `to` (behaviour.md T9).
    CommandOperation *transfer(const QString &to);
    /// `to-attendant` {line}: a held, queued or recalling line goes to the attendant (T9).
    CommandOperation *toAttendant(int line);
    /// Timeout given to new operations (CommandOperation::defaultTimeoutMs unless changed).
    void setDefaultTimeoutMs(int ms) { m_defaultTimeoutMs = ms; }
    int defaultTimeoutMs() const { return m_defaultTimeoutMs; }

signals:
    /// The service went online or offline, or the connection to it came or went.
    void serviceStateChanged();
    /// One event of console-bus.md section 3, untranslated.
    void eventReceived(const QJsonObject &event);
    /// The in-process installer session began or ended (check-password, lock, idle).
    void installerUnlockedChanged(bool unlocked);
    /// A command was just handed to send() (for logs and tests; the operation answers later).
    void commandSent(sb::client::CommandOperation *operation);
    /// One line of the link trace ("-> TONE 4 reorder"), English, as the service wrote it.
    void linkTraceLine(const QString &line);

protected:
    /// Hands the operation to the service; an implementation finishes it when the reply comes
    /// (or fails it).
    virtual void dispatch(Role role, CommandOperation *op) = 0;
    /// Operations still waiting for a reply, by id.
    CommandOperation *pending(const QString &id) const;
    /// Fails every pending operation (e.g. on stop or connection loss).
    void failPending(const QString &code, const QString &message);
    /// Feeds the picture (implementations call this for every state message).
    Picture &mutablePicture() { return m_picture; }

private:
    Picture m_picture;
    QHash<QString, CommandOperation *> m_pending;
    quint64 m_nextId = 1;
    int m_defaultTimeoutMs = CommandOperation::defaultTimeoutMs;
};

} // namespace sb::client
