// CallProcessor: basic calls (B1-B6), the attendant's callers, lines, DND, forwarding and the CLEAR
// menu (R14). The events, timers and programming are in callprocessor.cpp, the Callback requests
// and serving (R1-R16) in callprocessorcallback.cpp.

#include "callprocessor.h"

#include <algorithm>

namespace sb::core {

// ---------------------------------------------------------------- call processing

void CallProcessor::toState(int s, St st)
{
    Station &x = m_stations[s];
    const St old = x.state;
    x.state = st;
    extensionChanged(s);
    if (old == st)
        return;
    if (old == St::Idle) {
        leftIdle(s);
        refreshCallerStates(s);
    } else if (st == St::Idle) {
        becameIdle(s);
        refreshCallerStates(s);
    }
}

void CallProcessor::leftIdle(int s)
{
    Station &x = m_stations[s];
    ++x.guardGen; // X2: the guard delay starts again
    x.guardAt = -1;
    x.graceRequest = -1;
    if (m_menus.isOpen(s))
        closeMenu(s, true);
    ++x.displayGen;
    // R7a: B becomes busy while A is being rung: ringing stops, the request goes back.
    if (x.taken >= 0) {
        const Request &q = m_table.at(x.taken);
        if (q.state == RequestState::RingingCaller && q.kind == RequestKind::Extension
            && q.target == s)
            withdraw(x.taken, true);
    }
}

void CallProcessor::becameIdle(int s)
{
    Station &x = m_stations[s];
    x.idleSince = m_now;
    x.peer = 0;
    x.request = -1;
    x.busyTarget = 0;
    x.busyTargetIsGroup = false;
    m_digits.stop(s);
    clearDisplay(s);
    markDirty(s);
    if (serveLineWaits(s))
        return; // T2, T5, T7: a held, transferred or recalling line rings it first
    if (x.attendant)
        offerToAttendant(s);
    ringForLines(s);
}

void CallProcessor::dialTone(int s)
{
    toState(s, St::Dialing);
    const quint32 gen = m_digits.start(s);
    tone(s, Tone::Dial); // B1
    schedule(Timer::Dial, s, gen, m_now + dialTimeout);
}

void CallProcessor::collect(int s, bool final)
{
    Station &x = m_stations[s];
    const DigitCollector::Result r = m_digits.interpret(s, final);
    if (x.transferLine && r.action != DigitCollector::Action::Wait
        && r.action != DigitCollector::Action::Call) {
        refuse(s); // T6: a code or 9 in a transfer: reorder
        return;
    }
    switch (r.action) {
    case DigitCollector::Action::Wait:
        schedule(Timer::Dial, s, m_digits.rearm(s), m_now + r.wait);
        break;
    case DigitCollector::Action::Refuse:
        refuse(s);
        break;
    case DigitCollector::Action::DndOn:
        setDndInternal(s, true);
        finishCode(s, true);
        break;
    case DigitCollector::Action::DndOff:
        setDndInternal(s, false);
        finishCode(s, true);
        break;
    case DigitCollector::Action::ClearForwarding:
        x.forwardTo = 0;
        extensionChanged(s);
        finishCode(s, true);
        break;
    case DigitCollector::Action::ClearCallbacks:
        cancelLeftBy(s, EndReason::Cleared, Why::DialCleared); // R14
        finishCode(s, true);
        break;
    case DigitCollector::Action::Forward:
        finishCode(s, forward(s, r.port)); // B4
        break;
    case DigitCollector::Action::Line: {
        const int l = m_lines.firstFree();
        if (l) {
            seizeLine(s, l); // B5
        } else {
            toState(s, St::BusyTone);
            x.busyTargetIsGroup = true;
            tone(s, Tone::Busy);
            show(s, 0, text("No free line"));
            if (m_options.callbackEnabled)
                show(s, 1, text("CALLBACK to queue"));
        }
        break;
    }
    case DigitCollector::Action::Call:
        callExtension(s, r.port);
        break;
    }
}

void CallProcessor::finishCode(int s, bool ok)
{
    if (!ok) {
        refuse(s);
        return;
    }
    toState(s, St::CodeDone);
    tone(s, Tone::Confirm);
}

int CallProcessor::resolveForwarding(int caller, int target) const
{
    // B4: follow up to 4 hops; a loop (or a chain back to the caller) rings the original.
    int seen[5] = {target, 0, 0, 0, 0};
    int cur = target;
    for (int hop = 1; hop <= 4; ++hop) {
        const int f = m_stations[cur].forwardTo;
        if (!f || !valid(f))
            break;
        if (f == caller)
            return target;
        for (int i = 0; i < hop; ++i) {
            if (seen[i] == f)
                return target;
        }
        seen[hop] = f;
        cur = f;
    }
    return cur;
}

void CallProcessor::callExtension(int s, int target)
{
    Station &x = m_stations[s];
    if (target == s) {
        refuse(s); // B1: one's own number
        return;
    }
    const int b = resolveForwarding(s, target);
    Station &y = m_stations[b];
    if (y.dnd) {
        // B3: DND tone. Calling an extension in DND never rings it.
        toState(s, St::DndTone);
        x.busyTarget = b;
        tone(s, Tone::Dnd);
        show(s, 0, text("Do not disturb ", y.label));
        return;
    }
    if (y.attendant) {
        callAttendant(s, b);
        return;
    }
    if (y.state == St::Idle) {
        ringIntercom(s, b); // B2
        return;
    }
    // B3: busy.
    toState(s, St::BusyTone);
    x.busyTarget = b;
    x.busyTargetIsGroup = false;
    tone(s, Tone::Busy);
    show(s, 0, text("Busy ", y.label));
    noteTarget(s, b);
    if (m_options.callbackEnabled && !x.transferLine)
        show(s, 1, text("CALLBACK to queue"));
}

void CallProcessor::ringIntercom(int s, int b)
{
    Station &x = m_stations[s];
    Station &y = m_stations[b];
    toState(s, St::Ringback);
    x.peer = b;
    x.request = -1;
    tone(s, Tone::Ringback);
    toState(b, St::RingingIntercom);
    y.peer = s;
    y.request = -1;
    ring(b, Cadence::Intercom);
    noteTarget(s, b);
    if (x.transferLine) {
        DisplayText t = text("Transfer line ");
        t.append(QString::number(x.transferLine));
        show(b, 0, t); // T4
    } else {
        show(b, 0, text("Call from ", x.label));
    }
}

void CallProcessor::callAttendant(int s, int t)
{
    Station &x = m_stations[s];
    Station &y = m_stations[t];
    if (y.state == St::Idle && m_attendants.isEmpty(t)) {
        ringIntercom(s, t);
        return;
    }
    // B3: the attendant is never busy: the caller hears ringback and waits in order.
    noteTarget(s, t);
    toState(s, St::AttendantWait);
    x.peer = t;
    x.request = -1;
    m_attendants.push(t, s);
    x.arrival = ++m_arrivals;
    tone(s, Tone::Ringback);
}

void CallProcessor::offerToAttendant(int t)
{
    Station &y = m_stations[t];
    if (y.state != St::Idle || y.dnd || m_attendants.isEmpty(t))
        return;
    const int a = m_attendants.takeFirst(t);
    Station &x = m_stations[a];
    toState(a, St::Ringback);
    x.peer = t;
    toState(t, St::RingingIntercom);
    y.peer = a;
    y.request = -1;
    ring(t, Cadence::Intercom);
    show(t, 0, text("Call from ", x.label));
}

void CallProcessor::dropCall(int s)
{
    Station &x = m_stations[s];
    if (x.state == St::AttendantWait) {
        m_attendants.remove(x.peer, s);
    } else if (x.state == St::Ringback) {
        const int b = x.peer;
        Station &y = m_stations[b];
        if (y.state == St::RingingIntercom && y.peer == s) {
            ring(b, Cadence::Stop);
            y.request = -1;
            toState(b, St::Idle);
        }
    }
    x.peer = 0;
}

void CallProcessor::refuse(int s)
{
    // Error (reorder) tone until the caller hangs up.
    dropCall(s);
    clearDisplay(s);
    toState(s, St::Reorder);
    tone(s, Tone::Reorder);
}

void CallProcessor::seizeLine(int s, int l)
{
    Station &x = m_stations[s];
    setLine(l, LineState::Seized, s);
    send(Command::line(l, true)); // B5
    send(Command::connect(EndpointKind::Station, s, EndpointKind::Line, l));
    clearDisplay(s);
    toState(s, St::TalkingLine);
    x.peer = l;
}

void CallProcessor::answerLine(int s, int l)
{
    Station &x = m_stations[s];
    setLine(l, LineState::Seized, s);
    stopOutsideRinging(l, s); // B6: the others stop ringing
    // This station stops ringing for every other line too.
    for (int other : m_lines.linesOf(s)) {
        if (other != l)
            m_lines.removeRinging(other, s);
    }
    x.outsideRings = 0;
    send(Command::line(l, true));
    send(Command::connect(EndpointKind::Station, s, EndpointKind::Line, l));
    toState(s, St::TalkingLine);
    x.peer = l;
}

void CallProcessor::addOutsideRing(int s, int l)
{
    Station &x = m_stations[s];
    if (!x.exists || x.dnd)
        return;
    if (x.state == St::RingingCallback) {
        // R7b: the outside call rings; the callback goes back to its place. Withdrawing makes
        // the station idle, which rings it for every line ringing in (this one included).
        withdraw(x.request, false);
        return;
    }
    if (x.state == St::Idle) {
        ringForLines(s);
    } else if (x.state == St::RingingOutside && m_lines.addRinging(l, s)) {
        ++x.outsideRings;
    }
}

void CallProcessor::ringForLines(int s)
{
    Station &x = m_stations[s];
    if (!x.exists || x.dnd || x.state != St::Idle)
        return;
    bool any = false;
    for (int l : m_lines.linesOf(s)) {
        if (m_lines.at(l).state == LineState::RingingIn && m_lines.addRinging(l, s)) {
            ++x.outsideRings;
            any = true;
        }
    }
    if (any) {
        toState(s, St::RingingOutside);
        ring(s, Cadence::Outside);
    }
}

void CallProcessor::stopOutsideRinging(int l, int except)
{
    const std::vector<int> ringing = m_lines.takeRinging(l);
    for (int s : ringing) {
        Station &x = m_stations[s];
        --x.outsideRings;
        if (s == except)
            continue;
        if (x.outsideRings <= 0 && x.state == St::RingingOutside) {
            x.outsideRings = 0;
            ring(s, Cadence::Stop);
            toState(s, St::Idle);
        }
    }
}

void CallProcessor::freeLine(int l)
{
    setLine(l, LineState::Free, 0);
    markDirty(0); // R15: a line freed serves the line queue
}

void CallProcessor::setLine(int l, LineState state, int station)
{
    m_lines.set(l, state, station, m_now);
    lineChanged(l); // T1: lamps
}

void CallProcessor::connectStations(int a, int b)
{
    Station &x = m_stations[a];
    Station &y = m_stations[b];
    const int r = y.request;
    send(Command::connect(EndpointKind::Station, a, EndpointKind::Station, b));
    x.request = -1;
    y.request = -1;
    toState(a, St::Talking);
    x.peer = b;
    toState(b, St::Talking);
    y.peer = a;
    if (r >= 0)
        finish(r, EndReason::Completed, Why::Connected); // R5, R9
    satisfyBetween(a, b);
}

void CallProcessor::satisfyBetween(int a, int b)
{
    // A request between two extensions that have just been connected has done its job.
    for (int pass = 0; pass < 2; ++pass) {
        const int caller = pass ? b : a, target = pass ? a : b;
        for (int r = m_table.firstLeftBy(caller); r >= 0;) {
            const int next = m_table.nextLeftBy(r);
            if (m_table.at(r).kind == RequestKind::Extension && m_table.at(r).target == target)
                finish(r, EndReason::Completed, Why::Connected);
            r = next;
        }
    }
}

void CallProcessor::leaveRequest(int s)
{
    Station &x = m_stations[s];
    const bool group = x.busyTargetIsGroup;
    const int t = group ? 0 : x.busyTarget;
    const RequestKind kind = group ? RequestKind::LineGroup : RequestKind::Extension;
    if (!m_options.callbackEnabled || (!group && !valid(t))) {
        refuse(s); // R13
        return;
    }
    if (!group && (m_stations[t].attendant || m_stations[t].dnd)) {
        refuse(s); // R10, R11
        return;
    }
    int r = m_table.find(s, t, kind);
    if (r < 0) {
        if (m_table.queueCount(t) - transfersQueuedAt(t) >= m_options.maxRequestsPerTarget
            || m_table.leftCount(s) >= m_options.maxRequestsPerCaller) {
            refuse(s); // R2: past the limits
            return;
        }
        r = newRequest(s, t, kind); // R1
        const Station &y = m_stations[t];
        if (!group && m_options.campOnTones && y.receivesCampOn && y.offHook)
            tone(t, Tone::CampOn); // R8
    }
    // R2: a second request keeps the first and its place; R9: staying off-hook camps on.
    const RequestId id = m_table.at(r).id;
    toState(s, St::Camped);
    x.request = r;
    setRequestState(r, RequestState::CampedOn, Why::Camped);
    tone(s, Tone::Confirm);
    show(s, 1, DisplayText()); // the busy hint is done
    show(s, 0, group ? text("Queued for a line") : text("Callback ", m_stations[t].label));
    schedule(Timer::CampRingback, r, id, m_now + confirmBurst);
    markDirty(t);
}

int CallProcessor::transfersQueuedAt(int t) const
{
    // T5: transfers lead their target's queue and count toward no R2 limit.
    int n = 0;
    for (int r = t > 0 ? m_table.queueHead(t) : -1;
         r >= 0 && m_table.at(r).kind == RequestKind::Transfer; r = m_table.nextInQueue(r))
        ++n;
    return n;
}

// ---------------------------------------------------------------- DND, forwarding, menu

void CallProcessor::setDndInternal(int s, bool on)
{
    Station &x = m_stations[s];
    if (x.dnd == on)
        return;
    x.dnd = on;
    if (x.keyset)
        send(Command::lamp(s, quint8(Key::Dnd), on ? LampMode::On : LampMode::Off));
    if (!m_linkUp)
        x.lampsStale = true;
    extensionChanged(s);
    refreshCallerStates(s);
    if (on) {
        // A callback ring involving a station that is now in DND is not ready any more.
        if (x.taken >= 0 && m_table.at(x.taken).state == RequestState::RingingCaller)
            withdraw(x.taken, false);
    } else {
        markDirty(s);
        if (serveLineWaits(s))
            return; // T5, T7
        if (x.attendant)
            offerToAttendant(s);
        ringForLines(s);
    }
}

bool CallProcessor::setDnd(int port, bool on, Millis now)
{
    advanceTo(now);
    if (!valid(port) || m_stations[port].dnd == on)
        return false;
    setDndInternal(port, on);
    serveDirty();
    return true;
}

bool CallProcessor::setForwarding(int port, int destination, Millis now)
{
    advanceTo(now);
    return forward(port, destination);
}

bool CallProcessor::forward(int port, int destination)
{
    if (!valid(port) || !valid(destination) || destination == port)
        return false;
    m_stations[port].forwardTo = destination;
    extensionChanged(port);
    return true;
}

bool CallProcessor::clearForwarding(int port, Millis now)
{
    advanceTo(now);
    if (!valid(port) || !m_stations[port].forwardTo)
        return false;
    m_stations[port].forwardTo = 0;
    extensionChanged(port);
    return true;
}

bool CallProcessor::clearCallbacks(int port, Millis now)
{
    advanceTo(now);
    if (!valid(port) || m_table.leftCount(port) == 0)
        return false;
    cancelLeftBy(port, EndReason::Cleared, Why::ConsoleCleared);
    serveDirty();
    return true;
}

bool CallProcessor::cancelRequest(RequestId id, Millis now)
{
    advanceTo(now);
    const int r = m_table.slotOf(id);
    if (r < 0 || m_table.at(r).kind == RequestKind::Transfer)
        return false; // a transfer is not a callback: the line goes to the attendant (T9)
    endRequest(r, EndReason::Cleared, Why::ConsoleCleared);
    serveDirty();
    return true;
}

void CallProcessor::openMenu(int s)
{
    Station &x = m_stations[s];
    const quint32 gen = m_menus.open(s);
    extensionChanged(s); // ExtensionStatus::clearMenu: the service publishes it
    ++x.displayGen;
    show(s, 0, ClearMenu::row(0));
    show(s, 1, ClearMenu::row(1));
    schedule(Timer::Menu, s, gen, m_now + clearMenuTimeout);
}

void CallProcessor::closeMenu(int s, bool clear)
{
    if (m_menus.close(s))
        extensionChanged(s);
    if (clear)
        clearDisplay(s);
}

void CallProcessor::menuChoice(int s, char d)
{
    Station &x = m_stations[s];
    const ClearMenu::Choice choice = ClearMenu::choice(d);
    if (choice == ClearMenu::Choice::None)
        return;
    closeMenu(s, false);
    if (choice == ClearMenu::Choice::ClearCallbacks) {
        cancelLeftBy(s, EndReason::Cleared, Why::MenuCleared);
    } else {
        x.forwardTo = 0;
        extensionChanged(s);
    }
    show(s, 0, ClearMenu::confirmation(choice));
    show(s, 1, DisplayText());
    schedule(Timer::DisplayClear, s, ++x.displayGen, m_now + confirmationShown);
}

} // namespace sb::core
