#pragma once

#include <QByteArray>

#include <optional>

namespace sb::hal {

/// Consistent Overhead Byte Stuffing (controller-link.md section 2).
namespace cobs {

/// Encodes `data` so that it holds no zero byte; the 0x00 delimiter is not added.
/// No overhead byte follows a full 254-byte block that ends the data.
QByteArray encode(const QByteArray &data);

/// Decodes one frame's bytes (without the delimiter); nothing if they are not valid COBS.
/// A trailing 0x01 after a full 254-byte block that ends the data is accepted.
std::optional<QByteArray> decode(const QByteArray &encoded);

} // namespace cobs
} // namespace sb::hal
