#include "bus/mqttclient.h"

#include "bus/busurl.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QPointer>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTimer>

#include <mosquitto.h>
#include <mqtt_protocol.h>

#include <fcntl.h>
#include <sys/socket.h>

#include <cstring>
#include <mutex>

namespace sb::bus {

namespace {

constexpr int initialBackoffMs = 250;
constexpr int maximumBackoffMs = 10000;
// A connection that lasted this long starts the backoff over; a shorter one (refused by the
// broker right after CONNACK, taken over by a client with the same id) keeps it growing.
constexpr qint64 stableConnectionMs = 5000;

void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

QString uniqueClientId()
{
    auto *random = QRandomGenerator::global();
    return QStringLiteral("sb-%1%2")
        .arg(random->generate64() & 0xffffffffffULL, 10, 16, QLatin1Char('0'))
        .arg(random->generate64() & 0xffffffffffULL, 10, 16, QLatin1Char('0'));
}

QString errorText(int rc)
{
    // A DISCONNECT from the broker reports its MQTT 5 reason code (0x80 and up) instead.
    if (rc >= 0x80)
        return QString::fromUtf8(mosquitto_reason_string(rc));
    if (rc == MOSQ_ERR_ERRNO)
        return QString::fromLocal8Bit(std::strerror(errno));
    return QString::fromUtf8(mosquitto_strerror(rc));
}

} // namespace

void MqttClient::Settings::setUrl(const BusUrl &url)
{
    host = url.host;
    port = url.port;
    tls = url.tls;
}

MqttClient::MqttClient(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_miscTimer(new QTimer(this))
    , m_connectTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
{
    initLibrary();
    if (m_settings.clientId.isEmpty())
        m_settings.clientId = uniqueClientId();
    // libmosquitto's keepalive check (PINGREQ, and giving up on a silent broker) runs here.
    m_miscTimer->setInterval(1000);
    connect(m_miscTimer, &QTimer::timeout, this, &MqttClient::misc);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this,
        [this] { connectionFailed(tr("no answer from the broker")); });
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &MqttClient::attempt);
}

MqttClient::~MqttClient()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_mosq) {
        // Best effort: a DISCONNECT if the socket takes it at once (call stop() and wait for
        // Stopped to be sure), so that the broker drops the will.
        if (m_state == State::Connected && !m_stopping)
            mosquitto_disconnect_v5(m_mosq, MQTT_RC_NORMAL_DISCONNECTION, nullptr);
        delete m_readNotifier;
        delete m_writeNotifier;
        mosquitto_destroy(m_mosq);
    }
}

void MqttClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void MqttClient::start()
{
    if (m_state != State::Stopped)
        return;
    m_stopping = false;
    m_backoffMs = 0;
    attempt();
}

void MqttClient::stop()
{
    m_reconnectTimer->stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_stopping)
        return; // the DISCONNECT is on its way
    if (m_state == State::Connected && m_mosq) {
        // A clean DISCONNECT, so that the broker drops the will. It is normally written at once;
        // if the socket is full, the write notifier finishes it, bounded by the connect timer.
        m_stopping = true;
        mosquitto_disconnect_v5(m_mosq, MQTT_RC_NORMAL_DISCONNECTION, nullptr);
        dispatchEvents();
        if (m_mosq) {
            updateWriteNotifier();
            m_connectTimer->start(1000);
        }
        return;
    }
    teardown();
    setState(State::Stopped);
}

void MqttClient::attempt()
{
    setState(State::Connecting);
    QHostAddress address;
    if (address.setAddress(m_settings.host)) {
        m_families.clear();
        connectToBroker();
        return;
    }
    // libmosquitto resolves with a blocking getaddrinfo(); looking the name up here first means
    // an unknown name or a dead name server never stalls the event loop.
    m_lookupId = QHostInfo::lookupHost(m_settings.host, this, &MqttClient::hostLookedUp);
}

void MqttClient::hostLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_state != State::Connecting)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        connectionFailed(
            tr("cannot find the host %1: %2").arg(m_settings.host, info.errorString()));
        return;
    }
    m_families.clear();
    for (const QHostAddress &address : info.addresses()) {
        if (!m_families.contains(address.protocol()))
            m_families.append(address.protocol());
    }
    connectToBroker();
}

void MqttClient::connectToBroker()
{
    m_refusal.clear();
    m_logError.clear();
    m_tcpUp = false;
    // A fresh libmosquitto client for every attempt: nothing of an earlier connection (queued
    // publishes, half-read packets) survives into the next one.
    m_mosq = mosquitto_new(m_settings.clientId.toUtf8().constData(), m_settings.cleanStart, this);
    if (!m_mosq) {
        connectionFailed(errorText(MOSQ_ERR_NOMEM));
        return;
    }
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V5);
    mosquitto_int_option(m_mosq, MOSQ_OPT_TCP_NODELAY, 1);
    mosquitto_connect_v5_callback_set(m_mosq, &MqttClient::onConnect);
    mosquitto_disconnect_v5_callback_set(m_mosq, &MqttClient::onDisconnect);
    mosquitto_publish_v5_callback_set(m_mosq, &MqttClient::onPublish);
    mosquitto_message_v5_callback_set(m_mosq, &MqttClient::onMessage);
    mosquitto_subscribe_v5_callback_set(m_mosq, &MqttClient::onSubscribe);
    mosquitto_log_callback_set(m_mosq, &MqttClient::onLog);

    int rc = MOSQ_ERR_SUCCESS;
    if (!m_settings.user.isEmpty()) {
        rc = mosquitto_username_pw_set(m_mosq, m_settings.user.toUtf8().constData(),
            m_settings.password.isEmpty() ? nullptr : m_settings.password.toUtf8().constData());
    }
    if (rc == MOSQ_ERR_SUCCESS && m_settings.will) {
        const Will &will = *m_settings.will;
        rc = mosquitto_will_set_v5(m_mosq, will.topic.toUtf8().constData(),
            int(will.payload.size()), will.payload.constData(), will.qos, will.retain, nullptr);
    }
    if (rc == MOSQ_ERR_SUCCESS && m_settings.tls) {
        if (!m_settings.caFile.isEmpty() && !QFileInfo(m_settings.caFile).isReadable()) {
            connectionFailed(tr("cannot read the CA file %1").arg(m_settings.caFile));
            return;
        }
        if (m_settings.caFile.isEmpty()) {
            rc = mosquitto_int_option(m_mosq, MOSQ_OPT_TLS_USE_OS_CERTS, 1);
        } else {
            rc = mosquitto_tls_set(m_mosq, QFile::encodeName(m_settings.caFile).constData(),
                nullptr, nullptr, nullptr, nullptr);
        }
    }
    if (rc == MOSQ_ERR_SUCCESS) {
        // A non-blocking connect goes on with the first address whose connect is under way, so
        // for a name with IPv6 and IPv4 addresses ("localhost": ::1 first) one family would be
        // tried for ever. Binding to the wildcard address of one family makes libmosquitto skip
        // the other's addresses; the family changes after each attempt that did not connect.
        const char *bindAddress = nullptr;
        if (m_families.size() > 1) {
            const int family = m_families.at(m_familyTurn % m_families.size());
            bindAddress = family == QAbstractSocket::IPv6Protocol ? "::" : "0.0.0.0";
        }
        // Non-blocking: the TCP connect goes on in the background, and the CONNECT packet waits
        // in libmosquitto until the socket is writable.
        rc = mosquitto_connect_bind_async(m_mosq, m_settings.host.toUtf8().constData(),
            m_settings.port, m_settings.keepaliveSeconds, bindAddress);
    }
    if (rc != MOSQ_ERR_SUCCESS) {
        connectionFailed(reasonFor(rc));
        return;
    }
    const int fd = mosquitto_socket(m_mosq);
    // A program this process starts (a tool, a test's child) must not hold the broker's
    // connection open after this client has let go of it.
    ::fcntl(fd, F_SETFD, ::fcntl(fd, F_GETFD) | FD_CLOEXEC);
    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &MqttClient::socketReadable);
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &MqttClient::socketWritable);
    m_miscTimer->start();
    m_connectTimer->start(std::max(1, m_settings.connectTimeoutSeconds) * 1000);
    updateWriteNotifier();
}

bool MqttClient::checkSocketError()
{
    // A failed non-blocking connect shows as readable and writable with SO_ERROR set; with TLS,
    // libmosquitto would keep retrying the handshake on it, so it is caught here.
    if (m_state != State::Connecting || !m_mosq)
        return false;
    int error = 0;
    socklen_t length = sizeof error;
    if (getsockopt(mosquitto_socket(m_mosq), SOL_SOCKET, SO_ERROR, &error, &length) != 0
        || error == 0)
        return false;
    connectionFailed(QString::fromLocal8Bit(std::strerror(error)));
    return true;
}

void MqttClient::socketReadable()
{
    if (!m_mosq || checkSocketError())
        return;
    int rc = mosquitto_loop_read(m_mosq, 1);
    // A TLS handshake finished by this read leaves the CONNECT packet to be written.
    if (rc == MOSQ_ERR_SUCCESS && mosquitto_socket(m_mosq) >= 0 && mosquitto_want_write(m_mosq))
        rc = mosquitto_loop_write(m_mosq, 1);
    afterLoop(rc);
}

void MqttClient::socketWritable()
{
    if (!m_mosq || checkSocketError())
        return;
    if (m_state == State::Connecting)
        m_tcpUp = true;
    int rc = MOSQ_ERR_SUCCESS;
    // libmosquitto drives a TLS handshake only from loop_read.
    if (m_settings.tls)
        rc = mosquitto_loop_read(m_mosq, 1);
    if (rc == MOSQ_ERR_SUCCESS && mosquitto_socket(m_mosq) >= 0 && mosquitto_want_write(m_mosq))
        rc = mosquitto_loop_write(m_mosq, 1);
    afterLoop(rc);
}

void MqttClient::misc()
{
    if (!m_mosq)
        return;
    afterLoop(mosquitto_loop_misc(m_mosq));
}

void MqttClient::afterLoop(int rc)
{
    dispatchEvents();
    // A failed TLS handshake closes the socket without the disconnect callback: caught here.
    if (m_mosq && mosquitto_socket(m_mosq) < 0) {
        connectionFailed(reasonFor(rc == MOSQ_ERR_SUCCESS ? MOSQ_ERR_CONN_LOST : rc));
        return;
    }
    updateWriteNotifier();
}

QString MqttClient::reasonFor(int rc) const
{
    if (!m_refusal.isEmpty())
        return m_refusal;
    // "A TLS error occurred." alone does not say what to fix; OpenSSL's reason does.
    if (rc == MOSQ_ERR_TLS && !m_logError.isEmpty())
        return errorText(rc) + QLatin1Char(' ') + m_logError;
    return errorText(rc);
}

void MqttClient::updateWriteNotifier()
{
    if (!m_mosq || !m_writeNotifier)
        return;
    // During a TLS handshake mosquitto_want_write() stays true while the handshake waits for the
    // server (the CONNECT packet is queued), which would spin on a writable socket: once TCP is
    // up, the read notifier drives the handshake and writes the CONNECT packet.
    const bool handshake = m_settings.tls && m_state == State::Connecting && m_tcpUp;
    m_writeNotifier->setEnabled(!handshake && mosquitto_want_write(m_mosq));
}

void MqttClient::connectionFailed(const QString &reason)
{
    const bool wasConnected = m_state == State::Connected;
    m_lastError = reason;
    teardown();
    if (m_stopping) {
        m_stopping = false;
        setState(State::Stopped);
        if (wasConnected)
            emit disconnected(reason);
        return;
    }
    if (m_state == State::Stopped)
        return;
    if (!wasConnected)
        ++m_familyTurn;
    scheduleReconnect();
    emit disconnected(reason);
}

void MqttClient::teardown()
{
    m_miscTimer->stop();
    m_connectTimer->stop();
    // The notifiers may be the senders of the signal being handled: disabled now, deleted later.
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    if (m_mosq) {
        mosquitto_destroy(m_mosq);
        m_mosq = nullptr;
    }
    m_events.clear();
    ++m_generation;
    m_pendingSubscribes.clear();
    // Whatever was not acknowledged is reported, not queued for a later connection.
    const QSet<int> pending = std::exchange(m_pendingPublishes, {});
    for (int mid : pending)
        emit published(mid, ConnectionLost);
}

void MqttClient::scheduleReconnect()
{
    if (m_connectedSince.isValid() && m_connectedSince.elapsed() >= stableConnectionMs)
        m_backoffMs = 0;
    m_connectedSince.invalidate();
    m_backoffMs = m_backoffMs == 0 ? initialBackoffMs : std::min(m_backoffMs * 2, maximumBackoffMs);
    // Up to a fifth less, so that many consoles do not all come back in the same instant.
    const int jitter = int(QRandomGenerator::global()->bounded(m_backoffMs / 5 + 1));
    m_reconnectTimer->start(m_backoffMs - jitter);
    setState(State::WaitingToReconnect);
}

void MqttClient::resubscribe()
{
    for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it) {
        int mid = 0;
        const int rc = mosquitto_subscribe_v5(
            m_mosq, &mid, it.key().toUtf8().constData(), it.value(), 0, nullptr);
        if (rc == MOSQ_ERR_SUCCESS)
            m_pendingSubscribes.insert(mid, it.key());
    }
}

void MqttClient::subscribe(const QString &topicFilter, int qos)
{
    m_subscriptions.insert(topicFilter, qos);
    if (m_state != State::Connected || !m_mosq)
        return;
    int mid = 0;
    const int rc
        = mosquitto_subscribe_v5(m_mosq, &mid, topicFilter.toUtf8().constData(), qos, 0, nullptr);
    if (rc == MOSQ_ERR_SUCCESS)
        m_pendingSubscribes.insert(mid, topicFilter);
    else
        m_lastError = errorText(rc);
    updateWriteNotifier();
}

void MqttClient::unsubscribe(const QString &topicFilter)
{
    m_subscriptions.remove(topicFilter);
    if (m_state != State::Connected || !m_mosq)
        return;
    mosquitto_unsubscribe_v5(m_mosq, nullptr, topicFilter.toUtf8().constData(), nullptr);
    updateWriteNotifier();
}

int MqttClient::publish(const QString &topic, const QByteArray &payload, bool retain, int qos,
    const QString &responseTopic, const QByteArray &correlationData)
{
    if (m_state != State::Connected || !m_mosq || m_stopping) {
        m_lastError = tr("not connected to the broker");
        return -1;
    }
    mosquitto_property *properties = nullptr;
    if (!responseTopic.isEmpty()) {
        mosquitto_property_add_string(
            &properties, MQTT_PROP_RESPONSE_TOPIC, responseTopic.toUtf8().constData());
    }
    if (!correlationData.isEmpty()) {
        mosquitto_property_add_binary(&properties, MQTT_PROP_CORRELATION_DATA,
            correlationData.constData(),
            uint16_t(std::min<qsizetype>(correlationData.size(), 65535)));
    }
    int mid = 0;
    const int rc = mosquitto_publish_v5(m_mosq, &mid, topic.toUtf8().constData(),
        int(payload.size()), payload.constData(), qos, retain, properties);
    mosquitto_property_free_all(&properties);
    if (rc == MOSQ_ERR_CONN_LOST || rc == MOSQ_ERR_ERRNO || rc == MOSQ_ERR_NO_CONN) {
        // The socket broke while writing; the read notifier will see it too, but the caller
        // learns now, and the message is dropped with the connection.
        m_lastError = errorText(rc);
        const QString reason = m_lastError;
        QTimer::singleShot(0, this, [this, reason] {
            if (m_state == State::Connected)
                connectionFailed(reason);
        });
        return -1;
    }
    if (rc != MOSQ_ERR_SUCCESS) {
        m_lastError = errorText(rc);
        return -1;
    }
    if (qos > 0)
        m_pendingPublishes.insert(mid);
    // A QoS 0 publish reports itself from inside mosquitto_publish_v5; emitted once the caller
    // has the id.
    dispatchLater();
    updateWriteNotifier();
    return mid;
}

void MqttClient::dispatchEvents()
{
    m_dispatchScheduled = false;
    // A slot may call back into this client (publish, stop, even delete it later): take the list
    // first, and stop when the connection the events belong to is gone.
    const auto events = std::exchange(m_events, {});
    const quint64 generation = m_generation;
    QPointer<MqttClient> alive(this);
    for (const auto &event : events) {
        if (!alive || m_generation != generation)
            return;
        event();
    }
}

void MqttClient::dispatchLater()
{
    if (m_events.empty() || m_dispatchScheduled)
        return;
    m_dispatchScheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (m_dispatchScheduled)
            dispatchEvents();
    });
}

void MqttClient::onConnect(mosquitto *, void *self, int rc, int, const mosquitto_property *)
{
    auto *client = static_cast<MqttClient *>(self);
    client->m_events.push_back([client, rc] {
        if (rc != 0) {
            // libmosquitto closes the connection next and reports it through onDisconnect.
            client->m_refusal = tr("refused by the broker: %1")
                                    .arg(QString::fromUtf8(mosquitto_reason_string(rc)));
            return;
        }
        client->m_connectTimer->stop();
        client->m_connectedSince.start();
        client->resubscribe();
        client->setState(State::Connected);
        emit client->connected();
    });
}

void MqttClient::onDisconnect(mosquitto *, void *self, int rc, const mosquitto_property *)
{
    auto *client = static_cast<MqttClient *>(self);
    client->m_events.push_back([client, rc] {
        QString reason;
        if (client->m_stopping && rc == MOSQ_ERR_SUCCESS)
            reason = tr("disconnected");
        else
            reason = client->reasonFor(rc);
        client->connectionFailed(reason);
    });
}

void MqttClient::onPublish(
    mosquitto *, void *self, int mid, int reasonCode, const mosquitto_property *)
{
    auto *client = static_cast<MqttClient *>(self);
    client->m_events.push_back([client, mid, reasonCode] {
        client->m_pendingPublishes.remove(mid);
        emit client->published(mid, reasonCode);
    });
}

void MqttClient::onMessage(
    mosquitto *, void *self, const mosquitto_message *message, const mosquitto_property *props)
{
    auto *client = static_cast<MqttClient *>(self);
    Message received;
    received.topic = QString::fromUtf8(message->topic);
    received.payload = QByteArray(static_cast<const char *>(message->payload), message->payloadlen);
    received.retained = message->retain;
    char *responseTopic = nullptr;
    if (mosquitto_property_read_string(props, MQTT_PROP_RESPONSE_TOPIC, &responseTopic, false)) {
        received.responseTopic = QString::fromUtf8(responseTopic);
        free(responseTopic);
    }
    void *correlation = nullptr;
    uint16_t correlationLength = 0;
    if (mosquitto_property_read_binary(
            props, MQTT_PROP_CORRELATION_DATA, &correlation, &correlationLength, false)) {
        received.correlationData
            = QByteArray(static_cast<const char *>(correlation), correlationLength);
        free(correlation);
    }
    client->m_events.push_back(
        [client, received = std::move(received)] { emit client->messageReceived(received); });
}

void MqttClient::onLog(mosquitto *, void *self, int level, const char *text)
{
    // Kept for reasonFor().
    if (level == MOSQ_LOG_ERR)
        static_cast<MqttClient *>(self)->m_logError = QString::fromUtf8(text);
}

void MqttClient::onSubscribe(
    mosquitto *, void *self, int mid, int count, const int *granted, const mosquitto_property *)
{
    auto *client = static_cast<MqttClient *>(self);
    const int reasonCode = count > 0 ? granted[0] : MQTT_RC_UNSPECIFIED;
    client->m_events.push_back([client, mid, reasonCode] {
        const QString filter = client->m_pendingSubscribes.take(mid);
        if (!filter.isEmpty())
            emit client->subscribed(filter, reasonCode);
    });
}

} // namespace sb::bus
