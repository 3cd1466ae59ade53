#include "client.h"

#include <QDir>

namespace sb::client {

Client::Client(QObject *parent)
    : QObject(parent)
{ }

QString Client::owner() const
{
    // The login of the user running the console; the layout file is in that user's home too.
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("LOGNAME");
    if (login.isEmpty())
        login = QDir::home().dirName();
    return QStringLiteral("local/") + login;
}

Client::~Client()
{
    // The operations are children, deleted after m_pending is gone: they must not call back.
    for (CommandOperation *op : std::as_const(m_pending))
        op->disconnect(this);
}

CommandOperation *Client::send(Role role, const QJsonObject &command)
{
    const QString id = QString::number(m_nextId++);
    auto *op = new CommandOperation(id, command, m_defaultTimeoutMs, this);
    op->setRole(role);
    emit commandSent(op);
    if (!roles().testFlag(role)) {
        op->fail(CommandOperation::noRoleError,
            tr("This console does not hold the role %1.").arg(roleName(role)));
        return op;
    }
    if (!isConnected()) {
        op->fail(CommandOperation::notConnectedError, tr("The call service cannot be reached."));
        return op;
    }
    m_pending.insert(id, op);
    connect(op, &CommandOperation::finished, this, [this, id] { m_pending.remove(id); });
    connect(op, &QObject::destroyed, this, [this, id] { m_pending.remove(id); });
    dispatch(role, op);
    return op;
}

CommandOperation *Client::send(const QJsonObject &command)
{
    // The least role held that allows the action (a supervisor's set-dnd goes on the reception
    // topic when it holds that too); an action not in section 4's table, the highest held.
    const Roles held = roles();
    const auto least = leastRole(command.value(QLatin1String("action")).toString());
    std::optional<Role> role;
    for (Role r : {Role::Reception, Role::Supervisor, Role::Installer}) {
        if (held.testFlag(r) && (!least || quint8(r) >= quint8(*least))) {
            role = r;
            if (least)
                break;
        }
    }
    // No role that allows it: sent on the highest held, so the refusal names it (no-role when
    // none is held at all).
    if (!role)
        role = highestRole(held);
    return send(role.value_or(Role::Reception), command);
}

CommandOperation *Client::transfer(const QString &to)
{
    return send(QJsonObject {
        {QStringLiteral("action"), QStringLiteral("transfer")}, {QStringLiteral("to"), to}});
}

CommandOperation *Client::toAttendant(int line)
{
    return send(QJsonObject {{QStringLiteral("action"), QStringLiteral("to-attendant")},
        {QStringLiteral("line"), line}});
}

CommandOperation *Client::pending(const QString &id) const
{
    return m_pending.value(id);
}

void Client::failPending(const QString &code, const QString &message)
{
    const auto ops = m_pending.values();
    for (CommandOperation *op : ops)
        op->fail(code, message);
}

} // namespace sb::client
