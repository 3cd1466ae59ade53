#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sb::core {

/// How Switchboard reaches the controller: what the connection page edits.
struct Connection
{
    enum class Kind { Simulated, Serial, Usb };
    Kind kind = Kind::Simulated;
    QString serialPort; ///< "/dev/ttyUSB0"
    QString serialNumber; ///< the adapter's USB serial number: finds it again under another name
    qint32 baud = 115200;
    quint16 vendorId = 0x1209;
    quint16 productId = 0x4b54;
    int stations = 32; ///< the simulated controller's size
    int lines = 8;

    bool operator==(const Connection &o) const;
    bool operator!=(const Connection &o) const { return !(*this == o); }
    /// "serial port /dev/ttyUSB0 at 115200 baud", in the interface language.
    QString describe() const;
    /// What is wrong with it, naming the field, or an empty string.
    QString problem() const;
    /// The serial rates offered (controller-link.md section 1).
    static QList<qint32> baudRates();
};

/// A serial port present on this PC, as discovery found it.
struct SerialPortChoice
{
    QString location; ///< "/dev/ttyUSB0"
    QString description; ///< "FT232R USB UART"
    QString manufacturer;
    QString serialNumber;
    quint16 vendorId = 0; ///< 0 when it is not a USB adapter
    quint16 productId = 0;
    /// "/dev/ttyUSB0 · FT232R USB UART (0403:6001, serial A12345)".
    QString text() const;
};

/// A USB device present on this PC.
struct UsbDeviceChoice
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    QString description; ///< manufacturer and product strings, when the device could be read
    int bus = 0;
    int address = 0;
    /// "1209:4b54 · Switchboard controller (bus 1, device 5)".
    QString text() const;
};

/// What discovery found.
struct Devices
{
    QList<SerialPortChoice> serialPorts;
    QList<UsbDeviceChoice> usbDevices;
};

/// "1209:4b54", the way lsusb and --usb write it.
QString usbId(quint16 vendorId, quint16 productId);

} // namespace sb::core
