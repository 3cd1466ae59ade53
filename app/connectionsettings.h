#pragma once

#include "options.h"

#include "ui/connection.h"

#include <functional>
#include <optional>

namespace sb::app {

/// The connection an installer chose on the connection page, kept in installer.ini beside the
/// programming file, and its translation to and from the command line's options.
class ConnectionSettings
{
public:
    static ui::Connection fromOptions(const Options &options);
    /// Sets the transport part of `options` (the rest is kept).
    static void toOptions(const ui::Connection &connection, Options *options);
    /// The kept connection; nothing when none was kept. A kept one that is not valid is named in
    /// `problem` and not returned.
    static std::optional<ui::Connection> load(const QString &iniFile, QString *problem = nullptr);
    /// Checked and atomic (storage::SettingsFile, 0600); `beforeCommit` runs once the new file is
    /// written, before it replaces the old one, and an error from it keeps the old one. Returns
    /// an empty string or what went wrong (then the file is as it was).
    static QString save(const QString &iniFile, const ui::Connection &connection,
        const std::function<QString()> &beforeCommit = {});
};

} // namespace sb::app
