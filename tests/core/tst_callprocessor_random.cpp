// Randomized model-based test of the call processor: at least 200,000 random events over
// systems of 8 to 64 extensions and 2 to 8 lines, with the invariants of behaviour.md checked
// after every event against a shadow kept from the events sent and the commands received.
// Issue 11 item 2: the traffic holds, transfers and recalls outside calls (T1-T9), far ends
// hang up, and each run ends with a drain after which no transfer or held line may remain.
//
// Replay one run: SB_SEED=<seed> ./tst_callprocessor_random
// More runs:      SB_RUNS=<n> ./tst_callprocessor_random
// Shrink a failing run to a short input sequence: SB_SEED=<seed> SB_SHRINK=1 ...

#include "core/callprocessor.h"

#include <QtTest>

#include <QRegularExpression>

#include <map>
#include <random>
#include <set>

using namespace sb::core;

namespace {

const char *activityName(LineActivity a)
{
    switch (a) {
    case LineActivity::Free:
        return "free";
    case LineActivity::Ringing:
        return "ringing";
    case LineActivity::Talking:
        return "talking";
    case LineActivity::Reserved:
        return "reserved";
    case LineActivity::Held:
        return "held";
    case LineActivity::InTransfer:
        return "in-transfer";
    case LineActivity::Recall:
        return "recall";
    }
    return "?";
}

/// A line waiting for someone: held, being transferred or recalling (T1 slow flash).
bool parked(LineActivity a)
{
    return a == LineActivity::Held || a == LineActivity::InTransfer || a == LineActivity::Recall;
}

/// One input of a run, recorded so that a failing run can be replayed and shrunk.
struct Input
{
    enum class Kind : quint8 {
        Event,
        Advance, ///< `a` ms later
        ClearCallbacks, ///< console, port `a`
        ClearForwarding,
        SetDnd, ///< port `a`, on `b`
        SetForwarding, ///< port `a` to `b`
        Cancel, ///< console cancels the live request at index `a` (modulo their count)
        TransferCall, ///< console T9: the attendant's outside call to port `a`
        ToAttendant, ///< console T9: line `a` to the attendant
        Options, ///< new system options
        ControllerReset, ///< the controller lost every ring and line (a new boot_id follows)
        Reconnect ///< IDENTITY with boot_id `boot` and the port states the shadow knows
    };
    Kind kind = Kind::Event;
    Event event;
    int a = 0, b = 0;
    quint32 boot = 0;
    SystemOptions options;
};

struct Shadow
{
    std::vector<bool> offHook; // from the HOOK events the test sent
    std::vector<int> ringing; // cadence of the last RING, 0 when stopped or answered
    std::vector<int> ringCount; // RING_CYCLE counts sent since the ring started
    std::vector<bool> seized; // lines seized, as the controller sees them (LINE, LINE_DROP)
    std::vector<bool> lineRinging;
    std::vector<bool> lineCommanded; // the host's last LINE command for the line was 1
    // Talk paths as the controller keeps them (CONNECT, RELEASE, LINE 0): the other endpoint
    // of each endpoint's path, a station as its port, a line as minus its number, 0 for none.
    std::vector<int> stationPath, linePath;
    std::vector<bool> dropped; // LINE_DROP or a controller reset since the last check
    std::map<RequestId, int> live; // id -> caller
    std::map<RequestId, RequestState> state; // as last notified
    std::map<RequestId, int> transfers; // live requests of kind transfer -> line
    std::set<RequestId> ended;
};

/// What the test has seen a line do since it was last free or talking.
struct LineWatch
{
    LineActivity last = LineActivity::Free;
    bool transfer = false; // an episode that went through InTransfer
    bool recalled = false; // ... or Recall
    bool held = false; // ... or Held
};

class RandomRun
{
public:
    RandomRun(quint64 seed)
        : m_seed(seed)
        , m_rng(seed)
    {
        m_stations = pick(8, 64);
        m_lines = pick(2, 8);
        Programming p = Programming::factoryDefaults(m_stations, m_lines);
        randomOptions(p.options);
        // Some extensions are single-line sets and some ring for lines too.
        for (ExtensionConfig &e : p.extensions) {
            if (e.port > 1 && chance(0.15))
                e.type = ExtensionType::SingleLine;
            if (e.port > 1 && chance(0.1))
                e.lines.append(pick(1, m_lines));
            e.receivesCampOnTones = chance(0.8);
        }
        m_programming = p;
        m_bootId = quint32(m_rng() | 1);
        start();
    }

    /// Runs `events` random events and the drain; returns an empty string or the first broken
    /// invariant.
    QString run(int events)
    {
        record(reconnectInput(m_bootId));
        for (m_index = 0; m_index < events; ++m_index) {
            step();
            settle();
            if (!m_fault.isEmpty())
                return describe(m_fault);
        }
        if (m_fault.isEmpty())
            drain();
        if (m_fault.isEmpty())
            m_fault = finalCheck();
        return m_fault.isEmpty() ? QString() : describe(m_fault);
    }

    /// Replays recorded inputs on a fresh processor; returns the first broken invariant.
    QString replay(const std::vector<Input> &inputs, bool drainAfter)
    {
        for (m_index = 0; m_index < int(inputs.size()); ++m_index) {
            apply(inputs[size_t(m_index)]);
            settle();
            if (!m_fault.isEmpty())
                return m_fault;
        }
        if (drainAfter && m_fault.isEmpty())
            drain();
        if (drainAfter && m_fault.isEmpty())
            m_fault = finalCheck();
        return m_fault;
    }

    /// Replays with every command and request change written down (SB_SHRINK).
    QString trace(const std::vector<Input> &inputs, bool drainAfter)
    {
        m_trace = true;
        const QString fault = replay(inputs, drainAfter);
        return m_traceText.join(QLatin1Char('\n')) + QStringLiteral("\nfault: ") + fault;
    }

    const std::vector<Input> &inputs() const { return m_inputs; }
    const Programming &initialProgramming() const { return m_programming; }
    bool failedInDrain() const { return m_inDrain; }
    int eventsSent() const { return m_index; }
    const std::map<EndReason, int> &reasons() const { return m_reasons; }
    const std::map<QString, int> &lineEnds() const { return m_lineEnds; }
    int served() const { return m_served; }
    quint64 seed() const { return m_seed; }
    int stations() const { return m_stations; }
    int lines() const { return m_lines; }

    /// A fresh run of the same seed's system, for replays.
    RandomRun(const RandomRun &other, bool)
        : m_seed(other.m_seed)
        , m_rng(other.m_seed)
        , m_stations(other.m_stations)
        , m_lines(other.m_lines)
        , m_programming(other.m_programming)
        , m_bootId(other.m_bootId)
    {
        start();
    }

    static QString inputText(const Input &in)
    {
        switch (in.kind) {
        case Input::Kind::Event:
            return in.event.toString();
        case Input::Kind::Advance:
            return QStringLiteral("advance %1 ms").arg(in.a);
        case Input::Kind::ClearCallbacks:
            return QStringLiteral("console clearCallbacks(%1)").arg(in.a);
        case Input::Kind::ClearForwarding:
            return QStringLiteral("console clearForwarding(%1)").arg(in.a);
        case Input::Kind::SetDnd:
            return QStringLiteral("console setDnd(%1, %2)").arg(in.a).arg(in.b);
        case Input::Kind::SetForwarding:
            return QStringLiteral("console setForwarding(%1, %2)").arg(in.a).arg(in.b);
        case Input::Kind::Cancel:
            return QStringLiteral("console cancelRequest(live request #%1)").arg(in.a);
        case Input::Kind::TransferCall:
            return QStringLiteral("console transferAttendantCall(%1)").arg(in.a);
        case Input::Kind::ToAttendant:
            return QStringLiteral("console lineToAttendant(%1)").arg(in.a);
        case Input::Kind::Options:
            return QStringLiteral("options callback=%1 guard=%2 expiry=%3 holdRecall=%4s "
                                  "transferRecall=%5s ringLimit=%6")
                .arg(in.options.callbackEnabled)
                .arg(in.options.guardDelay)
                .arg(in.options.expiry)
                .arg(in.options.holdRecallSeconds)
                .arg(in.options.transferRecallSeconds)
                .arg(in.options.ringLimit);
        case Input::Kind::ControllerReset:
            return QStringLiteral("(controller reset: rings and lines lost)");
        case Input::Kind::Reconnect:
            return QStringLiteral("IDENTITY boot %1 + SYNC").arg(in.boot, 0, 16);
        }
        return QString();
    }

private:
    void start()
    {
        m_processor = std::make_unique<CallProcessor>(m_programming);
        const size_t st = size_t(m_stations) + 1, ln = size_t(m_lines) + 1;
        m_shadow.offHook.assign(st, false);
        m_shadow.ringing.assign(st, 0);
        m_shadow.ringCount.assign(st, 0);
        m_shadow.stationPath.assign(st, 0);
        m_shadow.seized.assign(ln, false);
        m_shadow.lineRinging.assign(ln, false);
        m_shadow.lineCommanded.assign(ln, false);
        m_shadow.linePath.assign(ln, 0);
        m_shadow.dropped.assign(ln, false);
        m_watch.assign(ln, LineWatch());
    }

    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }

    void randomOptions(SystemOptions &o)
    {
        o.callbackEnabled = !chance(0.05);
        o.campOnTones = chance(0.8);
        o.ringLimit = chance(0.7) ? 4 : pick(1, 6);
        o.guardDelay = chance(0.7) ? 0 : pick(0, 5) * 1000;
        o.expiry = chance(0.7) ? 0 : pick(20, 120) * 1000;
        if (chance(0.3)) {
            o.maxRequestsPerTarget = pick(1, 4);
            o.maxRequestsPerCaller = pick(1, 4);
        }
        // Short recall times now and then, so that recalls happen within a run (T2, T7).
        o.holdRecallSeconds = chance(0.4) ? 60 : pick(10, 40);
        o.transferRecallSeconds = chance(0.4) ? 30 : pick(10, 30);
    }

    QString number(int port) const { return m_processor->extension(port).number; }

    void log(const QString &what)
    {
        if (m_trace)
            m_traceText << what;
        m_history.append(QStringLiteral("#%1 t=%2 %3").arg(m_index).arg(m_now).arg(what));
        if (m_history.size() > 30)
            m_history.removeFirst();
    }

    QString describe(const QString &fault) const
    {
        return QStringLiteral("seed %1 (%2 stations, %3 lines), event %4%5: %6\nlast events:\n  %7")
            .arg(m_seed)
            .arg(m_stations)
            .arg(m_lines)
            .arg(m_index)
            .arg(m_inDrain ? QStringLiteral(" (drain)") : QString())
            .arg(fault, m_history.join(QStringLiteral("\n  ")));
    }

    /// Checks the output so far against the shadow, before the shadow moves on.
    void settle()
    {
        if (m_fault.isEmpty())
            m_fault = check();
    }

    void record(const Input &in)
    {
        m_inputs.push_back(in);
        apply(in);
    }

    void send(const Event &e)
    {
        Input in;
        in.event = e;
        record(in);
    }

    void advance(Millis by)
    {
        Input in;
        in.kind = Input::Kind::Advance;
        in.a = int(by);
        record(in);
    }

    void console(Input::Kind kind, int a, int b = 0)
    {
        Input in;
        in.kind = kind;
        in.a = a;
        in.b = b;
        record(in);
    }

    Input reconnectInput(quint32 bootId) const
    {
        Input in;
        in.kind = Input::Kind::Reconnect;
        in.boot = bootId;
        return in;
    }

    /// Feeds one input to the processor and moves the shadow with it.
    void apply(const Input &in)
    {
        settle();
        using K = Input::Kind;
        switch (in.kind) {
        case K::Event: {
            const Event &e = in.event;
            log(e.toString());
            if (e.type == Event::Type::Hook) {
                m_shadow.offHook[e.port] = e.value;
                if (e.value) { // going off-hook trips the ring
                    m_shadow.ringing[e.port] = 0;
                    m_shadow.ringCount[e.port] = 0;
                }
            } else if (e.type == Event::Type::LineDrop && lineReal(e.port)) {
                m_shadow.seized[e.port] = false;
                m_shadow.dropped[e.port] = true;
            } else if (e.type == Event::Type::LineRing && lineReal(e.port)) {
                m_shadow.lineRinging[e.port] = e.value;
            } else if (e.type == Event::Type::RingCycle) {
                m_shadow.ringCount[e.port] = e.value;
            }
            m_processor->handle(e, m_now);
            return;
        }
        case K::Advance:
            if (in.a >= 1000)
                log(inputText(in));
            {
                // Deadline by deadline, checked after each: the shadow's view of who is idle
                // must be the one at the time a request was served.
                const Millis to = m_now + in.a;
                for (Millis d = m_processor->nextDeadline(); d >= 0 && d <= to && m_fault.isEmpty();
                     d = m_processor->nextDeadline()) {
                    if (d <= m_now && d >= 0 && m_stalled++ > 0)
                        break; // nothing left due: a deadline in the past that did not fire
                    m_now = std::max(m_now, d);
                    m_processor->advanceTo(m_now);
                    settle();
                }
                m_stalled = 0;
                m_now = to;
                m_processor->advanceTo(m_now);
                return;
            }
        case K::ClearCallbacks:
            log(inputText(in));
            m_processor->clearCallbacks(in.a, m_now);
            return;
        case K::ClearForwarding:
            log(inputText(in));
            m_processor->clearForwarding(in.a, m_now);
            return;
        case K::SetDnd:
            log(inputText(in));
            m_processor->setDnd(in.a, in.b, m_now);
            return;
        case K::SetForwarding:
            log(inputText(in));
            m_processor->setForwarding(in.a, in.b, m_now);
            return;
        case K::Cancel: {
            const std::vector<RequestId> live = m_processor->liveRequests();
            if (live.empty())
                return;
            const RequestId id = live[size_t(in.a) % live.size()];
            log(QStringLiteral("console cancelRequest(%1)").arg(id));
            m_consoleActed = m_processor->cancelRequest(id, m_now);
            return;
        }
        case K::TransferCall: {
            const ActionResult r = m_processor->transferAttendantCall(in.a, m_now);
            log(inputText(in) + QStringLiteral(" -> %1").arg(int(r)));
            m_consoleActed = true;
            return;
        }
        case K::ToAttendant: {
            const ActionResult r = m_processor->lineToAttendant(in.a, m_now);
            log(inputText(in) + QStringLiteral(" -> %1").arg(int(r)));
            m_consoleActed = true;
            return;
        }
        case K::Options: {
            Programming p = m_processor->programming();
            p.options = in.options;
            log(inputText(in));
            m_processor->setProgramming(p, m_now);
            return;
        }
        case K::ControllerReset:
            log(inputText(in));
            std::fill(m_shadow.ringing.begin(), m_shadow.ringing.end(), 0);
            std::fill(m_shadow.seized.begin(), m_shadow.seized.end(), false);
            return;
        case K::Reconnect: {
            log(inputText(in));
            if (in.boot != m_processor->bootId()) {
                // A new boot_id: the controller lost every path; the host sends nothing for them.
                std::fill(m_shadow.stationPath.begin(), m_shadow.stationPath.end(), 0);
                std::fill(m_shadow.linePath.begin(), m_shadow.linePath.end(), 0);
                std::fill(m_shadow.lineCommanded.begin(), m_shadow.lineCommanded.end(), false);
                std::fill(m_shadow.dropped.begin(), m_shadow.dropped.end(), true);
            }
            m_processor->handle(Event::sessionUp(m_stations, m_lines, in.boot), m_now);
            settle();
            QVector<quint8> st(m_stations), ln(m_lines);
            for (int s = 1; s <= m_stations; ++s)
                st[s - 1] = m_shadow.offHook[s] ? 1 : 0;
            for (int l = 1; l <= m_lines; ++l)
                ln[l - 1]
                    = quint8((m_shadow.lineRinging[l] ? 1 : 0) | (m_shadow.seized[l] ? 2 : 0));
            m_processor->handle(Event::portStates(st, ln), m_now);
            return;
        }
        }
    }

    void dialSomething(int s)
    {
        const int r = pick(0, 99);
        QString digits;
        if (r < 65)
            digits = number(pick(1, m_stations));
        else if (r < 75)
            digits = QStringLiteral("9");
        else if (r < 92) {
            static const char *codes[] = {"*1", "#1", "#2", "#0", "*2"};
            digits = QString::fromLatin1(codes[pick(0, 4)]);
            if (digits == QLatin1String("*2"))
                digits += number(pick(1, m_stations));
        } else {
            digits = QString::number(pick(0, 999));
        }
        if (chance(0.1))
            digits.chop(1); // leave it unfinished: the dial timer
        for (const QChar c : digits)
            send(Event::digit(s, char(c.unicode())));
    }

    /// TRANSFER on keysets, FLASH on single-line sets (T3); now and then the other one.
    Key transferKey(int s)
    {
        const bool singleLine = m_processor->extension(s).type == ExtensionType::SingleLine;
        return singleLine != chance(0.1) ? Key::Flash : Key::Transfer;
    }

    /// A line key; mostly one of a line that waits, rings or is talking (T1, T2).
    quint8 lineKey()
    {
        int l = pick(1, m_lines);
        if (chance(0.6)) {
            for (int i = 0; i < m_lines; ++i) {
                const int c = 1 + (l + i) % m_lines;
                const LineActivity a = m_processor->line(c).activity;
                if (parked(a) || a == LineActivity::Ringing) {
                    l = c;
                    break;
                }
            }
        }
        return quint8(int(Key::LineKey1) + l - 1);
    }

    /// Mostly any station; often one where outside calls happen (the attendant, a line's
    /// station or transfer target), so that lines are answered, held and transferred.
    int pickStation()
    {
        if (!chance(0.3))
            return pick(1, m_stations);
        m_candidates.clear();
        m_candidates.push_back(1);
        for (int l = 1; l <= m_lines; ++l) {
            const LineStatus st = m_processor->line(l);
            if (st.station >= 1 && st.station <= m_stations)
                m_candidates.push_back(st.station);
            if (st.target >= 1 && st.target <= m_stations)
                m_candidates.push_back(st.target);
        }
        return m_candidates[size_t(pick(0, int(m_candidates.size()) - 1))];
    }

    void step()
    {
        advance(
            chance(0.01) ? pick(20000, 70000) : (chance(0.05) ? pick(3000, 16000) : pick(0, 400)));
        const int s = pickStation();
        const ExtensionStatus e = m_processor->extension(s);
        const int r = pick(0, 999);
        if (r < 6) {
            // The console.
            switch (pick(0, 7)) {
            case 0:
                console(Input::Kind::ClearCallbacks, s);
                break;
            case 1:
                console(Input::Kind::ClearForwarding, s);
                break;
            case 2:
                console(Input::Kind::SetDnd, s, !e.dnd);
                break;
            case 3:
                console(Input::Kind::SetForwarding, s, pick(1, m_stations));
                break;
            case 4:
                console(Input::Kind::Cancel, pick(0, 1000));
                break;
            case 5:
            case 6:
                console(Input::Kind::TransferCall, pick(1, m_stations));
                break;
            default:
                console(Input::Kind::ToAttendant, pick(1, m_lines));
                break;
            }
            return;
        }
        if (r < 8) {
            // The link drops and comes back; now and then the controller was reset.
            send(Event::linkDown());
            advance(pick(100, 6000));
            if (chance(0.4)) {
                m_bootId = quint32(m_rng() | 1);
                console(Input::Kind::ControllerReset, 0);
            }
            record(reconnectInput(m_bootId));
            return;
        }
        if (r < 9) {
            Input in;
            in.kind = Input::Kind::Options;
            in.options = m_processor->programming().options;
            randomOptions(in.options);
            record(in);
            return;
        }
        if (r < 70) {
            // Outside lines: calls ring in and stop; the far end hangs up a seized line (T8).
            const int l = pick(1, m_lines);
            if (m_shadow.seized[l]) {
                if (chance(0.3))
                    send(Event::lineDrop(l));
            } else if (m_shadow.lineRinging[l]) {
                if (chance(0.3))
                    send(Event::lineRing(l, false));
            } else {
                send(Event::lineRing(l, true));
            }
            return;
        }
        if (m_shadow.ringing[s] && r < 400) {
            if (chance(0.35))
                send(Event::hook(s, true)); // answer
            else
                send(Event::ringCycle(s, m_shadow.ringCount[s] + 1));
            return;
        }
        if (!m_shadow.offHook[s]) {
            if (r < 700)
                send(Event::hook(s, true));
            else if (r < 780)
                send(Event::key(s, Key::Clear));
            else if (r < 820)
                send(Event::digit(s, char('0' + pick(0, 3)))); // CLEAR menu choices
            else if (r < 840)
                send(Event::key(s, Key::Dnd));
            else if (r < 860)
                send(Event::key(s, lineKey())); // keysets dial on-hook
            else if (r < 866)
                send(Event::key(s, chance(0.5) ? Key::Hold : transferKey(s)));
            return;
        }
        switch (e.state) {
        case CallState::Dialing:
            // At dial tone: a number, HOLD (retrieve, T2), TRANSFER/FLASH (back to the line,
            // T3), a line key (T1), or hang up (T3: recalls a line in transfer at once).
            if (r < 800)
                dialSomething(s);
            else if (r < 830)
                send(Event::key(s, Key::Hold));
            else if (r < 860)
                send(Event::key(s, transferKey(s)));
            else if (r < 910)
                send(Event::key(s, lineKey()));
            else
                send(Event::hook(s, false));
            break;
        case CallState::BusyTone:
            if (r < 400)
                send(Event::key(s, Key::Callback));
            else if (r < 550)
                send(Event::digit(s, '2'));
            else if (r < 700)
                send(Event::key(s, transferKey(s)));
            else
                send(Event::hook(s, false)); // T5: camps a transfer on
            break;
        case CallState::Camped:
        case CallState::Calling:
            if (r < 250)
                send(Event::key(s, Key::Callback));
            else if (r < 450)
                send(Event::key(s, transferKey(s)));
            else if (r < 480)
                send(Event::key(s, lineKey()));
            else
                send(Event::hook(s, false)); // T4: transfers unannounced
            break;
        case CallState::TalkingOutside:
            // T2 hold, T3 transfer.
            if (r < 350)
                send(Event::key(s, Key::Hold));
            else if (r < 650)
                send(Event::key(s, transferKey(s)));
            else if (r < 680)
                send(Event::key(s, lineKey()));
            else if (r < 700)
                send(Event::key(s, chance(0.5) ? Key::Callback : Key::Dnd));
            else
                send(Event::hook(s, false));
            break;
        case CallState::Talking:
            // Perhaps an announcement (T4): TRANSFER returns to the line, hanging up connects.
            if (r < 150)
                send(Event::key(s, chance(0.5) ? Key::Callback : Key::Dnd));
            else if (r < 300)
                send(Event::key(s, transferKey(s)));
            else if (r < 350)
                send(Event::key(s, Key::Hold));
            else
                send(Event::hook(s, false));
            break;
        default:
            if (r < 150)
                send(Event::key(s, chance(0.5) ? Key::Callback : Key::Dnd));
            else if (r < 200)
                send(Event::key(s, transferKey(s)));
            else
                send(Event::hook(s, false));
            break;
        }
    }

    /// The end of a run: everyone hangs up, DND goes off, lines stop ringing in, time passes
    /// beyond every recall, and whatever rings is answered and hung up again. Every held line
    /// and transfer must then be over (T2, T7: nothing waits for ever).
    void drain()
    {
        m_inDrain = true;
        for (int l = 1; l <= m_lines && m_fault.isEmpty(); ++l) {
            if (m_shadow.lineRinging[l])
                send(Event::lineRing(l, false));
        }
        for (int round = 0; round < 12 && m_fault.isEmpty(); ++round) {
            for (int s = 1; s <= m_stations && m_fault.isEmpty(); ++s) {
                if (m_shadow.offHook[s])
                    send(Event::hook(s, false));
                if (m_processor->extension(s).dnd)
                    console(Input::Kind::SetDnd, s, 0);
            }
            // Well past the longest recall (600 s) and the attendant's 60 s after it.
            advance(700000);
            settle();
            if (!transferOrHoldLeft())
                return;
            for (int s = 1; s <= m_stations && m_fault.isEmpty(); ++s) {
                if (m_shadow.ringing[s] && !m_shadow.offHook[s])
                    send(Event::hook(s, true));
            }
            settle();
        }
    }

    bool transferOrHoldLeft() const
    {
        if (!m_shadow.transfers.empty())
            return true;
        for (int l = 1; l <= m_lines; ++l) {
            if (parked(m_processor->line(l).activity))
                return true;
        }
        return false;
    }

    QString finalCheck()
    {
        settle();
        if (!m_fault.isEmpty())
            return m_fault;
        // Every request that was added has either ended once or is still live.
        const std::vector<RequestId> live = m_processor->liveRequests();
        if (live.size() != m_shadow.live.size())
            return QStringLiteral("%1 live requests, %2 expected")
                .arg(live.size())
                .arg(m_shadow.live.size());
        // Issue 11: every transfer ends; no line stays held, in transfer or recalling.
        for (const auto &[id, line] : m_shadow.transfers)
            return QStringLiteral("transfer request %1 (line %2) never ended").arg(id).arg(line);
        for (int l = 1; l <= m_lines; ++l) {
            const LineStatus st = m_processor->line(l);
            if (parked(st.activity))
                return QStringLiteral("line %1 still %2 (station %3) after the drain")
                    .arg(l)
                    .arg(QLatin1String(activityName(st.activity)))
                    .arg(st.station);
        }
        return QString();
    }

    /// T7: a transfer whose line recalls has left its target's ringing or queue.
    bool recalling(const RequestInfo &transfer) const
    {
        return transfer.kind == RequestKind::Transfer
            && m_processor->line(transfer.line).activity == LineActivity::Recall;
    }

    bool stationReal(int s) const { return s >= 1 && s <= m_stations; }
    bool lineReal(int l) const { return l >= 1 && l <= m_lines; }

    int &path(EndpointKind k, int id)
    {
        return k == EndpointKind::Station ? m_shadow.stationPath[size_t(id)]
                                          : m_shadow.linePath[size_t(id)];
    }
    /// The endpoint leaves its talk path; the other end of it is free too.
    void leavePath(EndpointKind k, int id)
    {
        int &other = path(k, id);
        if (other > 0)
            m_shadow.stationPath[size_t(other)] = 0;
        else if (other < 0)
            m_shadow.linePath[size_t(-other)] = 0;
        other = 0;
    }

    QString check()
    {
        if (m_trace) {
            for (const Command &c : m_processor->commands())
                m_traceText << QStringLiteral("    -> ") + c.toString();
            for (const Notification &n : m_processor->notifications()) {
                if (n.type == Notification::Type::ExtensionChanged)
                    continue;
                if (n.type == Notification::Type::LineChanged) {
                    const LineStatus st = m_processor->line(n.port);
                    m_traceText << QStringLiteral("    line %1 %2 station %3 target %4")
                                       .arg(n.port)
                                       .arg(QLatin1String(activityName(st.activity)))
                                       .arg(st.station)
                                       .arg(st.target);
                    continue;
                }
                const RequestInfo info = m_processor->request(n.request);
                m_traceText << QStringLiteral("    request %1 %2->%3 %4 %5 %6")
                                   .arg(n.request)
                                   .arg(info.caller)
                                   .arg(info.target)
                                   .arg(QLatin1String(toString(info.kind)))
                                   .arg(QLatin1String(toString(info.state)))
                                   .arg(QLatin1String(toString(info.reason)));
            }
        }
        // Commands: every RING/TONE/CONNECT (and the rest) targets a real port; never a
        // callback ring to a caller who is not idle.
        for (const Command &c : m_processor->commands()) {
            const bool a = c.kindA == EndpointKind::Station ? stationReal(c.idA) : lineReal(c.idA);
            const bool b = c.type != Command::Type::Connect
                || (c.kindB == EndpointKind::Station ? stationReal(c.idB) : lineReal(c.idB));
            if (!a || !b)
                return QStringLiteral("command to a port that does not exist: ") + c.toString();
            if (c.type == Command::Type::Ring) {
                if (c.value == quint8(Cadence::Callback)) {
                    const bool idle = !m_shadow.offHook[c.idA]
                        && (m_shadow.ringing[c.idA] == 0
                            || m_shadow.ringing[c.idA] == int(Cadence::Callback));
                    if (!idle || m_processor->extension(c.idA).dnd)
                        return QStringLiteral("callback ring to a caller who is not idle: ")
                            + c.toString();
                }
                if (m_shadow.ringing[c.idA] != int(c.value))
                    m_shadow.ringCount[c.idA] = 0;
                m_shadow.ringing[c.idA] = c.value;
            }
            if (c.type == Command::Type::Line) {
                m_shadow.seized[c.idA] = c.value;
                m_shadow.lineCommanded[c.idA] = c.value;
                if (c.value)
                    m_shadow.lineRinging[c.idA] = false; // answered
                else
                    leavePath(EndpointKind::Line, c.idA);
            }
            if (c.type == Command::Type::Connect) {
                // Issue 11: a talk path to a line the host has not seized is a path to nobody.
                for (auto [k, id] : {std::pair {c.kindA, int(c.idA)}, {c.kindB, int(c.idB)}}) {
                    if (k == EndpointKind::Line && !m_shadow.lineCommanded[size_t(id)])
                        return QStringLiteral("talk path to a line not seized: ") + c.toString();
                }
                leavePath(c.kindA, c.idA);
                leavePath(c.kindB, c.idB);
                path(c.kindA, c.idA) = c.kindB == EndpointKind::Station ? c.idB : -int(c.idB);
                path(c.kindB, c.idB) = c.kindA == EndpointKind::Station ? c.idA : -int(c.idA);
            }
            if (c.type == Command::Type::Release)
                leavePath(c.kindA, c.idA);
        }

        // Notifications: each request ends exactly once, with a reason.
        std::vector<RequestId> servedNow;
        std::set<RequestId> addedNow;
        bool resetSeen = false;
        for (const Notification &n : m_processor->notifications()) {
            switch (n.type) {
            case Notification::Type::RequestAdded: {
                if (m_shadow.live.count(n.request) || m_shadow.ended.count(n.request))
                    return QStringLiteral("request %1 added twice").arg(n.request);
                m_shadow.live[n.request] = n.port;
                addedNow.insert(n.request);
                m_shadow.state[n.request] = RequestState::Waiting;
                const RequestInfo info = m_processor->request(n.request);
                if (info.kind == RequestKind::Extension) {
                    const ExtensionStatus t = m_processor->extension(info.target);
                    if (t.type == ExtensionType::Attendant)
                        return QStringLiteral("request %1 at the attendant").arg(n.request);
                    if (t.dnd)
                        return QStringLiteral("request %1 at an extension in DND").arg(n.request);
                }
                if (info.kind == RequestKind::Transfer) {
                    // T6: never to the transferring station itself; T5: one line, one request.
                    // (A target may be in DND: it went into DND while it rang for the line.)
                    if (info.target == info.caller)
                        return QStringLiteral("transfer %1 to its own station").arg(n.request);
                    if (!lineReal(info.line))
                        return QStringLiteral("transfer %1 without a line").arg(n.request);
                    for (const auto &[other, line] : m_shadow.transfers) {
                        if (line == info.line)
                            return QStringLiteral("transfers %1 and %2 of the same line %3")
                                .arg(other)
                                .arg(n.request)
                                .arg(line);
                    }
                    m_shadow.transfers[n.request] = info.line;
                    ++m_lineEnds[QStringLiteral("transfer requests")];
                }
                break;
            }
            case Notification::Type::RequestChanged: {
                if (!m_shadow.live.count(n.request))
                    return QStringLiteral("request %1 changed while not live").arg(n.request);
                // Served: from waiting, suspended or camped on into a ringing state (not the
                // caller answering, which moves a served request on).
                const RequestInfo info = m_processor->request(n.request);
                const RequestState before = m_shadow.state[n.request];
                const bool wasResting = before == RequestState::Waiting
                    || before == RequestState::Suspended || before == RequestState::CampedOn;
                // T4: a transfer made while its target already rang for it (unannounced)
                // keeps that ringing; it is not served from the queue.
                const bool keptRinging
                    = info.kind == RequestKind::Transfer && addedNow.count(n.request);
                if (info.id && info.reason == EndReason::None && wasResting && !keptRinging
                    && (info.state == RequestState::RingingCaller
                        || info.state == RequestState::RingingTarget)) {
                    servedNow.push_back(n.request);
                    ++m_served;
                }
                if (info.id && info.reason == EndReason::None)
                    m_shadow.state[n.request] = info.state;
                break;
            }
            case Notification::Type::RequestEnded: {
                if (!m_shadow.live.count(n.request))
                    return QStringLiteral("request %1 ended twice or never added").arg(n.request);
                if (n.reason == EndReason::None)
                    return QStringLiteral("request %1 ended without a reason").arg(n.request);
                ++m_reasons[n.reason];
                const auto transfer = m_shadow.transfers.find(n.request);
                if (transfer != m_shadow.transfers.end()) {
                    // Every transfer ends answered, recalled or abandoned (T5, T7, T8); sent
                    // to the attendant (T9, cleared) or a controller reset (R12) end it too.
                    const EndReason why = n.reason;
                    const bool ok = why == EndReason::Completed || why == EndReason::Recalled
                        || why == EndReason::Abandoned || why == EndReason::Reset
                        || (why == EndReason::Cleared && m_consoleActed);
                    if (!ok)
                        return QStringLiteral("transfer request %1 ended as %2")
                            .arg(n.request)
                            .arg(QLatin1String(toString(why)));
                    ++m_lineEnds[QStringLiteral("transfer request ") + toString(why)];
                    m_shadow.transfers.erase(transfer);
                }
                m_shadow.live.erase(n.request);
                m_shadow.state.erase(n.request);
                m_shadow.ended.insert(n.request);
                break;
            }
            case Notification::Type::SystemReset:
                resetSeen = true;
                break;
            default:
                break;
            }
        }
        m_processor->clearOutput();
        m_consoleActed = false;

        // A reset leaves no request.
        if (resetSeen) {
            if (m_processor->liveRequestCount() != 0)
                return QStringLiteral("%1 requests live after a reset")
                    .arg(m_processor->liveRequestCount());
        }
        if (int(m_shadow.live.size()) != m_processor->liveRequestCount())
            return QStringLiteral("shadow has %1 live requests, processor %2")
                .arg(m_shadow.live.size())
                .arg(m_processor->liveRequestCount());

        // Never two callbacks in progress for one extension. A transfer takes only its target
        // (T5: it needs nothing of the station that transferred it).
        std::vector<int> inProgress(size_t(m_stations) + 1, 0);
        for (RequestId id : m_processor->liveRequests()) {
            const RequestInfo info = m_processor->request(id);
            if (info.state == RequestState::RingingCaller
                || info.state == RequestState::RingingTarget) {
                if (info.kind != RequestKind::Transfer && ++inProgress[info.caller] > 1)
                    return QStringLiteral("two callbacks in progress for %1").arg(info.caller);
                if (info.kind != RequestKind::LineGroup && ++inProgress[info.target] > 1)
                    return QStringLiteral("two callbacks in progress for %1").arg(info.target);
            }
        }

        // FIFO: a request just served had no ready request ahead of it at its target; T5: a
        // transfer waiting at a target is served before any callback there.
        for (RequestId id : servedNow) {
            const RequestInfo served = m_processor->request(id);
            if (!served.id || served.reason != EndReason::None)
                continue;
            const int target = served.kind == RequestKind::LineGroup ? 0 : served.target;
            const std::vector<RequestId> queue = m_processor->queueAt(target);
            if (served.kind != RequestKind::Transfer && target != 0) {
                for (RequestId otherId : queue) {
                    const RequestInfo other = m_processor->request(otherId);
                    if (other.kind == RequestKind::Transfer && !recalling(other)
                        && (other.state == RequestState::Waiting
                            || other.state == RequestState::Suspended
                            || other.state == RequestState::CampedOn))
                        return QStringLiteral(
                            "callback %1 (%2->%3) served before waiting transfer %4 (line %5)")
                            .arg(id)
                            .arg(served.caller)
                            .arg(served.target)
                            .arg(otherId)
                            .arg(other.line);
                }
            }
            for (RequestId aheadId : queue) {
                if (aheadId == id)
                    break;
                const RequestInfo ahead = m_processor->request(aheadId);
                if (served.kind == RequestKind::Transfer && ahead.kind != RequestKind::Transfer)
                    continue; // T5: transfers go first
                if (recalling(ahead))
                    continue;
                const int c = ahead.caller;
                const bool callerIdle = !m_shadow.offHook[c] && m_shadow.ringing[c] == 0
                    && !m_processor->extension(c).dnd && inProgress[c] == 0;
                const bool resting = ahead.state == RequestState::Waiting
                    || ahead.state == RequestState::Suspended;
                const bool ready = ahead.state == RequestState::CampedOn
                    || (resting && (callerIdle || ahead.kind == RequestKind::Transfer));
                if (ready) {
                    const ExtensionStatus ce = m_processor->extension(c);
                    return QStringLiteral(
                        "%13 request %1 (%2->%3, %4) served before ready %14 request %5 (%6->%7, "
                        "%8; caller %9 off-hook=%10 ringing=%11 dnd=%12)")
                        .arg(id)
                        .arg(served.caller)
                        .arg(served.target)
                        .arg(QLatin1String(toString(served.state)))
                        .arg(aheadId)
                        .arg(ahead.caller)
                        .arg(ahead.target)
                        .arg(QLatin1String(toString(ahead.state)))
                        .arg(QLatin1String(toString(ce.state)))
                        .arg(m_shadow.offHook[c])
                        .arg(m_shadow.ringing[c])
                        .arg(ce.dnd)
                        .arg(QLatin1String(toString(served.kind)),
                            QLatin1String(toString(ahead.kind)));
                }
            }
        }

        const QString lines = checkLines();
        if (!lines.isEmpty())
            return lines;

        const QString self = m_processor->selfCheck();
        if (!self.isEmpty())
            return QStringLiteral("self-check: ") + self;
        // Issue 11: every request state change is one the transition table allows.
        if (m_processor->refusedTransitions() != 0)
            return QStringLiteral("%1 request transitions refused by the table")
                .arg(m_processor->refusedTransitions());
        return QString();
    }

    /// Issue 11 item 2: a line is in at most one talk path, a held line is seized, and no
    /// transfer or held line is lost.
    QString checkLines()
    {
        for (int l = 1; l <= m_lines; ++l) {
            const LineStatus st = m_processor->line(l);
            const int inPath = m_shadow.linePath[size_t(l)];
            const QString what = QStringLiteral("line %1 %2 (station %3, target %4)")
                                     .arg(l)
                                     .arg(QLatin1String(activityName(st.activity)))
                                     .arg(st.station)
                                     .arg(st.target);
            // The engine's talking line is in the controller's one path with its station, and
            // a line in a path is a talking one: one talk path per line, and no other.
            if (st.activity == LineActivity::Talking && inPath != st.station)
                return what + QStringLiteral(": its talk path is with %1").arg(inPath);
            if (st.activity != LineActivity::Talking && inPath != 0)
                return what + QStringLiteral(": still in a talk path with %1").arg(inPath);
            if (st.activity == LineActivity::Talking) {
                const ExtensionStatus e = m_processor->extension(st.station);
                if (e.state != CallState::TalkingOutside || e.peer != l)
                    return what
                        + QStringLiteral(": the station is %1 with %2")
                              .arg(QLatin1String(toString(e.state)))
                              .arg(e.peer);
            }
            // T2: a held line (and one in transfer or recalling) is seized, and hears music
            // on hold (no path, checked above).
            if (parked(st.activity) && !m_shadow.lineCommanded[size_t(l)])
                return what + QStringLiteral(": not seized (no LINE 1 since the last LINE 0)");
            // T8: the far end hung up: nothing waits for the line any more.
            if (m_shadow.dropped[size_t(l)] && parked(st.activity))
                return what + QStringLiteral(": the far end hung up");
            // A live transfer request's line says so (no transfer is lost).
            for (const auto &[id, line] : m_shadow.transfers) {
                if (line == l && st.activity != LineActivity::InTransfer
                    && st.activity != LineActivity::Recall)
                    return what + QStringLiteral(": its transfer request %1 is live").arg(id);
            }
            if (st.request != 0 && !m_shadow.transfers.count(st.request))
                return what
                    + QStringLiteral(": names request %1, which is not a live transfer")
                          .arg(st.request);

            // Episodes: from held or in transfer to talking (answered, retrieved, recalled) or
            // free; free only when the far end hung up or the controller was reset.
            LineWatch &w = m_watch[size_t(l)];
            if (st.activity != w.last) {
                if (parked(w.last) && !parked(st.activity)) {
                    if (st.activity != LineActivity::Talking && !m_shadow.dropped[size_t(l)])
                        return what
                            + QStringLiteral(": lost from %1")
                                  .arg(QLatin1String(activityName(w.last)));
                    const QString kind
                        = w.transfer ? QStringLiteral("transfer") : QStringLiteral("hold");
                    QString how;
                    if (st.activity != LineActivity::Talking)
                        how = QStringLiteral("abandoned");
                    else if (w.recalled)
                        how = QStringLiteral("recalled");
                    else
                        how = QStringLiteral("answered");
                    ++m_lineEnds[kind + QLatin1Char(' ') + how];
                    w = LineWatch();
                }
                if (st.activity == LineActivity::InTransfer && !w.transfer) {
                    w.transfer = true;
                    ++m_lineEnds[QStringLiteral("transfers started")];
                }
                if (st.activity == LineActivity::Held && !w.held) {
                    w.held = true;
                    ++m_lineEnds[QStringLiteral("holds started")];
                }
                if (st.activity == LineActivity::Recall)
                    w.recalled = true;
                w.last = st.activity;
            }
            m_shadow.dropped[size_t(l)] = false;
        }
        // A station talking on a line is the line's one talker.
        for (int s = 1; s <= m_stations; ++s) {
            const int inPath = m_shadow.stationPath[size_t(s)];
            if (inPath < 0) {
                const LineStatus st = m_processor->line(-inPath);
                if (st.activity != LineActivity::Talking || st.station != s)
                    return QStringLiteral("station %1 in a talk path with line %2, which is %3")
                        .arg(s)
                        .arg(-inPath)
                        .arg(QLatin1String(activityName(st.activity)));
            }
        }
        return QString();
    }

    quint64 m_seed;
    std::mt19937_64 m_rng;
    int m_stations = 0, m_lines = 0;
    Programming m_programming;
    std::unique_ptr<CallProcessor> m_processor;
    Shadow m_shadow;
    std::vector<LineWatch> m_watch;
    std::vector<int> m_candidates;
    std::vector<Input> m_inputs;
    Millis m_now = 1000;
    quint32 m_bootId = 1;
    bool m_consoleActed = false;
    int m_stalled = 0;
    bool m_inDrain = false;
    bool m_trace = false; // replays of a shrunk run say what the processor did
    QStringList m_traceText;
    int m_index = 0;
    QStringList m_history;
    QString m_fault;
    std::map<EndReason, int> m_reasons;
    std::map<QString, int> m_lineEnds;
    int m_served = 0;
};

/// The kind of a fault, without its numbers: a shrunk run must break the same invariant.
QString faultKind(const QString &fault)
{
    QString kind = fault.section(QLatin1Char('\n'), 0, 0);
    kind.remove(QRegularExpression(QStringLiteral("[0-9]+")));
    return kind;
}

/// Delta debugging (ddmin) over the inputs of a failing run: the shortest sequence found that
/// still breaks the same invariant.
std::vector<Input> shrink(const RandomRun &failed, bool drainAfter)
{
    const QString want = faultKind(RandomRun(failed, true).replay(failed.inputs(), drainAfter));
    auto fails = [&](const std::vector<Input> &inputs) {
        const QString f = RandomRun(failed, true).replay(inputs, drainAfter);
        return !f.isEmpty() && faultKind(f) == want;
    };
    std::vector<Input> current;
    for (const Input &in : failed.inputs()) {
        if (in.kind == Input::Kind::Advance && !current.empty()
            && current.back().kind == Input::Kind::Advance)
            current.back().a += in.a; // the same deadlines fire, in the same order
        else
            current.push_back(in);
    }
    if (!fails(current))
        current = failed.inputs();
    size_t chunks = 2;
    while (current.size() >= 2) {
        const size_t size = (current.size() + chunks - 1) / chunks;
        bool reduced = false;
        for (size_t start = 0; start < current.size(); start += size) {
            std::vector<Input> without(current.begin(), current.begin() + long(start));
            without.insert(without.end(),
                current.begin() + long(std::min(current.size(), start + size)), current.end());
            if (fails(without)) {
                current = without;
                chunks = std::max<size_t>(chunks - 1, 2);
                reduced = true;
                break;
            }
        }
        if (!reduced) {
            if (chunks >= current.size())
                break;
            chunks = std::min(current.size(), chunks * 2);
        }
    }
    return current;
}

} // namespace

class TestCallProcessorRandom : public QObject
{
    Q_OBJECT
private slots:
    // Invariants of behaviour.md (R1-R16, B1-B6, T1-T9) under at least 200,000 random events.
    void invariantsHoldUnderRandomTraffic()
    {
        const QByteArray one = qgetenv("SB_SEED");
        const int runs
            = qEnvironmentVariableIsSet("SB_RUNS") ? qEnvironmentVariableIntValue("SB_RUNS") : 40;
        const int perRun = 5000;
        qint64 total = 0, served = 0;
        std::map<EndReason, int> reasons;
        std::map<QString, int> lineEnds;
        const quint64 base = 20261125;
        for (int i = 0; i < (one.isEmpty() ? runs : 1); ++i) {
            const quint64 seed = one.isEmpty() ? base + quint64(i) : one.toULongLong();
            RandomRun run(seed);
            const QString fault = run.run(perRun);
            if (!fault.isEmpty() && qEnvironmentVariableIsSet("SB_SHRINK")) {
                const std::vector<Input> shortest = shrink(run, run.failedInDrain());
                QStringList text;
                for (const Input &in : shortest)
                    text << RandomRun::inputText(in);
                const Programming &p = run.initialProgramming();
                QStringList special;
                for (const ExtensionConfig &e : p.extensions) {
                    if (e.type != ExtensionType::Keyset || e.lines.size() || !e.receivesCampOnTones)
                        special << QStringLiteral("%1 %2 lines[%3] campOnTones=%4")
                                       .arg(e.port)
                                       .arg(QLatin1String(toString(e.type)))
                                       .arg(e.lines.size())
                                       .arg(e.receivesCampOnTones);
                }
                qInfo("shrunk to %d inputs%s (%d stations, %d lines; %s):\n  %s\n%s",
                    int(shortest.size()), run.failedInDrain() ? " then the drain" : "",
                    run.stations(), run.lines(), qPrintable(special.join(QStringLiteral(", "))),
                    qPrintable(text.join(QStringLiteral("\n  "))),
                    qPrintable(RandomRun(run, true).trace(shortest, run.failedInDrain())));
            }
            QVERIFY2(fault.isEmpty(), qPrintable(fault));
            total += run.eventsSent();
            served += run.served();
            for (const auto &[reason, count] : run.reasons())
                reasons[reason] += count;
            for (const auto &[what, count] : run.lineEnds())
                lineEnds[what] += count;
        }
        QStringList ends;
        for (const auto &[reason, count] : reasons)
            ends << QStringLiteral("%1 %2").arg(count).arg(toString(reason));
        QStringList lines;
        for (const auto &[what, count] : lineEnds)
            lines << QStringLiteral("%1 %2").arg(count).arg(what);
        qInfo("%lld random events checked; %lld times served; requests ended: %s; lines: %s", total,
            served, qPrintable(ends.join(QStringLiteral(", "))),
            qPrintable(lines.join(QStringLiteral(", "))));
        // The traffic must reach every way a request can end, or the invariants prove little.
        if (one.isEmpty() && runs >= 40) {
            for (EndReason r : {EndReason::Completed, EndReason::Abandoned, EndReason::NoAnswer,
                     EndReason::Cleared, EndReason::Reset, EndReason::Disabled, EndReason::Expired,
                     EndReason::Recalled})
                QVERIFY2(reasons[r] > 0, toString(r));
            // Issue 11: holds and transfers start and end every way T2-T8 allow.
            for (const char *what : {"holds started", "hold answered", "hold recalled",
                     "hold abandoned", "transfers started", "transfer answered",
                     "transfer recalled", "transfer abandoned", "transfer request completed",
                     "transfer request recalled", "transfer request abandoned"})
                QVERIFY2(lineEnds[QLatin1String(what)] > 0, what);
        }
        if (one.isEmpty() && !qEnvironmentVariableIsSet("SB_RUNS"))
            QVERIFY(total >= 200000);
    }
};

QTEST_GUILESS_MAIN(TestCallProcessorRandom)
#include "tst_callprocessor_random.moc"
