#include "requesttable.h"

#include <algorithm>

namespace sb::core {

const char *RequestTable::stateName(int index)
{
    static const char *const names[stateCount]
        = {"waiting", "suspended", "ringing-caller", "ringing-target", "camped-on", "ended"};
    return index >= 0 && index < stateCount ? names[index] : "";
}

const char *RequestTable::toString(Reason reason)
{
    static const char *const names[reasonCount]
        = {"Camped", "CallerHungUp", "CallerChanged", "TargetFreed", "CallerAnswered", "Withdrawn",
            "BusyAtAnswer", "Connected", "Abandoned", "NoAnswer", "MenuCleared", "DialCleared",
            "ConsoleCleared", "Unprogrammed", "Reset", "Disabled", "Expired", "Transferred",
            "RecallTimeout", "Recalled", "LineDropped", "SentToAttendant"};
    return int(reason) < reasonCount ? names[int(reason)] : "";
}

void RequestTable::resize(int ports)
{
    m_queues.assign(size_t(std::max(0, ports)) + 1, Queue());
    m_lists.assign(size_t(std::max(0, ports)) + 1, List());
}

int RequestTable::add(int caller, int target, RequestKind kind, Millis now)
{
    int r;
    if (!m_freeSlots.empty()) {
        r = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        r = int(m_requests.size());
        m_requests.emplace_back();
        m_callerLinks.emplace_back();
    }
    Request &q = m_requests[r];
    q = Request();
    q.id = m_nextId++;
    q.live = true;
    q.kind = kind;
    q.caller = caller;
    q.target = target;
    q.leftAt = now;
    q.state = RequestState::Waiting;

    Queue &owner = m_queues[target];
    q.qPrev = owner.tail;
    if (owner.tail >= 0)
        m_requests[owner.tail].qNext = r;
    else
        owner.head = r;
    owner.tail = r;
    q.position = ++owner.count;

    List &x = m_lists[caller];
    m_callerLinks[r] = CallerLink {x.tail, -1};
    if (x.tail >= 0)
        m_callerLinks[x.tail].next = r;
    else
        x.head = r;
    x.tail = r;
    ++x.count;

    m_slotOf.emplace(q.id, r);
    ++m_liveCount;
    return r;
}

bool RequestTable::refuse()
{
    // A programming error: refused, counted (the random model test asserts none).
    ++m_refused;
    if (m_strict)
        Q_ASSERT_X(false, "RequestTable", "request state transition not in the table");
    return false;
}

void RequestTable::unlink(int r, EndReason reason, Reason why)
{
    Request &q = m_requests[r];
    unqueue(r);

    List &x = m_lists[listOf(q)];
    const CallerLink link = m_callerLinks[r];
    (link.prev >= 0 ? m_callerLinks[link.prev].next : x.head) = link.next;
    (link.next >= 0 ? m_callerLinks[link.next].prev : x.tail) = link.prev;
    --x.count;

    q.live = false;
    q.why = why;
    m_slotOf.erase(q.id);
    --m_liveCount;
    m_freeSlots.push_back(r);

    // The console shows how requests ended; the newest ones are kept.
    RequestInfo info = describe(r);
    info.reason = reason;
    info.position = 0;
    m_ended[q.id] = info;
    m_endedOrder.push_back(q.id);
    if (m_endedOrder.size() > endedKept) {
        m_ended.erase(m_endedOrder.front());
        m_endedOrder.pop_front();
    }
}

void RequestTable::unqueue(int r)
{
    Request &q = m_requests[r];
    if (!q.queued)
        return;
    Queue &owner = m_queues[q.target];
    if (q.state == RequestState::CampedOn)
        --owner.camped;
    (q.qPrev >= 0 ? m_requests[q.qPrev].qNext : owner.head) = q.qNext;
    (q.qNext >= 0 ? m_requests[q.qNext].qPrev : owner.tail) = q.qPrev;
    --owner.count;
    q.queued = false;
    q.qPrev = q.qNext = -1;
    q.position = 0;
}

void RequestTable::moveBefore(int r, int before)
{
    Request &q = m_requests[r];
    Queue &owner = m_queues[q.target];
    // Out of the tail ...
    owner.tail = q.qPrev;
    m_requests[q.qPrev].qNext = -1; // r is not alone: `before` is ahead of it
    // ... and in before `before`.
    Request &b = m_requests[before];
    q.qPrev = b.qPrev;
    q.qNext = before;
    (b.qPrev >= 0 ? m_requests[b.qPrev].qNext : owner.head) = r;
    b.qPrev = r;
    q.position = b.position;
}

int RequestTable::slotOf(RequestId id) const
{
    auto it = m_slotOf.find(id);
    return it == m_slotOf.end() ? -1 : it->second;
}

int RequestTable::find(int caller, int target, RequestKind kind) const
{
    for (int r = m_lists[caller].head; r >= 0; r = m_callerLinks[r].next) {
        if (m_requests[r].kind == kind && m_requests[r].target == target)
            return r;
    }
    return -1;
}

RequestInfo RequestTable::describe(int slot) const
{
    const Request &q = m_requests[slot];
    RequestInfo info;
    info.id = q.id;
    info.caller = q.caller;
    info.target = q.target;
    info.kind = q.kind;
    info.leftAt = q.leftAt;
    info.position = q.position;
    info.state = q.state;
    info.line = q.line;
    return info;
}

RequestInfo RequestTable::info(RequestId id) const
{
    auto it = m_slotOf.find(id);
    if (it != m_slotOf.end())
        return describe(it->second);
    auto ended = m_ended.find(id);
    return ended == m_ended.end() ? RequestInfo() : ended->second;
}

std::vector<RequestId> RequestTable::queueAt(int target) const
{
    std::vector<RequestId> out;
    if (target < 0 || target >= int(m_queues.size()))
        return out;
    for (int r = m_queues[target].head; r >= 0; r = m_requests[r].qNext)
        out.push_back(m_requests[r].id);
    return out;
}

std::vector<RequestId> RequestTable::leftBy(int caller) const
{
    std::vector<RequestId> out;
    if (caller < 1 || caller >= int(m_lists.size()))
        return out;
    for (int r = m_lists[caller].head; r >= 0; r = m_callerLinks[r].next)
        out.push_back(m_requests[r].id);
    return out;
}

std::vector<RequestId> RequestTable::live() const
{
    std::vector<RequestId> out;
    out.reserve(size_t(m_liveCount));
    for (const Request &q : m_requests) {
        if (q.live)
            out.push_back(q.id);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString RequestTable::selfCheck() const
{
    int live = 0;
    for (const Request &q : m_requests)
        live += q.live ? 1 : 0;
    if (live != m_liveCount || live != int(m_slotOf.size()))
        return QStringLiteral("live count %1, slots %2, index %3")
            .arg(m_liveCount)
            .arg(live)
            .arg(m_slotOf.size());
    for (int t = 0; t < int(m_queues.size()); ++t) {
        const Queue &o = m_queues[t];
        int n = 0, prev = -1, camped = 0;
        for (int r = o.head; r >= 0; prev = r, r = m_requests[r].qNext) {
            const Request &q = m_requests[r];
            ++n;
            if (!q.live || q.target != t || q.qPrev != prev || q.position != n)
                return QStringLiteral("queue at %1 broken at request %2").arg(t).arg(q.id);
            if ((t == 0) != (q.kind == RequestKind::LineGroup))
                return QStringLiteral("request %1 has the wrong kind").arg(q.id);
            camped += q.state == RequestState::CampedOn ? 1 : 0;
        }
        if (n != o.count || prev != o.tail || camped != o.camped)
            return QStringLiteral("queue at %1: count %2 vs %3, camped %4 vs %5")
                .arg(t)
                .arg(n)
                .arg(o.count)
                .arg(camped)
                .arg(o.camped);
        if (t == 0)
            continue;
        const List &l = m_lists[t];
        n = 0;
        prev = -1;
        for (int r = l.head; r >= 0; prev = r, r = m_callerLinks[r].next) {
            const Request &q = m_requests[r];
            ++n;
            if (!q.live || q.caller != t || m_callerLinks[r].prev != prev)
                return QStringLiteral("requests of %1 broken at %2").arg(t).arg(q.id);
            if (prev >= 0 && m_requests[prev].id > q.id)
                return QStringLiteral("requests of %1 out of order").arg(t);
        }
        if (n != l.count || prev != l.tail)
            return QStringLiteral("requests of %1: count %2 vs %3").arg(t).arg(n).arg(l.count);
    }
    return QString();
}

} // namespace sb::core
