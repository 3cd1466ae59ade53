#pragma once

#include "programming.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace sb::core {

/// The extension table as CSV (RFC 4180, UTF-8): number,name,type,port,receivesCampOnTones,lines
/// with lines as "1;2". Import reports every bad row by number and keeps nothing from a bad file.
/// One CSV field (RFC 4180): quoted, with doubled quotes, when it holds a comma, quote or line
/// break.
QByteArray csvField(const QString &text);

namespace extensioncsv {

QByteArray write(const QVector<ExtensionConfig> &extensions);

/// The rows of `csv`; on any problem, empty with `errors` naming every one in one pass ("row 3:
/// type …"), the table's checks included, against `size` when it is known.
std::optional<QVector<ExtensionConfig>> read(
    const QByteArray &csv, QStringList *errors, ControllerSize size = {});

} // namespace extensioncsv

/// What changes from `before` to `after`, a line each ("ring limit: 4 → 3", "104: name …").
QStringList describeChanges(const Programming &before, const Programming &after);

} // namespace sb::core
