#include "digitcollector.h"

#include <algorithm>

namespace sb::core {

namespace {

DigitCollector::Result act(DigitCollector::Action a, int port = 0)
{
    return DigitCollector::Result {a, port, 0};
}

DigitCollector::Result wait(Millis t)
{
    return DigitCollector::Result {DigitCollector::Action::Wait, 0, t};
}

} // namespace

void DigitCollector::resize(int ports)
{
    m_stations.resize(size_t(std::max(0, ports)) + 1);
}

quint32 DigitCollector::start(int s)
{
    m_stations[s].digits.clear();
    return ++m_stations[s].gen;
}

void DigitCollector::reset()
{
    for (Station &x : m_stations) {
        x.digits.clear();
        ++x.gen;
    }
}

void DigitCollector::stop(int s)
{
    m_stations[s].digits.clear();
    ++m_stations[s].gen;
}

DigitCollector::Result DigitCollector::interpret(int s, bool final) const
{
    const std::string &d = m_stations[s].digits;
    if (d.empty() || d.size() > 16) // nothing dialed within the dial timeout, or too much
        return act(Action::Refuse);
    if (d[0] == '*' || d[0] == '#') {
        if (d.size() == 1)
            return wait(dialTimeout);
        if (d == "*1")
            return act(Action::DndOn);
        if (d == "#1")
            return act(Action::DndOff);
        if (d == "#2")
            return act(Action::ClearForwarding);
        if (d == "#0")
            return act(Action::ClearCallbacks); // R14
        if (d.compare(0, 2, "*2") != 0)
            return act(Action::Refuse);
        if (d.size() == 2)
            return wait(dialTimeout);
        int port = 0;
        const DialPlan::Match m = m_plan.match(d.substr(2), &port);
        if (m == DialPlan::Match::Complete || (m == DialPlan::Match::CompleteAndPartial && final))
            return act(Action::Forward, port); // B4
        if (m == DialPlan::Match::CompleteAndPartial)
            return wait(criticalTimeout);
        if (m == DialPlan::Match::Partial && !final)
            return wait(dialTimeout);
        return act(Action::Refuse);
    }
    int port = 0;
    const DialPlan::Match m = m_plan.match(d, &port);
    if (d == "9") {
        // B5: 9 seizes a line, unless extension numbers start with 9 too (then the critical timer).
        return m == DialPlan::Match::None || final ? act(Action::Line) : wait(criticalTimeout);
    }
    switch (m) {
    case DialPlan::Match::Complete:
        return act(Action::Call, port);
    case DialPlan::Match::CompleteAndPartial:
        return final ? act(Action::Call, port) : wait(criticalTimeout);
    case DialPlan::Match::Partial:
        return final ? act(Action::Refuse) : wait(dialTimeout);
    case DialPlan::Match::None:
        break;
    }
    return act(Action::Refuse); // B1: unknown number
}

} // namespace sb::core
