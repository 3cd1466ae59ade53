#pragma once

// The call service behind a console and the phones of its simulated controller, reached
// in-process or over a Mosquitto of the test's own (issue 10 item 4: the console's tests run
// against both clients). One rig for tst_console, tst_supervisor and tst_grid (issue 12).

#include "app/simulatorphones.h"
#include "client/busclient.h"
#include "client/inprocessclient.h"
#include "core/programmingjson.h"
#include "service/busservice.h"
#include "service/callservice.h"

#include "tests/support/testbroker.h"

#include <QDir>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

namespace sb::test {

// 1,000 stations (tst_grid) take longer than 24 to come up on a loaded machine.
inline constexpr int startTimeoutMs = 30000;

/// The call service behind the console and the phones of its simulated controller (factory
/// programming: port n is extension 100 + n, or 1000 + n from 900 stations on; port 1 the
/// attendant), reached in-process or over a broker where "desk" holds every role and "rita"
/// only reception.
class Rig
{
public:
    ~Rig()
    {
        m_phones.reset();
        m_consoles.clear();
        m_inProcess.reset();
        stopBusService();
        if (m_service)
            m_service->stop();
        m_service.reset();
        m_broker.reset();
    }

    /// Starts the service on `stations` stations and `lines` lines and a console holding every
    /// role; true once its picture is current and the phones answer.
    bool start(bool bus, int stations = 24, int lines = 2)
    {
        m_stations = stations;
        m_lines = lines;
        if (!bus) {
            m_inProcess = std::make_unique<client::InProcessClient>(settings());
            client = m_inProcess.get();
            m_inProcess->start(); // before the service is made: it starts once it is
            // Made on its own thread; nothing here waited for it.
            if (!QTest::qWaitFor([this] { return m_inProcess->service() != nullptr; }, 30000))
                return fail(QStringLiteral("the in-process service was not made"));
            service = m_inProcess->service();
        } else {
            m_broker = std::make_unique<TestBroker>();
            m_broker->addService(QStringLiteral("svc"), QStringLiteral("pw-svc"));
            m_broker->addConsole(QStringLiteral("desk"), QStringLiteral("pw-desk"),
                {QStringLiteral("reception"), QStringLiteral("supervisor"),
                    QStringLiteral("installer")});
            m_broker->addConsole(
                QStringLiteral("rita"), QStringLiteral("pw-rita"), {QStringLiteral("reception")});
            if (!m_broker->start())
                return fail(m_broker->errorString());
            m_service = std::make_unique<service::CallService>(settings());
            service = m_service.get();
            m_busService = std::make_unique<service::BusService>(
                service, mqtt(QStringLiteral("svc")), m_broker->system());
            m_service->start();
            m_busService->start();
            client = console(QStringLiteral("desk"), client::allRoles());
        }
        m_phones = std::make_unique<app::SimulatorPhones>(service, &client->picture());
        m_phones->attach();
        if (!isCurrent(client))
            return fail(QStringLiteral("the picture did not become current"));
        return true;
    }

    /// True once `c`'s picture is current with every extension and the phones answer.
    bool isCurrent(client::Client *c) const
    {
        return QTest::qWaitFor(
            [&] {
                return c->picture().isCurrent() && m_phones->isAvailable()
                    && c->picture().extensions().size() == m_stations;
            },
            startTimeoutMs);
    }

    /// Another console on the broker (bus only), started.
    client::BusClient *console(const QString &user, client::Roles roles)
    {
        client::BusClient::Settings s;
        s.mqtt = mqtt(user);
        s.system = m_broker->system();
        s.roles = roles;
        m_consoles.push_back(std::make_unique<client::BusClient>(s));
        m_consoles.back()->start();
        return m_consoles.back().get();
    }

    bool isBus() const { return m_broker != nullptr; }
    QString errorString() const { return m_error; }
    app::SimulatorPhones *phones() const { return m_phones.get(); }

    /// Takes the service off: in-process it stops; on the bus its BusService says offline.
    void stopService()
    {
        if (m_inProcess)
            m_inProcess->stop();
        else
            stopBusService();
    }

    /// Plays lines on the simulated phones, in order.
    void play(const QStringList &lines)
    {
        for (const QString &l : lines)
            m_phones->act(l);
    }
    void play(const QString &line) { m_phones->act(line); }
    void hook(int port, bool off)
    {
        play({QStringLiteral("%1 %2").arg(off ? "off-hook" : "on-hook").arg(port)});
        if (off)
            m_offHook.insert(port);
        else
            m_offHook.remove(port);
    }
    QString number(int port) const
    {
        return QString::number((m_stations >= 900 ? 1000 : 100) + port);
    }
    const client::Extension *extension(int port) const
    {
        return client->picture().extension(number(port));
    }

    /// `from` meets busy `to` (off-hook first) and leaves a callback; hangs up unless camping.
    /// True once the picture shows it.
    bool leaveCallback(int from, int to, bool hangUp = true)
    {
        const int before = int(extension(from)->left.size());
        if (!m_offHook.contains(to))
            hook(to, true);
        hook(from, true);
        play({QStringLiteral("dial %1 %2").arg(from).arg(number(to)),
            QStringLiteral("key %1 CALLBACK").arg(from)});
        if (hangUp)
            hook(from, false);
        return QTest::qWaitFor([&] {
            const client::Extension *e = extension(from);
            return e && e->left.size() == before + 1 && e->offHook == !hangUp;
        });
    }

    /// Sends a command; its answer, or an empty object after the timeout.
    QJsonObject send(const QJsonObject &command)
    {
        client::CommandOperation *op = client->send(command);
        QJsonObject answer;
        bool done = false;
        QObject::connect(op, &client::CommandOperation::finished, [&] {
            answer = op->isOk() ? op->reply()
                                : QJsonObject {{QStringLiteral("error"), op->errorCode()}};
            done = true;
        });
        static_cast<void>(QTest::qWaitFor([&] { return done; }, 10000));
        return answer;
    }

    /// Applies a change of the programming as an installer (in-process: after the installer
    /// password, changed from the factory one first).
    bool applyProgramming(const std::function<void(core::Programming &)> &change)
    {
        if (!isBus()) {
            const QJsonObject unlock {{QStringLiteral("action"), QStringLiteral("check-password")},
                {QStringLiteral("password"), QStringLiteral("switchboard")}};
            const QJsonObject replace {
                {QStringLiteral("action"), QStringLiteral("change-password")},
                {QStringLiteral("current"), QStringLiteral("switchboard")},
                {QStringLiteral("replacement"), QStringLiteral("correct horse")}};
            if (!send(unlock).value(QStringLiteral("ok")).toBool()
                || !send(replace).value(QStringLiteral("ok")).toBool())
                return fail(QStringLiteral("the installer password was refused"));
        }
        core::Programming p = *client->picture().programming();
        change(p);
        const QJsonObject c {{QStringLiteral("action"), QStringLiteral("apply-programming")},
            {QStringLiteral("programming"),
                QJsonDocument::fromJson(core::programmingjson::write(p)).object()},
            {QStringLiteral("basedOn"), client->picture().programmingRevision()}};
        const QJsonObject answer = send(c);
        return answer.value(QStringLiteral("ok")).toBool()
            || fail(QJsonDocument(answer).toJson(QJsonDocument::Compact));
    }

    client::Client *client = nullptr;
    service::CallService *service = nullptr;

private:
    service::CallService::Settings settings() const
    {
        service::CallService::Settings s;
        s.connection.kind = core::Connection::Kind::Simulated;
        s.connection.stations = m_stations;
        s.connection.lines = m_lines;
        s.connectionChosen = true;
        s.programmingFile = m_dir.filePath(QStringLiteral("programming.json"));
        s.version = QStringLiteral("test");
        s.deviceLister = [] { return core::Devices {}; };
        return s;
    }
    bus::MqttClient::Settings mqtt(const QString &user) const
    {
        bus::MqttClient::Settings s;
        s.host = m_broker->host();
        s.port = m_broker->port();
        s.user = user;
        s.password = QStringLiteral("pw-") + user;
        return s;
    }
    void stopBusService()
    {
        if (!m_busService)
            return;
        QSignalSpy stopped(m_busService.get(), &service::BusService::stopped);
        m_busService->stop();
        if (stopped.isEmpty())
            stopped.wait(service::BusService::stopTimeoutMs + 1000);
        m_busService.reset();
    }
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    QTemporaryDir m_dir;
    int m_stations = 0;
    int m_lines = 0;
    std::unique_ptr<TestBroker> m_broker;
    std::unique_ptr<client::InProcessClient> m_inProcess;
    std::unique_ptr<service::CallService> m_service;
    std::unique_ptr<service::BusService> m_busService;
    std::vector<std::unique_ptr<client::BusClient>> m_consoles;
    std::unique_ptr<app::SimulatorPhones> m_phones;
    QSet<int> m_offHook;
    QString m_error;
};

/// Global data: every test of the file runs in-process and on the bus (column "bus").
inline void addBothClients()
{
    QTest::addColumn<bool>("bus");
    QTest::newRow("in-process") << false;
    QTest::newRow("bus") << true;
}

/// Grabs `w` to name.png in the working folder; its path.
inline QString shot(QWidget *w, const QString &name)
{
    const QString path = QDir::current().filePath(name + QStringLiteral(".png"));
    w->grab().save(path);
    return path;
}

} // namespace sb::test
