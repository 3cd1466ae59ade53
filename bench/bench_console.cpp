// Benchmark of the console in embedded mode (not a test), offscreen: 1,000 extensions receiving
// 2,000 state changes per second for 10 seconds. The call service runs in this process on its
// own thread (client::InProcessClient, as `switchboard` without --bus runs it) on a controller
// this bench plays over a pty on a thread of its own: hook changes on the wire, through the
// service's link and processor, its payloads into the console's picture, the real
// ExtensionModel and grid. Prints the UI thread's busy time per second (its CPU time), the
// service's threads beside it, the delay from a HOOK frame on the wire to the tile repainted
// (median, 99th percentile), and the time from start to the first shown window and to the full
// grid. See docs/performance.md.
//
//   QT_QPA_PLATFORM=offscreen taskset -c 1 build/bench/bench_console

#include "bench/benchsupport.h"
#include "bench/consolebench.h"
#include "bench/ptycontroller.h"
#include "client/inprocessclient.h"
#include "ui/extensiondelegate.h"
#include "ui/extensionmodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include <chrono>
#include <mutex>
#include <random>
#include <unordered_map>

using namespace sb;
using namespace sb::bench;

int main(int argc, char *argv[])
{
    const auto start = Clock::now();
    // Whatever the service keeps (installer.ini, the audit log) stays in a folder of the bench.
    QTemporaryDir dir;
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"})
        qputenv(name, QFile::encodeName(dir.path()));
    QApplication app(argc, argv);
    const int stations = 1000;
    const int perSecond = 2000;
    const double seconds = 10.0;
    say("load before: %s", qPrintable(loadAverage()));

    // 1,000 named extensions, factory numbers 1001-2000, 8 lines.
    PtyController controller(stations, 8);
    const auto settings = startNamedController(controller, dir, stations, 8);
    if (!settings)
        return 1;
    client::InProcessClient client(*settings);
    ui::MainWindow window(&client);
    window.resize(1600, 1000);
    bool shown = false;
    double startupMs = 0;
    struct FirstPaint : QObject
    {
        std::function<void()> f;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint && f) {
                f();
                f = nullptr;
            }
            return false;
        }
    } firstPaint;
    firstPaint.f = [&] {
        shown = true;
        startupMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    };
    window.grid()->viewport()->installEventFilter(&firstPaint);
    client.start();
    window.show();
    ui::ExtensionModel *model = window.model();
    if (!waitUntil(
            [&] { return shown && model->isCurrent() && model->rowCount() == stations; }, 30000)) {
        say("the console did not show %d current tiles (%d rows, %s)", stations, model->rowCount(),
            qPrintable(model->notCurrentReason()));
        return 1;
    }
    const double currentMs
        = std::chrono::duration<double, std::milli>(Clock::now() - start).count();

    std::unordered_map<int, Pending> pending;
    std::vector<double> samples;
    bool measuring = false;
    auto *delegate = new TimingDelegate(window.grid());
    delegate->model = model;
    delegate->pending = &pending;
    delegate->samples = &samples;
    delegate->measuring = &measuring;
    window.grid()->setItemDelegate(delegate);

    // Which extensions are on screen: their changes are the ones a repaint can show.
    std::vector<int> visiblePorts;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = window.filter()->mapFromSource(model->index(r));
        if (window.grid()->viewport()->rect().intersects(window.grid()->visualRect(i)))
            visiblePorts.push_back(model->extension(r).port);
    }
    std::vector<bool> visible(size_t(stations) + 1, false);
    for (int p : visiblePorts)
        visible[size_t(p)] = true;

    // The controller's thread toggles hooks at 2,000 per second of wall time, one in ten on a
    // tile that is on screen (not the attendant), and records when each on-screen one left.
    std::mutex changesMutex;
    std::vector<Change> changes;
    takeChangesOnFlush(model, changesMutex, changes, pending);
    auto rng = std::make_shared<std::mt19937>(7);
    auto made = std::make_shared<long>(0);
    const auto trafficStart = Clock::now();
    controller.setTick([&, rng, made](hal::SimulatedController &c, hal::Millis now) {
        const double elapsed = std::chrono::duration<double>(Clock::now() - trafficStart).count();
        std::vector<Change> batch;
        while (*made < long(elapsed * perSecond)) {
            int port = 2 + int((*rng)() % unsigned(stations - 1));
            if (*made % 10 == 0 && !visiblePorts.empty())
                port = visiblePorts[(*rng)() % visiblePorts.size()]; // a probe on screen
            if (port == 1)
                port = 2;
            const bool offHook = !c.station(port).offHook;
            if (offHook)
                c.offHook(port, now);
            else
                c.onHook(port, now);
            if (visible[size_t(port)])
                batch.push_back({port, offHook, Clock::now()});
            ++*made;
        }
        std::lock_guard<std::mutex> lock(changesMutex);
        changes.insert(changes.end(), batch.begin(), batch.end());
    });

    // 1 s of warm-up, then the measured seconds.
    runFor(1000);
    measuring = true;
    const long made0 = *made;
    const qint64 pid = QCoreApplication::applicationPid();
    const auto threads0 = threadCpuByName(pid);
    const double cpu0 = threadCpuSeconds();
    const auto t0 = Clock::now();
    runFor(int(seconds * 1000));
    const double wall = std::chrono::duration<double>(Clock::now() - t0).count();
    const double cpu = threadCpuSeconds() - cpu0;
    const auto threads1 = threadCpuByName(pid);
    const long madeN = *made - made0;
    controller.setTick(nullptr);
    runFor(300);
    measuring = false;

    say("console with %d extensions, embedded service, %ld state changes on the wire in %.1f s "
        "(%.0f/s), %zu tiles visible",
        stations, madeN, wall, madeN / wall, visiblePorts.size());
    say("UI thread busy: %.1f%% of one core (goal: no busier than 16-19%%)", 100 * cpu / wall);
    for (const auto &[name, seconds1] : threads1) {
        const auto before = threads0.find(name);
        const double d = seconds1 - (before == threads0.end() ? 0 : before->second);
        if (d > 0.0005 && name != QCoreApplication::applicationName().left(15))
            say("  thread %-16s %.1f%%%s", qPrintable(name), 100 * d / wall,
                name == QLatin1String("bench ctrl") ? " (the bench's controller, not the console)"
                                                    : "");
    }
    if (!samples.empty())
        say("HOOK on the wire to tile repainted: median %.1f ms, 99th percentile %.1f ms, max "
            "%.1f ms (%zu samples)",
            median(samples), quantile(samples, 0.99), quantile(samples, 1), samples.size());
    say("start to first shown window: %.0f ms; to %d current tiles: %.0f ms", startupMs, stations,
        currentMs);
    say("load after: %s", qPrintable(loadAverage()));
    controller.stop();
    return 0;
}
