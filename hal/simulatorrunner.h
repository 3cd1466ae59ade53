#pragma once

#include "simulatedcontroller.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace sb::hal {

/// What a person at one simulated phone sees and hears, copied out of the simulator's thread.
struct PhoneSnapshot
{
    int station = 0;
    bool offHook = false;
    int ringing = 0; ///< cadence, 0 = silent
    int hearing = 0; ///< core::Tone
    QString display[2];
    quint8 callbackLamp = 0; ///< LampMode
    quint8 dndLamp = 0;
    QString talkingWith;
    QVector<int> linesRinging; ///< outside lines ringing in now
    /// The LAMP mode of line key n at index n-1, for the controller's lines (at most 16).
    QVector<quint8> lineLamps;
    int campOnMs = 0; ///< how long the camp-on beep (R8) still sounds here, 0 = not now
    QVector<int> linesOnHold; ///< seized lines in no talk path: their callers hear music on hold
};

/// Runs a SimulatedController on the wall clock of its thread: bytes in through feed(), bytes
/// out through transmit(); phone actions as slots. The pure controller does the work.
class SimulatorRunner : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorRunner(
        const SimulatedController::Options &options, QObject *parent = nullptr);

    SimulatedController &controller() { return m_controller; }
    Millis now() const { return m_clock.elapsed(); }

public slots:
    void powerUp();
    void powerDown();
    void feed(const QByteArray &bytes);
    /// One phone action in the words of the standalone simulator ("off-hook 3", "dial 3 103" …);
    /// returns an empty string or what is wrong with it.
    QString act(const QString &line);
    /// Answers with phoneState() for this station (the lines' part also for station 0).
    void queryPhone(int station);
    /// Random phone traffic: about `callsPerMinute` calls started per minute; 0 stops it.
    void setTraffic(int callsPerMinute);
    /// Stations a person is operating: the traffic neither acts at them nor calls them.
    void setTrafficSpared(const QVector<int> &stations);

signals:
    void transmit(const QByteArray &bytes);
    /// A command the host sent, as text.
    void commandReceived(const QString &text);
    /// Something changed at the ports (for a phone view).
    void changed();
    void phoneState(const sb::hal::PhoneSnapshot &snapshot);
    /// What an action said when it failed ("station 3 cannot do that now").
    void actionFailed(const QString &why);

private:
    void flush();
    void schedule();

    SimulatedController m_controller;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QTimer m_traffic;
    quint32 m_trafficSeed = 12345;
    QVector<int> m_spared;
};

} // namespace sb::hal

Q_DECLARE_METATYPE(sb::hal::PhoneSnapshot)
