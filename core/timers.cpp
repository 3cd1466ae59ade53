#include "timers.h"

namespace sb::core {

void Timers::Fifo::pop()
{
    ++head;
    if (head == items.size()) {
        items.clear();
        head = 0;
    } else if (head >= 256 && head * 2 >= items.size()) {
        // Drop the taken half at once: amortised O(1), and the memory stays bounded.
        items.erase(items.begin(), items.begin() + std::ptrdiff_t(head));
        head = 0;
    }
}

void Timers::schedule(Kind kind, int index, quint64 gen, Millis when)
{
    const Deadline d {when, m_order++, kind, index, gen};
    Fifo &f = m_fifos[size_t(kind)];
    int source = int(kind);
    if (f.empty() || f.items.back().when <= when) {
        f.items.push_back(d);
    } else {
        m_heap.push(d);
        source = heapSource;
    }
    // Only a deadline earlier than the earliest moves it (the newest of its kind never does:
    // it comes last in time and in order).
    if (m_nextSource < 0 || earliest() > d)
        m_nextSource = source;
}

void Timers::findNext()
{
    m_nextSource = m_heap.empty() ? -1 : heapSource;
    for (int k = 0; k < kindCount; ++k) {
        const Fifo &f = m_fifos[size_t(k)];
        if (!f.empty() && (m_nextSource < 0 || earliest() > f.front()))
            m_nextSource = k;
    }
}

bool Timers::takeDue(Millis now, Deadline *out)
{
    if (m_nextSource < 0 || earliest().when > now)
        return false;
    *out = earliest();
    if (m_nextSource == heapSource)
        m_heap.pop();
    else
        m_fifos[size_t(m_nextSource)].pop();
    findNext();
    return true;
}

} // namespace sb::core
