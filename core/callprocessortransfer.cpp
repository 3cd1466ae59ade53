// CallProcessor: holding and transferring outside calls (behaviour.md T1-T9): line-key lamps,
// HOLD, TRANSFER/FLASH, unannounced and announced transfers, camp-on of a transfer at a busy
// target (a RequestTable request of kind Transfer), recall, far-end drops and the console's
// actions. A seized line in no talk path hears the controller's music on hold: no command.

#include "callprocessor.h"

#include <algorithm>

namespace sb::core {

namespace {

DisplayText lineText(const char *what, int l)
{
    DisplayText t;
    t.append(what);
    t.append(" line ");
    t.append(QString::number(l));
    return t;
}

} // namespace

// ---------------------------------------------------------------- lines and lamps (T1)

void CallProcessor::lineChanged(int l)
{
    const LampMode mode = LineBank::lampFor(m_lines.at(l).state);
    if (m_lines.setLamp(l, mode) && !m_quiet && l <= 16) {
        const quint8 key = quint8(quint8(Key::LineKey1) + l - 1);
        for (int s : m_lines.at(l).stations) {
            if (valid(s) && m_stations[s].keyset) {
                send(Command::lamp(s, key, mode));
                if (!m_linkUp)
                    m_stations[s].lampsStale = true; // sent again after the link is back
            }
        }
    }
    notify(Notification::Type::LineChanged, l);
}

void CallProcessor::connectLine(int s, int l)
{
    Station &x = m_stations[s];
    m_lines.nextGen(l); // its recall timers are stale now
    setLine(l, LineState::Seized, s);
    send(Command::connect(EndpointKind::Station, s, EndpointKind::Line, l));
    m_digits.stop(s);
    clearDisplay(s);
    toState(s, St::TalkingLine);
    x.peer = l;
}

void CallProcessor::retrieveLine(int s, int l)
{
    // T2: a held line, or one that recalls, connects to the station that takes it.
    const Line &ln = m_lines.at(l);
    const int r = ln.request;
    const int rung = ln.rung ? ln.station : 0;
    m_lines.removeForAttendant(l);
    if (ln.state == LineState::Recall && r >= 0 && m_table.at(r).live)
        endTransfer(r, EndReason::Recalled, Why::Recalled);
    connectLine(s, l);
    if (rung && rung != s)
        stopRinging(rung, l);
}

void CallProcessor::holdLine(int s)
{
    // T2: the path is released; the line stays seized (music on hold) and the holder gets dial
    // tone.
    Station &x = m_stations[s];
    const int l = x.peer;
    send(Command::release(EndpointKind::Station, s));
    x.peer = 0;
    setLine(l, LineState::Held, s);
    schedule(Timer::LineRecall, l, m_lines.nextGen(l),
        m_now + Millis(m_options.holdRecallSeconds) * 1000);
    dialTone(s);
}

// ---------------------------------------------------------------- transfer (T3-T6)

bool CallProcessor::inTransfer(const Station &x) const
{
    return x.transferLine != 0;
}

void CallProcessor::noteTarget(int s, int target)
{
    const int l = m_stations[s].transferLine;
    if (!l || m_lines.at(l).target == target)
        return;
    m_lines.setTransfer(l, s, target, -1, m_now);
    notify(Notification::Type::LineChanged, l);
}

void CallProcessor::startTransfer(int s)
{
    // T3: the line is held for transfer and the station gets dial tone.
    Station &x = m_stations[s];
    const int l = x.peer;
    send(Command::release(EndpointKind::Station, s));
    x.peer = 0;
    m_lines.nextGen(l);
    m_lines.setTransfer(l, s, 0, -1, m_now);
    lineChanged(l);
    x.transferLine = l;
    dialTone(s);
}

void CallProcessor::returnToLine(int s)
{
    // T3: TRANSFER, FLASH or the line key again: back to the line; ringing for the transfer
    // stops, a target in the announcement is released and hears reorder.
    Station &x = m_stations[s];
    const int l = x.transferLine;
    if (x.state == St::Talking) {
        const int b = x.peer;
        Station &y = m_stations[b];
        send(Command::release(EndpointKind::Station, s));
        if (y.state == St::Talking && y.peer == s) {
            toState(b, St::Reorder);
            y.peer = 0;
            tone(b, Tone::Reorder);
        }
        x.peer = 0;
    } else {
        dropCall(s); // stops the target's intercom ring, or leaves the attendant's queue
    }
    x.transferLine = 0;
    x.busyTarget = 0;
    x.busyTargetIsGroup = false;
    connectLine(s, l);
}

bool CallProcessor::transferHangUp(int s)
{
    Station &x = m_stations[s];
    const int l = x.transferLine;
    x.transferLine = 0;
    switch (x.state) {
    case St::Talking: {
        // T4: announced; the target is connected to the line.
        const int b = x.peer;
        Station &y = m_stations[b];
        send(Command::release(EndpointKind::Station, s));
        x.peer = 0;
        toState(s, St::Idle);
        if (y.state == St::Talking && y.peer == s) {
            y.peer = 0;
            connectLine(b, l);
        } else {
            recall(l, s);
        }
        return true;
    }
    case St::Ringback: {
        // T4: unannounced; the target keeps ringing, now for the line.
        const int b = x.peer;
        x.peer = 0;
        toState(s, St::Idle);
        transferTo(l, s, b);
        return true;
    }
    case St::AttendantWait: {
        // T3: the attendant is never busy; the line waits for it as calls do (B3).
        const int t = x.peer;
        const quint64 arrival = x.arrival; // the line keeps the station's place (B3)
        dropCall(s);
        toState(s, St::Idle);
        transferTo(l, s, t, arrival);
        return true;
    }
    case St::BusyTone:
        if (!x.busyTargetIsGroup && valid(x.busyTarget)) {
            const int b = x.busyTarget; // T5: camps on
            toState(s, St::Idle);
            transferTo(l, s, b);
            return true;
        }
        [[fallthrough]];
    default:
        // T3, T6: at dial tone, an unfinished number, reorder or DND tone: recall at once, ahead
        // of a line ringing in at this station (becameIdle would ring that first).
        if (x.dnd || !m_linkUp) {
            toState(s, St::Idle);
            recall(l, s);
            return true;
        }
        m_digits.stop(s);
        dropCall(s);
        x.request = -1;
        x.busyTarget = 0;
        x.busyTargetIsGroup = false;
        x.state = St::Idle; // straight on to ringing: recall() leaves idle at once
        recall(l, s);
        return true;
    }
}

void CallProcessor::targetHungUp(int s, int transferrer)
{
    // T4: the target hangs up during the announcement: the transferring station gets dial tone
    // again and the line stays held for transfer.
    Station &y = m_stations[transferrer];
    Q_UNUSED(s);
    y.peer = 0;
    dialTone(transferrer);
    noteTarget(transferrer, 0);
}

void CallProcessor::transferState(int r, RequestState st, Why why)
{
    const Request &q = m_table.at(r);
    if (!m_table.transition(r, st, why))
        return;
    if (st == RequestState::Suspended) {
        // T7: recalling, it leaves the target's queue; everyone behind moves up.
        m_table.leaveQueue(r, [this](int n) {
            const Request &m = m_table.at(n);
            notify(Notification::Type::RequestChanged, m.caller, m.id);
        });
    }
    notify(Notification::Type::RequestChanged, q.caller, q.id);
    extensionChanged(q.target);
}

quint64 CallProcessor::callerArrival(int a) const
{
    return m_attendants.isEmpty(a) ? ~quint64(0) : m_stations[m_attendants.first(a)].arrival;
}

quint64 CallProcessor::transferArrival(int a) const
{
    for (int r = m_table.queueHead(a); r >= 0 && m_table.at(r).kind == RequestKind::Transfer;
         r = m_table.nextInQueue(r)) {
        if (m_table.at(r).state == RequestState::CampedOn)
            return m_lines.at(m_table.at(r).line).arrival;
    }
    return ~quint64(0);
}

void CallProcessor::transferTo(int l, int by, int t, quint64 arrival)
{
    // T4, T5, T9: the line goes to t unannounced: it rings t, or camps on while t is busy.
    Station &y = m_stations[t];
    const int r = m_table.addTransfer(by, t, l, m_now, [this](int n) {
        const Request &m = m_table.at(n);
        notify(Notification::Type::RequestChanged, m.caller, m.id);
    });
    notify(Notification::Type::RequestAdded, by, m_table.at(r).id);
    extensionChanged(t);
    m_lines.setTransfer(l, by, t, r, m_now);
    if (y.attendant)
        m_lines.setArrival(l, arrival ? arrival : ++m_arrivals); // B3: in arrival order
    lineChanged(l);
    transferState(r, RequestState::CampedOn, Why::Transferred);
    schedule(Timer::LineRecall, l, m_lines.nextGen(l),
        m_now + Millis(m_options.transferRecallSeconds) * 1000); // T7: from this hang-up
    if (y.state == St::RingingIntercom && y.peer == by) {
        // T4: it keeps ringing, with the outside cadence, for the line.
        y.peer = 0;
        y.request = -1;
        transferState(r, RequestState::RingingTarget, Why::TargetFreed);
        m_lines.setRung(l, true);
        ringLine(t, l, "Transfer");
        return;
    }
    if (!serveTransfer(t) && m_options.campOnTones && y.receivesCampOn && y.offHook)
        tone(t, Tone::CampOn); // T5 as R8
}

bool CallProcessor::serveTransfer(int t)
{
    // T5: transfers first, first in first out among themselves (they lead the queue).
    const Station &y = m_stations[t];
    // An idle target held for a callback ringing its caller is rung as dialling it would ring it
    // (T9): leaving idle withdraws that callback (R7a).
    if (!y.exists || y.state != St::Idle || y.dnd || !m_linkUp)
        return false;
    int r = m_table.queueHead(t);
    while (r >= 0 && m_table.at(r).kind == RequestKind::Transfer
        && m_table.at(r).state != RequestState::CampedOn)
        r = m_table.nextInQueue(r);
    if (r < 0 || m_table.at(r).kind != RequestKind::Transfer)
        return false;
    const int l = m_table.at(r).line;
    if (y.attendant) {
        // B3: a caller or a recall waiting longer is offered first.
        const quint64 arrival = m_lines.at(l).arrival;
        const int first = m_lines.firstForAttendant();
        if (arrival > callerArrival(t)
            || (first && t == firstAttendant() && arrival > m_lines.at(first).arrival))
            return false;
    }
    transferState(r, RequestState::RingingTarget, Why::TargetFreed);
    m_lines.setRung(l, true);
    ringLine(t, l, "Transfer");
    return true;
}

void CallProcessor::endTransfer(int r, EndReason reason, Why why)
{
    const Request &q = m_table.at(r);
    const int l = q.line;
    if (q.state == RequestState::RingingTarget)
        m_table.transition(r, RequestState::Waiting, why); // released first, as every request
    unlink(r, reason, why);
    if (m_lines.valid(l) && m_lines.at(l).request == r)
        m_lines.setRequest(l, -1);
}

// ---------------------------------------------------------------- ringing and recall (T7)

void CallProcessor::ringLine(int s, int l, const char *what)
{
    Station &x = m_stations[s];
    toState(s, St::RingingLine);
    x.peer = l;
    ring(s, Cadence::Outside);
    show(s, 0, lineText(what, l));
    show(s, 1, DisplayText());
}

void CallProcessor::stopRinging(int s, int l)
{
    Station &x = m_stations[s];
    if (x.state != St::RingingLine || x.peer != l)
        return;
    ring(s, Cadence::Stop);
    toState(s, St::Idle);
}

void CallProcessor::recall(int l, int s)
{
    // T7 (and T2's hold recall): ring s with the outside cadence; while s is busy, the
    // attendant.
    const int r = m_lines.at(l).request;
    setLine(l, LineState::Recall, s);
    m_lines.setRequest(l, r);
    const quint64 gen = m_lines.nextGen(l);
    Station &x = m_stations[s];
    if (valid(s) && x.state == St::Idle && !x.dnd) {
        m_lines.setRung(l, true);
        ringLine(s, l, "Recall");
        if (!x.attendant)
            schedule(Timer::LineRecall, l, gen, m_now + 60000); // T7: then the attendant
        return;
    }
    toAttendant(l);
}

int CallProcessor::firstAttendant() const
{
    for (int s = 1; s <= stationCount(); ++s) {
        if (valid(s) && m_stations[s].attendant)
            return s;
    }
    return 0;
}

void CallProcessor::toAttendant(int l)
{
    // T7, T9: offered to the attendant like a call waiting for it (B3).
    const int r = m_lines.at(l).request;
    setLine(l, LineState::Recall, 0);
    m_lines.setRequest(l, r);
    m_lines.nextGen(l);
    if (!m_lines.waitsForAttendant(l)) {
        m_lines.queueForAttendant(l);
        m_lines.setArrival(l, ++m_arrivals);
    }
    if (const int a = firstAttendant())
        serveLineWaits(a);
}

bool CallProcessor::serveLineWaits(int s)
{
    Station &x = m_stations[s];
    if (!x.exists || x.state != St::Idle || !m_linkUp)
        return false;
    if (m_lines.recallsDue() > 0) {
        // T2: a held line whose recall time passed rings its holder once the holder is idle.
        for (int l = 1; l <= m_lines.count(); ++l) {
            const Line &ln = m_lines.at(l);
            if (ln.state == LineState::Held && ln.station == s && ln.recallDue) {
                recall(l, s);
                return true;
            }
        }
    }
    if (x.attendant && !x.dnd && m_lines.waitingForAttendant() > 0 && s == firstAttendant()
        && m_lines.at(m_lines.firstForAttendant()).arrival
            < std::min(callerArrival(s), transferArrival(s))) {
        const int l = m_lines.takeForAttendant();
        const int r = m_lines.at(l).request;
        setLine(l, LineState::Recall, s);
        m_lines.setRequest(l, r);
        m_lines.setRung(l, true);
        ringLine(s, l, "Recall");
        return true;
    }
    return m_table.queueCount(s) > 0 && serveTransfer(s);
}

void CallProcessor::fireLineRecall(int l)
{
    const Line &ln = m_lines.at(l);
    switch (ln.state) {
    case LineState::Held: {
        // T2: the hold recall time passed.
        const int s = ln.station;
        if (m_stations[s].state == St::Idle && m_linkUp)
            recall(l, s);
        else
            m_lines.setRecallDue(l, true);
        break;
    }
    case LineState::Transfer: {
        // T7: not answered within the transfer recall time: it leaves the target's ringing or
        // queue and recalls the station that transferred it.
        const int r = ln.request, by = ln.station, rung = ln.rung ? ln.target : 0;
        if (r < 0)
            break;
        transferState(r, RequestState::Suspended, Why::RecallTimeout);
        setLine(l, LineState::Recall, 0);
        m_lines.setRequest(l, r);
        if (rung)
            stopRinging(rung, l);
        recall(l, by);
        break;
    }
    case LineState::Recall: {
        // T7: a recall not answered within 60 s goes to the attendant.
        const int s = ln.rung ? ln.station : 0;
        if (!s)
            break;
        m_lines.setRung(l, false);
        const int r = ln.request;
        setLine(l, LineState::Recall, 0);
        m_lines.setRequest(l, r);
        stopRinging(s, l);
        toAttendant(l);
        break;
    }
    default:
        break;
    }
}

// ---------------------------------------------------------------- far-end drop (T8)

void CallProcessor::lineDropped(int l)
{
    // T8: every ringing for it stops, its request ends as abandoned, the line is released.
    const Line &ln = m_lines.at(l);
    const LineState st = ln.state;
    const int station = ln.station, r = ln.request;
    const int rung = !ln.rung ? 0 : (st == LineState::Transfer ? ln.target : station);
    m_lines.removeForAttendant(l);
    send(Command::line(l, false));
    m_lines.nextGen(l);
    freeLine(l);
    if (r >= 0 && m_table.at(r).live && m_table.at(r).kind == RequestKind::Transfer)
        endTransfer(r, EndReason::Abandoned, Why::LineDropped);
    if (st == LineState::Transfer && m_stations[station].transferLine == l) {
        Station &x = m_stations[station];
        x.transferLine = 0; // an announcement goes on as an intercom call
        // Ringing, waiting or dialling for a transfer whose line is gone: the target stops
        // ringing (no announcement yet) and the station hears reorder, as B6.
        if (x.state != St::Talking && x.state != St::Reorder)
            refuse(station);
    }
    if (rung)
        stopRinging(rung, l);
}

// ---------------------------------------------------------------- console (T9)

ActionResult CallProcessor::transferAttendantCall(int toPort, Millis now, int attendant)
{
    advanceTo(now);
    if (!valid(toPort))
        return ActionResult::NotFound;
    int a = 0;
    for (int s = 1; s <= stationCount() && !a; ++s) {
        const Station &x = m_stations[s];
        if (valid(s) && x.attendant && (!attendant || attendant == s) && x.state == St::TalkingLine
            && !x.transferLine)
            a = s;
    }
    if (!a)
        return ActionResult::NotPossible; // no outside call at the attendant
    const int b = resolveForwarding(a, toPort);
    if (b == a || m_stations[b].dnd)
        return ActionResult::NotPossible;
    Station &x = m_stations[a];
    const int l = x.peer;
    send(Command::release(EndpointKind::Station, a));
    x.peer = 0;
    dialTone(a);
    transferTo(l, a, b);
    serveDirty();
    return ActionResult::Changed;
}

ActionResult CallProcessor::lineToAttendant(int l, Millis now)
{
    advanceTo(now);
    if (!m_lines.valid(l))
        return ActionResult::NotFound;
    const int a = firstAttendant();
    const Line &ln = m_lines.at(l);
    const int r = ln.request;
    const bool queued = ln.state == LineState::Transfer && r >= 0
        && m_table.at(r).state == RequestState::CampedOn;
    if (!a || (ln.state != LineState::Held && ln.state != LineState::Recall && !queued))
        return ActionResult::NotPossible;
    if (ln.state == LineState::Recall
        && (m_lines.waitsForAttendant(l) || (ln.rung && ln.station == a)))
        return ActionResult::Unchanged;
    const int rung = ln.rung ? ln.station : 0;
    if (queued)
        transferState(r, RequestState::Suspended, Why::SentToAttendant);
    setLine(l, LineState::Recall, 0);
    m_lines.setRequest(l, r);
    if (rung)
        stopRinging(rung, l);
    toAttendant(l);
    serveDirty();
    return ActionResult::Changed;
}

} // namespace sb::core
