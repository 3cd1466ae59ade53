#pragma once

#include <cstdint>
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
    /// `digits` as one integer that sorts as the string does (4 bits a character, first
    /// character highest, 0 after the end); false if it has more than 16 characters or one that
    /// is not 0-9, * or #.
    static bool pack(const std::string &digits, std::uint64_t *key);
    Match matchPacked(std::uint64_t key, std::size_t length, int *port) const;

    std::vector<std::pair<std::string, int>> m_numbers; // sorted by number
    // The numbers packed, in the same order: every digit dialed is matched here, and comparing
    // integers costs far less than comparing strings (empty when a number cannot be packed).
    std::vector<std::uint64_t> m_keys;
};

} // namespace sb::core
