// End to end over a real pseudo-terminal: the switchboard binary (--headless --serial PTY)
// against the standalone simulated controller, playing the seed's story (behaviour.md R1-R6,
// R12) and pulling the cable.

#include <QDir>
#include <QFile>

#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pty.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

/// A child process whose standard output is kept as lines.
class Child
{
public:
    explicit Child(const QString &name)
        : m_name(name)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            m_buffer += m_process.readAllStandardOutput();
            int nl;
            while ((nl = m_buffer.indexOf('\n')) >= 0) {
                m_lines << QString::fromUtf8(m_buffer.left(nl));
                m_buffer.remove(0, nl + 1);
            }
        });
    }

    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    void start(const QString &program, const QStringList &args)
    {
        m_process.start(program, args);
        QVERIFY2(
            m_process.waitForStarted(5000), qPrintable(m_name + QStringLiteral(" did not start")));
    }

    void say(const QString &line) { m_process.write(line.toUtf8() + '\n'); }

    /// Waits until a line from `from` on matches; returns its index, or -1.
    int waitFor(const QString &pattern, int from = 0, int timeoutMs = 10000)
    {
        const QRegularExpression re(pattern);
        QElapsedTimer t;
        t.start();
        for (;;) {
            for (int i = from; i < m_lines.size(); ++i) {
                if (re.match(m_lines.at(i)).hasMatch())
                    return i;
            }
            if (t.elapsed() > timeoutMs || m_process.state() == QProcess::NotRunning)
                return -1;
            QTest::qWait(10);
        }
    }

    int count(const QString &pattern, int from = 0) const
    {
        const QRegularExpression re(pattern);
        int n = 0;
        for (int i = from; i < m_lines.size(); ++i)
            n += re.match(m_lines.at(i)).hasMatch() ? 1 : 0;
        return n;
    }

    int size() const { return int(m_lines.size()); }
    QString tail(int n = 40) const
    {
        return m_lines.mid(std::max(0, int(m_lines.size()) - n)).join(QLatin1Char('\n'));
    }
    QProcess &process() { return m_process; }

private:
    QString m_name;
    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
};

int openFileDescriptors(qint64 pid)
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid))
                   .entryList(QDir::NoDotAndDotDot | QDir::System)
                   .size());
}

} // namespace

#define WAIT(child, pattern, from)                                                                 \
    do {                                                                                           \
        const int at_ = (child).waitFor((pattern), (from));                                        \
        QVERIFY2(at_ >= 0,                                                                         \
            qPrintable(QStringLiteral("no line matching '%1'\nsim:\n%2\nhost:\n%3")                \
                           .arg((pattern), sim.tail(), host.tail())));                             \
    } while (false)

class TestEndToEnd : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_tty;

    /// This environment with $LANG set and nothing that overrides it.
    static QProcessEnvironment withLanguage(const QString &lang)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &v :
            {QStringLiteral("LANGUAGE"), QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES")})
            env.remove(v);
        env.insert(QStringLiteral("LANG"), lang);
        return env;
    }

    /// Starts the simulator and switchboard on its pty, and waits for the link.
    void startBoth(Child &sim, Child &host, double speed = 20)
    {
        m_tty = m_dir.filePath(QStringLiteral("tty-%1").arg(QDateTime::currentMSecsSinceEpoch()));
        sim.start(QStringLiteral(SWITCHBOARD_SIM_BIN),
            {QStringLiteral("--stations"), QStringLiteral("8"), QStringLiteral("--lines"),
                QStringLiteral("2"), QStringLiteral("--speed"), QString::number(speed),
                QStringLiteral("--link"), m_tty});
        WAIT(sim, QStringLiteral("^controller up"), 0);
        host.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--headless"), QStringLiteral("--serial"), m_tty});
        WAIT(host, QStringLiteral("link up"), 0);
    }

    /// 103 calls busy 104 and leaves a callback (R1), then hangs up.
    void leaveCallback(Child &sim, Child &host)
    {
        const int s0 = sim.size();
        sim.say(QStringLiteral("off-hook 4"));
        WAIT(sim, QStringLiteral("^host TONE 4 dial"), s0);
        sim.say(QStringLiteral("off-hook 3"));
        sim.say(QStringLiteral("dial 3 104"));
        WAIT(sim, QStringLiteral("^host TONE 3 busy"), s0);
        sim.say(QStringLiteral("key 3 CALLBACK"));
        WAIT(sim, QStringLiteral("^host TONE 3 confirm"), s0);
        WAIT(host, QStringLiteral("request \\d+ left: 103 waits for 104"), 0);
        sim.say(QStringLiteral("on-hook 3"));
        WAIT(host, QStringLiteral("HOOK 3 on"), 0);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The seed: a callback left at a busy extension rings back, is answered, and connects.
    void R1_R4_R5_seedStoryOverSerial()
    {
        Child sim(QStringLiteral("sim")), host(QStringLiteral("host"));
        startBoth(sim, host);
        leaveCallback(sim, host);
        const int s0 = sim.size();
        sim.say(QStringLiteral("on-hook 4")); // B is free: the callback ring (R4)
        WAIT(sim, QStringLiteral("^host RING 3 callback"), s0);
        sim.say(QStringLiteral("off-hook 3")); // A answers: B rings (R5)
        WAIT(sim, QStringLiteral("^host RING 4 intercom"), s0);
        WAIT(sim, QStringLiteral("^host TONE 3 ringback"), s0);
        sim.say(QStringLiteral("off-hook 4"));
        WAIT(sim, QStringLiteral("^host CONNECT station 3 station 4"), s0);
        WAIT(host, QStringLiteral("request \\d+ ended: completed"), 0);
        sim.say(QStringLiteral("status 3"));
        WAIT(sim, QStringLiteral("^status 3 off-hook .*path=station 4"), s0);
    }

    // R6: not answered within 4 rings, the callback is cancelled.
    void R6_noAnswerWithinFourRingsOverSerial()
    {
        Child sim(QStringLiteral("sim")), host(QStringLiteral("host"));
        startBoth(sim, host);
        leaveCallback(sim, host);
        const int s0 = sim.size();
        const int h0 = host.size();
        sim.say(QStringLiteral("on-hook 4"));
        WAIT(sim, QStringLiteral("^host RING 3 callback"), s0);
        WAIT(host, QStringLiteral("RING_CYCLE 3 4"), h0);
        WAIT(sim, QStringLiteral("^host RING 3 stop"), s0);
        WAIT(host, QStringLiteral("request \\d+ ended: no-answer"), h0);
        QCOMPARE(host.count(QStringLiteral("RING_CYCLE 3 3"), h0), 1);
        QCOMPARE(host.count(QStringLiteral("RING_CYCLE 3 5"), h0), 0);
    }

    // R12: a power failure (new boot_id) cancels every request.
    void R12_powerFailureCancelsRequests()
    {
        Child sim(QStringLiteral("sim")), host(QStringLiteral("host"));
        startBoth(sim, host);
        leaveCallback(sim, host);
        const int h0 = host.size();
        sim.say(QStringLiteral("power off"));
        WAIT(host, QStringLiteral("link down"), h0);
        sim.say(QStringLiteral("power on"));
        WAIT(host, QStringLiteral("the controller was reset"), h0);
        WAIT(host, QStringLiteral("request \\d+ ended: reset"), h0);
        WAIT(host, QStringLiteral("link up"), h0);
    }

    // R12: the cable pulled and plugged back (same boot_id) keeps every request.
    void R12_cablePulledKeepsRequests()
    {
        Child sim(QStringLiteral("sim")), host(QStringLiteral("host"));
        startBoth(sim, host);
        leaveCallback(sim, host);
        const int h0 = host.size();
        sim.say(QStringLiteral("unplug"));
        WAIT(host, QStringLiteral("lost"), h0);
        sim.say(QStringLiteral("plug"));
        WAIT(host, QStringLiteral("link up"), h0);
        QCOMPARE(host.count(QStringLiteral("ended"), h0), 0);
        QCOMPARE(host.count(QStringLiteral("was reset"), h0), 0);
        // The kept request is still served.
        const int s0 = sim.size();
        sim.say(QStringLiteral("on-hook 4"));
        WAIT(sim, QStringLiteral("^host RING 3 callback"), s0);
    }

    // issue 9 item 18: --help names the program and speaks the interface language (--lang, or
    // the system's locale), Qt's own words ("Usage:", "Options:") too.
    void helpIsTranslated_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("lang"); // $LANG
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("help");
        const QStringList help {QStringLiteral("--help")};
        const QString c = QStringLiteral("C.UTF-8");
        QTest::addRow("English") << help << c << QStringLiteral("Usage: switchboard [options]")
                                 << QStringLiteral("Options:")
                                 << QStringLiteral("Shows this help.");
        const QStringList german {QStringLiteral("Aufruf: switchboard [Optionen]"),
            QStringLiteral("Optionen:"), QStringLiteral("Zeigt diese Hilfe.")};
        QTest::addRow("German, --lang")
            << QStringList {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("-h")}
            << c << german[0] << german[1] << german[2];
        QTest::addRow("German, LANG")
            << help << QStringLiteral("de_DE.UTF-8") << german[0] << german[1] << german[2];
        const QStringList spanish {QStringLiteral("Uso: switchboard [opciones]"),
            QStringLiteral("Opciones:"), QStringLiteral("Muestra esta ayuda.")};
        QTest::addRow("Spanish, --lang")
            << QStringList {QStringLiteral("--help"), QStringLiteral("--lang=es")} << c
            << spanish[0] << spanish[1] << spanish[2];
        QTest::addRow("Spanish, LANG")
            << help << QStringLiteral("es_ES.UTF-8") << spanish[0] << spanish[1] << spanish[2];
    }
    void helpIsTranslated()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, lang);
        QFETCH(QString, usage);
        QFETCH(QString, options);
        QFETCH(QString, help);
        QProcess p;
        p.setProcessEnvironment(withLanguage(lang));
        p.start(QStringLiteral(SWITCHBOARD_BIN), arguments);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList lines
            = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), usage); // the command's name, not "<executable_name>" or a path
        QVERIFY2(lines.contains(options), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(
            lines.filter(QRegularExpression(QStringLiteral("^  -h, --help +")
                             + QRegularExpression::escape(help) + QLatin1Char('$')))
                    .size()
                == 1,
            qPrintable(lines.join(QLatin1Char('\n'))));
    }

    // issue 9 item 18: a command line that does not parse is answered in the interface language.
    void badArgumentsAreTranslated_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::addRow("German") << QStringLiteral("de")
                                << QStringLiteral("--baud muss eine Rate von 9600 bis 921600 sein");
        QTest::addRow("Spanish") << QStringLiteral(
            "es") << QStringLiteral("--baud debe ser una velocidad de 9600 a 921600");
    }
    void badArgumentsAreTranslated()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QProcess p;
        p.setProcessEnvironment(withLanguage(QStringLiteral("C.UTF-8")));
        p.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--lang"), lang, QStringLiteral("--baud"), QStringLiteral("7")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(expected), qPrintable(err));
    }

    // issue 9 item 18: counts take their plural forms in every language ("1 line", never
    // "1 lines"), English included.
    void countsArePlural_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        // No --lang and a C locale: English, with its plural forms all the same.
        QTest::addRow("English") << QString()
                                 << QStringLiteral("simulated controller (16 stations, 1 line)");
        QTest::addRow("German") << QStringLiteral("de")
                                << QStringLiteral("simulierte Steuerung (16 Apparate, 1 Leitung)");
        QTest::addRow("Spanish") << QStringLiteral(
            "es") << QStringLiteral("controlador simulado (16 extensiones, 1 línea)");
    }
    void countsArePlural()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        Child sim(QStringLiteral("none")), host(QStringLiteral("host"));
        host.process().setProcessEnvironment(withLanguage(QStringLiteral("C.UTF-8")));
        QStringList arguments {
            QStringLiteral("--headless"), QStringLiteral("--simulate"), QStringLiteral("16,1")};
        if (!lang.isEmpty())
            arguments << QStringLiteral("--lang") << lang;
        host.start(QStringLiteral(SWITCHBOARD_BIN), arguments);
        WAIT(host, QRegularExpression::escape(expected), 0);
    }

    // issue 9 item 20: switchboard-sim --link replaces a link left by a simulator that was
    // killed (to a pty that may now be someone else's, or dangling) and removes its own at
    // SIGTERM, so a later host never opens a recycled pty through it.
    void simulatorReplacesStaleLinkAndRemovesItsOwn_data()
    {
        QTest::addColumn<bool>("dangling");
        QTest::addRow("link to another pty") << false;
        QTest::addRow("dangling link") << true;
    }
    void simulatorReplacesStaleLinkAndRemovesItsOwn()
    {
        QFETCH(bool, dangling);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tty"));
        int master = -1, slave = -1;
        char name[256] = {};
        QCOMPARE(::openpty(&master, &slave, name, nullptr, nullptr), 0); // someone else's pty
        const QString other
            = dangling ? dir.filePath(QStringLiteral("gone")) : QString::fromLocal8Bit(name);
        QVERIFY(QFile::link(other, path));
        Child sim(QStringLiteral("sim")), host(QStringLiteral("none"));
        sim.start(QStringLiteral(SWITCHBOARD_SIM_BIN),
            {QStringLiteral("--stations"), QStringLiteral("4"), QStringLiteral("--lines"),
                QStringLiteral("1"), QStringLiteral("--link"), path});
        WAIT(sim, QStringLiteral("^controller up"), 0);
        const QRegularExpressionMatch pty = QRegularExpression(QStringLiteral("^pty (\\S+) linked"))
                                                .match(sim.tail(100)
                                                           .split(QLatin1Char('\n'))
                                                           .filter(QStringLiteral("linked at"))
                                                           .value(0));
        QVERIFY2(pty.hasMatch(), qPrintable(sim.tail()));
        QVERIFY(pty.captured(1) != other);
        QCOMPARE(QFileInfo(path).symLinkTarget(), pty.captured(1));
        ::kill(pid_t(sim.process().processId()), SIGTERM);
        QVERIFY(sim.process().waitForFinished(5000));
        QCOMPARE(sim.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.process().exitCode(), 0);
        QVERIFY2(!QFileInfo(path).isSymLink() && !QFileInfo(path).exists(),
            qPrintable(QFileInfo(path).symLinkTarget()));
        ::close(master);
        ::close(slave);
    }

    // issue 9 item 4 (review, also item 18's "1 lines"): switchboard-sim counts in plural
    // forms from the English translation, and stays English whatever the locale, since scripts
    // read its output.
    void simulatorSaysPluralCounts_data()
    {
        QTest::addColumn<int>("stations");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        const QString c = QStringLiteral("C.UTF-8");
        QTest::addRow("1 and 1") << 1 << 1 << c
                                 << QStringLiteral("controller up: 1 station, 1 line, ");
        QTest::addRow("4 and 0") << 4 << 0 << c
                                 << QStringLiteral("controller up: 4 stations, 0 lines, ");
        QTest::addRow("2 and 1, German locale")
            << 2 << 1 << QStringLiteral("de_DE.UTF-8")
            << QStringLiteral("controller up: 2 stations, 1 line, ");
    }
    void simulatorSaysPluralCounts()
    {
        QFETCH(int, stations);
        QFETCH(int, lines);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QProcess p;
        p.setProcessEnvironment(withLanguage(lang));
        p.start(QStringLiteral(SWITCHBOARD_SIM_BIN),
            {QStringLiteral("--stations"), QString::number(stations), QStringLiteral("--lines"),
                QString::number(lines)});
        QVERIFY(p.waitForStarted(5000));
        p.closeWriteChannel(); // end of input: the simulator says its lines and quits
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList out = QString::fromUtf8(p.readAllStandardOutput())
                                    .split(QLatin1Char('\n'))
                                    .filter(QStringLiteral("controller up"));
        QCOMPARE(out.size(), 1);
        QVERIFY2(out.first().startsWith(expected), qPrintable(out.first()));
    }

    // issue 9 item 20 (review): a running simulator's link is not stale. A second simulator on
    // the same --link PATH exits 2 naming the PATH and the first one's pid, and leaves the link
    // alone; once the first is killed (SIGKILL: no clean-up, the link stays behind) a new one
    // takes the path over.
    void simulatorLinkIsLockedWhileItRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tty"));
        const QStringList args = {QStringLiteral("--stations"), QStringLiteral("4"),
            QStringLiteral("--lines"), QStringLiteral("1"), QStringLiteral("--link"), path};
        const auto linkedPty = [](const Child &c) {
            const QRegularExpression re(QStringLiteral("^pty (\\S+) linked at "));
            const QStringList lines = c.tail(100).split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                if (const auto m = re.match(line); m.hasMatch())
                    return m.captured(1);
            }
            return QString();
        };
        Child sim(QStringLiteral("sim")), host(QStringLiteral("none"));
        sim.start(QStringLiteral(SWITCHBOARD_SIM_BIN), args);
        WAIT(sim, QStringLiteral("^controller up"), 0);
        const QString first = linkedPty(sim);
        QVERIFY2(!first.isEmpty(), qPrintable(sim.tail()));
        QCOMPARE(QFileInfo(path).symLinkTarget(), first);

        QProcess second;
        second.start(QStringLiteral(SWITCHBOARD_SIM_BIN), args);
        QVERIFY(second.waitForStarted(5000));
        second.closeWriteChannel(); // should it run, end of input ends it
        QVERIFY(second.waitForFinished(5000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 2);
        const QString err = QString::fromLocal8Bit(second.readAllStandardError());
        QVERIFY2(err.contains(path) && err.contains(QStringLiteral("running simulator"))
                && err.contains(QStringLiteral("(pid %1)").arg(sim.process().processId())),
            qPrintable(err));
        QCOMPARE(QFileInfo(path).symLinkTarget(), first);
        QCOMPARE(sim.process().state(), QProcess::Running);

        sim.process().kill(); // SIGKILL: the link stays behind, the kernel drops the lock
        QVERIFY(sim.process().waitForFinished(5000));
        QCOMPARE(QFileInfo(path).symLinkTarget(), first);

        Child third(QStringLiteral("third"));
        third.start(QStringLiteral(SWITCHBOARD_SIM_BIN), args);
        const int up = third.waitFor(QStringLiteral("^controller up"));
        QVERIFY2(up >= 0, qPrintable(third.tail()));
        const QString taken = linkedPty(third);
        QVERIFY2(!taken.isEmpty(), qPrintable(third.tail()));
        QCOMPARE(QFileInfo(path).symLinkTarget(), taken);
        ::kill(pid_t(third.process().processId()), SIGTERM);
        QVERIFY(third.process().waitForFinished(5000));
        QCOMPARE(third.process().exitCode(), 0);
        QVERIFY(!QFileInfo(path).isSymLink());
    }

    // issue 9 item 20: anything at --link PATH other than a stale link to a pty is refused with
    // a message and left as it was.
    void simulatorRefusesToReplaceOtherFiles_data()
    {
        QTest::addColumn<bool>("asLink");
        QTest::addRow("regular file") << false;
        QTest::addRow("link to a regular file") << true;
    }
    void simulatorRefusesToReplaceOtherFiles()
    {
        QFETCH(bool, asLink);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write("keep me\n"), qint64(8));
        }
        const QString path = asLink ? dir.filePath(QStringLiteral("tty")) : file;
        if (asLink)
            QVERIFY(QFile::link(file, path));
        QProcess p;
        p.start(QStringLiteral(SWITCHBOARD_SIM_BIN), {QStringLiteral("--link"), path});
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(
            err.contains(path) && err.contains(QStringLiteral("not replaced")), qPrintable(err));
        QCOMPARE(QFileInfo(path).isSymLink(), asLink);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me\n"));
    }

    // --headless on the built-in simulator: one line per event; SIGINT and SIGTERM end it cleanly.
    void headlessEndsCleanlyOnSignals_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addRow("SIGINT") << int(SIGINT);
        QTest::addRow("SIGTERM") << int(SIGTERM);
    }
    void headlessEndsCleanlyOnSignals()
    {
        QFETCH(int, signal);
        Child sim(QStringLiteral("none")), host(QStringLiteral("host"));
        host.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--headless"), QStringLiteral("--simulate"), QStringLiteral("16,2")});
        WAIT(host, QStringLiteral("link up"), 0);
        QVERIFY(host.waitFor(QStringLiteral("simulated controller \\(16 stations, 2 lines\\)"), 0)
            >= 0);
        ::kill(pid_t(host.process().processId()), signal);
        QVERIFY(host.process().waitForFinished(5000));
        QCOMPARE(host.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(host.process().exitCode(), 0);
        QVERIFY(host.waitFor(QStringLiteral("stopped$"), 0, 1000) >= 0);
    }

    // Bad arguments: one line naming the problem, exit status 2.
    void badArgumentsExitTwo()
    {
        QProcess p;
        p.start(QStringLiteral(SWITCHBOARD_BIN), {QStringLiteral("--baud"), QStringLiteral("7")});
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        QVERIFY2(err.contains(QStringLiteral("--baud")) && !err.contains(QLatin1Char('\n')),
            qPrintable(err));
    }

    // --config: the programming file is what runs (extension 104 renumbered to 400 here).
    void programmingFileIsUsed()
    {
        const QString file = m_dir.filePath(QStringLiteral("programming.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray json
            = "{\"format\": \"switchboard-programming\", \"version\": 1, \"extensions\": [";
        for (int p = 1; p <= 8; ++p)
            json += QByteArray(p > 1 ? "," : "") + "{\"port\": " + QByteArray::number(p)
                + ", \"number\": \"" + (p == 4 ? QByteArray("400") : QByteArray::number(100 + p))
                + "\", \"type\": \"" + (p == 1 ? "attendant" : "keyset") + "\"}";
        f.write(json + "]}");
        f.close();
        Child sim(QStringLiteral("sim")), host(QStringLiteral("host"));
        m_tty = m_dir.filePath(QStringLiteral("cfg-tty"));
        sim.start(QStringLiteral(SWITCHBOARD_SIM_BIN),
            {QStringLiteral("--stations"), QStringLiteral("8"), QStringLiteral("--lines"),
                QStringLiteral("2"), QStringLiteral("--link"), m_tty});
        WAIT(sim, QStringLiteral("^controller up"), 0);
        host.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--headless"), QStringLiteral("--serial"), m_tty,
                QStringLiteral("--config"), file});
        WAIT(host, QStringLiteral("link up"), 0);
        const int s0 = sim.size();
        sim.say(QStringLiteral("off-hook 3"));
        sim.say(QStringLiteral("dial 3 400"));
        WAIT(sim, QStringLiteral("^host RING 4 intercom"), s0);
    }

    // With no transport on the command line, the connection an installer chose (installer.ini
    // beside the programming file) is the one used; the command line wins over it; a kept
    // connection that is not valid is named and the program runs on the simulator.
    void keptConnectionIsUsedAtStart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("programming.json"));
        const QString ini = dir.filePath(QStringLiteral("installer.ini"));
        m_tty = dir.filePath(QStringLiteral("kept-tty"));
        {
            QSettings s(ini, QSettings::IniFormat);
            s.setValue(QStringLiteral("connection/kind"), QStringLiteral("serial"));
            s.setValue(QStringLiteral("connection/serialPort"), m_tty);
            s.setValue(QStringLiteral("connection/baud"), 115200);
        }
        Child sim(QStringLiteral("sim")), host(QStringLiteral("host"));
        Child commandLine(QStringLiteral("command line")), bad(QStringLiteral("bad kept"));
        sim.start(QStringLiteral(SWITCHBOARD_SIM_BIN),
            {QStringLiteral("--stations"), QStringLiteral("8"), QStringLiteral("--lines"),
                QStringLiteral("2"), QStringLiteral("--link"), m_tty});
        WAIT(sim, QStringLiteral("^controller up"), 0);
        host.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--headless"), QStringLiteral("--config"), file});
        WAIT(host,
            QStringLiteral("the installer's connection: serial port .*kept-tty at 115200 baud"), 0);
        WAIT(host, QStringLiteral("link up"), 0);
        QCOMPARE(host.count(QStringLiteral("simulated controller")), 0);
        host.process().terminate();
        QVERIFY(host.process().waitForFinished(5000));

        commandLine.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--headless"), QStringLiteral("--simulate"), QStringLiteral("6,1"),
                QStringLiteral("--config"), file});
        WAIT(commandLine, QStringLiteral("switchboard .* on simulated controller"), 0);
        QCOMPARE(commandLine.count(QStringLiteral("installer's connection")), 0);

        {
            QSettings s(ini, QSettings::IniFormat);
            s.setValue(QStringLiteral("connection/kind"), QStringLiteral("modem"));
        }
        bad.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--headless"), QStringLiteral("--config"), file});
        WAIT(bad, QStringLiteral("connection/kind: 'modem' is not simulated, serial or usb"), 0);
        WAIT(bad, QStringLiteral("link up"), 0);
        QCOMPARE(bad.process().state(), QProcess::Running);
    }

    // A broken programming file is named with the place; the program keeps running.
    void brokenProgrammingFileIsNamed()
    {
        const QString file = m_dir.filePath(QStringLiteral("broken.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"format\": \"switchboard-programming\", \"version\": 1, \"extensions\": [ { "
                "\"port\": 0 } ] }");
        f.close();
        Child sim(QStringLiteral("none")), host(QStringLiteral("host"));
        host.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--headless"), QStringLiteral("--config"), file});
        WAIT(host, QStringLiteral("broken.json does not load \\(extensions\\[0\\]\\.port"), 0);
        WAIT(host, QStringLiteral("link up"), 0);
        QCOMPARE(host.process().state(), QProcess::Running);
    }

    // A controller that is not there yet: named with the reason, retried, never an exit.
    void missingControllerIsRetriedUntilItComes()
    {
        Child sim(QStringLiteral("sim")), host(QStringLiteral("host"));
        const QString tty = m_dir.filePath(QStringLiteral("late-tty"));
        host.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--headless"), QStringLiteral("--serial"), tty});
        WAIT(host, QStringLiteral("cannot open .*late-tty: "), 0);
        QTest::qWait(1500);
        QCOMPARE(host.process().state(), QProcess::Running);
        QCOMPARE(host.count(QStringLiteral("cannot open")), 1); // said once, retried quietly
        sim.start(QStringLiteral(SWITCHBOARD_SIM_BIN),
            {QStringLiteral("--stations"), QStringLiteral("8"), QStringLiteral("--lines"),
                QStringLiteral("2"), QStringLiteral("--link"), tty});
        WAIT(host, QStringLiteral("link up"), 0);
    }

    // Issue 9 items 5 and 6: --config naming what cannot be a programming file is a bad
    // argument (exit 2, one line naming it), at once: a FIFO or /dev/zero never blocks nor
    // fills memory.
    void configPathProblemsExitTwo_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");
        const QString dir = m_dir.filePath(QStringLiteral("paths"));
        QVERIFY(QDir().mkpath(dir));
        const QString fifo = dir + QStringLiteral("/fifo.json");
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString dangling = dir + QStringLiteral("/dangling.json");
        QVERIFY(QFile::link(dir + QStringLiteral("/nowhere.json"), dangling));
        const QString loop = dir + QStringLiteral("/loop.json");
        QVERIFY(QFile::link(loop, loop));
        QTest::addRow("empty") << QString() << QStringLiteral("--config needs a file name");
        QTest::addRow("no folder") << dir + QStringLiteral("/none/programming.json")
                                   << QStringLiteral("the folder %1/none does not exist").arg(dir);
        QTest::addRow("dangling") << dangling
                                  << QStringLiteral("is a symbolic link to %1/nowhere.json, which "
                                                    "does not exist")
                                         .arg(dir);
        QTest::addRow("loop") << loop << QStringLiteral("is a loop of symbolic links");
        QTest::addRow("fifo") << fifo
                              << QStringLiteral("is a named pipe (FIFO), not a regular file");
        QTest::addRow("/dev/zero") << QStringLiteral(
            "/dev/zero") << QStringLiteral("/dev/zero is a character device, not a regular file");
        QTest::addRow("folder") << dir << QStringLiteral("is a folder, not a regular file");
    }
    void configPathProblemsExitTwo()
    {
        QFETCH(QString, path);
        QFETCH(QString, says);
        QProcess p;
        p.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--headless"), QStringLiteral("--config"), path});
        if (!p.waitForFinished(5000)) {
            p.kill();
            p.waitForFinished(2000);
            QFAIL("still running after 5 s");
        }
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        QVERIFY2(err.startsWith(QStringLiteral("switchboard: --config")) && err.contains(says)
                && !err.contains(QLatin1Char('\n')),
            qPrintable(err));
    }

    // Issue 9 item 5: a --config file that is not there yet (its folder is) starts on the
    // factory defaults and says so; only the default location starts silently.
    void missingConfigFileIsSaid()
    {
        const QString file = m_dir.filePath(QStringLiteral("not-yet.json"));
        Child sim(QStringLiteral("none")), host(QStringLiteral("host"));
        host.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--headless"), QStringLiteral("--config"), file});
        WAIT(host,
            QStringLiteral("not-yet.json does not exist yet: running on the factory defaults"), 0);
        WAIT(host, QStringLiteral("link up"), 0);
    }

    // Issue 9 item 6: a regular file larger than 16 MiB is not read (named, the program runs);
    // issue 9 item 5: unknown keys are named as warnings and the file loads.
    void oversizeFileAndUnknownKeys()
    {
        const QString big = m_dir.filePath(QStringLiteral("big.json"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(17 << 20)); // sparse: costs no disk
        f.close();
        {
            Child sim(QStringLiteral("none")), host(QStringLiteral("host"));
            host.start(QStringLiteral(SWITCHBOARD_BIN),
                {QStringLiteral("--headless"), QStringLiteral("--config"), big});
            WAIT(host, QStringLiteral("big.json does not load \\(larger than 16 MiB\\)"), 0);
            WAIT(host, QStringLiteral("link up"), 0);
        }
        const QString misspelt = m_dir.filePath(QStringLiteral("misspelt.json"));
        QFile m(misspelt);
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write("{\"format\": \"switchboard-programming\", \"version\": 1, \"options\": "
                "{\"ringlimit\": 2}, \"extensions\": [{\"port\": 1, \"number\": \"101\", "
                "\"type\": \"attendant\"}, {\"port\": 2, \"number\": \"102\"}]}");
        m.close();
        Child sim(QStringLiteral("none")), host(QStringLiteral("host"));
        host.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--headless"), QStringLiteral("--config"), misspelt});
        WAIT(host,
            QStringLiteral("misspelt.json: options.ringlimit: unknown key, ignored \\(did you mean "
                           "ringLimit\\?\\)"),
            0);
        WAIT(host, QStringLiteral("link up"), 0);
        QCOMPARE(host.count(QStringLiteral("does not load")), 0);
    }

    // Issue 9 item 5: the file is read before the controller is known; when the controller
    // tells its size, a programming with a port or line beyond it is refused, naming row and
    // field, and the factory defaults run (the file is left as it is).
    void programmingBeyondTheControllerIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("forty.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray text
            = "{\"format\": \"switchboard-programming\", \"version\": 1, \"extensions\": ["
              "{\"port\": 1, \"number\": \"101\", \"type\": \"attendant\", \"lines\": [1, 99]},"
              "{\"port\": 40, \"number\": \"140\"}]}";
        f.write(text);
        f.close();
        Child sim(QStringLiteral("none")), host(QStringLiteral("host"));
        host.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--headless"), QStringLiteral("--simulate"), QStringLiteral("32,8"),
                QStringLiteral("--config"), file});
        WAIT(host,
            QStringLiteral("The programming does not fit this controller \\(32 stations, 8 "
                           "lines\\): extension 101 \\(row 1\\): line 99 is beyond the "
                           "controller's lines \\(it has 8\\); extension 140 \\(row 2\\): port 40 "
                           "is beyond the controller's stations \\(it has 32\\); running on the "
                           "factory defaults"),
            0);
        WAIT(host, QStringLiteral("link up"), 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), text); // untouched
    }

    // Issue 9 item 6: SIGINT and SIGTERM end start-up, here a display that never answers
    // (an X server that accepts the connection and says nothing): exit 128 + the signal,
    // with a message, at once.
    void signalsEndStartUp_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addRow("SIGINT") << int(SIGINT);
        QTest::addRow("SIGTERM") << int(SIGTERM);
    }
    void signalsEndStartUp()
    {
        QFETCH(int, signal);
        // A listening TCP socket on 6000 + N is X display N; the kernel completes the
        // connection without accept(), and then nothing ever answers.
        const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(server >= 0);
        int display = -1;
        for (int n = 90; n < 200 && display < 0; ++n) {
            sockaddr_in a = {};
            a.sin_family = AF_INET;
            a.sin_port = htons(quint16(6000 + n));
            a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            if (::bind(server, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0)
                display = n;
        }
        QVERIFY(display >= 0);
        QVERIFY(::listen(server, 4) == 0);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("DISPLAY"), QStringLiteral("127.0.0.1:%1").arg(display));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--config"), m_dir.filePath(QStringLiteral("startup.json"))});
        QVERIFY(p.waitForStarted(5000));
        // Wait until it is inside the display's connection.
        QElapsedTimer t;
        t.start();
        int client = -1;
        while (client < 0 && t.elapsed() < 10000 && p.state() == QProcess::Running) {
            client = ::accept4(server, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (client < 0)
                QTest::qWait(10);
        }
        QVERIFY2(client >= 0, qPrintable(QString::fromLocal8Bit(p.readAllStandardError())));
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(pid_t(p.processId()), signal);
        const bool ended = p.waitForFinished(5000);
        ::close(client);
        ::close(server);
        if (!ended) {
            p.kill();
            p.waitForFinished(2000);
            QFAIL("start-up went on after the signal");
        }
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 128 + signal);
        QVERIFY(p.readAllStandardError().contains("interrupted during start-up"));
    }

    // Pull the cable 50 times during traffic: no crash, no leaked descriptors, back every time.
    void cablePulledFiftyTimes()
    {
        Child sim(QStringLiteral("sim")), host(QStringLiteral("host"));
        startBoth(sim, host, 50);
        const qint64 pid = host.process().processId();
        const int fdsBefore = openFileDescriptors(pid);
        QVERIFY(fdsBefore > 0);
        for (int i = 0; i < 50; ++i) {
            const int h0 = host.size();
            const int s0 = sim.size();
            // Some traffic: a call set up, and the cable goes in the middle of it.
            sim.say(QStringLiteral("off-hook %1").arg(2 + i % 6));
            sim.say(QStringLiteral("dial %1 10%2").arg(2 + i % 6).arg(2 + (i + 1) % 6));
            WAIT(sim, QStringLiteral("^host "), s0);
            sim.say(QStringLiteral("unplug"));
            WAIT(host, QStringLiteral("lost"), h0);
            sim.say(QStringLiteral("plug"));
            WAIT(host, QStringLiteral("link up"), h0);
            sim.say(QStringLiteral("on-hook %1").arg(2 + i % 6));
            QCOMPARE(host.process().state(), QProcess::Running);
        }
        QCOMPARE(host.count(QStringLiteral("was reset")), 1); // only the first session
        QCOMPARE(openFileDescriptors(pid), fdsBefore);
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
