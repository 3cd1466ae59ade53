#include "simulatorrunner.h"

#include <QRegularExpression>

namespace sb::hal {

SimulatorRunner::SimulatorRunner(const SimulatedController::Options &options, QObject *parent)
    : QObject(parent)
    , m_controller(options)
    , m_timer(this)
    , m_traffic(this)
{
    connect(&m_traffic, &QTimer::timeout, this, [this] {
        // One random person does one plausible thing, as in an office: lift, dial a colleague,
        // press CALLBACK at busy tone, answer, hang up; and now and then an outside call.
        auto rnd = [this](int n) {
            m_trafficSeed = m_trafficSeed * 1103515245u + 12345u;
            return int((m_trafficSeed >> 16) % unsigned(n));
        };
        const int stations = m_controller.options().stations;
        const int s = 2
            + rnd(std::max(1, stations - 1)); // the attendant is left to the person at the console
        // The phones a person operates are theirs alone (issue 9 item 17).
        if (s > stations || m_spared.contains(s))
            return;
        const auto &st = m_controller.station(s);
        const Millis t = now();
        if (rnd(40) == 0 && m_controller.options().lines > 0) {
            const int l = 1 + rnd(m_controller.options().lines);
            if (!m_controller.ringLineIn(l, t))
                m_controller.stopLineIn(l, t);
        } else if (st.cadence) {
            m_controller.offHook(s, t); // answer
        } else if (!st.offHook) {
            const int other = 2 + rnd(std::max(1, stations - 1));
            if (m_spared.contains(other))
                return;
            m_controller.offHook(s, t);
            const QByteArray number
                = QByteArray::number((stations <= 899 ? 100 : 1000) + std::min(other, stations));
            for (char d : number)
                m_controller.dial(s, d, t);
        } else if (st.tone == int(core::Tone::Busy) && rnd(2) == 0) {
            m_controller.key(s, protocol::key::callback, t);
        } else if (rnd(3) == 0 || !st.path) {
            m_controller.onHook(s, t);
        }
        flush();
        emit changed();
    });
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_controller.advanceTo(now());
        flush();
        if (m_controller.takeTimedChange())
            emit changed(); // a camp-on beep ended, say: the phones look again
    });
}

void SimulatorRunner::powerUp()
{
    m_controller.powerUp(now());
    flush();
}

void SimulatorRunner::powerDown()
{
    m_controller.powerDown();
    m_timer.stop();
    emit changed();
}

void SimulatorRunner::feed(const QByteArray &bytes)
{
    m_controller.receive(bytes, now());
    flush();
}

void SimulatorRunner::flush()
{
    const QByteArray wire = m_controller.takeWire();
    if (!wire.isEmpty())
        emit transmit(wire);
    const QStringList log = m_controller.takeLog();
    for (const QString &line : log)
        emit commandReceived(line);
    if (!log.isEmpty())
        emit changed();
    schedule();
}

void SimulatorRunner::schedule()
{
    const Millis next = m_controller.nextDeadline();
    if (next < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qBound(Millis(0), next - now(), Millis(60000))));
}

void SimulatorRunner::queryPhone(int s)
{
    PhoneSnapshot p;
    p.station = s;
    if (m_controller.powered()) {
        for (int l = 1; l <= m_controller.options().lines; ++l) {
            if (m_controller.line(l).ringingIn)
                p.linesRinging.append(l);
            if (m_controller.lineOnHoldMusic(l))
                p.linesOnHold.append(l);
        }
    }
    if (m_controller.powered() && s >= 1 && s <= m_controller.options().stations) {
        const auto &st = m_controller.station(s);
        p.offHook = st.offHook;
        p.ringing = st.cadence;
        p.hearing = int(m_controller.hearing(s, now()));
        p.display[0] = QString::fromLatin1(st.display[0]);
        p.display[1] = QString::fromLatin1(st.display[1]);
        p.callbackLamp = st.lamps[protocol::key::callback];
        p.dndLamp = st.lamps[protocol::key::dnd];
        p.talkingWith = m_controller.talkingWith(s);
        for (int l = 1; l <= std::min(m_controller.options().lines, protocol::key::lineKeys); ++l)
            p.lineLamps.append(st.lamps[protocol::key::line(l)]);
        p.campOnMs = int(m_controller.campOnLeft(s, now()));
    }
    emit phoneState(p);
}

void SimulatorRunner::setTrafficSpared(const QVector<int> &stations)
{
    m_spared = stations;
}

void SimulatorRunner::setTraffic(int callsPerMinute)
{
    if (callsPerMinute <= 0) {
        m_traffic.stop();
        return;
    }
    // About three actions make a call: lift, dial, hang up.
    m_traffic.start(std::max(5, 60000 / (callsPerMinute * 3)));
}

QString SimulatorRunner::act(const QString &line)
{
    const QStringList w = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (w.isEmpty())
        return QString();
    const QString verb = w.at(0).toLower();
    auto number
        = [&](int i, bool *ok) { return i < w.size() ? w.at(i).toInt(ok) : (*ok = false, 0); };
    bool ok = false;
    bool done = false;
    const Millis t = now();
    if (verb == QLatin1String("power")) {
        if (w.value(1) == QLatin1String("off"))
            powerDown();
        else if (w.value(1) == QLatin1String("on"))
            powerUp();
        else
            return tr("power takes on or off");
        return QString();
    }
    if (verb == QLatin1String("ring") || verb == QLatin1String("stop")
        || verb == QLatin1String("drop")) {
        // "ring line 2", "stop line 2", "drop line 2"
        const int l = number(2, &ok);
        if (w.value(1) != QLatin1String("line") || !ok)
            return tr("say '%1 line N'").arg(verb);
        done = verb == QLatin1String("ring") ? m_controller.ringLineIn(l, t)
            : verb == QLatin1String("stop")  ? m_controller.stopLineIn(l, t)
                                             : m_controller.dropLine(l, t);
        if (!done)
            return tr("line %1 cannot do that now").arg(l);
        flush();
        return QString();
    }
    const int s = number(1, &ok);
    if (!ok)
        return tr("'%1' needs a station number").arg(verb);
    if (verb == QLatin1String("off-hook") || verb == QLatin1String("offhook")) {
        done = m_controller.offHook(s, t);
    } else if (verb == QLatin1String("on-hook") || verb == QLatin1String("onhook")) {
        done = m_controller.onHook(s, t);
    } else if (verb == QLatin1String("dial")) {
        const QString digits = w.value(2);
        if (digits.isEmpty()
            || !QRegularExpression(QStringLiteral("^[0-9*#]+$")).match(digits).hasMatch())
            return tr("dial takes digits 0-9, * and #");
        done = true;
        for (const QChar c : digits)
            done = m_controller.dial(s, char(c.unicode()), t) && done;
    } else if (verb == QLatin1String("key")) {
        const quint8 code = protocol::key::fromName(w.value(2));
        if (!code)
            return tr("keys are CALLBACK, CLEAR, DND, FLASH, HOLD, TRANSFER, LINE1 to LINE16");
        done = m_controller.key(s, code, t);
    } else {
        return tr("unknown action '%1'").arg(verb);
    }
    if (!done)
        return tr("station %1 cannot do that now").arg(s);
    flush();
    emit changed();
    return QString();
}

} // namespace sb::hal
