// The shipped recipe for several consoles (issue 10 item 5), followed step by step on temporary
// files as an installer would on the controller PC (README "Several consoles",
// docs/deployment.md): switchboard-bus-user adds the service's account and three console users,
// the broker's configuration is the shipped mosquitto/switchboard.conf with only its paths and
// ports changed, the TLS certificates are made with the documented openssl commands, and a real
// Mosquitto checks console-bus.md section 5 with mosquitto_pub and mosquitto_sub (MQTT 5).
// The slots run in order: each step uses what the previous ones made.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <memory>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

const QString sourceDir = QStringLiteral(SWITCHBOARD_SOURCE_DIR);
const QString root = QStringLiteral("switchboard/1/office");

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs a program to its end (at most 20 s), with INPUT on its standard input.
Result run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    Result r;
    if (!p.waitForStarted(5000)) {
        r.err = "cannot start " + program.toUtf8() + ": " + p.errorString().toUtf8();
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = program.toUtf8() + " did not finish";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// A loopback TCP port nobody listens on now (bound, read, closed).
quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof a;
    quint16 port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &length) == 0)
        port = ntohs(a.sin_port);
    if (fd >= 0)
        ::close(fd);
    return port;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A mosquitto_sub that runs until stopped; its messages as "topic payload".
class Subscriber
{
public:
    Subscriber(const QStringList &connection, const QStringList &topics)
    {
        QStringList args {QStringLiteral("-d"), QStringLiteral("-V"), QStringLiteral("5"),
            QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-F"),
            QStringLiteral("MSG %t %p")};
        args << connection;
        for (const QString &t : topics)
            args << QStringLiteral("-t") << t;
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
            [this] { m_out += m_process.readAllStandardOutput(); });
        // Line-buffered: mosquitto_sub's debug lines (SUBACK) are not flushed otherwise.
        m_process.start(QStringLiteral("stdbuf"),
            QStringList {QStringLiteral("-oL"), QStringLiteral("mosquitto_sub")} + args);
    }
    ~Subscriber()
    {
        m_process.terminate(); // by its own pid
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    /// True once the broker has answered its subscriptions (mosquitto_sub -d says so).
    bool subscribed() const { return m_out.contains("received SUBACK"); }
    QStringList messages() const
    {
        QStringList out;
        for (const QByteArray &line : m_out.split('\n'))
            if (line.startsWith("MSG "))
                out << QString::fromUtf8(line.mid(4));
        return out;
    }
    QString output() const { return QString::fromUtf8(m_out); }

private:
    QProcess m_process;
    QByteArray m_out;
};

} // namespace

class TestBusRecipe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_script;
    QString m_mosquitto;
    QString m_passwd;
    QString m_acl;
    QString m_servicePassword;
    QString m_conf;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    std::unique_ptr<QProcess> m_broker;
    QByteArray m_brokerLog;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// switchboard-bus-user on the temporary files, never reloading a broker.
    Result busUser(QStringList args, const QByteArray &input = {}) const
    {
        args << QStringLiteral("--passwd") << m_passwd << QStringLiteral("--acl") << m_acl
             << QStringLiteral("--no-reload");
        return run(m_script, args, input);
    }

    QStringList loopback(const QString &user, const QString &password) const
    {
        return {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
            QString::number(m_port), QStringLiteral("-u"), user, QStringLiteral("-P"), password};
    }
    QString servicePassword() const
    {
        return QString::fromUtf8(readFile(m_servicePassword)).trimmed();
    }

    /// mosquitto_pub -V 5 -q 1: it waits for the broker's PUBACK, so once it has ended the
    /// broker has either passed the message on or dropped it.
    Result publish(const QStringList &connection, const QString &topic, const QByteArray &payload,
        const QStringList &extra = {}) const
    {
        QStringList args {QStringLiteral("-V"), QStringLiteral("5"), QStringLiteral("-q"),
            QStringLiteral("1"), QStringLiteral("-t"), topic, QStringLiteral("-m"),
            QString::fromUtf8(payload)};
        return run(QStringLiteral("mosquitto_pub"), args + connection + extra);
    }
    static bool accepted(const Result &r) { return r.exitCode == 0 && r.err.isEmpty(); }
    /// Refused by the ACL: PUBACK 0x87, which mosquitto_pub reports ("Not authorized").
    static bool refused(const Result &r) { return r.err.contains("Not authorized"); }

    bool startBroker()
    {
        m_brokerLog.clear();
        m_broker = std::make_unique<QProcess>();
        m_broker->setProcessChannelMode(QProcess::MergedChannels);
        connect(m_broker.get(), &QProcess::readyRead, this,
            [this] { m_brokerLog += m_broker->readAll(); });
        m_broker->start(m_mosquitto, {QStringLiteral("-c"), m_conf});
        return m_broker->waitForStarted(5000);
    }
    void stopBroker()
    {
        if (!m_broker)
            return;
        m_broker->terminate(); // SIGTERM to its pid: it saves its retained messages and ends
        if (!m_broker->waitForFinished(10000)) {
            m_broker->kill();
            m_broker->waitForFinished(5000);
        }
        m_broker.reset();
    }
    bool brokerRunning() const { return m_brokerLog.contains(" running"); }

    /// switchboardd.service's ExecStart, $SWITCHBOARDD_OPTIONS taken from switchboardd.conf as
    /// systemd does (quotes removed, split at spaces), with the test's paths and port.
    QStringList unitCommandLine() const
    {
        QString exec;
        QStringList options;
        const QString unit = QString::fromUtf8(
            readFile(sourceDir + QStringLiteral("/packaging/switchboardd.service")));
        for (const QString &line : unit.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("ExecStart=")))
                exec = line.mid(10);
        const QString conf = QString::fromUtf8(
            readFile(sourceDir + QStringLiteral("/packaging/switchboardd.conf")));
        for (const QString &line : conf.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("SWITCHBOARDD_OPTIONS=\"")) && line.endsWith('"'))
                options = line.mid(22).chopped(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (exec.isEmpty() || options.isEmpty())
            return {};
        QMap<QString, QString> rewrite {
            {QStringLiteral("/usr/bin/switchboardd"), QStringLiteral(SWITCHBOARDD_PATH)},
            {QStringLiteral("/var/lib/switchboard/programming.json"),
                path(QStringLiteral("state/programming.json"))},
            {QStringLiteral("mqtt://127.0.0.1:1883"),
                QStringLiteral("mqtt://127.0.0.1:%1").arg(m_port)},
            {QStringLiteral("/etc/switchboard/bus-password"), m_servicePassword},
        };
        QStringList out;
        for (const QString &word : exec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (word == QLatin1String("$SWITCHBOARDD_OPTIONS"))
                out << options;
            else
                out << word;
        }
        int rewritten = 0;
        for (QString &word : out)
            if (rewrite.contains(word)) {
                word = rewrite.value(word);
                ++rewritten;
            }
        return rewritten == rewrite.size() ? out : QStringList();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_script = sourceDir + QStringLiteral("/packaging/switchboard-bus-user");
        QVERIFY(QFileInfo(m_script).isExecutable());
        m_mosquitto = QStandardPaths::findExecutable(QStringLiteral("mosquitto"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
        QVERIFY2(!m_mosquitto.isEmpty(), "mosquitto is not installed (scripts/install-deps.sh)");
        for (const char *tool : {"mosquitto_pub", "mosquitto_sub", "mosquitto_passwd", "openssl"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
        m_passwd = path(QStringLiteral("switchboard.passwd"));
        m_acl = path(QStringLiteral("switchboard.acl"));
        m_servicePassword = path(QStringLiteral("bus-password"));
        m_port = freePort();
        m_tlsPort = freePort();
        QVERIFY(m_port != 0 && m_tlsPort != 0 && m_port != m_tlsPort);
    }

    // Step 1: the service's account; its password (random) lands in the file switchboardd
    // reads with --password-file, never readable by others.
    void step1ServiceAccount()
    {
        const Result r = busUser({QStringLiteral("add-service"), QStringLiteral("switchboardd"),
            QStringLiteral("--password-file"), m_servicePassword});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(servicePassword().size() >= 40);
        for (const QString &file : {m_servicePassword, m_passwd, m_acl}) {
            // 0640: Qt's group and other bits are 0x0070 and 0x0007.
            QCOMPARE(int(QFileInfo(file).permissions() & 0x0077), int(QFile::ReadGroup));
            if (::geteuid() == 0 && file != m_servicePassword)
                QCOMPARE(QFileInfo(file).group(), QStringLiteral("mosquitto"));
        }
        const QByteArray acl = readFile(m_acl);
        QVERIFY(acl.contains("\nuser switchboardd\n"
                             "topic readwrite switchboard/1/office/state/#\n"
                             "topic write switchboard/1/office/event\n"
                             "topic write switchboard/1/office/reply/#\n"
                             "topic read switchboard/1/office/command/#\n"));
        QVERIFY(acl.contains("\npattern read switchboard/1/office/reply/%u/#\n"));
    }

    // Step 2: three console users with different roles; adding one again changes nothing,
    // a role change rewrites only its block, remove takes a user out of both files.
    void step2ConsoleUsers()
    {
        const QList<QStringList> users {{QStringLiteral("alice"), QStringLiteral("reception")},
            {QStringLiteral("bob"), QStringLiteral("supervisor")},
            {QStringLiteral("carol"), QStringLiteral("installer,reception,supervisor")}};
        for (const QStringList &u : users) {
            const Result r = busUser({QStringLiteral("add"), u[0], QStringLiteral("--role"), u[1],
                                         QStringLiteral("--password-stdin")},
                u[0].toUtf8() + "-secret\n");
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const QByteArray acl = readFile(m_acl);
        QVERIFY(acl.contains("\nuser carol\n"
                             "topic read switchboard/1/office/state/#\n"
                             "topic read switchboard/1/office/event\n"
                             "topic write switchboard/1/office/command/reception/carol\n"
                             "topic write switchboard/1/office/command/supervisor/carol\n"
                             "topic write switchboard/1/office/command/installer/carol\n"));

        // Idempotent: the same user again writes the same bytes.
        QVERIFY(busUser({QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"),
                            QStringLiteral("reception"), QStringLiteral("--keep-password")})
                    .exitCode
            == 0);
        QCOMPARE(readFile(m_acl), acl);

        // A user added, changed and removed leaves the files as they were (but the password
        // file's salts).
        const QByteArray passwd = readFile(m_passwd);
        QVERIFY(busUser({QStringLiteral("add"), QStringLiteral("dave"), QStringLiteral("--role"),
                            QStringLiteral("installer"), QStringLiteral("--password-stdin")},
                    "d\n")
                    .exitCode
            == 0);
        QVERIFY(busUser({QStringLiteral("add"), QStringLiteral("dave"), QStringLiteral("--role"),
                            QStringLiteral("reception"), QStringLiteral("--keep-password")})
                    .exitCode
            == 0);
        QVERIFY(readFile(m_acl).contains("command/reception/dave\n"));
        QVERIFY(!readFile(m_acl).contains("command/installer/dave"));
        QVERIFY(readFile(m_passwd).contains("\ndave:"));
        QVERIFY(busUser({QStringLiteral("remove"), QStringLiteral("dave")}).exitCode == 0);
        QCOMPARE(readFile(m_acl), acl);
        QCOMPARE(readFile(m_passwd), passwd);

        // No temporary file is left beside them.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);

        const Result list = busUser({QStringLiteral("list")});
        QCOMPARE(list.out,
            QByteArray("alice\toffice\treception\nbob\toffice\tsupervisor\n"
                       "carol\toffice\treception,supervisor,installer\n"
                       "switchboardd\toffice\tservice\n"));
    }

    // Names go into topics and Mosquitto's files: wildcards, separators and spaces are refused
    // (exit status 2, a message naming the problem) and nothing changes.
    void step2NamesAreChecked_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList add {QStringLiteral("add")};
        const QStringList role {QStringLiteral("--role"), QStringLiteral("reception")};
        QTest::newRow("slash") << add + QStringList {QStringLiteral("a/b")} + role;
        QTest::newRow("hash") << add + QStringList {QStringLiteral("a#")} + role;
        QTest::newRow("plus") << add + QStringList {QStringLiteral("+")} + role;
        QTest::newRow("space") << add + QStringList {QStringLiteral("al ice")} + role;
        QTest::newRow("colon") << add + QStringList {QStringLiteral("a:b")} + role;
        QTest::newRow("option") << add + QStringList {QStringLiteral("-x")} + role;
        QTest::newRow("empty") << add + QStringList {QString()} + role;
        QTest::newRow("role") << add
                + QStringList {
                    QStringLiteral("erin"), QStringLiteral("--role"), QStringLiteral("boss")};
        QTest::newRow("no role") << add + QStringList {QStringLiteral("erin")};
        QTest::newRow("system") << add + QStringList {QStringLiteral("erin")} + role
                + QStringList {QStringLiteral("--system"), QStringLiteral("Office/1")};
        QTest::newRow("service slash") << QStringList {QStringLiteral("add-service"),
            QStringLiteral("svc/x"), QStringLiteral("--password-file"), m_servicePassword};
        QTest::newRow("remove unknown")
            << QStringList {QStringLiteral("remove"), QStringLiteral("nobody")};
    }
    void step2NamesAreChecked()
    {
        QFETCH(QStringList, args);
        const QByteArray acl = readFile(m_acl);
        const QByteArray passwd = readFile(m_passwd);
        const Result r = busUser(args << QStringLiteral("--password-stdin"), "pw\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("switchboard-bus-user: ") && r.err.count('\n') == 1,
            r.err.constData());
        QCOMPARE(readFile(m_acl), acl);
        QCOMPARE(readFile(m_passwd), passwd);
    }

    // Step 3: the TLS certificates, with docs/deployment.md's commands: a CA, and a server
    // certificate for the name the consoles use (here localhost). Another CA, for a console
    // that trusts the wrong one.
    void step3Certificates()
    {
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("certs")));
        const QString certs = path(QStringLiteral("certs/"));
        const QStringList ec {QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
            QStringLiteral("-nodes")};
        for (const QString &ca : {QStringLiteral("switchboard-ca"), QStringLiteral("other-ca")}) {
            const Result r = run(QStringLiteral("openssl"),
                QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
                    + QStringList {QStringLiteral("-days"), QStringLiteral("3650"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=Switchboard CA"),
                        QStringLiteral("-keyout"), certs + ca + QStringLiteral(".key"),
                        QStringLiteral("-out"), certs + ca + QStringLiteral(".crt")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const Result r = run(QStringLiteral("openssl"),
            QStringList {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-CA"),
                certs + QStringLiteral("switchboard-ca.crt"), QStringLiteral("-CAkey"),
                certs + QStringLiteral("switchboard-ca.key")}
                + ec
                + QStringList {QStringLiteral("-days"), QStringLiteral("825"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                    QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost"),
                    QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:FALSE"),
                    QStringLiteral("-addext"), QStringLiteral("extendedKeyUsage=serverAuth"),
                    QStringLiteral("-keyout"), certs + QStringLiteral("switchboard-server.key"),
                    QStringLiteral("-out"), certs + QStringLiteral("switchboard-server.crt")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // Step 4: the broker's configuration is the shipped one; only its paths and ports change
    // (the LAN listener moves to loopback), and every line the recipe promises is there.
    void step4BrokerConfiguration()
    {
        const QString certs = path(QStringLiteral("certs/"));
        QMap<QString, QString> rewrite {
            {QStringLiteral("password_file /etc/mosquitto/switchboard.passwd"),
                QStringLiteral("password_file ") + m_passwd},
            {QStringLiteral("acl_file /etc/mosquitto/switchboard.acl"),
                QStringLiteral("acl_file ") + m_acl},
            {QStringLiteral("listener 1883 127.0.0.1"),
                QStringLiteral("listener %1 127.0.0.1").arg(m_port)},
            {QStringLiteral("listener 8883"),
                QStringLiteral("listener %1 127.0.0.1").arg(m_tlsPort)},
            {QStringLiteral("cafile /etc/mosquitto/certs/switchboard-ca.crt"),
                QStringLiteral("cafile ") + certs + QStringLiteral("switchboard-ca.crt")},
            {QStringLiteral("certfile /etc/mosquitto/certs/switchboard-server.crt"),
                QStringLiteral("certfile ") + certs + QStringLiteral("switchboard-server.crt")},
            {QStringLiteral("keyfile /etc/mosquitto/certs/switchboard-server.key"),
                QStringLiteral("keyfile ") + certs + QStringLiteral("switchboard-server.key")},
        };
        const QStringList kept {QStringLiteral("per_listener_settings false"),
            QStringLiteral("allow_anonymous false"), QStringLiteral("persistence true"),
            // A late joiner at 1,000 extensions and 5,000 requests gets every retained item.
            QStringLiteral("max_queued_messages 100000")};
        const QByteArray shipped
            = readFile(sourceDir + QStringLiteral("/packaging/mosquitto/switchboard.conf"));
        QVERIFY(!shipped.isEmpty());
        QStringList out;
        QStringList found;
        for (const QString &line : QString::fromUtf8(shipped).split(QLatin1Char('\n'))) {
            const QString setting = line.trimmed();
            if (rewrite.contains(setting)) {
                out << rewrite.value(setting);
                found << setting;
            } else {
                out << line;
                if (kept.contains(setting))
                    found << setting;
                else
                    QVERIFY2(setting.isEmpty() || setting.startsWith(QLatin1Char('#')),
                        qPrintable(QStringLiteral("unexpected line in the recipe: ") + line));
            }
        }
        found.sort();
        QStringList expected = rewrite.keys() + kept;
        expected.sort();
        QCOMPARE(found, expected);
        // Where a test keeps the retained messages, where it logs, and no change of user
        // (run as root, mosquitto would otherwise become "mosquitto", who cannot enter here).
        const passwd *me = ::getpwuid(::geteuid());
        QVERIFY(me);
        out << QStringLiteral("persistence_location ") + m_dir.path() + QLatin1Char('/')
            << QStringLiteral("log_dest stderr")
            << QStringLiteral("user ") + QString::fromLocal8Bit(me->pw_name);
        m_conf = path(QStringLiteral("mosquitto.conf"));
        QFile conf(m_conf);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        QVERIFY(conf.write(out.join(QLatin1Char('\n')).toUtf8() + '\n') > 0);
    }

    void step5BrokerStarts()
    {
        QVERIFY(startBroker());
        QTRY_VERIFY2_WITH_TIMEOUT(brokerRunning(), m_brokerLog.constData(), 10000);
    }

    // console-bus.md 5: no anonymous access, and a wrong password is refused.
    void anonymousIsRefused()
    {
        const QStringList anonymous {QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
            QStringLiteral("-p"), QString::number(m_port)};
        Result r = publish(anonymous, root + QStringLiteral("/state/service"), "{}");
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("not authori") || r.err.contains("Not authori"), r.err.constData());
        r = publish(loopback(QStringLiteral("alice"), QStringLiteral("wrong")),
            root + QStringLiteral("/command/reception/alice"), "{}");
        QVERIFY(r.exitCode != 0);
    }

    // console-bus.md 5: a console publishes only R/command/<role>/<own name> for each role it
    // holds; nothing else reaches the service, whose account sees every command topic.
    void consolesPublishOnlyTheirOwnRoleTopics()
    {
        Subscriber service(loopback(QStringLiteral("switchboardd"), servicePassword()),
            {root + QStringLiteral("/command/#")});
        QTRY_VERIFY2(service.subscribed(), qPrintable(service.output()));

        const QStringList alice = loopback(QStringLiteral("alice"), QStringLiteral("alice-secret"));
        const QStringList bob = loopback(QStringLiteral("bob"), QStringLiteral("bob-secret"));
        const QStringList carol = loopback(QStringLiteral("carol"), QStringLiteral("carol-secret"));
        // Refused: another role, another user's name, a role the user lacks.
        QVERIFY(refused(publish(alice, root + QStringLiteral("/command/supervisor/alice"), "{}")));
        QVERIFY(refused(publish(alice, root + QStringLiteral("/command/installer/alice"), "{}")));
        QVERIFY(refused(publish(alice, root + QStringLiteral("/command/reception/bob"), "{}")));
        QVERIFY(refused(publish(bob, root + QStringLiteral("/command/reception/bob"), "{}")));
        QVERIFY(refused(publish(bob, root + QStringLiteral("/command/supervisor/alice"), "{}")));
        QVERIFY(refused(publish(carol, root + QStringLiteral("/command/installer/alice"), "{}")));
        QVERIFY(refused(
            publish(alice, QStringLiteral("switchboard/1/other/command/reception/alice"), "{}")));
        // Allowed, in this order; the last one shows the refused ones would have arrived.
        QVERIFY(accepted(publish(alice, root + QStringLiteral("/command/reception/alice"), "1")));
        QVERIFY(accepted(publish(bob, root + QStringLiteral("/command/supervisor/bob"), "2")));
        QVERIFY(accepted(publish(carol, root + QStringLiteral("/command/installer/carol"), "3")));
        QVERIFY(accepted(publish(carol, root + QStringLiteral("/command/reception/carol"), "4")));
        QTRY_COMPARE(service.messages().size(), 4);
        QCOMPARE(service.messages(),
            QStringList({root + QStringLiteral("/command/reception/alice 1"),
                root + QStringLiteral("/command/supervisor/bob 2"),
                root + QStringLiteral("/command/installer/carol 3"),
                root + QStringLiteral("/command/reception/carol 4")}));
    }

    // console-bus.md 1 and 5: only the service publishes under R/state/ and R/event; every
    // user reads both (a late joiner gets the retained state); consoles' forgeries never arrive.
    void onlyTheServicePublishesStateAndEvents()
    {
        const QStringList service = loopback(QStringLiteral("switchboardd"), servicePassword());
        const QStringList alice = loopback(QStringLiteral("alice"), QStringLiteral("alice-secret"));
        const QStringList retain {QStringLiteral("-r")};
        QVERIFY(accepted(publish(
            service, root + QStringLiteral("/state/service"), R"({"state":"online"})", retain)));
        QVERIFY(refused(publish(
            alice, root + QStringLiteral("/state/service"), R"({"state":"offline"})", retain)));
        QVERIFY(
            refused(publish(alice, root + QStringLiteral("/state/extension/104"), "{}", retain)));
        // The service's account sends no commands.
        QVERIFY(refused(publish(service, root + QStringLiteral("/command/installer/alice"), "{}")));

        Subscriber bob(loopback(QStringLiteral("bob"), QStringLiteral("bob-secret")),
            {root + QStringLiteral("/state/#"), root + QStringLiteral("/event")});
        QTRY_VERIFY2(bob.subscribed(), qPrintable(bob.output()));
        QTRY_COMPARE(bob.messages().size(), 1);
        QCOMPARE(bob.messages().constFirst(),
            root + QStringLiteral(R"(/state/service {"state":"online"})"));

        QVERIFY(refused(publish(alice, root + QStringLiteral("/event"), R"({"kind":"forged"})")));
        QVERIFY(
            accepted(publish(service, root + QStringLiteral("/event"), R"({"kind":"link.up"})")));
        QTRY_COMPARE(bob.messages().size(), 2);
        QCOMPARE(bob.messages().constLast(), root + QStringLiteral(R"(/event {"kind":"link.up"})"));
    }

    // console-bus.md 4 and 5: the service answers on R/reply/<user>/…; nobody may receive
    // another user's answers.
    void repliesReachOnlyTheirUser()
    {
        const QStringList service = loopback(QStringLiteral("switchboardd"), servicePassword());
        Subscriber alice(loopback(QStringLiteral("alice"), QStringLiteral("alice-secret")),
            {root + QStringLiteral("/reply/alice/#")});
        Subscriber bob(loopback(QStringLiteral("bob"), QStringLiteral("bob-secret")),
            {root + QStringLiteral("/reply/alice/#"), root + QStringLiteral("/reply/bob/#"),
                root + QStringLiteral("/reply/#")});
        QTRY_VERIFY2(alice.subscribed(), qPrintable(alice.output()));
        QTRY_VERIFY2(bob.subscribed(), qPrintable(bob.output()));
        QVERIFY(accepted(publish(service, root + QStringLiteral("/reply/alice/1"), "a")));
        QVERIFY(accepted(publish(service, root + QStringLiteral("/reply/bob/1"), "b")));
        QTRY_VERIFY(bob.messages().contains(root + QStringLiteral("/reply/bob/1 b")));
        QTRY_COMPARE(alice.messages(), QStringList {root + QStringLiteral("/reply/alice/1 a")});
        QVERIFY2(
            !bob.output().contains(QStringLiteral("reply/alice/1 a")), qPrintable(bob.output()));
        // A console cannot answer in the service's place either.
        QVERIFY(refused(publish(loopback(QStringLiteral("bob"), QStringLiteral("bob-secret")),
            root + QStringLiteral("/reply/alice/2"), "forged")));
    }

    // The LAN listener speaks TLS only: with the installation's CA a console connects (mqtts,
    // --ca), without it (plain MQTT, or trusting another CA) it does not.
    void tlsListenerNeedsTheCa()
    {
        Subscriber service(loopback(QStringLiteral("switchboardd"), servicePassword()),
            {root + QStringLiteral("/command/#")});
        QTRY_VERIFY2(service.subscribed(), qPrintable(service.output()));
        const QStringList tls {QStringLiteral("-h"), QStringLiteral("localhost"),
            QStringLiteral("-p"), QString::number(m_tlsPort), QStringLiteral("-u"),
            QStringLiteral("alice"), QStringLiteral("-P"), QStringLiteral("alice-secret")};
        const QString topic = root + QStringLiteral("/command/reception/alice");
        Result r = publish(tls, topic, "plain");
        QVERIFY(r.exitCode != 0);
        r = publish(tls, topic, "system CAs",
            {QStringLiteral("--capath"), QStringLiteral("/etc/ssl/certs")});
        QVERIFY(r.exitCode != 0);
        r = publish(tls, topic, "tls",
            {QStringLiteral("--cafile"), path(QStringLiteral("certs/switchboard-ca.crt"))});
        QVERIFY2(accepted(r), r.err.constData());
        QTRY_COMPARE(service.messages(), QStringList {topic + QStringLiteral(" tls")});
    }

    // switchboard-bus-user remove, then SIGHUP (what `systemctl reload mosquitto` sends): the
    // user is refused at the next login; its open connection stays but receives nothing more.
    void removedUserIsLockedOut()
    {
        const QStringList service = loopback(QStringLiteral("switchboardd"), servicePassword());
        Subscriber alice(loopback(QStringLiteral("alice"), QStringLiteral("alice-secret")),
            {root + QStringLiteral("/state/#")});
        Subscriber bob(loopback(QStringLiteral("bob"), QStringLiteral("bob-secret")),
            {root + QStringLiteral("/state/#")});
        QTRY_VERIFY2(alice.subscribed(), qPrintable(alice.output()));
        QTRY_VERIFY2(bob.subscribed(), qPrintable(bob.output()));
        QTRY_COMPARE(alice.messages().size(), 1); // the retained state/service

        const Result r = busUser({QStringLiteral("remove"), QStringLiteral("alice")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!readFile(m_acl).contains("alice"));
        QVERIFY(!readFile(m_passwd).contains("alice:"));
        QVERIFY(::kill(pid_t(m_broker->processId()), SIGHUP) == 0);
        QTRY_VERIFY2(m_brokerLog.contains("Reloading config"), m_brokerLog.constData());

        QVERIFY(accepted(publish(service, root + QStringLiteral("/state/link"), "1")));
        QVERIFY(accepted(publish(service, root + QStringLiteral("/state/link"), "2")));
        QTRY_COMPARE(bob.messages().size(), 3);
        QCOMPARE(alice.messages().size(), 1);
        const Result login
            = publish(loopback(QStringLiteral("alice"), QStringLiteral("alice-secret")),
                root + QStringLiteral("/command/reception/alice"), "{}");
        QVERIFY(login.exitCode != 0);
        QVERIFY2(login.err.contains("Not authorized"), login.err.constData());
    }

    // console-bus.md 5: the broker keeps retained messages across its own restarts
    // (persistence true): a joiner after the restart still gets the service's state.
    void retainedStateOutlivesABrokerRestart()
    {
        stopBroker();
        QVERIFY(startBroker());
        QTRY_VERIFY2_WITH_TIMEOUT(brokerRunning(), m_brokerLog.constData(), 10000);
        Subscriber carol(loopback(QStringLiteral("carol"), QStringLiteral("carol-secret")),
            {root + QStringLiteral("/state/#")});
        QTRY_COMPARE(carol.messages(),
            QStringList {root + QStringLiteral(R"(/state/service {"state":"online"})")});
    }

    // Last, as it fills R/state/: the unit's ExecStart with the shipped options file, only its
    // paths and port changed:
    // switchboardd logs in with the account add-service made (its password file), comes online,
    // answers a console's command, and SIGTERM (the unit's KillSignal) ends it cleanly, offline.
    void serviceRunsAsTheUnitStartsIt()
    {
        const QStringList command = unitCommandLine();
        QVERIFY(!command.isEmpty());
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("state")));
        const QStringList service = loopback(QStringLiteral("switchboardd"), servicePassword());
        // The earlier slots' stand-in state goes, so that only the real service's is seen.
        QVERIFY(accepted(
            publish(service, root + QStringLiteral("/state/service"), "", {QStringLiteral("-r")})));
        Subscriber carol(loopback(QStringLiteral("carol"), QStringLiteral("carol-secret")),
            {root + QStringLiteral("/state/service")});
        QTRY_VERIFY2(carol.subscribed(), qPrintable(carol.output()));

        QProcess daemon;
        daemon.setProcessChannelMode(QProcess::MergedChannels);
        QByteArray log;
        connect(&daemon, &QProcess::readyRead, this, [&] { log += daemon.readAll(); });
        daemon.start(command.constFirst(), command.mid(1));
        QVERIFY(daemon.waitForStarted(5000));
        const auto online = [&] {
            return !carol.messages().isEmpty()
                && carol.messages().constLast().contains(QStringLiteral("\"state\":\"online\""));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(online(), log.constData(), 15000);

        const Result answer = run(QStringLiteral("mosquitto_rr"),
            loopback(QStringLiteral("carol"), QStringLiteral("carol-secret"))
                + QStringList {QStringLiteral("-V"), QStringLiteral("5"), QStringLiteral("-t"),
                    root + QStringLiteral("/command/reception/carol"), QStringLiteral("-e"),
                    root + QStringLiteral("/reply/carol/recipe"), QStringLiteral("-D"),
                    QStringLiteral("publish"), QStringLiteral("correlation-data"),
                    QStringLiteral("1"), QStringLiteral("-W"), QStringLiteral("10"),
                    QStringLiteral("-m"),
                    QStringLiteral(R"({"action":"set-dnd","extension":"101","on":true})")});
        QVERIFY2(answer.out.contains("\"ok\":true"), (answer.out + answer.err + log).constData());

        daemon.terminate(); // SIGTERM to its pid
        QVERIFY(daemon.waitForFinished(10000));
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 0);
        QTRY_VERIFY2(carol.messages().constLast().contains(QStringLiteral("\"offline\"")),
            qPrintable(carol.output()));
    }

    void cleanupTestCase() { stopBroker(); }
};

QTEST_GUILESS_MAIN(TestBusRecipe)
#include "tst_busrecipe.moc"
