#include "role.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace sb::client {

QString roleName(Role role)
{
    switch (role) {
    case Role::Reception:
        return QStringLiteral("reception");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Installer:
        return QStringLiteral("installer");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Reception, Role::Supervisor, Role::Installer}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

Roles allRoles()
{
    return Roles(Role::Reception) | Role::Supervisor | Role::Installer;
}

std::optional<Role> highestRole(Roles roles)
{
    for (Role r : {Role::Installer, Role::Supervisor, Role::Reception}) {
        if (roles.testFlag(r))
            return r;
    }
    return std::nullopt;
}

std::optional<Role> leastRole(const QString &action)
{
    // console-bus.md section 4, "least role".
    static const QHash<QString, Role> table = {
        {QStringLiteral("clear-callbacks"), Role::Reception},
        {QStringLiteral("clear-forwarding"), Role::Reception},
        {QStringLiteral("set-dnd"), Role::Reception},
        {QStringLiteral("set-forwarding"), Role::Reception},
        {QStringLiteral("transfer"), Role::Reception},
        {QStringLiteral("to-attendant"), Role::Reception},
        {QStringLiteral("cancel-request"), Role::Supervisor},
        {QStringLiteral("history"), Role::Supervisor},
        {QStringLiteral("report"), Role::Supervisor},
        {QStringLiteral("apply-programming"), Role::Installer},
        {QStringLiteral("set-connection"), Role::Installer},
        {QStringLiteral("audit"), Role::Installer},
    };
    const auto it = table.constFind(action);
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

bool allows(Roles roles, const QString &action)
{
    const auto least = leastRole(action);
    const auto highest = highestRole(roles);
    return least && highest && quint8(*highest) >= quint8(*least);
}

std::optional<Roles> parseRoles(const QString &list, QString *error)
{
    Roles roles;
    const QStringList words = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const auto role = roleFromName(word.trimmed());
        if (!role) {
            if (error)
                *error = QCoreApplication::translate(
                    "sb::client::Roles", "unknown role \"%1\" (reception, supervisor or installer)")
                             .arg(word.trimmed());
            return std::nullopt;
        }
        roles |= *role;
    }
    if (!roles) {
        if (error)
            *error = QCoreApplication::translate(
                "sb::client::Roles", "no role given (reception, supervisor or installer)");
        return std::nullopt;
    }
    return roles;
}

} // namespace sb::client
