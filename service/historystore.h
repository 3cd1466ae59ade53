#pragma once

#include "historydatabase.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace sb::service {

/// The call service's history (issue 12 item 1): a HistoryDatabase on a thread of its own, so that
/// the service's thread never waits on SQLite. Rows are collected here and written in batches
/// (one transaction every batchMs, or at batchRows); `committed` says which batch is on disk.
/// Pruned at start and hourly, backed up daily with SQLite's backup API. Lives on the service's
/// thread. Opening (a quick_check of up to the size bound, a migration) runs on the database's
/// thread too, and nothing waits for it: rows and queries made meanwhile are written and answered
/// after it, and `opened` says how it went.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    /// A batch is written this long after its first row at most...
    static constexpr int batchMs = 50;
    /// ... or as soon as it has this many rows.
    static constexpr int batchRows = 500;
    static constexpr int pruneIntervalMs = 60 * 60 * 1000;
    static constexpr int backupIntervalMs = 24 * 60 * 60 * 1000;
    /// The retention's defaults (core::SystemOptions has the programmed ones).
    static constexpr int defaultRetentionDays = 400;
    static constexpr int defaultMaxMegabytes = 1024;
    /// Rows kept for a retry while writing fails (the oldest beyond go).
    static constexpr int maxWaitingRows = 100000;
    /// While writing fails, the waiting rows are tried again this often (and with every batch).
    static constexpr int retryMs = 2000;

    /// The answer to a history or report command.
    using Answer = std::function<void(const QJsonObject &)>;

    /// Begins to open (or create, or put aside and start again) the database at `path`, on the
    /// database's thread; `opened` follows.
    explicit HistoryStore(const QString &path, QObject *parent = nullptr);
    /// Writes what is collected, answers the queries still in flight with not-possible ("the
    /// service is stopping"), then closes the database and ends its thread.
    ~HistoryStore() override;

    QString path() const { return m_path; }
    /// Where the daily backup goes: `<path>.backup`.
    QString backupPath() const { return m_path + QStringLiteral(".backup"); }
    /// True once opening is done (well or not): then isOn(), problem() and messages() are known.
    bool isOpened() const { return m_opened; }
    /// False when even a new database could not be made (problem() says why); true while it opens.
    bool isOn() const { return m_problem.isEmpty(); }
    /// Why history is off (English), or empty.
    QString problem() const { return m_problem; }
    /// What opening said (a damaged file put aside), one English line each.
    QStringList messages() const { return m_messages; }

    /// Prunes now and hourly, backs up now when the last backup is a day old or missing, then
    /// daily.
    void start();
    /// The retention (programming's historyRetentionDays, historyMaxMegabytes); prunes when it
    /// changed after start().
    void setRetention(int days, int megabytes);

    void add(const RequestRecord &record);
    void add(const OutsideCallRecord &record);
    /// The batch the rows added so far go in (the last one handed over when none is collecting):
    /// what an event about them waits for.
    qint64 collecting() const;
    /// The last batch committed, or failed (its problem was said, its rows wait for a retry).
    qint64 lastCommitted() const { return m_committed; }
    /// Hands what is collected to the database's thread now.
    void flush();
    /// flush(), and waits until it is written (and until opening is done): at the service's stop,
    /// on the service's thread.
    void waitForWrites();

    /// `history` and `report` over what is written and collected; answered later, on this thread.
    void history(const HistoryQuery &query, Answer answer);
    void report(const HistoryQuery &query, Answer answer);
    /// A backup to backupPath() now (SQLite's online backup API); `done` gets empty or the error.
    void backup(std::function<void(const QString &error)> done = {});
    /// Prunes now as the retention says, as if it were `nowMs` (ms since 1970 UTC; default now).
    void prune(std::optional<qint64> nowMs = std::nullopt);

signals:
    /// Opening is done: isOn(), problem() and messages() say how.
    void opened();
    /// Batch `batch` is written (or its failure was said and its rows wait for a retry).
    void committed(qint64 batch);
    /// Something to say while running (a failed write or backup, rows pruned), English.
    void line(const QString &text);
    /// A prune is done: rows deleted.
    void pruned(qint64 rows);

private:
    void onOpened(const QString &problem, const QStringList &messages);
    void onWritten(qint64 batch, const QString &error, qint64 waiting, qint64 dropped);
    /// On m_thread: writes the rows waiting from failed batches, then `rows`, in one transaction.
    void write(HistoryBatch rows, qint64 batch);
    void ask(std::function<QJsonObject(HistoryDatabase &)> work, Answer answer);

    QString m_path;
    QString m_problem;
    QStringList m_messages;
    bool m_opened = false;
    QThread m_thread;
    QObject *m_context = nullptr; ///< lives on m_thread: what runs there is invoked on it
    std::unique_ptr<HistoryDatabase> m_db; ///< used on m_thread only
    HistoryBatch m_batch;
    qint64 m_seq = 1; ///< the batch collecting
    qint64 m_committed = 0;
    bool m_writeFailing = false;
    bool m_droppingSaid = false;
    HistoryBatch m_waiting; ///< used on m_thread only: rows of failed batches, oldest first
    QHash<qint64, Answer> m_pending; ///< queries in flight, by number
    qint64 m_nextQuery = 1;
    std::atomic<bool> m_stopping {false}; ///< queries not yet run are skipped
    QTimer m_retryTimer;
    int m_retentionDays = defaultRetentionDays;
    int m_maxMegabytes = defaultMaxMegabytes;
    bool m_started = false;
    QTimer m_batchTimer;
    QTimer m_pruneTimer;
    QTimer m_backupTimer;
};

} // namespace sb::service
