#include "dialplan.h"

#include <algorithm>

namespace sb::core {

void DialPlan::clear()
{
    m_numbers.clear();
    m_keys.clear();
}

bool DialPlan::pack(const std::string &digits, std::uint64_t *key)
{
    if (digits.size() > 16)
        return false;
    std::uint64_t k = 0;
    int shift = 60;
    for (const char c : digits) {
        // Codes in the characters' own order ('#' < '*' < '0' … '9'), 0 reserved for the end.
        std::uint64_t code;
        if (c >= '0' && c <= '9')
            code = std::uint64_t(c - '0') + 3;
        else if (c == '*')
            code = 2;
        else if (c == '#')
            code = 1;
        else
            return false;
        k |= code << shift;
        shift -= 4;
    }
    *key = k;
    return true;
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
    m_keys.clear();
    m_keys.reserve(m_numbers.size());
    for (const auto &n : m_numbers) {
        std::uint64_t key = 0;
        if (!pack(n.first, &key)) {
            m_keys.clear(); // a number that does not pack: every match compares strings
            return;
        }
        m_keys.push_back(key);
    }
}

DialPlan::Match DialPlan::matchPacked(std::uint64_t key, std::size_t length, int *port) const
{
    auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key);
    bool complete = false;
    if (it != m_keys.end() && *it == key) {
        complete = true;
        if (port)
            *port = m_numbers[size_t(it - m_keys.begin())].second;
        ++it;
    }
    // A longer number starting with the digits: its top 4*length bits are the digits'.
    const std::uint64_t mask
        = length >= 16 ? ~std::uint64_t(0) : ~(~std::uint64_t(0) >> (4 * length));
    const bool partial = it != m_keys.end() && *it != key && (*it & mask) == key;
    if (complete)
        return partial ? Match::CompleteAndPartial : Match::Complete;
    return partial ? Match::Partial : Match::None;
}

DialPlan::Match DialPlan::match(const std::string &digits, int *port) const
{
    std::uint64_t key = 0;
    if (!m_keys.empty() && pack(digits, &key))
        return matchPacked(key, digits.size(), port);
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
