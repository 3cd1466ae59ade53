#pragma once

#include "client/commandoperation.h"

#include <QObject>
#include <QString>

namespace sb::ui {

/// Words for what became of a command: a refusal names why, translated where its code is one of
/// the known ones (the service's own English message otherwise), and a control's tooltip names the
/// role an action needs.
class CommandFeedback : public QObject
{
    Q_OBJECT
public:
    /// Why a finished operation failed, in the interface language; empty when it succeeded.
    static QString why(const client::CommandOperation &op);
    /// Why for an error code and the service's message.
    static QString why(const QString &code, const QString &message);
    /// "Needs the supervisor role", for a control of an action this console may not send.
    static QString needsRole(const QString &action);
    /// A role's name in the interface language.
    static QString roleText(client::Role role);
};

} // namespace sb::ui
