#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QSocketNotifier;
class QTimer;
class QHostInfo;
struct mosquitto;
struct mosquitto_message;
struct mqtt5__property;

namespace sb::bus {

struct BusUrl;

/// One message received from the broker.
struct Message
{
    QString topic;
    QByteArray payload;
    bool retained = false;
    /// MQTT 5 response topic; empty when the sender set none.
    QString responseTopic;
    /// MQTT 5 correlation data; empty when the sender set none.
    QByteArray correlationData;
};

/// An MQTT 5 client over libmosquitto, driven by the Qt event loop of the thread it lives in: it
/// never blocks that loop (the host is looked up with QHostInfo, the TCP connect is
/// non-blocking), reconnects by itself with backoff and re-makes its subscriptions after every
/// connect. QoS 1 by default. Publishing while not connected is refused (returns -1), and a
/// publish still unacknowledged when the connection drops ends with published(mid,
/// ConnectionLost): nothing is silently queued for later (docs/console-bus.md, "The MQTT client").
class MqttClient : public QObject
{
    Q_OBJECT
public:
    /// The last will: published by the broker when the client goes away without DISCONNECT.
    struct Will
    {
        QString topic;
        QByteArray payload;
        bool retain = false;
        int qos = 1;
    };

    /// How to reach and log in to the broker.
    struct Settings
    {
        QString host = QStringLiteral("localhost");
        quint16 port = 1883;
        /// TLS (mqtts); the server's certificate is checked against caFile, or the system's
        /// certificate authorities when caFile is empty.
        bool tls = false;
        QString caFile;
        QString user;
        QString password;
        /// Empty: a unique id is made ("sb-" and 20 random hex digits).
        QString clientId;
        /// 5 to 65535 seconds (libmosquitto's range); the broker drops a silent client after 1.5
        /// times this.
        int keepaliveSeconds = 10;
        /// An attempt without CONNACK after this long is given up and retried after the backoff.
        int connectTimeoutSeconds = 10;
        std::optional<Will> will;
        /// MQTT 5 clean start (no session expiry is requested, so the broker keeps no session
        /// after a disconnect either way).
        bool cleanStart = true;

        /// Host, port and TLS taken from a parsed bus address.
        void setUrl(const BusUrl &url);
    };

    enum class State {
        Stopped, ///< not started, or stop()ped
        Connecting, ///< looking up the host, connecting, or waiting for CONNACK
        Connected, ///< CONNACK received; subscriptions re-made
        WaitingToReconnect, ///< the connection failed or dropped; the next attempt is scheduled
    };
    Q_ENUM(State)

    /// The reasonCode of published() for a publish whose acknowledgement never came because the
    /// connection dropped (or stop() was called) first: it may or may not have been delivered.
    static constexpr int ConnectionLost = -1;
    /// MQTT 5 PUBACK reason codes worth naming.
    static constexpr int NoMatchingSubscribers = 0x10;
    static constexpr int NotAuthorized = 0x87;

    explicit MqttClient(const Settings &settings, QObject *parent = nullptr);
    ~MqttClient() override;

    /// The settings in use (clientId filled in).
    const Settings &settings() const { return m_settings; }
    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    /// Why the last attempt failed or the last connection ended (English, libmosquitto's words).
    QString lastError() const { return m_lastError; }

    /// Connects, and keeps reconnecting until stop().
    void start();
    /// Sends DISCONNECT (so the broker does not publish the will) and stops reconnecting; the
    /// state is Stopped once it is written (at once, unless the socket is full: then within 1 s).
    void stop();

    /// Subscribes now if connected, and again after every reconnect.
    void subscribe(const QString &topicFilter, int qos = 1);
    /// Forgets a subscription (and unsubscribes now if connected).
    void unsubscribe(const QString &topicFilter);

    /// Publishes; returns the message id (published() reports its PUBACK), or -1 when not
    /// connected or the topic or payload is invalid (lastError() says which).
    int publish(const QString &topic, const QByteArray &payload, bool retain = false, int qos = 1,
        const QString &responseTopic = {}, const QByteArray &correlationData = {});

signals:
    /// CONNACK received (after every reconnect, too); subscriptions are being re-made.
    void connected();
    /// A connection (or attempt) ended: the reason in English. Not emitted for stop() when not
    /// connected.
    void disconnected(const QString &reason);
    void messageReceived(const sb::bus::Message &message);
    /// The broker's PUBACK for `mid` (0 success, 0x10 no subscribers, 0x87 not authorized, ...),
    /// or ConnectionLost. QoS 0 publishes report 0 once written.
    void published(int mid, int reasonCode);
    /// SUBACK for a filter: the granted QoS (0 to 2) or a reason code from 0x80 (refused).
    void subscribed(const QString &topicFilter, int reasonCode);
    void stateChanged(sb::bus::MqttClient::State state);

private:
    void setState(State state);
    void attempt();
    void hostLookedUp(const QHostInfo &info);
    void connectToBroker();
    void connectionFailed(const QString &reason);
    void teardown();
    void scheduleReconnect();
    void socketReadable();
    void socketWritable();
    void misc();
    bool checkSocketError();
    void afterLoop(int rc);
    QString reasonFor(int rc) const;
    void updateWriteNotifier();
    void dispatchEvents();
    void dispatchLater();
    void resubscribe();

    static void onConnect(mosquitto *, void *self, int rc, int flags, const mqtt5__property *);
    static void onDisconnect(mosquitto *, void *self, int rc, const mqtt5__property *);
    static void onPublish(
        mosquitto *, void *self, int mid, int reasonCode, const mqtt5__property *);
    static void onMessage(
        mosquitto *, void *self, const mosquitto_message *, const mqtt5__property *props);
    static void onLog(mosquitto *, void *self, int level, const char *text);
    static void onSubscribe(
        mosquitto *, void *self, int mid, int count, const int *granted, const mqtt5__property *);

    Settings m_settings;
    State m_state = State::Stopped;
    QString m_lastError;
    mosquitto *m_mosq = nullptr;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_miscTimer = nullptr;
    QTimer *m_connectTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    int m_lookupId = -1;
    /// The address families the host name has, in the resolver's order (empty for an address).
    QList<int> m_families;
    /// Which of them the next attempt uses; moves on after an attempt that did not connect.
    int m_familyTurn = 0;
    int m_backoffMs = 0;
    QElapsedTimer m_connectedSince;
    bool m_stopping = false;
    bool m_tcpUp = false;
    bool m_dispatchScheduled = false;
    /// Raised by every teardown: events of an earlier connection are not emitted.
    quint64 m_generation = 0;
    /// The CONNACK's refusal in this attempt, if any.
    QString m_refusal;
    /// libmosquitto's last error log line in this attempt (OpenSSL's reason for a TLS error).
    QString m_logError;
    QMap<QString, int> m_subscriptions;
    QHash<int, QString> m_pendingSubscribes;
    QSet<int> m_pendingPublishes;
    /// Signals collected inside libmosquitto's callbacks, emitted once it has returned.
    std::vector<std::function<void()>> m_events;
};

} // namespace sb::bus

Q_DECLARE_METATYPE(sb::bus::Message)
