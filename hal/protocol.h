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
