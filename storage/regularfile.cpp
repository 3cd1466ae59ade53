#include "regularfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sb::storage {

namespace {

/// Messages, translated in the context "RegularFile".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RegularFile)
};

} // namespace

std::optional<QByteArray> RegularFile::read(const QString &path, QString *error, qint64 maxSize)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return std::nullopt;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = Text::tr("not a regular file");
        return std::nullopt;
    }
    QFile f;
    if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = f.errorString();
        return std::nullopt;
    }
    const QByteArray text = f.read(maxSize + 1);
    if (f.error() != QFileDevice::NoError) {
        *error = f.errorString();
        return std::nullopt;
    }
    if (text.size() > maxSize) {
        *error = Text::tr("larger than %1 MiB").arg(maxSize >> 20);
        return std::nullopt;
    }
    return text;
}

} // namespace sb::storage
