#pragma once

#include "core/programming.h"

#include <QDateTime>
#include <QStringList>

namespace sb::ui {

/// What the programming page needs from the program: the programming in force, a way to apply
/// and keep it, the installer password and the audit log. The app implements it.
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
};

} // namespace sb::ui
