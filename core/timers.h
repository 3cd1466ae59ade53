#pragma once

#include "types.h"

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
    Millis next() const { return m_deadlines.empty() ? -1 : m_deadlines.top().when; }
    /// Takes the earliest deadline if it is due at `now`.
    bool takeDue(Millis now, Deadline *out);

private:
    std::priority_queue<Deadline, std::vector<Deadline>, std::greater<Deadline>> m_deadlines;
    quint64 m_order = 0;
};

} // namespace sb::core
