// Benchmark of the call processor (not a test): realistic random traffic at 100, 1,000 and
// 10,000 extensions with thousands of requests queued, and a receptionist at the attendant
// position answering outside calls, holding, retrieving and transferring them to idle or busy
// extensions, answering their recalls (issue 11); prints events per second, nanoseconds per
// event (wall clock, and this thread's CPU time) and the heap used per queued request. See
// docs/performance.md.
//
//   taskset -c 1 build/bench/bench_callprocessor [events-per-size] [--without-receptionist]
//       [--size N]

#include "core/callprocessor.h"

#include <QCoreApplication>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <malloc.h>
#include <random>
#include <time.h>
#include <vector>

using namespace sb::core;

namespace {

size_t heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd; // small blocks and mmapped large ones
}

/// This thread's CPU time: on a shared machine it leaves out the time other processes ran.
double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

/// Drives one processor with phone-like behaviour decided from what the host sent back.
class Traffic
{
public:
    Traffic(int stations, int lines, quint64 seed, bool receptionist)
        : m_stations(stations)
        , m_lines(lines)
        , m_rng(seed)
        , m_receptionist(receptionist)
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

    /// What the receptionist did: answered, held, retrieved, transferred (to idle or busy
    /// extensions), recalls answered, far ends hung up.
    struct Mix
    {
        long answered = 0, held = 0, retrieved = 0, toIdle = 0, toBusy = 0, recalls = 0,
             dropped = 0;
    };
    const Mix &mix() const { return m_mix; }

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

    /// The line held at or recalling the attendant, or 0.
    int lineWaitingFor(LineActivity activity) const
    {
        for (int l = 1; l <= m_lines; ++l) {
            const LineStatus st = m_processor->line(l);
            if (st.activity == activity && st.station == 1)
                return l;
        }
        return 0;
    }

    /// One action of the receptionist at port 1 (behaviour.md T1-T8): outside calls ring in
    /// and are answered, held and retrieved, transferred to a colleague (who answers, as the
    /// traffic's stations do) or to a long-busy extension (camp-on, then recall after 30 s).
    void attendantStep(int r)
    {
        const int a = 1;
        if (m_ringing[a]) {
            if (lineWaitingFor(LineActivity::Recall))
                ++m_mix.recalls;
            ++m_mix.answered;
            send(Event::hook(a, true));
            return;
        }
        if (!m_offHook[a]) {
            if (const int held = lineWaitingFor(LineActivity::Held); held && r < 50) {
                send(Event::hook(a, true));
                send(Event::key(a, quint8(quint8(Key::LineKey1) + held - 1))); // T2
                ++m_mix.retrieved;
                return;
            }
            // A call comes in on a free line, or the far end of a seized one hangs up (T8).
            const int l = pick(1, m_lines);
            const LineActivity activity = m_processor->line(l).activity;
            if (activity == LineActivity::Free) {
                send(Event::lineRing(l, true));
            } else if (activity != LineActivity::Ringing && activity != LineActivity::Reserved
                && r < 5) {
                send(Event::lineDrop(l));
                ++m_mix.dropped;
            }
            return;
        }
        switch (m_processor->extension(a).state) {
        case CallState::TalkingOutside:
            if (r < 30) {
                send(Event::key(a, Key::Hold)); // T2
                ++m_mix.held;
            } else if (r < 85) {
                // T3: transfer, mostly to a colleague, now and then to a long-busy one (T5).
                send(Event::key(a, Key::Transfer));
                const bool busy = r >= 70;
                dial(a, busy ? pick(2, m_longBusy + 1) : pick(m_longBusy + 2, m_stations));
                ++(busy ? m_mix.toBusy : m_mix.toIdle);
            } else {
                send(Event::hook(a, false));
            }
            return;
        case CallState::Calling:
            // T4: hang up to transfer unannounced, or TRANSFER to go back to the line (T3).
            send(r < 80 ? Event::hook(a, false) : Event::key(a, Key::Transfer));
            return;
        default: // dial tone after HOLD, busy tone (hanging up camps on, T5), an announcement
            send(Event::hook(a, false));
            return;
        }
    }

    void step()
    {
        const int r = pick(0, 99);
        if (r < 4 && m_receptionist) {
            attendantStep(pick(0, 99));
            return;
        }
        const int s = pick(m_longBusy + 2, m_stations);
        if (r == 4) {
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
    int m_lines;
    int m_longBusy = 0;
    Mix m_mix;
    std::mt19937_64 m_rng;
    bool m_receptionist;
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
    // For comparison: the traffic of issue 10, without the receptionist's outside calls.
    bool receptionist = true;
    std::vector<int> sizes {100, 1000, 10000};
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--without-receptionist") == 0)
            receptionist = false;
        else if (std::strcmp(argv[i], "--size") == 0 && i + 1 < argc)
            sizes = {std::atoi(argv[++i])}; // one size only (for profiling)
    }
    std::printf("%-10s %10s %14s %12s %12s %12s %16s\n", "extensions", "queued", "events",
        "events/s", "ns/event", "cpu ns/event", "bytes/request");
    std::vector<double> nsPerEvent, cpuNsPerEvent;
    for (int stations : sizes) {
        Traffic traffic(stations, 8, 42, receptionist);
        const size_t before = heapInUse();
        const int queuedBefore = traffic.processor().liveRequestCount();
        traffic.fill(stations <= 100 ? 2500 : 12000);
        const int queued = traffic.processor().liveRequestCount();
        const double perRequest = double(heapInUse() - before) / std::max(1, queued - queuedBefore);

        traffic.run(events / 10); // warm up
        const long start = traffic.events();
        const double c0 = threadCpuSeconds();
        const auto t0 = std::chrono::steady_clock::now();
        traffic.run(events);
        const auto t1 = std::chrono::steady_clock::now();
        const double cpu = threadCpuSeconds() - c0;
        const double seconds = std::chrono::duration<double>(t1 - t0).count();
        const long n = traffic.events() - start;
        std::printf("%-10d %10d %14ld %12.0f %12.1f %12.1f %16.0f\n", stations,
            traffic.processor().liveRequestCount(), n, n / seconds, seconds * 1e9 / n,
            cpu * 1e9 / n, perRequest);
        const Traffic::Mix &m = traffic.mix();
        if (receptionist)
            std::printf(
                "           receptionist: %ld answered (%ld recalls), %ld held, %ld retrieved, "
                "%ld transferred to idle and %ld to busy extensions, %ld far ends hung up\n",
                m.answered, m.recalls, m.held, m.retrieved, m.toIdle, m.toBusy, m.dropped);
        std::fflush(stdout);
        nsPerEvent.push_back(seconds * 1e9 / n);
        cpuNsPerEvent.push_back(cpu * 1e9 / n);
    }
    std::printf("cost per event at 10,000 against 100 extensions: %.2f times (cpu time: %.2f)\n",
        nsPerEvent.back() / nsPerEvent.front(), cpuNsPerEvent.back() / cpuNsPerEvent.front());
    return 0;
}
