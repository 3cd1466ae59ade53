#pragma once

#include <QFlags>
#include <QString>

#include <optional>

namespace sb::client {

/// The roles of console-bus.md section 4, lowest first; a role allows every action of the roles
/// below it.
enum class Role : quint8 { Reception = 0x1, Supervisor = 0x2, Installer = 0x4 };
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

/// The role's word on the bus: "reception", "supervisor", "installer".
QString roleName(Role role);
/// The role named by roleName(), or nothing.
std::optional<Role> roleFromName(const QString &name);
/// Every role.
Roles allRoles();
/// The highest role held, or nothing when none is.
std::optional<Role> highestRole(Roles roles);
/// The least role that may send an action (section 4's table); nothing for an unknown action.
std::optional<Role> leastRole(const QString &action);
/// True when one of the roles may send the action.
bool allows(Roles roles, const QString &action);
/// Parses "reception,supervisor"; on failure `error` (translated) names the word and the result
/// is empty.
std::optional<Roles> parseRoles(const QString &list, QString *error);

} // namespace sb::client
