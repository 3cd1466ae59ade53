// The link session (controller-link.md sections 3 and 4): the host's HostSession against the
// SimulatedController over an in-memory pipe that drops, duplicates, corrupts and delays frames.

#include "hal/hostsession.h"
#include "hal/simulatedcontroller.h"

#include <QtTest>

#include <deque>
#include <random>

using namespace sb;
using namespace sb::hal;

namespace {

/// Moves whole frames between the two ends, spoiling some of them on the way (seeded).
class LossyPipe
{
public:
    struct Faults
    {
        double drop = 0, duplicate = 0, corrupt = 0, delay = 0;
        Millis maxDelay = 0;
    };

    LossyPipe(quint64 seed, Faults faults)
        : m_rng(seed)
        , m_faults(faults)
    { }

    void put(const QByteArray &bytes, Millis now)
    {
        for (const QByteArray &frame : bytes.split('\0')) {
            if (frame.isEmpty())
                continue;
            if (m_cut || chance(m_faults.drop))
                continue;
            QByteArray f = frame + QByteArray(1, '\0');
            if (chance(m_faults.corrupt))
                f[pick(0, int(f.size()) - 2)] ^= char(pick(1, 255));
            const Millis at = chance(m_faults.delay) ? now + pick(1, int(m_faults.maxDelay)) : now;
            m_inFlight.push_back({at, f});
            if (chance(m_faults.duplicate))
                m_inFlight.push_back({at + pick(0, 50), f});
        }
    }

    QByteArray take(Millis now)
    {
        QByteArray out;
        for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
            if (it->first <= now) {
                out += it->second;
                it = m_inFlight.erase(it);
            } else {
                ++it;
            }
        }
        return out;
    }

    bool m_cut = false;

private:
    bool chance(double p) { return p > 0 && std::bernoulli_distribution(p)(m_rng); }
    int pick(int lo, int hi)
    {
        return std::uniform_int_distribution<int>(lo, std::max(lo, hi))(m_rng);
    }

    std::mt19937_64 m_rng;
    Faults m_faults;
    std::deque<std::pair<Millis, QByteArray>> m_inFlight;
};

/// A host and a simulated controller joined by two pipes, on a virtual clock.
struct Bench
{
    Bench(quint64 seed, LossyPipe::Faults faults, int stations = 16, int lines = 4)
        : toDevice(seed * 2 + 1, faults)
        , toHost(seed * 2 + 2, faults)
        , device([&] {
            SimulatedController::Options o;
            o.stations = stations;
            o.lines = lines;
            o.seed = seed + 1000;
            return o;
        }())
    { }

    void start()
    {
        device.powerUp(now);
        host.opened(now);
    }

    void run(Millis ms, Millis step = 5)
    {
        const Millis end = now + ms;
        while (now < end) {
            now += step;
            pump();
        }
    }

    void pump()
    {
        host.advanceTo(now);
        device.advanceTo(now);
        toDevice.put(host.takeWire(), now);
        toHost.put(device.takeWire(), now);
        device.receive(toDevice.take(now), now);
        host.receive(toHost.take(now), now);
        for (HostSession::Output &o : host.takeOutputs()) {
            if (o.type == HostSession::Output::Type::Down && o.restartTransport)
                host.opened(now); // what the link does: close the transport and open it again
            outputs.push_back(std::move(o));
        }
    }

    int count(HostSession::Output::Type t) const
    {
        return int(std::count_if(
            outputs.begin(), outputs.end(), [t](const auto &o) { return o.type == t; }));
    }

    HostSession host;
    LossyPipe toDevice, toHost;
    SimulatedController device;
    std::vector<HostSession::Output> outputs;
    Millis now = 0;
};

using Type = HostSession::Output::Type;

} // namespace

class TestHostSession : public QObject
{
    Q_OBJECT
private slots:
    // HELLO, IDENTITY, SYNC, STATE_REPORT, SYNC_DONE: the session starts with the port states.
    void handshakeReportsPortStates()
    {
        Bench b(1, {});
        b.device.powerUp(0);
        b.device.offHook(3, 0); // before any session: reported by SYNC
        b.device.ringLineIn(2, 0);
        b.host.opened(0);
        b.run(100);
        QCOMPARE(b.host.state(), HostSession::State::Up);
        QCOMPARE(b.count(Type::SessionUp), 1);
        QCOMPARE(b.outputs[0].identity.bootId, b.device.bootId());
        QCOMPARE(b.outputs[0].identity.model, QByteArray("Switchboard SIM-1"));
        QCOMPARE(b.outputs[0].event.port, quint16(16));
        QCOMPARE(b.outputs[0].event.value16, quint16(4));
        const auto it = std::find_if(b.outputs.begin(), b.outputs.end(),
            [](const auto &o) { return o.type == Type::PortStates; });
        QVERIFY(it != b.outputs.end());
        QCOMPARE(it->event.stationStates.size(), 16);
        QCOMPARE(it->event.stationStates[2], quint8(1));
        QCOMPARE(it->event.stationStates[3], quint8(0));
        QCOMPARE(it->event.lineStates[1], quint8(1));
    }

    // HELLO is repeated every 500 ms until IDENTITY arrives.
    void helloRepeatsUntilIdentity()
    {
        HostSession host;
        host.opened(0);
        QCOMPARE(host.takeWire(), encodeFrame(protocol::hello()));
        host.advanceTo(499);
        QVERIFY(host.takeWire().isEmpty());
        host.advanceTo(500);
        QCOMPARE(host.takeWire(), encodeFrame(protocol::hello()));
        QCOMPARE(host.nextDeadline(), Millis(1000));
    }

    // Every numbered frame is delivered exactly once and in order, both ways, through a pipe
    // that drops, duplicates, corrupts and delays frames.
    void lossyPipeDeliversExactlyOnceInOrder_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 s = 1; s <= 12; ++s)
            QTest::addRow("seed %llu", s) << s;
    }
    void lossyPipeDeliversExactlyOnceInOrder()
    {
        QFETCH(quint64, seed);
        Bench b(seed, {0.03, 0.03, 0.03, 0.05, 100});
        b.start();
        b.run(300);
        QCOMPARE(b.host.state(), HostSession::State::Up);
        std::mt19937 rng {unsigned(seed)};
        const int n = 400;
        QByteArray expectDigits;
        for (int i = 0; i < n; ++i) {
            const char d = "0123456789*#"[rng() % 12];
            expectDigits.append(d);
            QVERIFY(b.device.dial(5, d, b.now));
            core::DisplayText t;
            t.append(QString::number(i));
            b.host.send(core::Command::display(4, 0, t), b.now);
            b.run(5);
        }
        b.run(60000, 10); // each loss costs a 200 ms timeout: give the pipe time to drain
        QByteArray gotDigits;
        for (const auto &o : b.outputs) {
            if (o.type == Type::Event && o.event.type == core::Event::Type::Digit)
                gotDigits.append(char(o.event.value));
        }
        QCOMPARE(b.host.stats().outages, quint64(0));
        QCOMPARE(gotDigits, expectDigits);
        QStringList displays;
        for (const QString &line : b.device.takeLog()) {
            if (line.startsWith(QStringLiteral("DISPLAY 4")))
                displays << line;
        }
        QCOMPARE(displays.size(), n);
        for (int i = 0; i < n; ++i)
            QCOMPARE(displays[i], QStringLiteral("DISPLAY 4 row 0 \"%1\"").arg(i));
        QVERIFY(b.host.stats().retransmissions > 0); // the faults did bite
        QVERIFY(b.host.stats().framingErrors > 0);
    }

    // PING after 1 s quiet; PONG keeps the link up through a long quiet spell.
    void keepaliveKeepsQuietLinkUp()
    {
        Bench b(3, {});
        b.start();
        b.run(60000, 20);
        QCOMPARE(b.host.state(), HostSession::State::Up);
        QCOMPARE(b.host.stats().outages, quint64(0));
        QVERIFY(b.host.stats().framesSent >= 55); // about one PING a second
    }

    // Nothing heard for 3 s: down, and HELLO every 500 ms again.
    void silenceTakesLinkDown()
    {
        LinkSettings quiet;
        quiet.keepaliveAfter = 60000; // no PING to time out first
        HostSession host(quiet);
        host.opened(0);
        Identity id;
        id.bootId = 77;
        id.stations = 4;
        id.lines = 1;
        Frame identity = protocol::identity(id);
        host.receive(encodeFrame(identity), 10);
        Frame done = protocol::syncDone();
        done.seq = 1;
        host.receive(encodeFrame(done), 20);
        Frame ack = protocol::ack(1);
        host.receive(encodeFrame(ack), 20);
        QCOMPARE(host.state(), HostSession::State::Up);
        host.takeWire();
        host.advanceTo(3019);
        QCOMPARE(host.state(), HostSession::State::Up);
        host.advanceTo(3020);
        QCOMPARE(host.state(), HostSession::State::Connecting);
        const std::vector<HostSession::Output> out = host.takeOutputs();
        QCOMPARE(out.back().type, Type::Down);
        QCOMPARE(out.back().restartTransport, false);
        QCOMPARE(out.back().event.type, core::Event::Type::LinkDown);
        QCOMPARE(host.takeWire(), encodeFrame(protocol::hello()));
        host.advanceTo(3520);
        QCOMPARE(host.takeWire(), encodeFrame(protocol::hello()));
    }

    // The cable is pulled: down within 3 s; back in, the same boot_id: an outage, not a reset.
    void outageThenSameBootId()
    {
        Bench b(4, {});
        b.start();
        b.run(500);
        const quint32 boot = b.device.bootId();
        b.toHost.m_cut = true;
        b.toDevice.m_cut = true;
        b.run(3000);
        QCOMPARE(b.count(Type::Down), 1);
        QVERIFY(b.host.state() == HostSession::State::Connecting);
        b.toHost.m_cut = false;
        b.toDevice.m_cut = false;
        b.run(1000);
        QCOMPARE(b.host.state(), HostSession::State::Up);
        QCOMPARE(b.count(Type::SessionUp), 2);
        const auto last = std::find_if(b.outputs.rbegin(), b.outputs.rend(),
            [](const auto &o) { return o.type == Type::SessionUp; });
        QCOMPARE(last->event.bootId, boot);
    }

    // A power failure: the controller comes back with a new boot_id.
    void powerFailureNewBootId()
    {
        Bench b(5, {});
        b.start();
        b.run(500);
        const quint32 boot = b.device.bootId();
        b.device.powerDown();
        b.run(4000);
        QCOMPARE(b.count(Type::Down), 1);
        b.device.powerUp(b.now);
        b.run(1000);
        QCOMPARE(b.host.state(), HostSession::State::Up);
        const auto last = std::find_if(b.outputs.rbegin(), b.outputs.rend(),
            [](const auto &o) { return o.type == Type::SessionUp; });
        QVERIFY(last->event.bootId != boot);
        QCOMPARE(last->event.bootId, b.device.bootId());
    }

    // 5 retransmissions of the same frame without progress: down, and the transport restarts.
    void retransmissionLimitRestartsTransport()
    {
        Bench b(6, {});
        b.start();
        b.run(500);
        b.toDevice.m_cut = true; // the controller still talks, but hears nothing
        b.host.send(core::Command::ring(3, core::Cadence::Intercom), b.now);
        b.run(200 * 5 + 100, 1);
        QCOMPARE(b.count(Type::Down), 0);
        b.run(150, 1);
        QCOMPARE(b.count(Type::Down), 1);
        QCOMPARE(b.outputs.back().restartTransport, true);
        QCOMPARE(
            b.host.state(), HostSession::State::Connecting); // the bench reopened the transport
        QCOMPARE(b.host.stats().retransmissions, quint64(5));
    }

    // An ERROR frame is logged and the link carries on.
    void controllerErrorIsLoggedLinkCarriesOn()
    {
        Bench b(7, {});
        b.start();
        b.run(300);
        b.host.send(core::Command::ring(99, core::Cadence::Intercom), b.now); // no such port
        b.run(100);
        QCOMPARE(b.count(Type::ControllerError), 1);
        const auto it = std::find_if(b.outputs.begin(), b.outputs.end(),
            [](const auto &o) { return o.type == Type::ControllerError; });
        QVERIFY2(it->text.contains(QStringLiteral("no such port")), qPrintable(it->text));
        QCOMPARE(b.host.state(), HostSession::State::Up);
        QCOMPARE(b.host.stats().controllerErrors, quint64(1));
        b.device.offHook(2, b.now);
        b.run(50);
        QCOMPARE(b.outputs.back().type, Type::Event);
    }

    // The receiver's rules of section 3: duplicates and gaps are answered with ACK(expected - 1).
    void duplicatesAndGapsAnsweredWithLastGoodAck()
    {
        ReliableChannel ch;
        std::vector<Frame> wire;
        Frame f = protocol::pong(1);
        f.seq = 1;
        QVERIFY(ch.receive(f, wire));
        QCOMPARE(wire.back(), protocol::ack(1));
        QVERIFY(!ch.receive(f, wire)); // duplicate
        QCOMPARE(wire.back(), protocol::ack(1));
        f.seq = 3; // gap
        QVERIFY(!ch.receive(f, wire));
        QCOMPARE(wire.back(), protocol::ack(1));
        f.seq = 2;
        QVERIFY(ch.receive(f, wire));
        QCOMPARE(ch.duplicates(), quint64(1));
    }

    // Numbering wraps 255 -> 0 -> 1, skipping nothing; the window holds at most 8 frames.
    void numberingWrapsAndWindowHoldsEight()
    {
        ReliableChannel ch;
        std::vector<Frame> wire;
        for (int i = 1; i <= 260; ++i) {
            ch.send(protocol::ping(quint32(i)), 0, wire);
            ch.acknowledge(wire.back().seq, 0, wire);
        }
        QCOMPARE(wire.back().seq, quint8(260 % 256));
        wire.clear();
        for (int i = 0; i < 10; ++i)
            ch.send(protocol::ping(quint32(i)), 0, wire);
        QCOMPARE(int(wire.size()), 8);
        QCOMPARE(ch.queued(), 2);
        ch.acknowledge(wire[1].seq, 10, wire); // cumulative: frees two
        QCOMPARE(int(wire.size()), 10);
        QCOMPARE(ch.outstanding(), 8);
    }
};

QTEST_GUILESS_MAIN(TestHostSession)
#include "tst_hostsession.moc"
