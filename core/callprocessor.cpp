#include "callprocessor.h"

#include <algorithm>

namespace sb::core {

namespace {

bool resting(RequestState s)
{
    return s == RequestState::Waiting || s == RequestState::Suspended;
}

DisplayText text(const char *a, const DisplayText &b = {})
{
    DisplayText t;
    t.append(a);
    t.append(b.data());
    return t;
}

} // namespace

CallProcessor::CallProcessor(Programming programming)
    : m_programming(std::move(programming))
{
    m_options = m_programming.options;
    // Until a controller tells its size, the programming's extent stands in for it.
    int stations = 0, lines = 0;
    for (const ExtensionConfig &e : m_programming.extensions) {
        stations = std::max(stations, e.port);
        for (int l : e.lines)
            lines = std::max(lines, l);
    }
    m_stations.resize(size_t(stations) + 1);
    m_lines.resize(lines);
    m_isDirty.assign(m_stations.size(), false);
    m_table.resize(stations);
    m_attendants.resize(stations);
    m_menus.resize(stations);
    m_digits.resize(stations);
    rebuild();
}

// ---------------------------------------------------------------- programming

void CallProcessor::rebuild()
{
    const int stations = stationCount();
    for (Station &x : m_stations)
        x.exists = false;
    m_lines.clearAssignments(stations);
    m_digits.clearPlan();
    for (const ExtensionConfig &e : m_programming.extensions) {
        if (e.port < 1 || e.port > stations || m_stations[e.port].exists)
            continue;
        Station &x = m_stations[e.port];
        x.exists = true;
        x.attendant = e.type == ExtensionType::Attendant;
        x.keyset = e.type != ExtensionType::SingleLine;
        x.receivesCampOn = e.receivesCampOnTones;
        x.number = e.number;
        x.name = e.name;
        x.label = DisplayText();
        x.label.append(e.number);
        if (!e.name.isEmpty()) {
            x.label.append(" ");
            x.label.append(e.name);
        }
        for (int l : e.lines)
            m_lines.assign(l, e.port); // B6
        m_digits.addNumber(e.number, e.port);
    }
    m_digits.finishPlan();
    for (int s = 1; s <= stations; ++s) {
        Station &x = m_stations[s];
        if (!x.exists && x.forwardTo)
            x.forwardTo = 0;
        if (x.forwardTo && !valid(x.forwardTo))
            x.forwardTo = 0;
    }
}

void CallProcessor::setProgramming(const Programming &programming, Millis now)
{
    advanceTo(now);
    const bool wasEnabled = m_options.callbackEnabled;
    m_programming = programming;
    m_options = programming.options;
    rebuild();
    if (wasEnabled && !m_options.callbackEnabled)
        cancelAll(EndReason::Disabled, Why::Disabled, false); // R13
    // Requests of extensions that are no longer programmed end; expiry follows the new option.
    for (int r = 0; r < m_table.slotCount(); ++r) {
        const Request &q = m_table.at(r);
        if (!q.live)
            continue;
        if (!valid(q.caller) || (q.kind == RequestKind::Extension && !valid(q.target))) {
            endRequest(r, EndReason::Cleared, Why::Unprogrammed);
            continue;
        }
        if (m_options.expiry > 0)
            schedule(Timer::Expiry, r, q.id, q.leftAt + m_options.expiry);
    }
    for (int s = 0; s <= stationCount(); ++s)
        markDirty(s);
    notify(Notification::Type::ProgrammingChanged, 0);
    serveDirty();
}

// ---------------------------------------------------------------- time

void CallProcessor::schedule(Timer t, int index, quint64 gen, Millis when)
{
    m_timers.schedule(t, index, gen, when);
}

Millis CallProcessor::nextDeadline() const
{
    return m_timers.next();
}

void CallProcessor::advanceTo(Millis now)
{
    Deadline d;
    while (m_timers.takeDue(now, &d)) {
        m_now = std::max(m_now, d.when);
        fire(d);
        serveDirty();
    }
    m_now = std::max(m_now, now);
}

void CallProcessor::fire(const Deadline &d)
{
    const bool stationTimer = d.kind == Timer::Dial || d.kind == Timer::Menu
        || d.kind == Timer::DisplayClear || d.kind == Timer::Guard;
    if (stationTimer && d.index >= int(m_stations.size()))
        return; // the controller shrank since
    switch (d.kind) {
    case Timer::Dial: {
        Station &x = m_stations[d.index];
        if (m_digits.isCurrent(d.index, d.gen) && x.state == St::Dialing)
            collect(d.index, true);
        break;
    }
    case Timer::Menu:
        if (m_menus.isCurrent(d.index, d.gen))
            closeMenu(d.index, true); // R14: 10 s
        break;
    case Timer::DisplayClear: {
        Station &x = m_stations[d.index];
        if (x.displayGen == d.gen && x.state == St::Idle && !m_menus.isOpen(d.index))
            clearDisplay(d.index);
        break;
    }
    case Timer::Guard: {
        Station &x = m_stations[d.index];
        if (x.guardGen == d.gen)
            markDirty(d.index); // X2: the guard delay has passed
        break;
    }
    case Timer::CampRingback: {
        if (d.index >= m_table.slotCount())
            break;
        const Request &q = m_table.at(d.index);
        if (q.live && q.id == d.gen && q.state == RequestState::CampedOn)
            tone(q.caller, Tone::Ringback); // R9: after the confirm burst, ringback
        break;
    }
    case Timer::Expiry: {
        if (d.index >= m_table.slotCount())
            break;
        const Request &q = m_table.at(d.index);
        if (!q.live || q.id != d.gen || m_options.expiry <= 0
            || m_now < q.leftAt + m_options.expiry)
            break;
        if (q.state == RequestState::RingingTarget) // answered by the caller: let it finish
            schedule(Timer::Expiry, d.index, q.id, m_now + 60000);
        else
            endRequest(d.index, EndReason::Expired, Why::Expired); // X1
        break;
    }
    }
}

// ---------------------------------------------------------------- events

void CallProcessor::handle(const Event &e, Millis now)
{
    advanceTo(now);
    switch (e.type) {
    case Event::Type::Hook:
        if (e.port >= 1 && e.port <= stationCount())
            onHook(e.port, e.value != 0);
        break;
    case Event::Type::Digit:
        if (e.port >= 1 && e.port <= stationCount())
            onDigit(e.port, char(e.value));
        break;
    case Event::Type::Key:
        if (e.port >= 1 && e.port <= stationCount())
            onKey(e.port, e.value);
        break;
    case Event::Type::RingCycle:
        if (e.port >= 1 && e.port <= stationCount())
            onRingCycle(e.port, e.value);
        break;
    case Event::Type::LineRing:
        if (m_lines.valid(e.port))
            onLineRing(e.port, e.value != 0);
        break;
    case Event::Type::LineDrop:
        if (m_lines.valid(e.port))
            onLineDrop(e.port);
        break;
    case Event::Type::SessionUp:
        onSessionUp(e.port, e.value16, e.bootId);
        break;
    case Event::Type::LinkDown:
        onLinkDown();
        break;
    case Event::Type::PortStates:
        onPortStates(e);
        break;
    }
    serveDirty();
}

void CallProcessor::onHook(int s, bool offHook)
{
    if (offHook)
        onOffHook(s);
    else
        onOnHook(s);
}

void CallProcessor::onOffHook(int s)
{
    Station &x = m_stations[s];
    if (x.offHook)
        return;
    x.offHook = true;
    if (!x.exists)
        return;
    switch (x.state) {
    case St::Idle: {
        if (m_menus.isOpen(s))
            closeMenu(s, true); // R14: off-hook closes the menu
        const int g = x.graceRequest;
        x.graceRequest = -1;
        if (g >= 0 && m_now <= x.graceUntil && m_table.at(g).live && m_table.at(g).id == x.graceId
            && resting(m_table.at(g).state)) {
            // R7c: the caller meant to answer a callback ring that was withdrawn because
            // the target became busy: busy tone, and the request keeps its place.
            const Request &q = m_table.at(g);
            toState(s, St::BusyTone);
            x.busyTarget = q.kind == RequestKind::Extension ? q.target : 0;
            x.busyTargetIsGroup = q.kind == RequestKind::LineGroup;
            tone(s, Tone::Busy);
            return;
        }
        dialTone(s);
        break;
    }
    case St::RingingIntercom:
        connectStations(x.peer, s); // B2, R5, R9: answering connects
        break;
    case St::RingingOutside: {
        const int best = m_lines.longestRinging(s);
        if (best)
            answerLine(s, best);
        else
            dialTone(s);
        break;
    }
    case St::RingingCallback: {
        const int r = x.request;
        const Request &q = m_table.at(r);
        clearDisplay(s);
        if (q.kind == RequestKind::LineGroup) {
            // R15: answering the line callback seizes the reserved line.
            const int l = q.line;
            x.request = -1;
            finish(r, EndReason::Completed, Why::Connected);
            setLine(l, LineState::Seized, s);
            send(Command::line(l, true));
            send(Command::connect(EndpointKind::Station, s, EndpointKind::Line, l));
            toState(s, St::TalkingLine);
            x.peer = l;
            break;
        }
        const int b = q.target;
        Station &y = m_stations[b];
        if (y.state == St::Idle && !y.dnd) {
            // R5: A answered; now ring B, A hears ringback.
            setRequestState(r, RequestState::RingingTarget, Why::CallerAnswered);
            toState(s, St::Ringback);
            x.peer = b;
            x.request = r;
            tone(s, Tone::Ringback);
            toState(b, St::RingingIntercom);
            y.peer = s;
            y.request = r;
            ring(b, Cadence::Intercom);
            show(b, 0, text("Callback from ", x.label));
        } else {
            // R7c: B became busy the moment A answered.
            x.request = -1;
            releaseProgress(r, Why::BusyAtAnswer);
            toState(s, St::BusyTone);
            x.busyTarget = b;
            x.busyTargetIsGroup = false;
            tone(s, Tone::Busy);
        }
        break;
    }
    default:
        break;
    }
}

void CallProcessor::onOnHook(int s)
{
    Station &x = m_stations[s];
    if (!x.offHook)
        return;
    x.offHook = false;
    switch (x.state) {
    case St::Dialing:
    case St::CodeDone:
    case St::Reorder:
    case St::DndTone:
    case St::BusyTone:
        toState(s, St::Idle);
        break;
    case St::Ringback:
    case St::AttendantWait: {
        const int r = x.request;
        dropCall(s);
        if (r >= 0) {
            x.request = -1;
            finish(r, EndReason::Abandoned, Why::Abandoned); // R5: A hung up before B answered
        }
        toState(s, St::Idle);
        break;
    }
    case St::Camped: {
        // R9, R15: hanging up turns the camp-on into a callback with the same place.
        const int r = x.request;
        x.request = -1;
        setRequestState(r, RequestState::Waiting, Why::CallerHungUp);
        toState(s, St::Idle);
        break;
    }
    case St::Talking: {
        const int b = x.peer;
        send(Command::release(EndpointKind::Station, s));
        Station &y = m_stations[b];
        if (y.state == St::Talking && y.peer == s) {
            // B2: the other hears reorder until it hangs up.
            toState(b, St::Reorder);
            y.peer = 0;
            tone(b, Tone::Reorder);
        }
        toState(s, St::Idle);
        break;
    }
    case St::TalkingLine: {
        const int l = x.peer;
        send(Command::release(EndpointKind::Station, s));
        send(Command::line(l, false));
        freeLine(l);
        toState(s, St::Idle);
        break;
    }
    default:
        // Still ringing or idle: only a station that was off-hook for no call (unprogrammed).
        break;
    }
}

void CallProcessor::onDigit(int s, char d)
{
    Station &x = m_stations[s];
    const bool ok = (d >= '0' && d <= '9') || d == '*' || d == '#';
    if (!x.exists || !ok)
        return;
    if (!x.offHook) {
        // Keysets dial on-hook: that is how the CLEAR menu is answered (R14).
        if (m_menus.isOpen(s))
            menuChoice(s, d);
        return;
    }
    switch (x.state) {
    case St::Dialing:
        if (m_digits.isEmpty(s))
            tone(s, Tone::None); // dial tone stops at the first digit
        m_digits.push(s, d);
        collect(s, false);
        break;
    case St::BusyTone:
        if (d == '2')
            leaveRequest(s); // R1: 2 at busy tone
        break;
    case St::DndTone:
        if (d == '2')
            refuse(s); // R11
        break;
    case St::Ringback:
    case St::AttendantWait:
        if (d == '2' && x.request < 0 && m_stations[x.peer].attendant)
            refuse(s); // R10
        break;
    default:
        break;
    }
}

void CallProcessor::onKey(int s, quint8 key)
{
    Station &x = m_stations[s];
    if (!x.exists)
        return;
    switch (key) {
    case quint8(Key::Callback):
        if (x.state == St::BusyTone)
            leaveRequest(s); // R1
        else if (x.state == St::DndTone)
            refuse(s); // R11
        else if ((x.state == St::Ringback || x.state == St::AttendantWait) && x.request < 0
            && m_stations[x.peer].attendant)
            refuse(s); // R10
        break;
    case quint8(Key::Clear):
        if (m_menus.isOpen(s))
            closeMenu(s, true); // R14: a second CLEAR closes it
        else if (x.state == St::Idle && x.keyset)
            openMenu(s);
        break;
    case quint8(Key::Dnd):
        setDndInternal(s, !x.dnd);
        break;
    default:
        if (key >= quint8(Key::LineKey1) && key < quint8(Key::LineKey1) + 16
            && x.state == St::Dialing && m_digits.isEmpty(s)) {
            const int l = key - quint8(Key::LineKey1) + 1;
            if (!m_lines.valid(l))
                break;
            if (m_lines.at(l).state == LineState::RingingIn) {
                answerLine(s, l);
            } else if (m_lines.at(l).state == LineState::Free) {
                seizeLine(s, l);
            } else {
                toState(s, St::BusyTone);
                x.busyTarget = 0;
                x.busyTargetIsGroup = true;
                tone(s, Tone::Busy);
            }
        }
        break;
    }
}

void CallProcessor::onRingCycle(int s, int count)
{
    Station &x = m_stations[s];
    // R6: the ring limit is reached when RING_CYCLE reports that count.
    if (x.state == St::RingingCallback && count >= m_options.ringLimit)
        endRequest(x.request, EndReason::NoAnswer, Why::NoAnswer);
}

void CallProcessor::onLineRing(int l, bool ringing)
{
    const Line &ln = m_lines.at(l);
    if (ringing) {
        if (ln.state == LineState::Seized || ln.state == LineState::RingingIn)
            return;
        if (ln.state == LineState::Reserved)
            withdraw(ln.request, false); // R16: the line callback goes back to its place
        m_lines.startRinging(l, m_now);
        const std::vector<int> stations = ln.stations;
        for (int s : stations)
            addOutsideRing(s, l); // B6
    } else if (ln.state == LineState::RingingIn) {
        // Free first: the stations that stop ringing go idle and must not be rung for it again.
        setLine(l, LineState::Free, 0);
        stopOutsideRinging(l, 0);
        freeLine(l);
    }
}

void CallProcessor::onLineDrop(int l)
{
    const Line &ln = m_lines.at(l);
    if (ln.state != LineState::Seized)
        return;
    const int s = ln.station;
    Station &x = m_stations[s];
    send(Command::release(EndpointKind::Line, l));
    send(Command::line(l, false));
    freeLine(l);
    if (x.state == St::TalkingLine && x.peer == l) {
        toState(s, St::Reorder); // B6: reorder until it hangs up
        x.peer = 0;
        tone(s, Tone::Reorder);
    }
}

void CallProcessor::resetCallState()
{
    for (Station &x : m_stations) {
        x.state = St::Idle;
        x.offHook = false;
        x.peer = x.busyTarget = 0;
        x.busyTargetIsGroup = false;
        x.request = x.taken = x.graceRequest = -1;
        x.outsideRings = 0;
        x.display[0] = x.display[1] = false;
        x.idleSince = m_now;
        x.guardAt = -1;
        ++x.displayGen;
        ++x.guardGen;
    }
    m_attendants.clear();
    m_menus.reset();
    m_digits.reset();
    m_lines.reset(m_now);
}

void CallProcessor::onSessionUp(int stations, int lines, quint32 bootId)
{
    const bool resized = stations != stationCount() || lines != lineCount();
    const bool reset = !m_hadSession || bootId != m_bootId || resized;
    m_hadSession = true;
    m_bootId = bootId;
    m_linkUp = true;
    m_synced = false;
    if (!reset)
        return; // R12: the same boot_id after an outage keeps everything; SYNC follows.

    // R12: a new boot_id (power failure, reset) cancels every request system-wide. The
    // controller lost every path, ring and tone, so nothing is sent for them.
    cancelAll(EndReason::Reset, Why::Reset, true);
    if (resized) {
        m_stations.resize(size_t(std::max(0, stations)) + 1);
        m_lines.resize(lines);
        m_isDirty.assign(m_stations.size(), false);
        m_dirty.clear();
        m_table.resize(stationCount());
        m_attendants.resize(stationCount());
        m_menus.resize(stationCount());
        m_digits.resize(stationCount());
        if (m_programming.factory) {
            const SystemOptions options = m_programming.options;
            m_programming = Programming::factoryDefaults(stations, lines);
            m_programming.options = options;
        }
        rebuild();
    }
    resetCallState();
    for (Station &x : m_stations)
        x.lampsStale = x.dnd; // the controller's lamps are dark after a reset: light DND again
    notify(Notification::Type::SystemReset, 0);
}

void CallProcessor::onLinkDown()
{
    if (!m_linkUp)
        return;
    m_linkUp = false;
    m_synced = false;
    // The controller stops ringing when it hears nothing; a callback ring cannot be counted,
    // so it goes back to its place and is served again once the link is back (R12: nothing ends).
    for (int r = 0; r < m_table.slotCount(); ++r) {
        if (m_table.at(r).live && m_table.at(r).state == RequestState::RingingCaller)
            withdraw(r, false);
    }
}

void CallProcessor::refreshLamps(int s)
{
    Station &x = m_stations[s];
    if (x.lampsStale && x.keyset) {
        send(Command::lamp(s, quint8(Key::Dnd), x.dnd ? LampMode::On : LampMode::Off));
        send(Command::lamp(s, quint8(Key::Callback),
            m_table.leftCount(s) > 0 ? LampMode::SlowFlash : LampMode::Off));
    }
    x.lampsStale = false;
}

void CallProcessor::refresh(int s)
{
    Station &x = m_stations[s];
    switch (x.state) {
    case St::RingingIntercom:
        ring(s, Cadence::Intercom);
        break;
    case St::RingingOutside:
        ring(s, Cadence::Outside);
        break;
    case St::RingingCallback:
        ring(s, Cadence::Callback);
        break;
    case St::Dialing:
        if (m_digits.isEmpty(s))
            tone(s, Tone::Dial);
        break;
    case St::BusyTone:
        tone(s, Tone::Busy);
        break;
    case St::Ringback:
    case St::AttendantWait:
    case St::Camped:
        tone(s, Tone::Ringback);
        break;
    case St::Reorder:
        tone(s, Tone::Reorder);
        break;
    case St::DndTone:
        tone(s, Tone::Dnd);
        break;
    default:
        break;
    }
}

void CallProcessor::onPortStates(const Event &e)
{
    if (!m_linkUp)
        return;
    // SYNC: reconcile what the controller reports with what the host believed.
    for (int s = 1; s <= stationCount(); ++s) {
        const bool off = s - 1 < e.stationStates.size() && (e.stationStates[s - 1] & 1);
        Station &x = m_stations[s];
        if (x.offHook && !off)
            onOnHook(s);
        else if (!x.offHook && off)
            onOffHook(s);
        else if (x.exists)
            refresh(s); // the controller stopped rings and tones while the host was away
        if (x.exists)
            refreshLamps(s);
    }
    for (int l = 1; l <= lineCount(); ++l) {
        const quint8 bits = l - 1 < e.lineStates.size() ? e.lineStates[l - 1] : 0;
        const bool ringingIn = bits & 1, seized = bits & 2;
        const LineState st = m_lines.at(l).state;
        if (st == LineState::Seized && !seized)
            onLineDrop(l);
        else if (st != LineState::Seized && seized)
            send(Command::line(l, false)); // held by nobody here: let it go
        if (ringingIn && m_lines.at(l).state != LineState::RingingIn
            && m_lines.at(l).state != LineState::Seized)
            onLineRing(l, true);
        else if (!ringingIn && m_lines.at(l).state == LineState::RingingIn)
            onLineRing(l, false);
    }
    m_synced = true;
    for (int s = 0; s <= stationCount(); ++s)
        markDirty(s);
}

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
        // B2
        toState(s, St::Ringback);
        x.peer = b;
        x.request = -1;
        tone(s, Tone::Ringback);
        toState(b, St::RingingIntercom);
        y.peer = s;
        y.request = -1;
        ring(b, Cadence::Intercom);
        show(b, 0, text("Call from ", x.label));
        return;
    }
    // B3: busy.
    toState(s, St::BusyTone);
    x.busyTarget = b;
    x.busyTargetIsGroup = false;
    tone(s, Tone::Busy);
    show(s, 0, text("Busy ", y.label));
    if (m_options.callbackEnabled)
        show(s, 1, text("CALLBACK to queue"));
}

void CallProcessor::callAttendant(int s, int t)
{
    Station &x = m_stations[s];
    Station &y = m_stations[t];
    if (y.state == St::Idle && m_attendants.isEmpty(t)) {
        toState(s, St::Ringback);
        x.peer = t;
        x.request = -1;
        tone(s, Tone::Ringback);
        toState(t, St::RingingIntercom);
        y.peer = s;
        y.request = -1;
        ring(t, Cadence::Intercom);
        show(t, 0, text("Call from ", x.label));
        return;
    }
    // B3: the attendant is never busy: the caller hears ringback and waits in order.
    toState(s, St::AttendantWait);
    x.peer = t;
    x.request = -1;
    m_attendants.push(t, s);
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
        if (m_table.queueCount(t) >= m_options.maxRequestsPerTarget
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
    if (r < 0)
        return false;
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
    if (!m_table.transition(r, st, why))
        return;
    notify(Notification::Type::RequestChanged, q.caller, q.id);
    if (q.target)
        extensionChanged(q.target);
}

void CallProcessor::refreshCallerStates(int s)
{
    for (int r = m_table.firstLeftBy(s); r >= 0; r = m_table.nextLeftBy(r)) {
        if (resting(m_table.at(r).state))
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
    if (m_table.leftCount(q.caller) == 0)
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
    if (q.state == RequestState::CampedOn)
        return true;
    if (!resting(q.state))
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
            if (resting(older.state) && targetFree(older.target) && firstReady(older.target) == o) {
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
        if (resting(q.state) && targetFree(q.target) && firstReady(q.target) == o) {
            serve(o);
            return true;
        }
    }
    return false;
}

void CallProcessor::serveDirty()
{
    if (!m_linkUp || !m_synced || !m_options.callbackEnabled) {
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

void CallProcessor::notify(Notification::Type t, int port, RequestId id, EndReason reason)
{
    m_notifications.push_back(Notification {t, port, id, reason});
}

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
    return m_lines.status(n);
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
            && o.state != St::RingingOutside && o.state != St::RingingCallback)
            return QStringLiteral("station %1 on-hook in an off-hook state").arg(t);
        if (o.offHook
            && (o.state == St::Idle || o.state == St::RingingIntercom
                || o.state == St::RingingOutside || o.state == St::RingingCallback)
            && o.exists)
            return QStringLiteral("station %1 off-hook in an on-hook state").arg(t);
    }
    for (int r = 0; r < m_table.slotCount(); ++r) {
        const Request &q = m_table.at(r);
        if (!q.live)
            continue;
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
