#include "hostsession.h"

namespace sb::hal {

HostSession::HostSession(LinkSettings settings)
    : m_settings(settings)
    , m_channel(settings.channel)
{ }

const char *HostSession::stateName(State s)
{
    switch (s) {
    case State::Closed:
        return "closed";
    case State::Connecting:
        return "connecting";
    case State::Syncing:
        return "synchronising";
    case State::Up:
        return "up";
    }
    return "?";
}

void HostSession::output(Output::Type t, const QString &text)
{
    Output o;
    o.type = t;
    o.text = text;
    m_outputs.push_back(std::move(o));
}

void HostSession::opened(Millis now)
{
    m_decoder.reset();
    m_channel.reset();
    m_state = State::Connecting;
    sendHello(now);
}

void HostSession::closed(Millis now, const QString &why)
{
    if (m_state == State::Syncing || m_state == State::Up)
        down(why, false, now);
    m_state = State::Closed;
    m_decoder.reset();
    m_channel.reset();
}

void HostSession::sendHello(Millis now)
{
    m_frames.push_back(protocol::hello());
    m_nextHelloAt = now + m_settings.helloInterval;
    write(now);
}

void HostSession::down(const QString &why, bool restart, Millis now)
{
    const bool hadSession = m_state == State::Syncing || m_state == State::Up;
    m_channel.reset();
    if (hadSession) {
        ++m_stats.outages;
        Output o;
        o.type = Output::Type::Down;
        o.event = core::Event::linkDown();
        o.text = why;
        o.restartTransport = restart;
        m_outputs.push_back(std::move(o));
    }
    if (restart) {
        m_state = State::Closed; // the owner closes the transport and opens it again
    } else {
        m_state = State::Connecting;
        sendHello(now);
    }
}

void HostSession::write(Millis now)
{
    if (m_frames.empty())
        return;
    for (const Frame &f : m_frames)
        m_wire += encodeFrame(f);
    m_stats.framesSent += m_frames.size();
    m_frames.clear();
    m_lastSentAt = now;
}

void HostSession::sendNumbered(Frame f, Millis now)
{
    m_channel.send(std::move(f), now, m_frames);
    write(now);
}

void HostSession::send(const core::Command &command, Millis now)
{
    if (m_state != State::Syncing && m_state != State::Up)
        return;
    sendNumbered(protocol::command(command), now);
}

void HostSession::receive(const char *data, qsizetype size, Millis now)
{
    if (m_state == State::Closed)
        return;
    const quint64 errorsBefore = m_decoder.framingErrors();
    m_decoder.feed(data, size, m_received);
    if (m_decoder.framingErrors() != errorsBefore) {
        m_stats.framingErrors += m_decoder.framingErrors() - errorsBefore;
        output(Output::Type::Log, QStringLiteral("framing error: %1").arg(m_decoder.lastError()));
    }
    for (const Frame &f : m_received) {
        ++m_stats.framesReceived;
        m_lastHeardAt = now;
        deliver(f, now);
    }
    m_received.clear();
    write(now);
}

void HostSession::deliver(const Frame &f, Millis now)
{
    const auto type = MessageType(f.type);
    if (type == MessageType::Identity) {
        // IDENTITY starts a session and resets the sequence state; SYNC follows.
        const std::optional<Identity> id = protocol::parseIdentity(f);
        if (!id)
            return;
        const bool inSession = m_state == State::Syncing || m_state == State::Up;
        const bool sameController = inSession && id->bootId == m_identity.bootId
            && id->stations == m_identity.stations && id->lines == m_identity.lines;
        m_channel.reset();
        m_frames.clear();
        m_state = State::Syncing;
        m_stationStates.fill(0, id->stations);
        m_lineStates.fill(0, id->lines);
        if (sameController) {
            // The controller answered a HELLO twice, or restarted its numbering: synchronise again.
            sendNumbered(protocol::sync(), now);
            return;
        }
        if (inSession) {
            ++m_stats.outages;
            Output down;
            down.type = Output::Type::Down;
            down.event = core::Event::linkDown();
            down.text = QStringLiteral("the controller started a new session");
            m_outputs.push_back(std::move(down));
        }
        m_identity = *id;
        ++m_stats.sessions;
        Output o;
        o.type = Output::Type::SessionUp;
        o.identity = *id;
        o.event = core::Event::sessionUp(id->stations, id->lines, id->bootId);
        m_outputs.push_back(std::move(o));
        sendNumbered(protocol::sync(), now);
        return;
    }
    if (m_state != State::Syncing && m_state != State::Up)
        return; // no session yet: only IDENTITY counts
    if (type == MessageType::Ack) {
        m_channel.acknowledge(quint8(f.payload.at(0)), now, m_frames);
        return;
    }
    if (type == MessageType::Hello)
        return;
    const quint64 dupsBefore = m_channel.duplicates();
    if (!m_channel.receive(f, m_frames)) {
        m_stats.duplicates += m_channel.duplicates() - dupsBefore;
        return;
    }
    switch (type) {
    case MessageType::Pong:
        break;
    case MessageType::StateReport: {
        const StateReport r = *protocol::parseStateReport(f);
        QVector<quint8> &v = r.kind == 0 ? m_stationStates : m_lineStates;
        for (int i = 0; i < r.states.size(); ++i) {
            const int port = r.first + i;
            if (port >= 1 && port <= v.size())
                v[port - 1] = quint8(r.states.at(i));
        }
        break;
    }
    case MessageType::SyncDone: {
        m_state = State::Up;
        Output o;
        o.type = Output::Type::PortStates;
        o.event = core::Event::portStates(m_stationStates, m_lineStates);
        m_outputs.push_back(std::move(o));
        break;
    }
    case MessageType::Error: {
        ++m_stats.controllerErrors;
        output(Output::Type::ControllerError, protocol::parseError(f)->describe());
        break;
    }
    default:
        if (const std::optional<core::Event> e = protocol::parseEvent(f)) {
            Output o;
            o.type = Output::Type::Event;
            o.event = *e;
            m_outputs.push_back(std::move(o));
        } else {
            output(Output::Type::Log, QStringLiteral("ignored %1").arg(describe(f)));
        }
        break;
    }
}

void HostSession::advanceTo(Millis now)
{
    if (m_state == State::Connecting) {
        if (now >= m_nextHelloAt)
            sendHello(now); // again every 500 ms until IDENTITY arrives
        return;
    }
    if (m_state != State::Syncing && m_state != State::Up)
        return;
    if (now - m_lastHeardAt >= m_settings.silenceLimit) {
        down(QStringLiteral("nothing heard from the controller for %1 ms").arg(now - m_lastHeardAt),
            false, now);
        return;
    }
    const quint64 before = m_channel.retransmissions();
    if (!m_channel.advanceTo(now, m_frames)) {
        m_frames.clear();
        down(QStringLiteral("frame not acknowledged after %1 retransmissions")
                 .arg(m_settings.channel.maxRetransmissions),
            true, now);
        return;
    }
    m_stats.retransmissions += m_channel.retransmissions() - before;
    if (now - m_lastSentAt >= m_settings.keepaliveAfter)
        sendNumbered(protocol::ping(++m_pingToken), now);
    write(now);
}

Millis HostSession::nextDeadline() const
{
    switch (m_state) {
    case State::Closed:
        return -1;
    case State::Connecting:
        return m_nextHelloAt;
    default:
        break;
    }
    Millis next = std::min(
        m_lastHeardAt + m_settings.silenceLimit, m_lastSentAt + m_settings.keepaliveAfter);
    const Millis channel = m_channel.nextDeadline();
    if (channel >= 0)
        next = std::min(next, channel);
    return next;
}

QByteArray HostSession::takeWire()
{
    QByteArray out;
    out.swap(m_wire);
    return out;
}

std::vector<HostSession::Output> HostSession::takeOutputs()
{
    std::vector<Output> out;
    out.swap(m_outputs);
    return out;
}

} // namespace sb::hal
