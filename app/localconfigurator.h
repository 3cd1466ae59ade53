#pragma once

#include "service/programmingservice.h"
#include "ui/configurator.h"

namespace sb::app {

/// Transitional: the programming page's Configurator over a ProgrammingService in the same
/// thread, until the page works through the client's commands (issue 10).
class LocalConfigurator : public ui::Configurator
{
public:
    explicit LocalConfigurator(service::ProgrammingService *service)
        : m_service(service)
    { }
    core::Programming current() const override { return m_service->current(); }
    QString apply(const core::Programming &p) override { return m_service->apply(p); }
    Check checkPassword(const QString &password) override;
    int lockedSeconds() const override { return m_service->lockedSeconds(); }
    bool mustChangePassword() const override { return m_service->mustChangePassword(); }
    QString changePassword(const QString &current, const QString &replacement) override
    {
        return m_service->changePassword(current, replacement);
    }
    QList<AuditEntry> audit() const override;
    int auditSkipped() const override { return m_service->auditSkipped(); }
    QString passwordProblem() const override { return m_service->passwordProblem(); }
    int lineCount() const override { return m_service->lineCount(); }
    core::ControllerSize controllerSize() const override { return m_service->controllerSize(); }
    QStringList loadWarnings() const override { return m_service->loadWarnings(); }
    core::Connection connection() const override { return m_service->connection(); }
    QFuture<core::Devices> discoverDevices() const override { return m_service->discoverDevices(); }
    QString setConnection(const core::Connection &c) override
    {
        return m_service->setConnection(c);
    }

private:
    service::ProgrammingService *m_service;
};

} // namespace sb::app
