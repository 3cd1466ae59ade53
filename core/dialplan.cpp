#include "dialplan.h"

#include <algorithm>

namespace sb::core {

void DialPlan::clear()
{
    m_numbers.clear();
}

void DialPlan::add(const std::string &number, int port)
{
    m_numbers.emplace_back(number, port);
}

void DialPlan::finish()
{
    std::stable_sort(m_numbers.begin(), m_numbers.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    m_numbers.erase(std::unique(m_numbers.begin(), m_numbers.end(),
                        [](const auto &a, const auto &b) { return a.first == b.first; }),
        m_numbers.end());
}

DialPlan::Match DialPlan::match(const std::string &digits, int *port) const
{
    auto it = std::lower_bound(m_numbers.begin(), m_numbers.end(), digits,
        [](const auto &a, const std::string &d) { return a.first < d; });
    bool complete = false;
    if (it != m_numbers.end() && it->first == digits) {
        complete = true;
        if (port)
            *port = it->second;
        ++it;
    }
    const bool partial = it != m_numbers.end() && it->first.size() > digits.size()
        && it->first.compare(0, digits.size(), digits) == 0;
    if (complete)
        return partial ? Match::CompleteAndPartial : Match::Complete;
    return partial ? Match::Partial : Match::None;
}

int DialPlan::find(const std::string &digits) const
{
    int port = 0;
    const Match m = match(digits, &port);
    return (m == Match::Complete || m == Match::CompleteAndPartial) ? port : 0;
}

} // namespace sb::core
