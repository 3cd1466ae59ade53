#include "message.h"

#include "cobs.h"
#include "crc16.h"

namespace sb::hal {

bool Frame::isNumbered() const
{
    const auto t = MessageType(type);
    return t != MessageType::Ack && t != MessageType::Hello && t != MessageType::Identity;
}

bool isKnownType(quint8 type)
{
    switch (MessageType(type)) {
    case MessageType::Ack:
    case MessageType::Hello:
    case MessageType::Identity:
    case MessageType::Ping:
    case MessageType::Pong:
    case MessageType::Hook:
    case MessageType::Digit:
    case MessageType::Key:
    case MessageType::RingCycle:
    case MessageType::LineRing:
    case MessageType::LineDrop:
    case MessageType::StateReport:
    case MessageType::SyncDone:
    case MessageType::Ring:
    case MessageType::Tone:
    case MessageType::Connect:
    case MessageType::Release:
    case MessageType::Line:
    case MessageType::Display:
    case MessageType::Lamp:
    case MessageType::Sync:
    case MessageType::Error:
        return true;
    }
    return false;
}

bool payloadFits(quint8 type, const QByteArray &p)
{
    const int n = int(p.size());
    switch (MessageType(type)) {
    case MessageType::Ack:
        return n == 1;
    case MessageType::Hello:
        return n == 2;
    case MessageType::Identity:
        // version, boot_id u32, stations u16, lines u16, firmware u16, model_len, model
        return n >= 12 && quint8(p.at(11)) <= 32 && n == 12 + quint8(p.at(11));
    case MessageType::Ping:
    case MessageType::Pong:
        return n == 4;
    case MessageType::Hook:
    case MessageType::Digit:
    case MessageType::Key:
    case MessageType::RingCycle:
    case MessageType::LineRing:
        return n == 3;
    case MessageType::LineDrop:
        return n == 2;
    case MessageType::StateReport: {
        // kind, first u16, count (1-200), count state bytes
        if (n < 5)
            return false;
        const int count = quint8(p.at(3));
        return count >= 1 && count <= 200 && n == 4 + count;
    }
    case MessageType::SyncDone:
    case MessageType::Sync:
        return n == 0;
    case MessageType::Ring:
    case MessageType::Tone:
    case MessageType::Release:
    case MessageType::Line:
        return n == 3;
    case MessageType::Connect:
        return n == 6;
    case MessageType::Display:
        return n >= 3 && n <= 3 + 24; // station, row, text
    case MessageType::Lamp:
        return n == 4;
    case MessageType::Error:
        return n == 3;
    }
    return false;
}

QString typeName(quint8 type)
{
    switch (MessageType(type)) {
    case MessageType::Ack:
        return QStringLiteral("ACK");
    case MessageType::Hello:
        return QStringLiteral("HELLO");
    case MessageType::Identity:
        return QStringLiteral("IDENTITY");
    case MessageType::Ping:
        return QStringLiteral("PING");
    case MessageType::Pong:
        return QStringLiteral("PONG");
    case MessageType::Hook:
        return QStringLiteral("HOOK");
    case MessageType::Digit:
        return QStringLiteral("DIGIT");
    case MessageType::Key:
        return QStringLiteral("KEY");
    case MessageType::RingCycle:
        return QStringLiteral("RING_CYCLE");
    case MessageType::LineRing:
        return QStringLiteral("LINE_RING");
    case MessageType::LineDrop:
        return QStringLiteral("LINE_DROP");
    case MessageType::StateReport:
        return QStringLiteral("STATE_REPORT");
    case MessageType::SyncDone:
        return QStringLiteral("SYNC_DONE");
    case MessageType::Ring:
        return QStringLiteral("RING");
    case MessageType::Tone:
        return QStringLiteral("TONE");
    case MessageType::Connect:
        return QStringLiteral("CONNECT");
    case MessageType::Release:
        return QStringLiteral("RELEASE");
    case MessageType::Line:
        return QStringLiteral("LINE");
    case MessageType::Display:
        return QStringLiteral("DISPLAY");
    case MessageType::Lamp:
        return QStringLiteral("LAMP");
    case MessageType::Sync:
        return QStringLiteral("SYNC");
    case MessageType::Error:
        return QStringLiteral("ERROR");
    }
    return QStringLiteral("0x%1").arg(type, 2, 16, QLatin1Char('0'));
}

QByteArray encodeFrame(const Frame &frame)
{
    QByteArray body;
    body.reserve(frame.payload.size() + 4);
    body.append(char(frame.seq));
    body.append(char(frame.type));
    body.append(frame.payload);
    const quint16 crc = crc16(body);
    body.append(char(crc >> 8));
    body.append(char(crc & 0xFF));
    QByteArray wire = cobs::encode(body);
    wire.append('\0');
    return wire;
}

QString describe(const Frame &frame)
{
    return QStringLiteral("%1 seq %2: %3")
        .arg(typeName(frame.type))
        .arg(frame.seq)
        .arg(QString::fromLatin1(frame.payload.toHex(' ')));
}

} // namespace sb::hal
