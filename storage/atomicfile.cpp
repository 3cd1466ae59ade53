#include "atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sb::storage {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

mode_t modeOf(QFileDevice::Permissions p)
{
    mode_t m = 0;
    m |= p.testFlag(QFileDevice::ReadOwner) ? S_IRUSR : 0;
    m |= p.testFlag(QFileDevice::WriteOwner) ? S_IWUSR : 0;
    m |= p.testFlag(QFileDevice::ExeOwner) ? S_IXUSR : 0;
    m |= p.testFlag(QFileDevice::ReadGroup) ? S_IRGRP : 0;
    m |= p.testFlag(QFileDevice::WriteGroup) ? S_IWGRP : 0;
    m |= p.testFlag(QFileDevice::ExeGroup) ? S_IXGRP : 0;
    m |= p.testFlag(QFileDevice::ReadOther) ? S_IROTH : 0;
    m |= p.testFlag(QFileDevice::WriteOther) ? S_IWOTH : 0;
    m |= p.testFlag(QFileDevice::ExeOther) ? S_IXOTH : 0;
    return m;
}

} // namespace

AtomicFile::AtomicFile(const QString &path, QFileDevice::Permissions permissions)
    : m_file(path)
    , m_permissions(permissions)
{ }

AtomicFile::~AtomicFile()
{
    cancel();
}

bool AtomicFile::fail(const QString &why)
{
    m_error = why;
    cancel();
    return false;
}

bool AtomicFile::write(const QByteArray &data)
{
    m_error.clear();
    m_written = false;
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(m_file.errorString());
    // Before any byte is written: the mode the caller chose, not the umask's, and never looser
    // than the file it replaces (a programming.json the installer made 0600 stays 0600).
    mode_t mode = modeOf(m_permissions);
    struct stat old = {};
    if (::stat(QFile::encodeName(m_file.fileName()).constData(), &old) == 0 && S_ISREG(old.st_mode))
        mode &= old.st_mode;
    if (::fchmod(m_file.handle(), mode) != 0)
        return fail(systemError(errno));
    // Straight to the system, every result checked: QSaveFile's buffered write() hides a
    // failure until commit(), which in Qt 6.4 then renames the short file into place anyway.
    const int fd = m_file.handle();
    for (qint64 done = 0; done < data.size();) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(systemError(n < 0 ? errno : ENOSPC));
        done += n;
    }
    // On disk before it may replace anything: a power cut after the rename leaves the new text.
    if (::fsync(m_file.handle()) != 0)
        return fail(systemError(errno));
    m_written = true;
    return true;
}

bool AtomicFile::commit()
{
    if (!m_written)
        return fail(m_error.isEmpty() ? QStringLiteral("nothing written") : m_error);
    m_written = false;
    if (!m_file.commit()) {
        m_error = m_file.errorString();
        return false;
    }
    // The rename itself is made durable by syncing the folder. Best effort: the new file is
    // in place already, so a failure here must not be reported as "not saved".
    const QByteArray folder = QFile::encodeName(QFileInfo(m_file.fileName()).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    return true;
}

void AtomicFile::cancel()
{
    if (m_file.isOpen()) {
        m_file.cancelWriting(); // a cancelled commit removes the temporary file, nothing else
        m_file.commit();
    }
    m_written = false;
}

QString AtomicFile::save(
    const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    AtomicFile file(path, permissions);
    if (!file.write(data) || !file.commit())
        return file.errorString();
    return QString();
}

QStringList AtomicFile::removeStale(const QString &path, qint64 olderThanMs)
{
    const QFileInfo target(path);
    // QSaveFile's temporary names end in six random letters (Qt's QTemporaryFileName draws from
    // a-z and A-Z only). A suffix that reads as a word ("backup", "Backup", "BACKUP") is more
    // likely a copy someone made by hand: left alone, at the cost of about one stale temporary
    // in twenty.
    const QRegularExpression ours(
        QStringLiteral("^%1\\.([A-Za-z]{6})$").arg(QRegularExpression::escape(target.fileName())));
    static const QRegularExpression word(QStringLiteral("^(?:[A-Za-z][a-z]{5}|[A-Z]{6})$"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-olderThanMs);
    QStringList removed;
    const QDir folder = target.absoluteDir();
    for (const QFileInfo &f : folder.entryInfoList(
             {target.fileName() + QStringLiteral(".*")}, QDir::Files | QDir::Hidden)) {
        const QRegularExpressionMatch m = ours.match(f.fileName());
        if (f.isSymLink() || !m.hasMatch() || word.match(m.captured(1)).hasMatch()
            || f.lastModified().toUTC() > before)
            continue;
        if (QFile::remove(f.absoluteFilePath()))
            removed << f.absoluteFilePath();
    }
    return removed;
}

} // namespace sb::storage
