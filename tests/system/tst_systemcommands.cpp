// Issue 10's system test "At least 50 malformed commands: bad JSON, wrong types, unknown action,
// a 1 MB payload, missing response topic or correlation data. Each is answered with its named
// error or dropped. The service keeps running and nothing changes." Sent over a real Mosquitto
// to the real switchboardd (on switchboard-sim's pty), halfway through the seed's story (a
// callback waiting), each on the topic of a user who holds the role.

#include "tests/support/malformedcommands.h"
#include "tests/support/servicerig.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace sb;
using sb::test::ServiceRig;

#define VERIFY_RIG(call) QVERIFY2((call), qPrintable(rig.errorString()))

namespace {

const char *const okPayload = R"({"action":"set-dnd","extension":"104","on":true})";

using Case = sb::test::MalformedCommand;

QList<Case> catalogue()
{
    return sb::test::malformedCommands();
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
