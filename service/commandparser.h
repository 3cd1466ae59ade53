#pragma once

#include "core/programming.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sb::service {

/// The roles of a command topic R/command/<role>/<user>, least first (console-bus.md section 4).
enum class Role { Reception, Supervisor, Installer };

/// The actions of console-bus.md section 4.
enum class Action {
    ClearCallbacks,
    ClearForwarding,
    SetDnd,
    SetForwarding,
    Transfer,
    ToAttendant,
    CancelRequest,
    History,
    Report,
    ApplyProgramming,
    SetConnection,
    Audit
};

/// One command, its members typed and checked. Only the members of its action are set.
struct ParsedCommand
{
    Action action = Action::ClearCallbacks;
    Role role = Role::Reception; ///< the topic's role
    QString user; ///< the topic's user, recorded as `by`
    QString extension; ///< an extension number (digits); empty when optional and absent
    bool on = false; ///< set-dnd
    QString to; ///< set-forwarding, transfer: an extension number; empty = null (cancel)
    qint64 id = 0; ///< cancel-request
    int line = 0; ///< to-attendant
    QDateTime from; ///< history, report, audit (UTC)
    QDateTime until; ///< the member "to" of history, report, audit (UTC)
    std::optional<qint64> after; ///< history: paging, the "next" of the previous answer
    QJsonObject programmingJson; ///< apply-programming: as sent, without "revision"
    core::Programming programming; ///< apply-programming: read from programmingJson
    qint64 basedOn = 0; ///< apply-programming
    QJsonObject connection; ///< set-connection
};

/// Why a command is refused: `code` is the spec's error word, `message` English.
struct CommandError
{
    QString code; ///< "bad-request", "unknown-action" or "forbidden"
    QString message;
};

/// What to do with one message on R/command/...: drop it silently, answer an error, or carry
/// the command out.
struct ParseResult
{
    enum class Outcome { Drop, Refuse, Execute };
    Outcome outcome = Outcome::Drop;
    CommandError error; ///< Refuse
    ParsedCommand command; ///< Execute
};

/// Parses one command of SB-BUS/1 (console-bus.md section 4). Pure; any bytes are safe.
class CommandParser
{
public:
    /// Payloads longer than this are refused unread (a programming of 1,000 extensions is
    /// about 200 KiB).
    static constexpr qsizetype maxPayload = 512 * 1024;

    /// The role named in a command topic, or nothing for an unknown one.
    static std::optional<Role> roleFromString(const QString &name);
    static QString roleName(Role role);
    /// The action's word ("set-dnd" …).
    static QString actionName(Action action);
    static std::optional<Action> actionFromString(const QString &name);
    /// The least role that may send the action.
    static Role leastRole(Action action);
    /// True if `topic` is R/reply/<user>/<something> under `root` (no wildcards): the only
    /// response topic a command of `user` may name.
    static bool isReplyTopicOf(const QString &root, const QString &user, const QString &topic);
    /// True for a string of 1 to 8 ASCII digits (core::Programming::isNumber).
    static bool isExtensionNumber(const QString &text);

    /// Parses a command published to R/command/<role>/<user>. `responseTopicOk` is true when a
    /// response topic is present and isReplyTopicOf() its user; without it the command is
    /// dropped, as it is for an unknown role.
    static ParseResult parse(const QString &role, const QString &user, const QByteArray &payload,
        bool responseTopicOk, bool hasCorrelationData);
};

} // namespace sb::service
