#pragma once

#include "core/connection.h"

#include <functional>
#include <optional>

namespace sb::service {

/// The connection an installer chose on the connection page, kept in installer.ini beside the
/// programming file.
class ConnectionSettings
{
public:
    /// The kept connection; nothing when none was kept. A kept one that is not valid is named in
    /// `problem` and not returned.
    static std::optional<core::Connection> load(const QString &iniFile, QString *problem = nullptr);
    /// Checked and atomic (storage::SettingsFile, 0600); `beforeCommit` runs once the new file is
    /// written, before it replaces the old one, and an error from it keeps the old one. Returns
    /// an empty string or what went wrong (then the file is as it was).
    static QString save(const QString &iniFile, const core::Connection &connection,
        const std::function<QString()> &beforeCommit = {});
};

} // namespace sb::service
