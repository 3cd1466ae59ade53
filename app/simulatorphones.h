#pragma once

#include "ui/phonebench.h"

namespace sb::core {
class CallProcessor;
} // namespace sb::core

namespace sb::hal {
class SimulatorRunner;
struct PhoneSnapshot;
} // namespace sb::hal

namespace sb::ui {
class MainWindow;
} // namespace sb::ui

namespace sb::service {
class Runtime;
} // namespace sb::service

namespace sb::app {

/// The console's PhoneBench on the simulated controller: actions are queued to the
/// simulator's thread, its answers come back as signals. Nothing waits.
class SimulatorPhones : public ui::PhoneBench
{
    Q_OBJECT
public:
    /// Phones of `simulator`; `processor` (the console's) says whether a phone's CLEAR menu is
    /// open.
    SimulatorPhones(hal::SimulatorRunner *simulator, int lines,
        const core::CallProcessor *processor, QObject *parent = nullptr);

    /// Gives `window` the phones of the runtime's simulated controller, now and whenever the
    /// connection changes (none on real hardware). Returns the phones shown now, or null.
    static SimulatorPhones *follow(service::Runtime *runtime, ui::MainWindow *window);

    void act(const QString &action) override;
    void query(int station) override;
    void setTraffic(int callsPerMinute) override;
    void setOperated(const QVector<int> &stations) override;
    int lineCount() const override { return m_lines; }

private:
    hal::SimulatorRunner *m_simulator;
    const core::CallProcessor *m_processor;
    int m_lines;
};

} // namespace sb::app
