#include "controllerinfo.h"

namespace sb::hal {

QString ControllerInfo::describe() const
{
    return QStringLiteral("%1 fw %2.%3, %4 stations, %5 lines")
        .arg(model)
        .arg(firmware >> 8)
        .arg(firmware & 0xff)
        .arg(stations)
        .arg(lines);
}

} // namespace sb::hal
