#pragma once

// A plain MQTT subscriber to R/state/# (bus::MqttClient, no SB-BUS/1 logic): it keeps the topics
// that hold a retained payload, and reads the index's lists and the link's "up" as they pass.
// The broker-alone reference of the late-joiner benchmark, and the bench's own view of the
// service while it builds the state. Header-only.

#include "bus/mqttclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sb::bench {

class RawSubscriber
{
public:
    /// `root` is R; `parse` reads the index and the link (the reference subscriber only counts).
    RawSubscriber(const bus::MqttClient::Settings &login, const QString &root, bool parse)
        : m_mqtt(login)
        , m_prefix(root + QStringLiteral("/state/"))
        , m_parse(parse)
    {
        m_mqtt.subscribe(m_prefix + QLatin1Char('#'));
        QObject::connect(&m_mqtt, &bus::MqttClient::messageReceived, &m_mqtt,
            [this](const bus::Message &m) { onMessage(m); });
        m_quiet.start();
    }

    void start()
    {
        m_clock.start();
        m_mqtt.start();
    }
    void stop() { m_mqtt.stop(); }
    bool isConnected() const { return m_mqtt.isConnected(); }

    /// Records the time from start() to holding `count` topics (reachedMs()).
    void setTarget(int count) { m_target = count; }
    /// Milliseconds from start() to holding the target, or -1 while it does not.
    double reachedMs() const { return m_reachedMs; }
    /// Topics that hold a payload now (under R/state/).
    int held() const { return int(m_held.size()); }
    /// Messages received.
    qint64 received() const { return m_received; }
    /// Milliseconds since the last message.
    qint64 quietMs() const { return m_quiet.elapsed(); }
    /// From the last index (when parsing).
    int indexedExtensions() const { return m_extensions; }
    int indexedRequests() const { return m_requests; }
    bool linkUp() const { return m_linkUp; }
    bool online() const { return m_online; }

private:
    void onMessage(const bus::Message &m)
    {
        ++m_received;
        m_quiet.restart();
        const QString topic = m.topic.mid(m_prefix.size());
        if (m.payload.isEmpty())
            m_held.remove(topic);
        else
            m_held.insert(topic);
        if (m_target > 0 && m_reachedMs < 0 && m_held.size() >= m_target)
            m_reachedMs = double(m_clock.nsecsElapsed()) / 1e6;
        if (!m_parse)
            return;
        if (topic == QLatin1String("index")) {
            const QJsonObject o = QJsonDocument::fromJson(m.payload).object();
            m_extensions = int(o.value(QLatin1String("extensions")).toArray().size());
            m_requests = int(o.value(QLatin1String("requests")).toArray().size());
        } else if (topic == QLatin1String("link")) {
            m_linkUp
                = QJsonDocument::fromJson(m.payload).object().value(QLatin1String("up")).toBool();
        } else if (topic == QLatin1String("service")) {
            m_online = QJsonDocument::fromJson(m.payload).object().value(QLatin1String("state"))
                == QLatin1String("online");
        }
    }

    bus::MqttClient m_mqtt;
    QString m_prefix;
    bool m_parse;
    QSet<QString> m_held;
    qint64 m_received = 0;
    QElapsedTimer m_quiet;
    QElapsedTimer m_clock;
    int m_target = 0;
    double m_reachedMs = -1;
    int m_extensions = 0;
    int m_requests = 0;
    bool m_linkUp = false;
    bool m_online = false;
};

} // namespace sb::bench
