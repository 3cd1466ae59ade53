#include "commandexecutor.h"

namespace sb::service {

using namespace sb::core;

bool CommandExecutor::handles(Action action)
{
    switch (action) {
    case Action::ClearCallbacks:
    case Action::ClearForwarding:
    case Action::SetDnd:
    case Action::SetForwarding:
    case Action::Transfer:
    case Action::ToAttendant:
    case Action::CancelRequest:
        return true;
    default:
        return false;
    }
}

QJsonObject CommandExecutor::failure(const QString &code, const QString &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("ok"), false);
    o.insert(QStringLiteral("error"), code);
    o.insert(QStringLiteral("message"), message);
    return o;
}

QJsonObject CommandExecutor::success(bool changed)
{
    QJsonObject o;
    o.insert(QStringLiteral("ok"), true);
    o.insert(QStringLiteral("changed"), changed);
    return o;
}

static QJsonObject noExtension(const QString &number)
{
    return CommandExecutor::failure(
        QStringLiteral("not-found"), QStringLiteral("there is no extension %1").arg(number));
}

QJsonObject CommandExecutor::execute(CallProcessor &processor, const ParsedCommand &c, Millis now)
{
    const int port = c.extension.isEmpty() ? 0 : processor.portOfNumber(c.extension);
    const bool needsExtension = c.action == Action::ClearCallbacks
        || c.action == Action::ClearForwarding || c.action == Action::SetDnd
        || c.action == Action::SetForwarding;
    if (needsExtension && (port <= 0 || !processor.hasExtension(port)))
        return noExtension(c.extension);

    switch (c.action) {
    case Action::ClearCallbacks:
        return success(processor.clearCallbacks(port, now));
    case Action::ClearForwarding:
        return success(processor.clearForwarding(port, now));
    case Action::SetDnd:
        return success(processor.setDnd(port, c.on, now));
    case Action::SetForwarding: {
        if (c.to.isEmpty())
            return success(processor.clearForwarding(port, now));
        const int destination = processor.portOfNumber(c.to);
        if (destination <= 0 || !processor.hasExtension(destination))
            return noExtension(c.to);
        if (destination == port)
            return failure(QStringLiteral("not-possible"),
                QStringLiteral("extension %1 cannot forward to itself").arg(c.extension));
        if (processor.extension(port).forwardTo == destination) {
            processor.advanceTo(now); // as every other action: time first
            return success(false);
        }
        return success(processor.setForwarding(port, destination, now));
    }
    case Action::CancelRequest: {
        const RequestId id = RequestId(c.id);
        const RequestInfo info = processor.request(id);
        if (info.id != id || info.reason != EndReason::None)
            return failure(
                QStringLiteral("not-found"), QStringLiteral("request %1 is not live").arg(c.id));
        return success(processor.cancelRequest(id, now));
    }
    case Action::Transfer:
    case Action::ToAttendant:
        // Issue 11 brings hold and transfer (behaviour.md T9).
        return failure(QStringLiteral("not-possible"),
            QStringLiteral("hold and transfer are not supported by this service yet"));
    default:
        break;
    }
    return failure(QStringLiteral("not-possible"),
        QStringLiteral("\"%1\" is not a call-control action")
            .arg(CommandParser::actionName(c.action)));
}

} // namespace sb::service
