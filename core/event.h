#pragma once

#include "types.h"

#include <QMetaType>
#include <QString>
#include <QVector>

namespace sb::core {

/// An event into the call processor: a controller message (HOOK, DIGIT, KEY, RING_CYCLE,
/// LINE_RING, LINE_DROP) or a link event (session up, link down, resynchronised port states).
struct Event
{
    enum class Type : quint8 {
        Hook = 0x10,
        Digit = 0x11,
        Key = 0x12,
        RingCycle = 0x13,
        LineRing = 0x20,
        LineDrop = 0x21,
        SessionUp = 0x80, ///< IDENTITY: port = stations, value16 = lines, bootId
        LinkDown, ///< the link to the controller is lost
        PortStates ///< STATE_REPORT ... SYNC_DONE, all ports
    };

    Type type = Type::Hook;
    quint16 port = 0; ///< station or line
    quint8 value = 0; ///< hook state, digit (ASCII), key, ring count, line state
    quint16 value16 = 0; ///< lines, for SessionUp
    quint32 bootId = 0;
    QVector<quint8> stationStates; ///< PortStates: index 0 is station 1; bit 0 = off-hook
    QVector<quint8> lineStates; ///< PortStates: index 0 is line 1; bit 0 ringing in, bit 1 seized

    static Event hook(int station, bool offHook);
    static Event digit(int station, char digit);
    static Event key(int station, quint8 key);
    static Event key(int station, Key k) { return key(station, quint8(k)); }
    static Event ringCycle(int station, int count);
    static Event lineRing(int line, bool ringing);
    static Event lineDrop(int line);
    static Event sessionUp(int stations, int lines, quint32 bootId);
    static Event linkDown();
    static Event portStates(QVector<quint8> stations, QVector<quint8> lines);

    /// One line for logs, e.g. "HOOK 3 off".
    QString toString() const;
};

} // namespace sb::core

Q_DECLARE_METATYPE(sb::core::Event)
