#pragma once

#include "atomicfile.h"

#include <QVariantMap>

#include <functional>

namespace sb::storage {

/// An INI file in QSettings' format, changed only through AtomicFile. QSettings::sync() in Qt 6.4
/// reports success after a failed write and renames the short file into place, so QSettings only
/// formats the text, in a private scratch folder; it is read back and compared before it goes in
/// place, checked and synced.
class SettingsFile
{
public:
    /// Sets `values` (key → value) in `path`, keeping its other keys, and gives the file
    /// `permissions`. When `beforeCommit` is given it runs once the new file is written but
    /// before it replaces the old one; an error from it leaves the old file. Returns an empty
    /// string or why nothing was changed.
    static QString update(const QString &path, const QVariantMap &values,
        QFileDevice::Permissions permissions = AtomicFile::ownerOnly,
        const std::function<QString()> &beforeCommit = {});
};

} // namespace sb::storage
