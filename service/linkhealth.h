#pragma once

#include <QString>

namespace sb::service {

/// The controller link's health, as `R/state/link` publishes it (console-bus.md section 2).
struct LinkHealth
{
    QString state; ///< "up", "reconnecting" …
    bool up = false;
    QString model;
    int firmware = 0;
    quint32 bootId = 0;
    quint64 framesSent = 0;
    quint64 framesReceived = 0;
    quint64 retransmissions = 0;
    quint64 framingErrors = 0;
    quint64 controllerErrors = 0;
    quint64 outages = 0;
    QString lastReset; ///< when the controller last came back with a new boot_id (RFC 3339)
};

} // namespace sb::service
