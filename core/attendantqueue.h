#pragma once

#include <vector>

namespace sb::core {

/// The callers waiting for each attendant (B3): the attendant is never busy; its callers hear
/// ringback and are offered in the order they called, one at a time. Ports index both sides.
class AttendantQueue
{
public:
    /// Sizes for ports 1..ports and empties every queue.
    void resize(int ports);
    /// Empties every queue (a reset controller).
    void clear();
    bool isEmpty(int attendant) const { return m_links[attendant].head == 0; }
    /// The caller waiting longest for this attendant, or 0.
    int first(int attendant) const { return m_links[attendant].head; }
    /// The caller waits last in line.
    void push(int attendant, int caller);
    /// The caller stops waiting (hung up).
    void remove(int attendant, int caller);
    /// Takes the caller waiting longest, or 0.
    int takeFirst(int attendant);

private:
    struct Links
    {
        int head = 0, tail = 0; // as attendant
        int prev = 0, next = 0; // as caller
    };
    std::vector<Links> m_links; // index = port; 0 unused
};

} // namespace sb::core
