#pragma once

#include "core/connection.h"

#include "core/programming.h"

#include <QDateTime>
#include <QFuture>
#include <QStringList>

namespace sb::ui {

/// What the programming page needs from the program: the programming in force, a way to apply
/// and keep it, the connection to the controller, the installer password and the audit log. The
/// app implements it.
class Configurator
{
public:
    enum class Check { Accepted, Wrong, Locked };
    struct AuditEntry
    {
        QDateTime when;
        QString who;
        QStringList changes;
    };

    virtual ~Configurator() = default;
    virtual core::Programming current() const = 0;
    /// Applies live, saves the file, records the change; returns an empty string or the error.
    virtual QString apply(const core::Programming &programming) = 0;
    virtual Check checkPassword(const QString &password) = 0;
    /// Seconds until programming unlocks after too many wrong passwords, or 0.
    virtual int lockedSeconds() const = 0;
    virtual bool mustChangePassword() const = 0;
    /// Returns an empty string or what is wrong.
    virtual QString changePassword(const QString &current, const QString &replacement) = 0;
    virtual QList<AuditEntry> audit() const = 0;
    /// How many damaged lines the last audit() skipped.
    virtual int auditSkipped() const { return 0; }
    /// Why programming cannot be unlocked at all (a damaged password file, how to recover), or
    /// empty.
    virtual QString passwordProblem() const { return QString(); }

    /// The outside lines of the controller in force.
    virtual int lineCount() const = 0;
    /// The size the controller reported, for the checks; unknown (-1) until it has.
    virtual core::ControllerSize controllerSize() const { return {}; }
    /// What loading the programming file ignored (unknown keys), one line each.
    virtual QStringList loadWarnings() const { return {}; }
    /// The connection in use now.
    virtual core::Connection connection() const = 0;
    /// Looks for the serial ports and USB devices present, off the UI thread.
    virtual QFuture<core::Devices> discoverDevices() const = 0;
    /// Switches the link to `connection` at once and keeps it for the next start; records it.
    /// Returns an empty string or what is wrong.
    virtual QString setConnection(const core::Connection &connection) = 0;
};

} // namespace sb::ui
