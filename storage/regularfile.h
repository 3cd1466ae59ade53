#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sb::storage {

/// Reads a file that must be a regular file, whole and up to a bound. It never blocks nor reads
/// without end: the path is opened without waiting (a FIFO would wait for a writer), refused
/// unless the opened file is a regular one (checked on the open file, so nothing can be swapped
/// in after the check), then read up to the bound. QtCore only.
class RegularFile
{
public:
    /// The bound used unless another is given.
    static constexpr qint64 defaultMaxSize = qint64(16) << 20;

    /// The contents of `path`, or nothing with `*error` set to the problem alone ("not a regular
    /// file", "larger than 16 MiB" or the system's reason, translated in the context
    /// "RegularFile"): the caller names the file.
    static std::optional<QByteArray> read(
        const QString &path, QString *error, qint64 maxSize = defaultMaxSize);
};

} // namespace sb::storage
