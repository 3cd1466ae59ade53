#include "usbargument.h"

namespace sb::app {

UsbArgument UsbArgument::take(QStringList *arguments)
{
    UsbArgument usb;
    QStringList &args = *arguments;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--usb")) {
            usb.wanted = true;
            if (i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1Char('-'))) {
                usb.value = args.at(i + 1);
                args.removeAt(i + 1);
            }
            args.removeAt(i--);
        } else if (a.startsWith(QLatin1String("--usb="))) {
            usb.wanted = true;
            usb.value = a.mid(6);
            args.removeAt(i--);
        }
    }
    return usb;
}

} // namespace sb::app
