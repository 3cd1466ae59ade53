// CallProcessor: the Callback requests (R1-R16) and the serving policy (R3), the output and the
// queries. The requests themselves are RequestTable's.

#include "callprocessor.h"

#include <algorithm>

namespace sb::core {

// ---------------------------------------------------------------- requests

int CallProcessor::newRequest(int caller, int target, RequestKind kind)
{
    const int r = m_table.add(caller, target, kind, m_now);
    const Request &q = m_table.at(r);
    if (m_options.expiry > 0)
        schedule(Timer::Expiry, r, q.id, q.leftAt + m_options.expiry);
    notify(Notification::Type::RequestAdded, caller, q.id);
    extensionChanged(caller);
    if (target)
        extensionChanged(target);
    if (m_table.leftCount(caller) == 1)
        callbackLamp(caller); // R4
    return r;
}

void CallProcessor::callbackLamp(int s)
{
    Station &x = m_stations[s];
    if (!x.keyset || m_quiet)
        return;
    send(Command::lamp(
        s, quint8(Key::Callback), m_table.leftCount(s) > 0 ? LampMode::SlowFlash : LampMode::Off));
    if (!m_linkUp)
        x.lampsStale = true;
}

RequestState CallProcessor::restingState(const Request &r) const
{
    const Station &a = m_stations[r.caller];
    return a.state == St::Idle && !a.dnd ? RequestState::Waiting : RequestState::Suspended;
}

void CallProcessor::setRequestState(int r, RequestState st, Why why)
{
    const Request &q = m_table.at(r);
    if (st == RequestState::Waiting || st == RequestState::Suspended)
        st = restingState(q);
    if (q.state == st || !m_table.transition(r, st, why))
        return;
    notify(Notification::Type::RequestChanged, q.caller, q.id);
    if (q.target)
        extensionChanged(q.target);
}

void CallProcessor::refreshCallerStates(int s)
{
    // The caller's requests lie anywhere in the table: their slots are gathered and prefetched
    // first, so that the cache misses overlap instead of following one another (this walk was
    // a quarter of the engine's time at 10,000 extensions). The list itself does not change.
    m_slotScratch.clear();
    for (int r = m_table.firstLeftBy(s); r >= 0; r = m_table.nextLeftBy(r)) {
        m_table.prefetch(r);
        m_slotScratch.push_back(r);
    }
    for (const int r : m_slotScratch) {
        if (RequestTable::isResting(m_table.at(r).state))
            setRequestState(r, RequestState::Waiting, Why::CallerChanged);
    }
}

void CallProcessor::releaseProgress(int r, Why why)
{
    const Request &q = m_table.at(r);
    Station &a = m_stations[q.caller];
    if (a.taken == r) {
        a.taken = -1;
        markDirty(q.caller);
    }
    if (q.kind == RequestKind::Extension) {
        Station &b = m_stations[q.target];
        if (b.taken == r) {
            b.taken = -1;
            markDirty(q.target);
        }
    }
    if (q.line) {
        const Line &ln = m_lines.at(q.line);
        if (ln.state == LineState::Reserved && ln.request == r)
            freeLine(q.line);
        m_table.setLine(r, 0);
    }
    if (q.state == RequestState::RingingCaller || q.state == RequestState::RingingTarget)
        setRequestState(r, RequestState::Waiting, why);
}

void CallProcessor::withdraw(int r, bool grace)
{
    // The callback ring stops and the request goes back to its place (R7a, R7b, R16).
    const Request &q = m_table.at(r);
    if (q.state != RequestState::RingingCaller)
        return;
    const int a = q.caller;
    Station &x = m_stations[a];
    ring(a, Cadence::Stop);
    x.request = -1;
    releaseProgress(r, Why::Withdrawn);
    toState(a, St::Idle);
    if (grace) {
        x.graceRequest = r;
        x.graceId = m_table.at(r).id;
        x.graceUntil = m_now + answerGrace;
    }
}

void CallProcessor::endRequest(int r, EndReason reason, Why why)
{
    // Ends a request in any state, putting its stations right.
    const Request &q = m_table.at(r);
    const int a = q.caller;
    Station &x = m_stations[a];
    switch (q.state) {
    case RequestState::CampedOn:
        if (x.state == St::Camped && x.request == r) {
            x.request = -1;
            finish(r, reason, why);
            toState(a, St::Reorder);
            tone(a, Tone::Reorder);
            return;
        }
        break;
    case RequestState::RingingCaller:
        ring(a, Cadence::Stop);
        x.request = -1;
        finish(r, reason, why);
        toState(a, St::Idle);
        return;
    case RequestState::RingingTarget: {
        const int b = q.target;
        Station &y = m_stations[b];
        x.request = -1;
        finish(r, reason, why);
        if (y.state == St::RingingIntercom && y.peer == a) {
            ring(b, Cadence::Stop);
            y.request = -1;
            toState(b, St::Idle);
        }
        if (x.state == St::Ringback) {
            x.peer = 0;
            toState(a, St::Reorder);
            tone(a, Tone::Reorder);
        }
        return;
    }
    default:
        break;
    }
    finish(r, reason, why);
}

void CallProcessor::finish(int r, EndReason reason, Why why)
{
    releaseProgress(r, why);
    unlink(r, reason, why);
}

void CallProcessor::unlink(int r, EndReason reason, Why why)
{
    const Request &q = m_table.at(r);
    // Everyone behind moves up one place.
    const bool ended = m_table.end(r, reason, why, [this](int n) {
        const Request &m = m_table.at(n);
        notify(Notification::Type::RequestChanged, m.caller, m.id);
    });
    if (!ended)
        return;
    notify(Notification::Type::RequestEnded, q.caller, q.id, reason);
    extensionChanged(q.caller);
    if (q.target)
        extensionChanged(q.target);
    if (q.kind != RequestKind::Transfer && m_table.leftCount(q.caller) == 0)
        callbackLamp(q.caller);
}

void CallProcessor::cancelLeftBy(int s, EndReason reason, Why why)
{
    while (m_table.firstLeftBy(s) >= 0)
        endRequest(m_table.firstLeftBy(s), reason, why);
}

void CallProcessor::cancelAll(EndReason reason, Why why, bool quiet)
{
    for (int r = 0; r < m_table.slotCount(); ++r) {
        if (!m_table.at(r).live)
            continue;
        if (!quiet && m_table.at(r).kind == RequestKind::Transfer)
            continue; // T5: R13 does not cancel transfers
        if (quiet) {
            m_quiet = true; // the controller was reset: it has no lamps lit to put out
            const Request &q = m_table.at(r);
            m_stations[q.caller].request = -1;
            if (q.kind == RequestKind::Extension && m_stations[q.target].request == r)
                m_stations[q.target].request = -1;
            finish(r, reason, why);
            m_quiet = false;
        } else {
            endRequest(r, reason, why);
        }
    }
}

// ---------------------------------------------------------------- serving (R3)

void CallProcessor::markDirty(int s)
{
    if (s < 0 || s >= int(m_isDirty.size()) || m_isDirty[s])
        return;
    m_isDirty[s] = true;
    m_dirty.push_back(s);
}

bool CallProcessor::targetFree(int t) const
{
    if (t == 0)
        return m_lines.firstFree() != 0;
    const Station &b = m_stations[t];
    if (!b.exists || b.state != St::Idle || b.dnd || b.taken >= 0)
        return false;
    return m_options.guardDelay <= 0 || m_now - b.idleSince >= m_options.guardDelay;
}

bool CallProcessor::callerReady(const Request &q) const
{
    if (q.kind == RequestKind::Transfer)
        return false; // served by serveTransfer() (T5)
    if (q.state == RequestState::CampedOn)
        return true;
    if (!RequestTable::isResting(q.state))
        return false;
    const Station &a = m_stations[q.caller];
    return a.exists && a.state == St::Idle && !a.dnd && a.taken < 0;
}

int CallProcessor::firstReady(int t) const
{
    // FIFO; a request whose caller is not ready is skipped and keeps its place (R3).
    for (int r = m_table.queueHead(t); r >= 0; r = m_table.nextInQueue(r)) {
        if (callerReady(m_table.at(r)))
            return r;
    }
    return -1;
}

bool CallProcessor::serveTarget(int t)
{
    if (m_table.queueCount(t) == 0)
        return false;
    if (t > 0 && serveTransfer(t))
        return true; // T5: transfers first
    if (!targetFree(t)) {
        Station &b = m_stations[t];
        // X2: wake up when the guard delay has passed.
        if (t > 0 && m_options.guardDelay > 0 && b.exists && b.state == St::Idle && !b.dnd
            && b.taken < 0 && b.guardAt != b.idleSince + m_options.guardDelay) {
            b.guardAt = b.idleSince + m_options.guardDelay;
            schedule(Timer::Guard, t, b.guardGen, b.guardAt);
        }
        return false;
    }
    const int r = firstReady(t);
    if (r < 0)
        return false;
    const Request &q = m_table.at(r);
    if (q.state != RequestState::CampedOn) {
        // R3: when A has several ready callbacks, the oldest is served first.
        for (int o = m_table.firstLeftBy(q.caller); o >= 0 && o != r; o = m_table.nextLeftBy(o)) {
            const Request &older = m_table.at(o);
            if (RequestTable::isResting(older.state) && targetFree(older.target)
                && firstReady(older.target) == o) {
                serve(o);
                return true;
            }
        }
    }
    serve(r);
    return true;
}

bool CallProcessor::serveCaller(int s)
{
    const Station &a = m_stations[s];
    if (!a.exists || a.state != St::Idle || a.dnd || a.taken >= 0)
        return false;
    for (int o = m_table.firstLeftBy(s); o >= 0; o = m_table.nextLeftBy(o)) {
        const Request &q = m_table.at(o);
        if (RequestTable::isResting(q.state) && targetFree(q.target) && firstReady(q.target) == o) {
            serve(o);
            return true;
        }
    }
    return false;
}

void CallProcessor::serveDirty()
{
    if (!m_linkUp || !m_synced || !m_options.callbackEnabled) {
        std::vector<int> dirty;
        dirty.swap(m_dirty);
        for (int s : dirty)
            m_isDirty[s] = false;
        // T5: transfers are served with callback off too.
        for (int s : dirty) {
            if (m_linkUp && m_synced && s > 0 && m_table.queueCount(s) > 0)
                serveTransfer(s);
        }
        for (int s : m_dirty)
            m_isDirty[s] = false;
        m_dirty.clear();
        return;
    }
    while (!m_dirty.empty()) {
        const int t = m_dirty.back();
        m_dirty.pop_back();
        m_isDirty[t] = false;
        while (serveTarget(t)) { }
        if (t > 0)
            serveCaller(t);
    }
}

void CallProcessor::serve(int r)
{
    const Request &q = m_table.at(r);
    const int a = q.caller;
    Station &x = m_stations[a];
    if (q.kind == RequestKind::LineGroup) {
        const int l = m_lines.firstFree();
        if (q.state == RequestState::CampedOn) {
            // R15: staying off-hook, A is connected as soon as a line frees.
            x.request = -1;
            finish(r, EndReason::Completed, Why::Connected);
            seizeLine(a, l);
            return;
        }
        // R15: the line is reserved and A gets the callback ring.
        m_lines.setReservation(l, a, r, m_now);
        lineChanged(l);
        m_table.setLine(r, l);
        x.taken = r;
        setRequestState(r, RequestState::RingingCaller, Why::TargetFreed);
        toState(a, St::RingingCallback);
        x.request = r;
        ring(a, Cadence::Callback);
        DisplayText t;
        t.append("Callback line ");
        t.append(QString::number(l));
        show(a, 0, t);
        return;
    }
    const int b = q.target;
    Station &y = m_stations[b];
    x.taken = r;
    y.taken = r;
    if (q.state == RequestState::CampedOn) {
        // R9: the camp-on is served: B rings, A keeps hearing ringback.
        setRequestState(r, RequestState::RingingTarget, Why::TargetFreed);
        toState(a, St::Ringback);
        x.peer = b;
        x.request = r;
        tone(a, Tone::Ringback);
        toState(b, St::RingingIntercom);
        y.peer = a;
        y.request = r;
        ring(b, Cadence::Intercom);
        show(b, 0, text("Call from ", x.label));
        return;
    }
    // R4: the callback ring at A; a keyset shows whom it is for.
    setRequestState(r, RequestState::RingingCaller, Why::TargetFreed);
    toState(a, St::RingingCallback);
    x.request = r;
    ring(a, Cadence::Callback);
    show(a, 0, text("Callback to ", y.label));
}

// ---------------------------------------------------------------- output

void CallProcessor::ring(int s, Cadence c)
{
    send(Command::ring(s, c));
}

void CallProcessor::tone(int s, Tone t)
{
    send(Command::tone(s, t));
}

void CallProcessor::show(int s, int row, const DisplayText &t)
{
    Station &x = m_stations[s];
    if (!x.keyset)
        return;
    if (t.isEmpty() && !x.display[row])
        return;
    x.display[row] = !t.isEmpty();
    send(Command::display(s, row, t));
}

void CallProcessor::clearDisplay(int s)
{
    show(s, 0, DisplayText());
    show(s, 1, DisplayText());
}

void CallProcessor::clearOutput()
{
    m_commands.clear();
    m_notifications.clear();
}

std::vector<Command> CallProcessor::takeCommands()
{
    std::vector<Command> out;
    out.swap(m_commands);
    return out;
}

std::vector<Notification> CallProcessor::takeNotifications()
{
    std::vector<Notification> out;
    out.swap(m_notifications);
    return out;
}

// ---------------------------------------------------------------- queries

bool CallProcessor::hasExtension(int port) const
{
    return valid(port);
}

int CallProcessor::portOfNumber(const QString &number) const
{
    return m_digits.portOf(number);
}

CallState CallProcessor::publicState(const Station &x) const
{
    switch (x.state) {
    case St::Idle:
        return CallState::Idle;
    case St::Dialing:
        return CallState::Dialing;
    case St::CodeDone:
    case St::Reorder:
    case St::DndTone:
        return CallState::Tone;
    case St::BusyTone:
        return CallState::BusyTone;
    case St::Ringback:
    case St::AttendantWait:
        return CallState::Calling;
    case St::Camped:
        return CallState::Camped;
    case St::RingingIntercom:
        return CallState::Ringing;
    case St::RingingOutside:
    case St::RingingLine:
        return CallState::RingingOutside;
    case St::RingingCallback:
        return CallState::CallbackRinging;
    case St::Talking:
        return CallState::Talking;
    case St::TalkingLine:
        return CallState::TalkingOutside;
    }
    return CallState::Idle;
}

ExtensionStatus CallProcessor::extension(int port) const
{
    ExtensionStatus e;
    if (port < 1 || port > stationCount())
        return e;
    const Station &x = m_stations[port];
    e.port = port;
    e.number = x.number;
    e.name = x.name;
    e.type = x.attendant ? ExtensionType::Attendant
                         : (x.keyset ? ExtensionType::Keyset : ExtensionType::SingleLine);
    e.state = publicState(x);
    e.offHook = x.offHook;
    e.peer = x.state == St::RingingOutside ? m_lines.longestRinging(port) : x.peer;
    e.dnd = x.dnd;
    e.forwardTo = x.forwardTo;
    e.waiting = m_table.queueCount(port);
    e.firstCaller = m_table.queueHead(port) >= 0 ? m_table.at(m_table.queueHead(port)).caller : 0;
    e.left = m_table.leftCount(port);
    e.campedOn = m_table.campedAt(port) > 0;
    e.clearMenu = m_menus.isOpen(port);
    return e;
}

LineStatus CallProcessor::line(int n) const
{
    LineStatus status = m_lines.status(n);
    if (!m_lines.valid(n))
        return status;
    const Line &ln = m_lines.at(n);
    if ((ln.state == LineState::Transfer || ln.state == LineState::Recall) && ln.request >= 0
        && m_table.at(ln.request).live) {
        const Request &q = m_table.at(ln.request);
        status.request = q.id;
        if (q.state == RequestState::CampedOn)
            status.position = q.position; // T5: camped on at the target
    }
    return status;
}

RequestInfo CallProcessor::request(RequestId id) const
{
    return m_table.info(id);
}

std::vector<RequestId> CallProcessor::queueAt(int target) const
{
    return m_table.queueAt(target);
}

std::vector<RequestId> CallProcessor::requestsLeftBy(int port) const
{
    return m_table.leftBy(port);
}

std::vector<RequestId> CallProcessor::liveRequests() const
{
    return m_table.live();
}

bool CallProcessor::isAvailable(int port) const
{
    if (!valid(port))
        return false;
    const Station &x = m_stations[port];
    return x.state == St::Idle && !x.dnd && x.taken < 0;
}

QString CallProcessor::selfCheck() const
{
    const QString requests = m_table.selfCheck();
    if (!requests.isEmpty())
        return requests;
    for (int t = 1; t <= stationCount(); ++t) {
        const Station &o = m_stations[t];
        if (o.taken >= 0) {
            const Request &q = m_table.at(o.taken);
            const bool inProgress
                = q.state == RequestState::RingingCaller || q.state == RequestState::RingingTarget;
            if (!q.live || !inProgress || (q.caller != t && q.target != t))
                return QStringLiteral("station %1 taken by a request not in progress").arg(t);
        }
        if ((o.state == St::Camped || o.state == St::RingingCallback) && o.request < 0)
            return QStringLiteral("station %1 in a request state without request").arg(t);
        if (o.state == St::Camped && m_table.at(o.request).state != RequestState::CampedOn)
            return QStringLiteral("station %1 camps on a request that is not camped").arg(t);
        if (o.state != St::Idle && o.offHook == false && o.state != St::RingingIntercom
            && o.state != St::RingingOutside && o.state != St::RingingCallback
            && o.state != St::RingingLine)
            return QStringLiteral("station %1 on-hook in an off-hook state").arg(t);
        if (o.offHook
            && (o.state == St::Idle || o.state == St::RingingIntercom
                || o.state == St::RingingOutside || o.state == St::RingingCallback
                || o.state == St::RingingLine)
            && o.exists)
            return QStringLiteral("station %1 off-hook in an on-hook state").arg(t);
    }
    for (int r = 0; r < m_table.slotCount(); ++r) {
        const Request &q = m_table.at(r);
        if (!q.live)
            continue;
        if (q.kind == RequestKind::Transfer) {
            if (!q.line || m_lines.at(q.line).request != r)
                return QStringLiteral("transfer %1 without its line").arg(q.id);
            continue;
        }
        if (q.state == RequestState::RingingCaller || q.state == RequestState::RingingTarget) {
            if (m_stations[q.caller].taken != r)
                return QStringLiteral("request %1 in progress, caller not taken").arg(q.id);
            if (q.kind == RequestKind::Extension && m_stations[q.target].taken != r)
                return QStringLiteral("request %1 in progress, target not taken").arg(q.id);
        }
        if (q.kind == RequestKind::LineGroup && q.state == RequestState::RingingCaller
            && (!q.line || m_lines.at(q.line).state != LineState::Reserved
                || m_lines.at(q.line).request != r))
            return QStringLiteral("line callback %1 without its line").arg(q.id);
    }
    return QString();
}

} // namespace sb::core
