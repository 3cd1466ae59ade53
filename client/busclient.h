#pragma once

#include "bus/mqttclient.h"
#include "bus/topics.h"
#include "client/client.h"

#include <QHash>

namespace sb::client {

/// The console as a client of SB-BUS/1 over an MQTT broker (console-bus.md): subscribes to
/// R/state/#, R/event and its own replies, feeds the picture, and sends each command to
/// R/command/<role>/<user> with a response topic of its own and the operation's id as
/// correlation data.
class BusClient : public Client
{
    Q_OBJECT
public:
    struct Settings
    {
        /// Broker, user, password, TLS; the user is also the <user> of command topics.
        bus::MqttClient::Settings mqtt;
        /// The installation's name (must pass bus::Topics::isValidSystem).
        QString system = bus::Topics::defaultSystem();
        /// The roles the broker lets this user send under (the console's --roles).
        Roles roles = Role::Reception;
    };

    explicit BusClient(const Settings &settings, QObject *parent = nullptr);
    ~BusClient() override;

    void start() override;
    void stop() override;
    Roles roles() const override { return m_roles; }
    QString describe() const override;
    /// "bus/<system>/<user>": a layout per bus user and installation, also when several people
    /// share the PC's account.
    QString owner() const override;
    bool isConnected() const override;

    /// The topic this client's replies arrive on: R/reply/<user>/<tag>, the tag random per
    /// client so that two consoles of one user never take each other's answers.
    QString replyTopic() const { return m_replyTopic; }
    /// Why the broker connection last failed or ended (English), or empty.
    QString lastError() const { return m_mqtt.lastError(); }

protected:
    void dispatch(Role role, CommandOperation *op) override;

private:
    void onConnected();
    void onDisconnected(const QString &reason);
    void onMessage(const bus::Message &message);
    void onPublished(int mid, int reasonCode);

    bus::Topics m_topics;
    QString m_statePrefix;
    QString m_user;
    Roles m_roles;
    QString m_replyTopic;
    bus::MqttClient m_mqtt;
    QHash<int, QString> m_inFlight; // message id -> operation id, until the PUBACK
};

} // namespace sb::client
