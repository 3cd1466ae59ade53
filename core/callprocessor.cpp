// CallProcessor: programming, timers and events. Basic calls are in callprocessorcalls.cpp, the
// Callback requests and serving (R3) in callprocessorcallback.cpp.

#include "callprocessor.h"

#include <algorithm>

namespace sb::core {

DisplayText CallProcessor::text(const char *a, const DisplayText &b)
{
    DisplayText t;
    t.append(a);
    t.append(b.data());
    return t;
}

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
        if (q.kind == RequestKind::Transfer)
            continue; // a transferred line waits on (T5)
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
    case Timer::LineRecall:
        if (m_lines.valid(d.index) && m_lines.at(d.index).gen == d.gen)
            fireLineRecall(d.index); // T2, T7
        break;
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
            && RequestTable::isResting(m_table.at(g).state)) {
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
    case St::RingingLine: {
        // T2, T4, T5, T7: answering takes the line it rings for.
        const int l = x.peer;
        const Line &ln = m_lines.at(l);
        const int r = ln.request;
        const bool recalled = ln.state == LineState::Recall;
        m_lines.removeForAttendant(l);
        if (r >= 0 && m_table.at(r).live)
            endTransfer(r, recalled ? EndReason::Recalled : EndReason::Completed,
                recalled ? Why::Recalled : Why::Connected);
        x.peer = 0;
        connectLine(s, l);
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
    if (x.transferLine && transferHangUp(s))
        return; // T3-T6
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
        if (y.state == St::Talking && y.peer == s && y.transferLine) {
            targetHungUp(s, b); // T4
        } else if (y.state == St::Talking && y.peer == s) {
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
        if (d == '2' && !x.transferLine)
            leaveRequest(s); // R1: 2 at busy tone (T3: nothing in a transfer)
        break;
    case St::DndTone:
        if (d == '2' && !x.transferLine)
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
        if (x.transferLine)
            break; // T3: CALLBACK does nothing in a transfer
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
    case quint8(Key::Hold):
        if (!x.keyset)
            break; // T2: HOLD is a keyset key
        if (x.state == St::TalkingLine && !x.transferLine) {
            holdLine(s); // T2
        } else if (x.state == St::Dialing && m_digits.isEmpty(s) && !x.transferLine) {
            if (const int l = m_lines.heldAt(s))
                retrieveLine(s, l); // T2: HOLD at dial tone retrieves
        }
        break;
    case quint8(Key::Transfer):
    case quint8(Key::Flash):
        if (x.keyset != (key == quint8(Key::Transfer)))
            break; // T3: TRANSFER on keysets, FLASH on single-line sets
        if (x.state == St::TalkingLine)
            startTransfer(s); // T3
        else if (x.transferLine)
            returnToLine(s); // T3: again returns to the line
        break;
    default:
        if (key >= quint8(Key::LineKey1) && key < quint8(Key::LineKey1) + 16
            && !hasLineKey(s, key - quint8(Key::LineKey1) + 1)) {
            if (x.state == St::Dialing && m_digits.isEmpty(s)) {
                toState(s, St::BusyTone); // T1: a line key it lacks cannot act
                x.busyTarget = 0;
                x.busyTargetIsGroup = true;
                tone(s, Tone::Busy);
            }
        } else if (key >= quint8(Key::LineKey1) && key < quint8(Key::LineKey1) + 16
            && x.transferLine) {
            if (key - quint8(Key::LineKey1) + 1 == x.transferLine)
                returnToLine(s); // T3: the line key returns to the line
        } else if (key >= quint8(Key::LineKey1) && key < quint8(Key::LineKey1) + 16
            && x.state == St::Dialing && m_digits.isEmpty(s)) {
            const int l = key - quint8(Key::LineKey1) + 1;
            if (!m_lines.valid(l))
                break;
            if (m_lines.at(l).state == LineState::RingingIn) {
                answerLine(s, l);
            } else if (m_lines.at(l).state == LineState::Held
                || m_lines.at(l).state == LineState::Recall) {
                retrieveLine(s, l); // T1, T2
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

bool CallProcessor::hasLineKey(int s, int l) const
{
    // T1: a keyset has a line key for every line that rings it.
    const std::vector<int> &lines = m_lines.linesOf(s);
    return m_stations[s].keyset && std::find(lines.begin(), lines.end(), l) != lines.end();
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
        if (LineBank::isSeized(ln.state) || ln.state == LineState::RingingIn)
            return;
        if (ln.state == LineState::Reserved)
            withdraw(ln.request, false); // R16: the line callback goes back to its place
        m_lines.startRinging(l, m_now);
        lineChanged(l);
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
    if (LineBank::isSeized(ln.state) && ln.state != LineState::Seized) {
        lineDropped(l); // T8
        return;
    }
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
        x.transferLine = 0;
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
        for (int l : m_lines.linesOf(s)) {
            if (l <= 16) // T1: its line keys
                send(Command::lamp(s, quint8(quint8(Key::LineKey1) + l - 1), m_lines.at(l).lamp));
        }
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
    case St::RingingLine:
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
        if (LineBank::isSeized(st) && !seized)
            onLineDrop(l);
        else if (!LineBank::isSeized(st) && seized)
            send(Command::line(l, false)); // held by nobody here: let it go
        if (ringingIn && m_lines.at(l).state != LineState::RingingIn
            && !LineBank::isSeized(m_lines.at(l).state))
            onLineRing(l, true);
        else if (!ringingIn && m_lines.at(l).state == LineState::RingingIn)
            onLineRing(l, false);
    }
    m_synced = true;
    // T2, T5, T7: what waited for an idle station (or the attendant) while the link was down.
    for (int s = 1; s <= stationCount(); ++s) {
        if (valid(s) && m_stations[s].state == St::Idle)
            serveLineWaits(s);
    }
    for (int s = 0; s <= stationCount(); ++s)
        markDirty(s);
}

} // namespace sb::core
