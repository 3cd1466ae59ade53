#pragma once

// A Mosquitto broker of the test's own (SB-BUS/1 over a real broker, issue 10): password and ACL
// files as console-bus.md section 5 sets up an installation, on a free loopback port, started
// and stopped by its own PID. Header-only, QtCore and QtTest.

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sb::test {

/// Runs `/usr/sbin/mosquitto` for one test: users are added before start(); retained messages
/// survive restart() (persistence in the temporary directory).
class TestBroker
{
public:
    /// A broker for the topic root `switchboard/1/<system>`.
    explicit TestBroker(const QString &system = QStringLiteral("office"))
        : m_system(system)
    { }
    ~TestBroker() { stop(); }
    TestBroker(const TestBroker &) = delete;
    TestBroker &operator=(const TestBroker &) = delete;

    /// The service's user: publishes state, events and replies, reads commands.
    void addService(const QString &name, const QString &password)
    {
        m_users.append({name, password, {}, true});
    }
    /// A console user that may send commands under each of `roles` (reception, supervisor,
    /// installer) and reads state, events and its own replies.
    void addConsole(const QString &name, const QString &password, const QStringList &roles)
    {
        m_users.append({name, password, roles, false});
    }

    /// Makes the listener TLS (call before the first start()): a certificate authority of its
    /// own (caFile()) signs the broker's certificate for 127.0.0.1 and localhost.
    void enableTls() { m_tls = true; }
    bool isTls() const { return m_tls; }
    /// The certificate authority of a TLS broker, for MqttClient::Settings::caFile.
    QString caFile() const { return path("ca.crt"); }

    /// Writes the files (first time), starts the broker and waits until it accepts connections.
    /// False with errorString() when it could not.
    bool start()
    {
        if (isRunning())
            return true;
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary directory"));
        if (m_port == 0 && !writeFiles())
            return false;
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(
            QStringLiteral("/usr/sbin/mosquitto"), {QStringLiteral("-c"), path("mosquitto.conf")});
        if (!m_process.waitForStarted(5000))
            return fail(QStringLiteral("mosquitto did not start: ") + m_process.errorString());
        // Ready when a TCP connect to the listener succeeds (polled, bounded).
        const QDeadlineTimer deadline(10000);
        while (!accepts()) {
            if (m_process.state() != QProcess::Running || deadline.hasExpired()) {
                const QString output = QString::fromLocal8Bit(m_process.readAll());
                stop();
                return fail(QStringLiteral("mosquitto is not accepting connections: ") + output);
            }
            QTest::qWait(10);
        }
        return true;
    }

    /// Stops the broker (SIGTERM to its PID, so it saves retained messages; SIGKILL if it does
    /// not end within 5 s) and waits for it.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        m_log += QString::fromLocal8Bit(m_process.readAll());
    }

    /// Ends the broker with SIGKILL (a crash: nothing saved, connections drop without a word).
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
        m_log += QString::fromLocal8Bit(m_process.readAll());
    }

    /// stop(), then start() on the same port with the same users and retained messages.
    bool restart()
    {
        stop();
        return start();
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    /// The broker's process id while it runs.
    qint64 pid() const { return m_process.processId(); }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    /// `mqtt://127.0.0.1:<port>`, or `mqtts://` with TLS.
    QString url() const
    {
        return QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? "mqtts" : "mqtt").arg(m_port);
    }
    QString system() const { return m_system; }
    /// `switchboard/1/<system>`
    QString root() const { return QStringLiteral("switchboard/1/") + m_system; }
    QString errorString() const { return m_error; }
    /// What the broker wrote so far (complete after stop()).
    QString log() { return m_log += QString::fromLocal8Bit(m_process.readAll()); }

private:
    struct User
    {
        QString name;
        QString password;
        QStringList roles;
        bool service;
    };

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    static bool writeFile(const QString &fileName, const QByteArray &contents)
    {
        QFile file(fileName);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(contents) == contents.size() && file.flush();
    }

    // A loopback port free right now: bind port 0 and read what the system chose.
    static quint16 freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return 0;
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        quint16 port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        ::close(fd);
        return port;
    }

    bool accepts() const
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return false;
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(m_port);
        const bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
        ::close(fd);
        return ok;
    }

    bool writeFiles()
    {
        QByteArray passwords;
        // console-bus.md section 5: the service's rights, then each console's, per user.
        QByteArray acl;
        const QByteArray root = this->root().toUtf8();
        for (const User &user : std::as_const(m_users)) {
            passwords += user.name.toUtf8() + ':' + user.password.toUtf8() + '\n';
            acl += "user " + user.name.toUtf8() + '\n';
            if (user.service) {
                acl += "topic readwrite " + root + "/state/#\n";
                acl += "topic write " + root + "/event\n";
                acl += "topic write " + root + "/reply/#\n";
                acl += "topic read " + root + "/command/#\n";
            }
            for (const QString &role : user.roles)
                acl += "topic write " + root + "/command/" + role.toUtf8() + '/'
                    + user.name.toUtf8() + '\n';
        }
        // Read rights every user has; pattern lines apply to all users, %u is the user's name.
        acl += "pattern read " + root + "/state/#\n";
        acl += "pattern read " + root + "/event\n";
        acl += "pattern read " + root + "/reply/%u/#\n";
        if (!writeFile(path("passwords"), passwords) || !writeFile(path("acl"), acl))
            return fail(QStringLiteral("cannot write the broker's files"));
        // Hashes the plain-text passwords in place.
        QProcess hasher;
        hasher.setProcessChannelMode(QProcess::MergedChannels);
        hasher.start(QStringLiteral("mosquitto_passwd"), {QStringLiteral("-U"), path("passwords")});
        if (!hasher.waitForFinished(10000) || hasher.exitStatus() != QProcess::NormalExit
            || hasher.exitCode() != 0)
            return fail(QStringLiteral("mosquitto_passwd failed: ")
                + QString::fromLocal8Bit(hasher.readAll()) + hasher.errorString());
        if (m_tls && !writeCertificates())
            return false;

        m_port = freePort();
        if (m_port == 0)
            return fail(QStringLiteral("no free port"));
        QDir(m_dir.path()).mkdir(QStringLiteral("db"));
        QByteArray conf;
        conf += "per_listener_settings false\n";
        conf += "allow_anonymous false\n";
        conf += "password_file " + QFile::encodeName(path("passwords")) + '\n';
        conf += "acl_file " + QFile::encodeName(path("acl")) + '\n';
        conf += "persistence true\n";
        // A late joiner receives every retained item at once, QoS 1: Mosquitto's default queue
        // of 1,000 messages per client would drop the rest (1,000 extensions and 5,000 requests
        // are 6,012 items).
        conf += "max_queued_messages 100000\n";
        conf += "persistence_location " + QFile::encodeName(path("db")) + "/\n";
        conf += "log_dest stdout\n";
        // As root, mosquitto would switch to the user "mosquitto", who cannot read this
        // directory; as anyone else the line has no effect.
        if (::geteuid() == 0)
            conf += "user root\n";
        conf += "listener " + QByteArray::number(m_port) + " 127.0.0.1\n";
        if (m_tls) {
            conf += "cafile " + QFile::encodeName(path("ca.crt")) + '\n';
            conf += "certfile " + QFile::encodeName(path("server.crt")) + '\n';
            conf += "keyfile " + QFile::encodeName(path("server.key")) + '\n';
        }
        if (!writeFile(path("mosquitto.conf"), conf))
            return fail(QStringLiteral("cannot write mosquitto.conf"));
        return true;
    }

    // A CA and the broker's certificate, with openssl (EC keys: fast to make).
    bool writeCertificates()
    {
        if (!writeFile(path("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n"))
            return fail(QStringLiteral("cannot write server.ext"));
        const QStringList ec
            = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        const QList<QStringList> steps = {
            QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
                + QStringList {QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"),
                    path("ca.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=Switchboard test CA")},
            QStringList {QStringLiteral("req")} + ec
                + QStringList {QStringLiteral("-keyout"), path("server.key"),
                    QStringLiteral("-out"), path("server.csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=localhost")},
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                path("server.csr"), QStringLiteral("-CA"), path("ca.crt"), QStringLiteral("-CAkey"),
                path("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                path("server.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-extfile"), path("server.ext")},
        };
        for (const QStringList &arguments : steps) {
            QProcess openssl;
            openssl.setProcessChannelMode(QProcess::MergedChannels);
            openssl.start(QStringLiteral("openssl"), arguments);
            if (!openssl.waitForFinished(20000) || openssl.exitStatus() != QProcess::NormalExit
                || openssl.exitCode() != 0)
                return fail(
                    QStringLiteral("openssl %1 failed: %2")
                        .arg(arguments.join(QLatin1Char(' ')),
                            QString::fromLocal8Bit(openssl.readAll()) + openssl.errorString()));
        }
        return true;
    }

    QString m_system;
    bool m_tls = false;
    QList<User> m_users;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
    QString m_log;
};

} // namespace sb::test
