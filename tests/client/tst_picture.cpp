// The client-side picture of SB-BUS/1's retained state (console-bus.md section 2).
#include "client/picture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace sb;
using namespace sb::client;

// QCOMPARE on core's enums only prints on failure, through core::toString's static text, which
// QTest then frees: compare them through this instead.
#define COMPARE_ENUM(actual, expected) QCOMPARE(core::toString(actual), core::toString(expected))

namespace {

QJsonObject extension(quint64 rev, const QString &number, const QString &state = "idle")
{
    return QJsonObject {{"rev", double(rev)}, {"port", 1}, {"number", number},
        {"name", "Name " + number}, {"type", "keyset"}, {"state", state}, {"offHook", false},
        {"peer", QJsonValue::Null}, {"line", QJsonValue::Null}, {"dnd", false},
        {"forwardTo", QJsonValue::Null}, {"waiting", QJsonArray {}}, {"left", QJsonArray {}},
        {"campedOn", false}};
}

QJsonObject request(quint64 rev, quint64 id, const QString &caller, const QString &target)
{
    return QJsonObject {{"rev", double(rev)}, {"id", double(id)}, {"caller", caller},
        {"target", target.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(target)},
        {"kind", target.isEmpty() ? "line" : "extension"},
        {"leftAt", QString("2026-12-02T09:%1:00.120Z").arg(id % 60, 2, 10, QChar('0'))},
        {"position", 1}, {"state", "waiting"}, {"line", QJsonValue::Null}};
}

QJsonObject line(quint64 rev, int n)
{
    return QJsonObject {{"rev", double(rev)}, {"line", n}, {"state", "free"},
        {"station", QJsonValue::Null}, {"since", QJsonValue::Null}};
}

QJsonObject index(quint64 rev, const QString &epoch, const QStringList &extensions,
    const QList<int> &lines = {}, const QList<quint64> &requests = {})
{
    QJsonArray l, r;
    for (int n : lines)
        l << n;
    for (quint64 id : requests)
        r << double(id);
    return QJsonObject {{"rev", double(rev)}, {"epoch", epoch},
        {"extensions", QJsonArray::fromStringList(extensions)}, {"lines", l}, {"requests", r}};
}

QJsonObject service(const QString &state, const QString &epoch)
{
    return QJsonObject {{"state", state}, {"version", "1.0"},
        {"started", "2026-12-02T09:00:00.000Z"}, {"epoch", epoch}};
}

QJsonObject link(bool up)
{
    return QJsonObject {{"up", up}, {"state", up ? "up" : "down"}, {"model", "SIM-1"},
        {"firmware", 3}, {"bootId", 7}, {"framesSent", 10}, {"framesReceived", 11},
        {"retransmissions", 0}, {"framingErrors", 0}, {"controllerErrors", 0}, {"outages", 0},
        {"lastReset", QJsonValue::Null}};
}

} // namespace

class TestPicture : public QObject
{
    Q_OBJECT
private slots:
    // Section 2: "A client keeps, per topic, the message with the highest rev."
    void olderRevIsIgnored()
    {
        Picture p;
        p.apply("index", index(1, "e1", {"104"}));
        p.apply("extension/104", extension(5, "104", "talking"));
        p.apply("extension/104", extension(3, "104", "idle"));
        p.apply("extension/104", extension(5, "104", "idle")); // same rev: not newer
        p.flush();
        QVERIFY(p.extension("104"));
        COMPARE_ENUM(p.extension("104")->state, core::CallState::Talking);
        QCOMPARE(p.extension("104")->rev, quint64(5));
        p.apply("extension/104", extension(6, "104", "ringing-outside"));
        COMPARE_ENUM(p.extension("104")->state, core::CallState::RingingOutside);
        QCOMPARE(p.rev(), quint64(6));
    }

    // Section 2: "a client that sees a new epoch drops what it held and starts over".
    void newEpochDropsEverything()
    {
        Picture p;
        p.apply("service", service("online", "e1"));
        p.apply("link", link(true));
        p.apply("extension/104", extension(50, "104", "talking"));
        p.apply("request/9", request(51, 9, "104", "105"));
        p.apply("index", index(52, "e1", {"104"}, {}, {9}));
        p.flush();
        QVERIFY(p.isCurrent());
        QSignalSpy reset(&p, &Picture::reset);

        p.apply("service", service("online", "e2"));
        p.flush();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(p.epoch(), QString("e2"));
        QVERIFY(p.extensions().isEmpty());
        QVERIFY(!p.request(9));
        QVERIFY(!p.isComplete());
        QVERIFY(!p.link().known);
        // The new run's revs start low again and are taken.
        p.apply("extension/104", extension(2, "104", "idle"));
        p.apply("index", index(3, "e2", {"104"}));
        p.apply("link", link(true));
        p.flush();
        QVERIFY(p.isComplete());
        COMPARE_ENUM(p.extension("104")->state, core::CallState::Idle);
        // A retained leftover of the earlier run (its index) does not flip the picture back.
        p.apply("index", index(60, "e1", {"104", "105"}));
        p.flush();
        QCOMPARE(p.epoch(), QString("e2"));
        QVERIFY(p.isComplete());
    }

    // Section 2: "A client shows only the items the index names"; complete once it holds the
    // index and a message for every item the index names.
    void indexMembership()
    {
        Picture p;
        p.apply("extension/104", extension(1, "104"));
        p.apply("extension/105", extension(2, "105"));
        p.flush();
        QVERIFY(p.extensions().isEmpty()); // no index yet
        QVERIFY(!p.isComplete());

        p.apply("index", index(3, "e1", {"104", "106"}, {1}, {}));
        p.flush();
        QCOMPARE(p.extensions().size(), 1);
        QVERIFY(p.extension("104"));
        QVERIFY(!p.extension("105")); // older than the index and not named: gone
        QVERIFY(!p.isComplete()); // 106 and line 1 are named but not held

        p.apply("extension/106", extension(4, "106"));
        p.flush();
        QVERIFY(!p.isComplete());
        p.apply("line/1", line(5, 1));
        p.flush();
        QVERIFY(p.isComplete());
        QCOMPARE(p.lines().size(), 1);

        // A new item arrives before the index that names it (the service's order): held, not
        // shown, then shown.
        p.apply("extension/99", extension(6, "99"));
        p.flush();
        QVERIFY(!p.extension("99"));
        p.apply("index", index(7, "e1", {"104", "106", "99"}, {1}, {}));
        p.flush();
        QStringList numbers;
        for (const Extension *e : p.extensions())
            numbers << e->number;
        QCOMPARE(numbers, QStringList({"99", "104", "106"})); // number order
    }

    // Issue 11 (T1–T9): R/state/line/<n> with each state, its station and since, and a request
    // of kind transfer with its line; linesChanged and requestsChanged tell of them.
    void linesAndTransferRequests()
    {
        Picture p;
        p.apply("index", index(1, "e1", {}, {1, 2}, {30}));
        p.flush();
        QSignalSpy lines(&p, &Picture::linesChanged);
        QSignalSpy requests(&p, &Picture::requestsChanged);
        const QStringList states {"free", "ringing", "talking", "held", "transfer", "recall"};
        quint64 rev = 2;
        for (const QString &state : states) {
            QJsonObject l = line(rev++, 2);
            l["state"] = state;
            l["station"] = state == "free" ? QJsonValue(QJsonValue::Null) : QJsonValue("103");
            l["since"] = "2026-12-02T09:15:04.120Z";
            p.apply("line/2", l);
            p.flush();
            QCOMPARE(p.lines().size(), 1); // line 1 not held yet
            QCOMPARE(p.lines().first()->state, state);
            QCOMPARE(p.lines().first()->station, state == "free" ? QString() : "103");
            QCOMPARE(p.lines().first()->since,
                QDateTime::fromString("2026-12-02T09:15:04.120Z", Qt::ISODateWithMs));
        }
        QCOMPARE(lines.count(), states.size());
        QJsonObject t = request(rev++, 30, "101", "104");
        t["kind"] = "transfer";
        t["line"] = 2;
        t["state"] = "camped-on";
        t["position"] = 2;
        p.apply("request/30", t);
        p.flush();
        QCOMPARE(requests.count(), 1);
        const Request *r = p.request(30);
        QVERIFY(r);
        QVERIFY(r->transfer);
        QCOMPARE(r->line, 2);
        QCOMPARE(r->target, QStringLiteral("104"));
        QCOMPARE(r->position, 2);
        COMPARE_ENUM(r->state, core::RequestState::CampedOn);
        p.apply("request/30", QJsonObject());
        p.flush();
        QVERIFY(!p.request(30));
        QCOMPARE(requests.count(), 2);
    }

    // Section 2: an empty retained payload deletes the item.
    void emptyPayloadDeletes()
    {
        Picture p;
        p.apply("request/9", request(1, 9, "104", "105"));
        p.apply("request/10", request(2, 10, "105", ""));
        p.apply("index", index(3, "e1", {}, {}, {9, 10}));
        p.flush();
        QCOMPARE(p.requests().size(), 2);
        QCOMPARE(p.requests().at(0)->id, core::RequestId(9)); // left order
        QVERIFY(p.request(10)->target.isEmpty());
        COMPARE_ENUM(p.request(10)->kind, core::RequestKind::LineGroup);
        QSignalSpy changed(&p, &Picture::requestsChanged);
        // The service drops the item from the index first, then deletes it.
        p.apply("index", index(4, "e1", {}, {}, {10}));
        p.apply("request/9", {});
        p.flush();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!p.request(9));
        QCOMPARE(p.requests().size(), 1);
        QVERIFY(p.isComplete());
    }

    // A broker may carry anything: wrong types are ignored (with a warning), never crash.
    void malformedPayloadsAreIgnored()
    {
        Picture p;
        p.apply("index", index(1, "e1", {"104"}));
        p.apply("extension/104", extension(2, "104", "talking"));
        p.flush();
        const QList<QJsonObject> bad = {
            QJsonObject {{"rev", "3"}},
            [] {
                auto o = extension(3, "104");
                o["rev"] = 3.5;
                return o;
            }(),
            [] {
                auto o = extension(3, "104");
                o["rev"] = -1;
                return o;
            }(),
            [] {
                auto o = extension(3, "104");
                o["rev"] = 1e300;
                return o;
            }(),
            [] {
                auto o = extension(3, "104");
                o["state"] = "dancing";
                return o;
            }(),
            [] {
                auto o = extension(3, "104");
                o["offHook"] = 1;
                return o;
            }(),
            [] {
                auto o = extension(3, "104");
                o["waiting"] = QJsonArray {"x"};
                return o;
            }(),
            [] {
                auto o = extension(3, "104");
                o["peer"] = 105;
                return o;
            }(),
            [] {
                auto o = extension(3, "104");
                o["number"] = "105";
                return o;
            }(),
            [] {
                auto o = extension(3, "104");
                o.remove("rev");
                return o;
            }(),
        };
        for (const QJsonObject &o : bad) {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression("ignoring a bad state/ext.*"));
            p.apply("extension/104", o);
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("ignoring a bad state/index.*"));
        p.apply("index", QJsonObject {{"rev", 9}, {"extensions", "104"}});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("ignoring a bad state/service.*"));
        p.apply("service", QJsonObject {{"state", true}});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("ignoring a bad state/link.*"));
        p.apply("link", QJsonObject {{"up", "yes"}});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("ignoring a bad state/request.*"));
        p.apply("request/5", QJsonObject {{"rev", 10}, {"leftAt", "yesterday"}});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("ignoring state/request/.*"));
        p.apply("request/-5", request(10, 5, "104", ""));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("ignoring state/extension/.*"));
        p.apply("extension/1a", extension(10, "1a"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("ignoring a bad state/programm.*"));
        p.apply("programming", QJsonObject {{"revision", 1}, {"version", "one"}});
        p.apply("somethingnew/1", QJsonObject {{"x", 1}}); // unknown topics: ignored quietly
        p.flush();
        COMPARE_ENUM(p.extension("104")->state, core::CallState::Talking);
        QCOMPARE(p.extension("104")->rev, quint64(2));
        QVERIFY(p.isComplete());
        QVERIFY(!p.service().known);

        // Unknown members are ignored (section 1).
        auto more = extension(4, "104", "idle");
        more["colour"] = "blue";
        p.apply("extension/104", more);
        COMPARE_ENUM(p.extension("104")->state, core::CallState::Idle);
    }

    // Change signals are coalesced: one extensionsChanged naming each touched tile once, so
    // the grid's model refreshes only those rows.
    void changeSignalsAreCoalesced()
    {
        Picture p;
        QStringList all;
        for (int i = 100; i < 110; ++i)
            all << QString::number(i);
        for (const QString &n : all)
            p.apply("extension/" + n, extension(1, n));
        p.apply("index", index(2, "e1", all));
        QSignalSpy reset(&p, &Picture::reset);
        QSignalSpy changed(&p, &Picture::extensionsChanged);
        QVERIFY(reset.wait()); // emitted from the event loop, once
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 0); // a reset says it all
        QCOMPARE(p.extensions().size(), 10);

        quint64 rev = 3;
        for (int k = 0; k < 50; ++k) {
            p.apply("extension/103", extension(rev++, "103", k % 2 ? "talking" : "idle"));
            p.apply("extension/107", extension(rev++, "107", k % 2 ? "idle" : "talking"));
        }
        QSignalSpy requests(&p, &Picture::requestsChanged);
        QVERIFY(changed.wait());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toStringList(), QStringList({"103", "107"}));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(requests.count(), 0);
        COMPARE_ENUM(p.extension("107")->state, core::CallState::Idle); // the last of 50
        COMPARE_ENUM(p.extension("103")->state, core::CallState::Talking);
    }

    // Section 2: offline service, link down or an incomplete picture is not current.
    void currentNeedsServiceLinkAndComplete()
    {
        Picture p;
        QSignalSpy current(&p, &Picture::currentChanged);
        p.apply("index", index(1, "e1", {}));
        p.apply("service", service("online", "e1"));
        p.flush();
        QVERIFY(!p.isCurrent()); // link not known
        p.apply("link", link(true));
        p.flush();
        QVERIFY(p.isCurrent());
        p.apply("link", link(false));
        p.flush();
        QVERIFY(!p.isCurrent());
        p.apply("link", link(true));
        p.apply("service", QJsonObject {{"state", "offline"}}); // the will
        p.flush();
        QVERIFY(!p.isCurrent());
        QVERIFY(!p.service().online);
        p.apply("service", service("online", "e1"));
        p.flush();
        QVERIFY(p.isCurrent());
        p.setReachable(false); // the broker connection is lost
        p.flush();
        QVERIFY(!p.isCurrent());
        QCOMPARE(current.count(), 4); // up, down, (offline: stays down), up, unreachable
    }

    // On reconnect the broker sends its retained copy of each topic again; if the service
    // restarted meanwhile, items of the new run may arrive before its state/service.
    void resyncAfterServiceRestart()
    {
        Picture p;
        p.apply("service", service("online", "e1"));
        p.apply("extension/104", extension(5000, "104", "talking"));
        p.apply("extension/105", extension(5001, "105", "talking"));
        p.apply("index", index(5002, "e1", {"104", "105"}));
        p.flush();
        QVERIFY(p.isComplete());

        p.beginResync();
        p.flush(); // the retained copies arrive some event-loop turns later
        p.apply("extension/104", extension(3, "104", "idle")); // the new run's, rev low
        p.apply("index", index(4, "e2", {"104"}));
        p.apply("service", service("online", "e2"));
        p.flush();
        QCOMPARE(p.epoch(), QString("e2"));
        QVERIFY(p.isComplete());
        QCOMPARE(p.extensions().size(), 1);
        COMPARE_ENUM(p.extension("104")->state, core::CallState::Idle);
        // After the resync the rev rule holds again.
        p.apply("extension/104", extension(2, "104", "talking"));
        COMPARE_ENUM(p.extension("104")->state, core::CallState::Idle);
    }

    // The service crashed (its will says offline) and a new run publishes its items before
    // its state/service: they replace the old run's although their revs are lower; the old
    // run's will, arriving late, is ignored.
    void serviceRestartWhileConnected()
    {
        Picture p;
        p.apply("service", service("online", "e1"));
        p.apply("link", link(true));
        p.apply("extension/104", extension(5000, "104", "talking"));
        p.apply("index", index(5001, "e1", {"104"}));
        p.flush();
        QVERIFY(p.isCurrent());

        p.apply("service", service("offline", "e1"));
        p.flush();
        QVERIFY(!p.isCurrent());
        p.apply("extension/104", extension(1, "104", "idle"));
        p.apply("link", link(true));
        p.apply("index", index(2, "e2", {"104"}));
        p.apply("service", service("online", "e2"));
        p.flush();
        QVERIFY(p.isCurrent());
        COMPARE_ENUM(p.extension("104")->state, core::CallState::Idle);

        p.apply("service", service("offline", "e1")); // the first run's will, late
        p.flush();
        QVERIFY(p.isCurrent());
        QCOMPARE(p.epoch(), QString("e2"));
    }

    // Issue 10's late joiner: 1,000 extensions and 5,000 requests, one message per event-loop
    // turn (a flush after each), index first. The counts are kept per message, so this stays
    // linear; the picture is complete exactly when the last item arrives.
    void lateJoinerAtScale()
    {
        Picture p;
        QStringList numbers;
        QList<quint64> ids;
        for (int i = 0; i < 1000; ++i)
            numbers << QString::number(1000 + i);
        for (quint64 id = 1; id <= 5000; ++id)
            ids << id;
        p.apply("service", service("online", "e1"));
        p.apply("link", link(true));
        p.apply("index", index(7000, "e1", numbers, {}, ids));
        p.flush();
        quint64 rev = 1;
        for (quint64 id : ids) {
            QVERIFY(!p.isComplete());
            p.apply("request/" + QString::number(id),
                request(rev++, id, numbers.at(int(id % 1000)), numbers.at(int((id + 1) % 1000))));
            p.flush();
        }
        for (const QString &n : numbers) {
            QVERIFY(!p.isCurrent());
            p.apply("extension/" + n, extension(rev++, n));
            p.flush();
        }
        QVERIFY(p.isCurrent());
        QCOMPARE(p.extensions().size(), 1000);
        QCOMPARE(p.extensions().first()->number, QString("1000"));
        QCOMPARE(p.requests().size(), 5000);
        // A request ends: dropped from the index first, then deleted; still complete.
        ids.removeOne(17);
        p.apply("index", index(7001, "e1", numbers, {}, ids));
        p.apply("request/17", {});
        p.flush();
        QVERIFY(p.isCurrent());
        QCOMPARE(p.requests().size(), 4999);
    }

    void programmingAndLink()
    {
        Picture p;
        QSignalSpy programming(&p, &Picture::programmingChanged);
        const auto file = QJsonDocument::fromJson(
            R"({"format":"switchboard-programming","version":1,"options":{},"extensions":[
            {"number":"100","name":"Reception","type":"attendant","port":1}]})")
                              .object();
        QVERIFY(!file.isEmpty());
        QJsonObject o = file;
        o["revision"] = 12;
        p.apply("programming", o);
        p.flush();
        QCOMPARE(programming.count(), 1);
        QVERIFY(p.programming());
        QCOMPARE(p.programming()->extensions.size(), 1);
        QCOMPARE(p.programmingRevision(), qint64(12));
        p.apply("link", link(true));
        QCOMPARE(p.link().model, QString("SIM-1"));
        QCOMPARE(p.link().bootId, quint32(7));
        QVERIFY(!p.link().lastReset.isValid());
    }
};

QTEST_GUILESS_MAIN(TestPicture)
#include "tst_picture.moc"
