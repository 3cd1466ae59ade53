#include "controlleroptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace sb::app {

namespace {

/// The command line's messages, translated in the context "Options" (as in options.cpp: the
/// console's translations apply; switchboardd installs none and stays English).
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

QCommandLineOption hiddenUnless(QCommandLineOption option, bool listed)
{
    if (!listed)
        option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

} // namespace

ControllerOptions::ControllerOptions(
    const QString &configHelp, const QString &speedHelp, bool speedListed)
    : m_simulate(QStringLiteral("simulate"),
        Text::tr("Size of the simulated controller (default 32,8)."), Text::tr("STATIONS[,LINES]"))
    , m_serial(QStringLiteral("serial"),
          Text::tr("Controller on a serial port (/dev/ttyUSB0, /dev/ttyACM0 …)."),
          Text::tr("DEVICE"))
    , m_baud(QStringLiteral("baud"), Text::tr("Serial rate, 9600 to 921600 (default 115200)."),
          Text::tr("RATE"))
    , m_usb(QStringLiteral("usb"),
          Text::tr("Controller on USB; VID:PID in hex (default 1209:4b54)."), Text::tr("VID:PID"))
    , m_config(QStringLiteral("config"), configHelp, Text::tr("FILE"))
    , m_speed(hiddenUnless(
          QCommandLineOption(QStringLiteral("sim-speed"), speedHelp, Text::tr("FACTOR")),
          speedListed))
{ }

QStringList ControllerOptions::prepare(QCommandLineParser *parser, const QStringList &arguments)
{
    // --usb is listed in the help, but never parsed: "--usb" alone, "--usb 1209:4b54" or
    // "--usb=1209:4b54" are taken out first.
    parser->addOptions({m_simulate, m_serial, m_baud, m_usb, m_config, m_speed});
    QStringList rest = arguments;
    m_usbArgument = UsbArgument::take(&rest);
    return rest;
}

QString ControllerOptions::read(const QCommandLineParser &p, core::Connection *c)
{
    const bool usbWanted = m_usbArgument.wanted;
    const int transports = int(p.isSet(m_simulate)) + int(p.isSet(m_serial)) + int(usbWanted);
    m_transportChosen = transports > 0;
    m_anyGiven = m_transportChosen || p.isSet(m_config) || p.isSet(m_speed);
    if (transports > 1)
        return Text::tr("--simulate, --serial and --usb exclude each other: choose one");
    if (p.isSet(m_simulate)) {
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("^(\\d{1,5})(?:,(\\d{1,5}))?$"))
                  .match(p.value(m_simulate));
        if (!m.hasMatch())
            return Text::tr("--simulate takes STATIONS[,LINES], e.g. 32,8; got '%1'")
                .arg(p.value(m_simulate));
        c->stations = m.captured(1).toInt();
        if (!m.captured(2).isEmpty())
            c->lines = m.captured(2).toInt();
        if (c->stations < 2 || c->stations > 9999)
            return Text::tr("--simulate: stations must be 2 to 9999; got %1").arg(c->stations);
        if (c->lines < 0 || c->lines > 16)
            return Text::tr("--simulate: lines must be 0 to 16; got %1").arg(c->lines);
    }
    if (p.isSet(m_serial)) {
        c->kind = core::Connection::Kind::Serial;
        c->serialPort = p.value(m_serial);
        if (c->serialPort.isEmpty())
            return Text::tr("--serial needs a device, e.g. /dev/ttyUSB0");
    }
    if (p.isSet(m_baud)) {
        bool ok = false;
        const int rate = p.value(m_baud).toInt(&ok);
        if (!ok || rate < 9600 || rate > 921600)
            return Text::tr("--baud must be a rate from 9600 to 921600; got '%1'")
                .arg(p.value(m_baud));
        if (!p.isSet(m_serial))
            return Text::tr("--baud only applies with --serial");
        c->baud = rate;
    }
    if (usbWanted) {
        c->kind = core::Connection::Kind::Usb;
        const QString &value = m_usbArgument.value;
        if (!value.isEmpty()) {
            const QRegularExpressionMatch m
                = QRegularExpression(QStringLiteral("^([0-9a-fA-F]{1,4}):([0-9a-fA-F]{1,4})$"))
                      .match(value);
            if (!m.hasMatch())
                return Text::tr("--usb takes VID:PID in hex, e.g. 1209:4b54; got '%1'").arg(value);
            c->vendorId = quint16(m.captured(1).toUInt(nullptr, 16));
            c->productId = quint16(m.captured(2).toUInt(nullptr, 16));
        }
    }
    if (p.isSet(m_speed)) {
        bool ok = false;
        m_simulatorSpeed = p.value(m_speed).toDouble(&ok);
        if (!ok || m_simulatorSpeed < 0.1 || m_simulatorSpeed > 1000)
            return Text::tr("--sim-speed must be a factor from 0.1 to 1000; got '%1'")
                .arg(p.value(m_speed));
    }
    m_configFile = p.value(m_config);
    if (p.isSet(m_config))
        return configFileProblem(m_configFile);
    return QString();
}

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

} // namespace sb::app
