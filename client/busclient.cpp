#include "busclient.h"

#include "bus/busurl.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcBusClient, "sb.client.bus")

namespace sb::client {

namespace {

QString randomTag()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}

} // namespace

BusClient::BusClient(const Settings &settings, QObject *parent)
    : Client(parent)
    , m_topics(settings.system)
    , m_statePrefix(m_topics.root() + QStringLiteral("/state/"))
    , m_user(settings.mqtt.user)
    , m_roles(settings.roles)
    , m_replyTopic(m_topics.reply(settings.mqtt.user, randomTag()))
    , m_mqtt(settings.mqtt)
{
    connect(&m_mqtt, &bus::MqttClient::connected, this, &BusClient::onConnected);
    connect(&m_mqtt, &bus::MqttClient::disconnected, this, &BusClient::onDisconnected);
    connect(&m_mqtt, &bus::MqttClient::messageReceived, this, &BusClient::onMessage);
    connect(&m_mqtt, &bus::MqttClient::published, this, &BusClient::onPublished);
    connect(&picture(), &Picture::serviceChanged, this, &Client::serviceStateChanged);
    // Not reachable until the broker connection is up.
    mutablePicture().setReachable(false);
    m_mqtt.subscribe(m_topics.stateFilter());
    m_mqtt.subscribe(m_topics.event());
    // Only this client's own reply topic (inside R/reply/<user>/#, which the ACL allows):
    // another console of the same user never sees these answers, nor this one theirs.
    m_mqtt.subscribe(m_replyTopic);
}

BusClient::~BusClient() = default;

void BusClient::start()
{
    m_mqtt.start();
}

void BusClient::stop()
{
    m_mqtt.stop();
    m_inFlight.clear();
    failPending(CommandOperation::notConnectedError, tr("The console was disconnected."));
    mutablePicture().setReachable(false);
    emit serviceStateChanged();
}

QString BusClient::describe() const
{
    bus::BusUrl url;
    url.host = m_mqtt.settings().host;
    url.port = m_mqtt.settings().port;
    url.tls = m_mqtt.settings().tls;
    return tr("%1 as %2").arg(url.toString(), m_user);
}

QString BusClient::owner() const
{
    return QStringLiteral("bus/%1/%2").arg(m_topics.system(), m_user);
}

bool BusClient::isConnected() const
{
    return m_mqtt.isConnected();
}

void BusClient::dispatch(Role role, CommandOperation *op)
{
    const QByteArray payload = QJsonDocument(op->command()).toJson(QJsonDocument::Compact);
    const int mid = m_mqtt.publish(m_topics.command(roleName(role), m_user), payload, false, 1,
        m_replyTopic, op->id().toUtf8());
    if (mid < 0) {
        op->fail(CommandOperation::notConnectedError,
            tr("The command could not be sent: %1").arg(m_mqtt.lastError()));
        return;
    }
    m_inFlight.insert(mid, op->id());
}

void BusClient::onConnected()
{
    // The broker now sends its retained copy of every state topic again (section 2).
    mutablePicture().beginResync();
    mutablePicture().setReachable(true);
    emit serviceStateChanged();
}

void BusClient::onDisconnected(const QString &reason)
{
    qCInfo(lcBusClient) << "broker connection lost:" << reason;
    mutablePicture().setReachable(false);
    emit serviceStateChanged();
}

void BusClient::onMessage(const bus::Message &message)
{
    QJsonObject payload;
    if (!message.payload.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(message.payload, &error);
        if (!doc.isObject()) {
            qCWarning(lcBusClient) << "ignoring a message on" << message.topic
                                   << "that is not a JSON object:" << error.errorString();
            return;
        }
        payload = doc.object();
    }
    if (message.topic.startsWith(m_statePrefix)) {
        mutablePicture().apply(message.topic.mid(m_statePrefix.size()), payload);
    } else if (message.topic == m_topics.event()) {
        if (!payload.isEmpty())
            emit eventReceived(payload);
    } else if (message.topic == m_replyTopic) {
        CommandOperation *op = pending(QString::fromUtf8(message.correlationData));
        if (!op) {
            qCDebug(lcBusClient) << "a reply for no waiting command (late, or not ours)";
            return;
        }
        op->finish(payload);
    }
}

void BusClient::onPublished(int mid, int reasonCode)
{
    const QString id = m_inFlight.take(mid);
    CommandOperation *op = id.isEmpty() ? nullptr : pending(id);
    if (!op)
        return;
    if (reasonCode == bus::MqttClient::NotAuthorized) {
        op->fail(CommandOperation::brokerRefusedError,
            tr("The broker refused the command: user %1 may not send %2 commands.")
                .arg(m_user, roleName(op->role())));
    } else if (reasonCode == bus::MqttClient::NoMatchingSubscribers) {
        // Nobody reads commands: the service is not connected to the broker.
        op->fail(CommandOperation::notConnectedError, tr("The call service is offline."));
    } else if (reasonCode == bus::MqttClient::ConnectionLost) {
        op->fail(CommandOperation::notConnectedError,
            tr("The connection to the broker was lost; the command may or may not have been "
               "carried out."));
    } else if (reasonCode >= 0x80) {
        op->fail(CommandOperation::brokerRefusedError,
            tr("The broker refused the command (reason code 0x%1).")
                .arg(reasonCode, 2, 16, QLatin1Char('0')));
    }
}

} // namespace sb::client
