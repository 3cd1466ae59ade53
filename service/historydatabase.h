#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QObject;
struct sqlite3;
struct sqlite3_backup;

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

    /// Opens `path` (created when missing), migrates it. Only a damaged one (SQLite says
    /// NOTADB/CORRUPT, or quick_check is not "ok") is renamed aside to `<path>.corrupt-<UTC time>`
    /// and a new one started, one English line in `messages`. Anything else (a newer schema, a
    /// lock, no permission, an I/O error) leaves the file as it is and history off. Empty =
    /// history is on, else the English reason it is off.
    QString open(const QString &path, QStringList *messages);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    /// Writes one batch in one transaction; empty, or what went wrong.
    QString write(const HistoryBatch &batch);

    /// `history`'s answer (console-bus.md section 4).
    QJsonObject history(const HistoryQuery &query) const;
    /// `report`'s answer (console-bus.md section 4, docs/console-bus.md "History").
    QJsonObject report(const HistoryQuery &query) const;

    /// Deletes what ended (or began, if it never ended) before `cutoff`, then one round of the
    /// oldest rows (a twentieth of the time kept) if the data takes more than `maxBytes`; returns
    /// the rows deleted. `more` (if given) says whether the data is still above `maxBytes`: call
    /// again (after letting other work run) until it is false.
    qint64 prune(qint64 cutoff, qint64 maxBytes, bool *more = nullptr);
    /// prune() round after round, each queued on `context`'s thread (this one) behind what waits
    /// there, so that batches commit between rounds; then `done` with the rows deleted.
    void pruneInSteps(
        qint64 cutoff, qint64 maxBytes, QObject *context, std::function<void(qint64 rows)> done);
    /// Bytes the data takes (pages in use).
    qint64 usedBytes() const;
    /// Pages one backup step copies.
    static constexpr int backupStepPages = 256;
    /// Copies the database with SQLite's online backup API to `to` (through a temporary file
    /// beside it, renamed over it), all steps in one go. Empty, or what went wrong.
    QString backup(const QString &to);
    /// Starts a backup to `to` taken in steps (backupStep()). Empty, or what went wrong.
    QString beginBackup(const QString &to);
    /// Copies `pages` more of the backup begun; true when it has ended, then `error` (if given)
    /// is empty or what went wrong. Writes through this object between steps are in the copy.
    bool backupStep(QString *error, int pages = backupStepPages);
    bool isBackingUp() const { return m_backup != nullptr; }
    /// beginBackup() and backupStep() after step, each queued on `context`'s thread (this one)
    /// behind what waits there, so that batches commit during the backup; then `done` with empty
    /// or what went wrong. Not called if this object is destroyed first.
    void backupInSteps(const QString &to, QObject *context,
        std::function<void(const QString &error)> done, int pages = backupStepPages);
    /// PRAGMA integrity_check's first line ("ok").
    QString integrityCheck() const;

    /// The name a damaged file is kept under.
    static QString asidePath(const QString &path, const QDateTime &nowUtc);

private:
    /// What check() found in an existing file.
    enum class Verdict { Fine, Damaged, Unusable, Newer };
    Verdict check(const QString &path, QString *why) const;
    QString openAndMigrate(QStringList *messages, bool *damaged);
    QString migrate(int from, QStringList *messages, bool *damaged);
    void endBackup();
    void close();

    QString m_connection;
    QString m_path;
    bool m_open = false;
    qint64 m_nextEndSeq = 1;
    sqlite3 *m_backupTarget = nullptr;
    sqlite3_backup *m_backup = nullptr;
    QString m_backupTo;
    int m_backupBusy = 0; ///< steps in a row that found the file locked
    /// Steps queued on the thread hold a weak pointer to it: none runs after this is destroyed.
    std::shared_ptr<char> m_alive = std::make_shared<char>();
};

} // namespace sb::service
