#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sb::service {

/// Every applied programming change: who, when, what. One JSON object per line, appended, kept
/// across restarts; a line cut short by a crash is skipped when read, and counted. Bounded: past
/// maxBytes the log becomes `audit.jsonl.1` (replacing the one before) and a new one starts.
class AuditLog
{
public:
    /// About 5,000 entries of a few changes each; with the one older file, at most twice that.
    static constexpr qint64 defaultMaxBytes = 1024 * 1024;

    struct Entry
    {
        QDateTime when;
        QString who;
        QStringList changes;
    };

    explicit AuditLog(QString path, qint64 maxBytes = defaultMaxBytes);
    /// audit.jsonl beside the programming file.
    static QString pathBeside(const QString &programmingFile);

    /// Appends one entry, written and synced whole or not at all (a failed write is cut off
    /// again); returns an empty string or what went wrong.
    QString record(const QString &who, const QStringList &changes,
        const QDateTime &when = QDateTime::currentDateTime()) const;
    /// Every entry, oldest first, the rotated file's included; `skipped` counts the lines that
    /// were not an entry (cut short, damaged).
    QList<Entry> entries(int *skipped = nullptr) const;
    QString path() const { return m_path; }
    /// The older entries, after a rotation.
    QString rotatedPath() const { return m_path + QStringLiteral(".1"); }

private:
    QString m_path;
    qint64 m_maxBytes;
};

} // namespace sb::service
