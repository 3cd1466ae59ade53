#include "connection.h"

namespace sb::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
};

} // namespace

bool Connection::operator==(const Connection &o) const
{
    if (kind != o.kind)
        return false;
    switch (kind) {
    case Kind::Simulated:
        return stations == o.stations && lines == o.lines;
    case Kind::Serial:
        return serialPort == o.serialPort && serialNumber == o.serialNumber && baud == o.baud;
    case Kind::Usb:
        return vendorId == o.vendorId && productId == o.productId;
    }
    return true;
}

QString usbId(quint16 vendorId, quint16 productId)
{
    return QStringLiteral("%1:%2")
        .arg(vendorId, 4, 16, QLatin1Char('0'))
        .arg(productId, 4, 16, QLatin1Char('0'));
}

QString Connection::describe() const
{
    switch (kind) {
    case Kind::Simulated:
        // Two counts, each with its plural forms ("1 line", not "1 lines").
        return Text::tr("simulated controller, %1 and %2")
            .arg(Text::tr("%n station(s)", nullptr, stations),
                Text::tr("%n line(s)", nullptr, lines));
    case Kind::Serial:
        return Text::tr("serial port %1 at %2 baud").arg(serialPort).arg(baud);
    case Kind::Usb:
        return Text::tr("USB device %1").arg(usbId(vendorId, productId));
    }
    return QString();
}

QList<qint32> Connection::baudRates()
{
    return {9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600};
}

QString Connection::problem() const
{
    switch (kind) {
    case Kind::Simulated:
        if (stations < 2 || stations > 9999)
            return Text::tr("stations: %1 is not 2 to 9999").arg(stations);
        if (lines < 0 || lines > 16)
            return Text::tr("lines: %1 is not 0 to 16").arg(lines);
        return QString();
    case Kind::Serial:
        if (serialPort.trimmed().isEmpty())
            return Text::tr("serial port: choose one, or type its device (/dev/ttyUSB0)");
        if (!baudRates().contains(baud))
            return Text::tr("rate: %1 baud is not one of 9600 to 921600").arg(baud);
        return QString();
    case Kind::Usb:
        if (vendorId == 0 || productId == 0)
            return Text::tr("USB device: choose one, or type its VID:PID (1209:4b54)");
        return QString();
    }
    return QString();
}

QString SerialPortChoice::text() const
{
    QStringList about;
    if (vendorId != 0)
        about << usbId(vendorId, productId);
    if (!serialNumber.isEmpty())
        about << Text::tr("serial %1").arg(serialNumber);
    QString out = location;
    const QString what = description.isEmpty() ? manufacturer : description;
    if (!what.isEmpty())
        out += QStringLiteral(" · ") + what;
    if (!about.isEmpty())
        out += QStringLiteral(" (") + about.join(QStringLiteral(", ")) + QLatin1Char(')');
    return out;
}

QString UsbDeviceChoice::text() const
{
    QString out = usbId(vendorId, productId);
    if (!description.isEmpty())
        out += QStringLiteral(" · ") + description;
    return out + QLatin1Char(' ') + Text::tr("(bus %1, device %2)").arg(bus).arg(address);
}

} // namespace sb::core
