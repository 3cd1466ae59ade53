// Benchmark of the controller link (not a test). Three parts:
//  1. codec: encode and decode throughput of typical frames;
//  2. latency: the host's time from a HOOK frame arriving to the RING frame it causes, over a
//     real pty against the real `switchboard --headless --serial` while 1,000 events/s flow;
//  3. throughput: frames per second the link carries on a 115200-baud 8N1 wire (simulated
//     byte by byte), as a share of what the wire allows.
// See docs/performance.md.   taskset -c 1 build/bench/bench_link

#include "hal/framedecoder.h"
#include "hal/hostsession.h"
#include "hal/simulatedcontroller.h"

#include <QCoreApplication>
#include <QProcess>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <random>
#include <termios.h>
#include <unistd.h>

using namespace sb;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

void codec()
{
    std::vector<hal::Frame> frames;
    core::DisplayText t;
    t.append("Callback to 104 Bob");
    frames.push_back(hal::protocol::command(core::Command::ring(3, core::Cadence::Callback)));
    frames.push_back(hal::protocol::command(core::Command::display(3, 0, t)));
    frames.push_back(*hal::protocol::event(core::Event::hook(7, true)));
    frames.push_back(hal::protocol::ack(9));
    for (size_t i = 0; i < frames.size(); ++i)
        frames[i].seq = quint8(i + 1);
    const int rounds = 500000;
    QByteArray wire;
    qint64 bytes = 0;
    auto t0 = Clock::now();
    for (int i = 0; i < rounds; ++i) {
        const QByteArray w = hal::encodeFrame(frames[size_t(i) % frames.size()]);
        bytes += w.size();
        if (i < 4000)
            wire += w;
    }
    auto t1 = Clock::now();
    std::printf("codec encode: %.0f frames/s, %.1f MB/s (mixed RING, DISPLAY, HOOK, ACK; %.1f "
                "bytes/frame)\n",
        rounds / seconds(t0, t1), bytes / seconds(t0, t1) / 1e6, double(bytes) / rounds);
    hal::FrameDecoder dec;
    std::vector<hal::Frame> out;
    out.reserve(4000);
    long decoded = 0;
    t0 = Clock::now();
    for (int i = 0; i < rounds / 4000; ++i) {
        out.clear();
        dec.feed(wire, out);
        decoded += long(out.size());
    }
    t1 = Clock::now();
    std::printf("codec decode: %.0f frames/s, %.1f MB/s\n", decoded / seconds(t0, t1),
        double(wire.size()) * (rounds / 4000) / seconds(t0, t1) / 1e6);
}

/// Runs the simulated controller on a pty master in this thread against the real program.
void latency(const char *program)
{
    int master = -1, slave = -1;
    char name[256];
    if (::openpty(&master, &slave, name, nullptr, nullptr) != 0) {
        std::printf("latency: openpty failed\n");
        return;
    }
    termios tio;
    tcgetattr(slave, &tio);
    cfmakeraw(&tio);
    tcsetattr(slave, TCSANOW, &tio);
    ::fcntl(master, F_SETFL, O_NONBLOCK);

    QProcess host;
    host.setStandardOutputFile(QProcess::nullDevice());
    host.setStandardErrorFile(QProcess::nullDevice());
    host.start(QString::fromLocal8Bit(program),
        {QStringLiteral("--headless"), QStringLiteral("--serial"), QString::fromLocal8Bit(name)});
    host.waitForStarted();

    hal::SimulatedController::Options o;
    o.stations = 64;
    o.lines = 4;
    o.seed = 7;
    hal::SimulatedController sim(o);
    const auto start = Clock::now();
    auto now = [&] { return hal::Millis(seconds(start, Clock::now()) * 1000); };
    sim.powerUp(now());

    std::vector<double> samples;
    std::mt19937 rng(1);
    auto pumpOnce = [&](int timeoutMs) -> QStringList {
        pollfd p {master, POLLIN, 0};
        ::poll(&p, 1, timeoutMs);
        char buf[4096];
        ssize_t n;
        while ((n = ::read(master, buf, sizeof buf)) > 0)
            sim.receive(buf, n, now());
        sim.advanceTo(now());
        const QByteArray w = sim.takeWire();
        if (!w.isEmpty()) [[maybe_unused]]
            const ssize_t written = ::write(master, w.constData(), size_t(w.size()));
        return sim.takeLog();
    };
    auto waitFor = [&](const QString &what, double limit) -> double {
        const auto t0 = Clock::now();
        while (seconds(t0, Clock::now()) < limit) {
            for (const QString &l : pumpOnce(1)) {
                if (l == what)
                    return seconds(t0, Clock::now());
            }
        }
        return -1;
    };
    // Wait for the session, then: 11 busy, 10 leaves a callback at it and hangs up.
    if (waitFor(QStringLiteral("SYNC"), 10) < 0) {
        std::printf("latency: no session with %s\n", program);
        return;
    }
    for (int i = 0; i < 50; ++i)
        pumpOnce(2);
    sim.offHook(11, now());
    sim.offHook(10, now());
    for (char d : QByteArray("111"))
        sim.dial(10, d, now());
    waitFor(QStringLiteral("TONE 10 busy"), 2);
    sim.key(10, 0x01, now());
    waitFor(QStringLiteral("TONE 10 confirm"), 2);
    sim.onHook(10, now());
    for (int i = 0; i < 20; ++i)
        pumpOnce(2);

    // 1,000 events/s of background traffic on stations 20..63; a probe every 25 ms:
    // B hangs up (HOOK) and the host rings A for the callback (RING); B lifts again (R7a).
    const auto t0 = Clock::now();
    long background = 0;
    bool bUp = true;
    auto nextProbe = Clock::now();
    while (seconds(t0, Clock::now()) < 10.0) {
        const double due = seconds(t0, Clock::now()) * 1000.0;
        while (background < long(due)) {
            const int s = 20 + int(rng() % 44);
            const auto &st = sim.station(s);
            if (!st.offHook)
                sim.offHook(s, now());
            else if (rng() % 3)
                sim.dial(s, char('0' + rng() % 10), now());
            else
                sim.onHook(s, now());
            ++background;
        }
        if (Clock::now() >= nextProbe) {
            nextProbe += std::chrono::milliseconds(25);
            if (bUp) {
                pumpOnce(0);
                sim.onHook(11, now()); // the HOOK frame leaves now
                const auto sent = Clock::now();
                const QByteArray w = sim.takeWire();
                [[maybe_unused]] const ssize_t written
                    = ::write(master, w.constData(), size_t(w.size()));
                bool seen = false;
                while (!seen && seconds(sent, Clock::now()) < 1.0) {
                    for (const QString &l : pumpOnce(1)) {
                        if (l == QLatin1String("RING 10 callback")) {
                            samples.push_back(seconds(sent, Clock::now()) * 1e6);
                            seen = true;
                        }
                    }
                }
                bUp = false;
            } else {
                sim.offHook(11, now());
                bUp = true;
            }
        }
        pumpOnce(0);
    }
    const double elapsed = seconds(t0, Clock::now());
    host.terminate();
    host.waitForFinished(5000);
    ::close(master);
    ::close(slave);
    if (samples.empty()) {
        std::printf("latency: no samples\n");
        return;
    }
    std::sort(samples.begin(), samples.end());
    std::printf("latency HOOK -> RING over a pty (real switchboard, %.0f background events/s): "
                "median %.0f us, 99th percentile %.0f us, max %.0f us (%zu samples)\n",
        background / elapsed, samples[samples.size() / 2], samples[samples.size() * 99 / 100],
        samples.back(), samples.size());
}

/// A serial line at `baud`, 8N1: each byte takes 10 bit times; bytes queue behind each other.
class Wire
{
public:
    explicit Wire(int baud)
        : m_byteMicros(10.0 * 1e6 / baud)
    { }
    void put(const QByteArray &bytes, double nowUs)
    {
        for (char c : bytes) {
            m_free = std::max(m_free, nowUs) + m_byteMicros;
            m_queue.push_back({m_free, c});
        }
    }
    QByteArray take(double nowUs)
    {
        QByteArray out;
        while (!m_queue.empty() && m_queue.front().first <= nowUs) {
            out.append(m_queue.front().second);
            m_queue.pop_front();
        }
        return out;
    }
    bool busy(double nowUs) const { return m_free > nowUs + m_byteMicros * 16; }

private:
    double m_byteMicros;
    double m_free = 0;
    std::deque<std::pair<double, char>> m_queue;
};

void throughput()
{
    const int baud = 115200;
    Wire toDevice(baud), toHost(baud);
    hal::HostSession host;
    hal::SimulatedController::Options o;
    o.stations = 64;
    o.seed = 3;
    hal::SimulatedController device(o);
    double us = 0;
    device.powerUp(0);
    host.opened(0);
    long commands = 0;
    const double seconds = 20.0;
    const core::Command probe = core::Command::ring(12, core::Cadence::Intercom);
    const int frameBytes = hal::encodeFrame([&] {
        hal::Frame f = hal::protocol::command(probe);
        f.seq = 1;
        return f;
    }())
                               .size();
    quint64 received = 0;
    while (us < seconds * 1e6) {
        us += 50;
        const hal::Millis ms = hal::Millis(us / 1000);
        host.advanceTo(ms);
        device.advanceTo(ms);
        // Keep the host's side of the wire full, as a busy host would.
        if (host.state() == hal::HostSession::State::Up && !toDevice.busy(us)) {
            host.send(probe, ms);
            ++commands;
        }
        toDevice.put(host.takeWire(), us);
        toHost.put(device.takeWire(), us);
        device.receive(toDevice.take(us), ms);
        host.receive(toHost.take(us), ms);
        host.takeOutputs();
        received += quint64(device.takeLog().size());
    }
    const double allowed = baud / 10.0 / frameBytes;
    const double carried = double(received) / seconds;
    std::printf("throughput at %d baud: %.0f commands/s carried of %.0f the wire allows (%d-byte "
                "frames): %.1f%%, "
                "%llu retransmissions\n",
        baud, carried, allowed, frameBytes, 100.0 * carried / allowed,
        static_cast<unsigned long long>(host.stats().retransmissions));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    codec();
    throughput();
    latency(argc > 1 ? argv[1] : SWITCHBOARD_BIN);
    return 0;
}
