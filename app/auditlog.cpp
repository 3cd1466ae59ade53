#include "auditlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::app {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

} // namespace

AuditLog::AuditLog(QString path)
    : m_path(std::move(path))
{ }

QString AuditLog::pathBeside(const QString &programmingFile)
{
    return QFileInfo(programmingFile).absolutePath() + QStringLiteral("/audit.jsonl");
}

QString AuditLog::record(
    const QString &who, const QStringList &changes, const QDateTime &when) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile f(m_path);
    if (!f.open(QIODevice::ReadWrite | QIODevice::Append))
        return Text::tr("Cannot write the audit log %1: %2").arg(m_path, f.errorString());
    // A crash may have left a line without its end: start on a line of our own.
    bool freshLine = true;
    if (f.size() > 0 && f.seek(f.size() - 1)) {
        char last = '\n';
        f.getChar(&last);
        freshLine = last == '\n';
    }
    QJsonObject o;
    o.insert(QStringLiteral("when"), when.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("who"), who);
    o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(changes));
    const QByteArray line = (freshLine ? QByteArray() : QByteArray("\n"))
        + QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    // One write of a whole line: readers skip a line a crash cut short.
    if (f.write(line) != line.size() || !f.flush())
        return Text::tr("Cannot write the audit log %1: %2").arg(m_path, f.errorString());
    return QString();
}

QList<AuditLog::Entry> AuditLog::entries() const
{
    QList<Entry> out;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject())
            continue;
        const QJsonObject o = doc.object();
        Entry e;
        e.when
            = QDateTime::fromString(o.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs);
        e.who = o.value(QStringLiteral("who")).toString();
        for (const QJsonValue &c : o.value(QStringLiteral("changes")).toArray())
            e.changes << c.toString();
        out << e;
    }
    return out;
}

} // namespace sb::app
