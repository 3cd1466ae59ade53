// Benchmark of the bus under load (issue 10, not a test): the real switchboardd on a simulated
// controller (a pty played by this bench) at 1,000 extensions, 8 client::BusClient consoles
// subscribed through a Mosquitto of the bench's own, and 2,000 state changes per second for 20 s:
// extensions lifting and replacing their handsets, HOOK frames on the wire that the service's
// link and processor turn into R/state/extension messages. Prints
//  - the service's CPU (its whole process, per thread too) and the broker's beside it;
//  - the latency from the HOOK frame leaving the controller to each console's Picture showing
//    that extension's new hook state (its extensionsChanged signal), p50/p99;
//  - in the same run, the broker's own publish-to-receive latency: a raw publisher and a raw
//    subscriber on a side topic at the same rate, p50/p99, and the ratio of the two p99s.
// See docs/performance.md.
//
//   build/bench/bench_busfanout [seconds [consoles]]

#include "bench/benchsupport.h"
#include "bench/benchsystem.h"
#include "bench/rawsubscriber.h"
#include "client/busclient.h"

#include <QElapsedTimer>
#include <QTimer>

#include <map>
#include <memory>
#include <mutex>
#include <random>

using namespace sb;
using namespace sb::bench;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int stations = 1000;
constexpr int perSecond = 2000;

double msSince(Clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

/// One hook change made on the wire.
struct Change
{
    int port;
    bool offHook;
    Clock::time_point at;
};

/// A change a console has not shown yet: the first one's time, the latest wanted state.
struct Pending
{
    Clock::time_point first;
    bool offHook;
    int changes;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::max(5.0, std::atof(argv[1])) : 20.0;
    const int consoles = argc > 2 ? std::max(1, std::atoi(argv[2])) : 8;
    say("load before: %s", qPrintable(loadAverage()));

    BenchSystem system(stations, consoles);
    if (!system.start()) {
        say("cannot start: %s", qPrintable(system.errorString()));
        return 1;
    }
    {
        RawSubscriber monitor(system.login(QStringLiteral("bench")), system.broker().root(), true);
        monitor.start();
        if (!waitUntil(
                [&] {
                    return monitor.online() && monitor.linkUp()
                        && monitor.indexedExtensions() == stations;
                },
                60000)) {
            say("the service did not come up:\n%s", system.serviceLog().right(2000).constData());
            return 1;
        }
        monitor.stop();
    }
    QHash<QString, int> portOf;
    for (int p = 1; p <= stations; ++p)
        portOf.insert(system.number(p), p);

    // The consoles.
    std::vector<std::unique_ptr<client::BusClient>> clients;
    std::vector<QHash<int, Pending>> pending(consoles);
    std::vector<double> samples, uncoalesced;
    std::mutex changesMutex;
    std::vector<Change> changes; // made on the controller's thread, taken here
    bool measuring = false;
    long extensionUpdates = 0;
    const auto takeChanges = [&] {
        std::vector<Change> taken;
        {
            std::lock_guard<std::mutex> lock(changesMutex);
            taken.swap(changes);
        }
        for (const Change &c : taken) {
            for (QHash<int, Pending> &p : pending) {
                auto it = p.find(c.port);
                if (it == p.end())
                    p.insert(c.port, {c.at, c.offHook, 1});
                else {
                    it->offHook = c.offHook;
                    ++it->changes;
                }
            }
        }
    };
    for (int i = 0; i < consoles; ++i) {
        client::BusClient::Settings s;
        s.mqtt = system.login(QStringLiteral("console%1").arg(i + 1));
        s.system = system.broker().system();
        clients.push_back(std::make_unique<client::BusClient>(s));
        client::BusClient *c = clients.back().get();
        QObject::connect(&c->picture(), &client::Picture::extensionsChanged, c,
            [&, c, i](const QStringList &numbers) {
                takeChanges();
                if (i == 0 && measuring)
                    extensionUpdates += numbers.size();
                for (const QString &n : numbers) {
                    const int port = portOf.value(n);
                    auto it = pending[size_t(i)].find(port);
                    if (it == pending[size_t(i)].end())
                        continue;
                    const client::Extension *e = c->picture().extension(n);
                    if (!e || e->offHook != it->offHook)
                        continue; // an earlier state still on its way
                    if (measuring) {
                        samples.push_back(msSince(it->first));
                        if (it->changes == 1)
                            uncoalesced.push_back(samples.back());
                    }
                    pending[size_t(i)].erase(it);
                }
            });
        c->start();
    }
    if (!waitUntil(
            [&] {
                return std::all_of(clients.begin(), clients.end(),
                    [](const auto &c) { return c->picture().isCurrent(); });
            },
            30000)) {
        say("the consoles did not get a current picture");
        return 1;
    }
    say("%d consoles current", consoles);

    // The broker alone, beside it: a raw publisher (the service's user may write R/reply/#)
    // and a raw subscriber ("bench" reads R/reply/bench/#) on a side topic, same rate, payloads
    // the size of an extension's.
    const QString sideTopic = system.topic(QStringLiteral("reply/bench/side"));
    bus::MqttClient sidePublisher(system.login(QStringLiteral("svc")));
    bus::MqttClient sideSubscriber(system.login(QStringLiteral("bench")));
    bool sideSubscribed = false;
    std::vector<Clock::time_point> sent;
    std::vector<double> sideSamples;
    QObject::connect(&sideSubscriber, &bus::MqttClient::subscribed, &sideSubscriber,
        [&](const QString &, int code) { sideSubscribed = code < 0x80; });
    QObject::connect(&sideSubscriber, &bus::MqttClient::messageReceived, &sideSubscriber,
        [&](const bus::Message &m) {
            const qsizetype end = m.payload.indexOf(';');
            const size_t seq = size_t(m.payload.left(end).toULongLong());
            if (measuring && seq < sent.size())
                sideSamples.push_back(msSince(sent[seq]));
        });
    sideSubscriber.subscribe(sideTopic);
    sideSubscriber.start();
    sidePublisher.start();
    if (!waitUntil([&] { return sideSubscribed && sidePublisher.isConnected(); }, 10000)) {
        say("the side channel did not connect");
        return 1;
    }
    const QByteArray padding(280, 'x');

    // Traffic: the controller's thread toggles the hook of random extensions (not the
    // attendant) at 2,000 per second of wall time, and records when each HOOK frame left.
    auto rng = std::make_shared<std::mt19937>(7);
    auto made = std::make_shared<long>(0);
    const auto trafficStart = Clock::now();
    system.controller().setTick([&, rng, made](hal::SimulatedController &c, hal::Millis now) {
        const double elapsed = std::chrono::duration<double>(Clock::now() - trafficStart).count();
        std::vector<Change> batch;
        while (*made < long(elapsed * perSecond)) {
            const int port = 2 + int((*rng)() % unsigned(stations - 1));
            const bool offHook = !c.station(port).offHook;
            if (offHook)
                c.offHook(port, now);
            else
                c.onHook(port, now);
            batch.push_back({port, offHook, Clock::now()});
            ++*made;
        }
        std::lock_guard<std::mutex> lock(changesMutex);
        changes.insert(changes.end(), batch.begin(), batch.end());
    });
    long published = 0;
    QTimer sideTimer;
    sideTimer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&sideTimer, &QTimer::timeout, [&] {
        const double elapsed = std::chrono::duration<double>(Clock::now() - trafficStart).count();
        while (published < long(elapsed * perSecond)) {
            sent.push_back(Clock::now());
            sidePublisher.publish(
                sideTopic, QByteArray::number(qulonglong(published)) + ';' + padding);
            ++published;
        }
    });
    sideTimer.start(1);

    // 2 s of warm-up, then the measured run.
    runFor(2000);
    takeChanges();
    measuring = true;
    const long made0 = *made;
    const long published0 = published;
    const double service0 = processCpuSeconds(system.servicePid());
    const auto serviceThreads0 = threadCpuByName(system.servicePid());
    const double broker0 = processCpuSeconds(system.broker().pid());
    const double bench0 = threadCpuSeconds();
    const qint64 benchPid = QCoreApplication::applicationPid();
    const qint64 benchTid = gettid();
    const double serviceWait0 = runQueueWaitSeconds(system.servicePid());
    const double brokerWait0 = runQueueWaitSeconds(system.broker().pid());
    const double benchWait0 = runQueueWaitSeconds(benchPid, benchTid);
    const auto t0 = Clock::now();
    runFor(int(seconds * 1000));
    const double wall = std::chrono::duration<double>(Clock::now() - t0).count();
    const double serviceCpu = processCpuSeconds(system.servicePid()) - service0;
    const auto serviceThreads1 = threadCpuByName(system.servicePid());
    const double brokerCpu = processCpuSeconds(system.broker().pid()) - broker0;
    const double benchCpu = threadCpuSeconds() - bench0;
    const double serviceWait = runQueueWaitSeconds(system.servicePid()) - serviceWait0;
    const double brokerWait = runQueueWaitSeconds(system.broker().pid()) - brokerWait0;
    const double benchWait = runQueueWaitSeconds(benchPid, benchTid) - benchWait0;
    const long madeN = *made - made0;
    const long publishedN = published - published0;
    system.controller().setTick(nullptr);
    sideTimer.stop();
    // What is still on its way arrives (its samples count).
    runFor(500);
    measuring = false;
    const std::vector<double> s = samples;

    say("bus fan-out: %d extensions, %d consoles, %.0f hook changes/s on the wire for %.1f s "
        "(%ld changes), side channel %.0f messages/s",
        stations, consoles, madeN / wall, wall, madeN, publishedN / wall);
    say("service CPU (switchboardd, whole process): %.1f%% of one core (goal <= 25%%)",
        100 * serviceCpu / wall);
    for (const auto &[name, cpu] : serviceThreads1) {
        const auto before = serviceThreads0.find(name);
        const double d = cpu - (before == serviceThreads0.end() ? 0 : before->second);
        if (d > 0.0005)
            say("  thread %-16s %.1f%%", qPrintable(name), 100 * d / wall);
    }
    say("broker CPU (mosquitto): %.1f%% of one core", 100 * brokerCpu / wall);
    say("bench thread (%d consoles' BusClient and Picture, side channel): %.1f%% of one core",
        consoles, 100 * benchCpu / wall);
    say("console 1 saw %.0f extension updates/s", extensionUpdates / wall);
    say("waiting for a core while runnable (the machine's load): service %.1f%%, broker %.1f%%, "
        "bench thread %.1f%% of the time",
        100 * serviceWait / wall, 100 * brokerWait / wall, 100 * benchWait / wall);
    say("HOOK on the wire -> console's Picture updated: p50 %.1f ms, p99 %.1f ms, max %.1f ms "
        "(%zu samples over %d consoles; goal p99 < 100 ms)",
        median(s), quantile(s, 0.99), quantile(s, 1), s.size(), consoles);
    say("  of which changes not merged with an earlier one of the same extension: p50 %.1f ms, "
        "p99 %.1f ms (%zu samples)",
        median(uncoalesced), quantile(uncoalesced, 0.99), uncoalesced.size());
    say("broker alone, side topic publish -> receive: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%zu "
        "samples)",
        median(sideSamples), quantile(sideSamples, 0.99), quantile(sideSamples, 1),
        sideSamples.size());
    say("ratio of the p99s: %.1f (goal <= 3)",
        quantile(s, 0.99) / std::max(1e-9, quantile(sideSamples, 0.99)));
    say("load after: %s", qPrintable(loadAverage()));
    for (auto &c : clients)
        c->stop();
    sidePublisher.stop();
    sideSubscriber.stop();
    return 0;
}
