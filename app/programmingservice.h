#pragma once

#include "auditlog.h"
#include "installerpassword.h"
#include "programmingstore.h"

#include "ui/configurator.h"

#include <QElapsedTimer>

#include <functional>

namespace sb::app {

class Runtime;

/// The programming page's Configurator: applies live through the runtime, keeps the file,
/// the installer password (installer.ini beside it) and the audit log (audit.jsonl beside it).
class ProgrammingService : public ui::Configurator
{
public:
    /// Finds the devices present; tests replace it.
    using DeviceLister = std::function<ui::Devices()>;
    /// The serial ports (QSerialPortInfo) and USB devices (libusb) of this PC.
    static ui::Devices systemDevices();
    /// installer.ini beside the programming file: the password's hash and the kept connection.
    static QString installerFile(const QString &programmingFile);

    ProgrammingService(
        Runtime *runtime, QString programmingFile, DeviceLister lister = systemDevices);
    /// What is wrong with installer.ini (damaged: garbage, a hash cut short), naming the file and
    /// how to recover; empty when it is fine or absent. Programming stays locked while it is.
    static QString installerFileProblem(const QString &installerFile);
    /// The operating system's name of the account running the program (not $USER).
    static QString accountName();

    core::Programming current() const override;
    QString apply(const core::Programming &programming) override;
    Check checkPassword(const QString &password) override;
    int lockedSeconds() const override;
    bool mustChangePassword() const override { return m_password.mustChange(); }
    QString changePassword(const QString &current, const QString &replacement) override;
    QList<AuditEntry> audit() const override;
    int auditSkipped() const override { return m_auditSkipped; }
    QString passwordProblem() const override { return m_passwordProblem; }
    int lineCount() const override;
    core::ControllerSize controllerSize() const override;
    /// Said on the programming page while the programming loaded with them is in force.
    void setLoadWarnings(const QStringList &warnings);
    QStringList loadWarnings() const override;
    ui::Connection connection() const override;
    QFuture<ui::Devices> discoverDevices() const override;
    QString setConnection(const ui::Connection &connection) override;

private:
    /// Writes the password's state to installer.ini (checked, atomic, 0600).
    QString savePassword(const InstallerPassword &password) const;
    void restoreLockout();
    QString record(const QStringList &changes);

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

} // namespace sb::app
