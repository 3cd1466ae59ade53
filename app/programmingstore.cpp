#include "programmingstore.h"

#include "core/programmingjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace sb::app {

namespace {

/// Messages, translated in the context "ProgrammingStore".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammingStore)
};

std::optional<core::Programming> readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return std::nullopt;
    }
    return core::programmingjson::read(f.readAll(), error);
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
    out.programming = readFile(m_path, &error);
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

QString ProgrammingStore::save(const core::Programming &programming) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // The file being replaced becomes the backup, if it is good (a broken one never does).
    QString error;
    if (QFileInfo::exists(m_path) && readFile(m_path, &error)) {
        QFile current(m_path);
        if (current.open(QIODevice::ReadOnly)) {
            QSaveFile backup(backupPath());
            if (!backup.open(QIODevice::WriteOnly) || backup.write(current.readAll()) < 0
                || !backup.commit())
                return Text::tr("Cannot write the backup %1: %2")
                    .arg(backupPath(), backup.errorString());
        }
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Text::tr("Cannot write %1: %2").arg(m_path, file.errorString());
    file.write(core::programmingjson::write(programming));
    if (!file.commit()) // written to a temporary file and renamed: never half a file
        return Text::tr("Cannot write %1: %2").arg(m_path, file.errorString());
    return QString();
}

} // namespace sb::app
