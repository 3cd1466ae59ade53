#include "runtime.h"

#include <QCoreApplication>
#include <QDateTime>

#include "hal/controllerlink.h"
#include "hal/inprocesstransport.h"
#include "hal/serialtransport.h"
#include "hal/simulatorrunner.h"
#include "hal/usbtransport.h"

namespace sb::service {

Runtime::Runtime(const core::Connection &connection, std::optional<core::Programming> programming,
    double simulatorSpeed, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_simulatorSpeed(simulatorSpeed)
    , m_processor(programming
              ? *programming
              : core::Programming::factoryDefaults(connection.stations, connection.lines))
    , m_deadline(this)
{
    qRegisterMetaType<core::Event>();
    qRegisterMetaType<core::Command>();
    qRegisterMetaType<hal::LinkStats>();
    m_clock.start();
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_processor.advanceTo(m_clock.elapsed());
        flush();
    });

    createLink();
}

void Runtime::createLink()
{
    const core::Connection &c = m_connection;
    switch (c.kind) {
    case core::Connection::Kind::Simulated: {
        hal::SimulatedController::Options sim;
        sim.stations = c.stations;
        sim.lines = c.lines;
        sim.speed = m_simulatorSpeed;
        m_simulator = new hal::SimulatorRunner(sim);
        m_transport = new hal::InProcessTransport(m_simulator);
        break;
    }
    case core::Connection::Kind::Serial: {
        hal::SerialSettings s;
        s.portName = c.serialPort;
        s.baudRate = c.baud;
        s.serialNumber = c.serialNumber;
        m_transport = new hal::SerialTransport(s);
        break;
    }
    case core::Connection::Kind::Usb: {
        hal::UsbSettings s;
        s.vendorId = c.vendorId;
        s.productId = c.productId;
        m_transport = new hal::UsbTransport(s);
        break;
    }
    }
    m_transportText = m_transport->describe();
    m_link = new hal::ControllerLink(m_transport);
    m_link->moveToThread(&m_thread);
    m_transport->moveToThread(&m_thread);
    if (m_simulator)
        m_simulator->moveToThread(&m_thread);

    connect(
        m_link, &hal::ControllerLink::eventReceived, this, &Runtime::onEvent, Qt::QueuedConnection);
    connect(m_link, &hal::ControllerLink::logMessage, this, &Runtime::line, Qt::QueuedConnection);
    connect(
        m_link, &hal::ControllerLink::statsChanged, this,
        [this](const hal::LinkStats &s) {
            m_health.framesSent = s.framesSent;
            m_health.framesReceived = s.framesReceived;
            m_health.retransmissions = s.retransmissions;
            m_health.framingErrors = s.framingErrors;
            m_health.controllerErrors = s.controllerErrors;
            m_health.outages = s.outages;
        },
        Qt::QueuedConnection);
    connect(
        m_link, &hal::ControllerLink::identityChanged, this,
        [this](const QString &model, int firmware, quint32 bootId) {
            m_health.model = model;
            m_health.firmware = firmware;
            m_health.bootId = bootId;
            emit line(tr("controller %1, firmware %2.%3, boot_id %4")
                          .arg(model)
                          .arg(firmware >> 8)
                          .arg(firmware & 0xFF)
                          .arg(bootId, 8, 16, QLatin1Char('0')));
        },
        Qt::QueuedConnection);
    connect(
        m_link, &hal::ControllerLink::stateChanged, this,
        [this](hal::ControllerLink::State s, const QString &detail) {
            const QString text = hal::ControllerLink::stateName(s);
            m_health.state = text;
            m_health.up = s == hal::ControllerLink::State::Up;
            emit line(
                detail.isEmpty() ? tr("link %1").arg(text) : tr("link %1: %2").arg(text, detail));
            emit linkStateChanged(text, s == hal::ControllerLink::State::Up);
        },
        Qt::QueuedConnection);
}

void Runtime::setConnection(const core::Connection &connection)
{
    if (m_stopped)
        return; // nothing runs any more: a new link would never start nor be deleted
    hal::ControllerLink *old = m_link;
    hal::SimulatorRunner *oldSimulator = m_simulator;
    m_connection = connection;
    m_simulator = nullptr;
    // Nothing of the old controller is shown as if it were the new one's.
    m_health = LinkHealth();
    m_controllerSize = {};
    createLink();
    // The console lets go of the old simulated phones before that simulator goes.
    emit simulatorChanged();
    emit line(tr("connection: %1").arg(m_transportText));
    if (!m_thread.isRunning() || m_stopped) {
        delete old;
        delete oldSimulator;
        return;
    }
    // Nothing waits: the old link stops on its thread (the processor hears the link go down),
    // then the new one starts there; the controller's boot_id decides whether requests survive.
    QMetaObject::invokeMethod(
        old,
        [old, oldSimulator] {
            old->stop();
            old->deleteLater(); // owns its transport
            if (oldSimulator)
                oldSimulator->deleteLater();
        },
        Qt::QueuedConnection);
    if (m_simulator)
        QMetaObject::invokeMethod(
            m_simulator, &hal::SimulatorRunner::powerUp, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_link, &hal::ControllerLink::start, Qt::QueuedConnection);
}

Runtime::~Runtime()
{
    stop();
}

void Runtime::start()
{
    m_thread.setObjectName(QStringLiteral("controller link"));
    m_thread.start();
    emit line(
        tr("switchboard %1 on %2").arg(QCoreApplication::applicationVersion(), m_transportText));
    if (m_simulator)
        QMetaObject::invokeMethod(
            m_simulator, &hal::SimulatorRunner::powerUp, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_link, &hal::ControllerLink::start, Qt::QueuedConnection);
}

void Runtime::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_link, &hal::ControllerLink::stop, Qt::BlockingQueuedConnection);
        // Deleted on their own thread: QThread runs deferred deletes as it finishes.
        m_link->deleteLater(); // owns the transport
        if (m_simulator)
            m_simulator->deleteLater();
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_link;
        delete m_simulator;
    }
    m_link = nullptr;
    m_transport = nullptr;
    m_simulator = nullptr;
}

void Runtime::act(const std::function<void(core::CallProcessor &, core::Millis)> &action)
{
    action(m_processor, m_clock.elapsed());
    flush();
}

void Runtime::onEvent(const core::Event &event)
{
    if (event.type < core::Event::Type::SessionUp)
        emit line(event.toString());
    if (event.type == core::Event::Type::SessionUp) {
        m_controllerSize = {event.port, event.value16};
        refuseWhatDoesNotFit(m_controllerSize);
    }
    m_processor.handle(event, m_clock.elapsed());
    flush();
}

void Runtime::refuseWhatDoesNotFit(core::ControllerSize size)
{
    const core::Programming &p = m_processor.programming();
    if (p.factory)
        return; // follows the controller's size by itself
    // The file was read before any controller was known: its ports and lines are checked now.
    const QStringList problems = p.problems(core::Programming::Checks::Load, size);
    if (problems.isEmpty())
        return;
    emit line(
        tr("The programming does not fit this controller (%1 stations, %2 lines): %3; "
           "running on the factory defaults until a programming that fits is applied. "
           "The programming file is left as it is.")
            .arg(size.stations)
            .arg(size.lines)
            .arg(problems.mid(0, 3).join(QStringLiteral("; "))
                + (problems.size() > 3 ? tr(" … (%1 in all)").arg(problems.size()) : QString())));
    m_processor.setProgramming(
        core::Programming::factoryDefaults(size.stations, size.lines), m_clock.elapsed());
}

QString Runtime::describe(const core::Notification &n) const
{
    using T = core::Notification::Type;
    switch (n.type) {
    case T::RequestAdded: {
        const core::RequestInfo r = m_processor.request(n.request);
        if (r.kind == core::RequestKind::Transfer)
            return tr("request %1 left: line %2, transferred by %3, waits for %4 (position %5)")
                .arg(n.request)
                .arg(r.line)
                .arg(m_processor.extension(r.caller).number, m_processor.extension(r.target).number)
                .arg(r.position);
        const QString target = r.kind == core::RequestKind::LineGroup
            ? tr("the line group")
            : m_processor.extension(r.target).number;
        return tr("request %1 left: %2 waits for %3 (position %4)")
            .arg(n.request)
            .arg(m_processor.extension(r.caller).number, target)
            .arg(r.position);
    }
    case T::RequestEnded:
        return tr("request %1 ended: %2")
            .arg(n.request)
            .arg(QLatin1String(core::toString(n.reason)));
    case T::SystemReset:
        return tr("the controller was reset: every request is cancelled");
    default:
        return QString();
    }
}

void Runtime::flush()
{
    std::vector<core::Command> commands = m_processor.takeCommands();
    if (!commands.empty()) {
        if (m_logCommands) {
            for (const core::Command &c : commands)
                emit line(QStringLiteral("-> ") + c.toString());
        }
        hal::ControllerLink *link = m_link;
        QMetaObject::invokeMethod(
            m_link,
            [link, commands = std::move(commands)] {
                for (const core::Command &c : commands)
                    link->sendCommand(c);
            },
            Qt::QueuedConnection);
    }
    const std::vector<core::Notification> notes = m_processor.takeNotifications();
    for (const core::Notification &n : notes) {
        if (n.type == core::Notification::Type::SystemReset)
            m_health.lastReset = QDateTime::currentDateTime().toString(Qt::ISODate);
        const QString text = describe(n);
        if (!text.isEmpty())
            emit line(text);
    }
    if (!notes.empty())
        emit notified(notes);
    const core::Millis next = m_processor.nextDeadline();
    if (next < 0)
        m_deadline.stop();
    else
        m_deadline.start(
            int(qBound(core::Millis(0), next - m_clock.elapsed(), core::Millis(60000))));
}

} // namespace sb::service
