#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

/// The call processor's vocabulary: the wire values of controller-link.md and the words of
/// behaviour.md.
namespace sb::core {

/// Milliseconds on the caller's monotonic clock; the core never reads a clock itself.
using Millis = qint64;

/// Identifies a request for its whole life; never reused.
using RequestId = quint64;

/// Ring cadences of the RING command.
enum class Cadence : quint8 { Stop = 0, Intercom = 1, Outside = 2, Callback = 3 };

/// Tones of the TONE command.
enum class Tone : quint8 {
    None = 0,
    Dial = 1,
    Busy = 2,
    Ringback = 3,
    Confirm = 4,
    Reorder = 5,
    CampOn = 6,
    Dnd = 7
};

/// Key codes of KEY and LAMP; line key n is LineKey1 + n - 1.
enum class Key : quint8 {
    Callback = 0x01,
    Clear = 0x02,
    Dnd = 0x03,
    Flash = 0x04,
    Hold = 0x05,
    Transfer = 0x06,
    LineKey1 = 0x10
};

/// Lamp modes of the LAMP command.
enum class LampMode : quint8 { Off = 0, On = 1, SlowFlash = 2, FastFlash = 3 };

/// Endpoint kinds of CONNECT and RELEASE.
enum class EndpointKind : quint8 { Station = 0, Line = 1 };

/// Extension types of the programming.
enum class ExtensionType : quint8 { Keyset, SingleLine, Attendant };

/// What a request waits for: an extension or the line group (R15).
enum class RequestKind : quint8 {
    Extension,
    LineGroup,
    Transfer ///< an outside line transferred to a busy target waits for it (T5)
};

/// A live request's state (behaviour.md, "What every request records").
enum class RequestState : quint8 {
    Waiting, ///< in the queue; its target is not free yet
    Suspended, ///< its caller is not idle or in DND; keeps its place (R3)
    RingingCaller, ///< the callback ring is at the caller (R4)
    RingingTarget, ///< the caller answered (or camps); the target rings (R5, R9)
    CampedOn ///< the caller waits off-hook (R9, R15)
};

/// How a request ended.
enum class EndReason : quint8 {
    None, ///< still live
    Completed, ///< the two were connected
    Abandoned, ///< the caller hung up while the target was rung
    NoAnswer, ///< the callback ring reached the ring limit (R6)
    Cleared, ///< CLEAR menu, #0 or the console (R14)
    Reset, ///< the controller restarted (R12)
    Disabled, ///< callback was turned off (R13)
    Expired, ///< older than the configured expiry (X1)
    Recalled ///< a transfer came back to its station or the attendant and was answered (T7)
};

/// What a console action did (console-bus.md: ok, changed false, not-found, not-possible).
enum class ActionResult : quint8 {
    Changed, ///< done
    Unchanged, ///< nothing to do (ok, changed false)
    NotFound, ///< no such extension or line
    NotPossible ///< well-formed but cannot be done now
};

/// What an extension is doing, as a person at the console would name it.
enum class CallState : quint8 {
    Idle, ///< on-hook, not ringing, no call
    Dialing, ///< off-hook with dial tone or collecting digits
    Calling, ///< hearing ringback: the called extension rings or a camp-on waits
    BusyTone, ///< met a busy extension or no free line
    Camped, ///< waiting off-hook after leaving a request (R9, R15)
    Tone, ///< hearing reorder, DND tone or silence after a code; waits for hang-up
    Ringing, ///< being rung for an intercom call
    RingingOutside, ///< being rung by an outside line
    CallbackRinging, ///< the callback ring (R4)
    Talking, ///< in an intercom call
    TalkingOutside ///< on an outside line
};

const char *toString(Cadence c);
const char *toString(Tone t);
const char *toString(EndReason r);
const char *toString(RequestState s);
const char *toString(RequestKind k);
const char *toString(CallState s);
const char *toString(ExtensionType t);
/// The type named by toString() ("keyset", "single-line", "attendant"), or nothing.
std::optional<ExtensionType> extensionTypeFromString(const QString &name);
const char *keyName(quint8 key);

} // namespace sb::core
