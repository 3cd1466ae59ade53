#pragma once

// The service's retained picture exactly as the broker delivers it (issue 10's system tests): a
// plain MQTT subscriber on R/state/# that keeps the latest payload of each topic, and a
// comparison of a client::Picture against it, field by field, from the JSON (not through the
// Picture's own parser). Header-only.

#include "bus/mqttclient.h"
#include "client/picture.h"
#include "service/statebuilder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace sb::test {

/// R/state/# as published: topic (after "R/state/") -> the latest retained payload. A
/// reconnect starts over (the broker resends its retained copy; items deleted meanwhile are not).
class RawState
{
public:
    RawState(const bus::MqttClient::Settings &settings, const QString &root)
        : m_prefix(root + QStringLiteral("/state/"))
        , m_mqtt(settings)
    {
        QObject::connect(&m_mqtt, &bus::MqttClient::connected, [this] {
            m_items.clear();
            m_parsed.clear();
        });
        QObject::connect(
            &m_mqtt, &bus::MqttClient::messageReceived, [this](const bus::Message &message) {
                if (!message.topic.startsWith(m_prefix))
                    return;
                ++m_received;
                const QString key = message.topic.mid(m_prefix.size());
                m_parsed.remove(key);
                if (message.payload.isEmpty())
                    m_items.remove(key);
                else
                    m_items.insert(key, message.payload); // parsed when asked: cheap to keep up
            });
        m_mqtt.subscribe(m_prefix + QLatin1Char('#'));
        m_mqtt.start();
    }

    bus::MqttClient &mqtt() { return m_mqtt; }
    /// Every held topic ("index", "extension/104" …) and its payload.
    QMap<QString, QJsonObject> items() const
    {
        QMap<QString, QJsonObject> out;
        for (auto it = m_items.begin(); it != m_items.end(); ++it)
            out.insert(it.key(), item(it.key()));
        return out;
    }
    QJsonObject item(const QString &key) const
    {
        const auto parsed = m_parsed.constFind(key);
        if (parsed != m_parsed.constEnd())
            return *parsed;
        const auto raw = m_items.constFind(key);
        if (raw == m_items.constEnd())
            return QJsonObject();
        return *m_parsed.insert(key, QJsonDocument::fromJson(*raw).object());
    }
    /// items() without what moves by itself: the link's counters and its rev (the controller
    /// link's keepalive PING every second changes them). For "nothing changed" comparisons.
    QMap<QString, QJsonObject> withoutCounters() const
    {
        QMap<QString, QJsonObject> items = this->items();
        const auto link = items.find(QStringLiteral("link"));
        if (link != items.end()) {
            QJsonObject kept;
            for (const char *key : {"up", "state", "model", "firmware", "bootId", "lastReset"})
                kept.insert(QLatin1String(key), link->value(QLatin1String(key)));
            *link = kept;
        }
        return items;
    }
    bool has(const QString &key) const { return m_items.contains(key); }
    /// State messages received so far (deletions included).
    int received() const { return m_received; }

    QString epoch() const { return item(QStringLiteral("service"))[u"epoch"].toString(); }
    bool online() const
    {
        return item(QStringLiteral("service"))[u"state"].toString() == QLatin1String("online");
    }
    bool linkUp() const { return item(QStringLiteral("link"))[u"up"].toBool(); }
    /// The request ids the index names.
    QList<qint64> requestIds() const
    {
        QList<qint64> ids;
        for (const QJsonValue &v : item(QStringLiteral("index"))[u"requests"].toArray())
            ids << v.toInteger();
        return ids;
    }
    QStringList extensionNumbers() const
    {
        QStringList numbers;
        for (const QJsonValue &v : item(QStringLiteral("index"))[u"extensions"].toArray())
            numbers << v.toString();
        return numbers;
    }

    /// The service is online with the link up, and the index and every item it names are held.
    bool isComplete() const
    {
        if (!online() || !linkUp() || !has(QStringLiteral("index")))
            return false;
        const QJsonObject index = item(QStringLiteral("index"));
        if (index[u"epoch"].toString() != epoch())
            return false;
        for (const QJsonValue &v : index[u"extensions"].toArray()) {
            if (!has(QStringLiteral("extension/") + v.toString()))
                return false;
        }
        for (const QJsonValue &v : index[u"lines"].toArray()) {
            if (!has(QStringLiteral("line/%1").arg(v.toInteger())))
                return false;
        }
        for (const QJsonValue &v : index[u"requests"].toArray()) {
            if (!has(QStringLiteral("request/%1").arg(v.toInteger())))
                return false;
        }
        return true;
    }

    /// What differs between `picture` and the published state (empty: equal). Compares the
    /// service, the link, the programming's revision, the index's sets and every field of every
    /// extension, request and line the index names.
    QStringList differences(const client::Picture &picture) const
    {
        QStringList out;
        auto differ = [&out](const QString &what, const auto &mine, const auto &published) {
            if (mine != published)
                out << QStringLiteral("%1: picture %2, published %3")
                           .arg(what, toText(mine), toText(published));
        };
        if (!isComplete())
            out << QStringLiteral("the published state is not complete");
        out << unsettled();
        const QJsonObject service = item(QStringLiteral("service"));
        differ(QStringLiteral("service online"), picture.service().online, online());
        differ(QStringLiteral("epoch"), picture.epoch(), epoch());
        differ(QStringLiteral("service version"), picture.service().version,
            service[u"version"].toString());
        const QJsonObject link = item(QStringLiteral("link"));
        differ(QStringLiteral("link up"), picture.link().up, link[u"up"].toBool());
        differ(QStringLiteral("link state"), picture.link().state, link[u"state"].toString());
        differ(
            QStringLiteral("bootId"), qint64(picture.link().bootId), link[u"bootId"].toInteger());
        differ(QStringLiteral("programming revision"), picture.programmingRevision(),
            item(QStringLiteral("programming"))[u"revision"].toInteger(-1));
        differ(QStringLiteral("complete"), picture.isComplete(), true);
        differ(QStringLiteral("current"), picture.isCurrent(), true);

        // Extensions: the index's numbers in number order, then each one's fields.
        QStringList numbers = extensionNumbers();
        std::sort(numbers.begin(), numbers.end(), client::Picture::numberLess);
        QStringList shown;
        for (const client::Extension *e : picture.extensions())
            shown << e->number;
        if (shown != numbers)
            out << QStringLiteral("extensions: picture shows %1, index names %2")
                       .arg(shown.size())
                       .arg(numbers.size());
        for (const QString &number : std::as_const(numbers)) {
            const client::Extension *e = picture.extension(number);
            const QJsonObject o = item(QStringLiteral("extension/") + number);
            const QString at = QStringLiteral("extension %1 ").arg(number);
            if (!e) {
                out << at + QStringLiteral("missing");
                continue;
            }
            differ(at + QStringLiteral("rev"), qint64(e->rev), o[u"rev"].toInteger());
            differ(at + QStringLiteral("port"), qint64(e->port), o[u"port"].toInteger());
            differ(at + QStringLiteral("number"), e->number, o[u"number"].toString());
            differ(at + QStringLiteral("name"), e->name, o[u"name"].toString());
            differ(at + QStringLiteral("type"), typeName(e->type), o[u"type"].toString());
            differ(at + QStringLiteral("state"), service::StateBuilder::callStateName(e->state),
                o[u"state"].toString());
            differ(at + QStringLiteral("offHook"), e->offHook, o[u"offHook"].toBool());
            differ(at + QStringLiteral("peer"), e->peer, o[u"peer"].toString());
            differ(at + QStringLiteral("line"), qint64(e->line), o[u"line"].toInteger());
            differ(at + QStringLiteral("dnd"), e->dnd, o[u"dnd"].toBool());
            differ(at + QStringLiteral("forwardTo"), e->forwardTo, o[u"forwardTo"].toString());
            differ(at + QStringLiteral("waiting"), ids(e->waiting), ids(o[u"waiting"].toArray()));
            differ(at + QStringLiteral("left"), ids(e->left), ids(o[u"left"].toArray()));
            differ(at + QStringLiteral("campedOn"), e->campedOn, o[u"campedOn"].toBool());
            differ(at + QStringLiteral("clearMenu"), e->clearMenu, o[u"clearMenu"].toBool());
        }

        // Requests: the index's ids, then each one's fields.
        QList<qint64> requests = requestIds();
        std::sort(requests.begin(), requests.end());
        QList<qint64> shownRequests;
        for (const client::Request *r : picture.requests())
            shownRequests << qint64(r->id);
        std::sort(shownRequests.begin(), shownRequests.end());
        if (shownRequests != requests)
            out << QStringLiteral("requests: picture shows %1, index names %2")
                       .arg(shownRequests.size())
                       .arg(requests.size());
        for (const qint64 id : std::as_const(requests)) {
            const client::Request *r = picture.request(core::RequestId(id));
            const QJsonObject o = item(QStringLiteral("request/%1").arg(id));
            const QString at = QStringLiteral("request %1 ").arg(id);
            if (!r) {
                out << at + QStringLiteral("missing");
                continue;
            }
            differ(at + QStringLiteral("rev"), qint64(r->rev), o[u"rev"].toInteger());
            differ(at + QStringLiteral("caller"), r->caller, o[u"caller"].toString());
            differ(at + QStringLiteral("target"), r->target, o[u"target"].toString());
            differ(at + QStringLiteral("kind"),
                r->transfer ? QStringLiteral("transfer")
                            : service::StateBuilder::requestKindName(r->kind),
                o[u"kind"].toString());
            differ(at + QStringLiteral("leftAt"), service::StateBuilder::rfc3339(r->leftAt),
                o[u"leftAt"].toString());
            differ(
                at + QStringLiteral("position"), qint64(r->position), o[u"position"].toInteger());
            differ(at + QStringLiteral("state"), service::StateBuilder::requestStateName(r->state),
                o[u"state"].toString());
            differ(at + QStringLiteral("line"), qint64(r->line), o[u"line"].toInteger());
        }

        // Lines.
        QList<qint64> lines;
        for (const QJsonValue &v : item(QStringLiteral("index"))[u"lines"].toArray())
            lines << v.toInteger();
        std::sort(lines.begin(), lines.end());
        QList<qint64> shownLines;
        for (const client::Line *l : picture.lines())
            shownLines << l->line;
        differ(QStringLiteral("lines"), shownLines, lines);
        for (const client::Line *l : picture.lines()) {
            const QJsonObject o = item(QStringLiteral("line/%1").arg(l->line));
            const QString at = QStringLiteral("line %1 ").arg(l->line);
            differ(at + QStringLiteral("rev"), qint64(l->rev), o[u"rev"].toInteger());
            differ(at + QStringLiteral("state"), l->state, o[u"state"].toString());
            differ(at + QStringLiteral("station"), l->station, o[u"station"].toString());
            differ(at + QStringLiteral("since"), service::StateBuilder::rfc3339(l->since),
                o[u"since"].toString());
        }
        if (out.size() > 12)
            out = out.mid(0, 12) << QStringLiteral("… %1 more").arg(out.size() - 12);
        return out;
    }

    /// Where the published state contradicts itself, which it may for up to the service's
    /// coalescing delay (an extension is published at most every 50 ms): a live request missing
    /// from its caller's `left` or its target's `waiting`, or a listed id that is not live.
    QStringList unsettled() const
    {
        QStringList out;
        const QList<qint64> live = requestIds();
        const QSet<qint64> liveSet(live.begin(), live.end());
        for (const qint64 id : live) {
            const QJsonObject r = item(QStringLiteral("request/%1").arg(id));
            const QString caller = r[u"caller"].toString();
            // A transfer is in no caller's list (docs/call-processing.md): only its target's.
            if (r[u"kind"].toString() != QLatin1String("transfer")
                && !ids(item(QStringLiteral("extension/") + caller)[u"left"].toArray())
                        .contains(id))
                out << QStringLiteral("published: request %1 not in %2's left").arg(id).arg(caller);
            const QString target = r[u"target"].toString();
            if (!target.isEmpty()
                && !ids(item(QStringLiteral("extension/") + target)[u"waiting"].toArray())
                        .contains(id))
                out << QStringLiteral("published: request %1 not in %2's waiting")
                           .arg(id)
                           .arg(target);
        }
        for (const QString &number : extensionNumbers()) {
            const QJsonObject e = item(QStringLiteral("extension/") + number);
            for (const qint64 id : ids(e[u"left"].toArray()) + ids(e[u"waiting"].toArray())) {
                if (!liveSet.contains(id))
                    out << QStringLiteral("published: %1 lists request %2, which is not live")
                               .arg(number)
                               .arg(id);
            }
        }
        return out;
    }

private:
    static QString typeName(core::ExtensionType type)
    {
        switch (type) {
        case core::ExtensionType::Keyset:
            return QStringLiteral("keyset");
        case core::ExtensionType::SingleLine:
            return QStringLiteral("single-line");
        case core::ExtensionType::Attendant:
            return QStringLiteral("attendant");
        }
        return QString();
    }
    static QList<qint64> ids(const QList<core::RequestId> &list)
    {
        QList<qint64> out;
        for (const core::RequestId id : list)
            out << qint64(id);
        return out;
    }
    static QList<qint64> ids(const QJsonArray &array)
    {
        QList<qint64> out;
        for (const QJsonValue &v : array)
            out << v.toInteger();
        return out;
    }
    static QString toText(const QString &s) { return QLatin1Char('"') + s + QLatin1Char('"'); }
    static QString toText(bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); }
    static QString toText(qint64 n) { return QString::number(n); }
    static QString toText(const QList<qint64> &list)
    {
        QStringList parts;
        for (const qint64 n : list)
            parts << QString::number(n);
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }

    QString m_prefix;
    bus::MqttClient m_mqtt;
    QMap<QString, QByteArray> m_items;
    mutable QHash<QString, QJsonObject> m_parsed;
    int m_received = 0;
};

} // namespace sb::test
