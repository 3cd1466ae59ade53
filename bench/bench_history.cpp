// Issue 12's benchmark "A month of a busy office" (docs/performance.md, "History"):
// 1. 50,000 requests and 100,000 outside calls of one month written through HistoryStore (batches
//    on its thread); the database's size; the month's report for all extensions and for one
//    (median of 5 runs, asked on this thread and answered from the store's, as the service does).
// 2. The call processor's handling time per event (processor, event translation, history rows:
//    what the service's thread does for each input) at 10,000 inputs/s of callback-heavy
//    traffic and at rates that make about 9,100 and at least 10,000 history events (request
//    events and line changes) a second, with the store writing, side by side with the store off,
//    in one run (one-second slices, on and off in turn). The history events and the inputs are
//    counted on each side, and their rates are per second actually run.
//
// bench_history [--seconds N] [--rate R]   (part 2: N seconds per side, default 5; R inputs a
// second, default 10,000, then 34,000, then 40,000)

#include "benchsupport.h"

#include "core/callprocessor.h"
#include "service/eventtranslator.h"
#include "service/historyrecorder.h"
#include "service/historystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <random>

using namespace sb;
using namespace sb::core;
using namespace sb::service;

namespace {

QJsonObject ask(HistoryStore &store, const HistoryQuery &q, double *ms)
{
    std::optional<QJsonObject> out;
    QElapsedTimer t;
    t.start();
    store.report(q, [&out](const QJsonObject &o) { out = o; });
    bench::waitUntil([&out] { return out.has_value(); }, 60000);
    *ms = double(t.nsecsElapsed()) / 1e6;
    return out.value_or(QJsonObject());
}

/// Part 1: the month.
void month(const QString &dir)
{
    const QString file = dir + QStringLiteral("/history.db");
    std::mt19937_64 rng(12);
    const auto pick
        = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const qint64 start
        = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();
    const qint64 day = 24 * 3600 * 1000LL;
    // Office hours: 07:00 to 19:00 local, every day of the month.
    const auto when = [&](int i, int count) {
        const qint64 d = qint64(i) * 30 / count;
        return start + d * day + 7 * 3600 * 1000LL + qint64(pick(0, 12 * 3600 - 1)) * 1000;
    };
    const char *reasons[] = {"completed", "completed", "completed", "completed", "completed",
        "completed", "completed", "abandoned", "no-answer", "cleared", "expired", "reset"};
    QElapsedTimer t;
    t.start();
    {
        HistoryStore store(file);
        for (int i = 0; i < 50000; ++i) {
            RequestRecord r;
            r.run = QStringLiteral("month");
            r.id = i + 1;
            r.caller = QString::number(100 + pick(1, 200));
            const int k = pick(0, 19);
            r.kind = k == 0 ? QStringLiteral("line")
                : k == 1    ? QStringLiteral("transfer")
                            : QStringLiteral("extension");
            if (k != 0)
                r.target = QString::number(100 + pick(1, 200));
            r.leftAt = when(i, 50000);
            const QString reason = QLatin1String(reasons[pick(0, 11)]);
            r.servedAt = r.leftAt + pick(5, 900) * 1000LL;
            r.endedAt = *r.servedAt + pick(2, 30) * 1000LL;
            r.reason = reason;
            store.add(r);
        }
        for (int i = 0; i < 100000; ++i) {
            OutsideCallRecord c;
            c.run = QStringLiteral("month");
            c.call = i + 1;
            c.line = pick(1, 16);
            c.rangAt = when(i, 100000);
            c.stations = {QStringLiteral("101"), QString::number(100 + pick(2, 200))};
            if (pick(0, 99) < 92) {
                c.answeredAt = c.rangAt + pick(1, 40) * 1000LL;
                c.answeredBy = pick(0, 3) ? QStringLiteral("101") : c.stations.last();
                c.held = pick(0, 9) == 0;
                if (pick(0, 4) == 0) {
                    c.transfers = 1;
                    c.transferredTo = {QString::number(100 + pick(2, 200))};
                    c.recalled = pick(0, 9) == 0;
                }
            } else {
                c.abandoned = true;
            }
            c.endedAt = c.rangAt + pick(10, 600) * 1000LL;
            store.add(c);
        }
        store.waitForWrites();
    }
    const double writeSeconds = double(t.nsecsElapsed()) / 1e9;
    const double mb = double(QFileInfo(file).size()) / 1024 / 1024;
    std::printf("month: 50,000 requests and 100,000 outside calls written in %.2f s (%.0f "
                "rows/s); database %.1f MB (%.0f bytes a row)\n",
        writeSeconds, 150000 / writeSeconds, mb, QFileInfo(file).size() / 150000.0);

    HistoryStore store(file);
    while (!store.isOpened()) // it opens on its own thread: not part of what is measured
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    HistoryQuery q;
    q.from = start;
    q.to = start + 30 * day;
    for (const QString &extension : {QString(), QStringLiteral("150")}) {
        q.extension = extension;
        std::vector<double> times;
        QJsonObject r;
        for (int run = 0; run < 5; ++run) {
            double ms = 0;
            r = ask(store, q, &ms);
            times.push_back(ms);
        }
        std::printf("month's report (%s): median %.1f ms, slowest %.1f ms of 5 (goal: 200 ms); "
                    "%lld callbacks left, %lld outside calls rang\n",
            extension.isEmpty() ? "all extensions" : "extension 150", bench::median(times),
            *std::max_element(times.begin(), times.end()),
            r.value("callbacks").toObject().value("left").toInteger(),
            r.value("outside").toObject().value("rang").toInteger());
    }
}

/// Callback-heavy phone traffic for one processor, decided from what it sent back.
class Traffic
{
public:
    explicit Traffic(int stations, int lines)
        : m_stations(stations)
        , m_lines(lines)
        , m_longBusy(stations * 3 / 10)
        , m_rng(7)
    {
        Programming p = Programming::factoryDefaults(stations, lines);
        p.options.maxRequestsPerTarget = 100;
        p.options.maxRequestsPerCaller = 100;
        m_p = std::make_unique<CallProcessor>(p);
        m_off.assign(size_t(stations) + 1, false);
        m_dialed.assign(size_t(stations) + 1, false);
        m_ringing.assign(size_t(stations) + 1, false);
        m_tone.assign(size_t(stations) + 1, 0);
        m_p->handle(Event::sessionUp(stations, lines, 1), m_now);
        m_p->handle(
            Event::portStates(QVector<quint8>(stations, 0), QVector<quint8>(lines, 0)), m_now);
        // The first 30% stay in long calls: half of the calls meet a busy extension and leave a
        // callback there.
        for (int b = 2; b <= m_longBusy; ++b)
            send(Event::hook(b, true));
        m_p->clearOutput();
    }
    CallProcessor &processor() { return *m_p; }

    /// One input: the processor's notifications after it.
    std::vector<Notification> step()
    {
        const int r = pick(0, 99);
        const int s = pick(m_longBusy + 1, m_stations);
        if (r < 3) {
            const int l = pick(1, m_lines);
            const LineActivity a = m_p->line(l).activity;
            return send(a == LineActivity::Free            ? Event::lineRing(l, true)
                    : a == LineActivity::Ringing && r == 0 ? Event::lineRing(l, false)
                                                           : Event::lineDrop(l));
        }
        if (r < 8)
            return send(Event::hook(1, !m_off[1])); // the attendant answers and hangs up
        if (m_ringing[s] || !m_off[s])
            return send(Event::hook(s, true));
        if (!m_dialed[s]) {
            m_dialed[s] = true;
            const int target = r < 50 ? pick(2, m_longBusy) : pick(m_longBusy + 1, m_stations);
            const QString n = m_p->extension(target).number;
            std::vector<Notification> out;
            for (QChar c : n) {
                std::vector<Notification> more = send(Event::digit(s, char(c.unicode())));
                out.insert(out.end(), more.begin(), more.end());
            }
            return out;
        }
        if (m_tone[s] == int(Tone::Busy) && r < 80)
            return send(Event::key(s, Key::Callback));
        return send(Event::hook(s, false));
    }
    Millis now() const { return m_now; }

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    std::vector<Notification> send(const Event &e)
    {
        if (e.type == Event::Type::Hook) {
            m_off[e.port] = e.value;
            m_dialed[e.port] = false;
            if (e.value)
                m_ringing[e.port] = false;
        }
        m_now += 1;
        m_p->handle(e, m_now);
        m_p->advanceTo(m_now);
        for (const Command &c : m_p->commands()) {
            if (c.type == Command::Type::Ring)
                m_ringing[c.idA] = c.value != 0;
            else if (c.type == Command::Type::Tone)
                m_tone[c.idA] = c.value;
        }
        std::vector<Notification> out = m_p->takeNotifications();
        m_p->clearOutput();
        return out;
    }

    int m_stations, m_lines;
    int m_longBusy = 0;
    std::mt19937_64 m_rng;
    std::unique_ptr<CallProcessor> m_p;
    std::vector<bool> m_off, m_dialed, m_ringing;
    std::vector<int> m_tone;
    Millis m_now = 1000;
};

/// Part 2: handling time per event with the store writing and without it.
void latency(const QString &dir, int seconds, int rate)
{
    HistoryStore store(dir + QStringLiteral("/latency-%1.db").arg(rate));
    while (!store.isOpened()) // it opens on its own thread: not part of what is measured
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    HistoryRecorder recorder(QStringLiteral("latency"));
    Traffic traffic(100, 8);
    EventTranslator translator;
    translator.reset(traffic.processor());
    std::vector<double> on, off;
    // History events (request events, line changes) and milliseconds run, on [1] and off [0].
    long requestEvents[2] = {0, 0};
    long lineEvents[2] = {0, 0};
    qint64 ms[2] = {0, 0};
    QElapsedTimer clock;
    clock.start();
    for (int slice = 0; slice < 2 * seconds; ++slice) {
        const bool history = slice % 2 == 0;
        std::vector<double> &out = history ? on : off;
        const qint64 sliceStart = clock.elapsed();
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        qint64 sent = 0;
        QObject::connect(&tick, &QTimer::timeout, [&] {
            // Catch up to rate / 1000 inputs per elapsed millisecond.
            const qint64 due = (clock.elapsed() - sliceStart) * rate / 1000;
            for (; sent < due; ++sent) {
                const auto t0 = std::chrono::steady_clock::now();
                const std::vector<Notification> ns = traffic.step();
                const QDateTime at = QDateTime::currentDateTimeUtc();
                const QList<QJsonObject> events = translator.translate(traffic.processor(), ns, at);
                if (history)
                    recorder.record(traffic.processor(), ns, events, at.toMSecsSinceEpoch(), store);
                const auto t1 = std::chrono::steady_clock::now();
                out.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
                for (const QJsonObject &e : events)
                    requestEvents[history] += e.value("kind").toString().startsWith("request.");
                for (const Notification &n : ns)
                    lineEvents[history] += n.type == Notification::Type::LineChanged;
            }
        });
        tick.start(1);
        bench::runFor(1000);
        tick.stop();
        ms[history] += clock.elapsed() - sliceStart;
    }
    store.waitForWrites();
    const auto report = [](const char *what, std::vector<double> v) {
        std::printf("%s: %zu events, handling time p50 %.1f us, p99 %.1f us, max %.0f us\n", what,
            v.size(), bench::quantile(v, 0.5), bench::quantile(v, 0.99),
            *std::max_element(v.begin(), v.end()));
    };
    report("history on ", on);
    report("history off", off);
    for (const bool history : {true, false}) {
        const double s = double(ms[history]) / 1000;
        const long events = requestEvents[history] + lineEvents[history];
        const size_t inputs = (history ? on : off).size();
        std::printf("history %s: %d inputs/s asked, %zu run in %.2f s (%.0f a second); %ld history "
                    "events (%.0f a second: %ld request events, %.0f a second, and %ld line "
                    "changes, %.0f a second)%s\n",
            history ? "on " : "off", rate, inputs, s, double(inputs) / s, events,
            double(events) / s, requestEvents[history], double(requestEvents[history]) / s,
            lineEvents[history], double(lineEvents[history]) / s,
            history ? "; goal p99 under 1000 us" : " (not written)");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int seconds = 5;
    // 10,000 inputs a second, then about 9,100 history events (request events and line
    // changes) a second, then at least 10,000 (about 10,700).
    QList<int> rates = {10000, 34000, 40000};
    const QStringList args = app.arguments();
    if (const int i = int(args.indexOf(QStringLiteral("--seconds"))); i > 0 && i + 1 < args.size())
        seconds = args.at(i + 1).toInt();
    if (const int i = int(args.indexOf(QStringLiteral("--rate"))); i > 0 && i + 1 < args.size())
        rates = {args.at(i + 1).toInt()};
    QTemporaryDir dir;
    std::printf("bench_history: load %s\n", qPrintable(bench::loadAverage()));
    month(dir.path());
    for (int rate : std::as_const(rates))
        latency(dir.path(), seconds, rate);
    std::printf("load %s\n", qPrintable(bench::loadAverage()));
    return 0;
}
