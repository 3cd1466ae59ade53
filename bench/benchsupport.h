#pragma once

// What the benchmarks of issue 10 share (not a test, not a library): CPU clocks of threads and
// processes, percentiles, the machine's load, and waiting on the event loop with a deadline.
// Header-only.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <pthread.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace sb::bench {

/// CPU seconds of the calling thread.
inline double threadCpuSeconds()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// The CPU clock of the thread `object` lives on, read from any thread (the thread's id is
/// taken once, on that thread).
class ThreadCpuClock
{
public:
    ThreadCpuClock() = default;
    explicit ThreadCpuClock(QObject *object)
    {
        pthread_t thread {};
        QMetaObject::invokeMethod(
            object, [&thread] { thread = pthread_self(); }, Qt::BlockingQueuedConnection);
        m_valid = pthread_getcpuclockid(thread, &m_clock) == 0;
    }
    bool isValid() const { return m_valid; }
    double seconds() const
    {
        timespec ts;
        if (!m_valid || clock_gettime(m_clock, &ts) != 0)
            return 0;
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    }

private:
    clockid_t m_clock {};
    bool m_valid = false;
};

/// User plus system CPU seconds of a process (/proc/<pid>/stat, fields 14 and 15).
inline double processCpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks; // utime, stime
}

/// CPU seconds of each thread of a process by thread name (/proc/<pid>/task/*/stat; threads of
/// one name are added up).
inline std::map<QString, double> threadCpuByName(qint64 pid)
{
    std::map<QString, double> out;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    const double ticks = double(sysconf(_SC_CLK_TCK));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        const QString name = comm.open(QIODevice::ReadOnly)
            ? QString::fromLocal8Bit(comm.readAll()).trimmed()
            : tid;
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = stat.readAll();
        const QList<QByteArray> f = s.mid(s.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 12)
            out[name] += (f.at(11).toDouble() + f.at(12).toDouble()) / ticks;
    }
    return out;
}

/// Seconds the threads of a process (or one thread, `tid` > 0) have waited for a core while
/// runnable (/proc/<pid>/task/<tid>/schedstat, second field): what the machine's load costs.
inline double runQueueWaitSeconds(qint64 pid, qint64 tid = 0)
{
    double total = 0;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    const QStringList tids = tid > 0 ? QStringList {QString::number(tid)}
                                     : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &t : tids) {
        QFile f(tasks.filePath(t + QStringLiteral("/schedstat")));
        if (f.open(QIODevice::ReadOnly))
            total += f.readAll().split(' ').value(1).toDouble() / 1e9;
    }
    return total;
}

/// The first line of /proc/loadavg ("5.12 4.80 3.90 3/412 12345"): what else ran meanwhile.
inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readLine()).trimmed();
}

/// The q-quantile (0..1) of `values` (sorted here), nearest rank; 0 when empty.
inline double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(q * double(values.size()));
    return values[std::min(rank, values.size() - 1)];
}

inline double median(const std::vector<double> &values)
{
    return quantile(values, 0.5);
}

/// Runs the event loop until `done` holds (checked at every event and every millisecond) or
/// `ms` have passed; true when it holds. The thread sleeps while nothing happens.
inline bool waitUntil(const std::function<bool()> &done, int ms)
{
    if (done())
        return true;
    const QDeadlineTimer deadline(ms);
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    poll.start(1);
    loop.exec();
    return done();
}

/// Runs the event loop for `ms` milliseconds.
inline void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Prints a line and flushes (the figures are read while the bench runs).
template<typename... Args>
void say(const char *format, Args... args)
{
    std::printf(format, args...);
    std::printf("\n");
    std::fflush(stdout);
}

} // namespace sb::bench
