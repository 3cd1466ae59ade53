#pragma once

#include "core/connection.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sb::client {

/// The JSON forms of the controller connection and of the devices found, as the call service
/// speaks them (docs/console-bus.md, "The call service"): set-connection's "connection",
/// R/state/link's added "connection", list-devices' answer.
namespace connectionjson {

/// set-connection's "connection" member.
QJsonObject write(const core::Connection &connection);
/// The connection a JSON object describes; nothing (with `problem`, English) when malformed.
std::optional<core::Connection> read(const QJsonObject &json, QString *problem = nullptr);
/// The serial ports and USB devices of a list-devices answer; malformed entries are skipped.
core::Devices readDevices(const QJsonObject &answer);

} // namespace connectionjson
} // namespace sb::client
