#include "linebank.h"

#include <algorithm>

namespace sb::core {

namespace {

bool contains(const std::vector<int> &v, int x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}

} // namespace

void LineBank::resize(int lines)
{
    m_lines.resize(size_t(std::max(0, lines)) + 1);
    m_forAttendant.erase(std::remove_if(m_forAttendant.begin(), m_forAttendant.end(),
                             [&](int l) { return !valid(l); }),
        m_forAttendant.end());
}

void LineBank::clearAssignments(int stations)
{
    for (Line &l : m_lines)
        l.stations.clear();
    for (std::vector<int> &v : m_linesOf)
        v.clear();
    m_linesOf.resize(size_t(std::max(0, stations)) + 1);
}

void LineBank::assign(int l, int s)
{
    if (!valid(l) || s < 1 || s >= int(m_linesOf.size()) || contains(m_linesOf[s], l))
        return;
    m_linesOf[s].push_back(l);
    m_lines[l].stations.push_back(s);
}

void LineBank::set(int l, State state, int station, Millis now)
{
    Line &ln = m_lines[l];
    if (ln.state != state || ln.station != station)
        ln.since = now;
    ln.state = state;
    ln.station = station;
    ln.request = -1;
    ln.target = 0;
    m_due -= int(ln.recallDue);
    ln.recallDue = false;
    ln.rung = false;
}

void LineBank::setTransfer(int l, int s, int target, int slot, Millis now)
{
    set(l, State::Transfer, s, now);
    m_lines[l].target = target;
    m_lines[l].request = slot;
}

LampMode LineBank::lampFor(State s)
{
    switch (s) {
    case State::Free:
    case State::Reserved:
        return LampMode::Off;
    case State::RingingIn:
        return LampMode::FastFlash;
    case State::Seized:
        return LampMode::On;
    case State::Held:
    case State::Transfer:
    case State::Recall:
        return LampMode::SlowFlash;
    }
    return LampMode::Off;
}

bool LineBank::setLamp(int l, LampMode mode)
{
    if (m_lines[l].lamp == mode)
        return false;
    m_lines[l].lamp = mode;
    return true;
}

int LineBank::heldAt(int s) const
{
    for (int l = 1; l <= count(); ++l) {
        if (m_lines[l].state == State::Held && m_lines[l].station == s)
            return l;
    }
    return 0;
}

int LineBank::takeForAttendant()
{
    if (m_forAttendant.empty())
        return 0;
    const int l = m_forAttendant.front();
    m_forAttendant.erase(m_forAttendant.begin());
    return l;
}

bool LineBank::removeForAttendant(int l)
{
    auto it = std::find(m_forAttendant.begin(), m_forAttendant.end(), l);
    if (it == m_forAttendant.end())
        return false;
    m_forAttendant.erase(it);
    return true;
}

bool LineBank::waitsForAttendant(int l) const
{
    return contains(m_forAttendant, l);
}

void LineBank::setReservation(int l, int s, int slot, Millis now)
{
    set(l, State::Reserved, s, now);
    m_lines[l].request = slot;
}

void LineBank::startRinging(int l, Millis now)
{
    set(l, State::RingingIn, 0, now);
    m_lines[l].ringingSince = now;
    m_lines[l].ringing.clear();
}

bool LineBank::addRinging(int l, int s)
{
    std::vector<int> &v = m_lines[l].ringing;
    if (contains(v, s))
        return false;
    v.push_back(s);
    return true;
}

bool LineBank::removeRinging(int l, int s)
{
    std::vector<int> &v = m_lines[l].ringing;
    auto it = std::find(v.begin(), v.end(), s);
    if (it == v.end())
        return false;
    v.erase(it);
    return true;
}

std::vector<int> LineBank::takeRinging(int l)
{
    std::vector<int> out = std::move(m_lines[l].ringing);
    m_lines[l].ringing.clear();
    return out;
}

bool LineBank::isRinging(int l, int s) const
{
    return contains(m_lines[l].ringing, s);
}

void LineBank::reset(Millis now)
{
    for (Line &ln : m_lines) {
        if (ln.state != State::Free || ln.station)
            ln.since = now;
        ln.state = State::Free;
        ln.station = 0;
        ln.request = -1;
        ln.target = 0;
        ln.recallDue = ln.rung = false;
        ++ln.gen;
        ln.lamp = LampMode::Off; // a reset controller's lamps are dark
        ln.ringing.clear();
    }
    m_forAttendant.clear();
    m_due = 0;
}

int LineBank::firstFree() const
{
    for (int l = 1; l <= count(); ++l) {
        if (m_lines[l].state == State::Free)
            return l;
    }
    return 0;
}

int LineBank::longestRinging(int s) const
{
    // B6: the line that has rung longest is answered.
    int best = 0;
    for (int l : m_linesOf[s]) {
        const Line &ln = m_lines[l];
        if (ln.state == State::RingingIn && contains(ln.ringing, s)
            && (!best || ln.ringingSince < m_lines[best].ringingSince))
            best = l;
    }
    return best;
}

LineStatus LineBank::status(int n) const
{
    LineStatus status;
    if (!valid(n))
        return status;
    const Line &ln = m_lines[n];
    status.line = n;
    status.since = ln.since;
    switch (ln.state) {
    case State::Free:
        status.activity = LineActivity::Free;
        break;
    case State::RingingIn:
        status.activity = LineActivity::Ringing;
        status.station = ln.ringing.empty() ? 0 : ln.ringing.front();
        return status;
    case State::Seized:
        status.activity = LineActivity::Talking;
        break;
    case State::Reserved:
        status.activity = LineActivity::Reserved;
        break;
    case State::Held:
        status.activity = LineActivity::Held;
        break;
    case State::Transfer:
        status.activity = LineActivity::InTransfer;
        status.target = ln.target;
        break;
    case State::Recall:
        status.activity = LineActivity::Recall;
        break;
    }
    status.station = ln.station;
    return status;
}

} // namespace sb::core
