// Holding and transferring outside calls (behaviour.md T1-T9).
#include "callprocessor.h"

namespace sb::core {

ActionResult CallProcessor::transferAttendantCall(int toPort, Millis now, int attendant)
{
    m_now = now;
    Q_UNUSED(attendant);
    return valid(toPort) ? ActionResult::NotPossible : ActionResult::NotFound;
}

ActionResult CallProcessor::lineToAttendant(int line, Millis now)
{
    m_now = now;
    return m_lines.valid(line) ? ActionResult::NotPossible : ActionResult::NotFound;
}

} // namespace sb::core
