#pragma once

#include "programming.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace sb::core {

/// The programming file's JSON (docs/programming-file.md): no I/O here, only the mapping.
namespace programmingjson {

/// The format version this program writes and reads.
constexpr int version = 1;

/// The JSON text of a programming (pretty, stable field order).
QByteArray write(const Programming &programming);

/// Reads a programming; on failure `error` names the place ("line 3, column 5: …" or
/// "extensions[2].number: …") and the result is empty. Keys it does not know (a misspelt
/// "ringlimit") do not stop it: each is named in `warnings`.
std::optional<Programming> read(
    const QByteArray &json, QString *error, QStringList *warnings = nullptr);

} // namespace programmingjson
} // namespace sb::core
