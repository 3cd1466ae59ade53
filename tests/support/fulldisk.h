#pragma once

// For the tests of files on a full disk (issue 9 item 1), shared by tst_atomicfile and
// tst_programmingservice: a child process of the test binary whose files may not grow past a
// limit, and a file's bytes and mode.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

namespace sb::test {

/// The bytes of the file at `path`, or "<missing>".
inline QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

/// The permission bits of the file at `path`, or 0 when there is none.
inline mode_t modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

/// Runs this test binary with `arguments` in a child whose files may not grow past
/// `limitBytes`: a full disk without root (SIGXFSZ ignored, so write() fails with EFBIG; root
/// is bound by the limit too). Returns the child's exit code, -1 when it crashed or hung; its
/// standard output and error land in `output`.
inline int runWithFileSizeLimit(const QStringList &arguments, rlim_t limitBytes, QString *output)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.setChildProcessModifier([limitBytes] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit {limitBytes, limitBytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(30000))
        return -1;
    *output = QString::fromLocal8Bit(child.readAll());
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
}

} // namespace sb::test
