#pragma once

#include "options.h"

#include "core/connection.h"

#include <QString>
#include <QStringList>

namespace sb::app {

/// The command line of switchboardd (console.md, "Command line"), parsed. English only: the
/// service's output goes to the journal.
struct DaemonOptions
{
    core::Connection connection; ///< --simulate, --serial, --baud, --usb
    bool transportChosen = false; ///< a transport option was given (it wins over installer.ini)
    QString configFile; ///< --config; empty: ProgrammingStore::defaultPath()
    QString busUrl; ///< --bus; empty: no broker (call processing and the journal only)
    QString user; ///< --user
    QString password; ///< read from --password-file (a final newline dropped)
    QString passwordFile;
    QString caFile; ///< --ca
    QString system = QStringLiteral("office"); ///< --system
    double simulatorSpeed = 1.0; ///< --sim-speed (tests)
};

/// What parsing decided: the same as for the console.
using DaemonParseResult = ParseResult;

/// Parses `arguments` (argv, the program name first) into `options`; reads the password file.
DaemonParseResult parseDaemonArguments(const QStringList &arguments, DaemonOptions *options);

/// The password in `path` (a final newline dropped), or an error naming the file and the problem
/// in `error`: missing, unreadable, not a regular file, readable by every user, empty.
QString readPasswordFile(const QString &path, QString *error);

} // namespace sb::app
