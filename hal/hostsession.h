#pragma once

#include "framedecoder.h"
#include "protocol.h"
#include "reliablechannel.h"

#include <QMetaType>

#include <vector>

namespace sb::hal {

/// Timers of controller-link.md sections 3 and 4 (the host's defaults).
struct LinkSettings
{
    ChannelSettings channel;
    Millis helloInterval = 500;
    Millis keepaliveAfter = 1000; ///< PING when the host has sent nothing this long
    Millis silenceLimit = 3000; ///< down when nothing has arrived this long
};

/// Counters for the supervisor's link health view.
struct LinkStats
{
    quint64 framesSent = 0;
    quint64 framesReceived = 0;
    quint64 retransmissions = 0;
    quint64 framingErrors = 0;
    quint64 duplicates = 0;
    quint64 controllerErrors = 0;
    quint64 sessions = 0;
    quint64 outages = 0;
};

/// The host's end of CLP/1 as a pure state machine: bytes and time in; bytes for the wire,
/// controller events and link events out. The transport and the clock belong to the caller.
class HostSession
{
public:
    enum class State { Closed, Connecting, Syncing, Up };

    struct Output
    {
        enum class Type {
            SessionUp, ///< IDENTITY arrived: `event` is Event::sessionUp, `identity` says who
            Event, ///< a controller event for the call processor
            PortStates, ///< SYNC_DONE: `event` is Event::portStates
            Down, ///< the session is lost; `restartTransport` asks to close and reopen
            ControllerError, ///< an ERROR frame: logged, the link carries on
            Log ///< something worth a line in the log
        };
        Type type = Type::Log;
        core::Event event;
        Identity identity;
        QString text;
        bool restartTransport = false;
    };

    explicit HostSession(LinkSettings settings = LinkSettings());

    /// The transport is open: ask for a session.
    void opened(Millis now);
    /// The transport is gone (unplugged, closed).
    void closed(Millis now, const QString &why);
    void receive(const char *data, qsizetype size, Millis now);
    void receive(const QByteArray &bytes, Millis now)
    {
        receive(bytes.constData(), bytes.size(), now);
    }
    /// Sends a host command; commands while there is no session are dropped (the call processor
    /// sends what matters again after the resynchronisation).
    void send(const core::Command &command, Millis now);
    void advanceTo(Millis now);
    Millis nextDeadline() const;

    QByteArray takeWire();
    std::vector<Output> takeOutputs();

    State state() const { return m_state; }
    const Identity &identity() const { return m_identity; }
    const LinkStats &stats() const { return m_stats; }
    static const char *stateName(State s);

private:
    void deliver(const Frame &f, Millis now);
    void write(Millis now);
    void sendNumbered(Frame f, Millis now);
    void sendHello(Millis now);
    void down(const QString &why, bool restart, Millis now);
    void output(Output::Type t, const QString &text = QString());

    LinkSettings m_settings;
    State m_state = State::Closed;
    ReliableChannel m_channel;
    FrameDecoder m_decoder;
    Identity m_identity;
    std::vector<Frame> m_frames; // frames for the wire, before encoding
    std::vector<Frame> m_received;
    QByteArray m_wire;
    std::vector<Output> m_outputs;
    QVector<quint8> m_stationStates, m_lineStates;
    Millis m_lastSentAt = 0, m_lastHeardAt = 0, m_nextHelloAt = 0;
    quint32 m_pingToken = 0;
    LinkStats m_stats;
};

} // namespace sb::hal

Q_DECLARE_METATYPE(sb::hal::LinkStats)
