#pragma once

#include "commandparser.h"

#include "core/callprocessor.h"

#include <QJsonObject>

namespace sb::service {

/// Carries out the call-control actions of SB-BUS/1 on the call processor and builds the
/// answer: {"ok":true,"changed":bool} or {"ok":false,"error","message"}. The programming,
/// connection, audit, history and report actions are the CallService's.
class CommandExecutor
{
public:
    /// True for the actions execute() carries out.
    static bool handles(Action action);
    /// Executes `command` at processor time `now`; the caller then sends the processor's
    /// commands and publishes what changed.
    static QJsonObject execute(
        core::CallProcessor &processor, const ParsedCommand &command, core::Millis now);
    /// {"ok":false,"error":code,"message":message}.
    static QJsonObject failure(const QString &code, const QString &message);
    /// {"ok":true,"changed":changed}.
    static QJsonObject success(bool changed);
    /// `transfer` (T9): the attendant's outside call goes to extension `to`; not-found for no
    /// such extension, not-possible (naming why) when no attendant has an outside call or the
    /// target cannot take it.
    static QJsonObject transfer(
        core::CallProcessor &processor, const QString &to, core::Millis now);
    /// `to-attendant` (T9): a held, queued or recalling line goes to the attendant; not-found for
    /// no such line, not-possible (naming its state) for a line in another state.
    static QJsonObject toAttendant(core::CallProcessor &processor, int line, core::Millis now);
};

} // namespace sb::service
