#include "busservice.h"

#include "callservice.h"
#include "statebuilder.h"

#include <QJsonDocument>
#include <QPointer>

namespace sb::service {

BusService::BusService(CallService *service, bus::MqttClient::Settings settings,
    const QString &system, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_topics(system)
    , m_stopTimer(this)
{
    settings.keepaliveSeconds = std::min(settings.keepaliveSeconds, maxKeepaliveSeconds);
    // The broker says "offline" for us when we vanish without DISCONNECT (a crash, a cut cable).
    bus::MqttClient::Will will;
    will.topic = m_topics.state(bus::Topics::Item::Service);
    will.payload = QJsonDocument(StateBuilder::service(QStringLiteral("offline"),
                                     service->version(), service->started(), service->epoch()))
                       .toJson(QJsonDocument::Compact);
    will.retain = true;
    will.qos = 1;
    settings.will = will;
    m_client = new bus::MqttClient(settings, this);
    m_client->subscribe(m_topics.commandFilter());
    connect(m_client, &bus::MqttClient::connected, this, &BusService::onConnected);
    connect(m_client, &bus::MqttClient::disconnected, this, [this](const QString &reason) {
        emit line(QStringLiteral("bus: disconnected from %1:%2: %3")
                      .arg(m_client->settings().host)
                      .arg(m_client->settings().port)
                      .arg(reason));
    });
    connect(m_client, &bus::MqttClient::messageReceived, this, &BusService::onMessage);
    connect(m_client, &bus::MqttClient::published, this, [this](int mid, int) {
        if (m_stopping && mid == m_offlineMid)
            finishStop();
    });
    connect(m_client, &bus::MqttClient::stateChanged, this, [this](bus::MqttClient::State s) {
        if (s == bus::MqttClient::State::Stopped)
            stopDone();
    });
    connect(service, &CallService::published, this, &BusService::onPublished);
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, &BusService::finishStop);
}

BusService::~BusService() = default;

void BusService::start()
{
    const QString user = m_client->settings().user;
    emit line(QStringLiteral("bus: connecting to %1:%2 %3, topics under %4")
                  .arg(m_client->settings().host)
                  .arg(m_client->settings().port)
                  .arg(user.isEmpty() ? QStringLiteral("without a user name")
                                      : QStringLiteral("as ") + user,
                      m_topics.root()));
    m_client->start();
}

void BusService::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    disconnect(m_service, &CallService::published, this, &BusService::onPublished);
    if (!m_client->isConnected()) {
        m_client->stop();
        if (m_client->state() == bus::MqttClient::State::Stopped)
            stopDone();
        return;
    }
    // Said by us before we go: the will is for going without a word.
    const QByteArray offline
        = QJsonDocument(StateBuilder::service(QStringLiteral("offline"), m_service->version(),
                            m_service->started(), m_service->epoch()))
              .toJson(QJsonDocument::Compact);
    m_offlineMid = m_client->publish(m_topics.state(bus::Topics::Item::Service), offline, true, 1);
    if (m_offlineMid < 0) {
        finishStop();
        return;
    }
    m_stopTimer.start(stopTimeoutMs);
}

void BusService::finishStop()
{
    if (!m_stopping)
        return;
    // The second time (the DISCONNECT did not finish either) it gives up waiting.
    if (m_disconnecting || m_client->state() == bus::MqttClient::State::Stopped) {
        stopDone();
        return;
    }
    m_disconnecting = true;
    m_stopTimer.start(stopTimeoutMs); // bounds the DISCONNECT too
    m_client->stop();
    if (m_client->state() == bus::MqttClient::State::Stopped)
        stopDone();
}

void BusService::stopDone()
{
    if (!m_stopping)
        return;
    m_stopping = false;
    m_stopTimer.stop();
    // Always from the event loop: a caller connects to stopped() and then runs a loop for it.
    QMetaObject::invokeMethod(this, &BusService::stopped, Qt::QueuedConnection);
}

void BusService::onConnected()
{
    emit line(QStringLiteral("bus: connected to %1:%2")
                  .arg(m_client->settings().host)
                  .arg(m_client->settings().port));
    // What the broker holds under R/state/ arrives first, flagged retained, right after the
    // subscription; our own first publish comes back after it, not flagged: the end of the list.
    m_retainedSeen.clear();
    m_sweeping = true;
    m_swept = false;
    m_client->subscribe(m_topics.stateFilter());
    // The whole picture: state/service (online, the epoch) first, so that a client drops the old
    // run's items before the new ones come; the index last (CallService::snapshot()).
    const QList<CallService::Message> snapshot = m_service->snapshot();
    for (const CallService::Message &m : snapshot)
        publish(m.topic, m.payload, m.retained);
}

void BusService::onMessage(const bus::Message &message)
{
    if (const auto command = m_topics.parseCommand(message.topic)) {
        // Only the user's own reply topic: nobody may receive another user's answers.
        const bool replyOk = !message.responseTopic.isEmpty()
            && m_topics.isReplyTopicOf(message.responseTopic, command->user);
        // Answered now, or later from the history's thread (history, report).
        const QPointer<bus::MqttClient> client = m_client;
        m_service->handleCommand(Origin::Bus, command->role, command->user, message.payload,
            replyOk, !message.correlationData.isEmpty(),
            [client, topic = message.responseTopic, correlation = message.correlationData](
                const QJsonObject &reply) {
                if (client)
                    client->publish(topic, QJsonDocument(reply).toJson(QJsonDocument::Compact),
                        false, 1, QString(), correlation);
            });
        return;
    }
    if (!m_sweeping || !message.topic.startsWith(m_topics.root() + QStringLiteral("/state/")))
        return;
    if (message.retained) {
        m_retainedSeen.insert(message.topic);
        return;
    }
    sweep();
}

void BusService::sweep()
{
    m_sweeping = false;
    m_client->unsubscribe(m_topics.stateFilter());
    QSet<QString> held;
    for (const CallService::Message &m : m_service->snapshot())
        held.insert(m_topics.root() + QLatin1Char('/') + m.topic);
    int emptied = 0;
    for (const QString &topic : std::as_const(m_retainedSeen)) {
        if (held.contains(topic))
            continue;
        m_client->publish(topic, QByteArray(), true, 1);
        ++emptied;
    }
    m_retainedSeen.clear();
    m_swept = true;
    if (emptied > 0)
        emit line(
            QStringLiteral("bus: emptied %1 retained items an earlier run left").arg(emptied));
    emit swept(emptied);
}

void BusService::onPublished(const QString &topic, const QJsonObject &payload, bool retained)
{
    publish(topic, payload, retained);
}

void BusService::publish(const QString &relativeTopic, const QJsonObject &payload, bool retained)
{
    // While disconnected nothing is queued: the next connect publishes the whole picture.
    if (!m_client->isConnected())
        return;
    const QByteArray bytes = payload.isEmpty() && retained
        ? QByteArray() // deletes the retained item
        : QJsonDocument(payload).toJson(QJsonDocument::Compact);
    m_client->publish(m_topics.root() + QLatin1Char('/') + relativeTopic, bytes, retained, 1);
}

} // namespace sb::service
