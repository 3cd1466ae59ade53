#pragma once

#include <QStringList>

namespace sb::app {

/// --usb takes an optional value ("--usb", "--usb 1209:4b54", "--usb=1209:4b54"), which
/// QCommandLineParser cannot express: it is taken out of the arguments before they are parsed.
struct UsbArgument
{
    bool wanted = false;
    QString value; ///< empty: the default device

    /// Removes every --usb (and its value) from `arguments`, up to a "--".
    static UsbArgument take(QStringList *arguments);
};

} // namespace sb::app
