#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sb::bus {

/// The topics of SB-BUS/1 (console-bus.md) under the root `switchboard/1/<system>`: builders for
/// every topic and filter, and parsers for the command and state topics.
class Topics
{
public:
    /// The system name used unless another is configured.
    static QString defaultSystem() { return QStringLiteral("office"); }

    /// Whether `system` is a valid system name (1 to 32 of a-z, 0-9, -); otherwise `*error` (if
    /// given) names it and what is wrong, translated in the context "Topics".
    static bool isValidSystem(const QString &system, QString *error = nullptr);

    /// The roles a command topic may name, least first: reception, supervisor, installer.
    static QStringList roles();

    /// The retained state items (console-bus.md section 2).
    enum class Item { Service, Link, Index, Programming, Extension, Request, Line };

    /// Topics of `system`, which must be valid (isValidSystem).
    explicit Topics(const QString &system = defaultSystem());

    QString system() const { return m_system; }
    /// `switchboard/1/<system>`
    QString root() const { return m_root; }

    /// `R/state/service`, `R/state/link`, `R/state/index` or `R/state/programming`; the items
    /// with a key (extension, request, line) have their own builders.
    QString state(Item item) const;
    QString extension(const QString &number) const;
    QString request(qint64 id) const;
    QString line(int number) const;
    /// `R/state/#`: what a late joiner subscribes to.
    QString stateFilter() const;
    /// `R/event`
    QString event() const;
    /// `R/command/<role>/<user>`
    QString command(const QString &role, const QString &user) const;
    /// `R/command/#`: what the service subscribes to.
    QString commandFilter() const;
    /// `R/reply/<user>/<tag>`: a response topic for a command of `user`.
    QString reply(const QString &user, const QString &tag) const;
    /// `R/reply/<user>/#`: what a console subscribes to for its answers.
    QString replyFilter(const QString &user) const;
    /// Whether `responseTopic` is a topic under `R/reply/<user>/` (no wildcards, a non-empty
    /// rest): the service answers a command of `user` only there (console-bus.md section 4).
    bool isReplyTopicOf(const QString &responseTopic, const QString &user) const;

    /// A command topic taken apart.
    struct CommandTopic
    {
        QString role;
        QString user;
    };
    /// The role (one of roles()) and user of `R/command/<role>/<user>`, or nothing for any other
    /// topic.
    std::optional<CommandTopic> parseCommand(const QString &topic) const;

    /// A state topic taken apart: the key is the extension number, request id or line number,
    /// empty for the items without one.
    struct StateTopic
    {
        Item item;
        QString key;
    };
    /// The item of a topic under `R/state/`, or nothing for an unknown or malformed one.
    std::optional<StateTopic> parseState(const QString &topic) const;

private:
    QString m_system;
    QString m_root;
};

} // namespace sb::bus
