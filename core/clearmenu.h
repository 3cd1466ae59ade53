#pragma once

#include "command.h"
#include "types.h"

#include <vector>

namespace sb::core {

/// The CLEAR menu of each keyset (R14): open or not, its timeout's generation, what it shows
/// and what a digit chooses in it. The displays and the choices themselves are CallProcessor's.
class ClearMenu
{
public:
    /// The menu stays open this long (R14).
    static constexpr Millis timeout = 10000;

    enum class Choice : quint8 {
        None, ///< not a choice: ignored while the menu is open
        ClearCallbacks, ///< 1: cancel every request the extension has left
        ClearForwarding ///< 2: cancel the extension's forwarding
    };

    /// Sizes for ports 1..ports; menus of ports that stay keep their state.
    void resize(int ports);
    /// Closes every menu (a reset controller); pending timeouts go stale.
    void reset();
    bool isOpen(int s) const { return m_menus[s].open; }
    /// Opens the menu; the generation its timeout must carry.
    quint32 open(int s);
    /// Closes the menu (its timeout goes stale); true if it was open.
    bool close(int s);
    /// True if a timeout of this generation is still the open menu's.
    bool isCurrent(int s, quint64 gen) const { return m_menus[s].open && m_menus[s].gen == gen; }

    /// What a digit dialled on-hook chooses.
    static Choice choice(char digit);
    /// Row 0 or 1 of the open menu.
    static DisplayText row(int row);
    /// What the display confirms after a choice (row 0).
    static DisplayText confirmation(Choice choice);

private:
    struct Menu
    {
        bool open = false;
        quint32 gen = 0;
    };
    std::vector<Menu> m_menus; // index = port; 0 unused
};

} // namespace sb::core
