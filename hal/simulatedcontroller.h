#pragma once

#include "framedecoder.h"
#include "protocol.h"
#include "reliablechannel.h"

#include <QStringList>

#include <random>
#include <vector>

namespace sb::hal {

/// The device side of CLP/1: a controller with station and line ports, ring cadences, tones,
/// talk paths and the 5-second fail-safe. A pure state machine like the call processor: bytes,
/// phone actions and time in; bytes for the wire out. Used in-process by default, standalone
/// on a pseudo-terminal (tools/), and by the tests.
class SimulatedController
{
public:
    struct Options
    {
        int stations = 32;
        int lines = 8;
        double speed = 1.0; ///< ring cadences run this many times faster
        quint64 seed = 0; ///< for the boot_id; 0 = random
        QByteArray model = "Switchboard SIM-1";
        quint16 firmware = 0x0100;
        ChannelSettings channel;
    };

    struct Station
    {
        bool offHook = false;
        int cadence = 0; ///< ringing: 1 intercom, 2 outside, 3 callback
        Millis ringStart = 0;
        int bursts = 0; ///< ring bursts completed
        int tone = 0; ///< what it hears (continuous tones; bursts end by themselves)
        Millis toneUntil = 0; ///< end of a confirm burst
        Millis campOnUntil = 0; ///< end of a camp-on burst (R8), mixed into what it hears
        int path = 0; ///< talk path id, 0 = none
        QByteArray display[2];
        quint8 lamps[0x20] = {};
    };

    struct Line
    {
        bool ringingIn = false;
        bool seized = false;
        int path = 0;
        /// Seized and in no talk path: the far end hears music on hold (CLP/1 RELEASE).
        bool musicOnHold() const { return seized && !path; }
    };

    /// Ring cadences, in milliseconds at speed 1: a burst, then silence, repeated.
    static constexpr Millis burstOn[4] = {0, 1000, 2000, 1500};
    static constexpr Millis cycle[4] = {0, 3000, 6000, 4000};
    static constexpr Millis toneBurst = 500;
    static constexpr Millis failSafe = 5000;

    explicit SimulatedController(const Options &options);

    /// Powers up: a new boot_id, every port idle, IDENTITY sent unasked.
    void powerUp(Millis now);
    /// Power failure: everything is lost; powerUp() brings it back.
    void powerDown();
    bool powered() const { return m_powered; }

    void receive(const char *data, qsizetype size, Millis now);
    void receive(const QByteArray &bytes, Millis now)
    {
        receive(bytes.constData(), bytes.size(), now);
    }
    void advanceTo(Millis now);
    Millis nextDeadline() const;
    QByteArray takeWire();
    /// Every command the host sent since the last call, as text ("RING 3 callback").
    QStringList takeLog();

    // Phone actions, as a person at a phone or an outside caller would do them.
    bool offHook(int station, Millis now);
    bool onHook(int station, Millis now);
    bool dial(int station, char digit, Millis now);
    bool key(int station, quint8 key, Millis now);
    bool ringLineIn(int line, Millis now); ///< an outside call starts ringing
    bool stopLineIn(int line, Millis now); ///< the outside caller gives up before an answer
    bool dropLine(int line, Millis now); ///< the far end hangs up a seized line

    const Options &options() const { return m_options; }
    quint32 bootId() const { return m_bootId; }
    bool hasSession() const { return m_session; }
    const Station &station(int s) const { return m_stations[size_t(s)]; }
    const Line &line(int l) const { return m_lines[size_t(l)]; }
    /// What a person at the station hears now.
    core::Tone hearing(int station, Millis now) const;
    /// How long the camp-on beep (R8) still sounds at the station, 0 when it does not.
    Millis campOnLeft(int station, Millis now) const;
    /// The lamp of a key (LAMP's key code) as the host last drove it.
    core::LampMode lamp(int station, quint8 key) const;
    /// The line is seized and in no talk path: its caller hears music on hold (T2, T3).
    bool lineOnHoldMusic(int line) const;
    /// The stations and lines in the same talk path as this station.
    QString talkingWith(int station) const;
    /// True once after something a person notices changed by time alone (a burst ended, the
    /// fail-safe): a phone view should look again.
    bool takeTimedChange();
    quint64 commandsReceived() const { return m_commandsReceived; }

private:
    void sendEvent(const core::Event &e, Millis now);
    void sendNumbered(Frame f, Millis now);
    void sendUnnumbered(const Frame &f);
    void write();
    void handle(const Frame &f, Millis now);
    void execute(const Frame &f, Millis now);
    void reject(quint8 code, const Frame &f, Millis now);
    void leavePath(core::EndpointKind kind, int id);
    void stopRinging(int s);
    bool validStation(int s) const { return s >= 1 && s <= m_options.stations; }
    bool validLine(int l) const { return l >= 1 && l <= m_options.lines; }
    Millis scaled(Millis ms) const { return Millis(double(ms) / m_options.speed); }

    Options m_options;
    std::mt19937_64 m_rng;
    bool m_powered = false;
    bool m_session = false;
    quint32 m_bootId = 0;
    ReliableChannel m_channel;
    FrameDecoder m_decoder;
    std::vector<Station> m_stations;
    std::vector<Line> m_lines;
    std::vector<Frame> m_frames, m_received;
    QByteArray m_wire;
    QStringList m_log;
    Millis m_lastHeard = 0;
    bool m_failSafeDone = false;
    bool m_timedChange = false;
    int m_nextPath = 1;
    quint64 m_commandsReceived = 0;
};

} // namespace sb::hal
