#pragma once

#include "transport.h"

namespace sb::hal {

class SimulatorRunner;

/// The embedded simulated controller as a transport: the same bytes as a serial line, so the
/// default run exercises the real codec and session.
class InProcessTransport : public Transport
{
    Q_OBJECT
public:
    explicit InProcessTransport(SimulatorRunner *simulator, QObject *parent = nullptr);

    void open() override;
    void close() override;
    bool isOpen() const override { return m_open; }
    void write(const QByteArray &bytes) override;
    QString describe() const override;

private:
    SimulatorRunner *m_simulator;
    bool m_open = false;
};

} // namespace sb::hal
