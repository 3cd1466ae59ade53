// The simulated controller (device side of CLP/1): cadences, RING_CYCLE, ring trip, tones,
// talk paths, the 5-second fail-safe, ERROR answers and boot_id.

#include "hal/hostsession.h"
#include "hal/simulatedcontroller.h"
#include "hal/simulatorrunner.h"

#include <QtTest>

using namespace sb;
using namespace sb::hal;

namespace {

/// A controller with a host session on the other end; commands go in, events come out.
struct Rig
{
    explicit Rig(double speed = 1.0, quint64 seed = 5)
        : sim([&] {
            SimulatedController::Options o;
            o.stations = 8;
            o.lines = 2;
            o.speed = speed;
            o.seed = seed;
            return o;
        }())
    {
        sim.powerUp(0);
        host.opened(0);
        run(50);
    }
    void run(Millis until)
    {
        while (now < until) {
            now += 1;
            host.advanceTo(now);
            sim.advanceTo(now);
            sim.receive(host.takeWire(), now);
            host.receive(sim.takeWire(), now);
            for (auto &o : host.takeOutputs()) {
                if (o.type == HostSession::Output::Type::Event)
                    events.push_back(std::make_pair(now, o.event));
                if (o.type == HostSession::Output::Type::ControllerError)
                    errors << o.text;
            }
        }
    }
    void command(const core::Command &c) { host.send(c, now); }
    std::vector<std::pair<Millis, int>> ringCycles(int station) const
    {
        std::vector<std::pair<Millis, int>> out;
        for (const auto &[t, e] : events) {
            if (e.type == core::Event::Type::RingCycle && e.port == station)
                out.emplace_back(t, e.value);
        }
        return out;
    }
    SimulatedController sim;
    HostSession host;
    Millis now = 0;
    std::vector<std::pair<Millis, core::Event>> events;
    QStringList errors;
};

} // namespace

class TestSimulatedController : public QObject
{
    Q_OBJECT
private slots:
    // RING_CYCLE at the end of each burst, counting bursts: intercom 1 s burst every 3 s.
    void ringCycleAtTheEndOfEachBurst()
    {
        Rig r;
        const Millis start = r.now;
        r.command(core::Command::ring(3, core::Cadence::Intercom));
        r.run(start + 10500);
        const auto cycles = r.ringCycles(3);
        QCOMPARE(int(cycles.size()), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(cycles[size_t(i)].second, i + 1);
            const Millis expected = start + 1000 + 3000 * i;
            QVERIFY2(qAbs(cycles[size_t(i)].first - expected) <= 5,
                qPrintable(QString::number(cycles[size_t(i)].first)));
        }
    }

    // The speed factor runs the cadences faster, for demonstrations and tests.
    void speedFactor()
    {
        Rig r(10);
        const Millis start = r.now;
        r.command(core::Command::ring(4, core::Cadence::Callback));
        r.run(start + 1700);
        const auto cycles = r.ringCycles(4);
        QCOMPARE(int(cycles.size()), 4); // 150 ms burst, every 400 ms
        QVERIFY(qAbs(cycles[3].first - (start + 150 + 1200)) <= 5);
    }

    // Going off-hook stops the ring (ring trip); RING to an off-hook station is ignored.
    void ringTripAndRingIgnoredOffHook()
    {
        Rig r;
        r.command(core::Command::ring(3, core::Cadence::Outside));
        r.run(r.now + 100);
        QCOMPARE(r.sim.station(3).cadence, 2);
        QVERIFY(r.sim.offHook(3, r.now));
        QCOMPARE(r.sim.station(3).cadence, 0);
        r.command(core::Command::ring(3, core::Cadence::Intercom));
        r.run(r.now + 5000);
        QCOMPARE(r.sim.station(3).cadence, 0);
        QVERIFY(r.ringCycles(3).empty());
    }

    // Tones play only off-hook; confirm is a burst; camp-on is mixed in; CONNECT stops tones.
    void tonesAndPaths()
    {
        Rig r;
        r.command(core::Command::tone(3, core::Tone::Dial));
        r.run(r.now + 20);
        QCOMPARE(r.sim.hearing(3, r.now), core::Tone::None); // on-hook
        r.sim.offHook(3, r.now);
        r.sim.offHook(4, r.now);
        r.command(core::Command::tone(3, core::Tone::Busy));
        r.run(r.now + 20);
        QCOMPARE(r.sim.hearing(3, r.now), core::Tone::Busy);
        r.command(core::Command::tone(3, core::Tone::CampOn));
        r.run(r.now + 20);
        QCOMPARE(r.sim.hearing(3, r.now), core::Tone::CampOn);
        r.run(r.now + 600);
        QCOMPARE(r.sim.hearing(3, r.now), core::Tone::Busy); // the burst ended, busy is under it
        r.command(core::Command::tone(3, core::Tone::Confirm));
        r.run(r.now + 20);
        QCOMPARE(r.sim.hearing(3, r.now), core::Tone::Confirm);
        r.run(r.now + 600);
        QCOMPARE(r.sim.hearing(3, r.now), core::Tone::None);
        r.command(core::Command::tone(4, core::Tone::Ringback));
        r.command(
            core::Command::connect(core::EndpointKind::Station, 3, core::EndpointKind::Station, 4));
        r.run(r.now + 20);
        QCOMPARE(r.sim.talkingWith(3), QStringLiteral("station 4"));
        QCOMPARE(r.sim.hearing(4, r.now), core::Tone::None);
        r.command(core::Command::release(core::EndpointKind::Station, 4));
        r.run(r.now + 20);
        QVERIFY(r.sim.talkingWith(3).isEmpty());
    }

    // No word from the host for 5 s: ringing and tones stop; talk paths stay.
    void failSafeAfterFiveSeconds()
    {
        Rig r;
        r.sim.offHook(3, r.now);
        r.sim.offHook(4, r.now);
        r.command(
            core::Command::connect(core::EndpointKind::Station, 3, core::EndpointKind::Station, 4));
        r.command(core::Command::ring(5, core::Cadence::Intercom));
        r.sim.offHook(6, r.now);
        r.command(core::Command::tone(6, core::Tone::Dial));
        r.run(r.now + 50);
        const Millis cut = r.now;
        // The host goes silent (nothing more reaches the controller).
        for (Millis t = cut; t < cut + 4900; ++t)
            r.sim.advanceTo(t);
        QCOMPARE(r.sim.station(5).cadence, 1);
        QCOMPARE(r.sim.hearing(6, cut + 4900), core::Tone::Dial);
        r.sim.advanceTo(cut + 5001);
        QCOMPARE(r.sim.station(5).cadence, 0);
        QCOMPARE(r.sim.hearing(6, cut + 5001), core::Tone::None);
        QCOMPARE(r.sim.talkingWith(3), QStringLiteral("station 4"));
    }

    // A well-formed command it cannot carry out: ERROR, and still acknowledged.
    void errorForImpossibleCommands()
    {
        Rig r;
        r.command(core::Command::ring(9, core::Cadence::Intercom)); // no such port
        r.command(core::Command::tone(3, core::Tone(9))); // bad value
        r.command(core::Command::line(3, true)); // no such line
        r.run(r.now + 100);
        QCOMPARE(r.errors.size(), 3);
        QVERIFY2(r.errors[0].contains(QStringLiteral("no such port")), qPrintable(r.errors[0]));
        QVERIFY2(r.errors[1].contains(QStringLiteral("bad value")), qPrintable(r.errors[1]));
        QCOMPARE(r.host.state(), HostSession::State::Up);
        QCOMPARE(r.host.stats().retransmissions, quint64(0)); // all were acknowledged
    }

    // A new random non-zero boot_id at each power-up.
    void newBootIdAtEachStart()
    {
        SimulatedController::Options o;
        o.seed = 11;
        SimulatedController c(o);
        QSet<quint32> seen;
        for (int i = 0; i < 20; ++i) {
            c.powerUp(0);
            QVERIFY(c.bootId() != 0);
            seen.insert(c.bootId());
            c.powerDown();
        }
        QCOMPARE(seen.size(), 20);
    }

    // Outside calls: LINE_RING in and out; LINE_DROP only for a seized line.
    void outsideLines()
    {
        Rig r;
        QVERIFY(r.sim.ringLineIn(2, r.now));
        QVERIFY(!r.sim.ringLineIn(2, r.now));
        QVERIFY(!r.sim.dropLine(2, r.now)); // not seized
        r.command(core::Command::line(2, true));
        r.run(r.now + 20);
        QVERIFY(r.sim.line(2).seized);
        QVERIFY(!r.sim.line(2).ringingIn);
        QVERIFY(r.sim.dropLine(2, r.now));
        r.run(r.now + 20);
        QCOMPARE(r.events.back().second.type, core::Event::Type::LineDrop);
        QCOMPARE(r.events.front().second.type, core::Event::Type::LineRing);
    }

    // Issue 11, CLP/1 RELEASE: a seized line in no talk path hears music on hold (a line held,
    // T2, or held for transfer, T3); once it is in a path again, or released, it does not.
    void musicOnHoldForASeizedLineInNoPath()
    {
        Rig r;
        QVERIFY(r.sim.ringLineIn(1, r.now));
        r.sim.offHook(3, r.now);
        r.command(core::Command::line(1, true)); // B6: answered at station 3
        r.command(
            core::Command::connect(core::EndpointKind::Station, 3, core::EndpointKind::Line, 1));
        r.run(r.now + 20);
        QVERIFY(r.sim.line(1).seized);
        QVERIFY(!r.sim.lineOnHoldMusic(1));
        QVERIFY(!r.sim.lineOnHoldMusic(2)); // free
        // T2: HOLD at station 3; the engine releases the path, the line stays seized.
        r.command(core::Command::release(core::EndpointKind::Station, 3));
        r.run(r.now + 20);
        QVERIFY(r.sim.lineOnHoldMusic(1));
        QVERIFY(r.sim.talkingWith(3).isEmpty());
        // Retrieved at station 4 (its line key): in a path again, no music.
        r.sim.offHook(4, r.now);
        r.command(
            core::Command::connect(core::EndpointKind::Line, 1, core::EndpointKind::Station, 4));
        r.run(r.now + 20);
        QVERIFY(!r.sim.lineOnHoldMusic(1));
        QCOMPARE(r.sim.talkingWith(4), QStringLiteral("line 1"));
        // Held again, then released (T8 after LINE_DROP, say): a free line hears nothing.
        r.command(core::Command::release(core::EndpointKind::Line, 1));
        r.run(r.now + 20);
        QVERIFY(r.sim.lineOnHoldMusic(1));
        r.command(core::Command::line(1, false));
        r.run(r.now + 20);
        QVERIFY(!r.sim.lineOnHoldMusic(1));
        QVERIFY(r.errors.isEmpty());
    }

    // T1: LAMP modes 0-3 are kept per station and key, line keys included, as the host drove
    // them; HOLD and TRANSFER have no lamp, but the controller keeps what it is told.
    void lampModesPerStationAndKey()
    {
        Rig r;
        using core::LampMode;
        namespace key = protocol::key;
        r.command(core::Command::lamp(3, key::line(1), LampMode::FastFlash)); // ringing in
        r.command(core::Command::lamp(3, key::line(2), LampMode::SlowFlash)); // held
        r.command(core::Command::lamp(4, key::line(2), LampMode::On)); // talking
        r.command(core::Command::lamp(3, key::callback, LampMode::SlowFlash)); // R4
        r.command(core::Command::lamp(3, key::line(16), LampMode::On));
        r.run(r.now + 50);
        QCOMPARE(r.sim.lamp(3, key::line(1)), LampMode::FastFlash);
        QCOMPARE(r.sim.lamp(3, key::line(2)), LampMode::SlowFlash);
        QCOMPARE(r.sim.lamp(4, key::line(2)), LampMode::On);
        QCOMPARE(r.sim.lamp(4, key::line(1)), LampMode::Off);
        QCOMPARE(r.sim.lamp(3, key::callback), LampMode::SlowFlash);
        QCOMPARE(r.sim.lamp(3, key::line(16)), LampMode::On);
        r.command(core::Command::lamp(3, key::line(1), LampMode::Off));
        r.command(core::Command::lamp(3, key::line(2), LampMode(4))); // bad value
        r.run(r.now + 50);
        QCOMPARE(r.sim.lamp(3, key::line(1)), LampMode::Off);
        QCOMPARE(r.sim.lamp(3, key::line(2)), LampMode::SlowFlash);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors[0].contains(QStringLiteral("bad value")), qPrintable(r.errors[0]));
    }

    // R8 (and T5): the camp-on tone is a 0.5 s burst mixed into what the station hears, in the
    // middle of a call too; campOnLeft() says how long it still sounds, and its end is a timed
    // change a phone view is told of.
    void campOnBurstIsVisibleForItsDuration()
    {
        Rig r;
        r.sim.offHook(4, r.now);
        r.sim.offHook(5, r.now);
        r.command(
            core::Command::connect(core::EndpointKind::Station, 4, core::EndpointKind::Station, 5));
        r.run(r.now + 20);
        r.sim.takeTimedChange();
        QCOMPARE(r.sim.campOnLeft(4, r.now), Millis(0));
        r.command(core::Command::tone(4, core::Tone::CampOn));
        r.command(core::Command::tone(3, core::Tone::CampOn)); // on-hook: ignored
        r.run(r.now + 20);
        QCOMPARE(r.sim.hearing(4, r.now), core::Tone::CampOn);
        const Millis left = r.sim.campOnLeft(4, r.now);
        QVERIFY2(left > 400 && left <= SimulatedController::toneBurst,
            qPrintable(QString::number(left)));
        QCOMPARE(r.sim.campOnLeft(3, r.now), Millis(0));
        QCOMPARE(r.sim.talkingWith(4), QStringLiteral("station 5")); // the call goes on
        QVERIFY(!r.sim.takeTimedChange());
        r.run(r.now + left + 5);
        QCOMPARE(r.sim.campOnLeft(4, r.now), Millis(0));
        QCOMPARE(r.sim.hearing(4, r.now), core::Tone::None);
        QVERIFY(r.sim.takeTimedChange()); // the burst ended by itself
        QVERIFY(!r.sim.takeTimedChange());
    }

    // Issue 11: what the phones are shown, through the runner: line lamps, the camp-on beep
    // (R8) and the lines that hear music on hold; HOLD, TRANSFER, FLASH and line keys pressed
    // in the simulator's words reach the host as KEY frames with their codes (T1-T3).
    void runnerSnapshotAndKeys()
    {
        SimulatedController::Options o;
        o.stations = 6;
        o.lines = 3;
        o.seed = 9;
        SimulatorRunner runner(o);
        // The host on the other end of the bytes, as the real link is: what the runner transmits
        // reaches it, what it writes goes back (queued, as from another thread).
        HostSession host;
        std::vector<core::Event> events;
        QElapsedTimer clock;
        clock.start();
        auto toController = [&] {
            const QByteArray bytes = host.takeWire();
            if (!bytes.isEmpty())
                QMetaObject::invokeMethod(
                    &runner, [&runner, bytes] { runner.feed(bytes); }, Qt::QueuedConnection);
        };
        QObject::connect(&runner, &SimulatorRunner::transmit, &runner, [&](const QByteArray &b) {
            host.receive(b, clock.elapsed());
            for (auto &out : host.takeOutputs()) {
                if (out.type == HostSession::Output::Type::Event)
                    events.push_back(out.event);
            }
            toController();
        });
        host.opened(clock.elapsed());
        runner.powerUp();
        toController();
        QTRY_COMPARE(host.state(), HostSession::State::Up);

        QCOMPARE(runner.act(QStringLiteral("off-hook 3")), QString());
        for (const QString k : {QStringLiteral("HOLD"), QStringLiteral("TRANSFER"),
                 QStringLiteral("flash"), QStringLiteral("LINE2")})
            QCOMPARE(runner.act(QStringLiteral("key 3 ") + k), QString());
        QVERIFY(!runner.act(QStringLiteral("key 3 PARK")).isEmpty());
        QList<quint8> keys;
        QTRY_VERIFY(([&] {
            keys.clear();
            for (const core::Event &e : events) {
                if (e.type == core::Event::Type::Key && e.port == 3)
                    keys << e.value;
            }
            return keys.size() == 4;
        }()));
        QCOMPARE(keys, (QList<quint8> {0x05, 0x06, 0x04, 0x11}));

        // The host lights line 2 slow at station 3, rings line 1 in, holds line 3, camps on 3.
        QVERIFY(runner.controller().ringLineIn(1, clock.elapsed()));
        host.send(core::Command::lamp(3, protocol::key::line(1), core::LampMode::FastFlash),
            clock.elapsed());
        host.send(core::Command::lamp(3, protocol::key::line(2), core::LampMode::SlowFlash),
            clock.elapsed());
        host.send(core::Command::line(3, true), clock.elapsed());
        host.send(core::Command::tone(3, core::Tone::CampOn), clock.elapsed());
        toController();
        QTRY_COMPARE(
            runner.controller().lamp(3, protocol::key::line(2)), core::LampMode::SlowFlash);
        QTRY_VERIFY(runner.controller().campOnLeft(3, runner.now()) > 0);
        QSignalSpy snapshots(&runner, &SimulatorRunner::phoneState);
        runner.queryPhone(3);
        QCOMPARE(snapshots.size(), 1);
        const auto p = snapshots.at(0).at(0).value<PhoneSnapshot>();
        QCOMPARE(p.lineLamps, (QVector<quint8> {3, 2, 0}));
        QCOMPARE(p.linesRinging, QVector<int> {1});
        QCOMPARE(p.linesOnHold, QVector<int> {3});
        QVERIFY(p.campOnMs > 0 && p.campOnMs <= int(SimulatedController::toneBurst));
        QCOMPARE(p.hearing, int(core::Tone::CampOn));
        // The beep ends by itself, and the phones are told to look again.
        QSignalSpy changed(&runner, &SimulatorRunner::changed);
        QVERIFY(changed.wait(2000));
        QTRY_COMPARE(runner.controller().campOnLeft(3, runner.now()), Millis(0));
        // Station 0 asks only for the lines: the lines strip of the phones' panel.
        runner.queryPhone(0);
        const auto lines = snapshots.last().at(0).value<PhoneSnapshot>();
        QCOMPARE(lines.linesOnHold, QVector<int> {3});
        QVERIFY(lines.lineLamps.isEmpty());
    }

    // Issue 9 item 17: the traffic generator leaves alone the stations a person operates on the
    // console's phones A and B: it neither lifts them nor calls them; the others it drives.
    void trafficSparesOperatedPhones()
    {
        SimulatedController::Options o;
        o.stations = 6;
        o.lines = 0;
        o.seed = 7;
        SimulatorRunner runner(o);
        runner.powerUp();
        runner.setTrafficSpared({3, 4});
        QSet<int> lifted;
        int touchedSpared = 0;
        QObject::connect(&runner, &SimulatorRunner::changed, [&] {
            for (int s = 2; s <= o.stations; ++s) {
                const auto &st = runner.controller().station(s);
                if (st.offHook)
                    lifted.insert(s);
                if ((s == 3 || s == 4) && (st.offHook || st.cadence))
                    ++touchedSpared;
            }
        });
        runner.setTraffic(600);
        QTRY_COMPARE_WITH_TIMEOUT(lifted.size(), 3, 5000); // 2, 5 and 6
        QCOMPARE(touchedSpared, 0);
        QVERIFY(!lifted.contains(3) && !lifted.contains(4));
        runner.setTraffic(0);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedController)
#include "tst_simulatedcontroller.moc"
