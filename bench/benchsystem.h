#pragma once

// Broker, controller and service of issue 10's bus benchmarks: a Mosquitto of the bench's own
// (tests/support/testbroker.h: console-bus.md section 5's ACL, a free loopback port, started and
// stopped by its PID), the simulated controller on a pty (PtyController), and the real
// `switchboardd --serial PTY --bus …` with a programming file of named extensions, stopped by
// its PID. Header-only; the bench defines SWITCHBOARDD_BIN.

#include "bench/ptycontroller.h"
#include "bus/mqttclient.h"
#include "core/programming.h"
#include "core/programmingjson.h"
#include "tests/support/testbroker.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace sb::bench {

/// The service side of a bus benchmark.
class BenchSystem
{
public:
    static QString password(const QString &user) { return QStringLiteral("pw-") + user; }

    /// A system of `stations` extensions (factory numbers, each with a name) and 8 lines;
    /// `consoleUsers` console users with the reception role ("console1" …), and "bench" for the
    /// raw subscribers.
    BenchSystem(int stations, int consoleUsers)
        : m_stations(stations)
        , m_controller(stations, 8)
    {
        m_broker.addService(QStringLiteral("svc"), password(QStringLiteral("svc")));
        m_broker.addConsole(QStringLiteral("bench"), password(QStringLiteral("bench")),
            {QStringLiteral("reception")});
        for (int i = 1; i <= consoleUsers; ++i) {
            const QString user = QStringLiteral("console%1").arg(i);
            m_broker.addConsole(user, password(user), {QStringLiteral("reception")});
        }
        core::Programming p = core::Programming::factoryDefaults(stations, 8);
        p.factory = false;
        for (core::ExtensionConfig &e : p.extensions) {
            if (e.port > 1)
                e.name = QStringLiteral("Office %1").arg(e.number);
            m_numbers.insert(e.port, e.number);
        }
        m_programming = core::programmingjson::write(p);
    }
    ~BenchSystem()
    {
        stopService();
        m_controller.stop();
        m_broker.stop();
    }
    BenchSystem(const BenchSystem &) = delete;
    BenchSystem &operator=(const BenchSystem &) = delete;

    test::TestBroker &broker() { return m_broker; }
    PtyController &controller() { return m_controller; }
    /// The service's process id while it runs.
    qint64 servicePid() const { return m_service.processId(); }
    QString number(int port) const { return m_numbers.value(port); }
    QString errorString() const { return m_error; }
    /// The service's output so far (its one line per event).
    QByteArray serviceLog() const
    {
        QFile f(m_dir.filePath(QStringLiteral("switchboardd.log")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// Login of `user` at this broker.
    bus::MqttClient::Settings login(const QString &user) const
    {
        bus::MqttClient::Settings s;
        s.host = m_broker.host();
        s.port = m_broker.port();
        s.user = user;
        s.password = password(user);
        return s;
    }
    /// `switchboard/1/office/state/` and the like.
    QString topic(const QString &rest) const { return m_broker.root() + QLatin1Char('/') + rest; }

    /// Starts the broker, the controller and switchboardd. False with errorString() on failure.
    bool start()
    {
        if (m_controller.device().isEmpty())
            return fail(QStringLiteral("no pseudo-terminal"));
        if (!m_broker.start())
            return fail(m_broker.errorString());
        const QString config = m_dir.filePath(QStringLiteral("programming.json"));
        const QString passwordFile = m_dir.filePath(QStringLiteral("svc.password"));
        QFile c(config);
        QFile pw(passwordFile);
        if (!c.open(QIODevice::WriteOnly) || c.write(m_programming) != m_programming.size()
            || !pw.open(QIODevice::WriteOnly)
            || !pw.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
            || pw.write(password(QStringLiteral("svc")).toUtf8() + '\n') <= 0)
            return fail(QStringLiteral("cannot write the service's files"));
        c.close();
        pw.close();
        m_controller.start();
        // Whatever the service keeps beside its --config stays in the bench's folder.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
            {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
            env.insert(QString::fromLatin1(name), m_dir.path());
        m_service.setProcessEnvironment(env);
        m_service.setStandardOutputFile(m_dir.filePath(QStringLiteral("switchboardd.log")));
        m_service.setStandardErrorFile(
            m_dir.filePath(QStringLiteral("switchboardd.log")), QIODevice::Append);
        m_service.start(QStringLiteral(SWITCHBOARDD_BIN),
            {QStringLiteral("--serial"), m_controller.device(), QStringLiteral("--config"), config,
                QStringLiteral("--bus"), m_broker.url(), QStringLiteral("--user"),
                QStringLiteral("svc"), QStringLiteral("--password-file"), passwordFile,
                QStringLiteral("--system"), m_broker.system()});
        if (!m_service.waitForStarted(10000))
            return fail(QStringLiteral("switchboardd did not start: ") + m_service.errorString());
        return true;
    }

    bool serviceRunning() const { return m_service.state() == QProcess::Running; }

    /// SIGTERM to the service's PID (SIGKILL after 5 s) and wait for it.
    void stopService()
    {
        if (m_service.state() == QProcess::NotRunning)
            return;
        m_service.terminate();
        if (!m_service.waitForFinished(5000)) {
            m_service.kill();
            m_service.waitForFinished(5000);
        }
    }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    int m_stations;
    QTemporaryDir m_dir;
    test::TestBroker m_broker;
    PtyController m_controller;
    QProcess m_service;
    QByteArray m_programming;
    QHash<int, QString> m_numbers;
    QString m_error;
};

} // namespace sb::bench
