#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sb::app {

/// Every applied programming change: who, when, what. One JSON object per line, appended, kept
/// across restarts; a line cut short by a crash is skipped when read.
class AuditLog
{
public:
    struct Entry
    {
        QDateTime when;
        QString who;
        QStringList changes;
    };

    explicit AuditLog(QString path);
    /// audit.jsonl beside the programming file.
    static QString pathBeside(const QString &programmingFile);

    /// Appends one entry; returns an empty string or what went wrong.
    QString record(const QString &who, const QStringList &changes,
        const QDateTime &when = QDateTime::currentDateTime()) const;
    /// Every entry, oldest first.
    QList<Entry> entries() const;
    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace sb::app
