#pragma once

#include <QByteArray>
#include <QString>

namespace sb::hal {

/// Message types of controller-link.md section 5.
enum class MessageType : quint8 {
    Ack = 0x01,
    Hello = 0x02,
    Identity = 0x03,
    Ping = 0x05,
    Pong = 0x06,
    Hook = 0x10,
    Digit = 0x11,
    Key = 0x12,
    RingCycle = 0x13,
    LineRing = 0x20,
    LineDrop = 0x21,
    StateReport = 0x30,
    SyncDone = 0x31,
    Ring = 0x40,
    Tone = 0x41,
    Connect = 0x42,
    Release = 0x43,
    Line = 0x44,
    Display = 0x45,
    Lamp = 0x46,
    Sync = 0x47,
    Error = 0x7F
};

/// One frame's body without its CRC: sequence number, type and payload.
struct Frame
{
    quint8 seq = 0;
    quint8 type = 0;
    QByteArray payload;

    MessageType messageType() const { return MessageType(type); }
    /// ACK, HELLO and IDENTITY are not numbered (section 3, 4).
    bool isNumbered() const;
    bool operator==(const Frame &o) const
    {
        return seq == o.seq && type == o.type && payload == o.payload;
    }
};

/// True if `type` is a message of section 5.
bool isKnownType(quint8 type);
/// True if a payload of this length (and, where it says its own length, this content) fits the
/// type.
bool payloadFits(quint8 type, const QByteArray &payload);
/// The message's name, e.g. "HOOK", or "0x7e" for an unknown type.
QString typeName(quint8 type);

/// The bytes on the wire for a frame: COBS(seq, type, payload, CRC) and the 0x00 delimiter.
QByteArray encodeFrame(const Frame &frame);

/// A frame, for logs: "HOOK seq 1: 00 03 01".
QString describe(const Frame &frame);

} // namespace sb::hal
