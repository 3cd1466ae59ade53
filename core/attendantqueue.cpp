#include "attendantqueue.h"

#include <algorithm>

namespace sb::core {

void AttendantQueue::resize(int ports)
{
    m_links.assign(size_t(std::max(0, ports)) + 1, Links());
}

void AttendantQueue::clear()
{
    std::fill(m_links.begin(), m_links.end(), Links());
}

void AttendantQueue::push(int attendant, int caller)
{
    Links &y = m_links[attendant];
    Links &x = m_links[caller];
    x.prev = y.tail;
    x.next = 0;
    if (y.tail)
        m_links[y.tail].next = caller;
    else
        y.head = caller;
    y.tail = caller;
}

void AttendantQueue::remove(int attendant, int caller)
{
    Links &y = m_links[attendant];
    Links &x = m_links[caller];
    if (x.prev)
        m_links[x.prev].next = x.next;
    else
        y.head = x.next;
    if (x.next)
        m_links[x.next].prev = x.prev;
    else
        y.tail = x.prev;
    x.prev = x.next = 0;
}

int AttendantQueue::takeFirst(int attendant)
{
    const int a = m_links[attendant].head;
    if (a)
        remove(attendant, a);
    return a;
}

} // namespace sb::core
