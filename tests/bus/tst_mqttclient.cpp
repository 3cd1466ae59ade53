// sb::bus::MqttClient against a real Mosquitto (issue 10, SB-BUS/1 console-bus.md): every test
// starts its own broker (tests/support/testbroker.h) with the ACL of section 5.

#include "bus/mqttclient.h"
#include "bus/topics.h"
#include "tests/support/testbroker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <arpa/inet.h>
#include <csignal>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using sb::bus::Message;
using sb::bus::MqttClient;
using sb::bus::Topics;
using sb::test::TestBroker;

namespace {

const QString servicePassword = QStringLiteral("svc-secret");
const QString alicePassword = QStringLiteral("alice-secret");

MqttClient::Settings settingsFor(
    const TestBroker &broker, const QString &user, const QString &password)
{
    MqttClient::Settings settings;
    settings.host = broker.host();
    settings.port = broker.port();
    settings.user = user;
    settings.password = password;
    return settings;
}

// A listening socket that never accepts: TCP connects (the kernel's backlog), MQTT never answers.
class BlackHole
{
public:
    BlackHole()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
            && ::listen(m_fd, 4) == 0
            && ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~BlackHole() { ::close(m_fd); }
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

// The child of willDeliveredWhenClientDies: connects with a will, says so, and waits to be killed.
int runWillChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    MqttClient::Settings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = quint16(args.value(2).toUInt());
    settings.user = args.value(3);
    settings.password = args.value(4);
    settings.will = MqttClient::Will {args.value(5), args.value(6).toUtf8(), true, 1};
    MqttClient client(settings);
    QObject::connect(&client, &MqttClient::connected, [] {
        fputs("connected\n", stdout);
        fflush(stdout);
    });
    client.start();
    return app.exec();
}

} // namespace

class TstMqttClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBroker> m_broker;
    Topics m_topics;

    std::unique_ptr<MqttClient> makeClient(const QString &user, const QString &password)
    {
        return std::make_unique<MqttClient>(settingsFor(*m_broker, user, password));
    }

    // Starts the client, waits for CONNACK and for the SUBACK of every filter.
    static bool connectAndSubscribe(MqttClient &client, const QStringList &filters = {})
    {
        QSignalSpy connected(&client, &MqttClient::connected);
        QSignalSpy subscribed(&client, &MqttClient::subscribed);
        for (const QString &filter : filters)
            client.subscribe(filter);
        client.start();
        if (!QTest::qWaitFor([&] { return !connected.isEmpty(); }, 5000))
            return false;
        if (!QTest::qWaitFor([&] { return subscribed.size() >= filters.size(); }, 5000))
            return false;
        for (const auto &arguments : subscribed) {
            if (arguments.at(1).toInt() != 1)
                return false; // refused, or not granted QoS 1
        }
        return true;
    }

private slots:
    void initTestCase() { qRegisterMetaType<sb::bus::Message>(); }

    void init()
    {
        m_broker = std::make_unique<TestBroker>();
        m_broker->addService(QStringLiteral("svc"), servicePassword);
        m_broker->addConsole(QStringLiteral("alice"), alicePassword, {QStringLiteral("reception")});
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    }

    void cleanup() { m_broker.reset(); }

    // A message published by one client reaches a subscriber of another (QoS 1, SB-BUS/1 §1).
    void publishAndReceive()
    {
        auto alice = makeClient(QStringLiteral("alice"), alicePassword);
        QVERIFY(connectAndSubscribe(*alice, {m_topics.event()}));
        auto service = makeClient(QStringLiteral("svc"), servicePassword);
        QVERIFY(connectAndSubscribe(*service));
        QCOMPARE(service->state(), MqttClient::State::Connected);

        QSignalSpy received(alice.get(), &MqttClient::messageReceived);
        QSignalSpy published(service.get(), &MqttClient::published);
        const int mid = service->publish(m_topics.event(), R"({"kind":"link.up"})");
        QVERIFY(mid > 0);
        QTRY_COMPARE(received.size(), 1);
        const auto message = received.at(0).at(0).value<Message>();
        QCOMPARE(message.topic, m_topics.event());
        QCOMPARE(message.payload, QByteArray(R"({"kind":"link.up"})"));
        QVERIFY(!message.retained);
        QTRY_COMPARE(published.size(), 1);
        QCOMPARE(published.at(0).at(0).toInt(), mid);
        QCOMPARE(published.at(0).at(1).toInt(), 0); // PUBACK success: alice subscribes
    }

    // A child process does not inherit the broker connection (found by the system tests: a
    // child kept a console's connection open after the console had gone).
    void childrenDoNotInheritTheConnection()
    {
        const auto sockets = [] {
            QSet<QString> out;
            const QDir fds(QStringLiteral("/proc/self/fd"));
            for (const QString &f : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
                const QString target = QFile::symLinkTarget(fds.filePath(f));
                if (target.contains(QLatin1String("socket:")))
                    out << target.mid(target.lastIndexOf(QLatin1Char('/')) + 1);
            }
            return out;
        };
        const QSet<QString> before = sockets();
        auto alice = makeClient(QStringLiteral("alice"), alicePassword);
        QVERIFY(connectAndSubscribe(*alice, {m_topics.event()}));
        // Only the TCP connection to the broker (libmosquitto keeps a socket pair of its own).
        QSet<QString> tcp;
        for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
            QFile f(QString::fromLatin1(table));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &row : f.readAll().split('\n')) {
                const QList<QByteArray> fields = row.simplified().split(' ');
                if (fields.size() > 9)
                    tcp << QStringLiteral("socket:[%1]").arg(QString::fromLatin1(fields.at(9)));
            }
        }
        QSet<QString> mine;
        for (const QString &socket : sockets() - before) {
            if (tcp.contains(socket))
                mine << socket;
        }
        QVERIFY(!mine.isEmpty());
        QProcess child;
        child.start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), QStringLiteral("for f in /proc/$$/fd/*; do readlink $f; done")});
        QVERIFY(child.waitForFinished(10000));
        const QString inherited = QString::fromUtf8(child.readAllStandardOutput());
        for (const QString &socket : mine)
            QVERIFY2(!inherited.contains(socket), qPrintable(socket));
    }

    // State topics are retained: a late joiner gets the current picture (SB-BUS/1 §2).
    void retainedReachesLateSubscriber()
    {
        auto service = makeClient(QStringLiteral("svc"), servicePassword);
        QVERIFY(connectAndSubscribe(*service));
        QSignalSpy published(service.get(), &MqttClient::published);
        const int mid = service->publish(
            m_topics.state(Topics::Item::Service), R"({"state":"online"})", true);
        QVERIFY(mid > 0);
        QTRY_COMPARE(published.size(), 1);
        QCOMPARE(published.at(0).at(1).toInt(), MqttClient::NoMatchingSubscribers);

        auto alice = makeClient(QStringLiteral("alice"), alicePassword);
        QSignalSpy received(alice.get(), &MqttClient::messageReceived);
        QVERIFY(connectAndSubscribe(*alice, {m_topics.stateFilter()}));
        QTRY_COMPARE(received.size(), 1);
        const auto message = received.at(0).at(0).value<Message>();
        QCOMPARE(message.topic, m_topics.state(Topics::Item::Service));
        QCOMPARE(message.payload, QByteArray(R"({"state":"online"})"));
        QVERIFY(message.retained);
    }

    // A command carries its MQTT 5 response topic and correlation data to the service (§4).
    void responseTopicAndCorrelationDataArrive()
    {
        auto service = makeClient(QStringLiteral("svc"), servicePassword);
        QVERIFY(connectAndSubscribe(*service, {m_topics.commandFilter()}));
        auto alice = makeClient(QStringLiteral("alice"), alicePassword);
        QVERIFY(connectAndSubscribe(*alice, {m_topics.replyFilter(QStringLiteral("alice"))}));

        QSignalSpy commands(service.get(), &MqttClient::messageReceived);
        const QByteArray correlation("\x00\x01\xfe\xff-42", 7);
        const QString replyTopic = m_topics.reply(QStringLiteral("alice"), QStringLiteral("c1"));
        QVERIFY(
            alice->publish(m_topics.command(QStringLiteral("reception"), QStringLiteral("alice")),
                R"({"action":"set-dnd"})", false, 1, replyTopic, correlation)
            > 0);
        QTRY_COMPARE(commands.size(), 1);
        const auto command = commands.at(0).at(0).value<Message>();
        QCOMPARE(command.responseTopic, replyTopic);
        QCOMPARE(command.correlationData, correlation);

        // The answer goes back on the response topic with the same correlation data.
        QSignalSpy replies(alice.get(), &MqttClient::messageReceived);
        QVERIFY(service->publish(
                    command.responseTopic, R"({"ok":true})", false, 1, {}, command.correlationData)
            > 0);
        QTRY_COMPARE(replies.size(), 1);
        const auto reply = replies.at(0).at(0).value<Message>();
        QCOMPARE(reply.topic, replyTopic);
        QCOMPARE(reply.correlationData, correlation);
        QVERIFY(reply.responseTopic.isEmpty());
    }

    // A console may not publish state (§1, §5): PUBACK 0x87, and nobody receives it.
    void forbiddenPublishIsRefused()
    {
        auto service = makeClient(QStringLiteral("svc"), servicePassword);
        QVERIFY(connectAndSubscribe(*service, {m_topics.stateFilter(), m_topics.commandFilter()}));
        auto alice = makeClient(QStringLiteral("alice"), alicePassword);
        QVERIFY(connectAndSubscribe(*alice));

        QSignalSpy received(service.get(), &MqttClient::messageReceived);
        QSignalSpy published(alice.get(), &MqttClient::published);
        const int forged
            = alice->publish(m_topics.state(Topics::Item::Service), R"({"state":"offline"})", true);
        // Another user's command topic and a role alice does not hold: refused too.
        const int otherUser = alice->publish(
            m_topics.command(QStringLiteral("reception"), QStringLiteral("bob")), "{}");
        const int otherRole = alice->publish(
            m_topics.command(QStringLiteral("installer"), QStringLiteral("alice")), "{}");
        const int allowed = alice->publish(
            m_topics.command(QStringLiteral("reception"), QStringLiteral("alice")), "{}");
        QTRY_COMPARE(published.size(), 4);
        QMap<int, int> reasons;
        for (const auto &arguments : published)
            reasons.insert(arguments.at(0).toInt(), arguments.at(1).toInt());
        QCOMPARE(reasons.value(forged), MqttClient::NotAuthorized);
        QCOMPARE(reasons.value(otherUser), MqttClient::NotAuthorized);
        QCOMPARE(reasons.value(otherRole), MqttClient::NotAuthorized);
        QCOMPARE(reasons.value(allowed), 0);
        // The broker keeps order: had anything refused been delivered, it would come first.
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).value<Message>().topic,
            m_topics.command(QStringLiteral("reception"), QStringLiteral("alice")));
    }

    // The client comes back by itself after the broker restarts, and subscribes again.
    void reconnectsAndResubscribesAfterBrokerRestart()
    {
        auto alice = makeClient(QStringLiteral("alice"), alicePassword);
        QVERIFY(connectAndSubscribe(*alice, {m_topics.event()}));
        QSignalSpy connected(alice.get(), &MqttClient::connected);
        QSignalSpy disconnected(alice.get(), &MqttClient::disconnected);
        QSignalSpy subscribed(alice.get(), &MqttClient::subscribed);

        QVERIFY2(m_broker->restart(), qPrintable(m_broker->errorString()));
        QTRY_COMPARE(disconnected.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);
        QTRY_COMPARE(subscribed.size(), 1);
        QCOMPARE(subscribed.at(0).at(0).toString(), m_topics.event());

        auto service = makeClient(QStringLiteral("svc"), servicePassword);
        QVERIFY(connectAndSubscribe(*service));
        QSignalSpy received(alice.get(), &MqttClient::messageReceived);
        QVERIFY(service->publish(m_topics.event(), R"({"kind":"link.down"})") > 0);
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(
            received.at(0).at(0).value<Message>().payload, QByteArray(R"({"kind":"link.down"})"));
    }

    // A client that dies without DISCONNECT leaves its will (§2: the service's "offline").
    void willDeliveredWhenClientDies()
    {
        auto alice = makeClient(QStringLiteral("alice"), alicePassword);
        QVERIFY(connectAndSubscribe(*alice, {m_topics.stateFilter()}));
        QSignalSpy received(alice.get(), &MqttClient::messageReceived);

        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--will-child"), QString::number(m_broker->port()),
                QStringLiteral("svc"), servicePassword, m_topics.state(Topics::Item::Service),
                QStringLiteral(R"({"state":"offline"})")});
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += child.readAllStandardOutput()).contains("connected"), 10000);
        QCOMPARE(received.size(), 0);

        child.kill(); // SIGKILL: no DISCONNECT
        QVERIFY(child.waitForFinished());
        QTRY_COMPARE(received.size(), 1);
        const auto will = received.at(0).at(0).value<Message>();
        QCOMPARE(will.topic, m_topics.state(Topics::Item::Service));
        QCOMPARE(will.payload, QByteArray(R"({"state":"offline"})"));
    }

    // stop() sends DISCONNECT: the broker drops the will.
    void cleanStopSendsNoWill()
    {
        auto alice = makeClient(QStringLiteral("alice"), alicePassword);
        QVERIFY(connectAndSubscribe(*alice, {m_topics.stateFilter()}));
        QSignalSpy received(alice.get(), &MqttClient::messageReceived);

        auto settings = settingsFor(*m_broker, QStringLiteral("svc"), servicePassword);
        settings.will
            = MqttClient::Will {m_topics.state(Topics::Item::Service), "offline", true, 1};
        auto service = std::make_unique<MqttClient>(settings);
        QVERIFY(connectAndSubscribe(*service));
        QSignalSpy disconnected(service.get(), &MqttClient::disconnected);
        service->stop();
        QTRY_COMPARE(service->state(), MqttClient::State::Stopped);
        QCOMPARE(disconnected.size(), 1);
        QCOMPARE(service->publish(m_topics.event(), "{}"), -1);

        // Another client's message after the stop arrives alone: no will came before it.
        auto second = makeClient(QStringLiteral("svc"), servicePassword);
        QVERIFY(connectAndSubscribe(*second));
        QVERIFY(second->publish(m_topics.state(Topics::Item::Link), R"({"up":true})", true) > 0);
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).value<Message>().topic, m_topics.state(Topics::Item::Link));
    }

    // Nothing is queued while disconnected; a publish in flight when the connection drops is
    // reported as lost (docs/console-bus.md, "The MQTT client").
    void publishesAreNotKeptForLater()
    {
        auto service = makeClient(QStringLiteral("svc"), servicePassword);
        QCOMPARE(service->publish(m_topics.event(), "{}"), -1);
        QVERIFY(!service->lastError().isEmpty());
        QVERIFY(connectAndSubscribe(*service));

        // The broker, frozen, cannot acknowledge; then it dies.
        QCOMPARE(::kill(pid_t(m_broker->pid()), SIGSTOP), 0);
        QSignalSpy published(service.get(), &MqttClient::published);
        QSignalSpy disconnected(service.get(), &MqttClient::disconnected);
        const int mid = service->publish(m_topics.event(), R"({"kind":"link.up"})");
        QVERIFY(mid > 0);
        m_broker->kill();
        QTRY_COMPARE(disconnected.size(), 1);
        QCOMPARE(published.size(), 1);
        QCOMPARE(published.at(0).at(0).toInt(), mid);
        QCOMPARE(published.at(0).at(1).toInt(), MqttClient::ConnectionLost);
        QCOMPARE(service->publish(m_topics.event(), "{}"), -1);
        QVERIFY(service->state() != MqttClient::State::Connected);
    }

    // A wrong password is refused by the broker with its reason; the client keeps trying.
    void wrongPasswordIsReported()
    {
        auto alice = makeClient(QStringLiteral("alice"), QStringLiteral("wrong"));
        QSignalSpy disconnected(alice.get(), &MqttClient::disconnected);
        alice->start();
        QTRY_COMPARE(disconnected.size(), 1);
        const QString reason = disconnected.at(0).at(0).toString();
        QVERIFY2(reason.contains(QLatin1String("refused")), qPrintable(reason));
        QCOMPARE(alice->state(), MqttClient::State::WaitingToReconnect);
        alice->stop();
        QCOMPARE(alice->state(), MqttClient::State::Stopped);
    }

    // mqtts://: the broker's certificate is checked against the CA file (docs/console-bus.md,
    // "The MQTT client", TLS); the bus works as over plain TCP.
    void tlsWithCaFile()
    {
        TestBroker broker;
        broker.addService(QStringLiteral("svc"), servicePassword);
        broker.enableTls();
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        QVERIFY(broker.url().startsWith(QLatin1String("mqtts://")));

        auto settings = settingsFor(broker, QStringLiteral("svc"), servicePassword);
        settings.tls = true;
        settings.caFile = broker.caFile();
        MqttClient service(settings);
        QVERIFY(connectAndSubscribe(service, {m_topics.stateFilter()}));
        QSignalSpy received(&service, &MqttClient::messageReceived);
        QVERIFY(service.publish(m_topics.state(Topics::Item::Link), R"({"up":true})", true) > 0);
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).value<Message>().payload, QByteArray(R"({"up":true})"));
    }

    // A certificate no trusted authority signed is refused: the client never connects and says
    // why, then keeps trying.
    void tlsRefusesUnknownCertificate()
    {
        TestBroker broker;
        broker.addService(QStringLiteral("svc"), servicePassword);
        broker.enableTls();
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));

        auto settings = settingsFor(broker, QStringLiteral("svc"), servicePassword);
        settings.tls = true; // no CA file: the system's authorities, which do not know this one
        MqttClient service(settings);
        QSignalSpy connected(&service, &MqttClient::connected);
        QSignalSpy disconnected(&service, &MqttClient::disconnected);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 2, 5000);
        QCOMPARE(connected.size(), 0);
        // OpenSSL's reason comes with libmosquitto's "A TLS error occurred."
        const QString reason = disconnected.at(0).at(0).toString();
        QVERIFY2(reason.contains(QLatin1String("certificate verify failed")), qPrintable(reason));
        QVERIFY(service.state() != MqttClient::State::Connected);
    }

    // The service republishes its whole state at once after a reconnect: more QoS 1 publishes
    // than the broker lets be in flight (20) all arrive, in order, each acknowledged once.
    void manyPublishesAtOnce()
    {
        auto alice = makeClient(QStringLiteral("alice"), alicePassword);
        QVERIFY(connectAndSubscribe(*alice, {m_topics.stateFilter()}));
        auto service = makeClient(QStringLiteral("svc"), servicePassword);
        QVERIFY(connectAndSubscribe(*service));
        QSignalSpy received(alice.get(), &MqttClient::messageReceived);
        QSignalSpy published(service.get(), &MqttClient::published);
        constexpr int count = 500;
        QSet<int> mids;
        for (int i = 0; i < count; ++i) {
            const int mid = service->publish(m_topics.extension(QString::number(100 + i)),
                QByteArray(200, 'x') + QByteArray::number(i), true);
            QVERIFY(mid > 0);
            mids.insert(mid);
        }
        QCOMPARE(mids.size(), count);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), count, 20000);
        QTRY_COMPARE(published.size(), count);
        for (int i = 0; i < count; ++i) {
            const auto message = received.at(i).at(0).value<Message>();
            QCOMPARE(message.topic, m_topics.extension(QString::number(100 + i)));
            QVERIFY(message.payload.endsWith('x' + QByteArray::number(i)));
        }
        QSet<int> acknowledged;
        for (const auto &arguments : published) {
            QCOMPARE(arguments.at(1).toInt(), 0);
            acknowledged.insert(arguments.at(0).toInt());
        }
        QCOMPARE(acknowledged, mids);
    }

    // A CA file that cannot be read is named in the reason.
    void unreadableCaFileIsReported()
    {
        auto settings = settingsFor(*m_broker, QStringLiteral("svc"), servicePassword);
        settings.tls = true;
        settings.caFile = QStringLiteral("/nonexistent/ca.crt");
        MqttClient service(settings);
        QSignalSpy disconnected(&service, &MqttClient::disconnected);
        service.start();
        QTRY_COMPARE(disconnected.size(), 1);
        QVERIFY2(disconnected.at(0).at(0).toString().contains(settings.caFile),
            qPrintable(disconnected.at(0).at(0).toString()));
        QCOMPARE(service.state(), MqttClient::State::WaitingToReconnect);
    }

    // A broker that never answers does not stall the event loop, and the attempt times out.
    void silentHostKeepsEventLoopResponsive()
    {
        BlackHole hole;
        QVERIFY(hole.port() != 0);
        auto settings = settingsFor(*m_broker, QStringLiteral("alice"), alicePassword);
        settings.port = hole.port();
        settings.connectTimeoutSeconds = 1;
        MqttClient client(settings);
        QSignalSpy disconnected(&client, &MqttClient::disconnected);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start(20);

        QElapsedTimer elapsed;
        elapsed.start();
        client.start();
        QVERIFY(elapsed.elapsed() < 200);
        QCOMPARE(client.state(), MqttClient::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 5000);
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
        QCOMPARE(client.state(), MqttClient::State::WaitingToReconnect);
        QCOMPARE(disconnected.at(0).at(0).toString(), QStringLiteral("no answer from the broker"));
    }

    // An address nobody answers (TEST-NET-1) and a name that does not exist: start() returns at
    // once, the loop keeps running, and the failure is told.
    void unreachableHostKeepsEventLoopResponsive()
    {
        for (const QString &host :
            {QStringLiteral("192.0.2.1"), QStringLiteral("no-such-host.invalid")}) {
            auto settings = settingsFor(*m_broker, QStringLiteral("alice"), alicePassword);
            settings.host = host;
            settings.connectTimeoutSeconds = 1;
            MqttClient client(settings);
            QSignalSpy disconnected(&client, &MqttClient::disconnected);
            QTimer timer;
            QSignalSpy fired(&timer, &QTimer::timeout);
            timer.start(10);

            QElapsedTimer elapsed;
            elapsed.start();
            client.start();
            QVERIFY(elapsed.elapsed() < 200);
            QVERIFY(fired.wait(1000));
            QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 10000);
            QVERIFY(!disconnected.at(0).at(0).toString().isEmpty());
            QVERIFY(client.state() != MqttClient::State::Connected);
        }
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--will-child") == 0)
        return runWillChild(argc, argv);
    QCoreApplication app(argc, argv);
    TstMqttClient test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mqttclient.moc"
