#include "clearmenu.h"

#include <algorithm>

namespace sb::core {

namespace {

DisplayText text(const char *a)
{
    DisplayText t;
    t.append(a);
    return t;
}

} // namespace

void ClearMenu::resize(int ports)
{
    m_menus.resize(size_t(std::max(0, ports)) + 1);
}

void ClearMenu::reset()
{
    for (Menu &m : m_menus) {
        m.open = false;
        ++m.gen;
    }
}

quint32 ClearMenu::open(int s)
{
    m_menus[s].open = true;
    return ++m_menus[s].gen;
}

bool ClearMenu::close(int s)
{
    const bool was = m_menus[s].open;
    m_menus[s].open = false;
    ++m_menus[s].gen;
    return was;
}

ClearMenu::Choice ClearMenu::choice(char digit)
{
    switch (digit) {
    case '1':
        return Choice::ClearCallbacks;
    case '2':
        return Choice::ClearForwarding;
    default:
        return Choice::None;
    }
}

DisplayText ClearMenu::row(int row)
{
    return text(row == 0 ? "1 Clear callbacks" : "2 Clear forwarding");
}

DisplayText ClearMenu::confirmation(Choice choice)
{
    return text(choice == Choice::ClearCallbacks ? "Callbacks cleared" : "Forwarding cleared");
}

} // namespace sb::core
