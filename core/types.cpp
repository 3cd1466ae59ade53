#include "types.h"

namespace sb::core {

const char *toString(Cadence c)
{
    switch (c) {
    case Cadence::Stop:
        return "stop";
    case Cadence::Intercom:
        return "intercom";
    case Cadence::Outside:
        return "outside";
    case Cadence::Callback:
        return "callback";
    }
    return "?";
}

const char *toString(Tone t)
{
    switch (t) {
    case Tone::None:
        return "none";
    case Tone::Dial:
        return "dial";
    case Tone::Busy:
        return "busy";
    case Tone::Ringback:
        return "ringback";
    case Tone::Confirm:
        return "confirm";
    case Tone::Reorder:
        return "reorder";
    case Tone::CampOn:
        return "camp-on";
    case Tone::Dnd:
        return "dnd";
    }
    return "?";
}

const char *toString(EndReason r)
{
    switch (r) {
    case EndReason::None:
        return "live";
    case EndReason::Completed:
        return "completed";
    case EndReason::Abandoned:
        return "abandoned";
    case EndReason::NoAnswer:
        return "no-answer";
    case EndReason::Cleared:
        return "cleared";
    case EndReason::Reset:
        return "reset";
    case EndReason::Disabled:
        return "disabled";
    case EndReason::Expired:
        return "expired";
    case EndReason::Recalled:
        return "recalled";
    }
    return "?";
}

const char *toString(RequestState s)
{
    switch (s) {
    case RequestState::Waiting:
        return "waiting";
    case RequestState::Suspended:
        return "suspended";
    case RequestState::RingingCaller:
        return "ringing caller";
    case RequestState::RingingTarget:
        return "ringing target";
    case RequestState::CampedOn:
        return "camped on";
    }
    return "?";
}

const char *toString(RequestKind k)
{
    switch (k) {
    case RequestKind::Extension:
        return "extension";
    case RequestKind::LineGroup:
        return "line group";
    case RequestKind::Transfer:
        return "transfer";
    }
    return "?";
}

const char *toString(CallState s)
{
    switch (s) {
    case CallState::Idle:
        return "idle";
    case CallState::Dialing:
        return "dialing";
    case CallState::Calling:
        return "calling";
    case CallState::BusyTone:
        return "busy tone";
    case CallState::Camped:
        return "camped on";
    case CallState::Tone:
        return "tone";
    case CallState::Ringing:
        return "ringing";
    case CallState::RingingOutside:
        return "ringing (outside)";
    case CallState::CallbackRinging:
        return "callback ringing";
    case CallState::Talking:
        return "talking";
    case CallState::TalkingOutside:
        return "talking (outside)";
    }
    return "?";
}

const char *toString(ExtensionType t)
{
    switch (t) {
    case ExtensionType::Keyset:
        return "keyset";
    case ExtensionType::SingleLine:
        return "single-line";
    case ExtensionType::Attendant:
        return "attendant";
    }
    return "?";
}

std::optional<ExtensionType> extensionTypeFromString(const QString &name)
{
    for (ExtensionType t :
        {ExtensionType::Keyset, ExtensionType::SingleLine, ExtensionType::Attendant}) {
        if (name == QLatin1String(toString(t)))
            return t;
    }
    return std::nullopt;
}

const char *keyName(quint8 key)
{
    switch (key) {
    case 0x01:
        return "CALLBACK";
    case 0x02:
        return "CLEAR";
    case 0x03:
        return "DND";
    case 0x04:
        return "FLASH";
    case 0x05:
        return "HOLD";
    case 0x06:
        return "TRANSFER";
    default: {
        static const char *const lines[16]
            = {"LINE1", "LINE2", "LINE3", "LINE4", "LINE5", "LINE6", "LINE7", "LINE8", "LINE9",
                "LINE10", "LINE11", "LINE12", "LINE13", "LINE14", "LINE15", "LINE16"};
        return key >= 0x10 && key < 0x20 ? lines[key - 0x10] : "?";
    }
    }
}

} // namespace sb::core
