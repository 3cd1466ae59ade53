#include "bus/topics.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sb::bus {

namespace {

const QLatin1String statePart("state");

QString itemName(Topics::Item item)
{
    switch (item) {
    case Topics::Item::Service:
        return QStringLiteral("service");
    case Topics::Item::Link:
        return QStringLiteral("link");
    case Topics::Item::Index:
        return QStringLiteral("index");
    case Topics::Item::Programming:
        return QStringLiteral("programming");
    case Topics::Item::Extension:
        return QStringLiteral("extension");
    case Topics::Item::Request:
        return QStringLiteral("request");
    case Topics::Item::Line:
        return QStringLiteral("line");
    }
    return {};
}

// A topic level that is one level and no wildcard: what a user name, number or tag must be.
bool isPlainLevel(const QString &level)
{
    return !level.isEmpty() && !level.contains(QLatin1Char('/'))
        && !level.contains(QLatin1Char('+')) && !level.contains(QLatin1Char('#'));
}

} // namespace

bool Topics::isValidSystem(const QString &system, QString *error)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9-]{1,32}$"));
    if (valid.match(system).hasMatch())
        return true;
    if (error) {
        *error = QCoreApplication::translate(
            "Topics", "“%1” is not a system name: 1 to 32 characters of a-z, 0-9 and -")
                     .arg(system);
    }
    return false;
}

QStringList Topics::roles()
{
    return {QStringLiteral("reception"), QStringLiteral("supervisor"), QStringLiteral("installer")};
}

Topics::Topics(const QString &system)
    : m_system(system)
    , m_root(QStringLiteral("switchboard/1/") + system)
{
    Q_ASSERT(isValidSystem(system));
}

QString Topics::state(Item item) const
{
    return m_root + QStringLiteral("/state/") + itemName(item);
}

QString Topics::extension(const QString &number) const
{
    return state(Item::Extension) + QLatin1Char('/') + number;
}

QString Topics::request(qint64 id) const
{
    return state(Item::Request) + QLatin1Char('/') + QString::number(id);
}

QString Topics::line(int number) const
{
    return state(Item::Line) + QLatin1Char('/') + QString::number(number);
}

QString Topics::stateFilter() const
{
    return m_root + QStringLiteral("/state/#");
}

QString Topics::event() const
{
    return m_root + QStringLiteral("/event");
}

QString Topics::command(const QString &role, const QString &user) const
{
    return m_root + QStringLiteral("/command/") + role + QLatin1Char('/') + user;
}

QString Topics::commandFilter() const
{
    return m_root + QStringLiteral("/command/#");
}

QString Topics::reply(const QString &user, const QString &tag) const
{
    return m_root + QStringLiteral("/reply/") + user + QLatin1Char('/') + tag;
}

QString Topics::replyFilter(const QString &user) const
{
    return m_root + QStringLiteral("/reply/") + user + QStringLiteral("/#");
}

bool Topics::isReplyTopicOf(const QString &responseTopic, const QString &user) const
{
    const QString prefix = m_root + QStringLiteral("/reply/") + user + QLatin1Char('/');
    if (!isPlainLevel(user) || !responseTopic.startsWith(prefix))
        return false;
    const QString rest = responseTopic.mid(prefix.size());
    return !rest.isEmpty() && !rest.contains(QLatin1Char('+')) && !rest.contains(QLatin1Char('#'));
}

std::optional<Topics::CommandTopic> Topics::parseCommand(const QString &topic) const
{
    const QString prefix = m_root + QStringLiteral("/command/");
    if (!topic.startsWith(prefix))
        return std::nullopt;
    const QStringList levels = topic.mid(prefix.size()).split(QLatin1Char('/'));
    if (levels.size() != 2 || !roles().contains(levels[0]) || !isPlainLevel(levels[1]))
        return std::nullopt;
    return CommandTopic {levels[0], levels[1]};
}

std::optional<Topics::StateTopic> Topics::parseState(const QString &topic) const
{
    const QString prefix = m_root + QLatin1Char('/') + statePart + QLatin1Char('/');
    if (!topic.startsWith(prefix))
        return std::nullopt;
    const QStringList levels = topic.mid(prefix.size()).split(QLatin1Char('/'));
    static const QRegularExpression integer(QStringLiteral("^(0|[1-9][0-9]{0,17})$"));
    for (Item item : {Item::Service, Item::Link, Item::Index, Item::Programming}) {
        if (levels.size() == 1 && levels[0] == itemName(item))
            return StateTopic {item, {}};
    }
    if (levels.size() != 2 || !isPlainLevel(levels[1]))
        return std::nullopt;
    if (levels[0] == itemName(Item::Extension))
        return StateTopic {Item::Extension, levels[1]};
    for (Item item : {Item::Request, Item::Line}) {
        if (levels[0] == itemName(item) && integer.match(levels[1]).hasMatch())
            return StateTopic {item, levels[1]};
    }
    return std::nullopt;
}

} // namespace sb::bus
