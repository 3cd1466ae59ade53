#pragma once

#include "message.h"

#include "core/command.h"
#include "core/event.h"

#include <QVector>

#include <optional>

namespace sb::hal {

/// IDENTITY's payload.
struct Identity
{
    quint8 version = 1;
    quint32 bootId = 0;
    quint16 stations = 0;
    quint16 lines = 0;
    quint16 firmware = 0;
    QByteArray model; ///< ASCII, at most 32 bytes
    bool operator==(const Identity &o) const
    {
        return version == o.version && bootId == o.bootId && stations == o.stations
            && lines == o.lines && firmware == o.firmware && model == o.model;
    }
};

/// STATE_REPORT's payload.
struct StateReport
{
    quint8 kind = 0; ///< 0 stations, 1 lines
    quint16 first = 1;
    QByteArray states; ///< 1 to 200 state bytes
    bool operator==(const StateReport &o) const
    {
        return kind == o.kind && first == o.first && states == o.states;
    }
};

/// ERROR's payload.
struct ErrorReport
{
    quint8 code = 0;
    quint8 offendingType = 0;
    quint8 offendingSeq = 0;
    QString describe() const;
};

/// Builds and reads the payload of every message of controller-link.md section 5.
namespace protocol {

/// Key codes of KEY and LAMP (section 5), HOLD and TRANSFER included (core::Key does not name
/// them yet).
namespace key {
constexpr quint8 callback = 0x01;
constexpr quint8 clear = 0x02;
constexpr quint8 dnd = 0x03;
constexpr quint8 flash = 0x04; ///< hook flash on a single-line set
constexpr quint8 hold = 0x05;
constexpr quint8 transfer = 0x06;
constexpr quint8 firstLine = 0x10; ///< line key 1
constexpr int lineKeys = 16; ///< line keys 1..16
/// The code of line key `n` (1..16).
constexpr quint8 line(int n)
{
    return quint8(firstLine + n - 1);
}
/// The line key a code stands for (1..16), or 0 for another key.
constexpr int lineOf(quint8 code)
{
    return code >= firstLine && code < firstLine + lineKeys ? code - firstLine + 1 : 0;
}
/// The key's engraving ("HOLD", "LINE2"), or an empty string for a code that is no key.
QString name(quint8 code);
/// The code of an engraving as name() gives it (any case), or 0.
quint8 fromName(const QString &name);
} // namespace key

Frame ack(quint8 last);
Frame hello();
Frame identity(const Identity &id);
Frame ping(quint32 token);
Frame pong(quint32 token);
Frame stateReport(const StateReport &r);
Frame syncDone();
Frame sync();
Frame error(const ErrorReport &e);
/// RING, TONE, CONNECT, RELEASE, LINE, DISPLAY or LAMP for a host command (seq left 0).
Frame command(const core::Command &c);
/// HOOK, DIGIT, KEY, RING_CYCLE, LINE_RING or LINE_DROP for a controller event (seq left 0).
std::optional<Frame> event(const core::Event &e);

std::optional<Identity> parseIdentity(const Frame &f);
std::optional<quint32> parseToken(const Frame &f); ///< PING or PONG
std::optional<StateReport> parseStateReport(const Frame &f);
std::optional<ErrorReport> parseError(const Frame &f);
/// The controller event a HOOK/DIGIT/KEY/RING_CYCLE/LINE_RING/LINE_DROP frame carries.
std::optional<core::Event> parseEvent(const Frame &f);
/// The host command a RING/TONE/CONNECT/RELEASE/LINE/DISPLAY/LAMP frame carries.
std::optional<core::Command> parseCommand(const Frame &f);

} // namespace protocol
} // namespace sb::hal
