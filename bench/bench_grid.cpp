// Benchmark of the busy lamp field at scale (issue 12 item 4), not a test: the console offscreen
// in a 1920x1080 window, 1,000 extensions receiving 2,000 hook changes per second, the grid
// comfortable and compact in turn, in one run (four phases of 8 s: comfortable, compact,
// comfortable, compact; a fifth, compact with the busy filter, for information). The call
// service runs in this process on its own thread (client::InProcessClient, as `switchboard`
// without --bus) on a controller this bench plays over a pty on a thread of its own (as
// bench_console). The changes fall on random extensions, on screen or not. Per phase: the UI
// thread's CPU time per second of wall time (goal: at most 25% of a core), the tiles shown whole,
// the tiles painted per second, and the delay from a HOOK frame on the wire to its tile repainted
// (median, 99th percentile). See docs/performance.md.
//
//   QT_QPA_PLATFORM=offscreen build/bench/bench_grid [--no-link-trace]
//
// --no-link-trace disconnects the installer's link trace (View -> Link trace), which otherwise
// takes every line the embedded service writes, to measure the grid without it.

#include "bench/benchsupport.h"
#include "bench/consolebench.h"
#include "bench/ptycontroller.h"
#include "client/inprocessclient.h"
#include "ui/extensiondelegate.h"
#include "ui/extensionmodel.h"
#include "ui/mainwindow.h"
#include "ui/tilegrid.h"

#include <QApplication>
#include <QTemporaryDir>

#include <chrono>
#include <mutex>
#include <random>
#include <unordered_map>

using namespace sb;
using namespace sb::bench;

namespace {

const char *name(ui::TileGrid::Density d)
{
    return d == ui::TileGrid::Density::Compact ? "compact" : "comfortable";
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"})
        qputenv(name, QFile::encodeName(dir.path()));
    QApplication app(argc, argv);
    const int stations = 1000;
    const int perSecond = 2000;
    const int phaseMs = 8000;
    say("load before: %s", qPrintable(loadAverage()));

    // 1,000 named extensions, factory numbers 1001-2000, 8 lines.
    PtyController controller(stations, 8);
    const auto settings = startNamedController(controller, dir, stations, 8);
    if (!settings)
        return 1;
    client::InProcessClient client(*settings);
    ui::MainWindow window(&client);
    const bool noLinkTrace
        = QCoreApplication::arguments().contains(QStringLiteral("--no-link-trace"));
    if (noLinkTrace)
        QObject::disconnect(&client, &client::Client::linkTraceLine, nullptr, nullptr);
    window.resize(1920, 1080);
    client.start();
    window.show();
    ui::ExtensionModel *model = window.model();
    if (!waitUntil([&] { return model->isCurrent() && model->rowCount() == stations; }, 30000)) {
        say("the console did not show %d current tiles (%d rows, %s)", stations, model->rowCount(),
            qPrintable(model->notCurrentReason()));
        return 1;
    }

    std::unordered_map<int, Pending> pending;
    std::vector<double> samples;
    bool measuring = false;
    long painted = 0;
    auto *delegate = new TimingDelegate(window.grid());
    delegate->model = model;
    delegate->pending = &pending;
    delegate->samples = &samples;
    delegate->measuring = &measuring;
    delegate->painted = &painted;
    window.grid()->setItemDelegate(delegate);

    // The controller's thread toggles hooks at 2,000 per second of wall time on random
    // extensions (not the attendant) and records when each left.
    std::mutex changesMutex;
    std::vector<Change> changes;
    takeChangesOnFlush(model, changesMutex, changes, pending);
    // Only tiles on screen are repainted: the others' changes are not waited for.
    std::vector<bool> visible(size_t(stations) + 1, false);
    std::mutex visibleMutex;
    const auto findVisible = [&] {
        std::lock_guard<std::mutex> lock(visibleMutex);
        std::fill(visible.begin(), visible.end(), false);
        int count = 0;
        const QRect area = window.grid()->viewport()->rect();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = window.filter()->mapFromSource(model->index(r));
            if (area.intersects(window.grid()->visualRect(i)))
                visible[size_t(model->extension(r).port)] = true;
            if (area.contains(window.grid()->visualRect(i)))
                ++count;
        }
        pending.clear();
        return count;
    };
    auto rng = std::make_shared<std::mt19937>(7);
    auto made = std::make_shared<long>(0);
    const auto trafficStart = Clock::now();
    controller.setTick([&, rng, made](hal::SimulatedController &c, hal::Millis now) {
        const double elapsed = std::chrono::duration<double>(Clock::now() - trafficStart).count();
        std::vector<Change> batch;
        std::lock_guard<std::mutex> lock(visibleMutex);
        while (*made < long(elapsed * perSecond)) {
            const int port = 2 + int((*rng)() % unsigned(stations - 1));
            const bool offHook = !c.station(port).offHook;
            if (offHook)
                c.offHook(port, now);
            else
                c.onHook(port, now);
            if (visible[size_t(port)])
                batch.push_back({port, offHook, Clock::now()});
            ++*made;
        }
        std::lock_guard<std::mutex> changesLock(changesMutex);
        changes.insert(changes.end(), batch.begin(), batch.end());
    });

    say("console with %d extensions in a %dx%d window, embedded service, %d hook changes/s on "
        "random extensions, %d s per phase, link trace %s",
        stations, window.width(), window.height(), perSecond, phaseMs / 1000,
        noLinkTrace ? "disconnected" : "connected (as shipped)");
    const qint64 pid = QCoreApplication::applicationPid();
    using Show = ui::ExtensionFilter::Show;
    const std::pair<ui::TileGrid::Density, Show> phases[]
        = {{ui::TileGrid::Density::Comfortable, Show::All},
            {ui::TileGrid::Density::Compact, Show::All},
            {ui::TileGrid::Density::Comfortable, Show::All},
            {ui::TileGrid::Density::Compact, Show::All},
            // For information: tiles entering and leaving the busy view at every flush.
            {ui::TileGrid::Density::Compact, Show::Busy}};
    for (const auto &[density, show] : phases) {
        window.setDensity(density);
        window.setShow(show);
        delegate->setDensity(density);
        runFor(1000); // laid out again, warmed up
        const int tiles = findVisible();
        samples.clear();
        painted = 0;
        measuring = true;
        const long made0 = *made;
        const auto threads0 = threadCpuByName(pid);
        const double cpu0 = threadCpuSeconds();
        const auto t0 = Clock::now();
        runFor(phaseMs);
        const double wall = std::chrono::duration<double>(Clock::now() - t0).count();
        const double cpu = threadCpuSeconds() - cpu0;
        const auto threads1 = threadCpuByName(pid);
        measuring = false;
        const long madeN = *made - made0;
        QStringList others;
        for (const auto &[thread, seconds1] : threads1) {
            const auto before = threads0.find(thread);
            const double d = seconds1 - (before == threads0.end() ? 0 : before->second);
            if (d / wall > 0.005 && thread != QCoreApplication::applicationName().left(15))
                others << QStringLiteral("%1 %2%").arg(thread).arg(100 * d / wall, 0, 'f', 1);
        }
        say("%-17s %3d tiles whole: UI thread %.1f%% of a core (goal <= 25%%), %.0f tiles "
            "painted/s, %.0f changes/s, HOOK to tile repainted p50 %.1f ms p99 %.1f ms (%zu)",
            qPrintable(QString::fromLatin1(name(density))
                + (show == Show::Busy ? QStringLiteral(", busy") : QString())),
            tiles, 100 * cpu / wall, painted / wall, madeN / wall,
            samples.empty() ? 0.0 : median(samples),
            samples.empty() ? 0.0 : quantile(samples, 0.99), samples.size());
        say("                  other threads: %s", qPrintable(others.join(QStringLiteral(", "))));
    }
    controller.setTick(nullptr);
    say("load after: %s", qPrintable(loadAverage()));
    controller.stop();
    return 0;
}
