#include "commandfeedback.h"

namespace sb::ui {

QString CommandFeedback::why(const client::CommandOperation &op)
{
    return op.isOk() ? QString() : why(op.errorCode(), op.errorMessage());
}

QString CommandFeedback::why(const QString &code, const QString &message)
{
    // The codes of console-bus.md section 4 and the client's own; the service's message (English,
    // untranslated on the bus) stays the detail a person can pass on.
    QString text;
    if (code == QLatin1String("forbidden"))
        text = tr("your role does not allow this");
    else if (code == QLatin1String("not-found"))
        text = tr("no such extension or request");
    else if (code == QLatin1String("not-possible"))
        text = tr("not possible now");
    else if (code == QLatin1String("conflict"))
        text = tr("someone else changed it first");
    else if (code == client::CommandOperation::timeoutError)
        text = tr("the call service did not answer in time");
    else if (code == client::CommandOperation::notConnectedError)
        text = tr("not connected to the call service");
    else if (code == client::CommandOperation::brokerRefusedError)
        text = tr("the broker refused it: this user may not send it");
    else if (code == client::CommandOperation::noRoleError)
        text = tr("this console does not hold the role needed");
    if (text.isEmpty())
        return message.isEmpty() ? code : message;
    return message.isEmpty() ? text : tr("%1 (%2)").arg(text, message);
}

QString CommandFeedback::roleText(client::Role role)
{
    switch (role) {
    case client::Role::Reception:
        return tr("reception");
    case client::Role::Supervisor:
        return tr("supervisor");
    case client::Role::Installer:
        return tr("installer");
    }
    return QString();
}

QString CommandFeedback::needsRole(const QString &action)
{
    const auto role = client::leastRole(action);
    return role ? tr("Needs the %1 role, which this console does not hold.").arg(roleText(*role))
                : QString();
}

} // namespace sb::ui
