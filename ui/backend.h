#pragma once

#include "core/callprocessor.h"

#include <functional>

namespace sb::ui {

/// The controller link as the supervisor sees it (filled by the app from the link layer).
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
    QString lastReset; ///< when the controller last came back with a new boot_id
};

/// What the console needs from the program: the call processor, and a way to act on it that
/// gives the time and sends the commands the action produced. The app implements it.
class Backend
{
public:
    virtual ~Backend() = default;
    virtual const core::CallProcessor &processor() const = 0;
    /// The processor's clock now.
    virtual core::Millis now() const = 0;
    /// Runs a console action on the processor now, then sends what it produced.
    virtual void act(const std::function<void(core::CallProcessor &, core::Millis)> &action) = 0;
    /// "Switchboard SIM-1 on /dev/ttyUSB0 at 115200 baud" or similar.
    virtual QString controllerDescription() const = 0;
    virtual LinkHealth linkHealth() const = 0;
};

} // namespace sb::ui
