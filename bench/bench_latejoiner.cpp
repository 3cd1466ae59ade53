// Benchmark of a late joiner (issue 10, not a test): the real switchboardd on a simulated
// controller (a pty played by this bench) and a Mosquitto of the bench's own; 1,000 extensions
// with 5,000 live requests built through the processor by phone actions on the wire (callers
// dial busy colleagues, press CALLBACK, hang up). Then, side by side in one run and alternating
// which goes first, (a) a raw MQTT subscriber to R/state/# counting retained messages until it
// holds every one the service published (the broker alone) and (b) a client::BusClient until
// its Picture is complete. Prints both times per repetition, the medians and their ratio.
// See docs/performance.md.
//
//   build/bench/bench_latejoiner [repetitions]

#include "bench/benchsupport.h"
#include "bench/benchsystem.h"
#include "bench/rawsubscriber.h"
#include "client/busclient.h"

#include <QElapsedTimer>

#include <memory>

using namespace sb;
using namespace sb::bench;

namespace {

constexpr int stations = 1000;
constexpr int wantedRequests = 5000;
// Extensions 2..201 stay off-hook (busy); 202..1000 leave callbacks at them.
constexpr int firstBusy = 2;
constexpr int busyCount = 200;
constexpr int firstCaller = firstBusy + busyCount;

/// Time from start() to the raw subscriber holding `expected` retained topics; -1 on timeout.
double timeRaw(BenchSystem &system, int expected)
{
    RawSubscriber raw(system.login(QStringLiteral("bench")), system.broker().root(), false);
    raw.setTarget(expected);
    raw.start();
    waitUntil([&] { return raw.reachedMs() >= 0; }, 30000);
    raw.stop();
    return raw.reachedMs();
}

/// Time from start() to the BusClient's picture being complete; -1 on timeout. `shown` gets
/// the extensions and requests the picture shows then.
double timeBusClient(BenchSystem &system, QPair<int, int> *shown)
{
    client::BusClient::Settings s;
    s.mqtt = system.login(QStringLiteral("console1"));
    s.system = system.broker().system();
    client::BusClient console(s);
    bool complete = false;
    QElapsedTimer t;
    double ms = -1;
    const auto check = [&] {
        if (!complete && console.picture().isComplete()) {
            complete = true;
            ms = double(t.nsecsElapsed()) / 1e6;
        }
    };
    const client::Picture &p = console.picture();
    QObject::connect(&p, &client::Picture::reset, &console, check);
    QObject::connect(&p, &client::Picture::extensionsChanged, &console, check);
    QObject::connect(&p, &client::Picture::requestsChanged, &console, check);
    QObject::connect(&p, &client::Picture::linesChanged, &console, check);
    QObject::connect(&p, &client::Picture::currentChanged, &console, check);
    t.start();
    console.start();
    waitUntil([&] { return complete; }, 30000);
    *shown = {int(p.extensions().size()), int(p.requests().size())};
    console.stop();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int repetitions = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    say("load before: %s", qPrintable(loadAverage()));

    BenchSystem system(stations, 1);
    if (!system.start()) {
        say("cannot start: %s", qPrintable(system.errorString()));
        return 1;
    }
    RawSubscriber monitor(system.login(QStringLiteral("bench")), system.broker().root(), true);
    monitor.start();
    if (!waitUntil(
            [&] {
                return monitor.online() && monitor.linkUp()
                    && monitor.indexedExtensions() == stations;
            },
            60000)) {
        say("the service did not come up with %d extensions and the link up:\n%s", stations,
            system.serviceLog().right(2000).constData());
        return 1;
    }
    say("service up: %d extensions, link up", stations);

    // The state, through the processor: the busy extensions lift their handsets ...
    QElapsedTimer building;
    building.start();
    system.controller().post([](hal::SimulatedController &c, hal::Millis now) {
        for (int s = firstBusy; s < firstBusy + busyCount; ++s)
            c.offHook(s, now);
    });
    // ... then callers dial one of them, hear busy tone, press CALLBACK and hang up until
    // 5,000 requests are live (R2: at most 32 per target, 16 per caller; each caller here leaves
    // at most 7, each target gets about 25). At most `window` requests are on their way at a
    // time (posted, not yet in the published index), so the bench never floods the service
    // with more than a person's worth of frames per caller.
    constexpr int window = 50;
    constexpr int buildBudgetMs = 10 * 60 * 1000;
    int round = 0;
    int caller = firstCaller;
    int posted = 0; // requests asked for, minus those given up as refused
    int stalls = 0;
    QElapsedTimer progress;
    progress.start();
    int lastSeen = 0;
    qint64 lastReport = 0;
    while (monitor.indexedRequests() < wantedRequests && stalls < 3
        && building.elapsed() < buildBudgetMs) {
        const int live = monitor.indexedRequests();
        if (live != lastSeen) {
            lastSeen = live;
            progress.restart();
        }
        if (progress.elapsed() > 10000) {
            // Nothing new for 10 s: what is on its way was refused or lost.
            ++stalls;
            posted = live;
            progress.restart();
        }
        const int batch = std::min(window - (posted - live), wantedRequests - posted);
        if (batch > 0) {
            std::vector<std::pair<int, QByteArray>> calls;
            for (int i = 0; i < batch; ++i) {
                const int target = firstBusy + (caller * 7 + round * 13) % busyCount;
                calls.emplace_back(caller, system.number(target).toLatin1());
                if (++caller > stations) {
                    caller = firstCaller;
                    ++round;
                }
            }
            posted += batch;
            system.controller().post([calls](hal::SimulatedController &c, hal::Millis now) {
                for (const auto &[a, digits] : calls) {
                    c.offHook(a, now);
                    for (char d : digits)
                        c.dial(a, d, now);
                    c.key(a, 0x01, now); // CALLBACK
                    c.onHook(a, now);
                }
            });
        }
        waitUntil([&] { return monitor.indexedRequests() != live; }, 100);
        if (building.elapsed() - lastReport >= 10000) {
            lastReport = building.elapsed();
            say("  %d live requests on the bus after %.0f s", monitor.indexedRequests(),
                double(lastReport) / 1000);
        }
    }
    // Settled: nothing published for a second.
    waitUntil([&] { return monitor.quietMs() > 1000; }, 60000);
    const int expected = monitor.held();
    say("state built in %.1f s: %d live requests, %d retained topics under R/state/ "
        "(%lld messages seen while building)",
        double(building.elapsed()) / 1000, monitor.indexedRequests(), expected, monitor.received());
    monitor.stop();
    if (monitor.indexedRequests() != wantedRequests) {
        say("could not build %d requests through the service (%d live on the bus after %.0f s; "
            "the service's log names %lld requests left)",
            wantedRequests, monitor.indexedRequests(), double(building.elapsed()) / 1000,
            qlonglong(system.serviceLog().count(" left: ")));
        for (const QByteArray &line : system.serviceLog().split('\n')) {
            if (line.contains(" bus: "))
                say("  service: %s", line.constData());
        }
        return 1;
    }

    std::vector<double> raws, clients, ratios;
    bool allShown = true;
    for (int r = 0; r < repetitions; ++r) {
        double rawMs, clientMs;
        QPair<int, int> shown;
        runFor(200); // let the broker settle between runs
        if (r % 2 == 0) {
            rawMs = timeRaw(system, expected);
            clientMs = timeBusClient(system, &shown);
        } else {
            clientMs = timeBusClient(system, &shown);
            rawMs = timeRaw(system, expected);
        }
        allShown = allShown && shown.first == stations && shown.second == wantedRequests;
        say("repetition %d (%s first): raw subscriber %.0f ms, BusClient %.0f ms (%d extensions, "
            "%d requests shown), ratio %.2f",
            r + 1, r % 2 == 0 ? "raw" : "BusClient", rawMs, clientMs, shown.first, shown.second,
            clientMs / rawMs);
        if (rawMs > 0 && clientMs > 0) {
            raws.push_back(rawMs);
            clients.push_back(clientMs);
            ratios.push_back(clientMs / rawMs);
        }
    }
    if (raws.empty()) {
        say("no complete repetition");
        return 1;
    }
    say("late joiner at %d extensions, %d live requests, %d retained messages, %zu repetitions:",
        stations, wantedRequests, expected, raws.size());
    say("  raw subscriber (broker alone): median %.0f ms (min %.0f, max %.0f)", median(raws),
        quantile(raws, 0), quantile(raws, 1));
    say("  BusClient to a complete picture: median %.0f ms (min %.0f, max %.0f)%s", median(clients),
        quantile(clients, 0), quantile(clients, 1),
        allShown ? "" : "  (NOT every extension and request shown)");
    say("  ratio of the medians %.2f, median of the ratios %.2f (goal: under 1 s and at most 2)",
        median(clients) / median(raws), median(ratios));
    say("load after: %s", qPrintable(loadAverage()));
    return 0;
}
