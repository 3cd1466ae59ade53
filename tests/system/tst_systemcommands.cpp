// Issue 10's system test "At least 50 malformed commands: bad JSON, wrong types, unknown action,
// a 1 MB payload, missing response topic or correlation data. Each is answered with its named
// error or dropped. The service keeps running and nothing changes." Sent over a real Mosquitto
// to the real switchboardd (on switchboard-sim's pty), halfway through the seed's story (a
// callback waiting), each on the topic of a user who holds the role.

#include "tests/support/servicerig.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace sb;
using sb::test::ServiceRig;

#define VERIFY_RIG(call) QVERIFY2((call), qPrintable(rig.errorString()))

namespace {

const char *const okPayload = R"({"action":"set-dnd","extension":"104","on":true})";

/// One command that must be refused: sent as `role`, answered `code` with a message holding
/// `message`.
struct Case
{
    QString name;
    QString role;
    QByteArray payload;
    bool correlation;
    QString code;
    QString message;
};

/// The parser's catalogue (tests/service/tst_commandparser.cpp, malformedCommands), now over
/// the bus.
QList<Case> catalogue()
{
    QList<Case> cases;
    const auto row = [&cases](const char *name, const char *role, const QByteArray &payload,
                         const char *code, const char *message, bool correlation = true) {
        cases.append({QString::fromLatin1(name), QString::fromLatin1(role), payload, correlation,
            QString::fromLatin1(code), QString::fromUtf8(message)});
    };
    const char *i = "installer";
    // Not JSON, or not an object.
    row("empty", i, "", "bad-request", "the payload is empty");
    row("blank", i, " \r\n\t", "bad-request", "the payload is empty");
    row("open brace", i, "{", "bad-request", "not JSON");
    row("truncated", i, "{\"action\":\"set-dnd\",\"extension\":\"10", "bad-request", "not JSON");
    row("bare word", i, "nul", "bad-request", "not JSON");
    row("trailing garbage", i, QByteArray(okPayload) + " x", "bad-request", "not JSON");
    row("single quotes", i, "{'action':'set-dnd'}", "bad-request", "not JSON");
    row("invalid UTF-8", i, "{\"action\":\"set-dnd\xff\"}", "bad-request", "not JSON");
    row("binary", i, QByteArray("\x00\x01\x02\x03\xfe", 5), "bad-request", "not JSON");
    row("deep nesting", i, QByteArray(5000, '[') + QByteArray(5000, ']'), "bad-request",
        "not JSON");
    // Qt reads a raw tab inside a string; it is no digit.
    row("raw control character", i, "{\"action\":\"set-dnd\",\"extension\":\"1\t4\"}",
        "bad-request", "member \"extension\" must be an extension number");
    row("array", i, "[]", "bad-request", "must be a JSON object");
    row("array of command", i, QByteArray("[") + okPayload + "]", "bad-request",
        "must be a JSON object");
    row("string", i, R"("set-dnd")", "bad-request", "must be a JSON object");
    row("number", i, "42", "bad-request", "must be a JSON object");
    row("null", i, "null", "bad-request", "must be a JSON object");
    // The action.
    row("no action", i, "{}", "bad-request", "member \"action\" is missing");
    row("action number", i, R"({"action":5})", "bad-request", "member \"action\" must be a string");
    row("action null", i, R"({"action":null})", "bad-request",
        "member \"action\" must be a string");
    row("action array", i, R"({"action":["set-dnd"]})", "bad-request",
        "member \"action\" must be a string");
    row("unknown action", i, R"({"action":"dance"})", "unknown-action", "unknown action \"dance\"");
    row("action upper case", i, R"({"action":"SET-DND","extension":"104","on":true})",
        "unknown-action", "unknown action \"SET-DND\"");
    row("action with space", i, R"({"action":"set-dnd ","extension":"104","on":true})",
        "unknown-action", "unknown action");
    row("empty action", i, R"({"action":""})", "unknown-action", "unknown action \"\"");
    row("action with NUL", i, R"({"action":"set-dnd\u0000"})", "unknown-action",
        "unknown action \"set-dnd?\"");
    // Extension numbers: strings of digits.
    row("extension missing", i, R"({"action":"set-dnd","on":true})", "bad-request",
        "member \"extension\" is missing");
    row("extension as number", i, R"({"action":"set-dnd","extension":104,"on":true})",
        "bad-request", "member \"extension\" must be an extension number");
    row("extension letters", i, R"({"action":"clear-callbacks","extension":"10a"})", "bad-request",
        "member \"extension\" must be an extension number");
    row("extension empty", i, R"({"action":"clear-forwarding","extension":""})", "bad-request",
        "member \"extension\" must be an extension number");
    row("extension too long", i, R"({"action":"clear-callbacks","extension":"123456789"})",
        "bad-request", "member \"extension\" must be an extension number");
    row("extension negative", i, R"({"action":"clear-callbacks","extension":"-104"})",
        "bad-request", "member \"extension\" must be an extension number");
    row("extension space", i, R"({"action":"clear-callbacks","extension":" 104"})", "bad-request",
        "member \"extension\" must be an extension number");
    row("extension other digits", i,
        "{\"action\":\"clear-callbacks\",\"extension\":\"\xd9\xa1\xd9\xa0\xd9\xa4\"}",
        "bad-request", "member \"extension\" must be an extension number");
    row("extension escaped NUL", i, R"({"action":"clear-callbacks","extension":"104\u0000"})",
        "bad-request", "member \"extension\" must be an extension number");
    row("extension newline", i, R"({"action":"clear-callbacks","extension":"104\n"})",
        "bad-request", "member \"extension\" must be an extension number");
    row("extension null", i, R"({"action":"clear-callbacks","extension":null})", "bad-request",
        "member \"extension\" must be an extension number");
    // Booleans.
    row("on missing", i, R"({"action":"set-dnd","extension":"104"})", "bad-request",
        "member \"on\" is missing");
    row("on as string", i, R"({"action":"set-dnd","extension":"104","on":"true"})", "bad-request",
        "member \"on\" must be a boolean");
    row("on as number", i, R"({"action":"set-dnd","extension":"104","on":1})", "bad-request",
        "member \"on\" must be a boolean");
    row("on null", i, R"({"action":"set-dnd","extension":"104","on":null})", "bad-request",
        "member \"on\" must be a boolean");
    // Forwarding and transfer targets.
    row("to missing", i, R"({"action":"set-forwarding","extension":"104"})", "bad-request",
        "member \"to\" is missing");
    row("to as number", i, R"({"action":"set-forwarding","extension":"104","to":106})",
        "bad-request", "member \"to\" must be an extension number (a string of digits) or null");
    row("to letters", i, R"({"action":"set-forwarding","extension":"104","to":"abc"})",
        "bad-request", "member \"to\" must be an extension number");
    row("to false", i, R"({"action":"set-forwarding","extension":"104","to":false})", "bad-request",
        "member \"to\" must be an extension number");
    row("transfer without to", i, R"({"action":"transfer"})", "bad-request",
        "member \"to\" is missing");
    row("transfer to null", i, R"({"action":"transfer","to":null})", "bad-request",
        "member \"to\" must be an extension number");
    // Integers only.
    row("line as string", i, R"({"action":"to-attendant","line":"1"})", "bad-request",
        "member \"line\" must be an integer");
    row("line fraction", i, R"({"action":"to-attendant","line":1.5})", "bad-request",
        "member \"line\" must be an integer");
    row("line zero", i, R"({"action":"to-attendant","line":0})", "bad-request",
        "member \"line\" must be from 1 to 65535");
    row("line negative", i, R"({"action":"to-attendant","line":-1})", "bad-request",
        "member \"line\" must be from 1 to 65535");
    row("line huge", i, R"({"action":"to-attendant","line":1e300})", "bad-request",
        "member \"line\" must be an integer");
    row("id missing", i, R"({"action":"cancel-request"})", "bad-request",
        "member \"id\" is missing");
    row("id as string", i, R"({"action":"cancel-request","id":"7"})", "bad-request",
        "member \"id\" must be an integer");
    row("id negative", i, R"({"action":"cancel-request","id":-7})", "bad-request",
        "member \"id\" must be from 1 to");
    row("id zero", i, R"({"action":"cancel-request","id":0})", "bad-request",
        "member \"id\" must be from 1 to");
    row("id fraction", i, R"({"action":"cancel-request","id":1.5})", "bad-request",
        "member \"id\" must be an integer");
    row("id beyond 64 bits", i, R"({"action":"cancel-request","id":9223372036854775808})",
        "bad-request", "member \"id\" must be an integer");
    row("id boolean", i, R"({"action":"cancel-request","id":true})", "bad-request",
        "member \"id\" must be an integer");
    row("id object", i, R"({"action":"cancel-request","id":{"id":1}})", "bad-request",
        "member \"id\" must be an integer");
    // Times.
    const char *t = R"("2026-12-02T00:00:00Z")";
    row("from missing", i, QByteArray(R"({"action":"history","to":)") + t + "}", "bad-request",
        "member \"from\" is missing");
    row("from words", i, QByteArray(R"({"action":"history","from":"yesterday","to":)") + t + "}",
        "bad-request", "member \"from\" must be an RFC 3339 time");
    row("from without offset", i,
        QByteArray(R"({"action":"history","from":"2026-12-02T09:15:04","to":)") + t + "}",
        "bad-request", "member \"from\" must be an RFC 3339 time");
    row("from with space", i,
        QByteArray(R"({"action":"report","from":"2026-12-02 09:15:04Z","to":)") + t + "}",
        "bad-request", "member \"from\" must be an RFC 3339 time");
    row("from as number", i, QByteArray(R"({"action":"report","from":1733130904,"to":)") + t + "}",
        "bad-request", "member \"from\" must be an RFC 3339 time");
    row("to month 13", i,
        QByteArray(R"({"action":"report","from":)") + t + R"(,"to":"2026-13-02T00:00:00Z"})",
        "bad-request", "member \"to\" must be an RFC 3339 time");
    row("to before from", i,
        QByteArray(R"({"action":"history","from":"2026-12-03T00:00:00Z","to":)") + t + "}",
        "bad-request", "member \"to\" is before member \"from\"");
    row("audit from null", i, QByteArray(R"({"action":"audit","from":null,"to":)") + t + "}",
        "bad-request", "member \"from\" must be an RFC 3339 time");
    row("after as string", i,
        QByteArray(R"({"action":"history","from":)") + t + R"(,"to":)" + t + R"(,"after":"x"})",
        "bad-request", "member \"after\" must be an integer");
    row("after negative", i,
        QByteArray(R"({"action":"history","from":)") + t + R"(,"to":)" + t + R"(,"after":-1})",
        "bad-request", "member \"after\" must be from 0 to");
    row("history extension number", i,
        QByteArray(R"({"action":"history","from":)") + t + R"(,"to":)" + t + R"(,"extension":104})",
        "bad-request", "member \"extension\" must be an extension number");
    // Programming and connection.
    row("programming missing", i, R"({"action":"apply-programming","basedOn":1})", "bad-request",
        "member \"programming\" is missing");
    row("programming array", i, R"({"action":"apply-programming","programming":[],"basedOn":1})",
        "bad-request", "member \"programming\" must be an object");
    row("basedOn missing", i, R"({"action":"apply-programming","programming":{}})", "bad-request",
        "member \"basedOn\" is missing");
    row("basedOn string", i, R"({"action":"apply-programming","programming":{},"basedOn":"3"})",
        "bad-request", "member \"basedOn\" must be an integer");
    row("programming not the file's format", i,
        R"({"action":"apply-programming","programming":{"extensions":7},"basedOn":3})",
        "bad-request", "member \"programming\": ");
    row("connection string", i, R"({"action":"set-connection","connection":"mqtt://x"})",
        "bad-request", "member \"connection\" must be an object");
    row("connection missing", i, R"({"action":"set-connection"})", "bad-request",
        "member \"connection\" is missing");
    // Size, correlation, role.
    // moc misreads raw strings holding an odd number of quotes: plain strings here.
    QByteArray huge = "{\"action\":\"set-dnd\",\"extension\":\"104\",\"on\":true,\"pad\":\"";
    huge += QByteArray(1024 * 1024, 'x') + "\"}";
    row("1 MB payload", i, huge, "bad-request", "bytes; at most 524288 are read");
    row("no correlation data", i, okPayload, "bad-request", "no correlation data", false);
    row("reception cancels", "reception", R"({"action":"cancel-request","id":1})", "forbidden",
        "\"cancel-request\" needs the role supervisor or above; this command "
        "came as reception");
    row("reception programs", "reception",
        R"({"action":"apply-programming","programming":{},"basedOn":1})", "forbidden",
        "needs the role installer");
    row("supervisor connects", "supervisor", R"({"action":"set-connection","connection":{}})",
        "forbidden", "needs the role installer");
    row("reception audits", "reception", R"({"action":"audit"})", "forbidden",
        "needs the role installer");
    return cases;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSystemCommands : public QObject
{
    Q_OBJECT
private slots:
    void malformedCommandsAreRefusedAndChangeNothing()
    {
        ServiceRig rig;
        VERIFY_RIG(rig.startBroker() && rig.startSim(8, 2) && rig.startService());
        // Halfway through the seed's story: 103 left a callback at busy 104 (R1).
        VERIFY_RIG(rig.play({QStringLiteral("off-hook 4"), QStringLiteral("off-hook 3"),
                                QStringLiteral("dial 3 104")},
            QStringLiteral("^host TONE 3 busy")));
        VERIFY_RIG(
            rig.play({QStringLiteral("key 3 CALLBACK")}, QStringLiteral("^host TONE 3 confirm")));
        VERIFY_RIG(rig.play({QStringLiteral("on-hook 3")}, QString()));
        QTRY_VERIFY_WITH_TIMEOUT(rig.raw().requestIds().size() == 1
                && !rig.raw().item(QStringLiteral("extension/103"))[u"offHook"].toBool(),
            10000);
        // The programming file exists once the service has written it, or stays absent.
        const bool fileExisted = QFile::exists(rig.configFile());
        const QByteArray file = readFile(rig.configFile());
        const QMap<QString, QJsonObject> before = rig.raw().withoutCounters();
        const QString root = rig.broker().root();

        // One raw MQTT client per role's user; every reply lands in `replies`.
        const QHash<QString, QString> userOf
            = {{QStringLiteral("installer"), QStringLiteral("ian")},
                {QStringLiteral("supervisor"), QStringLiteral("sue")},
                {QStringLiteral("reception"), QStringLiteral("alice")}};
        QHash<QString, std::shared_ptr<bus::MqttClient>> clients;
        QList<bus::Message> replies;
        for (auto it = userOf.begin(); it != userOf.end(); ++it) {
            auto c = std::make_shared<bus::MqttClient>(rig.settings(it.value()));
            QObject::connect(c.get(), &bus::MqttClient::messageReceived,
                [&replies](const bus::Message &m) { replies << m; });
            c->subscribe(root + QStringLiteral("/reply/") + it.value() + QStringLiteral("/#"));
            QSignalSpy subscribed(c.get(), &bus::MqttClient::subscribed);
            c->start();
            QVERIFY(subscribed.wait(10000));
            QCOMPARE(subscribed.first().at(1).toInt(), 1);
            clients.insert(it.key(), c);
        }
        const auto send = [&](const QString &role, const QByteArray &payload,
                              const QString &responseTopic, const QByteArray &correlation) {
            return clients.value(role)->publish(root + QStringLiteral("/command/") + role
                           + QLatin1Char('/') + userOf.value(role),
                       payload, false, 1, responseTopic, correlation)
                > 0;
        };
        const auto replyTopic = [&](const QString &role) {
            return root + QStringLiteral("/reply/") + userOf.value(role) + QStringLiteral("/t");
        };

        // Answered: each with its named error and a message naming what is wrong.
        const QList<Case> cases = catalogue();
        QVERIFY(cases.size() >= 50);
        int n = 0;
        for (const Case &c : cases) {
            replies.clear();
            const QByteArray correlation = c.correlation ? QByteArray::number(++n) : QByteArray();
            QVERIFY2(send(c.role, c.payload, replyTopic(c.role), correlation), qPrintable(c.name));
            QTRY_VERIFY2_WITH_TIMEOUT(!replies.isEmpty(), qPrintable(c.name), 10000);
            QCOMPARE(replies.size(), 1);
            QCOMPARE(replies.first().correlationData, correlation);
            const QJsonObject answer = QJsonDocument::fromJson(replies.first().payload).object();
            QVERIFY2(answer[u"ok"] == false, qPrintable(c.name));
            QVERIFY2(answer[u"error"].toString() == c.code,
                qPrintable(c.name + QStringLiteral(": ") + answer[u"error"].toString()));
            QVERIFY2(answer[u"message"].toString().contains(c.message),
                qPrintable(c.name + QStringLiteral(": ") + answer[u"message"].toString()));
        }

        // Dropped: neither answered nor carried out (section 4). A fence command after each
        // (commands are handled in order) shows it has been handled: the fence's answer is the
        // only one that comes.
        const QString r = root + QStringLiteral("/reply/");
        const QList<QPair<QString, QString>> dropped = {
            {QStringLiteral("no response topic"), QString()},
            {QStringLiteral("another user's reply topic"), r + QStringLiteral("bob/t")},
            {QStringLiteral("reply topic is the user's root"), r + QStringLiteral("ian")},
            {QStringLiteral("reply topic with a trailing slash only"), r + QStringLiteral("ian/")},
            {QStringLiteral("reply topic of another system"),
                QStringLiteral("switchboard/1/other/reply/ian/t")},
            {QStringLiteral("reply topic outside R/reply"), root + QStringLiteral("/state/x")},
        };
        const QByteArray setDnd = R"({"action":"set-dnd","extension":"105","on":true})";
        const QByteArray fence = R"({"action":"set-dnd","extension":"106","on":false})";
        for (const auto &[name, topic] : dropped) {
            replies.clear();
            QVERIFY2(send(QStringLiteral("installer"), setDnd, topic, "dropped"), qPrintable(name));
            QVERIFY(send(QStringLiteral("installer"), fence, replyTopic("installer"), "fence"));
            QTRY_VERIFY2_WITH_TIMEOUT(!replies.isEmpty(), qPrintable(name), 10000);
            QCOMPARE(replies.size(), 1);
            QCOMPARE(replies.first().correlationData, QByteArray("fence"));
            QCOMPARE(
                QJsonDocument::fromJson(replies.first().payload)[u"changed"].toBool(true), false);
            QVERIFY2(!rig.raw().item(QStringLiteral("extension/105"))[u"dnd"].toBool(),
                qPrintable(name));
        }
        QVERIFY(cases.size() + dropped.size() >= 50);

        // The service keeps running and nothing changed: the published picture, the programming
        // file's bytes.
        QVERIFY(rig.service().isRunning());
        QCOMPARE(rig.raw().withoutCounters(), before);
        QCOMPARE(QFile::exists(rig.configFile()), fileExisted);
        QCOMPARE(readFile(rig.configFile()), file);
        // And it still works: a good command is carried out.
        replies.clear();
        QVERIFY(send(QStringLiteral("reception"), okPayload, replyTopic("reception"), "ok"));
        QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 1, 10000);
        QCOMPARE(QJsonDocument::fromJson(replies.first().payload)[u"ok"].toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(
            rig.raw().item(QStringLiteral("extension/104"))[u"dnd"].toBool(), 10000);
        for (const auto &c : std::as_const(clients))
            c->stop();
        VERIFY_RIG(rig.stopService());
    }
};

QTEST_GUILESS_MAIN(TestSystemCommands)
#include "tst_systemcommands.moc"
