#include "serialtransport.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSerialPort>
#include <QSerialPortInfo>

Q_LOGGING_CATEGORY(lcSerial, "switchboard.hal.serial")

namespace sb::hal {

namespace {

/// Why a port that was open went away, in words: Qt's errorString() is the last errno, which
/// after an unplug is often "Inappropriate ioctl for device" (issue 9 item 17).
QString lostReason(QSerialPort::SerialPortError error)
{
    switch (error) {
    case QSerialPort::ResourceError:
        return SerialTransport::tr("the device was unplugged or closed");
    case QSerialPort::ReadError:
        return SerialTransport::tr("reading failed: the device was unplugged or closed");
    case QSerialPort::WriteError:
        return SerialTransport::tr("writing failed: the device was unplugged or closed");
    case QSerialPort::PermissionError:
        return SerialTransport::tr("access was refused");
    default:
        return QString(); // the caller gives Qt's words
    }
}

} // namespace

QList<SerialPortEntry> systemSerialPorts()
{
    QList<SerialPortEntry> out;
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts())
        out.append({info.portName(), info.systemLocation(), info.serialNumber(), info.description(),
            info.manufacturer(), info.hasVendorIdentifier() ? info.vendorIdentifier() : quint16(0),
            info.hasProductIdentifier() ? info.productIdentifier() : quint16(0)});
    return out;
}

SerialTransport::SerialTransport(SerialSettings settings, SerialPortLister lister, QObject *parent)
    : Transport(parent)
    , m_settings(std::move(settings))
    , m_lister(std::move(lister))
    , m_current(m_settings.portName)
{ }

SerialTransport::~SerialTransport()
{
    close();
}

QString SerialTransport::describe() const
{
    return tr("%1 at %2 baud").arg(m_current).arg(m_settings.baudRate);
}

void SerialTransport::open()
{
    if (isOpen())
        return;
    // The adapter may have come back under another name: find it by its serial number.
    const QList<SerialPortEntry> ports = m_lister ? m_lister() : QList<SerialPortEntry>();
    const bool present = QFileInfo::exists(m_settings.portName)
        || std::any_of(ports.begin(), ports.end(), [&](const SerialPortEntry &p) {
               return p.portName == m_settings.portName || p.systemLocation == m_settings.portName;
           });
    m_current = m_settings.portName;
    if (!present && !m_settings.serialNumber.isEmpty()) {
        for (const SerialPortEntry &p : ports) {
            if (p.serialNumber == m_settings.serialNumber) {
                m_current = p.systemLocation.isEmpty() ? p.portName : p.systemLocation;
                qCInfo(lcSerial) << "serial number" << m_settings.serialNumber << "is now at"
                                 << m_current;
                break;
            }
        }
    }
    if (m_settings.serialNumber.isEmpty()) {
        for (const SerialPortEntry &p : ports) {
            if ((p.portName == m_current || p.systemLocation == m_current)
                && !p.serialNumber.isEmpty())
                m_settings.serialNumber = p.serialNumber; // remember it for a later return
        }
    }

    auto *port = new QSerialPort(this);
    port->setPortName(m_current);
    port->setBaudRate(m_settings.baudRate);
    port->setDataBits(QSerialPort::Data8);
    port->setParity(QSerialPort::NoParity);
    port->setStopBits(QSerialPort::OneStop);
    port->setFlowControl(QSerialPort::NoFlowControl);
    if (!port->open(QIODevice::ReadWrite)) {
        const QString reason = tr("cannot open %1: %2").arg(m_current, port->errorString());
        delete port;
        emit failed(reason);
        return;
    }
    m_port = port;
    connect(port, &QSerialPort::readyRead, this, [this] {
        if (m_port)
            emit received(m_port->readAll());
    });
    connect(port, &QSerialPort::errorOccurred, this,
        [this](QSerialPort::SerialPortError e) { onError(int(e)); });
    qCInfo(lcSerial) << "opened" << describe();
    emit opened();
}

void SerialTransport::onError(int error)
{
    switch (QSerialPort::SerialPortError(error)) {
    case QSerialPort::NoError:
    case QSerialPort::UnsupportedOperationError: // ptys reject DTR/RTS: we use neither
    case QSerialPort::TimeoutError:
        return;
    default:
        break;
    }
    // ReadError or ResourceError when the other end goes away; Qt repeats it in a busy loop,
    // so the port is closed at the first one.
    const QString why = lostReason(QSerialPort::SerialPortError(error));
    lost(tr("%1 lost: %2").arg(m_current, why.isEmpty() && m_port ? m_port->errorString() : why));
}

void SerialTransport::lost(const QString &reason)
{
    if (!m_port)
        return;
    close();
    qCWarning(lcSerial) << reason;
    emit closed(reason);
}

void SerialTransport::close()
{
    if (!m_port)
        return;
    QSerialPort *port = m_port;
    m_port = nullptr;
    port->disconnect(this);
    port->close();
    port->deleteLater();
}

bool SerialTransport::isOpen() const
{
    return m_port && m_port->isOpen();
}

void SerialTransport::write(const QByteArray &bytes)
{
    if (m_port && m_port->write(bytes) != bytes.size()) {
        // Reported from the event loop, never inside the caller's write().
        const QString why = tr("%1 lost: %2").arg(m_current, lostReason(QSerialPort::WriteError));
        QMetaObject::invokeMethod(
            this, [this, why] { lost(why); }, Qt::QueuedConnection);
    }
}

} // namespace sb::hal
