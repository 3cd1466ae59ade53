#include "historystore.h"

#include "commandexecutor.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>
#include <atomic>

namespace sb::service {

namespace {

QString connectionName()
{
    static std::atomic<int> count {0};
    return QStringLiteral("sb-history-%1").arg(++count);
}

} // namespace

HistoryStore::HistoryStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_context(new QObject)
    , m_db(std::make_unique<HistoryDatabase>(connectionName()))
    , m_retryTimer(this)
    , m_batchTimer(this)
    , m_pruneTimer(this)
    , m_backupTimer(this)
{
    m_thread.setObjectName(QStringLiteral("history"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
    // Qt SQL's connections belong to the thread that opened them: everything on the database
    // runs there, in the order given, so what is asked before it is open runs after it.
    QMetaObject::invokeMethod(
        m_context,
        [this, path = m_path] {
            QStringList messages;
            const QString problem = m_db->open(path, &messages);
            QMetaObject::invokeMethod(
                this, [this, problem, messages] { onOpened(problem, messages); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &HistoryStore::flush);
    m_pruneTimer.setInterval(pruneIntervalMs);
    connect(&m_pruneTimer, &QTimer::timeout, this, [this] { prune(); });
    m_backupTimer.setInterval(backupIntervalMs);
    connect(&m_backupTimer, &QTimer::timeout, this, [this] { backup(); });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HistoryStore::flush);
}

HistoryStore::~HistoryStore()
{
    // Every command is answered exactly once (SB-BUS/1): a query still in flight is not carried
    // out now, it is answered at once.
    m_stopping = true;
    const QHash<qint64, Answer> pending = std::exchange(m_pending, {});
    const QJsonObject stopping = CommandExecutor::failure(
        QStringLiteral("not-possible"), QStringLiteral("the service is stopping"));
    QList<qint64> numbers = pending.keys();
    std::sort(numbers.begin(), numbers.end()); // in the order asked
    for (const qint64 n : numbers)
        pending.value(n)(stopping);
    flush();
    QMetaObject::invokeMethod(
        m_context, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context; // its thread has ended
}

void HistoryStore::onOpened(const QString &problem, const QStringList &messages)
{
    m_opened = true;
    m_problem = problem;
    m_messages = messages;
    if (!problem.isEmpty()) {
        // History is off: what was collected meanwhile goes (the database's thread dropped what
        // it was handed), and the events waiting for it go on: the batch collecting too, whose
        // number events were given.
        const qint64 last = m_batch.isEmpty() ? m_seq - 1 : m_seq++;
        m_batch = {};
        m_batchTimer.stop();
        m_retryTimer.stop();
        m_pruneTimer.stop();
        m_backupTimer.stop();
        m_started = false;
        if (m_committed < last) {
            m_committed = last;
            emit committed(last);
        }
    }
    emit opened();
}

void HistoryStore::start()
{
    if (m_started || !isOn())
        return;
    m_started = true;
    prune();
    m_pruneTimer.start();
    const QFileInfo last(backupPath());
    if (!last.exists()
        || last.lastModified().msecsTo(QDateTime::currentDateTime()) > backupIntervalMs)
        backup();
    m_backupTimer.start();
}

void HistoryStore::setRetention(int days, int megabytes)
{
    if (days == m_retentionDays && megabytes == m_maxMegabytes)
        return;
    m_retentionDays = days;
    m_maxMegabytes = megabytes;
    if (m_started)
        prune();
}

void HistoryStore::add(const RequestRecord &record)
{
    if (!isOn())
        return;
    m_batch.requests << record;
    if (m_batch.requests.size() + m_batch.calls.size() >= batchRows)
        flush();
    else if (!m_batchTimer.isActive())
        m_batchTimer.start(batchMs);
}

void HistoryStore::add(const OutsideCallRecord &record)
{
    if (!isOn())
        return;
    m_batch.calls << record;
    if (m_batch.requests.size() + m_batch.calls.size() >= batchRows)
        flush();
    else if (!m_batchTimer.isActive())
        m_batchTimer.start(batchMs);
}

qint64 HistoryStore::collecting() const
{
    if (!isOn())
        return 0;
    return m_batch.isEmpty() ? m_seq - 1 : m_seq;
}

void HistoryStore::flush()
{
    m_batchTimer.stop();
    if (m_batch.isEmpty()) {
        if (m_writeFailing) { // only the rows waiting: batch 0 moves nothing on
            m_retryTimer.stop();
            QMetaObject::invokeMethod(
                m_context, [this] { write({}, 0); }, Qt::QueuedConnection);
        }
        return;
    }
    const qint64 batch = m_seq++;
    QMetaObject::invokeMethod(
        m_context, [this, batch, rows = std::exchange(m_batch, {})] { write(rows, batch); },
        Qt::QueuedConnection);
}

void HistoryStore::write(HistoryBatch rows, qint64 batch)
{
    if (!m_db->isOpen()) { // history is off (onOpened said why): nothing to keep them for
        QMetaObject::invokeMethod(
            this, [this, batch] { onWritten(batch, {}, 0, 0); }, Qt::QueuedConnection);
        return;
    }
    // The rows of failed batches go first, in the order they came: a later row of a request
    // completes the earlier one.
    HistoryBatch all = std::exchange(m_waiting, {});
    const qint64 waited = all.requests.size() + all.calls.size();
    all.requests += rows.requests;
    all.calls += rows.calls;
    const QString error = m_db->write(all);
    qint64 dropped = 0;
    if (!error.isEmpty()) {
        // Bounded: the oldest rows beyond maxWaitingRows go (a disk full for days).
        while (all.requests.size() + all.calls.size() > maxWaitingRows) {
            if (all.requests.size() >= all.calls.size())
                all.requests.removeFirst();
            else
                all.calls.removeFirst();
            ++dropped;
        }
        m_waiting = std::move(all);
    }
    const qint64 waiting
        = error.isEmpty() ? waited : m_waiting.requests.size() + m_waiting.calls.size();
    QMetaObject::invokeMethod(
        this, [this, batch, error, waiting, dropped] { onWritten(batch, error, waiting, dropped); },
        Qt::QueuedConnection);
}

void HistoryStore::waitForWrites()
{
    flush();
    // The thread runs what it is given in order: once this ran, every batch handed over is done.
    QMetaObject::invokeMethod(
        m_context, [] {}, Qt::BlockingQueuedConnection);
    if (m_committed < m_seq - 1) {
        m_committed = m_seq - 1;
        emit committed(m_committed);
    }
}

void HistoryStore::onWritten(qint64 batch, const QString &error, qint64 waiting, qint64 dropped)
{
    // Said once when it starts failing, once when it recovers; before committed(), so that the
    // events published on it follow the line saying their rows are not on disk yet.
    if (!error.isEmpty() && !m_writeFailing)
        emit line(QStringLiteral("history: cannot write to %1: %2; the rows wait (at most %3) and "
                                 "are written when it works again")
                      .arg(m_path, error)
                      .arg(maxWaitingRows));
    else if (error.isEmpty() && m_writeFailing)
        emit line(QStringLiteral("history: %1 is written again (%2 rows that waited are in)")
                      .arg(m_path)
                      .arg(waiting));
    if (dropped > 0 && !m_droppingSaid) {
        emit line(QStringLiteral("history: more than %1 rows wait for %2: the oldest are lost")
                      .arg(maxWaitingRows)
                      .arg(m_path));
        m_droppingSaid = true;
    }
    m_writeFailing = !error.isEmpty();
    if (m_writeFailing) {
        if (!m_retryTimer.isActive())
            m_retryTimer.start(retryMs);
    } else {
        m_retryTimer.stop();
        m_droppingSaid = false;
    }
    if (batch <= m_committed)
        return;
    m_committed = batch;
    emit committed(batch);
}

void HistoryStore::ask(std::function<QJsonObject(HistoryDatabase &)> work, Answer answer)
{
    flush(); // what happened up to now is in the answer
    const qint64 number = m_nextQuery++;
    m_pending.insert(number, std::move(answer));
    QMetaObject::invokeMethod(
        m_context,
        [this, number, work = std::move(work)] {
            if (m_stopping)
                return; // answered by the destructor
            // Asked while it opened, and it did not: not possible.
            const QJsonObject result = m_db->isOpen()
                ? work(*m_db)
                : CommandExecutor::failure(
                    QStringLiteral("not-possible"), QStringLiteral("history is off"));
            QMetaObject::invokeMethod(
                this,
                [this, number, result] {
                    // Taken out first: the answer may ask again.
                    const Answer answer = m_pending.take(number);
                    if (answer)
                        answer(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void HistoryStore::history(const HistoryQuery &query, Answer answer)
{
    ask([query](HistoryDatabase &db) { return db.history(query); }, std::move(answer));
}

void HistoryStore::report(const HistoryQuery &query, Answer answer)
{
    ask([query](HistoryDatabase &db) { return db.report(query); }, std::move(answer));
}

void HistoryStore::backup(std::function<void(const QString &)> done)
{
    if (!isOn()) {
        if (done)
            done(m_problem);
        return;
    }
    flush();
    QMetaObject::invokeMethod(
        m_context,
        [this, to = backupPath(), done = std::move(done)] {
            if (!m_db->isOpen()) { // it did not open (onOpened said why)
                if (done)
                    QMetaObject::invokeMethod(
                        this, [done] { done(QStringLiteral("history is off")); },
                        Qt::QueuedConnection);
                return;
            }
            // In steps: batches commit between them.
            m_db->backupInSteps(to, m_context, [this, done](const QString &error) {
                QMetaObject::invokeMethod(
                    this,
                    [this, error, done] {
                        if (!error.isEmpty())
                            emit line(QStringLiteral("history: %1").arg(error));
                        if (done)
                            done(error);
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

void HistoryStore::prune(std::optional<qint64> nowMs)
{
    if (!isOn())
        return;
    flush();
    const qint64 now = nowMs ? *nowMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 cutoff = now - qint64(m_retentionDays) * 24 * 60 * 60 * 1000;
    const qint64 maxBytes = qint64(m_maxMegabytes) * 1024 * 1024;
    QMetaObject::invokeMethod(
        m_context,
        [this, cutoff, maxBytes, days = m_retentionDays, mb = m_maxMegabytes] {
            if (!m_db->isOpen())
                return; // it did not open (onOpened said why)
            // A round at a time: batches commit between rounds.
            m_db->pruneInSteps(cutoff, maxBytes, m_context, [this, days, mb](qint64 rows) {
                QMetaObject::invokeMethod(
                    this,
                    [this, rows, days, mb] {
                        if (rows > 0)
                            emit line(QStringLiteral("history: %1 rows pruned (kept: %2 days, at "
                                                     "most %3 MB)")
                                          .arg(rows)
                                          .arg(days)
                                          .arg(mb));
                        emit pruned(rows);
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

} // namespace sb::service
