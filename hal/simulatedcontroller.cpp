#include "simulatedcontroller.h"

#include <utility>

namespace sb::hal {

using core::EndpointKind;

SimulatedController::SimulatedController(const Options &options)
    : m_options(options)
    , m_rng(options.seed ? options.seed : std::random_device()())
    , m_channel(options.channel)
{
    if (m_options.speed <= 0)
        m_options.speed = 1.0;
    m_options.stations = qBound(1, m_options.stations, 65535);
    m_options.lines = qBound(0, m_options.lines, 65535);
    m_options.model = m_options.model.left(32);
}

void SimulatedController::powerUp(Millis now)
{
    m_powered = true;
    m_session = false;
    do {
        m_bootId = quint32(m_rng()); // a new random non-zero boot_id at each power-up
    } while (m_bootId == 0);
    m_stations.assign(size_t(m_options.stations) + 1, Station());
    m_lines.assign(size_t(m_options.lines) + 1, Line());
    m_channel.reset();
    m_decoder.reset();
    m_lastHeard = now;
    m_failSafeDone = false;
    m_nextPath = 1;
    // The controller sends IDENTITY when it powers up.
    Identity id;
    id.bootId = m_bootId;
    id.stations = quint16(m_options.stations);
    id.lines = quint16(m_options.lines);
    id.firmware = m_options.firmware;
    id.model = m_options.model;
    sendUnnumbered(protocol::identity(id));
    m_session = true;
    write();
}

void SimulatedController::powerDown()
{
    m_powered = false;
    m_session = false;
    m_wire.clear();
    m_frames.clear();
}

void SimulatedController::sendUnnumbered(const Frame &f)
{
    Frame copy = f;
    copy.seq = 0;
    m_frames.push_back(copy);
}

void SimulatedController::sendNumbered(Frame f, Millis now)
{
    m_channel.send(std::move(f), now, m_frames);
}

void SimulatedController::write()
{
    for (const Frame &f : m_frames)
        m_wire += encodeFrame(f);
    m_frames.clear();
}

void SimulatedController::sendEvent(const core::Event &e, Millis now)
{
    if (!m_session)
        return; // nobody to tell; SYNC will report the port states
    sendNumbered(*protocol::event(e), now);
    write();
}

void SimulatedController::receive(const char *data, qsizetype size, Millis now)
{
    if (!m_powered)
        return;
    m_decoder.feed(data, size, m_received);
    for (const Frame &f : m_received)
        handle(f, now);
    m_received.clear();
    write();
}

void SimulatedController::handle(const Frame &f, Millis now)
{
    m_lastHeard = now;
    m_failSafeDone = false;
    const auto type = MessageType(f.type);
    if (type == MessageType::Hello) {
        // IDENTITY answers every HELLO and resets the sequence state.
        m_channel.reset();
        Identity id;
        id.bootId = m_bootId;
        id.stations = quint16(m_options.stations);
        id.lines = quint16(m_options.lines);
        id.firmware = m_options.firmware;
        id.model = m_options.model;
        sendUnnumbered(protocol::identity(id));
        m_session = true;
        return;
    }
    if (!m_session)
        return; // until a session exists, every frame but HELLO is ignored
    if (type == MessageType::Ack) {
        m_channel.acknowledge(quint8(f.payload.at(0)), now, m_frames);
        return;
    }
    if (type == MessageType::Identity)
        return;
    if (!m_channel.receive(f, m_frames))
        return;
    execute(f, now);
}

void SimulatedController::reject(quint8 code, const Frame &f, Millis now)
{
    m_log << QStringLiteral("ERROR %1 for %2").arg(code).arg(describe(f));
    sendNumbered(protocol::error(ErrorReport {code, f.type, f.seq}), now);
}

void SimulatedController::leavePath(EndpointKind kind, int id)
{
    const int path
        = kind == EndpointKind::Station ? m_stations[size_t(id)].path : m_lines[size_t(id)].path;
    if (!path)
        return;
    // A path joins two endpoints: when one leaves, both are free.
    for (Station &s : m_stations) {
        if (s.path == path)
            s.path = 0;
    }
    for (Line &l : m_lines) {
        if (l.path == path)
            l.path = 0;
    }
}

void SimulatedController::stopRinging(int s)
{
    Station &st = m_stations[size_t(s)];
    st.cadence = 0;
    st.bursts = 0;
}

void SimulatedController::execute(const Frame &f, Millis now)
{
    const QByteArray &p = f.payload;
    switch (MessageType(f.type)) {
    case MessageType::Ping:
        sendNumbered(protocol::pong(*protocol::parseToken(f)), now);
        return;
    case MessageType::Sync: {
        m_log << QStringLiteral("SYNC");
        for (int first = 1; first <= m_options.stations; first += 200) {
            StateReport r;
            r.kind = 0;
            r.first = quint16(first);
            for (int s = first; s < first + 200 && s <= m_options.stations; ++s)
                r.states.append(char(m_stations[size_t(s)].offHook ? 1 : 0));
            sendNumbered(protocol::stateReport(r), now);
        }
        for (int first = 1; first <= m_options.lines; first += 200) {
            StateReport r;
            r.kind = 1;
            r.first = quint16(first);
            for (int l = first; l < first + 200 && l <= m_options.lines; ++l) {
                const Line &ln = m_lines[size_t(l)];
                r.states.append(char((ln.ringingIn ? 1 : 0) | (ln.seized ? 2 : 0)));
            }
            sendNumbered(protocol::stateReport(r), now);
        }
        sendNumbered(protocol::syncDone(), now);
        return;
    }
    default:
        break;
    }
    const std::optional<core::Command> c = protocol::parseCommand(f);
    if (!c) {
        reject(isKnownType(f.type) ? 5 : 1, f, now); // a controller message, or unknown
        return;
    }
    ++m_commandsReceived;
    m_log << c->toString();
    using T = core::Command::Type;
    const auto endpointOk = [&](EndpointKind k, int id) {
        return (k == EndpointKind::Station && validStation(id))
            || (k == EndpointKind::Line && validLine(id));
    };
    switch (c->type) {
    case T::Ring: {
        if (!validStation(c->idA))
            return reject(3, f, now);
        if (c->value > 3)
            return reject(4, f, now);
        Station &st = m_stations[c->idA];
        if (st.offHook)
            return; // RING to an off-hook station is ignored
        if (c->value == 0) {
            stopRinging(c->idA);
        } else {
            st.cadence = c->value;
            st.ringStart = now;
            st.bursts = 0;
        }
        return;
    }
    case T::Tone: {
        if (!validStation(c->idA))
            return reject(3, f, now);
        if (c->value > 7)
            return reject(4, f, now);
        Station &st = m_stations[c->idA];
        if (!st.offHook)
            return; // tones play only at off-hook stations
        const auto t = core::Tone(c->value);
        if (t == core::Tone::CampOn) {
            st.campOnUntil = now + toneBurst; // mixed into what it hears: the tone under it stays
        } else if (t == core::Tone::Confirm) {
            st.tone = int(core::Tone::Confirm);
            st.toneUntil = now + toneBurst;
        } else {
            st.tone = c->value;
            st.toneUntil = 0;
        }
        return;
    }
    case T::Connect: {
        if (quint8(c->kindA) > 1 || quint8(c->kindB) > 1)
            return reject(4, f, now);
        if (!endpointOk(c->kindA, c->idA) || !endpointOk(c->kindB, c->idB))
            return reject(3, f, now);
        leavePath(c->kindA, c->idA);
        leavePath(c->kindB, c->idB);
        const int path = m_nextPath++;
        for (auto [k, id] :
            {std::pair {c->kindA, int(c->idA)}, std::pair {c->kindB, int(c->idB)}}) {
            if (k == EndpointKind::Station) {
                m_stations[size_t(id)].path = path;
                m_stations[size_t(id)].tone = 0; // CONNECT stops their tones
                m_stations[size_t(id)].toneUntil = 0;
                m_stations[size_t(id)].campOnUntil = 0;
            } else {
                m_lines[size_t(id)].path = path;
            }
        }
        return;
    }
    case T::Release:
        if (quint8(c->kindA) > 1)
            return reject(4, f, now);
        if (!endpointOk(c->kindA, c->idA))
            return reject(3, f, now);
        leavePath(c->kindA, c->idA);
        return;
    case T::Line: {
        if (!validLine(c->idA))
            return reject(3, f, now);
        Line &ln = m_lines[c->idA];
        if (c->value) {
            ln.seized = true;
            ln.ringingIn = false;
        } else {
            ln.seized = false;
            leavePath(EndpointKind::Line, c->idA);
        }
        return;
    }
    case T::Display: {
        if (!validStation(c->idA))
            return reject(3, f, now);
        if (c->value > 1)
            return reject(4, f, now);
        for (char ch : p.mid(3)) {
            if (ch < 0x20 || ch > 0x7e)
                return reject(4, f, now);
        }
        m_stations[c->idA].display[c->value] = p.mid(3);
        return;
    }
    case T::Lamp: {
        if (!validStation(c->idA))
            return reject(3, f, now);
        if (c->mode > 3 || c->value >= 0x20)
            return reject(4, f, now);
        m_stations[c->idA].lamps[c->value] = c->mode;
        return;
    }
    }
}

void SimulatedController::advanceTo(Millis now)
{
    if (!m_powered)
        return;
    if (!m_channel.advanceTo(now, m_frames)) {
        // The host stopped acknowledging: the session is over until the next HELLO.
        m_session = false;
        m_channel.reset();
    }
    // The fail-safe: no word from the host for 5 s stops ringing and tones; paths stay.
    if (!m_failSafeDone && now - m_lastHeard >= failSafe) {
        m_failSafeDone = true;
        m_timedChange = true;
        for (Station &st : m_stations) {
            st.cadence = 0;
            st.tone = 0;
            st.toneUntil = 0;
            st.campOnUntil = 0;
        }
    }
    for (int s = 1; s <= m_options.stations; ++s) {
        Station &st = m_stations[size_t(s)];
        if (st.toneUntil && now >= st.toneUntil) {
            if (st.tone == int(core::Tone::Confirm))
                st.tone = 0; // the confirm burst is over
            st.toneUntil = 0;
            m_timedChange = true;
        }
        if (st.campOnUntil && now >= st.campOnUntil) {
            st.campOnUntil = 0; // the camp-on burst is over; the tone under it goes on
            m_timedChange = true;
        }
        while (st.cadence) {
            const Millis burstEnd = st.ringStart
                + scaled(Millis(st.bursts) * cycle[st.cadence] + burstOn[st.cadence]);
            if (now < burstEnd)
                break;
            st.bursts = std::min(st.bursts + 1, 255);
            sendEvent(core::Event::ringCycle(s, st.bursts), now);
            if (st.bursts == 255)
                break;
        }
    }
    write();
}

Millis SimulatedController::nextDeadline() const
{
    if (!m_powered)
        return -1;
    Millis next = m_channel.nextDeadline();
    auto take = [&](Millis t) {
        if (t >= 0 && (next < 0 || t < next))
            next = t;
    };
    if (!m_failSafeDone)
        take(m_lastHeard + failSafe);
    for (int s = 1; s <= m_options.stations; ++s) {
        const Station &st = m_stations[size_t(s)];
        if (st.cadence && st.bursts < 255)
            take(
                st.ringStart + scaled(Millis(st.bursts) * cycle[st.cadence] + burstOn[st.cadence]));
        if (st.toneUntil)
            take(st.toneUntil);
        if (st.campOnUntil)
            take(st.campOnUntil);
    }
    return next;
}

QByteArray SimulatedController::takeWire()
{
    write();
    QByteArray out;
    out.swap(m_wire);
    return out;
}

QStringList SimulatedController::takeLog()
{
    QStringList out;
    out.swap(m_log);
    return out;
}

bool SimulatedController::offHook(int s, Millis now)
{
    if (!m_powered || !validStation(s) || m_stations[size_t(s)].offHook)
        return false;
    m_stations[size_t(s)].offHook = true;
    stopRinging(s); // ring trip
    sendEvent(core::Event::hook(s, true), now);
    return true;
}

bool SimulatedController::onHook(int s, Millis now)
{
    if (!m_powered || !validStation(s) || !m_stations[size_t(s)].offHook)
        return false;
    Station &st = m_stations[size_t(s)];
    st.offHook = false;
    st.tone = 0;
    st.toneUntil = 0;
    st.campOnUntil = 0;
    sendEvent(core::Event::hook(s, false), now);
    return true;
}

bool SimulatedController::dial(int s, char digit, Millis now)
{
    const bool ok = (digit >= '0' && digit <= '9') || digit == '*' || digit == '#';
    if (!m_powered || !validStation(s) || !ok)
        return false;
    sendEvent(core::Event::digit(s, digit), now);
    return true;
}

bool SimulatedController::key(int s, quint8 k, Millis now)
{
    if (!m_powered || !validStation(s))
        return false;
    sendEvent(core::Event::key(s, k), now);
    return true;
}

bool SimulatedController::ringLineIn(int l, Millis now)
{
    if (!m_powered || !validLine(l) || m_lines[size_t(l)].ringingIn || m_lines[size_t(l)].seized)
        return false;
    m_lines[size_t(l)].ringingIn = true;
    sendEvent(core::Event::lineRing(l, true), now);
    return true;
}

bool SimulatedController::stopLineIn(int l, Millis now)
{
    if (!m_powered || !validLine(l) || !m_lines[size_t(l)].ringingIn)
        return false;
    m_lines[size_t(l)].ringingIn = false;
    sendEvent(core::Event::lineRing(l, false), now);
    return true;
}

bool SimulatedController::dropLine(int l, Millis now)
{
    if (!m_powered || !validLine(l) || !m_lines[size_t(l)].seized)
        return false;
    sendEvent(core::Event::lineDrop(l), now);
    return true;
}

core::Tone SimulatedController::hearing(int s, Millis now) const
{
    const Station &st = m_stations[size_t(s)];
    if (!st.offHook)
        return core::Tone::None;
    if (st.campOnUntil && now < st.campOnUntil)
        return core::Tone::CampOn;
    return core::Tone(st.tone);
}

Millis SimulatedController::campOnLeft(int s, Millis now) const
{
    const Station &st = m_stations[size_t(s)];
    return st.offHook && st.campOnUntil > now ? st.campOnUntil - now : 0;
}

core::LampMode SimulatedController::lamp(int s, quint8 key) const
{
    return key < sizeof(Station::lamps) ? core::LampMode(m_stations[size_t(s)].lamps[key])
                                        : core::LampMode::Off;
}

bool SimulatedController::lineOnHoldMusic(int l) const
{
    return m_lines[size_t(l)].musicOnHold();
}

bool SimulatedController::takeTimedChange()
{
    return std::exchange(m_timedChange, false);
}

QString SimulatedController::talkingWith(int s) const
{
    const int path = m_stations[size_t(s)].path;
    if (!path)
        return QString();
    QStringList with;
    for (int o = 1; o <= m_options.stations; ++o) {
        if (o != s && m_stations[size_t(o)].path == path)
            with << QStringLiteral("station %1").arg(o);
    }
    for (int l = 1; l <= m_options.lines; ++l) {
        if (m_lines[size_t(l)].path == path)
            with << QStringLiteral("line %1").arg(l);
    }
    return with.join(QStringLiteral(", "));
}

} // namespace sb::hal
