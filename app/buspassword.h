#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace sb::app {

/// The console's broker password: asked in a dialog, remembered only in the desktop keyring
/// (QtKeychain), never on the command line nor in a file. Without a keyring (a CI machine, a
/// bare X session) reading and storing fail cleanly: the dialog asks each time.
class BusPassword
{
public:
    /// The keyring's entry for a user on a broker and system.
    static QString key(const QString &user, const QString &url, const QString &system);
    /// The password kept in the keyring under `key`, or nothing (none kept, or no keyring).
    /// Waits for the keyring at start, before any window.
    static std::optional<QString> fromKeyring(const QString &key);
    /// Keeps the password in the keyring (after the broker accepted it); a failure is said on
    /// standard error and nothing is stored anywhere else.
    static void remember(const QString &key, const QString &password);
    /// Forgets a password the broker refused.
    static void forget(const QString &key);
    /// Asks for the password in a dialog; nothing when cancelled. `problem` says why it asks
    /// again (the broker refused the last one).
    static std::optional<QString> ask(const QString &user, const QString &url,
        const QString &problem = QString(), QWidget *parent = nullptr);
};

} // namespace sb::app
