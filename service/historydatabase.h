#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb::service {

/// One request as the history keeps it (times: ms since 1970 UTC). `run` is the service's epoch:
/// request ids count again in each run.
struct RequestRecord
{
    QString run;
    qint64 id = 0;
    QString caller;
    QString target; ///< empty: the line group (null)
    QString kind; ///< "extension", "line" or "transfer"
    qint64 leftAt = 0;
    std::optional<qint64> servedAt;
    std::optional<qint64> endedAt;
    QString reason; ///< console-bus.md's word, once ended
};

/// One outside call that rang in, as the history keeps it.
struct OutsideCallRecord
{
    QString run;
    qint64 call = 0; ///< counts within the run
    int line = 0;
    qint64 rangAt = 0;
    QStringList stations; ///< every extension it rang, first rung first
    QString answeredBy; ///< empty: never answered
    std::optional<qint64> answeredAt;
    int held = 0; ///< times it was put on hold
    int transfers = 0; ///< times a transfer of it began
    QStringList transferredTo; ///< the extensions it was transferred to, in order
    bool recalled = false;
    bool abandoned = false; ///< the caller hung up before anyone answered
    std::optional<qint64> endedAt;
};

/// What one commit writes.
struct HistoryBatch
{
    QList<RequestRecord> requests;
    QList<OutsideCallRecord> calls;
    bool isEmpty() const { return requests.isEmpty() && calls.isEmpty(); }
};

/// The range of a history or report command; `to` is excluded (docs/console-bus.md "History").
struct HistoryQuery
{
    qint64 from = 0;
    qint64 to = 0;
    QString extension; ///< empty: all
    std::optional<qint64> after; ///< history's paging
};

/// The history's SQLite database (Qt SQL, QSQLITE, WAL): schema and migrations, writes, the
/// `history` and `report` answers, retention, backups. Every call on one thread, the one that
/// opened it (HistoryStore's).
class HistoryDatabase
{
public:
    /// The schema this build writes (PRAGMA user_version); 1 is migrated.
    static constexpr int schemaVersion = 2;
    /// Requests per `history` answer at most (console-bus.md section 4).
    static constexpr int pageLimit = 1000;

    /// `connectionName` must be unique in the process.
    explicit HistoryDatabase(const QString &connectionName);
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    /// Opens `path` (created when missing), migrates it. A damaged one (not a database, failing
    /// quick_check, a newer schema) is renamed aside to `<path>.corrupt-<UTC time>` and a new one
    /// started; each such thing is one English line in `messages`. Empty = history is on, else the
    /// English reason it is off.
    QString open(const QString &path, QStringList *messages);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    /// Writes one batch in one transaction; empty, or what went wrong.
    QString write(const HistoryBatch &batch);

    /// `history`'s answer (console-bus.md section 4).
    QJsonObject history(const HistoryQuery &query) const;
    /// `report`'s answer (console-bus.md section 4, docs/console-bus.md "History").
    QJsonObject report(const HistoryQuery &query) const;

    /// Deletes what ended (or began, if it never ended) before `cutoff`, then the oldest rows
    /// until the data takes at most `maxBytes`; returns the rows deleted.
    qint64 prune(qint64 cutoff, qint64 maxBytes);
    /// Bytes the data takes (pages in use).
    qint64 usedBytes() const;
    /// Copies the database with SQLite's online backup API to `to` (through a temporary file
    /// beside it, renamed over it). Empty, or what went wrong.
    QString backup(const QString &to);
    /// PRAGMA integrity_check's first line ("ok").
    QString integrityCheck() const;

    /// The name a damaged file is kept under.
    static QString asidePath(const QString &path, const QDateTime &nowUtc);

private:
    QString check(const QString &path) const;
    QString openAndMigrate();
    QString migrate(int from);
    void close();

    QString m_connection;
    QString m_path;
    bool m_open = false;
    qint64 m_nextEndSeq = 1;
};

} // namespace sb::service
