#include "simulatorphones.h"

#include "service/runtime.h"

#include "hal/simulatorrunner.h"
#include "ui/mainwindow.h"

#include <QPointer>

#include <memory>

namespace sb::app {

SimulatorPhones *SimulatorPhones::follow(service::Runtime *runtime, ui::MainWindow *window)
{
    auto make = [runtime, window]() -> SimulatorPhones * {
        if (!runtime->simulator())
            return nullptr;
        return new SimulatorPhones(
            runtime->simulator(), runtime->connection().lines, &runtime->processor(), window);
    };
    auto current = std::make_shared<QPointer<SimulatorPhones>>(make());
    window->setPhoneBench(*current);
    QObject::connect(runtime, &service::Runtime::simulatorChanged, window, [window, current, make] {
        window->setPhoneBench(nullptr); // the panel lets go of the old phones first
        delete current->data();
        *current = make();
        window->setPhoneBench(*current);
    });
    return *current;
}

SimulatorPhones::SimulatorPhones(hal::SimulatorRunner *simulator, int lines,
    const core::CallProcessor *processor, QObject *parent)
    : ui::PhoneBench(parent)
    , m_simulator(simulator)
    , m_processor(processor)
    , m_lines(lines)
{
    qRegisterMetaType<hal::PhoneSnapshot>();
    connect(m_simulator, &hal::SimulatorRunner::changed, this, &PhoneBench::changed,
        Qt::QueuedConnection);
    connect(m_simulator, &hal::SimulatorRunner::actionFailed, this, &PhoneBench::failed,
        Qt::QueuedConnection);
    connect(
        m_simulator, &hal::SimulatorRunner::phoneState, this,
        [this](const hal::PhoneSnapshot &p) {
            ui::PhoneView v;
            v.station = p.station;
            v.offHook = p.offHook;
            v.ringing = core::Cadence(p.ringing);
            v.hearing = core::Tone(p.hearing);
            v.display[0] = p.display[0];
            v.display[1] = p.display[1];
            v.callbackLamp = core::LampMode(p.callbackLamp);
            v.dndLamp = core::LampMode(p.dndLamp);
            v.talkingWith = p.talkingWith;
            v.linesRinging = p.linesRinging;
            // The menu is the console's (the controller only shows it): asked here, on the
            // console's thread.
            v.clearMenu = m_processor && m_processor->extension(p.station).clearMenu;
            emit phoneChanged(v);
        },
        Qt::QueuedConnection);
}

void SimulatorPhones::act(const QString &action)
{
    hal::SimulatorRunner *sim = m_simulator;
    QMetaObject::invokeMethod(
        m_simulator,
        [sim, action] {
            const QString error = sim->act(action);
            if (!error.isEmpty())
                emit sim->actionFailed(error);
        },
        Qt::QueuedConnection);
}

void SimulatorPhones::query(int station)
{
    QMetaObject::invokeMethod(
        m_simulator, [sim = m_simulator, station] { sim->queryPhone(station); },
        Qt::QueuedConnection);
}

void SimulatorPhones::setTraffic(int callsPerMinute)
{
    QMetaObject::invokeMethod(
        m_simulator, [sim = m_simulator, callsPerMinute] { sim->setTraffic(callsPerMinute); },
        Qt::QueuedConnection);
}

void SimulatorPhones::setOperated(const QVector<int> &stations)
{
    QMetaObject::invokeMethod(
        m_simulator, [sim = m_simulator, stations] { sim->setTrafficSpared(stations); },
        Qt::QueuedConnection);
}

} // namespace sb::app
