#include "inprocessclient.h"

#include "service/programmingservice.h"

#include <QJsonDocument>

namespace sb::client {

InProcessClient::InProcessClient(const service::CallService::Settings &settings, QObject *parent)
    : Client(parent)
    , m_user(service::ProgrammingService::accountName())
{
    m_thread.setObjectName(QStringLiteral("call service"));
    m_thread.start();
    // Created on its own thread, so that its timers and children belong there from the start.
    QObject context;
    context.moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        &context,
        [this, &settings] {
            m_service = new service::CallService(settings);
            m_startMessages = m_service->startMessages();
        },
        Qt::BlockingQueuedConnection);
    // Queued: emitted on the service's thread, applied on this one in the order sent.
    connect(m_service, &service::CallService::published, this, &InProcessClient::onPublished);
    connect(m_service, &service::CallService::line, this, &InProcessClient::serviceLine);
    connect(this, &InProcessClient::serviceLine, this, &Client::linkTraceLine);
    connect(m_service, &service::CallService::installerUnlockedChanged, this,
        &Client::installerUnlockedChanged);
}

InProcessClient::~InProcessClient()
{
    shutDown();
}

void InProcessClient::start()
{
    if (m_running || !m_service)
        return;
    m_running = true;
    QMetaObject::invokeMethod(m_service, &service::CallService::start, Qt::QueuedConnection);
    emit serviceStateChanged();
}

void InProcessClient::stop()
{
    if (!m_running)
        return;
    m_running = false;
    service::CallService *service = m_service;
    QMetaObject::invokeMethod(
        service, [service] { service->stop(); }, Qt::BlockingQueuedConnection);
    failPending(CommandOperation::notConnectedError, tr("The call service has stopped."));
    emit serviceStateChanged();
}

void InProcessClient::shutDown()
{
    if (!m_service)
        return;
    stop();
    service::CallService *service = m_service;
    m_service = nullptr;
    QMetaObject::invokeMethod(
        service, [service] { delete service; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString InProcessClient::describe() const
{
    return tr("in-process");
}

void InProcessClient::dispatch(Role role, CommandOperation *op)
{
    if (!m_running || !m_service) {
        // A stopped service would not carry it out (nor answer): said at once.
        op->fail(CommandOperation::notConnectedError, tr("The call service is not running."));
        return;
    }
    const QByteArray payload = QJsonDocument(op->command()).toJson(QJsonDocument::Compact);
    const QString id = op->id();
    const QString roleWord = roleName(role);
    const QString user = m_user;
    service::CallService *service = m_service;
    // This object outlives every call made on the service's thread (the destructor ends that
    // thread first), and a reply posted to it after it is gone is dropped with it.
    QMetaObject::invokeMethod(
        service,
        [this, service, id, roleWord, user, payload] {
            service->handleCommand(service::Origin::InProcess, roleWord, user, payload, true, true,
                [this, id](const QJsonObject &reply) {
                    QMetaObject::invokeMethod(
                        this,
                        [this, id, reply] {
                            if (CommandOperation *op = pending(id))
                                op->finish(reply);
                        },
                        Qt::QueuedConnection);
                });
        },
        Qt::QueuedConnection);
}

void InProcessClient::onPublished(const QString &topic, const QJsonObject &payload, bool)
{
    static const QString statePrefix = QStringLiteral("state/");
    if (topic.startsWith(statePrefix))
        mutablePicture().apply(topic.mid(statePrefix.size()), payload);
    else if (topic == QLatin1String("event"))
        emit eventReceived(payload);
}

} // namespace sb::client
