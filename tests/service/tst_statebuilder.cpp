// The retained state and the events of SB-BUS/1 (../shared/spec/console-bus.md sections 2 and
// 3) as StateBuilder and EventTranslator make them from a real call processor driven through
// the seed's story and the rules around it. Payloads are compared whole, member by member.

#include "service/eventtranslator.h"
#include "service/statebuilder.h"

#include "../core/rig.h"
#include "core/programmingjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

using namespace sb::core;
using namespace sb::core::test;
using namespace sb::service;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", qPrintable(error.errorString()));
    return d.object();
}

QByteArray text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// Wall-clock time of processor time 0 in these tests.
const QDateTime started(QDate(2026, 12, 2), QTime(9, 15, 0), QTimeZone::utc());

/// A rig whose notifications become events, as the service turns them.
struct Bus
{
    Rig r;
    EventTranslator translator;

    Bus() { translator.reset(r.processor); }

    /// The events of what happened since the last call; forgets the processor's output.
    QList<QJsonObject> events()
    {
        const QList<QJsonObject> out = translator.translate(
            r.processor, r.processor.notifications(), StateBuilder::wallClock(started, r.now));
        r.take();
        return out;
    }

    RequestId only(int caller)
    {
        const std::vector<RequestId> ids = r.processor.requestsLeftBy(caller);
        return ids.size() == 1 ? ids.front() : 0;
    }
};

QStringList kinds(const QList<QJsonObject> &events)
{
    QStringList out;
    for (const QJsonObject &e : events)
        out << e.value(QLatin1String("kind")).toString();
    return out;
}

} // namespace

#define SAME(actual, expected)                                                                     \
    do {                                                                                           \
        const QByteArray a_ = text(actual), e_ = text(json(expected));                             \
        QVERIFY2(a_ == e_,                                                                         \
            qPrintable(QStringLiteral("\n  got:      %1\n  expected: %2")                          \
                           .arg(QString::fromUtf8(a_), QString::fromUtf8(e_))));                   \
    } while (0)

class TestStateBuilder : public QObject
{
    Q_OBJECT

private slots:
    // Section 1: "Times are RFC 3339 UTC with milliseconds ("2026-12-02T09:15:04.120Z")".
    void rfc3339IsUtcWithMilliseconds()
    {
        QCOMPARE(StateBuilder::rfc3339(started.addMSecs(4120)),
            QStringLiteral("2026-12-02T09:15:04.120Z"));
        const QDateTime berlin(QDate(2026, 12, 2), QTime(10, 15, 4, 5), QTimeZone(3600));
        QCOMPARE(StateBuilder::rfc3339(berlin), QStringLiteral("2026-12-02T09:15:04.005Z"));
        QVERIFY(StateBuilder::rfc3339OrNull(QDateTime()).isNull());
        QCOMPARE(StateBuilder::wallClock(started, 61001), started.addSecs(61).addMSecs(1));
    }

    // Section 2: the extension, request and index payloads through the seed's story: B busy,
    // A calls B, CALLBACK, A hangs up, B hangs up, A rings back, A answers, then B.
    void seedStoryPayloads()
    {
        Bus b;
        Rig &r = b.r;
        r.now = 4120;
        r.offHook(4); // B
        r.offHook(3); // A
        r.dial(3, "104");
        SAME(StateBuilder::extension(r.processor, 3, 7),
            R"({"rev":7,"port":3,"number":"103","name":"","type":"keyset","state":"busy-tone",
                "offHook":true,"peer":null,"line":null,"dnd":false,"forwardTo":null,
                "waiting":[],"left":[],"campedOn":false})");
        r.key(3, Key::Callback);
        const RequestId id = b.only(3);
        QVERIFY(id != 0);
        SAME(StateBuilder::request(r.processor, id, 8, started),
            R"({"rev":8,"id":1,"caller":"103","target":"104","kind":"extension",
                "leftAt":"2026-12-02T09:15:04.120Z","position":1,"state":"camped-on",
                "line":null})");
        SAME(StateBuilder::extension(r.processor, 4, 9),
            R"({"rev":9,"port":4,"number":"104","name":"","type":"keyset","state":"dialing",
                "offHook":true,"peer":null,"line":null,"dnd":false,"forwardTo":null,
                "waiting":[1],"left":[],"campedOn":true})");
        r.onHook(3);
        SAME(StateBuilder::extension(r.processor, 3, 10),
            R"({"rev":10,"port":3,"number":"103","name":"","type":"keyset","state":"idle",
                "offHook":false,"peer":null,"line":null,"dnd":false,"forwardTo":null,
                "waiting":[],"left":[1],"campedOn":false})");
        QCOMPARE(StateBuilder::request(r.processor, id, 10, started).value("state").toString(),
            QStringLiteral("waiting"));
        SAME(StateBuilder::index(r.processor, 11, QStringLiteral("e1")),
            R"({"rev":11,"epoch":"e1","extensions":["101","102","103","104","105","106","107",
                "108"],"lines":[1,2],"requests":[1]})");

        r.now += 2000;
        r.onHook(4); // B free: A gets the callback ring (R4)
        QCOMPARE(StateBuilder::extension(r.processor, 3, 12).value("state").toString(),
            QStringLiteral("callback-ringing"));
        QCOMPARE(StateBuilder::request(r.processor, id, 12, started).value("state").toString(),
            QStringLiteral("ringing-caller"));
        r.offHook(3); // A answers: B rings (R5)
        SAME(StateBuilder::extension(r.processor, 3, 13),
            R"({"rev":13,"port":3,"number":"103","name":"","type":"keyset","state":"calling",
                "offHook":true,"peer":"104","line":null,"dnd":false,"forwardTo":null,
                "waiting":[],"left":[1],"campedOn":false})");
        SAME(StateBuilder::extension(r.processor, 4, 14),
            R"({"rev":14,"port":4,"number":"104","name":"","type":"keyset","state":"ringing",
                "offHook":false,"peer":"103","line":null,"dnd":false,"forwardTo":null,
                "waiting":[1],"left":[],"campedOn":false})");
        QCOMPARE(StateBuilder::request(r.processor, id, 14, started).value("state").toString(),
            QStringLiteral("ringing-target"));
        r.offHook(4); // B answers: connected, the request is completed
        SAME(StateBuilder::extension(r.processor, 4, 15),
            R"({"rev":15,"port":4,"number":"104","name":"","type":"keyset","state":"talking",
                "offHook":true,"peer":"103","line":null,"dnd":false,"forwardTo":null,
                "waiting":[],"left":[],"campedOn":false})");
        SAME(StateBuilder::index(r.processor, 16, QStringLiteral("e1")),
            R"({"rev":16,"epoch":"e1","extensions":["101","102","103","104","105","106","107",
                "108"],"lines":[1,2],"requests":[]})");
    }

    // Section 3: the seed's story as events: left, served (the callback ring starts at A),
    // ended completed; each request.* names id, caller, target and the request's kind.
    void seedStoryEvents()
    {
        Bus b;
        Rig &r = b.r;
        r.now = 4120;
        r.offHook(4);
        r.offHook(3);
        r.dial(3, "104");
        QCOMPARE(b.events(), QList<QJsonObject>());
        r.key(3, Key::Callback);
        QList<QJsonObject> e = b.events();
        QCOMPARE(e.size(), 1);
        SAME(e[0], R"({"at":"2026-12-02T09:15:04.120Z","kind":"request.left","id":1,
                       "caller":"103","target":"104","requestKind":"extension"})");
        r.onHook(3);
        QCOMPARE(b.events(), QList<QJsonObject>()); // camped-on to waiting: not served
        r.now = 9000;
        r.onHook(4);
        e = b.events();
        QCOMPARE(e.size(), 1);
        SAME(e[0], R"({"at":"2026-12-02T09:15:09.000Z","kind":"request.served","id":1,
                       "caller":"103","target":"104","requestKind":"extension"})");
        r.offHook(3);
        QCOMPARE(b.events(), QList<QJsonObject>()); // ringing-caller to ringing-target
        r.now = 9500;
        r.offHook(4);
        e = b.events();
        QCOMPARE(e.size(), 1);
        SAME(e[0], R"({"at":"2026-12-02T09:15:09.500Z","kind":"request.ended","id":1,
                       "caller":"103","target":"104","requestKind":"extension",
                       "reason":"completed"})");
    }

    // Section 2, R/state/line and the extension's "line": B6, an outside call rings the
    // attendant, who answers; LINE_DROP frees it.
    void outsideCallLineAndExtension()
    {
        Bus b;
        Rig &r = b.r;
        r.now = 2000;
        r.lineRing(1, true);
        SAME(StateBuilder::line(r.processor, 1, 3, started),
            R"({"rev":3,"line":1,"state":"ringing","station":"101",
                "since":"2026-12-02T09:15:02.000Z","reservedFor":null,"target":null})");
        const QJsonObject ringing = StateBuilder::extension(r.processor, 1, 3);
        QCOMPARE(ringing.value("type").toString(), QStringLiteral("attendant"));
        QCOMPARE(ringing.value("state").toString(), QStringLiteral("ringing-outside"));
        QCOMPARE(ringing.value("line").toInt(), 1);
        QVERIFY(ringing.value("peer").isNull());
        r.now = 3500;
        r.offHook(1);
        SAME(StateBuilder::line(r.processor, 1, 4, started),
            R"({"rev":4,"line":1,"state":"talking","station":"101",
                "since":"2026-12-02T09:15:03.500Z","reservedFor":null,"target":null})");
        const QJsonObject talking = StateBuilder::extension(r.processor, 1, 4);
        QCOMPARE(talking.value("state").toString(), QStringLiteral("talking-outside"));
        QCOMPARE(talking.value("line").toInt(), 1);
        QVERIFY(talking.value("peer").isNull());
        SAME(StateBuilder::line(r.processor, 2, 4, started),
            R"({"rev":4,"line":2,"state":"free","station":null,
                "since":"2026-12-02T09:15:00.000Z","reservedFor":null,"target":null})");
        r.now = 4000;
        r.lineDrop(1);
        SAME(StateBuilder::line(r.processor, 1, 5, started),
            R"({"rev":5,"line":1,"state":"free","station":null,
                "since":"2026-12-02T09:15:04.000Z","reservedFor":null,"target":null})");
        QCOMPARE(r.processor.line(3).line, 0); // no such line: an empty status
    }

    // T2, T3, T4 on R/state/line: held at its holder, "transfer" by the transferring station
    // with the added member "target" once dialled; the transfer a request of kind "transfer"
    // (caller: the transferring station, its line) in the target's "waiting", not in "left".
    void holdAndTransferLinePayloads()
    {
        Bus b;
        Rig &r = b.r;
        r.now = 1000;
        r.offHook(3);
        r.dial(3, "9"); // 103 seizes line 1
        r.now = 2000;
        r.key(3, Key::Hold); // T2
        SAME(StateBuilder::line(r.processor, 1, 7, started),
            R"({"rev":7,"line":1,"state":"held","station":"103",
                "since":"2026-12-02T09:15:02.000Z","reservedFor":null,"target":null})");
        QCOMPARE(StateBuilder::extension(r.processor, 3, 7).value("state").toString(),
            QStringLiteral("dialing"));
        r.key(3, Key::Hold); // retrieved with HOLD at dial tone (no line key for it)
        QCOMPARE(StateBuilder::line(r.processor, 1, 8, started).value("state").toString(),
            QStringLiteral("talking"));
        r.now = 3000;
        r.key(3, Key::Transfer); // T3: held for transfer, nobody dialled yet
        SAME(StateBuilder::line(r.processor, 1, 9, started),
            R"({"rev":9,"line":1,"state":"transfer","station":"103",
                "since":"2026-12-02T09:15:03.000Z","reservedFor":null,"target":null})");
        r.dial(3, "104"); // T4: 104 rings for the announcement
        QCOMPARE(StateBuilder::line(r.processor, 1, 10, started).value("target").toString(),
            QStringLiteral("104"));
        const QJsonObject announced = StateBuilder::extension(r.processor, 4, 10);
        QCOMPARE(announced.value("state").toString(), QStringLiteral("ringing"));
        QCOMPARE(announced.value("peer").toString(), QStringLiteral("103"));
        QCOMPARE(kinds(b.events()), QStringList()); // no request before the hang-up
        r.now = 4000;
        r.onHook(3); // unannounced: 104 rings for the line
        const RequestId id = r.processor.queueAt(4).empty() ? 0 : r.processor.queueAt(4).front();
        QVERIFY(id != 0);
        SAME(StateBuilder::request(r.processor, id, 11, started),
            R"({"rev":11,"id":1,"caller":"103","target":"104","kind":"transfer",
                "leftAt":"2026-12-02T09:15:04.000Z","position":1,"state":"ringing-target",
                "line":1})");
        const QJsonObject target = StateBuilder::extension(r.processor, 4, 11);
        QCOMPARE(target.value("state").toString(), QStringLiteral("ringing-outside"));
        QCOMPARE(target.value("line").toInt(), 1);
        QCOMPARE(target.value("waiting").toArray(), QJsonArray({qint64(id)}));
        QCOMPARE(StateBuilder::extension(r.processor, 3, 11).value("left").toArray(), QJsonArray());
        const QJsonObject line = StateBuilder::line(r.processor, 1, 11, started);
        QCOMPARE(line.value("state").toString(), QStringLiteral("transfer"));
        QCOMPARE(line.value("station").toString(), QStringLiteral("103"));
        QCOMPARE(line.value("target").toString(), QStringLiteral("104"));
        QCOMPARE(StateBuilder::index(r.processor, 11, QStringLiteral("e")).value("requests"),
            QJsonValue(QJsonArray({qint64(id)})));
        r.now = 5000;
        r.offHook(4); // answered: the line talks to 104
        SAME(StateBuilder::line(r.processor, 1, 12, started),
            R"({"rev":12,"line":1,"state":"talking","station":"104",
                "since":"2026-12-02T09:15:05.000Z","reservedFor":null,"target":null})");
        const QList<QJsonObject> e = b.events();
        QCOMPARE(kinds(e), (QStringList {"request.left", "request.served", "request.ended"}));
        SAME(e[0], R"({"at":"2026-12-02T09:15:05.000Z","kind":"request.left","id":1,
                       "caller":"103","target":"104","requestKind":"transfer"})");
        QCOMPARE(e[2].value("reason").toString(), QStringLiteral("completed"));
    }

    // T5, T7 in events: a transfer camped on at a busy target is request.left (kind transfer),
    // ahead of a callback there, and rests camped-on; the recall rings the transferring station
    // ("recall", station 103) and, answered there, the request ends as "recalled". While it
    // recalls it stays first in the target's "waiting", "suspended" (docs/console-bus.md), so
    // that every position stays its place in "waiting"; the callback moves up when it ends.
    void transferCampedOnAndRecalled()
    {
        Bus b;
        Rig &r = b.r;
        r.offHook(4); // 104 busy
        r.offHook(6);
        r.dial(6, "104");
        r.key(6, Key::Callback);
        r.onHook(6); // request 1: 106's callback at 104
        r.offHook(3);
        r.dial(3, "9");
        r.key(3, Key::Transfer);
        r.dial(3, "104");
        QCOMPARE(StateBuilder::extension(r.processor, 3, 1).value("state").toString(),
            QStringLiteral("busy-tone"));
        b.events();
        r.now = 10000;
        r.onHook(3); // T5: camps on at 104, ahead of the callback
        QList<QJsonObject> e = b.events();
        SAME(e.value(0), R"({"at":"2026-12-02T09:15:10.000Z","kind":"request.left","id":2,
                             "caller":"103","target":"104","requestKind":"transfer"})");
        QCOMPARE(e.size(), 1);
        SAME(StateBuilder::request(r.processor, 2, 30, started),
            R"({"rev":30,"id":2,"caller":"103","target":"104","kind":"transfer",
                "leftAt":"2026-12-02T09:15:10.000Z","position":1,"state":"camped-on",
                "line":1})");
        QCOMPARE(StateBuilder::request(r.processor, 1, 30, started).value("position").toInt(), 2);
        QCOMPARE(StateBuilder::extension(r.processor, 4, 30).value("waiting").toArray(),
            QJsonArray({2, 1}));
        QCOMPARE(StateBuilder::line(r.processor, 1, 30, started).value("target").toString(),
            QStringLiteral("104"));
        r.advance(30000); // T7: not answered within the transfer recall time
        SAME(StateBuilder::line(r.processor, 1, 31, started),
            R"({"rev":31,"line":1,"state":"recall","station":"103",
                "since":"2026-12-02T09:15:40.000Z","reservedFor":null,"target":null})");
        QCOMPARE(StateBuilder::extension(r.processor, 3, 31).value("state").toString(),
            QStringLiteral("ringing-outside"));
        QCOMPARE(StateBuilder::extension(r.processor, 3, 31).value("line").toInt(), 1);
        QCOMPARE(kinds(b.events()), QStringList()); // not served: it left the target
        SAME(StateBuilder::request(r.processor, 2, 31, started),
            R"({"rev":31,"id":2,"caller":"103","target":"104","kind":"transfer",
                "leftAt":"2026-12-02T09:15:10.000Z","position":1,"state":"suspended",
                "line":1})");
        QCOMPARE(StateBuilder::request(r.processor, 1, 31, started).value("position").toInt(), 2);
        QCOMPARE(StateBuilder::extension(r.processor, 4, 31).value("waiting").toArray(),
            QJsonArray({2, 1}));
        r.now = 41000;
        r.offHook(3);
        e = b.events();
        QCOMPARE(e.size(), 1);
        SAME(e[0], R"({"at":"2026-12-02T09:15:41.000Z","kind":"request.ended","id":2,
                       "caller":"103","target":"104","requestKind":"transfer",
                       "reason":"recalled"})");
        QCOMPARE(StateBuilder::line(r.processor, 1, 32, started).value("station").toString(),
            QStringLiteral("103"));
        QCOMPARE(StateBuilder::request(r.processor, 1, 32, started).value("position").toInt(), 1);
        QCOMPARE(StateBuilder::extension(r.processor, 4, 32).value("waiting").toArray(),
            QJsonArray({1}));
    }

    // T8: the far end hangs up while a transfer rings its target: request.ended "abandoned",
    // the line free.
    void transferAbandonedByTheFarEnd()
    {
        Bus b;
        Rig &r = b.r;
        r.offHook(3);
        r.dial(3, "9");
        r.key(3, Key::Transfer);
        r.dial(3, "104");
        r.onHook(3);
        QCOMPARE(kinds(b.events()), (QStringList {"request.left", "request.served"}));
        r.lineDrop(1);
        const QList<QJsonObject> e = b.events();
        QCOMPARE(kinds(e), QStringList {"request.ended"});
        QCOMPARE(e[0].value("reason").toString(), QStringLiteral("abandoned"));
        QCOMPARE(e[0].value("requestKind").toString(), QStringLiteral("transfer"));
        QCOMPARE(StateBuilder::line(r.processor, 1, 1, started).value("state").toString(),
            QStringLiteral("free"));
    }

    // R15: a line callback; the reserved line is "free" with "reservedFor" (docs/console-bus.md),
    // the request has kind "line", target null and, once served, its line.
    void lineCallbackReservesLine()
    {
        Bus b;
        Rig &r = b.r;
        r.offHook(4);
        r.dial(4, "9");
        r.offHook(5);
        r.dial(5, "9");
        r.offHook(3);
        r.dial(3, "9");
        r.dial(3, "2");
        r.onHook(3);
        const RequestId id = b.only(3);
        QVERIFY(id != 0);
        QList<QJsonObject> e = b.events();
        QCOMPARE(e.size(), 1);
        SAME(e[0], R"({"at":"2026-12-02T09:15:01.000Z","kind":"request.left","id":1,
                       "caller":"103","target":null,"requestKind":"line"})");
        SAME(StateBuilder::request(r.processor, id, 20, started),
            R"({"rev":20,"id":1,"caller":"103","target":null,"kind":"line",
                "leftAt":"2026-12-02T09:15:01.000Z","position":1,"state":"waiting",
                "line":null})");
        r.now = 5000;
        r.onHook(4); // line 1 frees and is kept for 103, who gets the callback ring
        SAME(StateBuilder::line(r.processor, 1, 21, started),
            R"({"rev":21,"line":1,"state":"free","station":null,
                "since":"2026-12-02T09:15:05.000Z","reservedFor":"103","target":null})");
        SAME(StateBuilder::request(r.processor, id, 21, started),
            R"({"rev":21,"id":1,"caller":"103","target":null,"kind":"line",
                "leftAt":"2026-12-02T09:15:01.000Z","position":1,"state":"ringing-caller",
                "line":1})");
        const QJsonObject caller = StateBuilder::extension(r.processor, 3, 21);
        QCOMPARE(caller.value("state").toString(), QStringLiteral("callback-ringing"));
        QCOMPARE(caller.value("line").toInt(), 1);
        QCOMPARE(kinds(b.events()), QStringList {"request.served"});
        r.offHook(3);
        QCOMPARE(StateBuilder::line(r.processor, 1, 22, started).value("station").toString(),
            QStringLiteral("103"));
        QCOMPARE(StateBuilder::line(r.processor, 1, 22, started).value("state").toString(),
            QStringLiteral("talking"));
        e = b.events();
        QCOMPARE(kinds(e), QStringList {"request.ended"});
        QCOMPARE(e[0].value("reason").toString(), QStringLiteral("completed"));
    }

    // R15: a camped line request connected at once when a line frees is served and completed
    // in one go: request.served comes before request.ended.
    void campedLineRequestServedAsItCompletes()
    {
        Bus b;
        Rig &r = b.r;
        r.offHook(4);
        r.dial(4, "9");
        r.offHook(5);
        r.dial(5, "9");
        r.offHook(3);
        r.dial(3, "9");
        r.key(3, Key::Callback);
        QCOMPARE(kinds(b.events()), QStringList {"request.left"});
        r.onHook(4);
        const QList<QJsonObject> e = b.events();
        QCOMPARE(kinds(e), (QStringList {"request.served", "request.ended"}));
        QCOMPARE(e[1].value("reason").toString(), QStringLiteral("completed"));
        QCOMPARE(StateBuilder::extension(r.processor, 3, 1).value("state").toString(),
            QStringLiteral("talking-outside"));
    }

    // Section 3: extension.dnd and extension.forwarding say what changed, and only that; the
    // extension payload carries dnd and forwardTo (a number, or null).
    void dndAndForwarding()
    {
        Bus b;
        Rig &r = b.r;
        QVERIFY(r.processor.setDnd(5, true, r.now));
        QList<QJsonObject> e = b.events();
        QCOMPARE(e.size(), 1);
        SAME(e[0], R"({"at":"2026-12-02T09:15:01.000Z","kind":"extension.dnd",
                       "extension":"105","on":true})");
        QVERIFY(r.processor.setForwarding(5, 6, r.now));
        e = b.events();
        QCOMPARE(e.size(), 1);
        SAME(e[0], R"({"at":"2026-12-02T09:15:01.000Z","kind":"extension.forwarding",
                       "extension":"105","to":"106"})");
        SAME(StateBuilder::extension(r.processor, 5, 2),
            R"({"rev":2,"port":5,"number":"105","name":"","type":"keyset","state":"idle",
                "offHook":false,"peer":null,"line":null,"dnd":true,"forwardTo":"106",
                "waiting":[],"left":[],"campedOn":false})");
        // Forwarding again to the same extension notifies, but nothing changed: no event.
        QVERIFY(r.processor.setForwarding(5, 6, r.now));
        QCOMPARE(b.events(), QList<QJsonObject>());
        QVERIFY(r.processor.clearForwarding(5, r.now));
        e = b.events();
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].value("kind").toString(), QStringLiteral("extension.forwarding"));
        QVERIFY(e[0].value("to").isNull());
        QVERIFY(e[0].contains("to"));
    }

    // Section 3: request.ended with reason cleared (the console) and reset (R12: a new
    // boot_id); controller.reset comes before the requests it ended.
    void endedReasonsAndControllerReset()
    {
        Bus b;
        Rig &r = b.r;
        for (int a : {3, 5}) {
            r.offHook(4);
            r.offHook(a);
            r.dial(a, "104");
            r.key(a, Key::Callback);
            r.onHook(a);
            r.onHook(4);
            r.offHook(4); // B busy again before the callback is answered
        }
        b.events();
        const std::vector<RequestId> queue = r.processor.queueAt(4);
        QCOMPARE(queue.size(), size_t(2));
        QVERIFY(r.processor.cancelRequest(queue[0], r.now));
        QList<QJsonObject> e = b.events();
        QCOMPARE(kinds(e), QStringList {"request.ended"});
        QCOMPARE(e[0].value("reason").toString(), QStringLiteral("cleared"));
        QCOMPARE(e[0].value("id").toInteger(), qint64(queue[0]));

        // A new boot_id (what Rig::up does, keeping the output).
        r.processor.handle(Event::sessionUp(8, 2, 0x9999), r.now);
        r.processor.handle(Event::portStates(QVector<quint8>(8, 0), QVector<quint8>(2, 0)), r.now);
        e = b.events();
        QCOMPARE(kinds(e), (QStringList {"controller.reset", "request.ended"}));
        QCOMPARE(e[0].value("bootId").toInteger(), qint64(0x9999));
        QCOMPARE(e[1].value("reason").toString(), QStringLiteral("reset"));
        QCOMPARE(e[1].value("id").toInteger(), qint64(queue[1]));
    }

    // A programming change brings a new extension: its settings are its start, not a change;
    // a removed one is forgotten. The index follows the programming.
    void programmingChangeIsNoDndEvent()
    {
        Bus b;
        Rig &r = b.r;
        Programming p = r.processor.programming();
        p.factory = false;
        p.extensions[6].number = QStringLiteral("207");
        p.extensions.removeLast();
        r.processor.setProgramming(p, r.now);
        QCOMPARE(b.events(), QList<QJsonObject>());
        QVERIFY(r.processor.setDnd(7, true, r.now));
        const QList<QJsonObject> e = b.events();
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].value("extension").toString(), QStringLiteral("207"));
        QCOMPARE(StateBuilder::index(r.processor, 30, QStringLiteral("x"))
                     .value("extensions")
                     .toArray()
                     .toVariantList()
                     .size(),
            7);
    }

    // Section 2: R/state/link, R/state/service and R/state/programming.
    void linkServiceProgramming()
    {
        LinkHealth h;
        h.state = QStringLiteral("up");
        h.up = true;
        h.model = QStringLiteral("KTS-8");
        h.firmware = 3;
        h.bootId = 0xdeadbeef;
        h.framesSent = 10;
        h.framesReceived = 11;
        h.retransmissions = 1;
        h.framingErrors = 2;
        h.controllerErrors = 3;
        h.outages = 4;
        h.lastReset = QStringLiteral("2026-12-02T10:00:00.250+01:00");
        SAME(StateBuilder::link(h, 40),
            R"({"rev":40,"up":true,"state":"up","model":"KTS-8","firmware":3,
                "bootId":3735928559,"framesSent":10,"framesReceived":11,"retransmissions":1,
                "framingErrors":2,"controllerErrors":3,"outages":4,
                "lastReset":"2026-12-02T09:00:00.250Z"})");
        h.lastReset.clear();
        QVERIFY(StateBuilder::link(h, 41).value("lastReset").isNull());

        SAME(StateBuilder::service(QStringLiteral("online"), QStringLiteral("0.2.0"),
                 started.addMSecs(5), QStringLiteral("3f2a")),
            R"({"state":"online","version":"0.2.0","started":"2026-12-02T09:15:00.005Z",
                "epoch":"3f2a"})");

        Programming programming = Programming::factoryDefaults(8, 2);
        programming.factory = false;
        programming.extensions[2].name = QStringLiteral("Ana");
        QJsonObject o = StateBuilder::programming(programming, 12, 42);
        QCOMPARE(o.value("revision").toInteger(), qint64(12));
        QCOMPARE(o.value("rev").toInteger(), qint64(42));
        // The file's format: programmingjson reads it back (the two counters are not its own).
        QStringList warnings;
        QString error;
        const std::optional<Programming> back
            = programmingjson::read(QJsonDocument(o).toJson(), &error, &warnings);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == programming);
        QCOMPARE(warnings.size(), 2);
    }

    // Section 3: the envelope: "at" and "kind" first among equals, the members as given.
    void eventEnvelope()
    {
        QJsonObject m;
        m.insert(QStringLiteral("by"), QStringLiteral("ana"));
        m.insert(QStringLiteral("revision"), 3);
        SAME(StateBuilder::event(QStringLiteral("programming.applied"), started, m),
            R"({"at":"2026-12-02T09:15:00.000Z","kind":"programming.applied","by":"ana",
                "revision":3})");
    }
};

QTEST_GUILESS_MAIN(TestStateBuilder)
#include "tst_statebuilder.moc"
