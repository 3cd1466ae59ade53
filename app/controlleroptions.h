#pragma once

#include "usbargument.h"

#include "core/connection.h"

#include <QCommandLineOption>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace sb::app {

/// The controller's options, the same in switchboard and switchboardd (console.md, "Command
/// line"): --simulate, --serial, --baud, --usb, --config and --sim-speed, with their checks and
/// messages (translated in the context "Options").
class ControllerOptions
{
public:
    /// The texts that differ between the programs: --config's help, --sim-speed's help, and
    /// whether --sim-speed is listed in the help at all.
    ControllerOptions(const QString &configHelp, const QString &speedHelp, bool speedListed);

    /// Adds the options to `parser` and returns `arguments` without --usb, which is taken out
    /// before parsing (its value is optional, which QCommandLineParser cannot express).
    QStringList prepare(QCommandLineParser *parser, const QStringList &arguments);

    /// After parsing: reads and checks the options into `connection` (what is not given is
    /// kept), transportChosen(), configFile() and simulatorSpeed(); returns the message naming
    /// what is wrong, or empty.
    QString read(const QCommandLineParser &parser, core::Connection *connection);

    /// A transport option was given (it then wins over the kept connection).
    bool transportChosen() const { return m_transportChosen; }
    /// Any of these options was given (a transport, --config or --sim-speed).
    bool anyGiven() const { return m_anyGiven; }
    /// --config; empty when not given.
    QString configFile() const { return m_configFile; }
    /// --sim-speed; 1 when not given.
    double simulatorSpeed() const { return m_simulatorSpeed; }

private:
    QCommandLineOption m_simulate;
    QCommandLineOption m_serial;
    QCommandLineOption m_baud;
    QCommandLineOption m_usb;
    QCommandLineOption m_config;
    QCommandLineOption m_speed;
    UsbArgument m_usbArgument;
    bool m_transportChosen = false;
    bool m_anyGiven = false;
    QString m_configFile;
    double m_simulatorSpeed = 1.0;
};

/// What makes `path` unusable as --config (empty, a folder that does not exist, a dangling
/// symbolic link or a loop, a FIFO, device or folder), or empty. A missing file in an existing
/// folder is usable: the program starts on the factory defaults and says so.
QString configFileProblem(const QString &path);

} // namespace sb::app
