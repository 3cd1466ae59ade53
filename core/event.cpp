#include "event.h"

namespace sb::core {

Event Event::hook(int station, bool offHook)
{
    Event e;
    e.type = Type::Hook;
    e.port = quint16(station);
    e.value = offHook ? 1 : 0;
    return e;
}

Event Event::digit(int station, char digit)
{
    Event e;
    e.type = Type::Digit;
    e.port = quint16(station);
    e.value = quint8(digit);
    return e;
}

Event Event::key(int station, quint8 key)
{
    Event e;
    e.type = Type::Key;
    e.port = quint16(station);
    e.value = key;
    return e;
}

Event Event::ringCycle(int station, int count)
{
    Event e;
    e.type = Type::RingCycle;
    e.port = quint16(station);
    e.value = quint8(qBound(0, count, 255));
    return e;
}

Event Event::lineRing(int line, bool ringing)
{
    Event e;
    e.type = Type::LineRing;
    e.port = quint16(line);
    e.value = ringing ? 1 : 0;
    return e;
}

Event Event::lineDrop(int line)
{
    Event e;
    e.type = Type::LineDrop;
    e.port = quint16(line);
    return e;
}

Event Event::sessionUp(int stations, int lines, quint32 bootId)
{
    Event e;
    e.type = Type::SessionUp;
    e.port = quint16(stations);
    e.value16 = quint16(lines);
    e.bootId = bootId;
    return e;
}

Event Event::linkDown()
{
    Event e;
    e.type = Type::LinkDown;
    return e;
}

Event Event::portStates(QVector<quint8> stations, QVector<quint8> lines)
{
    Event e;
    e.type = Type::PortStates;
    e.stationStates = std::move(stations);
    e.lineStates = std::move(lines);
    return e;
}

QString Event::toString() const
{
    switch (type) {
    case Type::Hook:
        return QStringLiteral("HOOK %1 %2").arg(port).arg(value ? "off" : "on");
    case Type::Digit:
        return QStringLiteral("DIGIT %1 %2").arg(port).arg(QChar(value));
    case Type::Key:
        return QStringLiteral("KEY %1 %2").arg(port).arg(keyName(value));
    case Type::RingCycle:
        return QStringLiteral("RING_CYCLE %1 %2").arg(port).arg(value);
    case Type::LineRing:
        return QStringLiteral("LINE_RING %1 %2").arg(port).arg(value);
    case Type::LineDrop:
        return QStringLiteral("LINE_DROP %1").arg(port);
    case Type::SessionUp:
        return QStringLiteral("SESSION stations=%1 lines=%2 boot_id=%3")
            .arg(port)
            .arg(value16)
            .arg(bootId, 8, 16, QLatin1Char('0'));
    case Type::LinkDown:
        return QStringLiteral("LINK_DOWN");
    case Type::PortStates:
        return QStringLiteral("PORT_STATES stations=%1 lines=%2")
            .arg(stationStates.size())
            .arg(lineStates.size());
    }
    return QStringLiteral("?");
}

} // namespace sb::core
