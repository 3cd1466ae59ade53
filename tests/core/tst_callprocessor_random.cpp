// Randomized model-based test of the call processor: at least 200,000 random events over
// systems of 8 to 64 extensions and 2 to 8 lines, with the invariants of behaviour.md checked
// after every event against a shadow kept from the events sent and the commands received.
//
// Replay one run: SB_SEED=<seed> ./tst_callprocessor_random
// More runs:      SB_RUNS=<n> ./tst_callprocessor_random

#include "core/callprocessor.h"

#include <QtTest>

#include <map>
#include <random>
#include <set>

using namespace sb::core;

namespace {

struct Shadow
{
    std::vector<bool> offHook; // from the HOOK events the test sent
    std::vector<int> ringing; // cadence of the last RING, 0 when stopped or answered
    std::vector<int> ringCount; // RING_CYCLE counts sent since the ring started
    std::vector<bool> seized; // lines seized by LINE commands
    std::vector<bool> lineRinging;
    std::map<RequestId, int> live; // id -> caller
    std::map<RequestId, RequestState> state; // as last notified
    std::set<RequestId> ended;
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
        m_processor = std::make_unique<CallProcessor>(p);
        m_shadow.offHook.assign(size_t(m_stations) + 1, false);
        m_shadow.ringing.assign(size_t(m_stations) + 1, 0);
        m_shadow.ringCount.assign(size_t(m_stations) + 1, 0);
        m_shadow.seized.assign(size_t(m_lines) + 1, false);
        m_shadow.lineRinging.assign(size_t(m_lines) + 1, false);
    }

    /// Runs `events` random events; returns an empty string or the first broken invariant.
    QString run(int events)
    {
        m_bootId = quint32(m_rng() | 1);
        reconnect(m_bootId);
        for (m_index = 0; m_index < events; ++m_index) {
            step();
            settle();
            if (!m_fault.isEmpty())
                return describe(m_fault);
        }
        // Every request that was added has either ended once or is still live.
        const std::vector<RequestId> live = m_processor->liveRequests();
        if (live.size() != m_shadow.live.size())
            return describe(QStringLiteral("%1 live requests, %2 expected")
                                .arg(live.size())
                                .arg(m_shadow.live.size()));
        return QString();
    }

    int eventsSent() const { return m_index; }
    const std::map<EndReason, int> &reasons() const { return m_reasons; }
    int served() const { return m_served; }

private:
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
    }

    QString number(int port) const { return m_processor->extension(port).number; }

    void log(const QString &what)
    {
        m_history.append(QStringLiteral("#%1 t=%2 %3").arg(m_index).arg(m_now).arg(what));
        if (m_history.size() > 30)
            m_history.removeFirst();
    }

    QString describe(const QString &fault) const
    {
        return QStringLiteral("seed %1 (%2 stations, %3 lines), event %4: %5\nlast events:\n  %6")
            .arg(m_seed)
            .arg(m_stations)
            .arg(m_lines)
            .arg(m_index)
            .arg(fault, m_history.join(QStringLiteral("\n  ")));
    }

    /// Checks the output so far against the shadow, before the shadow moves on.
    void settle()
    {
        if (m_fault.isEmpty())
            m_fault = check();
    }

    void advance(Millis to)
    {
        m_now = to;
        m_processor->advanceTo(m_now);
        settle();
    }

    void send(const Event &e)
    {
        settle();
        log(e.toString());
        if (e.type == Event::Type::Hook) {
            m_shadow.offHook[e.port] = e.value;
            if (e.value) { // going off-hook trips the ring
                m_shadow.ringing[e.port] = 0;
                m_shadow.ringCount[e.port] = 0;
            }
        }
        m_processor->handle(e, m_now);
    }

    void reconnect(quint32 bootId)
    {
        send(Event::sessionUp(m_stations, m_lines, bootId));
        QVector<quint8> st(m_stations), ln(m_lines);
        for (int s = 1; s <= m_stations; ++s)
            st[s - 1] = m_shadow.offHook[s] ? 1 : 0;
        for (int l = 1; l <= m_lines; ++l)
            ln[l - 1] = quint8((m_shadow.lineRinging[l] ? 1 : 0) | (m_shadow.seized[l] ? 2 : 0));
        send(Event::portStates(st, ln));
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

    void step()
    {
        advance(m_now + (chance(0.05) ? pick(3000, 16000) : pick(0, 400)));
        const int s = pick(1, m_stations);
        const ExtensionStatus e = m_processor->extension(s);
        const int r = pick(0, 999);
        if (r < 5) {
            // The console.
            settle();
            switch (pick(0, 5)) {
            case 0:
                m_processor->clearCallbacks(s, m_now);
                log(QStringLiteral("console clear callbacks %1").arg(s));
                break;
            case 1:
                m_processor->clearForwarding(s, m_now);
                log(QStringLiteral("console clear forwarding %1").arg(s));
                break;
            case 2:
                m_processor->setDnd(s, !e.dnd, m_now);
                log(QStringLiteral("console DND %1").arg(s));
                break;
            case 3:
                m_processor->setForwarding(s, pick(1, m_stations), m_now);
                log(QStringLiteral("console forward %1").arg(s));
                break;
            default: {
                const std::vector<RequestId> live = m_processor->liveRequests();
                if (!live.empty()) {
                    const RequestId id = live[size_t(pick(0, int(live.size()) - 1))];
                    m_processor->cancelRequest(id, m_now);
                    log(QStringLiteral("console cancel %1").arg(id));
                }
            }
            }
            return;
        }
        if (r < 7) {
            // The link drops and comes back; now and then the controller was reset.
            send(Event::linkDown());
            advance(m_now + pick(100, 6000));
            if (chance(0.4)) {
                m_bootId = quint32(m_rng() | 1);
                m_resetPending = true;
                std::fill(m_shadow.ringing.begin(), m_shadow.ringing.end(), 0);
                std::fill(m_shadow.seized.begin(), m_shadow.seized.end(), false);
            }
            reconnect(m_bootId);
            return;
        }
        if (r < 8) {
            settle();
            Programming p = m_processor->programming();
            randomOptions(p.options);
            log(QStringLiteral("programming callback=%1 guard=%2 expiry=%3")
                    .arg(p.options.callbackEnabled)
                    .arg(p.options.guardDelay)
                    .arg(p.options.expiry));
            m_processor->setProgramming(p, m_now);
            return;
        }
        if (r < 60) {
            const int l = pick(1, m_lines);
            if (m_shadow.seized[l] && chance(0.5)) {
                send(Event::lineDrop(l));
                m_shadow.seized[l] = false;
            } else if (!m_shadow.seized[l]) {
                m_shadow.lineRinging[l] = !m_shadow.lineRinging[l];
                send(Event::lineRing(l, m_shadow.lineRinging[l]));
            }
            return;
        }
        if (m_shadow.ringing[s] && r < 400) {
            if (chance(0.35)) {
                send(Event::hook(s, true)); // answer
            } else {
                send(Event::ringCycle(s, ++m_shadow.ringCount[s]));
            }
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
            return;
        }
        switch (e.state) {
        case CallState::Dialing:
            if (r < 850)
                dialSomething(s);
            else if (r < 900)
                send(Event::key(s, quint8(0x10 + pick(0, m_lines - 1))));
            else
                send(Event::hook(s, false));
            break;
        case CallState::BusyTone:
            if (r < 450)
                send(Event::key(s, Key::Callback));
            else if (r < 650)
                send(Event::digit(s, '2'));
            else
                send(Event::hook(s, false));
            break;
        case CallState::Camped:
        case CallState::Calling:
            if (r < 300)
                send(Event::key(s, Key::Callback));
            else
                send(Event::hook(s, false));
            break;
        default:
            if (r < 150)
                send(Event::key(s, chance(0.5) ? Key::Callback : Key::Dnd));
            else
                send(Event::hook(s, false));
            break;
        }
    }

    bool stationReal(int s) const { return s >= 1 && s <= m_stations; }
    bool lineReal(int l) const { return l >= 1 && l <= m_lines; }

    QString check()
    {
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
                if (c.value)
                    m_shadow.lineRinging[c.idA] = false; // answered
            }
        }

        // Notifications: each request ends exactly once, with a reason.
        std::vector<RequestId> servedNow;
        bool resetSeen = false;
        for (const Notification &n : m_processor->notifications()) {
            switch (n.type) {
            case Notification::Type::RequestAdded: {
                if (m_shadow.live.count(n.request) || m_shadow.ended.count(n.request))
                    return QStringLiteral("request %1 added twice").arg(n.request);
                m_shadow.live[n.request] = n.port;
                m_shadow.state[n.request] = RequestState::Waiting;
                const RequestInfo info = m_processor->request(n.request);
                if (info.kind == RequestKind::Extension) {
                    const ExtensionStatus t = m_processor->extension(info.target);
                    if (t.type == ExtensionType::Attendant)
                        return QStringLiteral("request %1 at the attendant").arg(n.request);
                    if (t.dnd)
                        return QStringLiteral("request %1 at an extension in DND").arg(n.request);
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
                if (info.id && info.reason == EndReason::None && wasResting
                    && (info.state == RequestState::RingingCaller
                        || info.state == RequestState::RingingTarget)) {
                    servedNow.push_back(n.request);
                    ++m_served;
                }
                if (info.id && info.reason == EndReason::None)
                    m_shadow.state[n.request] = info.state;
                break;
            }
            case Notification::Type::RequestEnded:
                if (!m_shadow.live.count(n.request))
                    return QStringLiteral("request %1 ended twice or never added").arg(n.request);
                if (n.reason == EndReason::None)
                    return QStringLiteral("request %1 ended without a reason").arg(n.request);
                ++m_reasons[n.reason];
                m_shadow.live.erase(n.request);
                m_shadow.state.erase(n.request);
                m_shadow.ended.insert(n.request);
                break;
            case Notification::Type::SystemReset:
                resetSeen = true;
                break;
            default:
                break;
            }
        }
        m_processor->clearOutput();

        // A reset leaves no request.
        if (resetSeen) {
            m_resetPending = false;
            if (m_processor->liveRequestCount() != 0)
                return QStringLiteral("%1 requests live after a reset")
                    .arg(m_processor->liveRequestCount());
        }
        if (int(m_shadow.live.size()) != m_processor->liveRequestCount())
            return QStringLiteral("shadow has %1 live requests, processor %2")
                .arg(m_shadow.live.size())
                .arg(m_processor->liveRequestCount());

        // Never two callbacks in progress for one extension.
        std::vector<int> inProgress(size_t(m_stations) + 1, 0);
        std::vector<RequestInfo> infos;
        for (RequestId id : m_processor->liveRequests()) {
            const RequestInfo info = m_processor->request(id);
            infos.push_back(info);
            if (info.state == RequestState::RingingCaller
                || info.state == RequestState::RingingTarget) {
                if (++inProgress[info.caller] > 1)
                    return QStringLiteral("two callbacks in progress for %1").arg(info.caller);
                if (info.kind == RequestKind::Extension && ++inProgress[info.target] > 1)
                    return QStringLiteral("two callbacks in progress for %1").arg(info.target);
            }
        }

        // FIFO: a request just served had no ready request ahead of it at its target.
        for (RequestId id : servedNow) {
            const RequestInfo served = m_processor->request(id);
            if (!served.id || served.reason != EndReason::None)
                continue;
            for (RequestId aheadId :
                m_processor->queueAt(served.kind == RequestKind::Extension ? served.target : 0)) {
                if (aheadId == id)
                    break;
                const RequestInfo ahead = m_processor->request(aheadId);
                const int c = ahead.caller;
                const bool callerIdle = !m_shadow.offHook[c] && m_shadow.ringing[c] == 0
                    && !m_processor->extension(c).dnd && inProgress[c] == 0;
                const bool ready = ahead.state == RequestState::CampedOn
                    || ((ahead.state == RequestState::Waiting
                            || ahead.state == RequestState::Suspended)
                        && callerIdle);
                if (ready) {
                    const ExtensionStatus ce = m_processor->extension(c);
                    return QStringLiteral(
                        "request %1 (%2->%3, %4) served before ready request %5 (%6->%7, %8; "
                        "caller %9 off-hook=%10 ringing=%11 dnd=%12)")
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
                        .arg(ce.dnd);
                }
            }
        }

        const QString self = m_processor->selfCheck();
        if (!self.isEmpty())
            return QStringLiteral("self-check: ") + self;
        // Issue 11: every request state change is one the transition table allows.
        if (m_processor->refusedTransitions() != 0)
            return QStringLiteral("%1 request transitions refused by the table")
                .arg(m_processor->refusedTransitions());
        return QString();
    }

    quint64 m_seed;
    std::mt19937_64 m_rng;
    int m_stations = 0, m_lines = 0;
    std::unique_ptr<CallProcessor> m_processor;
    Shadow m_shadow;
    Millis m_now = 1000;
    quint32 m_bootId = 1;
    bool m_resetPending = false;
    int m_index = 0;
    QStringList m_history;
    QString m_fault;
    std::map<EndReason, int> m_reasons;
    int m_served = 0;
};

} // namespace

class TestCallProcessorRandom : public QObject
{
    Q_OBJECT
private slots:
    // Invariants of behaviour.md (R1-R16, B1-B6) under at least 200,000 random events.
    void invariantsHoldUnderRandomTraffic()
    {
        const QByteArray one = qgetenv("SB_SEED");
        const int runs
            = qEnvironmentVariableIsSet("SB_RUNS") ? qEnvironmentVariableIntValue("SB_RUNS") : 40;
        const int perRun = 5000;
        qint64 total = 0, served = 0;
        std::map<EndReason, int> reasons;
        const quint64 base = 20261125;
        for (int i = 0; i < (one.isEmpty() ? runs : 1); ++i) {
            const quint64 seed = one.isEmpty() ? base + quint64(i) : one.toULongLong();
            RandomRun run(seed);
            const QString fault = run.run(perRun);
            QVERIFY2(fault.isEmpty(), qPrintable(fault));
            total += run.eventsSent();
            served += run.served();
            for (const auto &[reason, count] : run.reasons())
                reasons[reason] += count;
        }
        QStringList ends;
        for (const auto &[reason, count] : reasons)
            ends << QStringLiteral("%1 %2").arg(count).arg(toString(reason));
        qInfo("%lld random events checked; %lld times served; requests ended: %s", total, served,
            qPrintable(ends.join(QStringLiteral(", "))));
        // The traffic must reach every way a request can end, or the invariants prove little.
        if (one.isEmpty() && runs >= 40) {
            for (EndReason r : {EndReason::Completed, EndReason::Abandoned, EndReason::NoAnswer,
                     EndReason::Cleared, EndReason::Reset, EndReason::Disabled, EndReason::Expired})
                QVERIFY2(reasons[r] > 0, toString(r));
        }
        if (one.isEmpty() && !qEnvironmentVariableIsSet("SB_RUNS"))
            QVERIFY(total >= 200000);
    }
};

QTEST_GUILESS_MAIN(TestCallProcessorRandom)
#include "tst_callprocessor_random.moc"
