#include "localconfigurator.h"

namespace sb::app {

ui::Configurator::Check LocalConfigurator::checkPassword(const QString &password)
{
    switch (m_service->checkPassword(password)) {
    case service::InstallerPassword::Check::Accepted:
        return Check::Accepted;
    case service::InstallerPassword::Check::Wrong:
        return Check::Wrong;
    case service::InstallerPassword::Check::Locked:
        return Check::Locked;
    }
    return Check::Wrong;
}

QList<ui::Configurator::AuditEntry> LocalConfigurator::audit() const
{
    QList<AuditEntry> out;
    for (const service::AuditLog::Entry &e : m_service->audit())
        out << AuditEntry {e.when, e.who, e.changes};
    return out;
}

} // namespace sb::app
