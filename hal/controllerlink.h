#pragma once

#include "hostsession.h"
#include "transport.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>

namespace sb::hal {

/// The link to the controller: a transport and the CLP/1 session on it. It opens the transport,
/// keeps the session alive, reopens the transport by itself after any loss, and turns frames
/// into call processor events. It lives on the link thread; talk to it through signals.
class ControllerLink : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Opening, Retrying, Connecting, Syncing, Up };
    Q_ENUM(State)

    /// How long to wait before opening again after a failure or a loss.
    static constexpr int retryInterval = 1000;

    /// Takes ownership of the transport.
    explicit ControllerLink(
        Transport *transport, LinkSettings settings = LinkSettings(), QObject *parent = nullptr);
    ~ControllerLink() override;

    State state() const { return m_state; }
    const LinkStats &stats() const { return m_session.stats(); }
    const Identity &identity() const { return m_session.identity(); }
    Transport *transport() const { return m_transport.get(); }
    static QString stateName(State s);

public slots:
    void start();
    void stop();
    void sendCommand(const sb::core::Command &command);

signals:
    /// A controller or link event for the call processor (session up, events, port states, down).
    void eventReceived(const sb::core::Event &event);
    void stateChanged(sb::hal::ControllerLink::State state, const QString &detail);
    /// A line for the log: ERROR frames, framing errors, reconnects.
    void logMessage(const QString &text);
    /// IDENTITY of a new session.
    void identityChanged(const QString &model, int firmware, quint32 bootId);
    /// The link's counters, at most twice a second.
    void statsChanged(const sb::hal::LinkStats &stats);

private:
    void setState(State s, const QString &detail);
    void pump();
    void retryLater(const QString &why, int delay);

    std::unique_ptr<Transport> m_transport;
    HostSession m_session;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QTimer m_retry;
    State m_state = State::Stopped;
    QString m_detail;
    Millis m_lastStats = -1000;
};

} // namespace sb::hal
