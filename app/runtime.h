#pragma once

#include "options.h"

#include "core/callprocessor.h"
#include "ui/backend.h"
#include "ui/connection.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace sb::hal {
class ControllerLink;
class SimulatorRunner;
class Transport;
} // namespace sb::hal

namespace sb::app {

/// Wires the call processor (this thread) to the controller link (its own thread): events in,
/// commands out, the processor's timers on this thread's clock. The UI thread never waits on I/O.
class Runtime : public QObject, public ui::Backend
{
    Q_OBJECT
public:
    /// Runs `programming`, or the factory defaults for the options' size when there is none.
    explicit Runtime(const Options &options,
        std::optional<core::Programming> programming = std::nullopt, QObject *parent = nullptr);
    ~Runtime() override;

    /// Opens the link (and powers up the simulated controller, when there is one).
    void start();
    /// Closes the link and ends its thread; waits for nothing but the link thread's own close.
    void stop();

    core::CallProcessor &processor() { return m_processor; }
    const core::CallProcessor &processor() const override { return m_processor; }
    core::Millis now() const override { return m_clock.elapsed(); }
    void act(const std::function<void(core::CallProcessor &, core::Millis)> &action) override;
    QString controllerDescription() const override { return m_transportText; }
    ui::LinkHealth linkHealth() const override { return m_health; }
    /// The simulated controller, or null when running real hardware. It lives on the link thread.
    hal::SimulatorRunner *simulator() const { return m_simulator; }
    QString transportDescription() const { return m_transportText; }
    /// The options in force, the connection included.
    const Options &options() const { return m_options; }
    /// Switches to `connection` (transport, device, rate, size) at once; nothing waits. The other
    /// options are kept.
    void setConnection(const ui::Connection &connection);
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

    Options m_options;
    core::CallProcessor m_processor;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    QThread m_thread;
    hal::Transport *m_transport = nullptr;
    hal::ControllerLink *m_link = nullptr;
    hal::SimulatorRunner *m_simulator = nullptr;
    QString m_transportText;
    ui::LinkHealth m_health;
    bool m_stopped = false;
    core::ControllerSize m_controllerSize;
};

} // namespace sb::app
