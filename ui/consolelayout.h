#pragma once

#include "extensiondelegate.h"
#include "extensionfilter.h"

#include <QByteArray>
#include <QString>

namespace sb::ui {

/// The console's layout as one user left it (issue 12 item 4): the grid's density and filter,
/// the side pane's width (the splitter's state) and the view chosen. Kept in an INI file, a
/// group per user (client::Client::owner()), written atomically (storage::SettingsFile).
struct ConsoleLayout
{
    ExtensionDelegate::Density density = ExtensionDelegate::Density::Comfortable;
    ExtensionFilter::Show show = ExtensionFilter::Show::All;
    QByteArray splitter; ///< QSplitter::saveState(), or empty for the default widths
    bool supervisor = false; ///< the supervisor's view (the supervisor role permitting)
    int tab = 0; ///< the main tab shown (extensions, supervisor, …)
    int sideTab = 0; ///< the side pane's tab shown (details, outside lines, phones)

    /// `owner`'s layout in `file`; the defaults for what is missing, unknown or unreadable.
    static ConsoleLayout load(const QString &file, const QString &owner);
    /// Writes `owner`'s layout to `file`, keeping the other users'; an empty string or why it
    /// was not written.
    QString save(const QString &file, const QString &owner) const;
    /// The file the program keeps layouts in: layout.ini in the user's configuration folder.
    static QString defaultFile();

    bool operator==(const ConsoleLayout &o) const
    {
        return density == o.density && show == o.show && splitter == o.splitter
            && supervisor == o.supervisor && tab == o.tab && sideTab == o.sideTab;
    }
    bool operator!=(const ConsoleLayout &o) const { return !(*this == o); }
};

} // namespace sb::ui
