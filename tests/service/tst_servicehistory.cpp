// Issue 12 "How it must be tested": reports checked against histories built from known traffic.
// The call service runs on the simulated controller with a clock of the test's own; the phones
// play callbacks (completed, cleared, abandoned, one that ends after midnight) and outside calls
// (answered and transferred, abandoned while ringing) at known times; the report and history
// answers are compared, number by number, with what the sequence gives by hand (for all
// extensions and one, for ranges that cut days, local hours of Europe/Berlin). Then the same
// report and history through a real Mosquitto (BusService, a supervisor's BusClient) and through
// handleCommand in-process: remote supervisors get the same report as local ones.

#include "service/busservice.h"
#include "service/callservice.h"
#include "service/historystore.h"
#include "service/runtime.h"

#include "client/busclient.h"
#include "client/commandoperation.h"
#include "core/programmingjson.h"
#include "tests/support/simulatoractions.h"
#include "tests/support/testbroker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>

using namespace sb;
using namespace sb::service;

namespace {

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// 2026-11-02 (a Monday) at hh:mm:ss UTC, in ms; `days` later.
qint64 at(int hh, int mm, int ss, int days = 0)
{
    return QDateTime(QDate(2026, 11, 2).addDays(days), QTime(hh, mm, ss), Qt::UTC)
        .toMSecsSinceEpoch();
}

QString rfc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

/// The service on a simulated controller of 8 stations and 2 lines (101 the attendant), its clock
/// the test's, every event kept.
struct Rig
{
    QTemporaryDir dir;
    qint64 now = 0;
    std::unique_ptr<CallService> service;
    QList<QJsonObject> events;
    QHash<QString, QJsonObject> retained;

    bool start()
    {
        CallService::Settings s;
        s.connection.stations = 8;
        s.connection.lines = 2;
        s.connectionChosen = true;
        s.programmingFile = dir.filePath(QStringLiteral("programming.json"));
        s.version = QStringLiteral("9.9.9");
        s.clock = [this] { return QDateTime::fromMSecsSinceEpoch(now, Qt::UTC); };
        service = std::make_unique<CallService>(s);
        QObject::connect(service.get(), &CallService::published,
            [this](const QString &topic, const QJsonObject &payload, bool isRetained) {
                if (!isRetained)
                    events << payload;
                else if (payload.isEmpty())
                    retained.remove(topic);
                else
                    retained.insert(topic, payload);
            });
        service->start();
        return QTest::qWaitFor(
            [this] { return retained.value("state/link").value("up").toBool(); }, 5000);
    }

    QString state(const char *number) const
    {
        return retained.value(QStringLiteral("state/extension/") + QLatin1String(number))
            .value("state")
            .toString();
    }
    QString lineState(int n) const
    {
        return retained.value(QStringLiteral("state/line/") + QString::number(n))
            .value("state")
            .toString();
    }
    int count(const char *kind, const char *reason = nullptr) const
    {
        int n = 0;
        for (const QJsonObject &e : events) {
            if (e.value("kind") == QLatin1String(kind)
                && (!reason || e.value("reason") == QLatin1String(reason)))
                ++n;
        }
        return n;
    }

    /// Phone actions at the simulated controller, in order ("off-hook 3", "dial 3 104").
    bool act(std::initializer_list<const char *> lines)
    {
        for (const char *line : lines) {
            const QString error = test::actAtSimulator(service.get(), QLatin1String(line));
            if (!error.isEmpty()) {
                qWarning() << line << error;
                return false;
            }
        }
        return true;
    }

    /// The answer to one command, waited for.
    QJsonObject send(const char *role, const QJsonObject &command)
    {
        std::optional<QJsonObject> out;
        service->handleCommand(Origin::Bus, QLatin1String(role), QStringLiteral("sue"),
            bytes(command), true, true, [&out](const QJsonObject &reply) { out = reply; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 5000))
            return {};
        return *out;
    }
    static QJsonObject query(const char *action, qint64 from, qint64 to, const char *ext = nullptr)
    {
        QJsonObject c {{"action", action}, {"from", rfc(from)}, {"to", rfc(to)}};
        if (ext)
            c.insert("extension", QLatin1String(ext));
        return c;
    }
};

/// A callback left by `caller` at busy `target` (both idle before).
bool leave(Rig &rig, const char *caller, const char *target, int leftBefore)
{
    const QByteArray c = QByteArray(caller).right(1), t = QByteArray(target).right(1);
    if (!rig.act({("off-hook " + t).constData(), ("off-hook " + c).constData(),
            ("dial " + c + " " + target).constData()}))
        return false;
    if (!QTest::qWaitFor([&] { return rig.state(caller) == QLatin1String("busy-tone"); }, 5000))
        return false;
    if (!rig.act({("key " + c + " CALLBACK").constData(), ("on-hook " + c).constData()}))
        return false;
    return QTest::qWaitFor([&] { return rig.count("request.left") == leftBefore + 1; }, 5000);
}

} // namespace

class TestServiceHistory : public QObject
{
    Q_OBJECT

    Rig m_rig;
    qint64 m_dayStart = 0; ///< 2026-11-02 00:00 in Berlin

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Berlin");
        tzset();
        m_dayStart = at(23, 0, 0, -1);
        QCOMPARE(
            QDateTime::fromMSecsSinceEpoch(m_dayStart, Qt::UTC).toLocalTime().time(), QTime(0, 0));
        QVERIFY(m_rig.start());
        QVERIFY(m_rig.service->history() && m_rig.service->history()->isOn());
    }

    /// The known traffic; every event at the time the test's clock says.
    void playTheDay()
    {
        Rig &rig = m_rig;
        // R1: 103 at busy 104, left 08:00:00, served 08:00:10, completed 08:00:25.
        rig.now = at(8, 0, 0);
        QVERIFY(leave(rig, "103", "104", 0));
        rig.now = at(8, 0, 10);
        QVERIFY(rig.act({"on-hook 4"}));
        QTRY_COMPARE(rig.state("103"), QStringLiteral("callback-ringing"));
        rig.now = at(8, 0, 15);
        QVERIFY(rig.act({"off-hook 3"}));
        QTRY_COMPARE(rig.state("104"), QStringLiteral("ringing"));
        rig.now = at(8, 0, 25);
        QVERIFY(rig.act({"off-hook 4"}));
        QTRY_COMPARE(rig.count("request.ended", "completed"), 1);
        QVERIFY(rig.act({"on-hook 3", "on-hook 4"}));
        QTRY_COMPARE(rig.state("104"), QStringLiteral("idle"));

        // R2: 105 at busy 106, left 09:30:00, cleared by a supervisor at 09:31:00.
        rig.now = at(9, 30, 0);
        QVERIFY(leave(rig, "105", "106", 1));
        rig.now = at(9, 31, 0);
        const qint64 id = rig.events.last().value("id").toInteger();
        QCOMPARE(
            rig.send("supervisor", {{"action", "cancel-request"}, {"id", id}}).value("ok").toBool(),
            true);
        QTRY_COMPARE(rig.count("request.ended", "cleared"), 1);
        QVERIFY(rig.act({"on-hook 6"}));
        QTRY_COMPARE(rig.state("106"), QStringLiteral("idle"));

        // R3: 103 at busy 105, left 10:00:00, served 10:00:05, abandoned 10:00:08.
        rig.now = at(10, 0, 0);
        QVERIFY(leave(rig, "103", "105", 2));
        rig.now = at(10, 0, 5);
        QVERIFY(rig.act({"on-hook 5"}));
        QTRY_COMPARE(rig.state("103"), QStringLiteral("callback-ringing"));
        rig.now = at(10, 0, 6);
        QVERIFY(rig.act({"off-hook 3"}));
        QTRY_COMPARE(rig.state("105"), QStringLiteral("ringing"));
        rig.now = at(10, 0, 8);
        QVERIFY(rig.act({"on-hook 3"}));
        QTRY_COMPARE(rig.count("request.ended", "abandoned"), 1);
        QTRY_COMPARE(rig.state("105"), QStringLiteral("idle"));

        // O1: line 1 rings 12:00:00, the attendant answers 12:00:04 and transfers it to 104 at
        // 12:00:30, 104 answers 12:00:33, the far end drops 12:01:00.
        rig.now = at(12, 0, 0);
        QVERIFY(rig.act({"ring line 1"}));
        QTRY_COMPARE(rig.state("101"), QStringLiteral("ringing-outside"));
        rig.now = at(12, 0, 4);
        QVERIFY(rig.act({"off-hook 1"}));
        QTRY_COMPARE(rig.state("101"), QStringLiteral("talking-outside"));
        rig.now = at(12, 0, 30);
        QVERIFY(
            rig.send("reception", {{"action", "transfer"}, {"to", "104"}}).value("ok").toBool());
        QTRY_COMPARE(rig.state("104"), QStringLiteral("ringing-outside"));
        rig.now = at(12, 0, 33);
        QVERIFY(rig.act({"off-hook 4"}));
        QTRY_COMPARE(rig.state("104"), QStringLiteral("talking-outside"));
        QVERIFY(rig.act({"on-hook 1"}));
        rig.now = at(12, 1, 0);
        QVERIFY(rig.act({"drop line 1"}));
        QTRY_COMPARE(rig.lineState(1), QStringLiteral("free"));
        QVERIFY(rig.act({"on-hook 4"}));
        QTRY_COMPARE(rig.state("104"), QStringLiteral("idle"));

        // O2: line 2 rings 13:00:00; the caller gives up at 13:00:07.
        rig.now = at(13, 0, 0);
        QVERIFY(rig.act({"ring line 2"}));
        QTRY_COMPARE(rig.lineState(2), QStringLiteral("ringing"));
        rig.now = at(13, 0, 7);
        QVERIFY(rig.act({"stop line 2"}));
        QTRY_COMPARE(rig.lineState(2), QStringLiteral("free"));

        // R4: 106 at busy 107, left 22:59:50 (23:59:50 in Berlin), served 22:59:55, completed
        // 23:00:20: the next day in Berlin.
        rig.now = at(22, 59, 50);
        QVERIFY(leave(rig, "106", "107", 4)); // the transfer was a request too
        rig.now = at(22, 59, 55);
        QVERIFY(rig.act({"on-hook 7"}));
        QTRY_COMPARE(rig.state("106"), QStringLiteral("callback-ringing"));
        rig.now = at(23, 0, 0);
        QVERIFY(rig.act({"off-hook 6"}));
        QTRY_COMPARE(rig.state("107"), QStringLiteral("ringing"));
        rig.now = at(23, 0, 20);
        QVERIFY(rig.act({"off-hook 7"}));
        QTRY_COMPARE(rig.count("request.ended", "completed"), 3); // R1, the transfer, R4
        QVERIFY(rig.act({"on-hook 6", "on-hook 7"}));
        QTRY_COMPARE(rig.state("107"), QStringLiteral("idle"));
    }

    /// console-bus.md section 4's report for the Berlin day, computed by hand from the above.
    void reportOfTheDay()
    {
        const QJsonObject r
            = m_rig.send("supervisor", Rig::query("report", m_dayStart, m_dayStart + 86400000));
        QVERIFY2(r.value("ok").toBool(), qPrintable(bytes(r)));
        const QJsonObject cb = r.value("callbacks").toObject();
        QCOMPARE(cb.value("left").toInt(), 4); // R1-R4 (the transfer counts under outside)
        QCOMPARE(cb.value("completed").toInt(), 1); // R4 ended the next day
        QCOMPARE(cb.value("abandoned").toInt(), 1);
        QCOMPARE(cb.value("cleared").toInt(), 1);
        for (const char *zero : {"noAnswer", "reset", "disabled", "expired"})
            QCOMPARE(cb.value(QLatin1String(zero)).toInt(), 0);
        QCOMPARE(cb.value("medianToCompletedSeconds").toDouble(), 25.0);
        QCOMPARE(cb.value("p90ToCompletedSeconds").toDouble(), 25.0);
        const QJsonObject out = r.value("outside").toObject();
        QCOMPARE(out.value("rang").toInt(), 2);
        QCOMPARE(out.value("answered").toInt(), 1);
        QCOMPARE(out.value("abandoned").toInt(), 1);
        QCOMPARE(out.value("transferred").toInt(), 1);
        QCOMPARE(out.value("recalled").toInt(), 0);
        QCOMPARE(out.value("medianToAnswerSeconds").toDouble(), 4.0);
        QCOMPARE(out.value("p90ToAnswerSeconds").toDouble(), 4.0);
        const QJsonArray hours = r.value("leftByHour").toArray();
        QCOMPARE(hours.size(), 24);
        for (int h = 0; h < 24; ++h) // Berlin: 09, 10, 11 and 23
            QCOMPARE(hours.at(h).toInt(), h == 9 || h == 10 || h == 11 || h == 23 ? 1 : 0);

        // The next day: R4's completion, 30 s after it was left; nothing left.
        const QJsonObject next = m_rig.send(
            "supervisor", Rig::query("report", m_dayStart + 86400000, m_dayStart + 2 * 86400000));
        QCOMPARE(next.value("callbacks").toObject().value("left").toInt(), 0);
        QCOMPARE(next.value("callbacks").toObject().value("completed").toInt(), 1);
        QCOMPARE(
            next.value("callbacks").toObject().value("medianToCompletedSeconds").toDouble(), 30.0);
        QCOMPARE(next.value("outside").toObject().value("rang").toInt(), 0);
        QCOMPARE(next.value("outside").toObject().value("medianToAnswerSeconds"),
            QJsonValue(QJsonValue::Null));
        // Both days: 25 s and 30 s.
        const QJsonObject both
            = m_rig.send("supervisor", Rig::query("report", m_dayStart, m_dayStart + 2 * 86400000));
        QCOMPARE(both.value("callbacks").toObject().value("completed").toInt(), 2);
        QCOMPARE(
            both.value("callbacks").toObject().value("medianToCompletedSeconds").toDouble(), 27.5);
        QCOMPARE(
            both.value("callbacks").toObject().value("p90ToCompletedSeconds").toDouble(), 30.0);
        // A range that cuts the morning: 09:30 to 10:00:07 UTC holds R2's end only (R3 ended at
        // 10:00:08, R2 and R3 were left in it).
        const QJsonObject cut
            = m_rig.send("supervisor", Rig::query("report", at(9, 30, 0), at(10, 0, 7)));
        QCOMPARE(cut.value("callbacks").toObject().value("left").toInt(), 2);
        QCOMPARE(cut.value("callbacks").toObject().value("cleared").toInt(), 1);
        QCOMPARE(cut.value("callbacks").toObject().value("abandoned").toInt(), 0);
    }

    /// One extension: the requests it left or was the target of, the outside calls it answered.
    void reportOfOneExtension()
    {
        const qint64 from = m_dayStart, to = m_dayStart + 86400000;
        const QJsonObject r104 = m_rig.send("supervisor", Rig::query("report", from, to, "104"));
        QCOMPARE(r104.value("callbacks").toObject().value("left").toInt(), 1); // R1
        QCOMPARE(r104.value("callbacks").toObject().value("completed").toInt(), 1);
        QCOMPARE(r104.value("callbacks").toObject().value("abandoned").toInt(), 0);
        QCOMPARE(r104.value("outside").toObject().value("rang").toInt(), 0); // 101 answered O1
        const QJsonObject r103 = m_rig.send("supervisor", Rig::query("report", from, to, "103"));
        QCOMPARE(r103.value("callbacks").toObject().value("left").toInt(), 2); // R1, R3
        QCOMPARE(r103.value("callbacks").toObject().value("abandoned").toInt(), 1);
        const QJsonObject r101 = m_rig.send("supervisor", Rig::query("report", from, to, "101"));
        QCOMPARE(r101.value("callbacks").toObject().value("left").toInt(), 0);
        QCOMPARE(r101.value("outside").toObject().value("rang").toInt(), 1);
        QCOMPARE(r101.value("outside").toObject().value("answered").toInt(), 1);
        QCOMPARE(r101.value("outside").toObject().value("transferred").toInt(), 1);
        QCOMPARE(r101.value("outside").toObject().value("medianToAnswerSeconds").toDouble(), 4.0);
    }

    /// `history`: the requests that ended that day, oldest end first, with their times.
    void historyOfTheDay()
    {
        const QJsonObject h
            = m_rig.send("supervisor", Rig::query("history", m_dayStart, m_dayStart + 86400000));
        QVERIFY(h.value("ok").toBool());
        QCOMPARE(h.value("next"), QJsonValue(QJsonValue::Null));
        const QJsonArray rows = h.value("requests").toArray();
        QCOMPARE(rows.size(), 4);
        const auto row = [&rows](int i) { return rows.at(i).toObject(); };
        QCOMPARE(row(0).value("caller").toString(), QStringLiteral("103"));
        QCOMPARE(row(0).value("target").toString(), QStringLiteral("104"));
        QCOMPARE(row(0).value("kind").toString(), QStringLiteral("extension"));
        QCOMPARE(row(0).value("leftAt").toString(), rfc(at(8, 0, 0)));
        QCOMPARE(row(0).value("servedAt").toString(), rfc(at(8, 0, 10)));
        QCOMPARE(row(0).value("endedAt").toString(), rfc(at(8, 0, 25)));
        QCOMPARE(row(0).value("reason").toString(), QStringLiteral("completed"));
        QCOMPARE(row(1).value("caller").toString(), QStringLiteral("105"));
        QCOMPARE(row(1).value("servedAt"), QJsonValue(QJsonValue::Null));
        QCOMPARE(row(1).value("endedAt").toString(), rfc(at(9, 31, 0)));
        QCOMPARE(row(1).value("reason").toString(), QStringLiteral("cleared"));
        QCOMPARE(row(2).value("servedAt").toString(), rfc(at(10, 0, 5)));
        QCOMPARE(row(2).value("endedAt").toString(), rfc(at(10, 0, 8)));
        QCOMPARE(row(2).value("reason").toString(), QStringLiteral("abandoned"));
        QCOMPARE(row(3).value("kind").toString(), QStringLiteral("transfer"));
        QCOMPARE(row(3).value("caller").toString(), QStringLiteral("101"));
        QCOMPARE(row(3).value("target").toString(), QStringLiteral("104"));
        QCOMPARE(row(3).value("leftAt").toString(), rfc(at(12, 0, 30)));
        QCOMPARE(row(3).value("endedAt").toString(), rfc(at(12, 0, 33)));
        // The ids are the bus's: the same as the request.ended events said, in that order.
        QList<qint64> ended;
        for (const QJsonObject &e : std::as_const(m_rig.events)) {
            if (e.value("kind") == QLatin1String("request.ended"))
                ended << e.value("id").toInteger();
        }
        QCOMPARE(ended.size(), 5);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(row(i).value("id").toInteger(), ended.at(i));
        // Section 4: a malformed time is bad-request naming the member.
        QJsonObject bad = Rig::query("history", m_dayStart, m_dayStart + 1);
        bad.insert("to", "tomorrow");
        const QJsonObject refused = m_rig.send("supervisor", bad);
        QCOMPARE(refused.value("error").toString(), QStringLiteral("bad-request"));
        QVERIFY(refused.value("message").toString().contains(QLatin1String("\"to\"")));
        QCOMPARE(m_rig.send("reception", Rig::query("report", 0, 1)).value("error").toString(),
            QStringLiteral("forbidden"));
    }

    /// Issue 12: "Remote supervisors get the same report as local ones": the same commands over
    /// a real broker (a supervisor's BusClient) and in-process, compared member by member.
    void remoteSupervisorsGetTheSameAnswers()
    {
        test::TestBroker broker;
        broker.addService(QStringLiteral("svc"), QStringLiteral("pw-svc"));
        broker.addConsole(QStringLiteral("sue"), QStringLiteral("pw-sue"),
            {QStringLiteral("reception"), QStringLiteral("supervisor")});
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        bus::MqttClient::Settings svc;
        svc.host = broker.host();
        svc.port = broker.port();
        svc.user = QStringLiteral("svc");
        svc.password = QStringLiteral("pw-svc");
        BusService bus(m_rig.service.get(), svc, broker.system());
        bus.start();
        client::BusClient::Settings s;
        s.mqtt = svc;
        s.mqtt.user = QStringLiteral("sue");
        s.mqtt.password = QStringLiteral("pw-sue");
        s.system = broker.system();
        s.roles = client::Roles(client::Role::Reception) | client::Role::Supervisor;
        client::BusClient sue(s);
        sue.start();
        QTRY_VERIFY_WITH_TIMEOUT(sue.picture().isCurrent(), 15000);

        const QList<QJsonObject> commands = {
            Rig::query("report", m_dayStart, m_dayStart + 86400000),
            Rig::query("report", m_dayStart, m_dayStart + 2 * 86400000, "103"),
            Rig::query("report", at(9, 30, 0), at(10, 0, 7)),
            Rig::query("history", m_dayStart, m_dayStart + 2 * 86400000),
        };
        for (const QJsonObject &command : commands) {
            const QJsonObject local = m_rig.send("supervisor", command);
            QVERIFY(local.value("ok").toBool());
            // The operation deletes itself once finished: what it said is kept here.
            client::CommandOperation *op = sue.send(client::Role::Supervisor, command);
            std::optional<QJsonObject> answer;
            QString error;
            connect(op, &client::CommandOperation::finished, this, [&answer, &error, op] {
                error = op->errorMessage();
                answer = op->reply();
            });
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QJsonObject remote = *answer;
            for (auto it = local.begin(); it != local.end(); ++it)
                QVERIFY2(remote.value(it.key()) == QJsonValue(it.value()),
                    qPrintable(it.key() + QStringLiteral(": ")
                        + QJsonDocument(
                            QJsonObject {{"remote", remote.value(it.key())}, {"local", it.value()}})
                              .toJson(QJsonDocument::Compact)));
            QCOMPARE(remote.keys(), local.keys());
        }
        QSignalSpy stopped(&bus, &BusService::stopped);
        bus.stop();
        QVERIFY(stopped.wait(BusService::stopTimeoutMs + 1000));
    }

    /// Issue 12 item 1: "Retention is programmable": the programming's historyRetentionDays is in
    /// force at once. The day above is a month old by the system's clock: 400 days keep it, one
    /// day prunes it.
    void retentionIsProgrammed()
    {
        const qint64 from = m_dayStart, to = m_dayStart + 2 * 86400000;
        QCOMPARE(
            m_rig.service->runtime()->processor().programming().options.historyRetentionDays, 400);
        QVERIFY(QDateTime::currentMSecsSinceEpoch() - to < 399LL * 86400000); // kept
        QCOMPARE(m_rig.send("supervisor", Rig::query("history", from, to))
                     .value("requests")
                     .toArray()
                     .size(),
            5);
        core::Programming p = m_rig.service->runtime()->processor().programming();
        p.options.historyRetentionDays = 1;
        const QJsonObject apply {{"action", "apply-programming"},
            {"programming", QJsonDocument::fromJson(core::programmingjson::write(p)).object()},
            {"basedOn", m_rig.service->revision()}};
        QSignalSpy pruned(m_rig.service->history(), &HistoryStore::pruned);
        QVERIFY(m_rig.send("installer", apply).value("ok").toBool());
        QVERIFY(pruned.wait());
        QCOMPARE(m_rig.send("supervisor", Rig::query("history", from, to))
                     .value("requests")
                     .toArray()
                     .size(),
            0);
        QCOMPARE(m_rig.send("supervisor", Rig::query("report", from, to))
                     .value("outside")
                     .toObject()
                     .value("rang")
                     .toInt(),
            0);
    }

    /// Issue 12 item 1: "A corrupt or unreadable database is named. The service keeps running,
    /// and the database is never overwritten silently": a service whose history.db is garbage
    /// says so in one line at start, keeps the file aside byte for byte, and records anew.
    void damagedDatabaseIsNamedAndTheServiceRuns()
    {
        Rig rig;
        const QString file = rig.dir.filePath(QStringLiteral("history.db"));
        QByteArray garbage(4096, 'x');
        garbage.replace(0, 9, "not a db\n");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        CallService::Settings s;
        s.connection.stations = 8;
        s.connection.lines = 2;
        s.connectionChosen = true;
        s.programmingFile = rig.dir.filePath(QStringLiteral("programming.json"));
        CallService service(s);
        // The history opens on its own thread: what it says comes after the constructor.
        QSignalSpy added(&service, &CallService::startMessagesAdded);
        QTRY_VERIFY_WITH_TIMEOUT(service.history()->isOpened(), 10000);
        QTRY_COMPARE(added.size(), 1);
        const QStringList named
            = service.startMessages().filter(QStringLiteral("history database"));
        QCOMPARE(named.size(), 1);
        QCOMPARE(added.at(0).at(0).toStringList(), named);
        QVERIFY2(named.constFirst().contains(file)
                && named.constFirst().contains(QStringLiteral("not an SQLite database")),
            qPrintable(named.constFirst()));
        QSignalSpy said(&service, &CallService::line);
        service.start();
        QStringList lines;
        for (const QList<QVariant> &l : std::as_const(said))
            lines << l.at(0).toString();
        QVERIFY2(lines.contains(named.constFirst()), qPrintable(lines.join('\n'))); // line() too
        const QStringList aside = QDir(rig.dir.path()).entryList({"history.db.corrupt-*"});
        QCOMPARE(aside.size(), 1);
        QFile kept(rig.dir.filePath(aside.constFirst()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
        QVERIFY(service.history()->isOn());
        std::optional<QJsonObject> out;
        service.handleCommand(Origin::InProcess, QStringLiteral("supervisor"),
            QStringLiteral("sue"),
            bytes(Rig::query("history", 0, QDateTime::currentMSecsSinceEpoch() + 1000)), true, true,
            [&out](const QJsonObject &r) { out = r; });
        QTRY_VERIFY(out.has_value());
        QVERIFY(out->value("ok").toBool());
        service.stop();
    }

    /// Issue 12 item 1 on a fresh machine: the history's default place is the service's folder
    /// (beside the default programming file), which nothing has made before the first save. The
    /// service makes it; history is on from the first start. (A folder named with --config is
    /// not made: damagedDatabaseIsNamedAndTheServiceRuns and the rest name existing ones.)
    void historyFolderIsMadeOnTheFirstStart()
    {
        QTemporaryDir dir;
        // The default place follows XDG_CONFIG_HOME (QStandardPaths reads it at each call).
        const QByteArray kept = qgetenv("XDG_CONFIG_HOME");
        const bool hadIt = qEnvironmentVariableIsSet("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
        const auto restore = qScopeGuard([&] {
            if (hadIt)
                qputenv("XDG_CONFIG_HOME", kept);
            else
                qunsetenv("XDG_CONFIG_HOME");
        });
        CallService::Settings s;
        s.connection.stations = 8;
        s.connection.lines = 2;
        s.connectionChosen = true; // programmingFile empty: the default
        CallService service(s);
        QVERIFY2(service.programmingFile().startsWith(dir.path()),
            qPrintable(service.programmingFile()));
        QTRY_VERIFY_WITH_TIMEOUT(service.history()->isOpened(), 10000);
        QVERIFY2(service.history()->isOn(), qPrintable(service.history()->problem()));
        QCOMPARE(service.history()->path(),
            QFileInfo(service.programmingFile())
                .absoluteDir()
                .filePath(QStringLiteral("history.db")));
        QVERIFY(QFileInfo::exists(service.history()->path()));
        QCOMPARE(
            service.startMessages().filter(QStringLiteral("history database"), Qt::CaseInsensitive),
            QStringList());
    }

    /// Issue 12 review: a batch that fails to write (here the file locked by another connection,
    /// as a backup tool or a full disk would) is kept and written ahead of newer rows once it
    /// can; the failure and the recovery are said once each, the failure before the batch's
    /// committed() (its events are published then: the service does not hold the bus up).
    void failedWritesAreKeptAndWrittenLater()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.db"));
        HistoryStore store(file);
        QTRY_VERIFY_WITH_TIMEOUT(store.isOpened(), 10000); // it opens on its own thread
        QVERIFY(store.isOn());
        QStringList said;
        qint64 committedAfterSaid = -1;
        connect(&store, &HistoryStore::line, this, [&said](const QString &l) { said << l; });
        connect(&store, &HistoryStore::committed, this, [&](qint64 batch) {
            if (!said.isEmpty() && committedAfterSaid < 0)
                committedAfterSaid = batch;
        });
        const QString lock = QStringLiteral("t-lock");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lock);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        }
        const qint64 t0 = at(9, 0, 0);
        auto record = [t0](qint64 id) {
            RequestRecord r;
            r.run = QStringLiteral("r1");
            r.id = id;
            r.caller = QStringLiteral("103");
            r.target = QStringLiteral("104");
            r.kind = QStringLiteral("extension");
            r.leftAt = t0 + id;
            r.endedAt = t0 + id + 10;
            r.reason = QStringLiteral("completed");
            return r;
        };
        for (qint64 id = 1; id <= 3; ++id)
            store.add(record(id));
        const qint64 first = store.collecting();
        store.flush();
        // The busy timeout (5 s) passes first.
        QTRY_VERIFY_WITH_TIMEOUT(store.lastCommitted() >= first, 15000);
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.constFirst().contains(file) && said.constFirst().contains("wait"),
            qPrintable(said.constFirst()));
        QCOMPARE(committedAfterSaid, first);
        {
            QSqlDatabase held = QSqlDatabase::database(lock, false);
            QVERIFY(held.rollback());
            held.close();
        }
        QSqlDatabase::removeDatabase(lock);
        store.add(record(4)); // newer: after the waiting ones
        store.flush();
        QTRY_COMPARE_WITH_TIMEOUT(said.size(), 2, 15000);
        QVERIFY2(said.at(1).contains("written again") && said.at(1).contains("3 rows"),
            qPrintable(said.at(1)));
        std::optional<QJsonObject> out;
        HistoryQuery q;
        q.from = t0;
        q.to = t0 + 1000;
        store.history(q, [&out](const QJsonObject &o) { out = o; });
        QTRY_VERIFY(out.has_value());
        const QJsonArray rows = out->value("requests").toArray();
        QCOMPARE(rows.size(), 4);
        QList<qint64> ids; // in the order written (endSeq): the waiting ones first
        for (const QJsonValue &r : rows)
            ids << r.toObject().value("id").toInteger();
        QCOMPARE(ids, (QList<qint64> {1, 2, 3, 4}));
    }

    /// SB-BUS/1: every command is answered exactly once. A history or report query in flight
    /// when the store (the service) goes is answered not-possible, "the service is stopping".
    void queriesInFlightAreAnsweredWhenTheStoreGoes()
    {
        QTemporaryDir dir;
        auto store = std::make_unique<HistoryStore>(dir.filePath(QStringLiteral("history.db")));
        QTRY_VERIFY_WITH_TIMEOUT(store->isOpened(), 10000);
        QList<QJsonObject> answers;
        HistoryQuery q;
        q.from = 0;
        q.to = QDateTime::currentMSecsSinceEpoch();
        store->history(q, [&answers](const QJsonObject &o) { answers << o; });
        store->report(q, [&answers](const QJsonObject &o) { answers << o; });
        store.reset(); // before the history thread's answers came back
        QCOMPARE(answers.size(), 2);
        for (const QJsonObject &a : std::as_const(answers)) {
            QCOMPARE(a.value("ok").toBool(true), false);
            QCOMPARE(a.value("error").toString(), QStringLiteral("not-possible"));
            QCOMPARE(a.value("message").toString(), QStringLiteral("the service is stopping"));
        }
        QCoreApplication::processEvents(); // nothing more comes
        QCOMPARE(answers.size(), 2);
    }

    /// The same through the call service: its history command in flight when it is destroyed
    /// gets its one answer.
    void historyCommandInFlightIsAnsweredWhenTheServiceGoes()
    {
        Rig rig;
        QVERIFY(rig.start());
        QList<QJsonObject> answers;
        rig.service->handleCommand(Origin::InProcess, QStringLiteral("supervisor"),
            QStringLiteral("sue"),
            bytes(Rig::query("report", 0, QDateTime::currentMSecsSinceEpoch() + 1000)), true, true,
            [&answers](const QJsonObject &r) { answers << r; });
        rig.service.reset();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.constFirst().value("error").toString(), QStringLiteral("not-possible"));
    }

    void cleanupTestCase()
    {
        m_rig.service->stop();
        m_rig.service.reset();
    }
};

QTEST_GUILESS_MAIN(TestServiceHistory)
#include "tst_servicehistory.moc"
