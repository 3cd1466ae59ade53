#include "commandparser.h"

#include "core/programmingjson.h"

#include <QCborValue>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

#include <array>
#include <limits>

namespace sb::service {

namespace {

struct ActionRow
{
    Action action;
    const char *name;
    Role least;
};

// console-bus.md section 4, in its order.
constexpr std::array<ActionRow, 12> actions {{
    {Action::ClearCallbacks, "clear-callbacks", Role::Reception},
    {Action::ClearForwarding, "clear-forwarding", Role::Reception},
    {Action::SetDnd, "set-dnd", Role::Reception},
    {Action::SetForwarding, "set-forwarding", Role::Reception},
    {Action::Transfer, "transfer", Role::Reception},
    {Action::ToAttendant, "to-attendant", Role::Reception},
    {Action::CancelRequest, "cancel-request", Role::Supervisor},
    {Action::History, "history", Role::Supervisor},
    {Action::Report, "report", Role::Supervisor},
    {Action::ApplyProgramming, "apply-programming", Role::Installer},
    {Action::SetConnection, "set-connection", Role::Installer},
    {Action::Audit, "audit", Role::Installer},
}};

/// Reads the members of one command object; the first problem is kept and later reads do
/// nothing, so each action reads its members in a row and checks ok() once.
class Members
{
public:
    explicit Members(const QJsonObject &object)
        : m_object(object)
    { }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString extension(const char *name, bool required = true)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (!ok() || (!required && (v.isUndefined() || v.isNull())))
            return {}; // an optional member may be left out or null
        if (v.isUndefined())
            return fail(name, "is missing"), QString();
        if (!v.isString() || !CommandParser::isExtensionNumber(v.toString()))
            return fail(name, "must be an extension number: a string of 1 to 8 digits"), QString();
        return v.toString();
    }

    /// An extension number or null; empty for null.
    QString extensionOrNull(const char *name)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (ok() && v.isNull())
            return {};
        if (ok() && !v.isUndefined() && !v.isString())
            return fail(name, "must be an extension number (a string of digits) or null"),
                   QString();
        return extension(name);
    }

    bool boolean(const char *name)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (!ok())
            return false;
        if (v.isUndefined())
            return fail(name, "is missing"), false;
        if (!v.isBool())
            return fail(name, "must be a boolean"), false;
        return v.toBool();
    }

    /// A JSON integer in [least, most]; 1.5, 1e300 and "3" are refused.
    qint64 integer(const char *name, qint64 least, qint64 most)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (!ok())
            return 0;
        if (v.isUndefined())
            return fail(name, "is missing"), 0;
        if (!QCborValue::fromJsonValue(v).isInteger())
            return fail(name, "must be an integer"), 0;
        const qint64 i = v.toInteger();
        if (i < least || i > most)
            return fail(name,
                       qPrintable(QStringLiteral("must be from %1 to %2").arg(least).arg(most))),
                   0;
        return i;
    }

    std::optional<qint64> optionalInteger(const char *name, qint64 least, qint64 most)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (!ok() || v.isUndefined() || v.isNull())
            return std::nullopt;
        return integer(name, least, most);
    }

    /// An RFC 3339 time with its offset ("2026-12-02T09:15:04.120Z"), as UTC.
    QDateTime time(const char *name)
    {
        static const QRegularExpression form(QStringLiteral(
            R"(^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$)"));
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (!ok())
            return {};
        if (v.isUndefined())
            return fail(name, "is missing"), QDateTime();
        const QString text = v.toString();
        QDateTime t;
        if (v.isString() && form.match(text).hasMatch())
            t = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        if (!t.isValid() || t.date().year() < 1 || t.date().year() > 9999)
            return fail(name, "must be an RFC 3339 time such as \"2026-12-02T09:15:04.120Z\""),
                   QDateTime();
        return t;
    }

    QJsonObject object(const char *name)
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (!ok())
            return {};
        if (v.isUndefined())
            return fail(name, "is missing"), QJsonObject();
        if (!v.isObject())
            return fail(name, "must be an object"), QJsonObject();
        return v.toObject();
    }

    void fail(const char *name, const char *what)
    {
        if (ok())
            m_error = QStringLiteral("member \"%1\" %2")
                          .arg(QLatin1String(name), QString::fromUtf8(what));
    }
    void failWith(const QString &message)
    {
        if (ok())
            m_error = message;
    }

private:
    const QJsonObject &m_object;
    QString m_error;
};

ParseResult refuse(const char *code, const QString &message)
{
    ParseResult r;
    r.outcome = ParseResult::Outcome::Refuse;
    r.error = {QString::fromLatin1(code), message};
    return r;
}

} // namespace

std::optional<Role> CommandParser::roleFromString(const QString &name)
{
    if (name == QLatin1String("reception"))
        return Role::Reception;
    if (name == QLatin1String("supervisor"))
        return Role::Supervisor;
    if (name == QLatin1String("installer"))
        return Role::Installer;
    return std::nullopt;
}

QString CommandParser::roleName(Role role)
{
    switch (role) {
    case Role::Reception:
        return QStringLiteral("reception");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Installer:
        return QStringLiteral("installer");
    }
    return QStringLiteral("reception");
}

QString CommandParser::actionName(Action action)
{
    for (const ActionRow &row : actions) {
        if (row.action == action)
            return QString::fromLatin1(row.name);
    }
    return {};
}

std::optional<Action> CommandParser::actionFromString(const QString &name)
{
    for (const ActionRow &row : actions) {
        if (name == QLatin1String(row.name))
            return row.action;
    }
    return std::nullopt;
}

Role CommandParser::leastRole(Action action)
{
    for (const ActionRow &row : actions) {
        if (row.action == action)
            return row.least;
    }
    return Role::Installer;
}

bool CommandParser::isReplyTopicOf(const QString &root, const QString &user, const QString &topic)
{
    const QString prefix = root + QStringLiteral("/reply/") + user + QLatin1Char('/');
    if (user.isEmpty() || user.contains(QLatin1Char('/')) || !topic.startsWith(prefix)
        || topic.size() == prefix.size())
        return false;
    // Wildcards and NUL are not allowed in a topic one publishes to (MQTT 5, 4.7).
    for (QChar c : topic) {
        if (c == QLatin1Char('+') || c == QLatin1Char('#') || c.unicode() == 0)
            return false;
    }
    return true;
}

bool CommandParser::isExtensionNumber(const QString &text)
{
    return core::Programming::isNumber(text);
}

ParseResult CommandParser::parse(const QString &roleText, const QString &user,
    const QByteArray &payload, bool responseTopicOk, bool hasCorrelationData)
{
    // Nobody to answer, or an answer for someone else: neither answered nor carried out.
    const std::optional<Role> role = roleFromString(roleText);
    if (!role || user.isEmpty() || !responseTopicOk)
        return {};
    if (payload.size() > maxPayload)
        return refuse("bad-request",
            QStringLiteral("the command is %1 bytes; at most %2 are read")
                .arg(payload.size())
                .arg(maxPayload));
    if (!hasCorrelationData)
        return refuse("bad-request", QStringLiteral("the command has no correlation data"));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (payload.trimmed().isEmpty())
        return refuse("bad-request", QStringLiteral("the payload is empty"));
    // Qt reads only objects and arrays: a lone value ("x", 42, null) is JSON, but no object.
    if (error.error != QJsonParseError::NoError
        && QJsonDocument::fromJson('[' + payload + ']').isArray())
        return refuse("bad-request", QStringLiteral("the payload must be a JSON object"));
    if (error.error != QJsonParseError::NoError)
        return refuse("bad-request",
            QStringLiteral("the payload is not JSON (at byte %1: %2)")
                .arg(error.offset)
                .arg(error.errorString()));
    if (!document.isObject())
        return refuse("bad-request", QStringLiteral("the payload must be a JSON object"));
    const QJsonObject object = document.object();

    const QJsonValue actionValue = object.value(QLatin1String("action"));
    if (actionValue.isUndefined())
        return refuse("bad-request", QStringLiteral("member \"action\" is missing"));
    if (!actionValue.isString())
        return refuse("bad-request", QStringLiteral("member \"action\" must be a string"));
    const std::optional<Action> action = actionFromString(actionValue.toString());
    if (!action) {
        QString shown = actionValue.toString().left(40);
        for (QChar &c : shown) {
            if (!c.isPrint())
                c = QLatin1Char('?');
        }
        return refuse("unknown-action", QStringLiteral("unknown action \"%1\"").arg(shown));
    }
    if (leastRole(*action) > *role)
        return refuse("forbidden",
            QStringLiteral("\"%1\" needs the role %2 or above; this command came as %3")
                .arg(actionName(*action), roleName(leastRole(*action)), roleName(*role)));

    ParseResult result;
    ParsedCommand &c = result.command;
    c.action = *action;
    c.role = *role;
    c.user = user;
    Members m(object);
    switch (*action) {
    case Action::ClearCallbacks:
    case Action::ClearForwarding:
        c.extension = m.extension("extension");
        break;
    case Action::SetDnd:
        c.extension = m.extension("extension");
        c.on = m.boolean("on");
        break;
    case Action::SetForwarding:
        c.extension = m.extension("extension");
        c.to = m.extensionOrNull("to");
        break;
    case Action::Transfer:
        c.to = m.extension("to");
        break;
    case Action::ToAttendant:
        c.line = int(m.integer("line", 1, 65535));
        break;
    case Action::CancelRequest:
        c.id = m.integer("id", 1, std::numeric_limits<qint64>::max());
        break;
    case Action::History:
    case Action::Report:
    case Action::Audit:
        c.from = m.time("from");
        c.until = m.time("to");
        if (*action != Action::Audit)
            c.extension = m.extension("extension", false);
        if (*action == Action::History)
            c.after = m.optionalInteger("after", 0, std::numeric_limits<qint64>::max());
        if (m.ok() && c.until < c.from)
            m.failWith(QStringLiteral("member \"to\" is before member \"from\""));
        break;
    case Action::ApplyProgramming: {
        c.programmingJson = m.object("programming");
        c.basedOn = m.integer("basedOn", 0, std::numeric_limits<qint64>::max());
        if (!m.ok())
            break;
        // The retained R/state/programming sent back as it is: its counters are not the file's.
        c.programmingJson.remove(QLatin1String("revision"));
        c.programmingJson.remove(QLatin1String("rev"));
        QString why;
        const std::optional<core::Programming> p
            = core::programmingjson::read(QJsonDocument(c.programmingJson).toJson(), &why);
        if (!p)
            m.failWith(QStringLiteral("member \"programming\": %1").arg(why));
        else
            c.programming = *p;
        break;
    }
    case Action::SetConnection:
        c.connection = m.object("connection");
        break;
    }
    if (!m.ok())
        return refuse("bad-request", m.error());
    result.outcome = ParseResult::Outcome::Execute;
    return result;
}

} // namespace sb::service
