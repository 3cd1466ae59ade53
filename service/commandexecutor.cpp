#include "commandexecutor.h"

#include "statebuilder.h"

#include <functional>

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

/// The answer to a console action of the processor; `why` names what stands in the way when
/// it was not possible (asked only then: the processor's state is as the action found it).
static QJsonObject answerOf(
    ActionResult result, const QString &notFound, const std::function<QString()> &why)
{
    switch (result) {
    case ActionResult::Changed:
        return CommandExecutor::success(true);
    case ActionResult::Unchanged:
        return CommandExecutor::success(false);
    case ActionResult::NotFound:
        return CommandExecutor::failure(QStringLiteral("not-found"), notFound);
    case ActionResult::NotPossible:
        break;
    }
    return CommandExecutor::failure(QStringLiteral("not-possible"), why());
}

/// The first attendant talking on an outside line (whose call `transfer` moves), or 0.
static int attendantOnALine(const CallProcessor &processor)
{
    for (int port = 1; port <= processor.stationCount(); ++port) {
        if (!processor.hasExtension(port))
            continue;
        const ExtensionStatus e = processor.extension(port);
        if (e.type == ExtensionType::Attendant && e.state == CallState::TalkingOutside)
            return port;
    }
    return 0;
}

QJsonObject CommandExecutor::transfer(CallProcessor &processor, const QString &to, Millis now)
{
    const int target = processor.portOfNumber(to);
    if (target <= 0 || !processor.hasExtension(target))
        return noExtension(to);
    processor.advanceTo(now); // time first: the attendant is judged as the action finds it
    const int attendant = attendantOnALine(processor);
    const ActionResult result = processor.transferAttendantCall(target, now, attendant);
    return answerOf(result, QStringLiteral("there is no extension %1").arg(to), [&] {
        if (attendant == 0)
            return QStringLiteral("no attendant has an outside call to transfer");
        if (target == attendant)
            return QStringLiteral("extension %1 is the attendant whose call it is").arg(to);
        const ExtensionStatus t = processor.extension(target);
        const int forwardTo
            = t.forwardTo > 0 && processor.hasExtension(t.forwardTo) ? t.forwardTo : 0;
        if (t.dnd && !forwardTo)
            return QStringLiteral("extension %1 is in do not disturb").arg(to);
        if (forwardTo && processor.extension(forwardTo).dnd)
            return QStringLiteral("extension %1 forwards to %2, which is in do not disturb")
                .arg(to, processor.extension(forwardTo).number);
        return QStringLiteral("the attendant's outside call cannot be transferred to extension "
                              "%1 now")
            .arg(to);
    });
}

QJsonObject CommandExecutor::toAttendant(CallProcessor &processor, int line, Millis now)
{
    const QString noLine = QStringLiteral("there is no line %1").arg(line);
    if (line < 1 || line > processor.lineCount())
        return failure(QStringLiteral("not-found"), noLine);
    const ActionResult result = processor.lineToAttendant(line, now);
    return answerOf(result, noLine, [&] {
        bool attendant = false;
        for (int port = 1; port <= processor.stationCount() && !attendant; ++port)
            attendant = processor.hasExtension(port)
                && processor.extension(port).type == ExtensionType::Attendant;
        if (!attendant)
            return QStringLiteral("no extension is the attendant");
        return QStringLiteral("line %1 is %2: only a held, queued or recalling line can be sent "
                              "to the attendant")
            .arg(line)
            .arg(StateBuilder::lineStateName(processor.line(line).activity));
    });
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
        return transfer(processor, c.to, now);
    case Action::ToAttendant:
        return toAttendant(processor, c.line, now);
    default:
        break;
    }
    return failure(QStringLiteral("not-possible"),
        QStringLiteral("\"%1\" is not a call-control action")
            .arg(CommandParser::actionName(c.action)));
}

} // namespace sb::service
