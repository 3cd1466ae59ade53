#pragma once

#include "attendantqueue.h"
#include "clearmenu.h"
#include "command.h"
#include "digitcollector.h"
#include "event.h"
#include "linebank.h"
#include "notification.h"
#include "programming.h"
#include "requesttable.h"
#include "timers.h"

#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace sb::core {

/// What the console shows of one extension.
struct ExtensionStatus
{
    int port = 0;
    QString number;
    QString name;
    ExtensionType type = ExtensionType::Keyset;
    CallState state = CallState::Idle;
    bool offHook = false;
    int peer = 0; ///< the other station of a call, or the line of an outside call (ringing: the
                  ///< one answering takes)
    bool dnd = false;
    int forwardTo = 0; ///< port calls are forwarded to, or 0
    int waiting = 0; ///< requests queued at this extension
    int firstCaller = 0; ///< port of the first of them, or 0
    int left = 0; ///< requests this extension has left
    bool campedOn = false; ///< a caller waits off-hook for this extension (R9)
    bool clearMenu = false; ///< its CLEAR menu is open (R14): digits choose in it on the hook
};

/// The call processor and Callback engine of behaviour.md as a pure state machine:
/// events and console actions in, controller commands and notifications out. Time is
/// passed in by the caller, who also calls advanceTo() at nextDeadline().
class CallProcessor
{
public:
    /// The CLEAR menu stays open this long (R14).
    static constexpr Millis clearMenuTimeout = ClearMenu::timeout;
    /// A confirmation on the display is cleared after this long.
    static constexpr Millis confirmationShown = 3000;
    /// After the confirm burst a camped caller hears ringback (R9).
    static constexpr Millis confirmBurst = 500;
    /// An off-hook this soon after a callback ring was withdrawn answers it (R7c).
    static constexpr Millis answerGrace = 2000;
    /// Dial tone or an unfinished number times out to reorder after this long.
    static constexpr Millis dialTimeout = DigitCollector::dialTimeout;
    /// Digits that are a whole number and the start of a longer one wait this long (critical
    /// timer).
    static constexpr Millis criticalTimeout = DigitCollector::criticalTimeout;

    explicit CallProcessor(Programming programming = Programming::factoryDefaults(32, 8));

    /// Feeds one controller or link event that happened at `now`.
    void handle(const Event &event, Millis now);
    /// Fires every deadline up to `now`.
    void advanceTo(Millis now);
    /// When advanceTo() should next be called, or -1 if nothing is due.
    Millis nextDeadline() const;

    // Console actions (console.md); each returns false when it changed nothing.
    /// Cancels every request this extension has left (R14 choice 1, as #0 does).
    bool clearCallbacks(int port, Millis now);
    /// Cancels this extension's call forwarding (R14 choice 2).
    bool clearForwarding(int port, Millis now);
    /// Cancels one live request (reason cleared).
    bool cancelRequest(RequestId id, Millis now);
    bool setDnd(int port, bool on, Millis now);
    /// Forwards every intercom call for `port` to `destination` (B4); fails for itself or no such
    /// port.
    bool setForwarding(int port, int destination, Millis now);
    /// T9: the outside call of `attendant` (0: the first attendant talking on a line) is
    /// transferred unannounced to `toPort` (rings it, or camps on when busy). NotFound for no
    /// such extension, NotPossible when no attendant has an outside call or the target cannot
    /// take it (itself, DND).
    ActionResult transferAttendantCall(int toPort, Millis now, int attendant = 0);
    /// T9: a held, queued (camped-on transfer) or recalling line goes to the attendant (B3).
    /// NotFound for no such line, NotPossible for a line in another state or no attendant.
    ActionResult lineToAttendant(int line, Millis now);
    /// Applies new programming at once (R13: turning callback off cancels every request).
    void setProgramming(const Programming &programming, Millis now);

    // Outputs accumulate until the caller clears them.
    const std::vector<Command> &commands() const { return m_commands; }
    const std::vector<Notification> &notifications() const { return m_notifications; }
    void clearOutput();
    std::vector<Command> takeCommands();
    std::vector<Notification> takeNotifications();

    // Queries.
    const Programming &programming() const { return m_programming; }
    int stationCount() const { return int(m_stations.size()) - 1; }
    int lineCount() const { return m_lines.count(); }
    bool linkUp() const { return m_linkUp; }
    quint32 bootId() const { return m_bootId; }
    /// True if the port has a programmed extension on this controller.
    bool hasExtension(int port) const;
    int portOfNumber(const QString &number) const;
    ExtensionStatus extension(int port) const;
    /// Outside line `n` (1 to lineCount()); an empty status for another number.
    LineStatus line(int n) const;
    /// A live request, or one of the last endedKept that ended (then `reason` says how).
    RequestInfo request(RequestId id) const;
    /// Requests waiting at this extension (0 = the line group), first in line first.
    std::vector<RequestId> queueAt(int target) const;
    /// Requests this extension has left, oldest first.
    std::vector<RequestId> requestsLeftBy(int port) const;
    /// Every live request, in the order they were left.
    std::vector<RequestId> liveRequests() const;
    int liveRequestCount() const { return m_table.liveCount(); }
    /// True when the extension is idle, not in DND and not taken by a callback (R3).
    bool isAvailable(int port) const;

    /// How many ended requests request() still describes (newest first).
    static constexpr size_t endedKept = RequestTable::endedKept;
    /// Request state changes refused by the transition table (a programming error; stays 0).
    int refusedTransitions() const { return m_table.refusedTransitions(); }

    /// Checks the internal links and counts; returns a description of the first fault, or empty.
    QString selfCheck() const;

private:
    enum class St : quint8 {
        Idle,
        Dialing,
        CodeDone,
        Reorder,
        DndTone,
        BusyTone,
        Ringback,
        AttendantWait,
        Camped,
        RingingIntercom,
        RingingOutside,
        RingingCallback,
        Talking,
        TalkingLine,
        RingingLine ///< rung (outside cadence) for a transferred, recalling or held line (peer)
    };

    struct Station
    {
        St state = St::Idle;
        bool offHook = false;
        bool exists = false; // a programmed extension on this port
        bool keyset = true; // has display and lamps
        bool attendant = false;
        bool receivesCampOn = true;
        bool dnd = false;
        bool display[2] = {false, false}; // a row shows something
        bool busyTargetIsGroup = false;
        int peer = 0; // station (calls) or line (outside calls)
        int busyTarget = 0; // whom the busy/DND tone was for
        int request = -1; // slot of the request this state is about
        int taken = -1; // slot of the callback in progress that holds this station (R3)
        int forwardTo = 0;
        int transferLine = 0; // the line this station is transferring (T3), while it dials
        quint64 arrival = 0; // when it began waiting for the attendant (B3 order)
        int outsideRings = 0; // lines ringing this station now
        int graceRequest = -1;
        RequestId graceId = 0;
        Millis graceUntil = 0;
        Millis idleSince = 0;
        Millis guardAt = -1; // when a guard timer is set for
        bool lampsStale = false; // a lamp changed while the link was down
        quint32 displayGen = 0, guardGen = 0;
        QString number, name;
        DisplayText label; // "101 Name" for displays
    };

    using LineState = LineBank::State;
    using Line = LineBank::Line;

    using Request = RequestTable::Request;
    using Why = RequestTable::Reason;

    using Timer = Timers::Kind;
    using Deadline = Timers::Deadline;

    // Events.
    void onHook(int s, bool offHook);
    void onOffHook(int s);
    void onOnHook(int s);
    void onDigit(int s, char d);
    void onKey(int s, quint8 key);
    bool hasLineKey(int s, int l) const;
    void onRingCycle(int s, int count);
    void onLineRing(int l, bool ringing);
    void onLineDrop(int l);
    void onSessionUp(int stations, int lines, quint32 bootId);
    void onLinkDown();
    void onPortStates(const Event &e);
    void fire(const Deadline &d);

    // Call processing.
    void dialTone(int s);
    void collect(int s, bool final);
    void finishCode(int s, bool ok);
    void callExtension(int s, int target);
    void callAttendant(int s, int attendant);
    /// Rings idle `b` for `s` (intercom cadence; "Transfer line N" for a transfer, T4); `s`
    /// hears ringback.
    void ringIntercom(int s, int b);
    void offerToAttendant(int attendant);
    void seizeLine(int s, int l);
    void connectStations(int a, int b);
    void leaveRequest(int s);
    int transfersQueuedAt(int t) const;
    void refuse(int s);
    void toState(int s, St st);
    void becameIdle(int s);
    void leftIdle(int s);
    void ringForLines(int s);
    void stopOutsideRinging(int l, int except);
    void freeLine(int l);
    void setLine(int l, LineState state, int station);
    int resolveForwarding(int caller, int target) const;
    void setDndInternal(int s, bool on);
    void openMenu(int s);
    void closeMenu(int s, bool clearDisplay);

    // Requests.
    int newRequest(int caller, int target, RequestKind kind);
    void endRequest(int r, EndReason reason, Why why);
    void finish(int r, EndReason reason, Why why);
    void unlink(int r, EndReason reason, Why why);
    void releaseProgress(int r, Why why);
    void withdraw(int r, bool grace);
    void setRequestState(int r, RequestState st, Why why);
    void refreshCallerStates(int s);
    RequestState restingState(const Request &r) const;
    void satisfyBetween(int a, int b);
    void callbackLamp(int s);
    void cancelAll(EndReason reason, Why why, bool quiet);
    void cancelLeftBy(int s, EndReason reason, Why why);
    void dropCall(int s);
    void answerLine(int s, int l);
    void addOutsideRing(int s, int l);
    void menuChoice(int s, char d);
    void refresh(int s);
    void refreshLamps(int s);
    bool forward(int port, int destination);
    void resetCallState();

    // Hold and transfer (T1-T9), callprocessortransfer.cpp.
    void lineChanged(int l);
    void holdLine(int s);
    void retrieveLine(int s, int l);
    void connectLine(int s, int l);
    void startTransfer(int s);
    bool inTransfer(const Station &x) const;
    void returnToLine(int s);
    bool transferHangUp(int s);
    void targetHungUp(int s, int transferrer);
    void transferTo(int l, int by, int target, quint64 arrival = 0);
    /// When the first caller waiting for attendant a began to wait (B3), or the largest value.
    quint64 callerArrival(int a) const;
    /// ... of the first transfer camped on at attendant a, or the largest value.
    quint64 transferArrival(int a) const;
    void ringLine(int s, int l, const char *what);
    void stopRinging(int s, int l);
    void transferState(int r, RequestState st, Why why);
    void noteTarget(int s, int target);
    void recall(int l, int s);
    void toAttendant(int l);
    bool serveLineWaits(int s);
    bool serveTransfer(int t);
    void endTransfer(int r, EndReason reason, Why why);
    void fireLineRecall(int l);
    void lineDropped(int l);
    int firstAttendant() const;

    // Serving (R3).
    void markDirty(int s);
    void serveDirty();
    bool targetFree(int t) const;
    bool callerReady(const Request &r) const;
    int firstReady(int t) const;
    bool serveTarget(int t);
    bool serveCaller(int s);
    void serve(int r);

    // Output.
    /// Display text `a` followed by `b`.
    static DisplayText text(const char *a, const DisplayText &b = {});
    void send(const Command &c) { m_commands.push_back(c); }
    /// Built in place: a Notification made on the stack and copied stalled on store forwarding.
    void notify(
        Notification::Type t, int port, RequestId id = 0, EndReason reason = EndReason::None)
    {
        Notification &n = m_notifications.emplace_back();
        n.type = t;
        n.port = port;
        n.request = id;
        n.reason = reason;
    }
    void extensionChanged(int s) { notify(Notification::Type::ExtensionChanged, s); }
    void ring(int s, Cadence c);
    void tone(int s, Tone t);
    void show(int s, int row, const DisplayText &text);
    void clearDisplay(int s);
    void schedule(Timer t, int index, quint64 gen, Millis when);

    void rebuild();
    CallState publicState(const Station &st) const;
    bool valid(int s) const { return s >= 1 && s < int(m_stations.size()) && m_stations[s].exists; }

    Programming m_programming;
    SystemOptions m_options;
    DigitCollector m_digits;
    std::vector<Station> m_stations; // index = port; 0 unused
    LineBank m_lines;
    RequestTable m_table;
    AttendantQueue m_attendants; // callers waiting for each attendant (B3)
    ClearMenu m_menus; // R14
    Timers m_timers;
    std::vector<int> m_dirty;
    std::vector<bool> m_isDirty;
    Millis m_now = 0;
    bool m_quiet = false; // commands are not sent (a reset controller has nothing to undo)
    bool m_linkUp = false;
    bool m_synced = false; // the port states of this session have arrived
    bool m_hadSession = false;
    quint64 m_arrivals = 0; // counts arrivals at the attendant: one order for callers and lines
    quint32 m_bootId = 0;
    std::vector<Command> m_commands;
    std::vector<Notification> m_notifications;
    std::vector<int> m_slotScratch; ///< refreshCallerStates' slots (kept: no allocation per call)
};

} // namespace sb::core
