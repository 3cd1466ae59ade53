#pragma once

#include "core/programming.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sb::service {

/// The programming file on disk (docs/programming-file.md): saved atomically, the previous
/// version kept as a backup, loaded with a message that names what is wrong.
class ProgrammingStore
{
public:
    /// What load() found.
    struct Loaded
    {
        std::optional<core::Programming> programming; ///< empty: use the factory defaults
        QString message; ///< empty, or what was wrong and what is used instead
        bool fromBackup = false;
        /// What the file holds that was ignored (unknown keys), one line each.
        QStringList warnings;
    };

    /// A programming file is a few hundred kilobytes at most: more is not read.
    static constexpr qint64 maxFileSize = 16 << 20;

    explicit ProgrammingStore(QString path);
    /// programming.json in the user's configuration directory.
    static QString defaultPath();
    QString path() const { return m_path; }
    QString backupPath() const { return m_path + QStringLiteral(".bak"); }
    /// installer.ini beside the programming file: the password's hash and the kept connection.
    QString installerPath() const;

    /// A missing file gives the factory defaults (no message); a broken one the backup, if
    /// that loads, with a message naming the place; never a silent default.
    Loaded load() const;
    /// Saves atomically, every write checked and synced; the file it replaces becomes the backup
    /// by the same path. Neither is touched until the new text is whole on disk. When given,
    /// `beforeCommit` runs then (the audit entry); an error from it leaves both files as they
    /// were. Returns an error or empty.
    QString save(const core::Programming &programming,
        const std::function<QString()> &beforeCommit = {}) const;
    /// Removes the temporary files interrupted saves left beside the file and its backup (and
    /// installer.ini's), when older than a minute. Returns the paths removed.
    QStringList removeStaleTemporaries() const;

private:
    QString m_path;
};

} // namespace sb::service
