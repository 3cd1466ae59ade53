#pragma once

#include "simulatedcontroller.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace sb::hal {

/// Runs a SimulatedController on the wall clock of its thread: bytes in through feed(), bytes
/// out through transmit(); phone actions as slots. The pure controller does the work.
class SimulatorRunner : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorRunner(const SimulatedController::Options &options, QObject *parent = nullptr);

    SimulatedController &controller() { return m_controller; }
    Millis now() const { return m_clock.elapsed(); }

public slots:
    void powerUp();
    void powerDown();
    void feed(const QByteArray &bytes);
    /// One phone action in the words of the standalone simulator ("off-hook 3", "dial 3 103" …);
    /// returns an empty string or what is wrong with it.
    QString act(const QString &line);

signals:
    void transmit(const QByteArray &bytes);
    /// A command the host sent, as text.
    void commandReceived(const QString &text);
    /// Something changed at the ports (for a phone view).
    void changed();

private:
    void flush();
    void schedule();

    SimulatedController m_controller;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace sb::hal
