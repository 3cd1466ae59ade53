#pragma once

#include "auditlog.h"
#include "installerpassword.h"
#include "programmingstore.h"

#include "ui/configurator.h"

#include <QElapsedTimer>

namespace sb::app {

class Runtime;

/// The programming page's Configurator: applies live through the runtime, keeps the file,
/// the installer password (installer.ini beside it) and the audit log (audit.jsonl beside it).
class ProgrammingService : public ui::Configurator
{
public:
    ProgrammingService(Runtime *runtime, QString programmingFile);

    core::Programming current() const override;
    QString apply(const core::Programming &programming) override;
    Check checkPassword(const QString &password) override;
    int lockedSeconds() const override;
    bool mustChangePassword() const override { return m_password.mustChange(); }
    QString changePassword(const QString &current, const QString &replacement) override;
    QList<AuditEntry> audit() const override;

private:
    void savePassword() const;

    Runtime *m_runtime;
    ProgrammingStore m_store;
    AuditLog m_audit;
    QString m_passwordFile;
    InstallerPassword m_password;
    QElapsedTimer m_clock;
};

} // namespace sb::app
