#include "inprocessclient.h"

#include "service/programmingservice.h"

#include <QJsonDocument>

namespace sb::client {

InProcessClient::InProcessClient(const service::CallService::Settings &settings, QObject *parent)
    : Client(parent)
    , m_context(new QObject)
    , m_user(service::ProgrammingService::accountName())
{
    m_thread.setObjectName(QStringLiteral("call service"));
    m_context->moveToThread(&m_thread);
    // The service is the context's child: both go on the service's thread when it ends (the
    // service's destructor stops it: its last batch, state/service offline).
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    // Made on its own thread, so that its timers and children belong there from the start, and
    // so that nothing here waits for the programming file or the history's database. The
    // connections are made there too, before anything the service says can be emitted; this
    // object outlives the thread (the destructor waits for it).
    QMetaObject::invokeMethod(
        m_context,
        [this, context = m_context, settings] {
            auto *service = new service::CallService(settings, context);
            const QStringList said = service->startMessages();
            // Queued: emitted on the service's thread, applied on this one in the order sent.
            connect(service, &service::CallService::published, this, &InProcessClient::onPublished,
                Qt::QueuedConnection);
            connect(service, &service::CallService::line, this, &InProcessClient::serviceLine,
                Qt::QueuedConnection);
            connect(service, &service::CallService::installerUnlockedChanged, this,
                &Client::installerUnlockedChanged, Qt::QueuedConnection);
            connect(service, &service::CallService::startMessagesAdded, this,
                &InProcessClient::onStartMessages, Qt::QueuedConnection);
            QMetaObject::invokeMethod(
                this,
                [this, service, said] {
                    onStartMessages(said); // known at serviceReady()
                    onCreated(service);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    connect(this, &InProcessClient::serviceLine, this, &Client::linkTraceLine);
}

InProcessClient::~InProcessClient()
{
    shutDown();
}

void InProcessClient::onCreated(service::CallService *service)
{
    if (m_stopped) // stopped before it was made: it is not started; it goes with the thread
        return;
    m_service = service;
    emit serviceReady();
    if (m_running)
        QMetaObject::invokeMethod(m_service, &service::CallService::start, Qt::QueuedConnection);
    emit serviceStateChanged();
}

void InProcessClient::onStartMessages(const QStringList &messages)
{
    if (messages.isEmpty())
        return;
    m_startMessages << messages;
    emit startMessagesAdded(messages);
}

void InProcessClient::start()
{
    if (m_running || m_stopped)
        return;
    m_running = true;
    if (!m_service)
        return; // onCreated() starts it
    QMetaObject::invokeMethod(m_service, &service::CallService::start, Qt::QueuedConnection);
    emit serviceStateChanged();
}

void InProcessClient::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    const bool wasRunning = m_running && m_service;
    m_running = false;
    if (m_service) // queued: its last batch is written there, not waited for here
        QMetaObject::invokeMethod(m_service, &service::CallService::stop, Qt::QueuedConnection);
    failPending(CommandOperation::notConnectedError, tr("The call service has stopped."));
    if (wasRunning)
        emit serviceStateChanged();
}

void InProcessClient::shutDown()
{
    if (!m_thread.isRunning())
        return;
    stop();
    m_service = nullptr;
    // The service goes with its thread (QThread::finished deletes the context and it there).
    m_thread.quit();
    m_thread.wait();
}

QString InProcessClient::describe() const
{
    return tr("in-process");
}

void InProcessClient::dispatch(Role role, CommandOperation *op)
{
    if (!isConnected()) {
        // A stopped (or not yet made) service would not carry it out (nor answer): said at once.
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
