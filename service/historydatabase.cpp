#include "historydatabase.h"

#include "commandexecutor.h"
#include "statebuilder.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QMetaObject>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

namespace sb::service {

namespace {

// Schema 2 (docs/console-bus.md "History"): `run` is the service's epoch (request ids count
// again in each run); `endSeq` numbers the requests in the order they ended (history's paging).
const char *const schemaV2[] = {
    "CREATE TABLE IF NOT EXISTS requests(seq INTEGER PRIMARY KEY, run TEXT NOT NULL,"
    " id INTEGER NOT NULL, caller TEXT NOT NULL, target TEXT, kind TEXT NOT NULL,"
    " leftAt INTEGER NOT NULL, servedAt INTEGER, endedAt INTEGER, reason TEXT, endSeq INTEGER,"
    " UNIQUE(run, id))",
    // Covering the report's queries (a month's report reads indexes only).
    "CREATE INDEX IF NOT EXISTS requests_endedAt ON requests(endedAt, kind, reason, leftAt, caller,"
    " target)",
    "CREATE INDEX IF NOT EXISTS requests_leftAt ON requests(leftAt, kind, target, caller)",
    "CREATE INDEX IF NOT EXISTS requests_endSeq ON requests(endSeq)",
    "CREATE TABLE IF NOT EXISTS calls(seq INTEGER PRIMARY KEY, run TEXT NOT NULL,"
    " callId INTEGER NOT NULL, line INTEGER NOT NULL, rangAt INTEGER NOT NULL,"
    " stations TEXT NOT NULL, answeredBy TEXT, answeredAt INTEGER,"
    " held INTEGER NOT NULL DEFAULT 0, transfers INTEGER NOT NULL DEFAULT 0,"
    " transferredTo TEXT NOT NULL DEFAULT '', recalled INTEGER NOT NULL DEFAULT 0,"
    " abandoned INTEGER NOT NULL DEFAULT 0, endedAt INTEGER, UNIQUE(run, callId))",
    "CREATE INDEX IF NOT EXISTS calls_rangAt ON calls(rangAt, answeredBy, answeredAt, abandoned,"
    " transfers, recalled)",
};

const QString callbackKinds = QStringLiteral("kind IN ('extension', 'line')");

QVariant orNull(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QJsonValue timeOrNull(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    return StateBuilder::rfc3339(QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC));
}

/// The median of sorted `v` (the mean of the two middle values for an even count), in seconds,
/// or null.
QJsonValue median(const std::vector<qint64> &v)
{
    if (v.empty())
        return QJsonValue::Null;
    const size_t n = v.size();
    const double ms = n % 2 ? double(v[n / 2]) : (double(v[n / 2 - 1]) + double(v[n / 2])) / 2;
    return std::round(ms) / 1000.0;
}

/// The 90th percentile of sorted `v` by nearest rank, in seconds, or null.
QJsonValue p90(const std::vector<qint64> &v)
{
    if (v.empty())
        return QJsonValue::Null;
    const size_t rank = size_t(std::ceil(0.9 * double(v.size())));
    return double(v[std::max<size_t>(rank, 1) - 1]) / 1000.0;
}

/// The connection's SQLite handle, or null.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

/// Gives freed pages back to the file system. Through SQLite itself: the pragma frees a page per
/// step, and Qt's driver steps a statement without columns only once.
void vacuum(const QSqlDatabase &db)
{
    if (sqlite3 *h = handleOf(db))
        sqlite3_exec(h, "PRAGMA incremental_vacuum", nullptr, nullptr, nullptr);
}

/// SQLite calls the file damaged (not our doing: a lock, a permission, a full disk is not).
bool isDamage(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff; // extended codes: the primary
    return ok && (code == SQLITE_CORRUPT || code == SQLITE_NOTADB);
}

QString newerSchema(int version)
{
    return QStringLiteral("made by a newer Switchboard: schema %1, this one knows %2")
        .arg(version)
        .arg(HistoryDatabase::schemaVersion);
}

constexpr int busyTimeoutMs = 5000;

} // namespace

HistoryDatabase::HistoryDatabase(const QString &connectionName)
    : m_connection(connectionName)
{ }

HistoryDatabase::~HistoryDatabase()
{
    close();
}

void HistoryDatabase::close()
{
    endBackup(); // before its source closes
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

QString HistoryDatabase::asidePath(const QString &path, const QDateTime &nowUtc)
{
    return path + QStringLiteral(".corrupt-")
        + nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"));
}

HistoryDatabase::Verdict HistoryDatabase::check(const QString &path, QString *why) const
{
    const QFileInfo info(path);
    if (!info.exists() || (info.isFile() && info.size() == 0))
        return Verdict::Fine;
    if (!info.isFile()) {
        *why = QStringLiteral("it is not a file");
        return Verdict::Unusable;
    }
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("it cannot be read: %1").arg(f.errorString());
            return Verdict::Unusable;
        }
        const QByteArray header = f.read(16);
        if (f.error() != QFileDevice::NoError) {
            *why = QStringLiteral("it cannot be read: %1").arg(f.errorString());
            return Verdict::Unusable;
        }
        if (header != QByteArray("SQLite format 3\0", 16)) {
            *why = QStringLiteral("it is not an SQLite database");
            return Verdict::Damaged;
        }
    }
    const QString name = m_connection + QStringLiteral("-check");
    Verdict verdict = Verdict::Fine;
    // Only what SQLite itself calls damaged is; a lock, a permission or an I/O error is not.
    const auto failed = [&](const QString &what, const QSqlError &e) {
        *why = what.arg(e.text());
        verdict = isDamage(e) ? Verdict::Damaged : Verdict::Unusable;
    };
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open()) {
            failed(QStringLiteral("it cannot be opened: %1"), db.lastError());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
                failed(QStringLiteral("PRAGMA quick_check failed: %1"), q.lastError());
            } else if (q.value(0).toString() != QLatin1String("ok")) {
                *why = QStringLiteral("PRAGMA quick_check says: %1").arg(q.value(0).toString());
                verdict = Verdict::Damaged;
            }
            q.finish();
            if (verdict == Verdict::Fine) {
                if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                    failed(QStringLiteral("its schema version cannot be read: %1"), q.lastError());
                } else if (q.value(0).toInt() > schemaVersion) {
                    *why = newerSchema(q.value(0).toInt());
                    verdict = Verdict::Newer;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

QString HistoryDatabase::open(const QString &path, QStringList *messages)
{
    close();
    m_path = path;
    const auto putAside = [&](const QString &why) -> QString {
        const QString aside = asidePath(path, QDateTime::currentDateTimeUtc());
        // Renamed, never copied over or deleted: the installer may want it.
        if (std::rename(QFile::encodeName(path).constData(), QFile::encodeName(aside).constData())
            != 0)
            return QStringLiteral("the history database %1 is damaged (%2) and cannot be put "
                                  "aside: %3; history is off")
                .arg(path, why, QString::fromLocal8Bit(std::strerror(errno)));
        for (const char *suffix : {"-wal", "-shm"}) {
            if (QFileInfo::exists(path + QLatin1String(suffix)))
                std::rename(QFile::encodeName(path + QLatin1String(suffix)).constData(),
                    QFile::encodeName(aside + QLatin1String(suffix)).constData());
        }
        if (messages)
            *messages << QStringLiteral("The history database %1 is damaged (%2): it is kept as "
                                        "%3 and a new one is started.")
                             .arg(path, why, aside);
        return {};
    };
    const auto off = [&path](const QString &why) {
        return QStringLiteral("the history database %1 cannot be used (%2); it is left as it is "
                              "and history is off")
            .arg(path, why);
    };
    QString why;
    switch (check(path, &why)) {
    case Verdict::Fine:
        break;
    case Verdict::Damaged:
        if (const QString error = putAside(why); !error.isEmpty())
            return error;
        break;
    case Verdict::Newer: // a downgrade: the file is good, a newer build can use it again
    case Verdict::Unusable:
        return off(why);
    }
    bool damaged = false;
    QString error = openAndMigrate(messages, &damaged);
    if (!error.isEmpty() && damaged && QFileInfo(path).size() > 0) {
        // A damaged page quick_check missed: aside too.
        close();
        if (const QString e = putAside(error); !e.isEmpty())
            return e;
        error = openAndMigrate(messages, &damaged);
    }
    if (!error.isEmpty()) {
        close();
        return off(error);
    }
    return {};
}

QString HistoryDatabase::openAndMigrate(QStringList *messages, bool *damaged)
{
    *damaged = false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        *damaged = isDamage(db.lastError());
        return db.lastError().text();
    }
    QSqlQuery q(db);
    const auto run = [&q, damaged](const QString &sql) {
        if (!q.exec(sql)) {
            *damaged = isDamage(q.lastError());
            return q.lastError().text() + QStringLiteral(" (") + sql + QLatin1Char(')');
        }
        while (q.next()) { } // pragmas that answer rows (incremental_vacuum) run as they are read
        q.finish();
        return QString();
    };
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *damaged = isDamage(q.lastError());
        return q.lastError().text();
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > schemaVersion)
        return newerSchema(version); // not damaged: open() leaves it in place
    if (version == 0) {
        // A new file: freed pages go back to the file system when the retention prunes.
        if (QString e = run(QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL")); !e.isEmpty())
            return e;
    }
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"}) {
        if (QString e = run(QLatin1String(pragma)); !e.isEmpty())
            return e;
    }
    if (version == 0) {
        db.transaction();
        for (const char *sql : schemaV2) {
            if (QString e = run(QLatin1String(sql)); !e.isEmpty()) {
                db.rollback();
                return e;
            }
        }
        run(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion));
        if (!db.commit())
            return db.lastError().text();
    } else if (version < schemaVersion) {
        if (QString e = migrate(version, messages, damaged); !e.isEmpty())
            return e;
    }
    if (!q.exec(QStringLiteral("SELECT coalesce(max(endSeq), 0) FROM requests")) || !q.next()) {
        *damaged = isDamage(q.lastError());
        return q.lastError().text();
    }
    m_nextEndSeq = q.value(0).toLongLong() + 1;
    q.finish();
    m_open = true;
    return {};
}

QString HistoryDatabase::migrate(int from, QStringList *messages, bool *damaged)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    QString error;
    const auto run = [&q, &error, damaged](const QString &sql) {
        if (error.isEmpty() && !q.exec(sql)) {
            error = q.lastError().text() + QStringLiteral(" (") + sql + QLatin1Char(')');
            *damaged = isDamage(q.lastError());
        }
        q.finish();
    };
    db.transaction();
    if (from == 1) {
        // Schema 1 (the first, docs/console-bus.md "History"): no run, no end order, transfers
        // only as a list of targets.
        run(QStringLiteral("ALTER TABLE requests RENAME TO requests_v1"));
        run(QStringLiteral("ALTER TABLE calls RENAME TO calls_v1"));
        for (const char *sql : schemaV2)
            run(QLatin1String(sql));
        run(QStringLiteral(
            "INSERT INTO requests(run, id, caller, target, kind, leftAt, servedAt, endedAt, "
            "reason, endSeq) SELECT 'v1', id, caller, target, kind, leftAt, servedAt, endedAt, "
            "reason, CASE WHEN endedAt IS NULL THEN NULL ELSE row_number() OVER (ORDER BY "
            "endedAt IS NULL, endedAt, id) END FROM requests_v1"));
        run(QStringLiteral(
            "INSERT INTO calls(run, callId, line, rangAt, stations, answeredBy, answeredAt, held, "
            "transfers, transferredTo, recalled, abandoned, endedAt) SELECT 'v1', id, line, "
            "rangAt, stations, answeredBy, answeredAt, held, CASE WHEN coalesce(transferredTo, "
            "'') = '' THEN 0 ELSE 1 + length(transferredTo) - length(replace(transferredTo, ',', "
            "'')) END, coalesce(transferredTo, ''), recalled, abandoned, endedAt FROM calls_v1"));
        run(QStringLiteral("DROP TABLE requests_v1"));
        run(QStringLiteral("DROP TABLE calls_v1"));
    } else {
        error = QStringLiteral("no migration from schema version %1").arg(from);
    }
    run(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion));
    if (!error.isEmpty()) {
        db.rollback();
        return error;
    }
    if (!db.commit())
        return db.lastError().text();
    // A file of schema 1 did not free pages to the file system; from now on it does. The
    // migration is committed: if this fails (a full disk, a lock) the file is still good.
    run(QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"));
    run(QStringLiteral("VACUUM"));
    *damaged = false; // the migration is committed: the file is good
    if (!error.isEmpty() && messages)
        *messages << QStringLiteral("The history database %1 is migrated to schema %2, but it "
                                    "cannot be compacted (%3): it frees no space to the file "
                                    "system until it is.")
                         .arg(m_path)
                         .arg(schemaVersion)
                         .arg(error);
    return {};
}

QString HistoryDatabase::write(const HistoryBatch &batch)
{
    if (!m_open)
        return QStringLiteral("history is off");
    if (batch.isEmpty())
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery r(db);
    r.prepare(QStringLiteral(
        "INSERT INTO requests(run, id, caller, target, kind, leftAt, servedAt, endedAt, reason, "
        "endSeq) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(run, id) DO UPDATE SET "
        "servedAt = coalesce(requests.servedAt, excluded.servedAt), endedAt = "
        "coalesce(requests.endedAt, excluded.endedAt), reason = coalesce(requests.reason, "
        "excluded.reason), endSeq = coalesce(requests.endSeq, excluded.endSeq)"));
    QString error;
    for (const RequestRecord &x : batch.requests) {
        r.addBindValue(x.run);
        r.addBindValue(x.id);
        r.addBindValue(x.caller);
        r.addBindValue(textOrNull(x.target));
        r.addBindValue(x.kind);
        r.addBindValue(x.leftAt);
        r.addBindValue(orNull(x.servedAt));
        r.addBindValue(orNull(x.endedAt));
        r.addBindValue(textOrNull(x.reason));
        r.addBindValue(x.endedAt ? QVariant(m_nextEndSeq++) : orNull(std::nullopt));
        if (!r.exec()) {
            error = r.lastError().text();
            break;
        }
    }
    QSqlQuery c(db);
    c.prepare(QStringLiteral(
        "INSERT INTO calls(run, callId, line, rangAt, stations, answeredBy, answeredAt, held, "
        "transfers, transferredTo, recalled, abandoned, endedAt) VALUES(?, ?, ?, ?, "
        "coalesce(?, ''), ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?) ON CONFLICT(run, callId) DO UPDATE "
        "SET stations = excluded.stations, "
        "answeredBy = excluded.answeredBy, answeredAt = excluded.answeredAt, held = "
        "excluded.held, transfers = excluded.transfers, transferredTo = excluded.transferredTo, "
        "recalled = excluded.recalled, abandoned = excluded.abandoned, endedAt = "
        "excluded.endedAt"));
    for (const OutsideCallRecord &x : batch.calls) {
        if (!error.isEmpty())
            break;
        c.addBindValue(x.run);
        c.addBindValue(x.call);
        c.addBindValue(x.line);
        c.addBindValue(x.rangAt);
        c.addBindValue(x.stations.join(QLatin1Char(',')));
        c.addBindValue(textOrNull(x.answeredBy));
        c.addBindValue(orNull(x.answeredAt));
        c.addBindValue(x.held);
        c.addBindValue(x.transfers);
        c.addBindValue(x.transferredTo.join(QLatin1Char(',')));
        c.addBindValue(int(x.recalled));
        c.addBindValue(int(x.abandoned));
        c.addBindValue(orNull(x.endedAt));
        if (!c.exec())
            error = c.lastError().text();
    }
    if (!error.isEmpty()) {
        db.rollback();
        return error;
    }
    if (!db.commit())
        return db.lastError().text();
    return {};
}

QJsonObject HistoryDatabase::history(const HistoryQuery &query) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QString sql = QStringLiteral(
        "SELECT endSeq, id, caller, target, kind, leftAt, servedAt, endedAt, reason FROM requests "
        "WHERE endedAt >= :from AND endedAt < :to");
    if (query.after)
        sql += QStringLiteral(" AND endSeq > :after");
    if (!query.extension.isEmpty())
        sql += QStringLiteral(" AND (caller = :e OR target = :e)");
    sql += QStringLiteral(" ORDER BY endSeq LIMIT %1").arg(pageLimit + 1);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":from"), query.from);
    q.bindValue(QStringLiteral(":to"), query.to);
    if (query.after)
        q.bindValue(QStringLiteral(":after"), *query.after);
    if (!query.extension.isEmpty())
        q.bindValue(QStringLiteral(":e"), query.extension);
    QJsonObject out;
    if (!q.exec())
        return CommandExecutor::failure(QStringLiteral("not-possible"),
            QStringLiteral("the history cannot be read: %1").arg(q.lastError().text()));
    QJsonArray requests;
    qint64 last = 0;
    bool more = false;
    while (q.next()) {
        if (requests.size() == pageLimit) {
            more = true;
            break;
        }
        last = q.value(0).toLongLong();
        QJsonObject o;
        o.insert(QStringLiteral("id"), q.value(1).toLongLong());
        o.insert(QStringLiteral("caller"), q.value(2).toString());
        o.insert(QStringLiteral("target"),
            q.value(3).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(3).toString()));
        o.insert(QStringLiteral("kind"), q.value(4).toString());
        o.insert(QStringLiteral("leftAt"), timeOrNull(q.value(5)));
        o.insert(QStringLiteral("servedAt"), timeOrNull(q.value(6)));
        o.insert(QStringLiteral("endedAt"), timeOrNull(q.value(7)));
        o.insert(QStringLiteral("reason"), q.value(8).toString());
        requests.append(o);
    }
    out.insert(QStringLiteral("ok"), true);
    out.insert(QStringLiteral("requests"), requests);
    out.insert(QStringLiteral("next"), more ? QJsonValue(last) : QJsonValue(QJsonValue::Null));
    return out;
}

QJsonObject HistoryDatabase::report(const HistoryQuery &query) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const bool one = !query.extension.isEmpty();
    QString failed;
    const auto select = [&](const QString &sql, const std::function<void(QSqlQuery &)> &row) {
        if (!failed.isEmpty())
            return;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        q.bindValue(QStringLiteral(":from"), query.from);
        q.bindValue(QStringLiteral(":to"), query.to);
        if (one)
            q.bindValue(QStringLiteral(":e"), query.extension);
        if (!q.exec()) {
            failed = q.lastError().text();
            return;
        }
        while (q.next())
            row(q);
    };
    const QString mine = one ? QStringLiteral(" AND (caller = :e OR target = :e)") : QString();

    // Callbacks: the requests of kind extension and line that ended in the range.
    QHash<QString, qint64> byReason;
    select(QStringLiteral("SELECT reason, count(*) FROM requests WHERE endedAt >= :from AND "
                          "endedAt < :to AND ")
            + callbackKinds + mine + QStringLiteral(" GROUP BY reason"),
        [&](QSqlQuery &q) { byReason.insert(q.value(0).toString(), q.value(1).toLongLong()); });
    // Durations: tens of thousands of rows a month, read through SQLite itself (Qt's driver costs
    // a microsecond a value) and sorted here.
    const auto durations = [&](const QString &sql) {
        std::vector<qint64> v;
        sqlite3 *h = handleOf(db);
        sqlite3_stmt *st = nullptr;
        if (!failed.isEmpty() || !h
            || sqlite3_prepare_v2(h, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK) {
            if (failed.isEmpty())
                failed = h ? QString::fromUtf8(sqlite3_errmsg(h)) : QStringLiteral("no handle");
            return v;
        }
        sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":from"), query.from);
        sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":to"), query.to);
        const QByteArray e = query.extension.toUtf8();
        if (const int i = sqlite3_bind_parameter_index(st, ":e"); i > 0)
            sqlite3_bind_text(st, i, e.constData(), int(e.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(st) == SQLITE_ROW)
            v.push_back(sqlite3_column_int64(st, 0));
        sqlite3_finalize(st);
        std::sort(v.begin(), v.end());
        return v;
    };
    const std::vector<qint64> toCompleted
        = durations(QStringLiteral("SELECT endedAt - leftAt FROM requests WHERE endedAt >= :from "
                                   "AND endedAt < :to AND reason = 'completed' AND ")
            + callbackKinds + mine);
    // Left in the range, by the service's local hour (15-minute steps: every zone's offset is a
    // multiple of them).
    qint64 left = 0;
    QList<qint64> byHour(24, 0);
    select(QStringLiteral("SELECT leftAt / 900000, count(*) FROM requests WHERE leftAt >= :from "
                          "AND leftAt < :to AND ")
            + callbackKinds + mine + QStringLiteral(" GROUP BY 1"),
        [&](QSqlQuery &q) {
            const qint64 step = q.value(0).toLongLong();
            const qint64 n = q.value(1).toLongLong();
            byHour
                [QDateTime::fromMSecsSinceEpoch(step * 900000, Qt::UTC).toLocalTime().time().hour()]
                += n;
            left += n;
        });
    QJsonArray busiest;
    select(QStringLiteral("SELECT target, count(*) AS n FROM requests WHERE leftAt >= :from AND "
                          "leftAt < :to AND target IS NOT NULL AND ")
            + callbackKinds + mine
            + QStringLiteral(" GROUP BY target ORDER BY n DESC, target LIMIT 10"),
        [&](QSqlQuery &q) {
            QJsonObject o;
            o.insert(QStringLiteral("target"), q.value(0).toString());
            o.insert(QStringLiteral("left"), q.value(1).toLongLong());
            busiest.append(o);
        });

    // Outside calls that rang in in the range (one extension: those it answered).
    const QString answered = one ? QStringLiteral(" AND answeredBy = :e") : QString();
    QJsonObject outside;
    select(QStringLiteral("SELECT count(*), count(answeredAt), coalesce(sum(abandoned), 0), "
                          "coalesce(sum(transfers > 0), 0), coalesce(sum(recalled), 0) FROM calls "
                          "WHERE rangAt >= :from AND rangAt < :to")
            + answered,
        [&](QSqlQuery &q) {
            outside.insert(QStringLiteral("rang"), q.value(0).toLongLong());
            outside.insert(QStringLiteral("answered"), q.value(1).toLongLong());
            outside.insert(QStringLiteral("abandoned"), q.value(2).toLongLong());
            outside.insert(QStringLiteral("transferred"), q.value(3).toLongLong());
            outside.insert(QStringLiteral("recalled"), q.value(4).toLongLong());
        });
    const std::vector<qint64> toAnswer = durations(
        QStringLiteral("SELECT answeredAt - rangAt FROM calls WHERE rangAt >= :from AND "
                       "rangAt < :to AND answeredAt IS NOT NULL")
        + answered);

    if (!failed.isEmpty())
        return CommandExecutor::failure(QStringLiteral("not-possible"),
            QStringLiteral("the history cannot be read: %1").arg(failed));
    QJsonObject out;
    QJsonObject callbacks;
    callbacks.insert(QStringLiteral("left"), left);
    qint64 ended = 0;
    for (const auto &[member, reason] :
        std::initializer_list<std::pair<const char *, const char *>> {{"completed", "completed"},
            {"abandoned", "abandoned"}, {"noAnswer", "no-answer"}, {"cleared", "cleared"},
            {"reset", "reset"}, {"disabled", "disabled"}, {"expired", "expired"}}) {
        const qint64 n = byReason.value(QLatin1String(reason));
        callbacks.insert(QLatin1String(member), n);
        ended += n;
    }
    callbacks.insert(QStringLiteral("medianToCompletedSeconds"), median(toCompleted));
    callbacks.insert(QStringLiteral("p90ToCompletedSeconds"), p90(toCompleted));
    // Added members (section 1 allows them): the completion rate and busiest targets.
    callbacks.insert(QStringLiteral("completionRate"),
        ended ? QJsonValue(double(byReason.value(QStringLiteral("completed"))) / double(ended))
              : QJsonValue(QJsonValue::Null));
    outside.insert(QStringLiteral("medianToAnswerSeconds"), median(toAnswer));
    outside.insert(QStringLiteral("p90ToAnswerSeconds"), p90(toAnswer));
    QJsonArray hours;
    for (qint64 n : std::as_const(byHour))
        hours.append(n);
    out.insert(QStringLiteral("ok"), true);
    out.insert(QStringLiteral("callbacks"), callbacks);
    out.insert(QStringLiteral("outside"), outside);
    out.insert(QStringLiteral("leftByHour"), hours);
    out.insert(QStringLiteral("busiestTargets"), busiest);
    return out;
}

qint64 HistoryDatabase::usedBytes() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    qint64 pages = 0, free = 0, size = 0;
    if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next())
        pages = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("PRAGMA freelist_count")) && q.next())
        free = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
        size = q.value(0).toLongLong();
    return (pages - free) * size;
}

qint64 HistoryDatabase::prune(qint64 cutoff, qint64 maxBytes, bool *more)
{
    if (more)
        *more = false;
    if (!m_open)
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    qint64 deleted = 0;
    const auto before = [&](qint64 t) {
        QSqlQuery q(db);
        db.transaction();
        // What ended before t (a live one: began before it); leftAt/rangAt first for the index.
        q.prepare(QStringLiteral("DELETE FROM requests WHERE leftAt < ? AND coalesce(endedAt, "
                                 "leftAt) < ?"));
        q.addBindValue(t);
        q.addBindValue(t);
        if (q.exec())
            deleted += q.numRowsAffected();
        q.prepare(
            QStringLiteral("DELETE FROM calls WHERE rangAt < ? AND coalesce(endedAt, rangAt) < ?"));
        q.addBindValue(t);
        q.addBindValue(t);
        if (q.exec())
            deleted += q.numRowsAffected();
        db.commit();
    };
    before(cutoff);
    // Then the oldest, a twentieth of what is kept, one round a call: the caller lets batches
    // commit before the next.
    if (usedBytes() > maxBytes) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT min(m), max(n) FROM (SELECT min(leftAt) AS m, "
                                  "max(leftAt) AS n FROM requests UNION ALL SELECT min(rangAt), "
                                  "max(rangAt) FROM calls)"))
            && q.next() && !q.value(0).isNull()) {
            const qint64 oldest = q.value(0).toLongLong();
            const qint64 newest = q.value(1).toLongLong();
            q.finish();
            const qint64 was = deleted;
            before(oldest + std::max<qint64>(1000, (newest - oldest) / 20));
            vacuum(db);
            // Nothing left to delete (or it cannot be): no point in calling again.
            if (more)
                *more = deleted > was && usedBytes() > maxBytes;
            return deleted;
        }
    }
    if (deleted > 0)
        vacuum(db);
    return deleted;
}

void HistoryDatabase::pruneInSteps(
    qint64 cutoff, qint64 maxBytes, QObject *context, std::function<void(qint64 rows)> done)
{
    const std::weak_ptr<char> alive = m_alive;
    auto step = std::make_shared<std::function<void(qint64)>>();
    *step = [this, alive, cutoff, maxBytes, context, done = std::move(done),
                weakStep = std::weak_ptr<std::function<void(qint64)>>(step)](qint64 sofar) {
        if (alive.expired())
            return;
        bool more = false;
        const qint64 rows = sofar + prune(cutoff, maxBytes, &more);
        const auto next = weakStep.lock();
        if (!more || !next) {
            if (done)
                done(rows);
            return;
        }
        // Queued behind what waits on this thread (batches to commit).
        QMetaObject::invokeMethod(
            context, [next, rows] { (*next)(rows); }, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        context, [step] { (*step)(0); }, Qt::QueuedConnection);
}

QString HistoryDatabase::beginBackup(const QString &to)
{
    if (!m_open)
        return QStringLiteral("history is off");
    if (m_backup)
        return QStringLiteral("the history's backup %1 failed: a backup to %2 is running")
            .arg(to, m_backupTo);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    sqlite3 *source = handleOf(db);
    if (!source)
        return QStringLiteral("the database's SQLite handle is not available");
    const QString temporary = to + QStringLiteral(".tmp");
    QFile::remove(temporary);
    int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &m_backupTarget,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString error;
    if (rc == SQLITE_OK) {
        m_backup = sqlite3_backup_init(m_backupTarget, "main", source, "main");
        if (!m_backup)
            error = QString::fromUtf8(sqlite3_errmsg(m_backupTarget));
    } else {
        error = QString::fromUtf8(sqlite3_errstr(rc));
    }
    m_backupTo = to;
    m_backupBusy = 0;
    if (!error.isEmpty()) {
        endBackup();
        return QStringLiteral("the history's backup %1 failed: %2").arg(to, error);
    }
    return {};
}

bool HistoryDatabase::backupStep(QString *error, int pages)
{
    if (!m_backup) {
        if (error)
            *error = QStringLiteral("no backup is running");
        return true;
    }
    const int rc = sqlite3_backup_step(m_backup, std::max(1, pages));
    if (rc == SQLITE_OK) {
        m_backupBusy = 0;
        return false;
    }
    // BUSY/LOCKED: another program holds the file; the next step tries again, for about as long
    // as the busy timeout.
    if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++m_backupBusy * 100 < busyTimeoutMs) {
        sqlite3_sleep(100);
        return false;
    }
    m_backupBusy = 0;
    QString failure;
    if (rc != SQLITE_DONE)
        failure = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_backup_finish(m_backup);
    m_backup = nullptr;
    sqlite3_close(m_backupTarget);
    m_backupTarget = nullptr;
    const QString temporary = m_backupTo + QStringLiteral(".tmp");
    if (failure.isEmpty()
        && std::rename(
               QFile::encodeName(temporary).constData(), QFile::encodeName(m_backupTo).constData())
            != 0)
        failure = QString::fromLocal8Bit(std::strerror(errno));
    if (!failure.isEmpty()) {
        QFile::remove(temporary);
        failure = QStringLiteral("the history's backup %1 failed: %2").arg(m_backupTo, failure);
    }
    if (error)
        *error = failure;
    return true;
}

void HistoryDatabase::endBackup()
{
    if (m_backup)
        sqlite3_backup_finish(m_backup);
    m_backup = nullptr;
    if (m_backupTarget) {
        sqlite3_close(m_backupTarget);
        QFile::remove(m_backupTo + QStringLiteral(".tmp"));
    }
    m_backupTarget = nullptr;
}

QString HistoryDatabase::backup(const QString &to)
{
    if (QString error = beginBackup(to); !error.isEmpty())
        return error;
    QString error;
    while (!backupStep(&error)) { }
    return error;
}

void HistoryDatabase::backupInSteps(
    const QString &to, QObject *context, std::function<void(const QString &error)> done, int pages)
{
    if (QString error = beginBackup(to); !error.isEmpty()) {
        if (done)
            done(error);
        return;
    }
    const std::weak_ptr<char> alive = m_alive;
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, alive, context, pages, done = std::move(done),
                weakStep = std::weak_ptr<std::function<void()>>(step)] {
        if (alive.expired())
            return;
        QString error;
        const auto next = weakStep.lock();
        if (backupStep(&error, pages) || !next) {
            if (done)
                done(error);
            return;
        }
        // Queued behind what waits on this thread: batches commit between steps.
        QMetaObject::invokeMethod(
            context, [next] { (*next)(); }, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        context, [step] { (*step)(); }, Qt::QueuedConnection);
}

QString HistoryDatabase::integrityCheck() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

} // namespace sb::service
