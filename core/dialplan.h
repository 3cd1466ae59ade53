#pragma once

#include <string>
#include <utility>
#include <vector>

namespace sb::core {

/// Extension numbers to station ports, with the prefix test that digit collection needs.
class DialPlan
{
public:
    enum class Match { None, Partial, Complete, CompleteAndPartial };

    void clear();
    /// Adds a number; a number already present keeps its first port.
    void add(const std::string &number, int port);
    /// Call once after the adds.
    void finish();

    /// How `digits` relates to the numbers: none, a prefix of some, exactly one, or both.
    Match match(const std::string &digits, int *port) const;
    /// The port of this exact number, or 0.
    int find(const std::string &digits) const;

private:
    std::vector<std::pair<std::string, int>> m_numbers; // sorted by number
};

} // namespace sb::core
