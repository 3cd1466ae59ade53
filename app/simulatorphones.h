#pragma once

#include "ui/phonebench.h"

namespace sb::hal {
class SimulatorRunner;
struct PhoneSnapshot;
} // namespace sb::hal

namespace sb::app {

/// The console's PhoneBench on the simulated controller: actions are queued to the
/// simulator's thread, its answers come back as signals. Nothing waits.
class SimulatorPhones : public ui::PhoneBench
{
    Q_OBJECT
public:
    SimulatorPhones(hal::SimulatorRunner *simulator, int lines, QObject *parent = nullptr);

    void act(const QString &action) override;
    void query(int station) override;
    void setTraffic(int callsPerMinute) override;
    int lineCount() const override { return m_lines; }

private:
    hal::SimulatorRunner *m_simulator;
    int m_lines;
};

} // namespace sb::app
