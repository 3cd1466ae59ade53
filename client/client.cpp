#include "client.h"

namespace sb::client {

Client::Client(QObject *parent)
    : QObject(parent)
{ }

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
    const auto role = highestRole(roles());
    // With no role at all, send() on Reception fails the operation with a message.
    return send(role.value_or(Role::Reception), command);
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
