// sb::client::BusClient against a real Mosquitto (issue 10, console-bus.md): a fake service made
// of an MqttClient publishes retained state and answers commands; every test has its own broker
// with the ACL of section 5 (tests/support/testbroker.h).

#include "bus/mqttclient.h"
#include "bus/topics.h"
#include "client/busclient.h"
#include "tests/support/testbroker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sb;
using namespace sb::client;
using sb::bus::MqttClient;
using sb::test::TestBroker;

namespace {

const QString svcPassword = QStringLiteral("svc-pw");
const QString alicePassword = QStringLiteral("alice-pw");

MqttClient::Settings login(const TestBroker &broker, const QString &user, const QString &pw)
{
    MqttClient::Settings s;
    s.host = broker.host();
    s.port = broker.port();
    s.user = user;
    s.password = pw;
    return s;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// The service's side, as little as these tests need: retained state and a command responder.
class FakeService
{
public:
    explicit FakeService(const TestBroker &broker)
        : m_mqtt(login(broker, "svc", svcPassword))
    {
        QObject::connect(&m_mqtt, &MqttClient::messageReceived, [this](const bus::Message &m) {
            received << m;
            if (!answer || m.responseTopic.isEmpty())
                return;
            const QJsonObject command = QJsonDocument::fromJson(m.payload).object();
            m_mqtt.publish(m.responseTopic, json(answer(command)), false, 1, {}, m.correlationData);
        });
        m_mqtt.subscribe(m_topics.commandFilter());
    }

    bool start()
    {
        m_mqtt.start();
        QSignalSpy subscribed(&m_mqtt, &MqttClient::subscribed);
        return subscribed.count() > 0 || subscribed.wait(5000);
    }

    /// Publishes retained state items and waits until the broker has them all.
    bool publishState(const QList<QPair<QString, QJsonObject>> &items)
    {
        QSignalSpy published(&m_mqtt, &MqttClient::published);
        for (const auto &[suffix, payload] : items) {
            const QByteArray bytes = payload.isEmpty() ? QByteArray() : json(payload);
            if (m_mqtt.publish(m_topics.root() + "/state/" + suffix, bytes, true) < 0)
                return false;
        }
        return QTest::qWaitFor([&] { return published.count() >= items.size(); }, 5000);
    }

    QList<QPair<QString, QJsonObject>> picture(const QString &epoch, const QString &state = "idle")
    {
        return {
            {"service",
                {{"state", "online"}, {"version", "test"}, {"started", "2026-12-02T09:00:00.000Z"},
                    {"epoch", epoch}}},
            {"link", {{"up", true}, {"state", "up"}, {"model", "SIM-1"}}},
            {"extension/104",
                {{"rev", 1}, {"port", 4}, {"number", "104"}, {"name", "Anna"}, {"type", "keyset"},
                    {"state", state}, {"offHook", false}, {"peer", QJsonValue::Null},
                    {"line", QJsonValue::Null}, {"dnd", false}, {"forwardTo", QJsonValue::Null},
                    {"waiting", QJsonArray {}}, {"left", QJsonArray {}}, {"campedOn", false}}},
            {"index",
                {{"rev", 2}, {"epoch", epoch}, {"extensions", QJsonArray {"104"}},
                    {"lines", QJsonArray {}}, {"requests", QJsonArray {}}}},
        };
    }

    MqttClient &mqtt() { return m_mqtt; }
    const bus::Topics &topics() const { return m_topics; }
    std::function<QJsonObject(const QJsonObject &)> answer;
    QList<bus::Message> received;

private:
    bus::Topics m_topics;
    MqttClient m_mqtt;
};

} // namespace

class TestBusClient : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestBroker> m_broker;

    std::unique_ptr<BusClient> alice(Roles roles = Role::Reception)
    {
        BusClient::Settings s;
        s.mqtt = login(*m_broker, "alice", alicePassword);
        s.roles = roles;
        return std::make_unique<BusClient>(s);
    }

private slots:
    void init()
    {
        m_broker = std::make_unique<TestBroker>();
        m_broker->addService("svc", svcPassword);
        m_broker->addConsole("alice", alicePassword, {"reception"});
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    }

    void cleanup() { m_broker.reset(); }

    // Section 2, "A late joiner": the retained state alone gives the full picture.
    void lateJoinerGetsThePicture()
    {
        FakeService service(*m_broker);
        QVERIFY(service.start());
        QVERIFY(service.publishState(service.picture("e1", "talking")));

        auto client = alice();
        QVERIFY(!client->picture().isCurrent());
        client->start();
        QTRY_VERIFY(client->picture().isCurrent());
        QVERIFY(client->isConnected());
        QCOMPARE(client->describe(),
            QStringLiteral("mqtt://127.0.0.1:%1 as alice").arg(m_broker->port()));
        const Extension *e = client->picture().extension("104");
        QVERIFY(e);
        QCOMPARE(e->name, QString("Anna"));
        QCOMPARE(e->port, 4);
        QVERIFY(e->state == core::CallState::Talking);

        // Changes arrive as they happen; events pass through untranslated.
        QSignalSpy changed(&client->picture(), &Picture::extensionsChanged);
        QSignalSpy events(client.get(), &Client::eventReceived);
        auto items = service.picture("e1", "ringing");
        QJsonObject ext = items[2].second;
        ext["rev"] = 3;
        QVERIFY(service.publishState({{"extension/104", ext}}));
        service.mqtt().publish(service.topics().event(),
            json({{"at", "2026-12-02T09:15:04.120Z"}, {"kind", "link.up"}}));
        QVERIFY(changed.wait());
        QCOMPARE(changed.last().at(0).toStringList(), QStringList {"104"});
        QVERIFY(client->picture().extension("104")->state == core::CallState::Ringing);
        QTRY_COMPARE(events.count(), 1);
        QCOMPARE(events.at(0).at(0).toJsonObject().value("kind").toString(), QString("link.up"));
    }

    // Section 2: the service's will ("offline") makes the picture not current; the broker
    // lost, too; after the broker is back the retained state arrives again.
    void offlineAndReconnect()
    {
        FakeService service(*m_broker);
        QVERIFY(service.start());
        QVERIFY(service.publishState(service.picture("e1")));
        auto client = alice();
        client->start();
        QTRY_VERIFY(client->picture().isCurrent());

        QVERIFY(service.publishState({{"service", {{"state", "offline"}}}}));
        QTRY_VERIFY(!client->picture().isCurrent());
        QVERIFY(!client->picture().service().online);
        QVERIFY(service.publishState(service.picture("e1")));
        QTRY_VERIFY(client->picture().isCurrent());

        QSignalSpy serviceState(client.get(), &Client::serviceStateChanged);
        m_broker->stop();
        QTRY_VERIFY(!client->isConnected());
        QVERIFY(!client->picture().isCurrent());
        QVERIFY(serviceState.count() > 0);
        QVERIFY(m_broker->start());
        QTRY_VERIFY_WITH_TIMEOUT(client->picture().isCurrent(), 15000);
        QVERIFY(client->picture().extension("104"));
    }

    // Section 4: response topic under R/reply/<user>/, correlation data, one answer.
    void commandRoundTrip()
    {
        FakeService service(*m_broker);
        service.answer = [](const QJsonObject &command) {
            if (command.value("extension").toString() == "999")
                return QJsonObject {{"ok", false}, {"error", "not-found"},
                    {"message", "extension 999 does not exist"}};
            return QJsonObject {{"ok", true}, {"changed", true}};
        };
        QVERIFY(service.start());
        auto client = alice();
        client->start();
        QTRY_VERIFY(client->isConnected());

        CommandOperation *op
            = client->send({{"action", "set-dnd"}, {"extension", "104"}, {"on", true}});
        QCOMPARE(op->action(), QString("set-dnd"));
        QSignalSpy finished(op, &CommandOperation::finished);
        QVERIFY(finished.wait());
        QVERIFY(op->isOk());
        QCOMPARE(op->reply().value("changed").toBool(), true);
        QCOMPARE(service.received.size(), 1);
        const bus::Message &m = service.received.at(0);
        QCOMPARE(m.topic, service.topics().command("reception", "alice"));
        QCOMPARE(m.responseTopic, client->replyTopic());
        QVERIFY(service.topics().isReplyTopicOf(m.responseTopic, "alice"));
        QCOMPARE(m.correlationData, op->id().toUtf8());

        // The service's refusal names why.
        op = client->send({{"action", "set-dnd"}, {"extension", "999"}, {"on", true}});
        QSignalSpy refused(op, &CommandOperation::finished);
        QVERIFY(refused.wait());
        QVERIFY(!op->isOk());
        QCOMPARE(op->errorCode(), QString("not-found"));
        QCOMPARE(op->errorMessage(), QString("extension 999 does not exist"));
    }

    // Issue 11 item 4, T9: transfer {to} and to-attendant {line} go on the reception topic as
    // section 4 spells them; the service's refusal comes back named.
    void transferAndToAttendant()
    {
        FakeService service(*m_broker);
        service.answer = [](const QJsonObject &command) {
            if (command.value("action").toString() == "transfer")
                return QJsonObject {{"ok", false}, {"error", "not-possible"},
                    {"message", "the attendant has no outside call"}};
            return QJsonObject {{"ok", true}, {"changed", true}};
        };
        QVERIFY(service.start());
        auto client = alice();
        client->start();
        QTRY_VERIFY(client->isConnected());
        CommandOperation *op = client->transfer("104");
        QCOMPARE(op->role(), Role::Reception);
        QSignalSpy refused(op, &CommandOperation::finished);
        QVERIFY(refused.wait());
        QCOMPARE(op->errorCode(), QString("not-possible"));
        QCOMPARE(op->errorMessage(), QString("the attendant has no outside call"));
        op = client->toAttendant(2);
        QSignalSpy answered(op, &CommandOperation::finished);
        QVERIFY(answered.wait());
        QVERIFY(op->isOk());
        QCOMPARE(service.received.size(), 2);
        QCOMPARE(service.received.at(0).topic, service.topics().command("reception", "alice"));
        QCOMPARE(QJsonDocument::fromJson(service.received.at(0).payload).object(),
            QJsonObject({{"action", "transfer"}, {"to", "104"}}));
        QCOMPARE(QJsonDocument::fromJson(service.received.at(1).payload).object(),
            QJsonObject({{"action", "to-attendant"}, {"line", 2}}));
    }

    // Section 4: each action goes on the topic of the least role held that allows it, so a
    // console holding reception and supervisor sends set-dnd as reception; cancel-request needs
    // supervisor, which the broker does not grant alice.
    void leastRoleTopic()
    {
        FakeService service(*m_broker);
        service.answer = [](const QJsonObject &) { return QJsonObject {{"ok", true}}; };
        QVERIFY(service.start());
        auto client = alice(Roles(Role::Reception) | Role::Supervisor);
        client->start();
        QTRY_VERIFY(client->isConnected());
        CommandOperation *op = client->send({{"action", "set-dnd"}, {"extension", "104"}});
        QCOMPARE(op->role(), Role::Reception);
        QSignalSpy answered(op, &CommandOperation::finished);
        QVERIFY(answered.wait());
        QVERIFY(op->isOk());
        QCOMPARE(service.received.at(0).topic, service.topics().command("reception", "alice"));

        op = client->send({{"action", "cancel-request"}, {"id", 1}});
        QCOMPARE(op->role(), Role::Supervisor);
        QSignalSpy refused(op, &CommandOperation::finished);
        QVERIFY(refused.wait());
        QCOMPARE(op->errorCode(), CommandOperation::brokerRefusedError);
        QVERIFY2(op->errorMessage().contains("supervisor"), qPrintable(op->errorMessage()));
    }

    // An unanswered command fails as a timeout, visibly, instead of vanishing.
    void timeoutWhenNobodyAnswers()
    {
        FakeService service(*m_broker); // subscribed, never answers
        QVERIFY(service.start());
        auto client = alice();
        client->setDefaultTimeoutMs(300);
        client->start();
        QTRY_VERIFY(client->isConnected());
        CommandOperation *op = client->send({{"action", "clear-callbacks"}, {"extension", "104"}});
        QSignalSpy finished(op, &CommandOperation::finished);
        QVERIFY(finished.wait());
        QCOMPARE(op->errorCode(), CommandOperation::timeoutError);
        QCOMPARE(service.received.size(), 1);
    }

    // Section 5: the broker lets alice publish only under her own roles; a console configured
    // with a role she does not hold gets PUBACK 0x87, shown as a refusal.
    void brokerForbiddenCommandFails()
    {
        FakeService service(*m_broker);
        service.answer = [](const QJsonObject &) { return QJsonObject {{"ok", true}}; };
        QVERIFY(service.start());
        auto client = alice(Roles(Role::Reception) | Role::Installer);
        client->start();
        QTRY_VERIFY(client->isConnected());
        CommandOperation *op = client->send(Role::Installer, {{"action", "audit"}});
        QSignalSpy finished(op, &CommandOperation::finished);
        QVERIFY(finished.wait());
        QCOMPARE(op->errorCode(), CommandOperation::brokerRefusedError);
        QVERIFY2(op->errorMessage().contains("installer"), qPrintable(op->errorMessage()));
        QVERIFY(service.received.isEmpty());
    }

    // A role the console does not hold is not even sent; nothing sent while disconnected.
    void localRefusals()
    {
        auto client = alice();
        CommandOperation *op = client->send({{"action", "set-dnd"}});
        QSignalSpy finished(op, &CommandOperation::finished);
        QVERIFY(finished.wait());
        QCOMPARE(op->errorCode(), CommandOperation::notConnectedError);

        client->start();
        QTRY_VERIFY(client->isConnected());
        op = client->send(Role::Supervisor, {{"action", "cancel-request"}, {"id", 1}});
        QSignalSpy noRole(op, &CommandOperation::finished);
        QVERIFY(noRole.wait());
        QCOMPARE(op->errorCode(), CommandOperation::noRoleError);
        QVERIFY(!client->may("cancel-request"));
        QVERIFY(client->may("set-dnd"));
    }

    // A console closed while commands wait (one sent, one finished but not yet delivered):
    // nothing calls back into the destroyed client (checked under ASan in CI).
    void destroyedWithCommandsPending()
    {
        FakeService service(*m_broker); // never answers
        QVERIFY(service.start());
        auto client = alice();
        client->start();
        QTRY_VERIFY(client->isConnected());
        QPointer<CommandOperation> waiting = client->send({{"action", "set-dnd"}});
        QPointer<CommandOperation> refused = client->send(Role::Installer, {{"action", "audit"}});
        QVERIFY(refused->isFinished());
        QTRY_COMPARE(service.received.size(), 1);
        QVERIFY(waiting && !waiting->isFinished());
        client.reset();
        QVERIFY(!waiting);
        QVERIFY(!refused);
    }

    // No service subscribed to commands: PUBACK "no matching subscribers" fails at once.
    void serviceAbsentFailsAtOnce()
    {
        auto client = alice();
        client->start();
        QTRY_VERIFY(client->isConnected());
        CommandOperation *op = client->send({{"action", "set-dnd"}});
        QSignalSpy finished(op, &CommandOperation::finished);
        QVERIFY(finished.wait(3000)); // well before the 10 s timeout
        QCOMPARE(op->errorCode(), CommandOperation::notConnectedError);
    }
};

QTEST_GUILESS_MAIN(TestBusClient)
#include "tst_busclient.moc"
