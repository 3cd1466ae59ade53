#pragma once

#include "linkhealth.h"

#include "core/callprocessor.h"
#include "core/connection.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace sb::hal {
class ControllerLink;
class SimulatorRunner;
class Transport;
} // namespace sb::hal

namespace sb::service {

/// Wires the call processor (this thread) to the controller link (its own thread): events in,
/// commands out, the processor's timers on this thread's clock. The UI thread never waits on I/O.
class Runtime : public QObject
{
    Q_OBJECT
public:
    /// Runs `programming` on the controller `connection` reaches, or the factory defaults for
    /// the connection's size when there is none. `simulatorSpeed` speeds a simulated controller up.
    explicit Runtime(const core::Connection &connection,
        std::optional<core::Programming> programming = std::nullopt, double simulatorSpeed = 1.0,
        QObject *parent = nullptr);
    ~Runtime() override;

    /// Opens the link (and powers up the simulated controller, when there is one).
    void start();
    /// Closes the link and ends its thread; waits for nothing but the link thread's own close.
    void stop();

    core::CallProcessor &processor() { return m_processor; }
    const core::CallProcessor &processor() const { return m_processor; }
    /// The processor's clock now.
    core::Millis now() const { return m_clock.elapsed(); }
    /// Runs an action on the processor now, then sends what it produced.
    void act(const std::function<void(core::CallProcessor &, core::Millis)> &action);
    /// Whether each command sent to the controller is a line too ("-> RING 3 outside"): the
    /// headless console's trace. switchboardd's output is one line per event (console.md).
    void setLogCommands(bool on) { m_logCommands = on; }
    /// "Switchboard SIM-1 on /dev/ttyUSB0 at 115200 baud" or similar.
    QString controllerDescription() const { return m_transportText; }
    LinkHealth linkHealth() const { return m_health; }
    /// The simulated controller, or null when running real hardware. It lives on the link thread.
    hal::SimulatorRunner *simulator() const { return m_simulator; }
    QString transportDescription() const { return m_transportText; }
    /// The connection in force.
    const core::Connection &connection() const { return m_connection; }
    /// Switches to `connection` (transport, device, rate, size) at once; nothing waits.
    void setConnection(const core::Connection &connection);
    /// The size the controller reported, or unknown (-1) until it has.
    core::ControllerSize controllerSize() const { return m_controllerSize; }

signals:
    /// One line per event, for --headless and the log.
    void line(const QString &text);
    void linkStateChanged(const QString &state, bool up);
    /// The processor changed; the console refreshes what the notifications name.
    void notified(const std::vector<sb::core::Notification> &notifications);
    /// The simulated controller was replaced or removed (simulator() tells which).
    void simulatorChanged();

private:
    void createLink();
    void onEvent(const core::Event &event);
    /// Falls back to the factory defaults when the programming in force does not fit the
    /// controller that just reported its size, saying why (the file is left as it is).
    void refuseWhatDoesNotFit(core::ControllerSize size);
    void flush();
    QString describe(const core::Notification &n) const;

    core::Connection m_connection;
    double m_simulatorSpeed = 1.0;
    core::CallProcessor m_processor;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    QThread m_thread;
    hal::Transport *m_transport = nullptr;
    hal::ControllerLink *m_link = nullptr;
    hal::SimulatorRunner *m_simulator = nullptr;
    QString m_transportText;
    LinkHealth m_health;
    bool m_stopped = false;
    bool m_logCommands = true;
    core::ControllerSize m_controllerSize;
};

} // namespace sb::service
