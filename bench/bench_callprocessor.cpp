// Benchmark of the call processor (not a test): realistic random traffic at 100, 1,000 and
// 10,000 extensions with thousands of requests queued; prints events per second, nanoseconds
// per event and the heap used per queued request. See docs/performance.md.
//
//   taskset -c 1 build/bench/bench_callprocessor [events-per-size]

#include "core/callprocessor.h"

#include <QCoreApplication>

#include <chrono>
#include <cstdio>
#include <malloc.h>
#include <random>

using namespace sb::core;

namespace {

size_t heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd; // small blocks and mmapped large ones
}

/// Drives one processor with phone-like behaviour decided from what the host sent back.
class Traffic
{
public:
    Traffic(int stations, int lines, quint64 seed)
        : m_stations(stations)
        , m_rng(seed)
    {
        Programming p = Programming::factoryDefaults(stations, lines);
        // One request per caller and target (R2) caps what 100 extensions can queue.
        p.options.maxRequestsPerTarget = stations <= 100 ? 100 : 64;
        p.options.maxRequestsPerCaller = stations <= 100 ? 100 : 16;
        m_processor = std::make_unique<CallProcessor>(p);
        m_offHook.assign(size_t(stations) + 1, false);
        m_ringing.assign(size_t(stations) + 1, 0);
        m_rings.assign(size_t(stations) + 1, 0);
        m_tone.assign(size_t(stations) + 1, 0);
        m_dialed.assign(size_t(stations) + 1, false);
        m_processor->handle(Event::sessionUp(stations, lines, 0xB0075EED), m_now);
        m_processor->handle(
            Event::portStates(QVector<quint8>(stations, 0), QVector<quint8>(lines, 0)), m_now);
        m_processor->clearOutput();
        for (int s = 1; s <= stations; ++s)
            m_numbers.push_back(m_processor->extension(s).number.toStdString());
        // The first 30% (after the attendant) stay in long calls: their queues fill up.
        m_longBusy = std::max(2, stations * 3 / 10);
    }

    /// Leaves requests at the long-busy extensions until `count` are queued or no more fit.
    void fill(int count)
    {
        for (int s = 2; s <= m_longBusy + 1; ++s)
            send(Event::hook(s, true));
        for (int round = 0; round < 200 && m_processor->liveRequestCount() < count; ++round) {
            for (int a = m_longBusy + 2; a <= m_stations && m_processor->liveRequestCount() < count;
                 ++a) {
                const int b = 2 + (a * 7 + round * 13) % m_longBusy;
                send(Event::hook(a, true));
                dial(a, b);
                send(Event::key(a, Key::Callback));
                send(Event::hook(a, false));
            }
        }
    }

    /// Sends `events` events of random traffic among the other extensions.
    void run(long events)
    {
        const long end = m_events + events;
        while (m_events < end)
            step();
    }

    long events() const { return m_events; }
    CallProcessor &processor() { return *m_processor; }

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }

    void send(const Event &e)
    {
        if (e.type == Event::Type::Hook) {
            m_offHook[e.port] = e.value;
            m_dialed[e.port] = false;
            if (e.value)
                m_ringing[e.port] = 0;
        }
        m_processor->handle(e, m_now);
        ++m_events;
        m_now += 1;
        for (const Command &c : m_processor->commands()) {
            if (c.type == Command::Type::Ring) {
                m_ringing[c.idA] = c.value;
                m_rings[c.idA] = 0;
            } else if (c.type == Command::Type::Tone) {
                m_tone[c.idA] = c.value;
            }
        }
        m_processor->clearOutput();
    }

    void dial(int s, int target)
    {
        for (char d : m_numbers[size_t(target - 1)])
            send(Event::digit(s, d));
        m_dialed[s] = true;
    }

    void step()
    {
        const int s = pick(m_longBusy + 2, m_stations);
        const int r = pick(0, 99);
        if (r == 0) {
            send(Event::lineRing(pick(1, 2), pick(0, 1)));
            return;
        }
        if (m_ringing[s]) {
            if (r < 40)
                send(Event::hook(s, true));
            else
                send(Event::ringCycle(s, ++m_rings[s]));
            return;
        }
        if (!m_offHook[s]) {
            send(Event::hook(s, true));
            return;
        }
        if (!m_dialed[s]) {
            // Mostly colleagues, now and then a long-busy one.
            const int target = r < 80 ? pick(m_longBusy + 2, m_stations) : pick(2, m_longBusy + 1);
            dial(s, target);
            return;
        }
        if (m_tone[s] == int(Tone::Busy) && r < 70) {
            send(Event::key(s, Key::Callback));
            return;
        }
        send(Event::hook(s, false));
    }

    int m_stations;
    int m_longBusy = 0;
    std::mt19937_64 m_rng;
    std::unique_ptr<CallProcessor> m_processor;
    std::vector<std::string> m_numbers;
    std::vector<bool> m_offHook, m_dialed;
    std::vector<int> m_ringing, m_rings, m_tone;
    Millis m_now = 1000;
    long m_events = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const long events = argc > 1 ? std::atol(argv[1]) : 3000000;
    std::printf("%-10s %10s %14s %12s %12s %16s\n", "extensions", "queued", "events", "events/s",
        "ns/event", "bytes/request");
    for (int stations : {100, 1000, 10000}) {
        Traffic traffic(stations, 8, 42);
        const size_t before = heapInUse();
        const int queuedBefore = traffic.processor().liveRequestCount();
        traffic.fill(stations <= 100 ? 2500 : 12000);
        const int queued = traffic.processor().liveRequestCount();
        const double perRequest = double(heapInUse() - before) / std::max(1, queued - queuedBefore);

        traffic.run(events / 10); // warm up
        const long start = traffic.events();
        const auto t0 = std::chrono::steady_clock::now();
        traffic.run(events);
        const auto t1 = std::chrono::steady_clock::now();
        const double seconds = std::chrono::duration<double>(t1 - t0).count();
        const long n = traffic.events() - start;
        std::printf("%-10d %10d %14ld %12.0f %12.1f %16.0f\n", stations,
            traffic.processor().liveRequestCount(), n, n / seconds, seconds * 1e9 / n, perRequest);
        std::fflush(stdout);
    }
    return 0;
}
