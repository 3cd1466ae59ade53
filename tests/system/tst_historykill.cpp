// Issue 12 "How it must be tested": the service killed with SIGKILL 50 times while writing
// history. switchboard-sim on a pty plays callbacks without pause (three pairs of phones, one step
// every few milliseconds), the real switchboardd records them, a supervisor's BusClient on a real
// Mosquitto collects every R/event the service published. Each run is killed (SIGKILL, no
// cleanup) after a random number of events; then the database passes PRAGMA integrity_check,
// opened read-only so that the next start finds the WAL as the crash left it, and every request
// event reported before the kill is in it: request.left as a row, request.served with servedAt,
// request.ended with endedAt and its reason (docs/console-bus.md "History": an event waits for
// the commit of its rows). The service never calls its own database damaged.

#include "tests/support/servicerig.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace sb;

namespace {

/// One read-only look at `file`: integrity_check, and the rows of `run` by request id.
struct Look
{
    QString integrity;
    QString error;
    struct Row
    {
        bool served = false;
        bool ended = false;
        QString reason;
    };
    QHash<qint64, Row> rows;
};

Look look(const QString &file, const QString &run)
{
    Look out;
    const QString name = QStringLiteral("look");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            out.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                out.integrity = q.value(0).toString();
            else
                out.error = q.lastError().text();
            q.finish();
            q.prepare(QStringLiteral("SELECT id, servedAt, endedAt, reason FROM requests WHERE "
                                     "run = ?"));
            q.addBindValue(run);
            if (q.exec()) {
                while (q.next())
                    out.rows.insert(q.value(0).toLongLong(),
                        {!q.value(1).isNull(), !q.value(2).isNull(), q.value(3).toString()});
            } else {
                out.error = q.lastError().text();
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

/// What is missing from `look` of the request events in `events` (empty: nothing).
QStringList missing(const QList<QJsonObject> &events, const Look &look)
{
    QStringList out;
    for (const QJsonObject &e : events) {
        const QString kind = e.value("kind").toString();
        if (!kind.startsWith(QLatin1String("request.")))
            continue;
        const qint64 id = e.value("id").toInteger();
        const auto it = look.rows.constFind(id);
        const QString what = kind + QLatin1Char(' ') + QString::number(id);
        if (it == look.rows.constEnd())
            out << what + QStringLiteral(": no row");
        else if (kind == QLatin1String("request.served") && !it->served)
            out << what + QStringLiteral(": no servedAt");
        else if (kind == QLatin1String("request.ended")
            && (!it->ended || it->reason != e.value("reason").toString()))
            out << what + QStringLiteral(": not ended as ") + e.value("reason").toString();
    }
    return out;
}

} // namespace

class TestHistoryKill : public QObject
{
    Q_OBJECT

private slots:
    void killedFiftyTimesWhileWritingHistory()
    {
        test::ServiceRig rig;
        QVERIFY2(rig.startBroker(), qPrintable(rig.errorString()));
        QVERIFY2(rig.startSim(8, 2), qPrintable(rig.errorString()));
        const QString db = rig.dir() + QStringLiteral("/history.db");

        client::BusClient *sue = rig.console(QStringLiteral("sue"),
            client::Roles(client::Role::Reception) | client::Role::Supervisor);
        QList<QJsonObject> events; // of the run being played
        connect(sue, &client::Client::eventReceived, this,
            [&events](const QJsonObject &e) { events << e; });

        // Callbacks without pause: 103 at 104, 105 at 106, 107 at 108: each leaves one while the
        // other is off-hook, hangs up, is rung back, answers, and both hang up. Steps come faster
        // than the phones can follow now and then; the traffic goes on anyway.
        QStringList script;
        const int pairs = 3;
        for (const auto &[c, t] :
            {std::pair {'3', '4'}, std::pair {'5', '6'}, std::pair {'7', '8'}}) {
            const QString C(c), T(t);
            script << "off-hook " + T << "off-hook " + C << "dial " + C + " 10" + T
                   << "key " + C + " CALLBACK"
                   << "on-hook " + C << "on-hook " + T << "off-hook " + C << "off-hook " + T
                   << "on-hook " + C << "on-hook " + T;
        }
        int step = 0;
        QTimer traffic;
        traffic.setInterval(4);
        connect(&traffic, &QTimer::timeout, this, [&] {
            // The pairs' steps interleaved.
            const int i = step++ % script.size();
            rig.sim().say(script.at((i % pairs) * 10 + (i / pairs) % 10));
        });

        QString previousOutput; // the killed run's last lines
        QString run; // the epoch of the run whose events `events` holds
        int totalEvents = 0;
        const auto checkRun = [&](const QString &label) {
            const Look l = look(db, run);
            const QList<QJsonObject> copy = events;
            const QStringList lost = missing(events, l);
            totalEvents += int(events.size());
            events.clear();
            QStringList seen;
            for (const QJsonObject &e : std::as_const(copy))
                seen << e.value("kind").toString() + QLatin1Char(' ')
                        + QString::number(e.value("id").toInteger());
            QStringList ids;
            for (auto it = l.rows.begin(); it != l.rows.end(); ++it)
                ids << QString::number(it.key());
            return lost.isEmpty() ? QString()
                                  : label + QStringLiteral(": ") + lost.mid(0, 5).join("; ")
                    + QStringLiteral("\nevents: ") + seen.join(", ") + QStringLiteral("\nrows: ")
                    + ids.join(", ");
        };

        const int kills = 50;
        for (int k = 0; k < kills; ++k) {
            QVERIFY2(rig.startService(), qPrintable(rig.errorString()));
            // Once the console's own picture has the new epoch, what the previous run reported
            // before its kill has all reached it: the broker queued those to it before anything
            // of the new run (that connection closed before this one opened).
            QVERIFY(QTest::qWaitFor(
                [&] { return sue->picture().epoch() == rig.raw().epoch(); }, 15000));
            if (!run.isEmpty()) {
                const QString lost = checkRun(QStringLiteral("run %1").arg(k));
                QVERIFY2(lost.isEmpty(), qPrintable(lost + QLatin1Char('\n') + previousOutput));
            }
            events.clear();
            run = rig.raw().epoch();
            traffic.start();
            const int wanted = 1 + int(QRandomGenerator::global()->bounded(12));
            QVERIFY2(QTest::qWaitFor([&] { return events.size() >= wanted; }, 10000),
                qPrintable(rig.service().tail()));
            // Here, not before: the history opens on its own thread, and an event comes only
            // once its row is committed, so opening has been said by now.
            QVERIFY(rig.service().count(QStringLiteral("is damaged|history is off")) == 0);
            rig.service().kill(); // SIGKILL mid-traffic
            previousOutput = rig.service().tail(60);
            traffic.stop();
            const Look after = look(db, run);
            QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
            QCOMPARE(after.integrity, QStringLiteral("ok"));
        }
        // The last run's events: once the console sees the next start, all of them have arrived.
        QVERIFY2(rig.startService(), qPrintable(rig.errorString()));
        QVERIFY(
            QTest::qWaitFor([&] { return sue->picture().epoch() == rig.raw().epoch(); }, 15000));
        const QString lost = checkRun(QStringLiteral("run %1").arg(kills));
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
        QVERIFY(rig.service().count(QStringLiteral("is damaged|history is off")) == 0);
        QVERIFY2(rig.stopService(), qPrintable(rig.errorString()));
        QVERIFY2(totalEvents >= kills * 2, qPrintable(QString::number(totalEvents)));
        qInfo("%d request and other events checked over %d kills", totalEvents, kills);
    }
};

QTEST_GUILESS_MAIN(TestHistoryKill)
#include "tst_historykill.moc"
