// The real switchboardd process against a Mosquitto of the test's own with console-bus.md
// section 5's ACL (issue 10): retained state for a late joiner, commands answered on their
// user's reply topic with the same correlation data, commands without one neither answered nor
// carried out, stale retained items of an earlier run emptied, SIGTERM and SIGKILL (the will),
// and the command line's refusals (console.md: one line, exit status 2).

#include "bus/mqttclient.h"
#include "bus/topics.h"
#include "tests/support/testbroker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>

using sb::bus::Message;
using sb::bus::MqttClient;
using sb::bus::Topics;
using sb::test::TestBroker;

namespace {

const QString servicePassword = QStringLiteral("svc-secret");

QByteArray bytes(const char *json)
{
    return QByteArray(json);
}

/// A console (or the service's account, for planting stale state) on the test's broker that
/// keeps what it receives: the retained picture under R/state/ and every other message.
class Watcher : public QObject
{
public:
    Watcher(const TestBroker &broker, const QString &user, const QString &password,
        const QStringList &filters)
    {
        MqttClient::Settings s;
        s.host = broker.host();
        s.port = broker.port();
        s.user = user;
        s.password = password;
        client = std::make_unique<MqttClient>(s);
        for (const QString &f : filters)
            client->subscribe(f);
        connect(client.get(), &MqttClient::messageReceived, this, [this](const Message &m) {
            messages << m;
            const int at = m.topic.indexOf(QLatin1String("/state/"));
            if (at < 0)
                return;
            const QString item = m.topic.mid(at + 1);
            if (m.payload.isEmpty())
                state.remove(item);
            else
                state.insert(item, QJsonDocument::fromJson(m.payload).object());
        });
        connect(client.get(), &MqttClient::subscribed, this,
            [this](const QString &, int) { ++subscribed; });
        client->start();
    }

    /// True once the index and every item it names are held (a late joiner's whole picture).
    bool whole() const
    {
        if (!state.contains(QStringLiteral("state/index")))
            return false;
        const QJsonObject index = state.value(QStringLiteral("state/index"));
        for (const QJsonValue &v : index.value("extensions").toArray()) {
            if (!state.contains(QStringLiteral("state/extension/") + v.toString()))
                return false;
        }
        for (const QJsonValue &v : index.value("lines").toArray()) {
            if (!state.contains(QStringLiteral("state/line/") + QString::number(v.toInt())))
                return false;
        }
        for (const QJsonValue &v : index.value("requests").toArray()) {
            if (!state.contains(QStringLiteral("state/request/") + QString::number(v.toInteger())))
                return false;
        }
        return true;
    }
    QString serviceState() const
    {
        return state.value(QStringLiteral("state/service")).value("state").toString();
    }
    QList<Message> on(const QString &topicStart) const
    {
        QList<Message> out;
        for (const Message &m : messages) {
            if (m.topic.startsWith(topicStart))
                out << m;
        }
        return out;
    }

    std::unique_ptr<MqttClient> client;
    QList<Message> messages;
    QHash<QString, QJsonObject> state;
    int subscribed = 0;
};

/// One run of switchboardd.
class Daemon
{
public:
    ~Daemon()
    {
        if (process.state() != QProcess::NotRunning) {
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished(5000);
        }
    }
    void start(const QStringList &arguments)
    {
        process.setProgram(QStringLiteral(SWITCHBOARDD_BIN));
        process.setArguments(arguments);
        process.start();
    }
    void signal(int number) { ::kill(pid_t(process.processId()), number); }
    QString output() { return m_output += QString::fromLocal8Bit(process.readAllStandardOutput()); }

    QProcess process;

private:
    QString m_output;
};

/// switchboardd run to its end with `arguments`: exit code and standard error.
QPair<int, QString> runToEnd(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(SWITCHBOARDD_BIN), arguments);
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
        return {-1, QStringLiteral("did not end")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromLocal8Bit(p.readAllStandardError())};
}

} // namespace

class TestSwitchboardd : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestBroker> m_broker;
    QString m_passwordFile;

    QString root() const { return m_broker->root(); }

    /// The unit's way: its own account, the password in a file only it reads.
    QStringList serviceArguments() const
    {
        return {QStringLiteral("--simulate"), QStringLiteral("8,2"), QStringLiteral("--config"),
            m_dir->filePath(QStringLiteral("programming.json")), QStringLiteral("--bus"),
            m_broker->url(), QStringLiteral("--user"), QStringLiteral("switchboardd"),
            QStringLiteral("--password-file"), m_passwordFile};
    }

    Watcher *alice()
    {
        return new Watcher(*m_broker, QStringLiteral("alice"), QStringLiteral("alice-secret"),
            {root() + QStringLiteral("/state/#"), root() + QStringLiteral("/event"),
                root() + QStringLiteral("/reply/alice/#")});
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_broker = std::make_unique<TestBroker>();
        m_broker->addService(QStringLiteral("switchboardd"), servicePassword);
        m_broker->addConsole(QStringLiteral("alice"), QStringLiteral("alice-secret"),
            {QStringLiteral("reception"), QStringLiteral("supervisor"),
                QStringLiteral("installer")});
        m_broker->addConsole(
            QStringLiteral("bob"), QStringLiteral("bob-secret"), {QStringLiteral("reception")});
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
        m_passwordFile = m_dir->filePath(QStringLiteral("bus-password"));
        QFile f(m_passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(servicePassword.toUtf8() + '\n'); // a final newline is ignored
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    }

    void cleanup()
    {
        m_broker.reset();
        m_dir.reset();
    }

    // Section 2: a late joiner subscribing to R/state/# gets the index and every item it names,
    // retained, and the service online with its epoch.
    void stateIsRetainedForALateJoiner()
    {
        Daemon daemon;
        daemon.start(serviceArguments());
        std::unique_ptr<Watcher> early(alice());
        QTRY_VERIFY_WITH_TIMEOUT(early->whole() && early->serviceState() == "online", 10000);
        QTRY_VERIFY(early->state.value("state/link").value("up").toBool());
        std::unique_ptr<Watcher> late(alice()); // after the service published everything
        QTRY_VERIFY(late->whole());
        QCOMPARE(late->state.value("state/index").value("extensions").toArray().size(), 8);
        QCOMPARE(late->serviceState(), QStringLiteral("online"));
        QCOMPARE(late->state.value("state/index").value("epoch"),
            late->state.value("state/service").value("epoch"));
        for (const Message &m : late->on(root() + "/state/"))
            QVERIFY2(m.retained, qPrintable(m.topic));
        QVERIFY(late->state.contains("state/programming"));
    }

    // Section 4: a command is answered on its response topic with the same correlation data; one
    // without a response topic, or naming another user's reply topic, is neither answered nor
    // carried out (and bob, whose topic it named, receives nothing).
    void commandsAnsweredOnlyOnTheirUsersReplyTopic()
    {
        Daemon daemon;
        daemon.start(serviceArguments());
        std::unique_ptr<Watcher> a(alice());
        Watcher bob(*m_broker, QStringLiteral("bob"), QStringLiteral("bob-secret"),
            {root() + QStringLiteral("/reply/bob/#")});
        QTRY_VERIFY_WITH_TIMEOUT(a->whole() && a->serviceState() == "online", 10000);
        QTRY_COMPARE(bob.subscribed, 1);
        const QString command = root() + QStringLiteral("/command/reception/alice");
        const QString reply = root() + QStringLiteral("/reply/alice/t1");
        QVERIFY(a->client->publish(
                    command, bytes(R"({"action":"set-dnd","extension":"105","on":true})"), false, 1)
            >= 0);
        QVERIFY(a->client->publish(command,
                    bytes(R"({"action":"set-dnd","extension":"106","on":true})"), false, 1,
                    root() + QStringLiteral("/reply/bob/x"), "c-0")
            >= 0);
        QVERIFY(a->client->publish(command,
                    bytes(R"({"action":"set-dnd","extension":"104","on":true})"), false, 1, reply,
                    "c-1")
            >= 0);
        QTRY_COMPARE(a->on(reply).size(), 1);
        const Message answer = a->on(reply).first();
        QCOMPARE(answer.correlationData, QByteArray("c-1"));
        QVERIFY(!answer.retained);
        QCOMPARE(QJsonDocument::fromJson(answer.payload).object(),
            QJsonDocument::fromJson(R"({"ok":true,"changed":true})").object());
        QTRY_VERIFY(a->state.value("state/extension/104").value("dnd").toBool());
        // Commands are processed in order: the two before were dropped, not merely late.
        QVERIFY(!a->state.value("state/extension/105").value("dnd").toBool());
        QVERIFY(!a->state.value("state/extension/106").value("dnd").toBool());
        QVERIFY(bob.on(root() + "/reply/").isEmpty());
        // The answered one is an event too.
        QTRY_VERIFY(!a->on(root() + "/event").isEmpty());
        bool told = false;
        for (const Message &m : a->on(root() + "/event")) {
            const QJsonObject e = QJsonDocument::fromJson(m.payload).object();
            if (e.value("kind") == "command") {
                QVERIFY(!told);
                told = true;
                QCOMPARE(e.value("by").toString(), QStringLiteral("alice"));
                QCOMPARE(e.value("action").toString(), QStringLiteral("set-dnd"));
            }
        }
        QVERIFY(told);
        // console.md: one line per event on standard output, not one per command the service
        // sends the controller (DND lights 104's DND lamp: LAMP, which the headless console
        // would also trace as "-> LAMP ...").
        QTRY_VERIFY(daemon.output().contains(QStringLiteral("set-dnd")));
        static const QRegularExpression commandLine(
            QStringLiteral("^[0-9:.]+ -> "), QRegularExpression::MultilineOption);
        QVERIFY2(!daemon.output().contains(commandLine), qPrintable(daemon.output().right(2000)));
    }

    // Section 2: at start the service empties the retained items under R/state/ an earlier run
    // left that its picture does not hold.
    void staleRetainedItemsAreEmptied()
    {
        {
            Watcher planter(*m_broker, QStringLiteral("switchboardd"), servicePassword, {});
            QTRY_VERIFY(planter.client->isConnected());
            QSignalSpy acked(planter.client.get(), &MqttClient::published);
            planter.client->publish(
                root() + "/state/extension/999", R"({"rev":5,"number":"999"})", true);
            planter.client->publish(root() + "/state/request/77", R"({"rev":6,"id":77})", true);
            QTRY_COMPARE(acked.size(), 2);
        }
        std::unique_ptr<Watcher> before(alice());
        QTRY_VERIFY(before->state.contains("state/extension/999")
            && before->state.contains("state/request/77"));
        Daemon daemon;
        daemon.start(serviceArguments());
        QTRY_VERIFY_WITH_TIMEOUT(before->whole() && before->serviceState() == "online", 10000);
        QTRY_VERIFY(!before->state.contains("state/extension/999")
            && !before->state.contains("state/request/77"));
        // Gone from the broker too: a new subscriber does not get them.
        std::unique_ptr<Watcher> after(alice());
        QTRY_VERIFY(after->whole());
        QVERIFY(!after->state.contains("state/extension/999"));
        QVERIFY(!after->state.contains("state/request/77"));
        QVERIFY(daemon.output().contains("emptied 2 retained items"));
    }

    // SIGTERM: state/service offline (retained, the same epoch), a clean disconnect, exit 0.
    void sigtermSaysOfflineAndExitsZero()
    {
        Daemon daemon;
        daemon.start(serviceArguments());
        std::unique_ptr<Watcher> a(alice());
        QTRY_VERIFY_WITH_TIMEOUT(a->serviceState() == "online", 10000);
        const QString epoch = a->state.value("state/service").value("epoch").toString();
        daemon.signal(SIGTERM);
        QVERIFY(daemon.process.waitForFinished(10000));
        QCOMPARE(daemon.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.process.exitCode(), 0);
        QTRY_COMPARE(a->serviceState(), QStringLiteral("offline"));
        std::unique_ptr<Watcher> later(alice());
        QTRY_COMPARE(later->serviceState(), QStringLiteral("offline"));
        QCOMPARE(later->state.value("state/service").value("epoch").toString(), epoch);
        QVERIFY(daemon.output().contains("stopped"));
    }

    // SIGTERM while the broker cannot be reached: nothing to say offline to, still exit 0.
    void sigtermWithoutBrokerExitsZero()
    {
        m_broker->stop();
        Daemon daemon;
        daemon.start(serviceArguments());
        QTRY_VERIFY_WITH_TIMEOUT(daemon.output().contains("link up"), 10000);
        daemon.signal(SIGTERM);
        QVERIFY(daemon.process.waitForFinished(10000));
        QCOMPARE(daemon.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.process.exitCode(), 0);
        QVERIFY(daemon.output().contains("stopped"));
    }

    // SIGKILL: the broker publishes the will, offline, retained; well within 1.5 keepalives.
    void sigkillLeavesTheWill()
    {
        Daemon daemon;
        daemon.start(serviceArguments());
        std::unique_ptr<Watcher> a(alice());
        QTRY_VERIFY_WITH_TIMEOUT(a->serviceState() == "online", 10000);
        const QString epoch = a->state.value("state/service").value("epoch").toString();
        daemon.signal(SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(a->serviceState(), QStringLiteral("offline"), 15000);
        QCOMPARE(a->state.value("state/service").value("epoch").toString(), epoch);
        std::unique_ptr<Watcher> later(alice());
        QTRY_COMPARE(later->serviceState(), QStringLiteral("offline"));
    }

    // Without --bus: no broker, one line per event, SIGTERM ends it with 0.
    void withoutBusRunsAlone()
    {
        Daemon daemon;
        daemon.start({QStringLiteral("--simulate"), QStringLiteral("8,2"),
            QStringLiteral("--config"), m_dir->filePath(QStringLiteral("programming.json"))});
        QTRY_VERIFY_WITH_TIMEOUT(daemon.output().contains("link up"), 10000);
        QVERIFY(daemon.output().contains("without a broker"));
        daemon.signal(SIGTERM);
        QVERIFY(daemon.process.waitForFinished(10000));
        QCOMPARE(daemon.process.exitCode(), 0);
    }

    // console.md: bad arguments are one line naming the problem, exit status 2.
    void badArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("names");
        QTest::newRow("unknown option") << QStringList {"--frobnicate"} << "frobnicate";
        QTest::newRow("bad url") << QStringList {"--bus", "ftp://x"} << "--bus";
        QTest::newRow("user without bus") << QStringList {"--user", "svc"} << "--user";
        QTest::newRow("two transports")
            << QStringList {"--simulate", "8", "--usb"} << "exclude each other";
        QTest::newRow("ca without tls")
            << QStringList {"--bus", "mqtt://127.0.0.1", "--ca", "/etc/hostname"} << "--ca";
        QTest::newRow("bad system")
            << QStringList {"--bus", "mqtt://127.0.0.1", "--system", "Office!"} << "--system";
        QTest::newRow("missing password file") << QStringList {"--bus", "mqtt://127.0.0.1",
            "--user", "svc", "--password-file", "/nonexistent/pw"}
                                               << "/nonexistent/pw";
    }
    void badArgumentsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, names);
        const auto [code, error] = runToEnd(arguments);
        QCOMPARE(code, 2);
        QVERIFY2(error.startsWith("switchboardd: ") && error.count('\n') == 1, qPrintable(error));
        QVERIFY2(error.contains(names), qPrintable(error));
    }

    // The password file must not be readable by every user: refused, naming it.
    void worldReadablePasswordFileRefused()
    {
        QVERIFY(QFile::setPermissions(m_passwordFile,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        const auto [code, error] = runToEnd(serviceArguments());
        QCOMPARE(code, 2);
        QVERIFY2(error.contains(m_passwordFile) && error.contains("readable by every user"),
            qPrintable(error));
    }

    void helpAndVersion()
    {
        QProcess p;
        p.start(QStringLiteral(SWITCHBOARDD_BIN), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QString help = QString::fromLocal8Bit(p.readAllStandardOutput());
        for (const char *option : {"--simulate", "--serial", "--baud", "--usb", "--config", "--bus",
                 "--user", "--password-file", "--ca", "--system", "--version"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
        p.start(QStringLiteral(SWITCHBOARDD_BIN), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("switchboardd "));
    }
};

QTEST_GUILESS_MAIN(TestSwitchboardd)
#include "tst_switchboardd.moc"
