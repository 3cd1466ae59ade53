#pragma once

#include "controlleroptions.h" // configFileProblem
#include "core/connection.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sb::app {

/// The command line of console.md, parsed.
struct Options
{
    enum class Transport { Simulated, Serial, Usb };
    Transport transport = Transport::Simulated;
    /// True when the command line chose the transport (it then wins over the kept connection).
    bool transportChosen = false;
    int stations = 32; ///< --simulate
    int lines = 8;
    QString serialDevice; ///< --serial
    QString serialNumber; ///< the adapter's, kept with an installer's connection (not an option)
    qint32 baud = 115200; ///< --baud
    quint16 vendorId = 0x1209; ///< --usb
    quint16 productId = 0x4b54;
    QString configFile; ///< --config
    bool headless = false;
    QString language; ///< --lang
    double simulatorSpeed = 1.0; ///< --sim-speed (demonstrations, tests)
    QString screenshot; ///< --screenshot: play a short demo, save the window, exit
    QString view; ///< --view extensions|supervisor
    /// --bus: the console of a remote call service over this broker (empty: in-process).
    QString busUrl;
    QString user; ///< --user: the console's user name on the broker (required with --bus)
    QString caFile; ///< --ca: the CA certificate for mqtts://
    QString system = QStringLiteral("office"); ///< --system: the installation's name on the bus
    /// --roles: what this user's broker account may send (default reception; checked by
    /// client::parseRoles where the console starts).
    QString roles = QStringLiteral("reception");

    /// The transport part as the connection page and installer.ini see it.
    core::Connection connection() const;
    /// Sets the transport part (the rest is kept).
    void setConnection(const core::Connection &connection);
};

/// What parsing decided.
struct ParseResult
{
    enum class Action { Run, Help, Version, Error };
    Action action = Action::Run;
    QString message; ///< the help text, or a one-line message naming the problem

    /// Says what a command line that does not run says (the problem on standard error as
    /// "`program`: …", the help, or "`program` `version`") and returns the exit status (2 or
    /// 0); nothing when the program is to run.
    std::optional<int> exitStatus(const char *program, const char *version) const;
};

/// Parses `arguments` (argv, the program name first) into `options`.
ParseResult parseArguments(const QStringList &arguments, Options *options);

/// The value of --lang in `arguments`, or empty: the help and the messages of a command line
/// that does not parse are in that language too.
QString languageArgument(const QStringList &arguments);

} // namespace sb::app
