#include "options.h"
#include "usbargument.h"

#include "bus/busurl.h"
#include "bus/topics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace sb::app {

namespace {

/// The command line's messages, translated in the context "Options".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Options)
};

/// What a file's mode says it is, for a message.
QString fileKind(mode_t mode)
{
    if (S_ISDIR(mode))
        return Text::tr("a folder");
    if (S_ISFIFO(mode))
        return Text::tr("a named pipe (FIFO)");
    if (S_ISCHR(mode))
        return Text::tr("a character device");
    if (S_ISBLK(mode))
        return Text::tr("a block device");
    if (S_ISSOCK(mode))
        return Text::tr("a socket");
    return Text::tr("not a regular file");
}

} // namespace

QString configFileProblem(const QString &path)
{
    if (path.isEmpty())
        return Text::tr("--config needs a file name");
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(name.constData(), &st) == 0) {
        // Reading a FIFO or a device would block or never end: only a regular file is read.
        if (!S_ISREG(st.st_mode))
            return Text::tr("--config: %1 is %2, not a regular file")
                .arg(path, fileKind(st.st_mode));
        return QString();
    }
    const int error = errno;
    struct stat link = {};
    if (error == ELOOP)
        return Text::tr("--config: %1 is a loop of symbolic links").arg(path);
    if (error == ENOENT && ::lstat(name.constData(), &link) == 0 && S_ISLNK(link.st_mode))
        return Text::tr("--config: %1 is a symbolic link to %2, which does not exist")
            .arg(path, QFile::symLinkTarget(path));
    if (error == ENOENT) {
        const QString folder = QFileInfo(path).absolutePath();
        if (!QFileInfo(folder).isDir())
            return Text::tr("--config: the folder %1 does not exist").arg(folder);
        return QString(); // a new file in an existing folder: the factory defaults, said at start
    }
    return Text::tr("--config: %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error)));
}

ParseResult parseArguments(const QStringList &arguments, Options *o)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("Runs a key telephone system from this PC. With no transport "
                 "option it runs on the built-in simulated controller."));
    const QCommandLineOption help(
        QStringList {QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Shows this help."));
    const QCommandLineOption version(QStringLiteral("version"), Text::tr("Shows the version."));
    const QCommandLineOption simulate(QStringLiteral("simulate"),
        Text::tr("Size of the simulated controller (default 32,8)."), Text::tr("STATIONS[,LINES]"));
    const QCommandLineOption serial(QStringLiteral("serial"),
        Text::tr("Controller on a serial port (/dev/ttyUSB0, /dev/ttyACM0 …)."),
        Text::tr("DEVICE"));
    const QCommandLineOption baud(QStringLiteral("baud"),
        Text::tr("Serial rate, 9600 to 921600 (default 115200)."), Text::tr("RATE"));
    const QCommandLineOption usb(QStringLiteral("usb"),
        Text::tr("Controller on USB; VID:PID in hex (default 1209:4b54)."), Text::tr("VID:PID"));
    const QCommandLineOption config(QStringLiteral("config"),
        Text::tr("The programming file (default: in the user's configuration directory)."),
        Text::tr("FILE"));
    const QCommandLineOption headless(QStringLiteral("headless"),
        Text::tr("No window: call processing only, one line per event."));
    const QCommandLineOption lang(QStringLiteral("lang"),
        Text::tr("Interface language (default: the system's)."), Text::tr("CODE"));
    const QCommandLineOption speed(QStringLiteral("sim-speed"),
        Text::tr("Run the simulated controller's ring cadences this many times faster."),
        Text::tr("FACTOR"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        Text::tr("Save a picture of the main window to FILE and exit."), Text::tr("FILE"));
    const QCommandLineOption view(QStringLiteral("view"),
        Text::tr("The view to start in: extensions or supervisor."), Text::tr("VIEW"));
    const QCommandLineOption bus(QStringLiteral("bus"),
        Text::tr("A console of a remote call service: mqtt://HOST[:PORT] or mqtts://HOST[:PORT]."),
        Text::tr("URL"));
    const QCommandLineOption user(QStringLiteral("user"),
        Text::tr("The console's user name on the broker."), Text::tr("NAME"));
    const QCommandLineOption ca(
        QStringLiteral("ca"), Text::tr("The CA certificate for mqtts://."), Text::tr("FILE"));
    const QCommandLineOption system(QStringLiteral("system"),
        Text::tr("The installation's name on the bus (default office)."), Text::tr("NAME"));
    const QCommandLineOption roles(QStringLiteral("roles"),
        Text::tr("The roles the broker gives this user: reception, supervisor, installer, "
                 "separated by commas (default reception)."),
        Text::tr("LIST"));
    p.addOptions({help, version, simulate, serial, baud, config, headless, lang, speed, screenshot,
        view, bus, user, ca, system, roles});

    // --usb takes an optional value: "--usb" alone, "--usb 1209:4b54" or "--usb=1209:4b54".
    QStringList args = arguments;
    const UsbArgument usbArgument = UsbArgument::take(&args);
    const bool usbWanted = usbArgument.wanted;
    const QString usbValue = usbArgument.value;
    p.addOption(usb); // listed in the help

    ParseResult r;
    auto error = [&](const QString &m) {
        r.action = ParseResult::Action::Error;
        r.message = m;
        return r;
    };
    if (!p.parse(args))
        return error(p.errorText());
    if (p.isSet(help)) {
        r.action = ParseResult::Action::Help;
        r.message = p.helpText();
        return r;
    }
    if (p.isSet(version)) {
        r.action = ParseResult::Action::Version;
        return r;
    }
    if (!p.positionalArguments().isEmpty())
        return error(
            Text::tr("unexpected argument '%1'").arg(p.positionalArguments().constFirst()));

    const int transports = int(p.isSet(simulate)) + int(p.isSet(serial)) + int(usbWanted);
    if (transports > 1)
        return error(Text::tr("--simulate, --serial and --usb exclude each other: choose one"));
    o->transportChosen = transports > 0;
    if (p.isSet(simulate)) {
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("^(\\d{1,5})(?:,(\\d{1,5}))?$"))
                  .match(p.value(simulate));
        if (!m.hasMatch())
            return error(Text::tr("--simulate takes STATIONS[,LINES], e.g. 32,8; got '%1'")
                             .arg(p.value(simulate)));
        o->stations = m.captured(1).toInt();
        if (!m.captured(2).isEmpty())
            o->lines = m.captured(2).toInt();
        if (o->stations < 2 || o->stations > 9999)
            return error(
                Text::tr("--simulate: stations must be 2 to 9999; got %1").arg(o->stations));
        if (o->lines < 0 || o->lines > 16)
            return error(Text::tr("--simulate: lines must be 0 to 16; got %1").arg(o->lines));
    }
    if (p.isSet(serial)) {
        o->transport = Options::Transport::Serial;
        o->serialDevice = p.value(serial);
        if (o->serialDevice.isEmpty())
            return error(Text::tr("--serial needs a device, e.g. /dev/ttyUSB0"));
    }
    if (p.isSet(baud)) {
        bool ok = false;
        const int rate = p.value(baud).toInt(&ok);
        if (!ok || rate < 9600 || rate > 921600)
            return error(
                Text::tr("--baud must be a rate from 9600 to 921600; got '%1'").arg(p.value(baud)));
        if (!p.isSet(serial))
            return error(Text::tr("--baud only applies with --serial"));
        o->baud = rate;
    }
    if (usbWanted) {
        o->transport = Options::Transport::Usb;
        if (!usbValue.isEmpty()) {
            const QRegularExpressionMatch m
                = QRegularExpression(QStringLiteral("^([0-9a-fA-F]{1,4}):([0-9a-fA-F]{1,4})$"))
                      .match(usbValue);
            if (!m.hasMatch())
                return error(
                    Text::tr("--usb takes VID:PID in hex, e.g. 1209:4b54; got '%1'").arg(usbValue));
            o->vendorId = quint16(m.captured(1).toUInt(nullptr, 16));
            o->productId = quint16(m.captured(2).toUInt(nullptr, 16));
        }
    }
    if (p.isSet(speed)) {
        bool ok = false;
        o->simulatorSpeed = p.value(speed).toDouble(&ok);
        if (!ok || o->simulatorSpeed < 0.1 || o->simulatorSpeed > 1000)
            return error(Text::tr("--sim-speed must be a factor from 0.1 to 1000; got '%1'")
                             .arg(p.value(speed)));
    }
    o->configFile = p.value(config);
    if (p.isSet(config)) {
        const QString problem = configFileProblem(o->configFile);
        if (!problem.isEmpty())
            return error(problem);
    }
    o->headless = p.isSet(headless);
    o->language = p.value(lang);
    o->screenshot = p.value(screenshot);
    o->view = p.value(view);
    if (p.isSet(view) && o->view != QLatin1String("extensions")
        && o->view != QLatin1String("supervisor"))
        return error(Text::tr("--view takes extensions or supervisor; got '%1'").arg(o->view));
    if (!o->screenshot.isEmpty() && o->headless)
        return error(Text::tr("--screenshot needs the window: leave out --headless"));
    // The console of a remote service: the broker, who, and what it may do.
    o->busUrl = p.value(bus);
    o->user = p.value(user);
    o->caFile = p.value(ca);
    if (p.isSet(system))
        o->system = p.value(system);
    if (p.isSet(roles))
        o->roles = p.value(roles);
    if (p.isSet(bus)) {
        QString why;
        if (!bus::BusUrl::parse(o->busUrl, &why))
            return error(Text::tr("--bus: '%1' is not a broker address: %2").arg(o->busUrl, why));
        if (o->user.isEmpty())
            return error(Text::tr("--bus needs --user NAME (the console's user on the broker)"));
        if (transports > 0 || p.isSet(config) || p.isSet(speed))
            return error(Text::tr("--bus: the controller and the programming are the call "
                                  "service's; leave out --simulate, --serial, --usb, --config and "
                                  "--sim-speed"));
        if (o->headless)
            return error(Text::tr("--bus needs the window: leave out --headless"));
        if (!bus::Topics::isValidSystem(o->system))
            return error(
                Text::tr("--system takes 1 to 32 of a-z, 0-9 and -; got '%1'").arg(o->system));
    } else {
        for (const QCommandLineOption *only : {&user, &ca, &system, &roles}) {
            if (p.isSet(*only))
                return error(Text::tr("--%1 needs --bus URL").arg(only->names().constFirst()));
        }
    }
    if (p.isSet(lang)
        && !QRegularExpression(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"))
                .match(o->language)
                .hasMatch())
        return error(
            Text::tr("--lang takes a language code such as de or es; got '%1'").arg(o->language));
    return r;
}

QString languageArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return QString();
}

core::Connection Options::connection() const
{
    core::Connection c;
    switch (transport) {
    case Transport::Simulated:
        c.kind = core::Connection::Kind::Simulated;
        break;
    case Transport::Serial:
        c.kind = core::Connection::Kind::Serial;
        break;
    case Transport::Usb:
        c.kind = core::Connection::Kind::Usb;
        break;
    }
    c.serialPort = serialDevice;
    c.serialNumber = serialNumber;
    c.baud = baud;
    c.vendorId = vendorId;
    c.productId = productId;
    c.stations = stations;
    c.lines = lines;
    return c;
}

void Options::setConnection(const core::Connection &c)
{
    switch (c.kind) {
    case core::Connection::Kind::Simulated:
        transport = Transport::Simulated;
        break;
    case core::Connection::Kind::Serial:
        transport = Transport::Serial;
        break;
    case core::Connection::Kind::Usb:
        transport = Transport::Usb;
        break;
    }
    serialDevice = c.serialPort;
    serialNumber = c.serialNumber;
    baud = c.baud;
    vendorId = c.vendorId;
    productId = c.productId;
    stations = c.stations;
    lines = c.lines;
}

std::optional<int> ParseResult::exitStatus(const char *program, const char *version) const
{
    switch (action) {
    case Action::Error:
        std::fprintf(stderr, "%s: %s\n", program, qPrintable(message));
        return 2;
    case Action::Help:
        std::fputs(qPrintable(message), stdout);
        return 0;
    case Action::Version:
        std::printf("%s %s\n", program, version);
        return 0;
    case Action::Run:
        break;
    }
    return std::nullopt;
}

} // namespace sb::app
