// sb::service::HistoryStore on real SQLite files (issue 12 item 1 and "How it must be tested"):
// schema migration from version 1, damaged databases named and kept aside byte for byte, other
// failures and a newer schema left in place, history paging over more than 1,000 rows, retention
// by age and size (a round a call), a backup taken in steps while writing, and report's numbers
// from rows of known times.

#include "service/historystore.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <ctime>

using namespace sb::service;

namespace {

constexpr qint64 day = 24 * 60 * 60 * 1000;
const qint64 t0 = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

QJsonObject wait(HistoryStore &store, bool report, const HistoryQuery &query)
{
    std::optional<QJsonObject> out;
    const auto answer = [&out](const QJsonObject &o) { out = o; };
    if (report)
        store.report(query, answer);
    else
        store.history(query, answer);
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000))
        return {};
    return *out;
}

RequestRecord request(qint64 id, const char *caller, const char *target, qint64 leftAt,
    std::optional<qint64> endedAt, const char *reason, const char *kind = "extension")
{
    RequestRecord r;
    r.run = QStringLiteral("r1");
    r.id = id;
    r.caller = QLatin1String(caller);
    r.target = QLatin1String(target);
    r.kind = QLatin1String(kind);
    r.leftAt = leftAt;
    r.endedAt = endedAt;
    if (endedAt)
        r.reason = QLatin1String(reason);
    return r;
}

/// One open of `file` by a connection of the test's own; `sql` run in order; the first
/// column of the last one's first row.
QVariant sql(const QString &file, const QStringList &statements)
{
    QVariant out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(file);
        if (!db.open())
            return QStringLiteral("cannot open: ") + db.lastError().text();
        QSqlQuery q(db);
        for (const QString &s : statements) {
            if (!q.exec(s))
                return q.lastError().text();
        }
        if (q.next())
            out = q.value(0);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    return out;
}

QByteArray contents(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The one file in `dir` whose name starts with `prefix`.
QString asideIn(const QTemporaryDir &dir, const QString &prefix)
{
    QStringList found = QDir(dir.path()).entryList({prefix + QStringLiteral("*")});
    found.removeIf([](const QString &name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    return found.size() == 1 ? dir.filePath(found.constFirst()) : QString();
}

/// A default SQLite VFS that refuses to create temporary databases (what VACUUM copies into) while
/// armed, as a full /tmp would: everything else goes to the real one.
class NoTempDatabases
{
public:
    NoTempDatabases()
    {
        s_real = sqlite3_vfs_find(nullptr);
        m_vfs = *s_real;
        m_vfs.zName = "sb-no-temp-databases";
        m_vfs.pNext = nullptr;
        m_vfs.xOpen
            = [](sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *out) {
                  if (flags & SQLITE_OPEN_TEMP_DB)
                      return SQLITE_FULL;
                  return s_real->xOpen(s_real, name, file, flags, out);
              };
        sqlite3_vfs_register(&m_vfs, 1);
    }
    ~NoTempDatabases()
    {
        sqlite3_vfs_register(s_real, 1);
        sqlite3_vfs_unregister(&m_vfs);
    }
    NoTempDatabases(const NoTempDatabases &) = delete;
    NoTempDatabases &operator=(const NoTempDatabases &) = delete;

private:
    static inline sqlite3_vfs *s_real = nullptr;
    sqlite3_vfs m_vfs;
};

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void newDatabaseIsWalAtTheCurrentVersion()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.db"));
        {
            HistoryStore store(file);
            QTRY_VERIFY_WITH_TIMEOUT(store.isOpened(), 10000); // it opens on its own thread
            QVERIFY2(store.isOn(), qPrintable(store.problem()));
            QVERIFY(store.messages().isEmpty());
            store.add(request(1, "103", "104", t0, t0 + 5000, "completed"));
            store.waitForWrites();
            QCOMPARE(store.lastCommitted(), 1);
        }
        QCOMPARE(sql(file, {"PRAGMA user_version"}).toInt(), HistoryDatabase::schemaVersion);
        QCOMPARE(sql(file, {"PRAGMA journal_mode"}).toString(), QStringLiteral("wal"));
        QCOMPARE(sql(file, {"SELECT count(*) FROM requests"}).toInt(), 1);
    }

    /// "A database from the previous schema version is migrated": a version 1 file with rows.
    void schemaVersion1IsMigrated()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.db"));
        const QVariant made = sql(file,
            {"CREATE TABLE requests(id INTEGER PRIMARY KEY, caller TEXT NOT NULL, target TEXT, "
             "kind TEXT NOT NULL, leftAt INTEGER NOT NULL, servedAt INTEGER, endedAt INTEGER, "
             "reason TEXT)",
                "CREATE TABLE calls(id INTEGER PRIMARY KEY, line INTEGER NOT NULL, rangAt INTEGER "
                "NOT NULL, stations TEXT NOT NULL, answeredBy TEXT, answeredAt INTEGER, held "
                "INTEGER NOT NULL DEFAULT 0, transferredTo TEXT, recalled INTEGER NOT NULL DEFAULT "
                "0, abandoned INTEGER NOT NULL DEFAULT 0, endedAt INTEGER)",
                QStringLiteral("INSERT INTO requests VALUES(7, '103', '104', 'extension', %1, %2, "
                               "%3, 'completed')")
                    .arg(t0)
                    .arg(t0 + 2000)
                    .arg(t0 + 9000),
                QStringLiteral("INSERT INTO requests VALUES(8, '105', NULL, 'line', %1, NULL, %2, "
                               "'expired')")
                    .arg(t0 + 100)
                    .arg(t0 + 5000),
                QStringLiteral("INSERT INTO requests VALUES(9, '106', '104', 'extension', %1, "
                               "NULL, NULL, NULL)")
                    .arg(t0 + 200),
                QStringLiteral("INSERT INTO calls VALUES(1, 2, %1, '101,102', '101', %2, 1, "
                               "'104,105', 1, 0, %3)")
                    .arg(t0)
                    .arg(t0 + 4000)
                    .arg(t0 + 60000),
                "PRAGMA user_version=1"});
        QVERIFY2(!made.isValid(), qPrintable(made.toString()));

        HistoryStore store(file);
        QTRY_VERIFY_WITH_TIMEOUT(store.isOpened(), 10000); // it opens on its own thread
        QVERIFY2(store.isOn(), qPrintable(store.problem()));
        QVERIFY(store.messages().isEmpty());
        const QJsonObject h = wait(store, false, {t0, t0 + day, {}, {}});
        QVERIFY(h.value("ok").toBool());
        const QJsonArray rows = h.value("requests").toArray();
        QCOMPARE(rows.size(), 2); // the live one (9) has not ended
        // Oldest end first: 8 ended before 7.
        QCOMPARE(rows.at(0).toObject().value("id").toInt(), 8);
        QCOMPARE(rows.at(0).toObject().value("target"), QJsonValue(QJsonValue::Null));
        QCOMPARE(rows.at(0).toObject().value("servedAt"), QJsonValue(QJsonValue::Null));
        QCOMPARE(rows.at(0).toObject().value("reason").toString(), QStringLiteral("expired"));
        const QJsonObject seven = rows.at(1).toObject();
        QCOMPARE(seven.value("id").toInt(), 7);
        QCOMPARE(seven.value("leftAt").toString(), QStringLiteral("2026-11-02T00:00:00.000Z"));
        QCOMPARE(seven.value("servedAt").toString(), QStringLiteral("2026-11-02T00:00:02.000Z"));
        QCOMPARE(seven.value("endedAt").toString(), QStringLiteral("2026-11-02T00:00:09.000Z"));
        const QJsonObject r = wait(store, true, {t0, t0 + day, {}, {}});
        QCOMPARE(r.value("callbacks").toObject().value("left").toInt(), 3);
        QCOMPARE(r.value("outside").toObject().value("transferred").toInt(), 1);
        QCOMPARE(r.value("outside").toObject().value("recalled").toInt(), 1);
        QCOMPARE(r.value("outside").toObject().value("medianToAnswerSeconds").toDouble(), 4.0);
        // New rows go in beside the migrated ones.
        store.add(request(9, "106", "104", t0 + 200, t0 + 20000, "cleared"));
        store.waitForWrites();
        QCOMPARE(wait(store, false, {t0, t0 + day, {}, {}}).value("requests").toArray().size(), 3);
        QCOMPARE(sql(file, {"PRAGMA user_version"}).toInt(), 2);
        QCOMPARE(sql(file, {"SELECT transfers FROM calls"}).toInt(), 2);
    }

    /// A migration that committed is kept even if the VACUUM after it fails (here: SQLite cannot
    /// create the temporary database it copies into): said in one line, the file is not put
    /// aside, and its rows are there.
    void committedMigrationSurvivesAFailedVacuum()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.db"));
        // More than SQLite's page cache (2 MB), so that VACUUM's copy goes to a file.
        const QVariant made = sql(file,
            {"CREATE TABLE requests(id INTEGER PRIMARY KEY, caller TEXT NOT NULL, target TEXT, "
             "kind TEXT NOT NULL, leftAt INTEGER NOT NULL, servedAt INTEGER, endedAt INTEGER, "
             "reason TEXT)",
                "CREATE TABLE calls(id INTEGER PRIMARY KEY, line INTEGER NOT NULL, rangAt INTEGER "
                "NOT NULL, stations TEXT NOT NULL, answeredBy TEXT, answeredAt INTEGER, held "
                "INTEGER NOT NULL DEFAULT 0, transferredTo TEXT, recalled INTEGER NOT NULL DEFAULT "
                "0, abandoned INTEGER NOT NULL DEFAULT 0, endedAt INTEGER)",
                QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                               "WHERE i < 40000) INSERT INTO requests SELECT i, '103', '104', "
                               "'extension', %1 + i, NULL, %1 + i + 10, 'completed' FROM n")
                    .arg(t0),
                "PRAGMA user_version=1"});
        QVERIFY2(!made.isValid(), qPrintable(made.toString()));
        QStringList messages;
        HistoryDatabase db(QStringLiteral("t-vacuum"));
        QString problem;
        {
            const NoTempDatabases full;
            problem = db.open(file, &messages);
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(db.isOpen());
        QVERIFY2(messages.size() == 1 && messages.constFirst().contains("cannot be compacted")
                && messages.constFirst().contains(file),
            qPrintable(messages.join('\n')));
        QVERIFY(asideIn(dir, QStringLiteral("history.db.corrupt-")).isEmpty());
        QCOMPARE(sql(file, {"PRAGMA user_version"}).toInt(), 2);
        QCOMPARE(sql(file, {"SELECT count(*) FROM requests"}).toInt(), 40000);
        const QJsonObject h = db.history({t0, t0 + day, {}, {}});
        QCOMPARE(h.value("requests").toArray().size(), HistoryDatabase::pageLimit);
    }

    /// "A corrupt database is named, and kept aside": garbage, a truncated file.
    void damagedDatabaseIsNamedAndKeptAside_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("named");
        QTest::newRow("garbage") << "garbage"
                                 << "not an SQLite database";
        QTest::newRow("truncated") << "truncated"
                                   << "quick_check";
    }
    void damagedDatabaseIsNamedAndKeptAside()
    {
        QFETCH(QString, kind);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.db"));
        if (kind == QLatin1String("garbage")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray junk;
            for (int i = 0; i < 5000; ++i)
                junk.append(char((i * 7919) % 251));
            f.write(junk);
        } else if (kind == QLatin1String("truncated")) {
            {
                HistoryStore store(file);
                QTRY_VERIFY_WITH_TIMEOUT(store.isOpened(), 10000); // it opens on its own thread
                for (int i = 0; i < 3000; ++i)
                    store.add(request(i + 1, "103", "104", t0 + i, t0 + i + 10, "completed"));
            }
            QVERIFY(sql(file, {"PRAGMA wal_checkpoint(TRUNCATE)"}).isValid());
            QFile f(file);
            QVERIFY(f.size() > 20000);
            QVERIFY(f.resize(f.size() / 2 + 100));
        }
        const QByteArray before = contents(file);
        QVERIFY(!before.isEmpty());

        HistoryStore store(file);
        QTRY_VERIFY_WITH_TIMEOUT(store.isOpened(), 10000); // it opens on its own thread
        QVERIFY2(store.isOn(), qPrintable(store.problem()));
        QCOMPARE(store.messages().size(), 1);
        const QString message = store.messages().constFirst();
        const QString aside = asideIn(dir, QStringLiteral("history.db.corrupt-"));
        QVERIFY2(!aside.isEmpty(), qPrintable(QDir(dir.path()).entryList().join(' ')));
        QVERIFY2(message.contains(file) && message.contains(named) && message.contains(aside),
            qPrintable(message));
        QCOMPARE(contents(aside), before); // byte for byte
        // A new one records.
        store.add(request(1, "103", "104", t0, t0 + 1000, "completed"));
        store.waitForWrites();
        QCOMPARE(wait(store, false, {t0, t0 + day, {}, {}}).value("requests").toArray().size(), 1);
        QCOMPARE(sql(file, {"PRAGMA integrity_check"}).toString(), QStringLiteral("ok"));
    }

    /// A downgrade is not damage: a database of a newer schema stays where it is, byte for byte,
    /// history is off naming it, and no new database is started beside it.
    void newerSchemaIsLeftInPlace()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.db"));
        QVERIFY(!sql(file, {"CREATE TABLE x(a)", "PRAGMA user_version=3"}).isValid());
        const QByteArray before = contents(file);
        QStringList messages;
        HistoryDatabase db(QStringLiteral("t-newer"));
        const QString problem = db.open(file, &messages);
        QVERIFY(!db.isOpen());
        QVERIFY2(problem.contains(file)
                && problem.contains(
                    QStringLiteral("made by a newer Switchboard: schema 3, this one knows 2")),
            qPrintable(problem));
        QVERIFY(messages.isEmpty());
        QCOMPARE(contents(file), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {"history.db"});
    }

    /// Only damage puts a file aside: a database locked by another connection's exclusive
    /// transaction (SQLITE_BUSY after the busy timeout), or a history.db that is a folder, stays
    /// where it is, and history is off naming the file and why.
    void otherFailuresLeaveTheFileInPlace_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("named");
        QTest::newRow("locked") << "locked"
                                << "database is locked";
        QTest::newRow("folder") << "folder"
                                << "not a file";
    }
    void otherFailuresLeaveTheFileInPlace()
    {
        QFETCH(QString, kind);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.db"));
        QByteArray before;
        const QString lock = QStringLiteral("t-lock");
        if (kind == QLatin1String("locked")) {
            {
                HistoryDatabase db(QStringLiteral("t-make"));
                QVERIFY(db.open(file, nullptr).isEmpty());
                HistoryBatch b;
                b.requests << request(1, "103", "104", t0, t0 + 10, "completed");
                QVERIFY(db.write(b).isEmpty());
            }
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lock);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // A rollback journal: an exclusive transaction keeps readers out too.
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
            q.finish();
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            before = contents(file);
            QVERIFY(!before.isEmpty());
        } else {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("history.db")));
        }
        QStringList messages;
        HistoryDatabase db(QStringLiteral("t-unusable"));
        const QString problem = db.open(file, &messages);
        QVERIFY(!db.isOpen());
        QVERIFY2(problem.contains(file) && problem.contains(named) && problem.contains("off"),
            qPrintable(problem));
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join('\n')));
        QVERIFY2(asideIn(dir, QStringLiteral("history.db.corrupt-")).isEmpty(),
            qPrintable(QDir(dir.path()).entryList().join(' ')));
        if (kind == QLatin1String("locked")) {
            QCOMPARE(contents(file), before); // byte for byte
            {
                QSqlDatabase held = QSqlDatabase::database(lock, false);
                QVERIFY(held.rollback());
                held.close();
            }
            QSqlDatabase::removeDatabase(lock);
            QCOMPARE(contents(file), before);
        } else {
            QVERIFY(QFileInfo(file).isDir());
        }
    }

    /// A history that cannot be made at all is off, naming why (a folder that does not exist).
    /// Rows recorded while it was still opening go, and the batch they were in is let go as
    /// committed: the events that wait for it are not held for the rest of the run.
    void unusableFolderTurnsHistoryOff()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("missing/folder/history.db")));
        QSignalSpy committed(&store, &HistoryStore::committed);
        RequestRecord r;
        r.run = QStringLiteral("r1");
        r.id = 1;
        r.caller = QStringLiteral("103");
        r.target = QStringLiteral("104");
        r.kind = QStringLiteral("extension");
        r.leftAt = 1000;
        store.add(r); // while it opens: collected, as if it will open
        const qint64 batch = store.collecting();
        QCOMPARE(batch, 1);
        QTRY_VERIFY_WITH_TIMEOUT(store.isOpened(), 10000); // it opens on its own thread
        QCOMPARE(store.lastCommitted(), batch);
        QVERIFY(!committed.isEmpty());
        QCOMPARE(committed.last().at(0).toLongLong(), batch);
        QVERIFY(!store.isOn());
        QVERIFY2(store.problem().contains(QStringLiteral("missing/folder/history.db")),
            qPrintable(store.problem()));
        QCOMPARE(store.collecting(), 0); // nothing waits for it
    }

    /// console-bus.md section 4: at most 1,000 per answer, oldest first, `next` for `after`.
    void historyPagesOverMoreThanAThousand()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.db")));
        QTRY_VERIFY_WITH_TIMEOUT(store.isOpened(), 10000); // it opens on its own thread
        const int count = 2345;
        for (int i = 0; i < count; ++i)
            store.add(request(i + 1, i % 3 ? "103" : "105", "104", t0 + i * 1000,
                t0 + i * 1000 + 500, "completed"));
        QList<qint64> seen;
        std::optional<qint64> after;
        int pages = 0;
        for (;;) {
            const QJsonObject page = wait(store, false, {t0, t0 + day, {}, after});
            QVERIFY(page.value("ok").toBool());
            const QJsonArray rows = page.value("requests").toArray();
            QVERIFY(rows.size() <= HistoryDatabase::pageLimit);
            for (const QJsonValue &v : rows)
                seen << v.toObject().value("id").toInteger();
            ++pages;
            if (page.value("next").isNull())
                break;
            QCOMPARE(rows.size(), HistoryDatabase::pageLimit);
            after = page.value("next").toInteger();
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(seen.at(i), qint64(i + 1));
        // One extension: requests it left or was the target of.
        const QJsonObject mine = wait(store, false, {t0, t0 + day, QStringLiteral("105"), {}});
        QCOMPARE(mine.value("requests").toArray().size(), (count + 2) / 3);
        // The range cuts by the end time, `to` excluded.
        const QJsonObject cut = wait(store, false, {t0 + 10500, t0 + 20500, {}, {}});
        QCOMPARE(cut.value("requests").toArray().size(), 10);
        QCOMPARE(cut.value("requests").toArray().at(0).toObject().value("id").toInt(), 11);
    }

    /// Issue 12 item 1: "Retention is programmable, with a bound on the file's size".
    void retentionPrunesByAgeAndSize()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.db"));
        HistoryStore store(file);
        QTRY_VERIFY_WITH_TIMEOUT(store.isOpened(), 10000); // it opens on its own thread
        const qint64 now = t0 + 500 * day;
        store.setRetention(400, 1024);
        for (int i = 0; i < 20; ++i) {
            // Ten ended 410 days ago, ten 390 days ago.
            const qint64 at = now - (i < 10 ? 410 : 390) * day + i;
            store.add(request(i + 1, "103", "104", at, at + 1000, "completed"));
            OutsideCallRecord c;
            c.run = QStringLiteral("r1");
            c.call = i + 1;
            c.line = 1;
            c.rangAt = at;
            c.stations = {QStringLiteral("101")};
            c.endedAt = at + 1000;
            store.add(c);
        }
        QSignalSpy pruned(&store, &HistoryStore::pruned);
        store.prune(now);
        QVERIFY(pruned.wait());
        QCOMPARE(pruned.at(0).at(0).toLongLong(), 20);
        const QJsonObject r = wait(store, true, {0, now, {}, {}});
        QCOMPARE(r.value("callbacks").toObject().value("completed").toInt(), 10);
        QCOMPARE(r.value("outside").toObject().value("rang").toInt(), 10);
        const QJsonArray left = wait(store, false, {0, now, {}, {}}).value("requests").toArray();
        QCOMPARE(left.first().toObject().value("id").toInt(), 11); // the newer stay

        // The size bound: 30,000 rows over 30 days are far above 1 MB; the oldest go first.
        for (int i = 0; i < 30000; ++i) {
            const qint64 at = now - 30 * day + qint64(i) * (day / 1000);
            store.add(request(1000 + i, "103", "104", at, at + 1000, "completed"));
        }
        store.waitForWrites();
        const qint64 big = QFileInfo(file).size() + QFileInfo(file + "-wal").size();
        QVERIFY(big > 2 * 1024 * 1024);
        store.setRetention(400, 1);
        store.prune(now);
        QVERIFY(pruned.wait());
        QVERIFY(sql(file, {"PRAGMA wal_checkpoint(TRUNCATE)"}).isValid());
        const qint64 used = sql(file, {"PRAGMA page_count"}).toLongLong()
            * sql(file, {"PRAGMA page_size"}).toLongLong();
        QVERIFY2(used <= 1024 * 1024,
            qPrintable(QStringLiteral("%1 bytes, %2 free pages, auto_vacuum %3, %4 rows")
                           .arg(used)
                           .arg(sql(file, {"PRAGMA freelist_count"}).toLongLong())
                           .arg(sql(file, {"PRAGMA auto_vacuum"}).toInt())
                           .arg(sql(file, {"SELECT count(*) FROM requests"}).toInt())));
        QVERIFY2(
            QFileInfo(file).size() <= 1024 * 1024, "the file shrinks too (incremental vacuum)");
        const QJsonArray kept = wait(store, false, {0, now, {}, {}}).value("requests").toArray();
        QVERIFY(!kept.isEmpty());
        // What is kept is the newest: the last row written is there.
        const QJsonObject all = wait(store, true, {0, now, {}, {}});
        QVERIFY(all.value("callbacks").toObject().value("completed").toInt() < 30000);
        QCOMPARE(sql(file, {"SELECT max(id) FROM requests"}).toInt(), 1000 + 29999);
    }

    /// Issue 12 item 1: "backed up with SQLite's backup API, not by copying a file in use". The
    /// backup goes in steps queued on the database's thread, so batches commit while it runs; the
    /// copy is whole and holds every row committed before it ended, none missing in between.
    void backupWhileWritingIsWhole()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.db"));
        const QString to = file + QStringLiteral(".backup");
        HistoryDatabase db(QStringLiteral("t-backup"));
        QVERIFY(db.open(file, nullptr).isEmpty());
        int id = 0;
        const auto write = [&](int rows) {
            HistoryBatch b;
            for (int i = 0; i < rows; ++i, ++id)
                b.requests << request(id + 1, "103", "104", t0 + id, t0 + id + 10, "completed");
            return db.write(b);
        };
        QVERIFY(write(3000).isEmpty()); // pages enough for dozens of steps of four
        int duringBackup = 0;
        QTimer writer;
        connect(&writer, &QTimer::timeout, this, [&] {
            const bool running = db.isBackingUp();
            QVERIFY(write(20).isEmpty());
            if (running && db.isBackingUp())
                duringBackup += 20;
        });
        writer.start(0);
        QObject context; // this thread's: the steps are queued on it
        std::optional<QString> done;
        db.backupInSteps(
            to, &context, [&done](const QString &error) { done = error; }, 4);
        QVERIFY(db.isBackingUp());
        QVERIFY(QTest::qWaitFor([&done] { return done.has_value(); }, 20000));
        writer.stop();
        QVERIFY2(done->isEmpty(), qPrintable(*done));
        QVERIFY(!db.isBackingUp());
        QVERIFY2(duringBackup > 0, "no batch committed while the backup ran");
        QCOMPARE(sql(to, {"PRAGMA integrity_check"}).toString(), QStringLiteral("ok"));
        const int inBackup = sql(to, {"SELECT count(*) FROM requests"}).toInt();
        // A prefix: 1..n without a gap, with what was written before and during the backup.
        QCOMPARE(sql(to, {"SELECT min(id) FROM requests"}).toInt(), 1);
        QCOMPARE(sql(to, {"SELECT max(id) FROM requests"}).toInt(), inBackup);
        QVERIFY2(inBackup >= 3000 + duringBackup && inBackup <= id,
            qPrintable(QStringLiteral("%1 rows in the backup, %2 written during it, %3 in all")
                           .arg(inBackup)
                           .arg(duringBackup)
                           .arg(id)));
        QCOMPARE(sql(to, {"PRAGMA user_version"}).toInt(), 2);
        QVERIFY(!QFileInfo::exists(to + ".tmp"));
    }

    /// The store backs up through the same steps and says when it is done.
    void storeBacksUpWhileWriting()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.db"));
        HistoryStore store(file);
        QTRY_VERIFY_WITH_TIMEOUT(store.isOpened(), 10000); // it opens on its own thread
        int id = 0;
        QTimer writer;
        connect(&writer, &QTimer::timeout, &store, [&] {
            for (int i = 0; i < 200; ++i, ++id)
                store.add(request(id + 1, "103", "104", t0 + id, t0 + id + 10, "completed"));
        });
        writer.start(1);
        QTest::qWait(20);
        std::optional<QString> done;
        store.backup([&done](const QString &error) { done = error; });
        QVERIFY(QTest::qWaitFor([&done] { return done.has_value(); }, 10000));
        writer.stop();
        QVERIFY2(done->isEmpty(), qPrintable(*done));
        QVERIFY(id > 0);
        QCOMPARE(
            sql(store.backupPath(), {"PRAGMA integrity_check"}).toString(), QStringLiteral("ok"));
        const int inBackup = sql(store.backupPath(), {"SELECT count(*) FROM requests"}).toInt();
        QVERIFY(inBackup > 0 && inBackup <= id);
        QCOMPARE(sql(store.backupPath(), {"PRAGMA user_version"}).toInt(), 2);
        QVERIFY(!QFileInfo::exists(store.backupPath() + ".tmp"));
    }

    /// The size bound prunes one round a call (a prune must not hold commits back for seconds)
    /// and says whether another is needed; round after round it gets under the bound.
    void sizePruneIsOneRoundACall()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.db"));
        HistoryDatabase db(QStringLiteral("t-prune"));
        QVERIFY(db.open(file, nullptr).isEmpty());
        HistoryBatch b;
        const int count = 6000;
        for (int i = 0; i < count; ++i) {
            const qint64 at = t0 + qint64(i) * (day / 200); // 30 days
            b.requests << request(i + 1, "103", "104", at, at + 1000, "completed");
        }
        QVERIFY(db.write(b).isEmpty());
        const qint64 maxBytes = 64 * 1024;
        QVERIFY(db.usedBytes() > 4 * maxBytes);
        bool more = false;
        const qint64 first = db.prune(0, maxBytes, &more);
        QVERIFY2(first > 0 && first < count / 10, qPrintable(QString::number(first)));
        QVERIFY(more);
        qint64 rows = first;
        int rounds = 1;
        while (more && rounds < 200) {
            rows += db.prune(0, maxBytes, &more);
            ++rounds;
        }
        QVERIFY(!more);
        QVERIFY2(db.usedBytes() <= maxBytes, qPrintable(QString::number(db.usedBytes())));
        QVERIFY(rounds > 2);
        QVERIFY(rows < count);
        QCOMPARE(sql(file, {"SELECT max(id) FROM requests"}).toInt(), count); // newest kept
    }

    /// console-bus.md section 4's report from rows of known times (computed by hand below).
    void reportCountsWhatEndedInTheRange()
    {
        // Local hours (initTestCase set Berlin: UTC+1 in November).
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(t0, Qt::UTC).toLocalTime().offsetFromUtc(), 3600);
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.db")));
        QTRY_VERIFY_WITH_TIMEOUT(store.isOpened(), 10000); // it opens on its own thread
        QSignalSpy said(&store, &HistoryStore::line);
        const qint64 s = 1000;
        // Completed after 10, 20, 30, 40 s; one each abandoned, no-answer, cleared, expired;
        // one transfer (not a callback); one ended the next day; one line callback.
        store.add(
            request(1, "103", "104", t0 + 8 * 3600 * s, t0 + 8 * 3600 * s + 10 * s, "completed"));
        store.add(
            request(2, "105", "104", t0 + 9 * 3600 * s, t0 + 9 * 3600 * s + 20 * s, "completed"));
        store.add(request(
            3, "103", "106", t0 + 9 * 3600 * s + 5, t0 + 9 * 3600 * s + 30 * s + 5, "completed"));
        store.add(
            request(4, "107", "104", t0 + 10 * 3600 * s, t0 + 10 * 3600 * s + 40 * s, "completed"));
        store.add(
            request(5, "103", "104", t0 + 11 * 3600 * s, t0 + 11 * 3600 * s + 1, "abandoned"));
        store.add(
            request(6, "103", "105", t0 + 11 * 3600 * s, t0 + 11 * 3600 * s + 2, "no-answer"));
        store.add(request(7, "106", "104", t0 + 12 * 3600 * s, t0 + 12 * 3600 * s + 3, "cleared"));
        store.add(
            request(8, "103", "", t0 + 13 * 3600 * s, t0 + 13 * 3600 * s + 4, "expired", "line"));
        store.add(request(
            9, "101", "104", t0 + 14 * 3600 * s, t0 + 14 * 3600 * s + 4, "recalled", "transfer"));
        store.add(request(10, "103", "104", t0 + 23 * 3600 * s, t0 + 25 * 3600 * s, "completed"));
        const auto call = [&](int n, qint64 rang, std::optional<qint64> answer, const char *by,
                              int transfers, bool recalled) {
            OutsideCallRecord c;
            c.run = QStringLiteral("r1");
            c.call = n;
            c.line = 1;
            c.rangAt = rang;
            c.stations = {QStringLiteral("101"), QStringLiteral("104")};
            if (answer) {
                c.answeredAt = rang + *answer;
                c.answeredBy = QLatin1String(by);
            } else {
                c.abandoned = true;
            }
            c.transfers = transfers;
            c.recalled = recalled;
            c.endedAt = rang + 100 * s;
            store.add(c);
        };
        call(1, t0 + 8 * 3600 * s, 3 * s, "101", 0, false);
        call(2, t0 + 9 * 3600 * s, 5 * s, "101", 1, true);
        call(3, t0 + 9 * 3600 * s, 9 * s, "104", 0, false);
        call(4, t0 + 10 * 3600 * s, std::nullopt, "", 0, false);
        call(5, t0 + 30 * 3600 * s, 1 * s, "101", 0, false); // the next day

        const QJsonObject r = wait(store, true, {t0, t0 + day, {}, {}});
        QVERIFY2(said.isEmpty(), qPrintable(said.value(0).value(0).toString()));
        QVERIFY(r.value("ok").toBool());
        const QJsonObject cb = r.value("callbacks").toObject();
        QCOMPARE(cb.value("left").toInt(), 9); // 1-8 and 10 left that day; 9 is a transfer
        QCOMPARE(cb.value("completed").toInt(), 4); // 10 ended the next day
        QCOMPARE(cb.value("abandoned").toInt(), 1);
        QCOMPARE(cb.value("noAnswer").toInt(), 1);
        QCOMPARE(cb.value("cleared").toInt(), 1);
        QCOMPARE(cb.value("expired").toInt(), 1);
        QCOMPARE(cb.value("reset").toInt(), 0);
        QCOMPARE(cb.value("disabled").toInt(), 0);
        QCOMPARE(cb.value("medianToCompletedSeconds").toDouble(), 25.0); // (20 + 30) / 2
        QCOMPARE(cb.value("p90ToCompletedSeconds").toDouble(), 40.0); // rank ceil(3.6) = 4
        QCOMPARE(cb.value("completionRate").toDouble(), 0.5); // 4 of 8
        const QJsonObject out = r.value("outside").toObject();
        QCOMPARE(out.value("rang").toInt(), 4);
        QCOMPARE(out.value("answered").toInt(), 3);
        QCOMPARE(out.value("abandoned").toInt(), 1);
        QCOMPARE(out.value("transferred").toInt(), 1);
        QCOMPARE(out.value("recalled").toInt(), 1);
        QCOMPARE(out.value("medianToAnswerSeconds").toDouble(), 5.0);
        QCOMPARE(out.value("p90ToAnswerSeconds").toDouble(), 9.0);
        const QJsonArray hours = r.value("leftByHour").toArray();
        QCOMPARE(hours.size(), 24);
        // UTC 8, 9, 9, 10, 11, 11, 12, 13, 23 are Berlin's 9, 10, 10, 11, 12, 12, 13, 14, 0.
        QList<int> expected(24, 0);
        for (int h : {9, 10, 10, 11, 12, 12, 13, 14, 0})
            ++expected[h];
        for (int h = 0; h < 24; ++h)
            QCOMPARE(hours.at(h).toInt(), expected.at(h));
        const QJsonArray busiest = r.value("busiestTargets").toArray();
        QCOMPARE(busiest.at(0).toObject().value("target").toString(), QStringLiteral("104"));
        QCOMPARE(busiest.at(0).toObject().value("left").toInt(), 6); // 1, 2, 4, 5, 7 and 10

        // One extension: 105 left 2 and was the target of 6; it answered no outside call.
        const QJsonObject one = wait(store, true, {t0, t0 + day, QStringLiteral("105"), {}});
        QCOMPARE(one.value("callbacks").toObject().value("left").toInt(), 2);
        QCOMPARE(one.value("callbacks").toObject().value("completed").toInt(), 1);
        QCOMPARE(one.value("callbacks").toObject().value("noAnswer").toInt(), 1);
        QCOMPARE(one.value("outside").toObject().value("rang").toInt(), 0);
        QCOMPARE(one.value("outside").toObject().value("medianToAnswerSeconds"),
            QJsonValue(QJsonValue::Null));
        // 104 answered call 3.
        const QJsonObject mine = wait(store, true, {t0, t0 + day, QStringLiteral("104"), {}});
        QCOMPARE(mine.value("outside").toObject().value("answered").toInt(), 1);
        QCOMPARE(mine.value("outside").toObject().value("medianToAnswerSeconds").toDouble(), 9.0);
        // Nothing in the range: medians and p90 of nothing are null, the rate too.
        const QJsonObject none = wait(store, true, {t0 - day, t0, {}, {}});
        QCOMPARE(none.value("callbacks").toObject().value("left").toInt(), 0);
        QCOMPARE(none.value("callbacks").toObject().value("medianToCompletedSeconds"),
            QJsonValue(QJsonValue::Null));
        QCOMPARE(none.value("callbacks").toObject().value("p90ToCompletedSeconds"),
            QJsonValue(QJsonValue::Null));
        QCOMPARE(none.value("callbacks").toObject().value("completionRate"),
            QJsonValue(QJsonValue::Null));
        QCOMPARE(none.value("outside").toObject().value("p90ToAnswerSeconds"),
            QJsonValue(QJsonValue::Null));
        // A range that cuts the day at noon UTC: 1-5, 6 (11:00), not 7 (12:00 is `to`, excluded).
        const QJsonObject morning = wait(store, true, {t0, t0 + 12 * 3600 * s, {}, {}});
        QCOMPARE(morning.value("callbacks").toObject().value("left").toInt(), 6);
        QCOMPARE(morning.value("callbacks").toObject().value("cleared").toInt(), 0);
        // Two days: 10 completes in it.
        const QJsonObject two = wait(store, true, {t0, t0 + 2 * day, {}, {}});
        QCOMPARE(two.value("callbacks").toObject().value("completed").toInt(), 5);
        QCOMPARE(two.value("outside").toObject().value("rang").toInt(), 5);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
