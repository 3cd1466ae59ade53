// Benchmark of the console (not a test), offscreen: 1,000 extensions receiving 2,000 state
// changes per second for 10 seconds. Prints the UI thread's busy time per second (its CPU time,
// which includes the call processor, as in the program), the delay from an engine notification
// to the tile repainted (median, 99th percentile), and the time from start to the first shown
// window. See docs/performance.md.
//
//   QT_QPA_PLATFORM=offscreen taskset -c 1 build/bench/bench_console

#include "core/callprocessor.h"
#include "ui/extensiondelegate.h"
#include "ui/extensionmodel.h"
#include "ui/mainwindow.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <time.h>
#include <unordered_map>

using namespace sb;

namespace {

using Clock = std::chrono::steady_clock;

double threadCpuSeconds()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

class BenchBackend : public ui::Backend
{
public:
    explicit BenchBackend(int stations)
        : engine(core::Programming::factoryDefaults(stations, 8))
    {
        engine.handle(core::Event::sessionUp(stations, 8, 1), 0);
        engine.handle(
            core::Event::portStates(QVector<quint8>(stations, 0), QVector<quint8>(8, 0)), 0);
        engine.clearOutput();
        clock.start();
    }
    const core::CallProcessor &processor() const override { return engine; }
    core::Millis now() const override { return clock.elapsed(); }
    void act(const std::function<void(core::CallProcessor &, core::Millis)> &a) override
    {
        a(engine, now());
        engine.clearOutput();
    }
    QString controllerDescription() const override { return QStringLiteral("benchmark"); }
    ui::LinkHealth linkHealth() const override { return {}; }

    core::CallProcessor engine;
    QElapsedTimer clock;
};

/// Records when each row is painted, to measure notification-to-repaint delay.
class TimingDelegate : public ui::ExtensionDelegate
{
public:
    using ExtensionDelegate::ExtensionDelegate;
    void paint(QPainter *p, const QStyleOptionViewItem &o, const QModelIndex &index) const override
    {
        ExtensionDelegate::paint(p, o, index);
        QModelIndex source = index;
        while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model()))
            source = proxy->mapToSource(source);
        auto it = pending->find(source.row());
        if (it != pending->end()) {
            samples->push_back(
                std::chrono::duration<double, std::milli>(Clock::now() - it->second).count());
            pending->erase(it);
        }
    }
    std::unordered_map<int, Clock::time_point> *pending = nullptr;
    std::vector<double> *samples = nullptr;
};

} // namespace

int main(int argc, char *argv[])
{
    const auto start = Clock::now();
    QApplication app(argc, argv);
    const int stations = 1000;
    BenchBackend backend(stations);
    ui::MainWindow window(&backend);
    window.setLinkState(QStringLiteral("up"), true);
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
    window.show();
    while (!shown)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);

    std::unordered_map<int, Clock::time_point> pending;
    std::vector<double> samples;
    auto *delegate = new TimingDelegate(window.grid());
    delegate->pending = &pending;
    delegate->samples = &samples;
    window.grid()->setItemDelegate(delegate);

    // Which rows are on screen: their changes are the ones a repaint can show.
    std::vector<int> visibleRows;
    for (int r = 0; r < window.model()->rowCount(); ++r) {
        const QModelIndex i = window.filter()->mapFromSource(window.model()->index(r));
        if (window.grid()->viewport()->rect().intersects(window.grid()->visualRect(i)))
            visibleRows.push_back(r);
    }

    std::mt19937 rng(7);
    std::vector<bool> offHook(size_t(stations) + 1, false);
    const int perSecond = 2000;
    const double seconds = 10.0;
    long changes = 0;
    double engineSeconds = 0;
    const auto t0 = Clock::now();
    const double cpu0 = threadCpuSeconds();
    QTimer driver;
    driver.setTimerType(Qt::PreciseTimer);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        const double elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
        if (elapsed >= seconds) {
            driver.stop();
            QCoreApplication::quit();
            return;
        }
        // Catch up to 2,000 changes per second of wall time.
        while (changes < long(elapsed * perSecond)) {
            int s;
            if (changes % 10 == 0 && !visibleRows.empty())
                s = window.model()
                        ->status(visibleRows[rng() % visibleRows.size()])
                        .port; // a probe on screen
            else
                s = 2 + int(rng() % unsigned(stations - 1));
            offHook[size_t(s)] = !offHook[size_t(s)];
            const auto e0 = Clock::now();
            backend.engine.handle(core::Event::hook(s, offHook[size_t(s)]), backend.now());
            backend.engine.takeCommands();
            const auto notes = backend.engine.takeNotifications();
            engineSeconds += std::chrono::duration<double>(Clock::now() - e0).count();
            window.notify(notes);
            const int row = window.model()->rowOfPort(s);
            if (std::find(visibleRows.begin(), visibleRows.end(), row) != visibleRows.end())
                pending.emplace(row, Clock::now()); // the first unpainted change of that row counts
            ++changes;
        }
    });
    driver.start(1);
    app.exec();
    const double wall = std::chrono::duration<double>(Clock::now() - t0).count();
    const double cpu = threadCpuSeconds() - cpu0;
    std::sort(samples.begin(), samples.end());
    std::printf(
        "console with %d extensions, %ld state changes in %.1f s (%.0f/s), %zu tiles visible\n",
        stations, changes, wall, changes / wall, visibleRows.size());
    std::printf("UI thread busy: %.1f%% of one core (call processor %.1f%%, console %.1f%%)\n",
        100 * cpu / wall, 100 * engineSeconds / wall, 100 * (cpu - engineSeconds) / wall);
    if (!samples.empty())
        std::printf("notification to tile repainted: median %.1f ms, 99th percentile %.1f ms, max "
                    "%.1f ms (%zu samples)\n",
            samples[samples.size() / 2], samples[samples.size() * 99 / 100], samples.back(),
            samples.size());
    std::printf("start to first shown window: %.0f ms\n", startupMs);
    return 0;
}
