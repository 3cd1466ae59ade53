#pragma once

// Issue 10's system tests: a real Mosquitto (TestBroker), the simulated controller as its own
// process on a pseudo-terminal (switchboard-sim, driven through its standard input), the real
// call service (switchboardd --serial on that pty, --bus of the broker), consoles as
// client::BusClient in the test process, and a raw subscriber holding the retained state as
// published. Header-only; the test defines SWITCHBOARDD_BIN and SWITCHBOARD_SIM_BIN.

#include "client/busclient.h"
#include "tests/support/lineprocess.h"
#include "tests/support/rawstate.h"
#include "tests/support/testbroker.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace sb::test {

/// How a command ended, kept after its CommandOperation is gone.
struct Answer
{
    bool done = false;
    bool ok = false;
    QString error;
    QString message;
    QJsonObject reply;
};

/// Waits for `op` to finish and returns how it did (done false after the timeout).
inline Answer await(client::CommandOperation *op, int timeoutMs = 15000)
{
    auto answer = std::make_shared<Answer>();
    const auto capture = [answer, op] {
        answer->done = true;
        answer->ok = op->isOk();
        answer->error = op->errorCode();
        answer->message = op->errorMessage();
        answer->reply = op->reply();
    };
    if (op->isFinished())
        capture();
    else
        QObject::connect(op, &client::CommandOperation::finished, capture);
    static_cast<void>(QTest::qWaitFor([&] { return answer->done; }, timeoutMs));
    return *answer;
}

/// Broker, controller, service and consoles of one system test; everything it started is stopped
/// by PID when it goes.
class ServiceRig
{
public:
    /// The users of every rig: the service's, and consoles with their roles.
    ServiceRig()
    {
        m_broker.addService(QStringLiteral("svc"), password(QStringLiteral("svc")));
        const QList<QPair<QString, QStringList>> consoles = {
            {QStringLiteral("alice"), {QStringLiteral("reception")}},
            {QStringLiteral("bob"), {QStringLiteral("reception")}},
            {QStringLiteral("carol"), {QStringLiteral("reception")}},
            {QStringLiteral("sue"), {QStringLiteral("reception"), QStringLiteral("supervisor")}},
            {QStringLiteral("ian"), {QStringLiteral("installer")}},
            {QStringLiteral("ivy"), {QStringLiteral("installer")}},
        };
        for (const auto &[name, roles] : consoles)
            m_broker.addConsole(name, password(name), roles);
    }
    ~ServiceRig()
    {
        m_consoles.clear();
        m_raw.reset();
        m_service.stop();
        m_sim.stop();
        m_broker.stop();
    }
    ServiceRig(const ServiceRig &) = delete;
    ServiceRig &operator=(const ServiceRig &) = delete;

    static QString password(const QString &user) { return QStringLiteral("pw-") + user; }

    TestBroker &broker() { return m_broker; }
    LineProcess &sim() { return m_sim; }
    LineProcess &service() { return m_service; }
    RawState &raw() { return *m_raw; }
    /// The programming file given to the service with --config.
    QString configFile() const { return m_dir.filePath(QStringLiteral("programming.json")); }
    QString dir() const { return m_dir.path(); }
    /// Why the last start failed.
    QString errorString() const { return m_error; }

    /// Connection settings of `user` for this broker.
    bus::MqttClient::Settings settings(const QString &user) const
    {
        bus::MqttClient::Settings s;
        s.host = m_broker.host();
        s.port = m_broker.port();
        s.user = user;
        s.password = password(user);
        return s;
    }

    /// Starts the broker and the raw subscriber (logged in as "alice": every user may read
    /// R/state/#).
    bool startBroker()
    {
        if (!m_broker.start())
            return fail(m_broker.errorString());
        m_raw = std::make_unique<RawState>(settings(QStringLiteral("alice")), m_broker.root());
        return true;
    }

    /// switchboard-sim with this many stations and lines on a pty of its own, at `speed` times
    /// real time (timers such as the dial timeout run faster).
    bool startSim(int stations, int lines, double speed = 1)
    {
        m_tty = m_dir.filePath(QStringLiteral("tty"));
        if (!m_sim.start(QStringLiteral(SWITCHBOARD_SIM_BIN),
                {QStringLiteral("--stations"), QString::number(stations), QStringLiteral("--lines"),
                    QString::number(lines), QStringLiteral("--speed"), QString::number(speed),
                    QStringLiteral("--link"), m_tty}))
            return fail(QStringLiteral("switchboard-sim did not start"));
        if (m_sim.waitFor(QStringLiteral("^controller up"), 0, 20000) < 0)
            return fail(QStringLiteral("switchboard-sim: no 'controller up'\n") + m_sim.tail());
        return true;
    }

    /// switchboardd on the simulator's pty and the broker, with --config in the rig's folder and
    /// its password in a 0600 file; waits until the raw subscriber has the new run's complete
    /// picture (online, a new epoch, link up).
    bool startService(const QStringList &extra = {}, int timeoutMs = 30000)
    {
        const QString passwordFile = m_dir.filePath(QStringLiteral("svc.password"));
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
            || file.write(password(QStringLiteral("svc")).toUtf8() + '\n') <= 0)
            return fail(QStringLiteral("cannot write the password file"));
        file.close();
        const QString oldEpoch = m_raw->epoch();
        const QStringList arguments
            = QStringList {QStringLiteral("--serial"), m_tty, QStringLiteral("--config"),
                  configFile(), QStringLiteral("--bus"), m_broker.url(), QStringLiteral("--user"),
                  QStringLiteral("svc"), QStringLiteral("--password-file"), passwordFile,
                  QStringLiteral("--system"), m_broker.system()}
            + extra;
        if (!m_service.start(QStringLiteral(SWITCHBOARDD_BIN), arguments))
            return fail(QStringLiteral("switchboardd did not start"));
        if (!QTest::qWaitFor(
                [&] {
                    return !m_service.isRunning()
                        || (m_raw->isComplete() && m_raw->epoch() != oldEpoch);
                },
                timeoutMs)
            || !m_service.isRunning())
            return fail(QStringLiteral("switchboardd did not publish a complete picture\n")
                + m_service.tail());
        return true;
    }

    /// Ends switchboardd with SIGTERM and waits: true when it exited by itself with status 0
    /// (under ASan that also means no leak and no error at exit).
    bool stopService()
    {
        if (!m_service.stop() || m_service.exitCode() != 0)
            return fail(QStringLiteral("switchboardd did not end cleanly (exit status %1)\n")
                            .arg(m_service.exitCode())
                + m_service.tail());
        return true;
    }

    /// A console of `user` with `roles`, started; owned by the rig.
    client::BusClient *console(const QString &user, client::Roles roles = client::Role::Reception)
    {
        client::BusClient::Settings s;
        s.mqtt = settings(user);
        s.system = m_broker.system();
        s.roles = roles;
        m_consoles.push_back(std::make_unique<client::BusClient>(s));
        client::BusClient *c = m_consoles.back().get();
        c->start();
        return c;
    }

    /// Waits until `picture` equals the published state; the differences when it does not.
    QStringList waitEqual(const client::Picture &picture, int timeoutMs = 15000)
    {
        QStringList diff;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                diff = m_raw->differences(picture);
                return diff.isEmpty();
            },
            timeoutMs));
        return diff;
    }

    /// Plays lines on the simulator and waits for a line of its output matching `until` (none
    /// when empty).
    bool play(const QStringList &lines, const QString &until, int timeoutMs = 10000)
    {
        const int from = m_sim.size();
        m_sim.sayAll(lines);
        if (!until.isEmpty() && m_sim.waitFor(until, from, timeoutMs) < 0)
            return fail(QStringLiteral("no '%1'\n").arg(until) + m_sim.tail());
        return true;
    }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    QTemporaryDir m_dir;
    TestBroker m_broker;
    LineProcess m_sim {QStringLiteral("switchboard-sim")};
    LineProcess m_service {QStringLiteral("switchboardd")};
    std::unique_ptr<RawState> m_raw;
    std::vector<std::unique_ptr<client::BusClient>> m_consoles;
    QString m_tty;
    QString m_error;
};

} // namespace sb::test
