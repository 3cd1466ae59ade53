#pragma once

#include "transport.h"

#include <QList>

#include <functional>

class QSerialPort;

namespace sb::hal {

/// Serial settings, copied into the transport.
struct SerialSettings
{
    QString portName; ///< /dev/ttyUSB0, /dev/ttyACM0, a pty …
    qint32 baudRate = 115200; ///< 9600 to 921600
    QString serialNumber; ///< USB serial number, to find the port again under another name
};

/// One serial port as discovery sees it.
struct SerialPortEntry
{
    QString portName; ///< as given to QSerialPort ("ttyUSB0" or a full path)
    QString systemLocation;
    QString serialNumber;
    QString description;
    QString manufacturer;
    quint16 vendorId = 0; ///< 0 when the port is not on USB
    quint16 productId = 0;
};

/// Lists the serial ports present; tests replace it.
using SerialPortLister = std::function<QList<SerialPortEntry>()>;

/// The ports QSerialPortInfo finds.
QList<SerialPortEntry> systemSerialPorts();

/// The controller on a serial port (RS-232 or USB CDC-ACM): 8N1, no flow control, no modem lines.
class SerialTransport : public Transport
{
    Q_OBJECT
public:
    static constexpr qint32 minBaud = 9600;
    static constexpr qint32 maxBaud = 921600;

    explicit SerialTransport(SerialSettings settings, SerialPortLister lister = systemSerialPorts,
        QObject *parent = nullptr);
    ~SerialTransport() override;

    void open() override;
    void close() override;
    bool isOpen() const override;
    void write(const QByteArray &bytes) override;
    QString describe() const override;

    /// The port in use now (it may have come back under another name).
    QString currentPortName() const { return m_current; }

private:
    void onError(int error);
    void lost(const QString &reason);

    SerialSettings m_settings;
    SerialPortLister m_lister;
    QSerialPort *m_port = nullptr;
    QString m_current;
};

} // namespace sb::hal
