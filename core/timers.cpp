#include "timers.h"

namespace sb::core {

void Timers::schedule(Kind kind, int index, quint64 gen, Millis when)
{
    m_deadlines.push(Deadline {when, m_order++, kind, index, gen});
}

bool Timers::takeDue(Millis now, Deadline *out)
{
    if (m_deadlines.empty() || m_deadlines.top().when > now)
        return false;
    *out = m_deadlines.top();
    m_deadlines.pop();
    return true;
}

} // namespace sb::core
