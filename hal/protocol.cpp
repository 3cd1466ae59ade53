#include "protocol.h"

#include <iterator>

namespace sb::hal::protocol {

namespace {

void u16(QByteArray &b, quint16 v)
{
    b.append(char(v >> 8));
    b.append(char(v & 0xFF));
}

void u32(QByteArray &b, quint32 v)
{
    u16(b, quint16(v >> 16));
    u16(b, quint16(v & 0xFFFF));
}

quint16 get16(const QByteArray &b, int at)
{
    return quint16((quint8(b.at(at)) << 8) | quint8(b.at(at + 1)));
}

quint32 get32(const QByteArray &b, int at)
{
    return (quint32(get16(b, at)) << 16) | get16(b, at + 2);
}

Frame make(MessageType t, QByteArray payload = {})
{
    Frame f;
    f.type = quint8(t);
    f.payload = std::move(payload);
    return f;
}

bool is(const Frame &f, MessageType t)
{
    return f.type == quint8(t) && payloadFits(f.type, f.payload);
}

} // namespace

QString key::name(quint8 code)
{
    static const char *const names[]
        = {"", "CALLBACK", "CLEAR", "DND", "FLASH", "HOLD", "TRANSFER"};
    if (code < std::size(names))
        return QString::fromLatin1(names[code]);
    if (const int n = lineOf(code))
        return QStringLiteral("LINE%1").arg(n);
    return QString();
}

quint8 key::fromName(const QString &name)
{
    const QString upper = name.toUpper();
    if (upper.isEmpty())
        return 0;
    for (quint8 code = callback; code <= transfer; ++code) {
        if (key::name(code) == upper)
            return code;
    }
    if (upper.startsWith(QLatin1String("LINE"))) {
        bool ok = false;
        const int n = upper.mid(4).toInt(&ok);
        if (ok && n >= 1 && n <= lineKeys)
            return line(n);
    }
    return 0;
}

Frame ack(quint8 last)
{
    return make(MessageType::Ack, QByteArray(1, char(last)));
}

Frame hello()
{
    QByteArray p;
    p.append(char(1)); // version
    p.append(char(0)); // flags
    return make(MessageType::Hello, p);
}

Frame identity(const Identity &id)
{
    QByteArray p;
    p.append(char(id.version));
    u32(p, id.bootId);
    u16(p, id.stations);
    u16(p, id.lines);
    u16(p, id.firmware);
    const QByteArray model = id.model.left(32);
    p.append(char(model.size()));
    p.append(model);
    return make(MessageType::Identity, p);
}

Frame ping(quint32 token)
{
    QByteArray p;
    u32(p, token);
    return make(MessageType::Ping, p);
}

Frame pong(quint32 token)
{
    QByteArray p;
    u32(p, token);
    return make(MessageType::Pong, p);
}

Frame stateReport(const StateReport &r)
{
    QByteArray p;
    p.append(char(r.kind));
    u16(p, r.first);
    p.append(char(r.states.size()));
    p.append(r.states);
    return make(MessageType::StateReport, p);
}

Frame syncDone()
{
    return make(MessageType::SyncDone);
}

Frame sync()
{
    return make(MessageType::Sync);
}

Frame error(const ErrorReport &e)
{
    QByteArray p;
    p.append(char(e.code));
    p.append(char(e.offendingType));
    p.append(char(e.offendingSeq));
    return make(MessageType::Error, p);
}

Frame command(const core::Command &c)
{
    using T = core::Command::Type;
    QByteArray p;
    switch (c.type) {
    case T::Ring:
    case T::Tone:
        u16(p, c.idA);
        p.append(char(c.value));
        return make(c.type == T::Ring ? MessageType::Ring : MessageType::Tone, p);
    case T::Connect:
        p.append(char(c.kindA));
        u16(p, c.idA);
        p.append(char(c.kindB));
        u16(p, c.idB);
        return make(MessageType::Connect, p);
    case T::Release:
        p.append(char(c.kindA));
        u16(p, c.idA);
        return make(MessageType::Release, p);
    case T::Line:
        u16(p, c.idA);
        p.append(char(c.value));
        return make(MessageType::Line, p);
    case T::Display:
        u16(p, c.idA);
        p.append(char(c.value));
        p.append(c.text.data(), c.text.size());
        return make(MessageType::Display, p);
    case T::Lamp:
        u16(p, c.idA);
        p.append(char(c.value));
        p.append(char(c.mode));
        return make(MessageType::Lamp, p);
    }
    return make(MessageType::Sync);
}

std::optional<Frame> event(const core::Event &e)
{
    using T = core::Event::Type;
    QByteArray p;
    u16(p, e.port);
    switch (e.type) {
    case T::Hook:
        p.append(char(e.value));
        return make(MessageType::Hook, p);
    case T::Digit:
        p.append(char(e.value));
        return make(MessageType::Digit, p);
    case T::Key:
        p.append(char(e.value));
        return make(MessageType::Key, p);
    case T::RingCycle:
        p.append(char(e.value));
        return make(MessageType::RingCycle, p);
    case T::LineRing:
        p.append(char(e.value));
        return make(MessageType::LineRing, p);
    case T::LineDrop:
        return make(MessageType::LineDrop, p);
    default:
        return std::nullopt;
    }
}

std::optional<Identity> parseIdentity(const Frame &f)
{
    if (!is(f, MessageType::Identity))
        return std::nullopt;
    const QByteArray &p = f.payload;
    Identity id;
    id.version = quint8(p.at(0));
    id.bootId = get32(p, 1);
    id.stations = get16(p, 5);
    id.lines = get16(p, 7);
    id.firmware = get16(p, 9);
    id.model = p.mid(12, quint8(p.at(11)));
    return id;
}

std::optional<quint32> parseToken(const Frame &f)
{
    if (!is(f, MessageType::Ping) && !is(f, MessageType::Pong))
        return std::nullopt;
    return get32(f.payload, 0);
}

std::optional<StateReport> parseStateReport(const Frame &f)
{
    if (!is(f, MessageType::StateReport))
        return std::nullopt;
    StateReport r;
    r.kind = quint8(f.payload.at(0));
    r.first = get16(f.payload, 1);
    r.states = f.payload.mid(4);
    return r;
}

std::optional<ErrorReport> parseError(const Frame &f)
{
    if (!is(f, MessageType::Error))
        return std::nullopt;
    return ErrorReport {quint8(f.payload.at(0)), quint8(f.payload.at(1)), quint8(f.payload.at(2))};
}

std::optional<core::Event> parseEvent(const Frame &f)
{
    if (!isKnownType(f.type) || !payloadFits(f.type, f.payload))
        return std::nullopt;
    const QByteArray &p = f.payload;
    switch (MessageType(f.type)) {
    case MessageType::Hook:
        return core::Event::hook(get16(p, 0), p.at(2) != 0);
    case MessageType::Digit:
        return core::Event::digit(get16(p, 0), p.at(2));
    case MessageType::Key:
        return core::Event::key(get16(p, 0), quint8(p.at(2)));
    case MessageType::RingCycle:
        return core::Event::ringCycle(get16(p, 0), quint8(p.at(2)));
    case MessageType::LineRing:
        return core::Event::lineRing(get16(p, 0), p.at(2) != 0);
    case MessageType::LineDrop:
        return core::Event::lineDrop(get16(p, 0));
    default:
        return std::nullopt;
    }
}

std::optional<core::Command> parseCommand(const Frame &f)
{
    using core::Command;
    using core::EndpointKind;
    if (!isKnownType(f.type) || !payloadFits(f.type, f.payload))
        return std::nullopt;
    const QByteArray &p = f.payload;
    switch (MessageType(f.type)) {
    case MessageType::Ring:
        return Command::ring(get16(p, 0), core::Cadence(quint8(p.at(2))));
    case MessageType::Tone:
        return Command::tone(get16(p, 0), core::Tone(quint8(p.at(2))));
    case MessageType::Connect:
        return Command::connect(
            EndpointKind(quint8(p.at(0))), get16(p, 1), EndpointKind(quint8(p.at(3))), get16(p, 4));
    case MessageType::Release:
        return Command::release(EndpointKind(quint8(p.at(0))), get16(p, 1));
    case MessageType::Line:
        return Command::line(get16(p, 0), p.at(2) != 0);
    case MessageType::Display: {
        core::DisplayText text;
        text.append(p.mid(3).constData());
        return Command::display(get16(p, 0), quint8(p.at(2)), text);
    }
    case MessageType::Lamp:
        return Command::lamp(get16(p, 0), quint8(p.at(2)), core::LampMode(quint8(p.at(3))));
    default:
        return std::nullopt;
    }
}

} // namespace sb::hal::protocol

namespace sb::hal {

QString ErrorReport::describe() const
{
    static const char *names[]
        = {"?", "unknown type", "bad length", "no such port", "bad value", "not allowed now"};
    return QStringLiteral("ERROR %1 (%2) for %3 seq %4")
        .arg(code)
        .arg(QLatin1String(code <= 5 ? names[code] : "?"))
        .arg(typeName(offendingType))
        .arg(offendingSeq);
}

} // namespace sb::hal
