#include "daemonoptions.h"
#include "usbargument.h"

#include "options.h"

#include "bus/busurl.h"
#include "bus/topics.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace sb::app {

QString readPasswordFile(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(name.constData(), &st) != 0) {
        *error = QStringLiteral("--password-file: %1: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return QString();
    }
    if (!S_ISREG(st.st_mode)) {
        *error = QStringLiteral("--password-file: %1 is not a regular file").arg(path);
        return QString();
    }
    // A password every user of the machine can read is no secret: refused, not used.
    if (st.st_mode & S_IROTH) {
        *error = QStringLiteral("--password-file: %1 is readable by every user; make it "
                                "readable only by the service (chmod o-r %1)")
                     .arg(path);
        return QString();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--password-file: %1: %2").arg(path, file.errorString());
        return QString();
    }
    QByteArray bytes = file.read(4096);
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty()) {
        *error = QStringLiteral("--password-file: %1 is empty").arg(path);
        return QString();
    }
    return QString::fromUtf8(bytes);
}

DaemonParseResult parseDaemonArguments(const QStringList &arguments, DaemonOptions *o)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Switchboard's call service: the controller link, the call processor, the programming "
        "and the audit log; consoles reach it over an MQTT broker (SB-BUS/1). Without --bus it "
        "runs without a broker. One line per event on standard output; SIGTERM ends it."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
        QStringLiteral("Shows this help."));
    const QCommandLineOption version(
        QStringLiteral("version"), QStringLiteral("Shows the version."));
    const QCommandLineOption simulate(QStringLiteral("simulate"),
        QStringLiteral("Size of the simulated controller (default 32,8)."),
        QStringLiteral("STATIONS[,LINES]"));
    const QCommandLineOption serial(QStringLiteral("serial"),
        QStringLiteral("Controller on a serial port (/dev/ttyUSB0, /dev/ttyACM0 …)."),
        QStringLiteral("DEVICE"));
    const QCommandLineOption baud(QStringLiteral("baud"),
        QStringLiteral("Serial rate, 9600 to 921600 (default 115200)."), QStringLiteral("RATE"));
    const QCommandLineOption usb(QStringLiteral("usb"),
        QStringLiteral("Controller on USB; VID:PID in hex (default 1209:4b54)."),
        QStringLiteral("VID:PID"));
    const QCommandLineOption config(QStringLiteral("config"),
        QStringLiteral("The programming file (default: in the user's configuration directory; "
                       "the system service passes /var/lib/switchboard/programming.json)."),
        QStringLiteral("FILE"));
    const QCommandLineOption bus(QStringLiteral("bus"),
        QStringLiteral("The MQTT broker: mqtt://HOST[:PORT] or mqtts://HOST[:PORT]. Without it, "
                       "no broker."),
        QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"),
        QStringLiteral("The service's user name on the broker."), QStringLiteral("NAME"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        QStringLiteral("The file holding its password (a final newline is ignored; not readable "
                       "by every user)."),
        QStringLiteral("FILE"));
    const QCommandLineOption ca(QStringLiteral("ca"),
        QStringLiteral("The CA certificate for mqtts:// (default: the system's)."),
        QStringLiteral("FILE"));
    const QCommandLineOption system(QStringLiteral("system"),
        QStringLiteral("The installation's name on the bus (default office)."),
        QStringLiteral("NAME"));
    QCommandLineOption speed(QStringLiteral("sim-speed"),
        QStringLiteral("Run the simulated controller's cadences this many times faster."),
        QStringLiteral("FACTOR"));
    speed.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOptions({help, version, simulate, serial, baud, config, bus, user, passwordFile, ca,
        system, speed});

    // --usb takes an optional value: "--usb" alone, "--usb 1209:4b54" or "--usb=1209:4b54".
    QStringList args = arguments;
    const UsbArgument usbArgument = UsbArgument::take(&args);
    const bool usbWanted = usbArgument.wanted;
    const QString usbValue = usbArgument.value;
    p.addOption(usb); // listed in the help

    DaemonParseResult r;
    auto error = [&](const QString &m) {
        r.action = DaemonParseResult::Action::Error;
        r.message = m;
        return r;
    };
    if (!p.parse(args))
        return error(p.errorText());
    if (p.isSet(help)) {
        r.action = DaemonParseResult::Action::Help;
        r.message = p.helpText();
        return r;
    }
    if (p.isSet(version)) {
        r.action = DaemonParseResult::Action::Version;
        return r;
    }
    if (!p.positionalArguments().isEmpty())
        return error(
            QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().constFirst()));

    core::Connection &c = o->connection;
    const int transports = int(p.isSet(simulate)) + int(p.isSet(serial)) + int(usbWanted);
    if (transports > 1)
        return error(
            QStringLiteral("--simulate, --serial and --usb exclude each other: choose one"));
    o->transportChosen = transports > 0;
    if (p.isSet(simulate)) {
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("^(\\d{1,5})(?:,(\\d{1,5}))?$"))
                  .match(p.value(simulate));
        if (!m.hasMatch())
            return error(QStringLiteral("--simulate takes STATIONS[,LINES], e.g. 32,8; got '%1'")
                             .arg(p.value(simulate)));
        c.stations = m.captured(1).toInt();
        if (!m.captured(2).isEmpty())
            c.lines = m.captured(2).toInt();
        if (c.stations < 2 || c.stations > 9999)
            return error(
                QStringLiteral("--simulate: stations must be 2 to 9999; got %1").arg(c.stations));
        if (c.lines < 0 || c.lines > 16)
            return error(QStringLiteral("--simulate: lines must be 0 to 16; got %1").arg(c.lines));
    }
    if (p.isSet(serial)) {
        c.kind = core::Connection::Kind::Serial;
        c.serialPort = p.value(serial);
        if (c.serialPort.isEmpty())
            return error(QStringLiteral("--serial needs a device, e.g. /dev/ttyUSB0"));
    }
    if (p.isSet(baud)) {
        bool ok = false;
        const int rate = p.value(baud).toInt(&ok);
        if (!ok || rate < 9600 || rate > 921600)
            return error(QStringLiteral("--baud must be a rate from 9600 to 921600; got '%1'")
                             .arg(p.value(baud)));
        if (!p.isSet(serial))
            return error(QStringLiteral("--baud only applies with --serial"));
        c.baud = rate;
    }
    if (usbWanted) {
        c.kind = core::Connection::Kind::Usb;
        if (!usbValue.isEmpty()) {
            const QRegularExpressionMatch m
                = QRegularExpression(QStringLiteral("^([0-9a-fA-F]{1,4}):([0-9a-fA-F]{1,4})$"))
                      .match(usbValue);
            if (!m.hasMatch())
                return error(QStringLiteral("--usb takes VID:PID in hex, e.g. 1209:4b54; got '%1'")
                                 .arg(usbValue));
            c.vendorId = quint16(m.captured(1).toUInt(nullptr, 16));
            c.productId = quint16(m.captured(2).toUInt(nullptr, 16));
        }
    }
    if (p.isSet(speed)) {
        bool ok = false;
        o->simulatorSpeed = p.value(speed).toDouble(&ok);
        if (!ok || o->simulatorSpeed < 0.1 || o->simulatorSpeed > 1000)
            return error(QStringLiteral("--sim-speed must be a factor from 0.1 to 1000; got '%1'")
                             .arg(p.value(speed)));
    }
    if (p.isSet(config)) {
        o->configFile = p.value(config);
        const QString problem = configFileProblem(o->configFile);
        if (!problem.isEmpty())
            return error(problem);
    }

    // The bus: every bus option needs --bus.
    o->busUrl = p.value(bus);
    if (!p.isSet(bus)) {
        for (const QCommandLineOption *needsBus : {&user, &passwordFile, &ca, &system}) {
            if (p.isSet(*needsBus))
                return error(QStringLiteral("--%1 only applies with --bus")
                                 .arg(needsBus->names().constFirst()));
        }
        return r;
    }
    QString problem;
    const std::optional<bus::BusUrl> url = bus::BusUrl::parse(o->busUrl, &problem);
    if (!url)
        return error(QStringLiteral("--bus: %1").arg(problem));
    o->user = p.value(user);
    if (p.isSet(user) && o->user.isEmpty())
        return error(QStringLiteral("--user needs a name"));
    if (p.isSet(passwordFile)) {
        if (!p.isSet(user))
            return error(QStringLiteral("--password-file needs --user"));
        o->passwordFile = p.value(passwordFile);
        o->password = readPasswordFile(o->passwordFile, &problem);
        if (o->password.isEmpty())
            return error(problem);
    }
    if (p.isSet(ca)) {
        if (!url->tls)
            return error(QStringLiteral("--ca only applies to mqtts:// addresses"));
        o->caFile = p.value(ca);
        if (!QFile(o->caFile).open(QIODevice::ReadOnly))
            return error(QStringLiteral("--ca: cannot read %1").arg(o->caFile));
    }
    if (p.isSet(system)) {
        o->system = p.value(system);
        if (!bus::Topics::isValidSystem(o->system, &problem))
            return error(QStringLiteral("--system: %1").arg(problem));
    }
    return r;
}

} // namespace sb::app
