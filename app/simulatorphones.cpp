#include "simulatorphones.h"

#include "client/inprocessclient.h"
#include "hal/simulatorrunner.h"
#include "service/runtime.h"
#include "ui/mainwindow.h"

#include <QPointer>

#include <algorithm>

namespace sb::app {

SimulatorPhones::SimulatorPhones(
    service::CallService *service, const client::Picture *picture, QObject *parent)
    : ui::PhoneBench(parent)
    , m_service(service)
    , m_picture(picture)
{
    qRegisterMetaType<hal::PhoneSnapshot>();
    // A phone's CLEAR menu is the service's state: the views ask again when it may have changed.
    connect(picture, &client::Picture::extensionsChanged, this, &PhoneBench::changed);
}

SimulatorPhones *SimulatorPhones::follow(client::InProcessClient *client, ui::MainWindow *window)
{
    auto *phones = new SimulatorPhones(client->service(), &client->picture(), window);
    connect(phones, &SimulatorPhones::availabilityChanged, window, [window, phones](bool on) {
        window->setPhoneBench(nullptr); // the panel lets go of the old phones first
        if (on)
            window->setPhoneBench(phones);
    });
    if (client->service()) {
        phones->attach();
    } else { // the service is still being made on its thread
        connect(
            client, &client::InProcessClient::serviceReady, phones,
            [phones, client] {
                phones->m_service = client->service();
                phones->attach();
            },
            Qt::SingleShotConnection);
    }
    return phones;
}

void SimulatorPhones::attach()
{
    // The runtime lives on the service's thread and exists once it has started: asked there.
    // Its simulator is replaced or removed with the connection; each new one is connected to the
    // phones there, before the old one can go (simulatorChanged is emitted first).
    service::CallService *service = m_service;
    if (!service)
        return; // follow() attaches once the service is made
    QPointer<SimulatorPhones> guard(this);
    QMetaObject::invokeMethod(
        service,
        [service, guard] {
            service::Runtime *runtime = service->runtime();
            if (!runtime)
                return;
            auto tell = [runtime, guard] {
                hal::SimulatorRunner *sim = runtime->simulator();
                const int lines = runtime->connection().lines;
                SimulatorPhones *p = guard.data();
                if (!p)
                    return;
                if (sim) {
                    connect(sim, &hal::SimulatorRunner::changed, p, &PhoneBench::changed,
                        Qt::QueuedConnection);
                    connect(sim, &hal::SimulatorRunner::actionFailed, p, &PhoneBench::failed,
                        Qt::QueuedConnection);
                    connect(
                        sim, &hal::SimulatorRunner::phoneState, p,
                        [p](const hal::PhoneSnapshot &s) {
                            emit p->phoneChanged(view(s, p->m_picture));
                        },
                        Qt::QueuedConnection);
                }
                QMetaObject::invokeMethod(
                    p,
                    [guard, available = sim != nullptr, lines] {
                        if (!guard)
                            return;
                        guard->m_available = available;
                        guard->m_lines = lines;
                        emit guard->availabilityChanged(available);
                    },
                    Qt::QueuedConnection);
            };
            connect(runtime, &service::Runtime::simulatorChanged, runtime, tell);
            tell();
        },
        Qt::QueuedConnection);
}

ui::PhoneView SimulatorPhones::view(const hal::PhoneSnapshot &s, const client::Picture *picture)
{
    ui::PhoneView v;
    v.station = s.station;
    v.offHook = s.offHook;
    v.ringing = core::Cadence(s.ringing);
    v.hearing = core::Tone(s.hearing);
    v.display[0] = s.display[0];
    v.display[1] = s.display[1];
    v.callbackLamp = core::LampMode(s.callbackLamp);
    v.dndLamp = core::LampMode(s.dndLamp);
    v.talkingWith = s.talkingWith;
    v.linesRinging = s.linesRinging;
    v.linesOnHold = s.linesOnHold;
    v.campOnMs = s.campOnMs;
    for (const quint8 mode : s.lineLamps)
        v.lineLamps.append(core::LampMode(mode));
    // The controller does not know which lines ring a phone: without the programming, a key for
    // each of its lines, lit by whatever the host drives.
    for (int l = 1; l <= v.lineLamps.size(); ++l)
        v.lineKeys.append(l);
    if (!picture)
        return v;
    // The CLEAR menu is the service's (the controller only shows it): its state/extension says
    // whether it is open.
    for (const client::Extension *e : picture->extensions()) {
        if (e->port == s.station) {
            v.clearMenu = e->clearMenu;
            v.type = e->type;
        }
    }
    if (const auto &programming = picture->programming()) {
        // T1: a line key for every line that rings it.
        v.lineKeys.clear();
        for (const core::ExtensionConfig &e : programming->extensions) {
            if (e.port != s.station)
                continue;
            v.type = e.type;
            for (const int l : e.lines) {
                if (l >= 1 && l <= v.lineLamps.size() && !v.lineKeys.contains(l))
                    v.lineKeys.append(l);
            }
        }
        std::sort(v.lineKeys.begin(), v.lineKeys.end());
    }
    return v;
}

void SimulatorPhones::onSimulator(const std::function<void(QObject *simulator)> &action)
{
    service::CallService *service = m_service;
    if (!service)
        return; // not made yet: no phones to act on (isAvailable() is false)
    // Read on the service's thread, where the simulator is replaced: never a stale pointer.
    QMetaObject::invokeMethod(
        service,
        [service, action] {
            service::Runtime *runtime = service->runtime();
            hal::SimulatorRunner *sim = runtime ? runtime->simulator() : nullptr;
            if (sim)
                QMetaObject::invokeMethod(
                    sim, [sim, action] { action(sim); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SimulatorPhones::act(const QString &action)
{
    onSimulator([action](QObject *o) {
        auto *sim = static_cast<hal::SimulatorRunner *>(o);
        const QString error = sim->act(action);
        if (!error.isEmpty())
            emit sim->actionFailed(error);
    });
}

void SimulatorPhones::query(int station)
{
    onSimulator(
        [station](QObject *o) { static_cast<hal::SimulatorRunner *>(o)->queryPhone(station); });
}

void SimulatorPhones::setTraffic(int callsPerMinute)
{
    onSimulator([callsPerMinute](QObject *o) {
        static_cast<hal::SimulatorRunner *>(o)->setTraffic(callsPerMinute);
    });
}

void SimulatorPhones::setOperated(const QVector<int> &stations)
{
    onSimulator([stations](QObject *o) {
        static_cast<hal::SimulatorRunner *>(o)->setTrafficSpared(stations);
    });
}

} // namespace sb::app
