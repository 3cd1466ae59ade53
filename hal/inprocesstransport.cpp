#include "inprocesstransport.h"

#include "simulatorrunner.h"

namespace sb::hal {

InProcessTransport::InProcessTransport(SimulatorRunner *simulator, QObject *parent)
    : Transport(parent)
    , m_simulator(simulator)
{
    // Queued both ways: neither side runs inside the other's call.
    connect(
        m_simulator, &SimulatorRunner::transmit, this,
        [this](const QByteArray &bytes) {
            if (m_open)
                emit received(bytes);
        },
        Qt::QueuedConnection);
}

void InProcessTransport::open()
{
    m_open = true;
    emit opened();
}

void InProcessTransport::close()
{
    m_open = false;
}

void InProcessTransport::write(const QByteArray &bytes)
{
    if (m_open)
        QMetaObject::invokeMethod(
            m_simulator, "feed", Qt::QueuedConnection, Q_ARG(QByteArray, bytes));
}

QString InProcessTransport::describe() const
{
    const auto &o = m_simulator->controller().options();
    // Two counts, each with its plural forms ("1 line", not "1 lines").
    return tr("simulated controller (%1, %2)")
        .arg(tr("%n station(s)", nullptr, o.stations), tr("%n line(s)", nullptr, o.lines));
}

} // namespace sb::hal
