#pragma once

// A phone action at the simulated controller of a call service in this process, for the tests
// that drive one (tst_callservice, tst_servicehistory, tst_inprocessclient).

#include "hal/simulatorrunner.h"
#include "service/callservice.h"
#include "service/runtime.h"

#include <QMetaObject>
#include <QString>

namespace sb::test {

/// Does `line` ("off-hook 3", "dial 3 104") at the simulated controller of `service`, on the
/// service's thread, where its simulator lives; empty, or what the simulator refused.
inline QString actAtSimulator(service::CallService *service, const QString &line)
{
    hal::SimulatorRunner *sim = service->runtime()->simulator();
    QString error;
    QMetaObject::invokeMethod(
        sim, [&] { error = sim->act(line); }, Qt::BlockingQueuedConnection);
    return error;
}

} // namespace sb::test
