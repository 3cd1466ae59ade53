#pragma once

// A child process of a test whose output is kept line by line (switchboard-sim, switchboardd),
// started, stopped and killed by its own PID. Header-only, QtCore and QtTest.

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <csignal>

namespace sb::test {

/// A QProcess whose merged standard output and error are split into lines as they come.
class LineProcess
{
public:
    explicit LineProcess(const QString &name)
        : m_name(name)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { collect(); });
    }
    ~LineProcess() { stop(); }
    LineProcess(const LineProcess &) = delete;
    LineProcess &operator=(const LineProcess &) = delete;

    /// Starts `program`; false when it could not be started.
    bool start(const QString &program, const QStringList &arguments)
    {
        m_process.start(program, arguments);
        return m_process.waitForStarted(10000);
    }

    /// SIGTERM to its PID and waits (SIGKILL after 10 s); true when it exited by itself.
    bool stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        m_process.terminate();
        const bool clean = m_process.waitForFinished(10000);
        if (!clean) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        collect();
        return clean && m_process.exitStatus() == QProcess::NormalExit;
    }

    /// SIGKILL to its PID (a crash: no cleanup, no DISCONNECT), and waits.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
        collect();
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    int exitCode() const { return m_process.exitCode(); }

    /// Writes one line to its standard input.
    void say(const QString &line) { m_process.write(line.toUtf8() + '\n'); }
    /// Writes many lines at once.
    void sayAll(const QStringList &lines)
    {
        if (!lines.isEmpty())
            m_process.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    }

    /// Waits until a line from index `from` on matches `pattern`; its index, or -1.
    int waitFor(const QString &pattern, int from = 0, int timeoutMs = 10000)
    {
        const QRegularExpression re(pattern);
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            for (int i = from; i < m_lines.size(); ++i) {
                if (re.match(m_lines.at(i)).hasMatch())
                    return i;
            }
            if (timer.elapsed() > timeoutMs || m_process.state() == QProcess::NotRunning)
                return -1;
            QTest::qWait(5);
        }
    }

    /// Lines from `from` on that match.
    int count(const QString &pattern, int from = 0) const
    {
        const QRegularExpression re(pattern);
        int n = 0;
        for (int i = from; i < m_lines.size(); ++i)
            n += re.match(m_lines.at(i)).hasMatch() ? 1 : 0;
        return n;
    }

    int size() const { return int(m_lines.size()); }
    const QStringList &lines() const { return m_lines; }
    /// The last `n` lines, for failure messages.
    QString tail(int n = 30) const
    {
        return m_name + QStringLiteral(":\n")
            + m_lines.mid(std::max(0, int(m_lines.size()) - n)).join(QLatin1Char('\n'));
    }

private:
    void collect()
    {
        m_buffer += m_process.readAllStandardOutput();
        int nl;
        while ((nl = int(m_buffer.indexOf('\n'))) >= 0) {
            m_lines << QString::fromUtf8(m_buffer.left(nl));
            m_buffer.remove(0, nl + 1);
        }
    }

    QString m_name;
    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
};

} // namespace sb::test
