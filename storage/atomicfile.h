#pragma once

#include <QFileDevice>
#include <QSaveFile>
#include <QString>
#include <QStringList>

namespace sb::storage {

/// A file replaced whole or not at all, and only once its new text is on disk: QSaveFile for the
/// temporary file and the rename, with every write and an fsync checked (Qt 6.4's commit() misses a
/// failed buffered write and renames a short file into place). In two steps, so that several files
/// can be made ready before any of them replaces its old version.
class AtomicFile
{
public:
    static constexpr QFileDevice::Permissions readableByAll = QFileDevice::ReadOwner
        | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    static constexpr QFileDevice::Permissions ownerOnly
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    /// The new file gets `permissions`, whatever the umask, less any the old file did not have.
    explicit AtomicFile(const QString &path, QFileDevice::Permissions permissions = readableByAll);
    /// Drops a file written but not committed; the old one stays.
    ~AtomicFile();

    /// Writes all of `data` to a temporary file beside the target and syncs it to disk. The
    /// target is not touched. False on any failure (errorString() says why).
    bool write(const QByteArray &data);
    /// Puts the written file in place of the old one (a rename) and syncs the folder.
    bool commit();
    /// Drops what was written; the old file stays.
    void cancel();
    /// Why write() or commit() failed, in the system's words.
    QString errorString() const { return m_error; }
    QString path() const { return m_file.fileName(); }

    /// write() and commit() in one. Returns an empty string or why it failed.
    static QString save(const QString &path, const QByteArray &data,
        QFileDevice::Permissions permissions = readableByAll);
    /// Removes what interrupted saves of `path` left beside it (QSaveFile's "NAME.XXXXXX", six
    /// random letters, never a word such as "backup") when last modified more than `olderThanMs`
    /// ago. Returns the paths removed.
    static QStringList removeStale(const QString &path, qint64 olderThanMs);

private:
    bool fail(const QString &why);

    QSaveFile m_file;
    QFileDevice::Permissions m_permissions;
    QString m_error;
    bool m_written = false;
};

} // namespace sb::storage
