#pragma once

#include "auditlog.h"
#include "installerpassword.h"
#include "programmingstore.h"

#include "core/connection.h"
#include "core/programming.h"

#include <QFuture>

#include <QElapsedTimer>

#include <functional>

namespace sb::service {

class Runtime;

/// The programming in force: applies live through the runtime, keeps the file,
/// the installer password (installer.ini beside it) and the audit log (audit.jsonl beside it).
class ProgrammingService
{
public:
    /// Finds the devices present; tests replace it.
    using DeviceLister = std::function<core::Devices()>;
    /// The serial ports (QSerialPortInfo) and USB devices (libusb) of this PC.
    static core::Devices systemDevices();
    /// installer.ini beside the programming file: the password's hash and the kept connection.
    static QString installerFile(const QString &programmingFile);

    ProgrammingService(
        Runtime *runtime, QString programmingFile, DeviceLister lister = systemDevices);
    /// What is wrong with installer.ini (damaged: garbage, a hash cut short), naming the file and
    /// how to recover; empty when it is fine or absent. Programming stays locked while it is.
    static QString installerFileProblem(const QString &installerFile);
    /// The operating system's name of the account running the program (not $USER).
    static QString accountName();

    core::Programming current() const;
    /// Saves, records and applies `programming`; an error leaves everything as it was. `by` (a bus
    /// user, whom the broker authenticated) is recorded as who applied it instead of the
    /// installer's account, and needs no changed factory password. `beforeCommit` runs with the
    /// audit entry, once the new file is whole (an error from it applies nothing).
    QString apply(const core::Programming &programming, const QString &by = QString(),
        const std::function<QString()> &beforeCommit = {});
    InstallerPassword::Check checkPassword(const QString &password);
    int lockedSeconds() const;
    bool mustChangePassword() const { return m_password.mustChange(); }
    QString changePassword(const QString &current, const QString &replacement);
    QList<AuditLog::Entry> audit() const;
    int auditSkipped() const { return m_auditSkipped; }
    QString passwordProblem() const { return m_passwordProblem; }
    int lineCount() const;
    core::ControllerSize controllerSize() const;
    /// Said on the programming page while the programming loaded with them is in force.
    void setLoadWarnings(const QStringList &warnings);
    QStringList loadWarnings() const;
    core::Connection connection() const;
    QFuture<core::Devices> discoverDevices() const;
    /// Keeps, records and switches to `connection`; `by` as for apply().
    QString setConnection(const core::Connection &connection, const QString &by = QString());

private:
    /// Writes the password's state to installer.ini (checked, atomic, 0600).
    QString savePassword(const InstallerPassword &password) const;
    void restoreLockout();
    QString record(const QStringList &changes, const QString &by = QString());

    Runtime *m_runtime;
    ProgrammingStore m_store;
    AuditLog m_audit;
    QString m_passwordFile;
    QString m_passwordProblem;
    InstallerPassword m_password;
    QElapsedTimer m_clock;
    DeviceLister m_lister;
    QStringList m_loadWarnings;
    core::Programming m_warnedAbout;
    mutable int m_auditSkipped = 0;
};

} // namespace sb::service
