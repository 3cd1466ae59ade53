// switchboard-sim: the simulated controller as a program of its own, on a pseudo-terminal, so
// that Switchboard can be run and tested over a real serial port and installers can train
// without hardware. It prints the pty's path, takes one phone action per line on standard
// input, and prints every command the host sends.

#include "app/quitsignals.h"
#include "hal/simulatorrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTranslator>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <pty.h>
#include <sys/file.h>
#include <termios.h>
#include <unistd.h>

namespace {

/// The simulator's output is read by scripts and tests, so it stays English whatever the
/// locale; only the counts go through the English translation, which holds the plural forms
/// ("1 line", "4 lines", issue 9 item 4). The context is the one the console uses for the same
/// words, so that they share one entry in the .ts files.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
};

/// Why `path` may not be made the link, or empty when it may: it is absent, or a symbolic link
/// left by a simulator that was killed (to a /dev/pts node, which may now be someone else's
/// terminal, or dangling). A file, a directory or a link elsewhere is never replaced. Only
/// asked once we hold the path's lock (lockLink), so no running simulator's link is stale.
QString linkRefusal(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink()) {
        const QString target = info.symLinkTarget();
        if (target.startsWith(QLatin1String("/dev/pts/")) || !info.exists())
            return QString();
        return QStringLiteral("%1 is a symbolic link to %2, not to a pty; it is not replaced "
                              "(remove it, or choose another --link PATH)")
            .arg(path, target);
    }
    if (info.exists())
        return QStringLiteral("%1 exists and is not a symbolic link; it is not replaced (remove "
                              "it, or choose another --link PATH)")
            .arg(path);
    return QString();
}

/// The advisory lock that marks `path` as a running simulator's: flock() on PATH.lock, held
/// while the returned descriptor is open (the kernel drops it when the process ends, even by
/// SIGKILL), with our pid written in the file for a second simulator's message. -1 and `why`
/// when another simulator holds it or the file cannot be opened. The file stays after exit:
/// removing it would let two simulators lock two different files of the same name.
int lockLink(const QString &path, QString *why)
{
    const QString lockPath = path + QStringLiteral(".lock");
    const int fd = ::open(
        QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) {
        *why = QStringLiteral("%1: cannot open %2: %3")
                   .arg(path, lockPath, QString::fromLocal8Bit(strerror(errno)));
        return -1;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        char buf[32] = {};
        const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
        ::close(fd);
        const qint64 holder = n > 0 ? QByteArray(buf, int(n)).trimmed().toLongLong() : 0;
        if (error != EWOULDBLOCK) {
            *why = QStringLiteral("%1: cannot lock %2: %3")
                       .arg(path, lockPath, QString::fromLocal8Bit(strerror(error)));
        } else {
            *why = QStringLiteral("%1 is in use by a running simulator%2; it is not replaced "
                                  "(stop that one, or choose another --link PATH)")
                       .arg(path, holder > 0 ? QStringLiteral(" (pid %1)").arg(holder) : QString());
        }
        return -1;
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    // Should the pid not be written, the lock still holds; only a second simulator's message
    // lacks the pid.
    if (::ftruncate(fd, 0) == 0) {
        [[maybe_unused]] const ssize_t n = ::pwrite(fd, pid.constData(), size_t(pid.size()), 0);
    }
    return fd;
}

void say(const QString &text)
{
    const QByteArray line = text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

/// The controller's end of the "cable": a pty master. Unplugging closes it; plugging opens a
/// new one and points the stable link path at it.
class Cable : public QObject
{
public:
    Cable(sb::hal::SimulatorRunner *sim, QString linkPath)
        : m_sim(sim)
        , m_linkPath(std::move(linkPath))
    {
        connect(sim, &sb::hal::SimulatorRunner::transmit, this, [this](const QByteArray &bytes) {
            if (m_master < 0)
                return; // the cable is out: the bytes are lost, as on a real line
            const char *p = bytes.constData();
            qsizetype left = bytes.size();
            while (left > 0) {
                const ssize_t n = ::write(m_master, p, size_t(left));
                if (n < 0) {
                    if (errno == EINTR)
                        continue;
                    return; // nobody is reading, or the buffer is full: lost like a line's bytes
                }
                p += n;
                left -= n;
            }
        });
    }

    ~Cable() override { unplug(); }

    bool plug()
    {
        if (m_master >= 0)
            return true;
        int master = -1, slave = -1;
        char name[256] = {};
        if (::openpty(&master, &slave, name, nullptr, nullptr) != 0) {
            say(QStringLiteral("error: openpty failed: %1")
                    .arg(QString::fromLocal8Bit(strerror(errno))));
            return false;
        }
        termios t;
        tcgetattr(slave, &t);
        cfmakeraw(&t);
        tcsetattr(slave, TCSANOW, &t);
        tcgetattr(master, &t);
        cfmakeraw(&t);
        tcsetattr(master, TCSANOW, &t);
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        // Keep our own slave descriptor only until the host has opened it, so that the master
        // does not report a hang-up before anyone is there.
        m_master = master;
        m_slave = slave;
        m_name = QString::fromLocal8Bit(name);
        if (!m_linkPath.isEmpty())
            link();
        m_notifier = new QSocketNotifier(master, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] { readMaster(); });
        say(QStringLiteral("pty %1%2")
                .arg(m_name,
                    m_linkPath.isEmpty() ? QString() : QStringLiteral(" linked at ") + m_linkPath));
        return true;
    }

    void unplug()
    {
        if (m_master < 0)
            return;
        delete m_notifier;
        m_notifier = nullptr;
        ::close(m_master);
        m_master = -1;
        if (m_slave >= 0) {
            ::close(m_slave);
            m_slave = -1;
        }
        // Only our own link: whatever else stands there now is left alone.
        if (!m_linkPath.isEmpty() && QFileInfo(m_linkPath).symLinkTarget() == m_name)
            QFile::remove(m_linkPath);
    }

    bool plugged() const { return m_master >= 0; }

private:
    /// Points the link path at the pty, replacing a stale link in one step (a new link renamed
    /// over it), so that a host never finds the path missing or pointing at a recycled pty.
    void link()
    {
        const QString refusal = linkRefusal(m_linkPath);
        if (!refusal.isEmpty()) {
            say(QStringLiteral("error: ") + refusal);
            return;
        }
        const QByteArray path = QFile::encodeName(m_linkPath);
        const QByteArray fresh = path + ".new-" + QByteArray::number(qint64(::getpid()));
        ::unlink(fresh.constData());
        if (::symlink(QFile::encodeName(m_name).constData(), fresh.constData()) != 0
            || ::rename(fresh.constData(), path.constData()) != 0) {
            say(QStringLiteral("error: cannot link %1: %2")
                    .arg(m_linkPath, QString::fromLocal8Bit(strerror(errno))));
            ::unlink(fresh.constData());
        }
    }

    void readMaster()
    {
        char buf[4096];
        for (;;) {
            const ssize_t n = ::read(m_master, buf, sizeof buf);
            if (n > 0) {
                m_sim->feed(QByteArray(buf, int(n)));
                if (m_slave >= 0) { // the host is there now: let its closing be seen
                    ::close(m_slave);
                    m_slave = -1;
                }
                continue;
            }
            if (n < 0 && errno == EAGAIN)
                return;
            // EIO: the host closed its end; wait for it to open again without spinning.
            if (m_slave < 0)
                m_slave = ::open(QFile::encodeName(m_name).constData(), O_RDWR | O_NOCTTY);
            return;
        }
    }

    sb::hal::SimulatorRunner *m_sim;
    QString m_linkPath;
    QString m_name;
    int m_master = -1;
    int m_slave = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    std::signal(SIGPIPE, SIG_IGN);
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/switchboard_en.qm")))
        QCoreApplication::installTranslator(&english);

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A simulated telephone controller on a pseudo-terminal. Phone actions, one per line:\n"
        "  off-hook S | on-hook S | dial S DIGITS\n"
        "  key S CALLBACK|CLEAR|DND|FLASH|HOLD|TRANSFER|LINEn\n"
        "  ring line L | stop line L | drop line L\n"
        "  unplug | plug | power off | power on | status S | status line L | quit\n"
        "--link PATH: a simulator holds a lock on PATH.lock while it runs; a second one on the\n"
        "same PATH exits with status 2, naming the first one's pid. A link left at PATH by a\n"
        "simulator that was killed (to a /dev/pts node, or dangling; no lock held) is replaced\n"
        "at start; anything else there is refused. The link is removed at exit: quit, end of\n"
        "input, SIGINT, SIGTERM or SIGHUP (not SIGKILL). PATH.lock stays; it is harmless."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption stations(QStringLiteral("stations"),
        QStringLiteral("Station ports (default 32)."), QStringLiteral("N"), QStringLiteral("32"));
    const QCommandLineOption lines(QStringLiteral("lines"),
        QStringLiteral("Outside lines (default 8)."), QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption speed(QStringLiteral("speed"),
        QStringLiteral("Ring cadences run this many times faster (default 1)."),
        QStringLiteral("FACTOR"), QStringLiteral("1"));
    const QCommandLineOption link(QStringLiteral("link"),
        QStringLiteral("Also make PATH a symlink to the pty (stable across unplug/plug)."),
        QStringLiteral("PATH"));
    p.addOptions({stations, lines, speed, link});
    p.process(app);

    sb::hal::SimulatedController::Options o;
    bool ok1 = false, ok2 = false, ok3 = false;
    o.stations = p.value(stations).toInt(&ok1);
    o.lines = p.value(lines).toInt(&ok2);
    o.speed = p.value(speed).toDouble(&ok3);
    if (!ok1 || !ok2 || !ok3 || o.stations < 1 || o.stations > 9999 || o.lines < 0 || o.lines > 16
        || o.speed <= 0) {
        std::fprintf(stderr,
            "switchboard-sim: --stations 1-9999, --lines 0-16 and --speed > 0 are needed\n");
        return 2;
    }

    // A live simulator's link is its own: the lock tells it from a killed one's (issue 9
    // item 20). Held, by this descriptor kept open, until the process ends.
    int linkLock = -1;
    if (p.isSet(link)) {
        if (p.value(link).isEmpty()) {
            std::fprintf(stderr, "switchboard-sim: --link needs a PATH\n");
            return 2;
        }
        QString why;
        linkLock = lockLink(p.value(link), &why);
        if (linkLock < 0) {
            std::fprintf(stderr, "switchboard-sim: --link %s\n", qPrintable(why));
            return 2;
        }
    }
    if (const QString refusal = linkRefusal(p.value(link)); !refusal.isEmpty()) {
        std::fprintf(stderr, "switchboard-sim: --link %s\n", qPrintable(refusal));
        return 2;
    }
    // SIGINT, SIGTERM and SIGHUP end the event loop, so that the link is removed on the way out.
    sb::app::QuitSignals::install({SIGINT, SIGTERM, SIGHUP}, "switchboard-sim");
    sb::app::QuitSignals::listen(&app);
    sb::app::QuitSignals::eventLoopStarts();

    sb::hal::SimulatorRunner sim(o);
    Cable cable(&sim, p.value(link));
    QObject::connect(&sim, &sb::hal::SimulatorRunner::commandReceived, &app,
        [](const QString &text) { say(QStringLiteral("host ") + text); });
    if (!cable.plug())
        return 1;
    sim.powerUp();
    say(QStringLiteral("controller up: %1, %2, boot_id %3")
            .arg(Text::tr("%n station(s)", nullptr, o.stations),
                Text::tr("%n line(s)", nullptr, o.lines))
            .arg(sim.controller().bootId(), 8, 16, QLatin1Char('0')));

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buf[1024];
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit(); // standard input closed
            return;
        }
        pending.append(buf, int(n));
        int nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl)).trimmed();
            pending.remove(0, nl + 1);
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList w = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (line == QLatin1String("quit")) {
                QCoreApplication::quit();
            } else if (line == QLatin1String("unplug")) {
                cable.unplug();
                say(QStringLiteral("ok unplugged"));
            } else if (line == QLatin1String("plug")) {
                if (cable.plug())
                    say(QStringLiteral("ok plugged"));
            } else if (w.value(0) == QLatin1String("status") && w.size() == 3
                && w[1] == QLatin1String("line")) {
                // A line's state; "music-on-hold" when it is seized and in no talk path.
                const int l = w[2].toInt();
                const auto &c = sim.controller();
                if (l < 1 || l > c.options().lines) {
                    say(QStringLiteral("error: no line %1").arg(w[2]));
                    continue;
                }
                const auto &ln = c.line(l);
                say(QStringLiteral("status line %1 %2%3%4")
                        .arg(l)
                        .arg(ln.seized         ? "seized"
                                : ln.ringingIn ? "ringing-in"
                                               : "free")
                        .arg(ln.path ? QStringLiteral(" path=%1").arg(ln.path) : QString())
                        .arg(c.lineOnHoldMusic(l) ? " music-on-hold" : ""));
            } else if (w.value(0) == QLatin1String("status") && w.size() == 2) {
                const int s = w[1].toInt();
                const auto &c = sim.controller();
                if (s < 1 || s > c.options().stations) {
                    say(QStringLiteral("error: no station %1").arg(w[1]));
                    continue;
                }
                const auto &st = c.station(s);
                // The lamps the host lit, by key: "lamps=CALLBACK:2,LINE1:1" (2 slow, 3 fast).
                QStringList lamps;
                for (quint8 k = 1; k < sizeof(st.lamps); ++k) {
                    if (st.lamps[k] && !sb::hal::protocol::key::name(k).isEmpty())
                        lamps << QStringLiteral("%1:%2")
                                     .arg(sb::hal::protocol::key::name(k))
                                     .arg(st.lamps[k]);
                }
                say(QStringLiteral("status %1 %2 ring=%3 hears=%4 path=%5 display=\"%6\" / \"%7\"")
                        .arg(s)
                        .arg(st.offHook ? "off-hook" : "on-hook")
                        .arg(sb::core::toString(sb::core::Cadence(st.cadence)))
                        .arg(sb::core::toString(c.hearing(s, sim.now())))
                        .arg(c.talkingWith(s).isEmpty() ? QStringLiteral("none") : c.talkingWith(s))
                        .arg(QString::fromLatin1(st.display[0]), QString::fromLatin1(st.display[1]))
                    + QStringLiteral(" lamps=")
                    + (lamps.isEmpty() ? QStringLiteral("none") : lamps.join(QLatin1Char(','))));
            } else {
                const QString error = sim.act(line);
                say(error.isEmpty() ? QStringLiteral("ok ") + line
                                    : QStringLiteral("error: ") + error);
            }
        }
    });
    return app.exec();
}
