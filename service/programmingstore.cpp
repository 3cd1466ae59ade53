#include "programmingstore.h"

#include "core/programmingjson.h"
#include "storage/atomicfile.h"
#include "storage/regularfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <memory>

namespace sb::service {

namespace {

/// Messages, translated in the context "ProgrammingStore".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammingStore)
};

std::optional<core::Programming> readFile(
    const QString &path, QString *error, QStringList *warnings = nullptr)
{
    // Never blocks nor reads without end: a FIFO, a device or a folder is refused, and a file
    // larger than maxFileSize too.
    const std::optional<QByteArray> text
        = storage::RegularFile::read(path, error, ProgrammingStore::maxFileSize);
    if (!text)
        return std::nullopt;
    return core::programmingjson::read(*text, error, warnings);
}

} // namespace

ProgrammingStore::ProgrammingStore(QString path)
    : m_path(std::move(path))
{ }

QString ProgrammingStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/programming.json");
}

ProgrammingStore::Loaded ProgrammingStore::load() const
{
    Loaded out;
    if (!QFileInfo::exists(m_path))
        return out; // a new system: the factory defaults
    QString error;
    out.programming = readFile(m_path, &error, &out.warnings);
    if (out.programming)
        return out;
    QString backupError;
    std::optional<core::Programming> backup
        = QFileInfo::exists(backupPath()) ? readFile(backupPath(), &backupError) : std::nullopt;
    if (backup) {
        out.programming = backup;
        out.fromBackup = true;
        out.message
            = Text::tr("The programming file %1 does not load (%2); running on its backup %3.")
                  .arg(m_path, error, backupPath());
    } else {
        out.message
            = Text::tr("The programming file %1 does not load (%2) and there is no good backup; "
                       "running on the factory defaults until it is saved again.")
                  .arg(m_path, error);
    }
    return out;
}

QString ProgrammingStore::save(
    const core::Programming &programming, const std::function<QString()> &beforeCommit) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // The new text first, whole and synced beside the file: a full disk stops here, with the
    // file and its backup untouched.
    storage::AtomicFile file(m_path, storage::AtomicFile::readableByAll);
    if (!file.write(core::programmingjson::write(programming)))
        return Text::tr("Cannot write %1: %2").arg(m_path, file.errorString());
    // The file being replaced becomes the backup, if it is good (a broken one never does), by
    // the same checked path.
    // Read once, by the bounded, non-blocking reader: the bytes checked are the bytes kept.
    std::unique_ptr<storage::AtomicFile> backup;
    QString error;
    const std::optional<QByteArray> before = QFileInfo::exists(m_path)
        ? storage::RegularFile::read(m_path, &error, maxFileSize)
        : std::nullopt;
    if (before && core::programmingjson::read(*before, &error)) {
        backup = std::make_unique<storage::AtomicFile>(
            backupPath(), storage::AtomicFile::readableByAll);
        if (!backup->write(*before))
            return Text::tr("Cannot write the backup %1: %2")
                .arg(backupPath(), backup->errorString());
    }
    if (beforeCommit) {
        const QString refused = beforeCommit();
        if (!refused.isEmpty())
            return refused;
    }
    // Both complete: only renames are left. The backup first, so that a failure in between
    // leaves the old file and a copy of it.
    if (backup && !backup->commit())
        return Text::tr("Cannot write the backup %1: %2").arg(backupPath(), backup->errorString());
    if (!file.commit())
        return Text::tr("Cannot write %1: %2").arg(m_path, file.errorString());
    return QString();
}

QString ProgrammingStore::installerPath() const
{
    return QFileInfo(m_path).absolutePath() + QStringLiteral("/installer.ini");
}

QStringList ProgrammingStore::removeStaleTemporaries() const
{
    // A save takes milliseconds: a minute-old temporary file belongs to no save in progress.
    constexpr qint64 staleMs = 60000;
    QStringList removed;
    for (const QString &p : {m_path, backupPath(), installerPath()})
        removed << storage::AtomicFile::removeStale(p, staleMs);
    return removed;
}

} // namespace sb::service
