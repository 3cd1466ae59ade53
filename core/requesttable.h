#pragma once

#include "types.h"

#include <QString>

#include <deque>
#include <unordered_map>
#include <vector>

namespace sb::core {

/// What the console shows of one request.
struct RequestInfo
{
    RequestId id = 0;
    int caller = 0; ///< station port of A
    int target = 0; ///< station port of B, or 0 for the line group
    RequestKind kind = RequestKind::Extension;
    Millis leftAt = 0;
    int position = 0; ///< 1 = first in its target's queue
    RequestState state = RequestState::Waiting;
    EndReason reason = EndReason::None;
    int line = 0; ///< the line reserved for a line callback (R15), the transferred line (kind
                  ///< Transfer, T5), or 0
};

/// The one table of allowed request state transitions: requestTransitions[from][to], indexed by
/// int(RequestState) and 5 for ended. Every change of a request's state is checked against it.
inline constexpr bool requestTransitions[6][6] = {
    // to: Waiting Suspended RingingCaller RingingTarget CampedOn Ended
    {false, true, true, false, true, true}, // from Waiting
    {true, false, false, false, true, true}, // from Suspended
    {true, true, false, true, false, false}, // from RingingCaller
    {true, true, false, false, false, false}, // from RingingTarget
    {false, true, false, true, false, true}, // from CampedOn
    {false, false, false, false, false, false}, // from Ended
};

/// A row of requestTransitions as a bit mask (bit `to`), for the hot path.
constexpr unsigned requestTransitionMask(int from)
{
    unsigned m = 0;
    for (int to = 0; to < 6; ++to)
        m |= requestTransitions[from][to] ? 1u << to : 0u;
    return m;
}
inline constexpr unsigned requestTransitionMasks[6]
    = {requestTransitionMask(0), requestTransitionMask(1), requestTransitionMask(2),
        requestTransitionMask(3), requestTransitionMask(4), requestTransitionMask(5)};

/// The Callback requests: their slots, the queue at each target (0 = the line group), the list
/// each caller has left, and the history of ended ones. Every change of a request's state goes
/// through transition() or end(), which check it against one table (as Asterisk's ccss.c does).
class RequestTable
{
public:
    /// Why a request changes state: the rule or cause behind it.
    enum class Reason : quint8 {
        Camped, ///< the caller left or repeated it and stays off-hook (R1, R2, R9, R15)
        CallerHungUp, ///< a camped caller hung up: the camp-on becomes a callback (R9, R15)
        CallerChanged, ///< the caller became idle, busy, or went in or out of DND (R3)
        TargetFreed, ///< served: the target or a line is free (R3, R4, R9, R15)
        CallerAnswered, ///< the caller answered the callback ring (R5)
        Withdrawn, ///< the callback ring stopped; back to its place (R7a, R7b, R16, link down)
        BusyAtAnswer, ///< the target was busy when the caller answered (R7c)
        Connected, ///< the two were connected (R5, R9, R15)
        Abandoned, ///< the caller hung up while the target rang (R5)
        NoAnswer, ///< the callback ring reached the ring limit (R6)
        MenuCleared, ///< CLEAR menu choice 1 (R14)
        DialCleared, ///< #0 dialed (R14)
        ConsoleCleared, ///< cancelled at the console (R14)
        Unprogrammed, ///< its caller or target is no longer programmed
        Reset, ///< the controller restarted (R12)
        Disabled, ///< callback was turned off (R13)
        Expired, ///< older than the configured expiry (X1)
        Transferred, ///< a line was transferred to a busy or ringing target (T4, T5, T9)
        RecallTimeout, ///< the transfer recall time passed: the transfer recalls (T7)
        Recalled, ///< the recall was answered (T7)
        LineDropped, ///< the far end hung up (T8)
        SentToAttendant ///< the console sent the line to the attendant (T9)
    };
    static constexpr int reasonCount = int(Reason::SentToAttendant) + 1;

    /// The states of the transition table: the five RequestStates, and Ended.
    static constexpr int stateCount = 6;
    static constexpr int endedIndex = 5;
    static constexpr bool allowed(int from, int to)
    {
        return from >= 0 && from < stateCount && to >= 0 && to < stateCount
            && requestTransitions[from][to];
    }
    /// Waiting or suspended: in its place, not in progress.
    static constexpr bool isResting(RequestState s)
    {
        return s == RequestState::Waiting || s == RequestState::Suspended;
    }
    /// "waiting", ..., "ended": the names the docs use for the table's states.
    static const char *stateName(int index);
    static const char *toString(Reason reason);

    struct Request
    {
        RequestId id = 0;
        bool live = false;
        RequestKind kind = RequestKind::Extension;
        RequestState state = RequestState::Waiting;
        Reason why = Reason::Camped; ///< of the last change
        int caller = 0;
        int target = 0; ///< 0 = line group
        int line = 0; ///< reserved for a line callback (R15)
        int position = 0;
        Millis leftAt = 0;
        bool queued = true; ///< in its target's queue (a recalling transfer has left it, T7)
        int qPrev = -1, qNext = -1; ///< in the target's queue
    };

    /// How many ended requests info() still describes (newest first).
    static constexpr size_t endedKept = 4096;

    /// Sizes the queues and lists for ports 1..ports (and 0, the line group). Only while empty.
    void resize(int ports);
    /// Strict (the default): a refused transition also fails Q_ASSERT in debug builds.
    void setStrict(bool strict) { m_strict = strict; }

    /// A new request, last in its target's queue and its caller's list, Waiting; its slot.
    int add(int caller, int target, RequestKind kind, Millis now);
    /// A new transfer request (T5) of `line` by `caller`: in the target's queue behind the
    /// transfers there and ahead of every other request (each of those moves back one place,
    /// movedBack(slot)), Waiting, in no caller's list (transfers are not callbacks: no lamp, no
    /// R2 limit, no #0 or R14); its slot.
    template<class F>
    int addTransfer(int caller, int target, int line, Millis now, F &&movedBack)
    {
        const int r = add(0, target, RequestKind::Transfer, now);
        m_requests[r].caller = caller;
        m_requests[r].line = line;
        int before = -1; // the first request that is not a transfer
        for (int n = m_queues[target].head; n >= 0 && n != r; n = m_requests[n].qNext) {
            if (m_requests[n].kind != RequestKind::Transfer) {
                before = n;
                break;
            }
        }
        if (before >= 0) {
            moveBefore(r, before);
            for (int n = m_requests[r].qNext; n >= 0; n = m_requests[n].qNext) {
                ++m_requests[n].position;
                movedBack(n);
            }
        }
        return r;
    }
    /// Changes a live request's state if the table allows it (same state: nothing, false).
    /// Inline: the engine's hottest path.
    bool transition(int slot, RequestState to, Reason why)
    {
        Request &q = m_requests[slot];
        if (q.state == to)
            return false;
        if (!q.live || !(requestTransitionMasks[int(q.state)] & (1u << int(to))))
            return refuse();
        if (q.state == RequestState::CampedOn)
            --m_queues[q.target].camped;
        else if (to == RequestState::CampedOn)
            ++m_queues[q.target].camped;
        q.state = to;
        q.why = why;
        return true;
    }
    /// Ends a live request if the table allows it: out of its queue (everyone behind moves up,
    /// movedUp(slot) for each, in order) and its caller's list, into the history.
    template<class F>
    bool end(int slot, EndReason reason, Reason why, F &&movedUp)
    {
        if (!m_requests[slot].live || !allowed(int(m_requests[slot].state), endedIndex))
            return refuse();
        for (int n = m_requests[slot].qNext; n >= 0; n = m_requests[n].qNext) {
            --m_requests[n].position;
            movedUp(n);
        }
        unlink(slot, reason, why);
        return true;
    }
    /// Takes a live request out of its target's queue (everyone behind moves up, movedUp(slot)
    /// for each); it stays live, with position 0, until it ends (a recalling transfer, T7).
    template<class F>
    void leaveQueue(int slot, F &&movedUp)
    {
        Request &q = m_requests[slot];
        if (!q.live || !q.queued)
            return;
        for (int n = q.qNext; n >= 0; n = m_requests[n].qNext) {
            --m_requests[n].position;
            movedUp(n);
        }
        unqueue(slot);
    }
    /// Transitions and ends refused because the table does not allow them (a programming error).
    int refusedTransitions() const { return m_refused; }

    const Request &at(int slot) const { return m_requests[slot]; }
    void setLine(int slot, int line) { m_requests[slot].line = line; }
    int slotCount() const { return int(m_requests.size()); }
    /// The slot of a live request, or -1.
    int slotOf(RequestId id) const;
    int liveCount() const { return m_liveCount; }
    /// The caller's live request of this kind at this target, or -1.
    int find(int caller, int target, RequestKind kind) const;

    int queueHead(int target) const { return m_queues[target].head; }
    int queueCount(int target) const { return m_queues[target].count; }
    int campedAt(int target) const { return m_queues[target].camped; }
    int nextInQueue(int slot) const { return m_requests[slot].qNext; }
    int firstLeftBy(int caller) const { return m_lists[caller].head; }
    int leftCount(int caller) const { return m_lists[caller].count; }
    int nextLeftBy(int slot) const { return m_callerLinks[slot].next; }
    /// Asks the CPU for a slot's request ahead of its use (a walk over a caller's requests
    /// gathers their slots first, so that the misses at 10,000 extensions overlap).
    void prefetch(int slot) const { __builtin_prefetch(&m_requests[size_t(slot)]); }

    RequestInfo describe(int slot) const;
    /// A live request, or one of the last endedKept that ended.
    RequestInfo info(RequestId id) const;
    std::vector<RequestId> queueAt(int target) const;
    std::vector<RequestId> leftBy(int caller) const;
    std::vector<RequestId> live() const;

    /// Checks the queues, lists and counts; a description of the first fault, or empty.
    QString selfCheck() const;

private:
    struct Queue
    {
        int head = -1, tail = -1, count = 0;
        int camped = 0; ///< requests whose caller camps on
    };
    struct List
    {
        int head = -1, tail = -1, count = 0;
    };

    /// Counts a refused change (and fails Q_ASSERT when strict); false.
    bool refuse();
    /// Out of its target's queue (positions behind it are the caller's business).
    void unqueue(int slot);
    /// Moves the last request of a queue to just before `before` in it, taking its position.
    void moveBefore(int slot, int before);
    /// The list a request is in: its caller's, or 0 for transfers.
    int listOf(const Request &q) const { return q.kind == RequestKind::Transfer ? 0 : q.caller; }
    void unlink(int slot, EndReason reason, Reason why);

    std::vector<Request> m_requests; // slots
    /// Each slot's place in its caller's list, apart from the requests: walking a caller's list
    /// reads this small array, not a request (a cache line) per step.
    struct CallerLink
    {
        int prev = -1, next = -1;
    };
    std::vector<CallerLink> m_callerLinks; // by slot
    std::vector<int> m_freeSlots;
    std::unordered_map<RequestId, int> m_slotOf;
    std::vector<Queue> m_queues; // index = target; 0 = line group
    std::vector<List> m_lists; // index = caller
    RequestId m_nextId = 1;
    int m_liveCount = 0;
    int m_refused = 0;
    bool m_strict = true;
    std::unordered_map<RequestId, RequestInfo> m_ended;
    std::deque<RequestId> m_endedOrder;
};

} // namespace sb::core
