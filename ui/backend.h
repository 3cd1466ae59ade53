#pragma once

#include "core/callprocessor.h"

#include <functional>

namespace sb::ui {

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
};

} // namespace sb::ui
