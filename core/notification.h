#pragma once

#include "types.h"

namespace sb::core {

/// What the call processor tells the console; the console then reads the details it needs.
struct Notification
{
    enum class Type : quint8 {
        ExtensionChanged, ///< port's state, DND, forwarding or queue counts changed
        RequestAdded,
        RequestChanged, ///< state or queue position changed
        RequestEnded, ///< reason says how
        SystemReset, ///< a new boot_id: every request was cancelled (R12)
        ProgrammingChanged, ///< new programming: extensions may have come, gone or changed
        LineChanged ///< outside line `port` changed activity, station, target or position (T1-T9)
    };
    Type type = Type::ExtensionChanged;
    int port = 0;
    RequestId request = 0;
    EndReason reason = EndReason::None;
};

} // namespace sb::core
