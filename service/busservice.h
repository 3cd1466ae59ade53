#pragma once

#include "bus/mqttclient.h"
#include "bus/topics.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace sb::service {

class CallService;

/// Puts a CallService on the bus (console-bus.md): its state retained under R/state, its events
/// on R/event, its commands from R/command/# answered on each command's response topic. Owns the
/// MqttClient: its will is R/state/service offline (retained), its keepalive at most 10 s. On
/// every (re)connect it publishes the whole picture and empties the retained items under
/// R/state/ that the picture does not hold (what a crashed or earlier run left).
class BusService : public QObject
{
    Q_OBJECT
public:
    /// The longest keepalive the spec allows (section 2): a crash reaches clients within ~15 s.
    static constexpr int maxKeepaliveSeconds = 10;

    /// `settings` say how to reach and log in to the broker (the will is set here); `system`
    /// must be valid (bus::Topics::isValidSystem).
    BusService(CallService *service, bus::MqttClient::Settings settings, const QString &system,
        QObject *parent = nullptr);
    ~BusService() override;

    /// Connects (and keeps reconnecting).
    void start();
    /// Publishes R/state/service offline (retained), waits for its PUBACK (at most
    /// stopTimeoutMs), then disconnects cleanly (the broker drops the will). stopped() follows.
    void stop();
    static constexpr int stopTimeoutMs = 3000;

    const bus::Topics &topics() const { return m_topics; }
    bus::MqttClient *client() const { return m_client; }
    /// True once, on this connection, the stale retained items have been emptied.
    bool isSwept() const { return m_swept; }

signals:
    /// One English line for the journal (connected, disconnected, stale items emptied).
    void line(const QString &text);
    /// stop() is done: offline published (or given up) and disconnected.
    void stopped();
    /// The stale retained items of this connection have been emptied (tests wait for it).
    void swept(int emptied);

private:
    void onConnected();
    void onMessage(const bus::Message &message);
    void onPublished(const QString &topic, const QJsonObject &payload, bool retained);
    void publish(const QString &relativeTopic, const QJsonObject &payload, bool retained);
    void sweep();
    void finishStop();
    /// Ends a stop(): stopped() is emitted from the event loop, once.
    void stopDone();

    CallService *m_service;
    bus::Topics m_topics;
    bus::MqttClient *m_client = nullptr;
    bool m_sweeping = false;
    bool m_swept = false;
    QSet<QString> m_retainedSeen; ///< full topics under R/state/ the broker held at connect
    bool m_stopping = false;
    bool m_disconnecting = false;
    int m_offlineMid = -1;
    QTimer m_stopTimer;
};

} // namespace sb::service
