#pragma once

#include "types.h"

#include <array>
#include <queue>
#include <vector>

namespace sb::core {

/// The engine's timers: deadlines in time order (ties in the order they were set). A deadline
/// names what it is for and a generation; the owner ignores one whose generation is stale, so
/// nothing is ever cancelled here. No clock: the caller says what time it is.
class Timers
{
public:
    /// What a deadline is for.
    enum class Kind : quint8 {
        Dial, ///< dial tone or an unfinished number (index = station)
        Menu, ///< the CLEAR menu closes (R14; index = station)
        DisplayClear, ///< a confirmation leaves the display (index = station)
        Guard, ///< the guard delay has passed (X2; index = station)
        CampRingback, ///< the confirm burst is over (R9; index = request slot)
        Expiry, ///< a request is old enough to expire (X1; index = request slot)
        LineRecall ///< hold recall, transfer recall or recall not answered (T2, T7; index = line)
    };
    static constexpr int kindCount = int(Kind::LineRecall) + 1;

    struct Deadline
    {
        Millis when;
        quint64 order;
        Kind kind;
        int index;
        quint64 gen;
        bool operator>(const Deadline &o) const
        {
            return when != o.when ? when > o.when : order > o.order;
        }
    };

    /// Sets a deadline at `when` for `kind` at `index` with generation `gen`.
    void schedule(Kind kind, int index, quint64 gen, Millis when);
    /// The earliest deadline, or -1 if none is set.
    Millis next() const { return m_nextSource < 0 ? -1 : earliest().when; }
    /// Takes the earliest deadline if it is due at `now`.
    bool takeDue(Millis now, Deadline *out);

private:
    /// Deadlines of one kind set in time order, oldest first (a ring that compacts itself).
    struct Fifo
    {
        std::vector<Deadline> items;
        size_t head = 0;
        bool empty() const { return head == items.size(); }
        const Deadline &front() const { return items[head]; }
        void pop();
    };
    void findNext();
    /// The earliest deadline (m_nextSource >= 0).
    const Deadline &earliest() const
    {
        return m_nextSource == heapSource ? m_heap.top() : m_fifos[size_t(m_nextSource)].front();
    }
    static constexpr int heapSource = kindCount;

    // Almost every deadline is "now + a fixed delay" of its kind, so each kind's deadlines come
    // in time order: they queue in O(1) in that kind's FIFO. One set earlier than the last of
    // its kind (a programmed delay made shorter) goes to the heap. The earliest is the least of
    // the FIFOs' fronts and the heap's top; where it is is kept, so that the usual "nothing due
    // yet" costs one comparison per event.
    std::array<Fifo, kindCount> m_fifos;
    std::priority_queue<Deadline, std::vector<Deadline>, std::greater<Deadline>> m_heap;
    int m_nextSource = -1; ///< the FIFO (its kind) or heapSource holding the earliest; -1: none
    quint64 m_order = 0;
};

} // namespace sb::core
