#include "auditlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace sb::service {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

} // namespace

AuditLog::AuditLog(QString path, qint64 maxBytes)
    : m_path(std::move(path))
    , m_maxBytes(maxBytes)
{ }

QString AuditLog::pathBeside(const QString &programmingFile)
{
    return QFileInfo(programmingFile).absolutePath() + QStringLiteral("/audit.jsonl");
}

QString AuditLog::record(
    const QString &who, const QStringList &changes, const QDateTime &when) const
{
    const auto cannot = [this](const QString &why) {
        return Text::tr("Cannot write the audit log %1: %2").arg(m_path, why);
    };
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonObject o;
    o.insert(QStringLiteral("when"), when.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("who"), who);
    o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(changes));
    QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    // Bounded: a full log becomes the older one (a rename, atomic) and a new one starts.
    const QFileInfo current(m_path);
    if (current.isFile() && current.size() > 0 && current.size() + line.size() > m_maxBytes) {
        // Owner only before it becomes the older log: a log an older version wrote 0644 would
        // otherwise stay world-readable as audit.jsonl.1, never opened for writing again.
        if (::chmod(QFile::encodeName(m_path).constData(), S_IRUSR | S_IWUSR) != 0)
            return cannot(QString::fromLocal8Bit(std::strerror(errno)));
        // rename(2) replaces the older log in one step: if it fails, both logs are still there.
        if (::rename(
                QFile::encodeName(m_path).constData(), QFile::encodeName(rotatedPath()).constData())
            != 0)
            return cannot(Text::tr("it cannot be moved to %1").arg(rotatedPath()));
    }
    // Unbuffered: every write() reaches the system at once, and its result is the real one.
    QFile f(m_path);
    if (!f.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return cannot(f.errorString());
    struct stat st = {};
    const bool regular = ::fstat(f.handle(), &st) == 0 && S_ISREG(st.st_mode);
    // Who changed what is the installer's and the supervisor's business: owner only, umask or
    // not, also for a log an older version created.
    if (regular && ::fchmod(f.handle(), S_IRUSR | S_IWUSR) != 0)
        return cannot(QString::fromLocal8Bit(std::strerror(errno)));
    const qint64 before = regular ? f.size() : 0;
    // A crash may have left a line without its end: start on a line of our own.
    if (before > 0 && f.seek(before - 1)) {
        char last = '\n';
        f.getChar(&last);
        if (last != '\n')
            line.prepend('\n');
    }
    // One write of a whole line, synced; a partial one (a full disk) is cut off again, so that
    // the log never keeps half an entry of ours.
    if (f.write(line) != line.size() || ::fdatasync(f.handle()) != 0) {
        const QString why = f.error() != QFileDevice::NoError
            ? f.errorString()
            : QString::fromLocal8Bit(std::strerror(errno));
        if (regular)
            f.resize(before);
        return cannot(why);
    }
    return QString();
}

QList<AuditLog::Entry> AuditLog::entries(int *skipped) const
{
    QList<Entry> out;
    int bad = 0;
    for (const QString &path : {rotatedPath(), m_path}) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine();
            if (line.trimmed().isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (!doc.isObject()) {
                ++bad;
                continue;
            }
            const QJsonObject o = doc.object();
            Entry e;
            e.when = QDateTime::fromString(
                o.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs);
            e.who = o.value(QStringLiteral("who")).toString();
            for (const QJsonValue &c : o.value(QStringLiteral("changes")).toArray())
                e.changes << c.toString();
            out << e;
        }
    }
    if (skipped)
        *skipped = bad;
    return out;
}

} // namespace sb::service
