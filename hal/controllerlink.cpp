#include "controllerlink.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLink, "switchboard.hal.link")

namespace sb::hal {

ControllerLink::ControllerLink(Transport *transport, LinkSettings settings, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_session(settings)
    , m_timer(this)
    , m_retry(this)
{
    m_transport->setParent(nullptr);
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_retry.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_session.advanceTo(m_clock.elapsed());
        pump();
    });
    connect(&m_retry, &QTimer::timeout, this, [this] {
        m_transport->open(); // still "reconnecting" until it opens: retries are quiet
    });
    connect(m_transport.get(), &Transport::opened, this, [this] {
        m_session.opened(m_clock.elapsed());
        setState(State::Connecting, m_transport->describe());
        pump();
    });
    connect(m_transport.get(), &Transport::failed, this, [this](const QString &why) {
        // The state says why, once per cause; then it retries quietly. Never an exit.
        retryLater(why, retryInterval);
    });
    connect(m_transport.get(), &Transport::closed, this, [this](const QString &why) {
        emit logMessage(why);
        m_session.closed(m_clock.elapsed(), why);
        pump();
        retryLater(why, retryInterval);
    });
    connect(m_transport.get(), &Transport::received, this, [this](const QByteArray &bytes) {
        m_session.receive(bytes, m_clock.elapsed());
        pump();
    });
}

ControllerLink::~ControllerLink()
{
    m_transport->disconnect(this);
    m_transport->close();
}

QString ControllerLink::stateName(State s)
{
    switch (s) {
    case State::Stopped:
        return tr("stopped");
    case State::Opening:
        return tr("opening");
    case State::Retrying:
        return tr("reconnecting");
    case State::Connecting:
        return tr("connecting");
    case State::Syncing:
        return tr("synchronising");
    case State::Up:
        return tr("up");
    }
    return QString();
}

void ControllerLink::start()
{
    if (m_state != State::Stopped)
        return;
    setState(State::Opening, m_transport->describe());
    m_transport->open();
}

void ControllerLink::stop()
{
    m_retry.stop();
    m_timer.stop();
    if (m_transport->isOpen()) {
        m_transport->close();
        m_session.closed(m_clock.elapsed(), tr("stopped"));
        pump();
    }
    setState(State::Stopped, QString());
}

void ControllerLink::sendCommand(const core::Command &command)
{
    m_session.send(command, m_clock.elapsed());
    pump();
}

void ControllerLink::retryLater(const QString &why, int delay)
{
    if (m_state == State::Stopped)
        return;
    setState(State::Retrying, why);
    m_retry.start(delay);
}

void ControllerLink::setState(State s, const QString &detail)
{
    if (m_state == s && (m_detail == detail || s != State::Retrying))
        return;
    m_state = s;
    m_detail = detail;
    emit stateChanged(s, detail);
}

void ControllerLink::pump()
{
    const QByteArray wire = m_session.takeWire();
    if (!wire.isEmpty() && m_transport->isOpen())
        m_transport->write(wire);
    for (const HostSession::Output &o : m_session.takeOutputs()) {
        switch (o.type) {
        case HostSession::Output::Type::SessionUp:
            emit identityChanged(
                QString::fromLatin1(o.identity.model), o.identity.firmware, o.identity.bootId);
            setState(State::Syncing, QString::fromLatin1(o.identity.model));
            emit eventReceived(o.event);
            break;
        case HostSession::Output::Type::PortStates:
            emit eventReceived(o.event);
            setState(State::Up, QString::fromLatin1(m_session.identity().model));
            break;
        case HostSession::Output::Type::Event:
            emit eventReceived(o.event);
            break;
        case HostSession::Output::Type::Down:
            emit logMessage(tr("link down: %1").arg(o.text));
            emit eventReceived(o.event);
            if (o.restartTransport) {
                // Section 3: the host closes the transport and starts over.
                m_transport->close();
                retryLater(o.text, 200);
            } else {
                setState(State::Connecting, o.text);
            }
            break;
        case HostSession::Output::Type::ControllerError:
        case HostSession::Output::Type::Log:
            qCInfo(lcLink) << o.text;
            emit logMessage(o.text);
            break;
        }
    }
    if (m_clock.elapsed() - m_lastStats >= 500) {
        m_lastStats = m_clock.elapsed();
        emit statsChanged(m_session.stats());
    }
    const Millis next = m_session.nextDeadline();
    if (next < 0)
        m_timer.stop();
    else
        m_timer.start(int(qBound(Millis(0), next - m_clock.elapsed(), Millis(60000))));
}

} // namespace sb::hal
