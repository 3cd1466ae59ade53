#include "usbtransport.h"

#include <QFile>
#include <QLoggingCategory>
#include <QThread>

#include <libusb.h>

#include <cstring>

Q_LOGGING_CATEGORY(lcUsb, "switchboard.hal.usb")

namespace sb::hal {

namespace {

QString usbError(int code)
{
    return QString::fromUtf8(libusb_strerror(code));
}

} // namespace

UsbTransport::UsbTransport(UsbSettings settings, QObject *parent)
    : Transport(parent)
    , m_settings(settings)
{
    const int rc = libusb_init(&m_context);
    if (rc != LIBUSB_SUCCESS) {
        m_initError = tr("USB is not available: %1").arg(usbError(rc));
        m_context = nullptr;
        return;
    }
    if (libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG)) {
        const int hp = libusb_hotplug_register_callback(
            m_context,
            libusb_hotplug_event(
                LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
            LIBUSB_HOTPLUG_NO_FLAGS, m_settings.vendorId, m_settings.productId,
            LIBUSB_HOTPLUG_MATCH_ANY,
            [](libusb_context *ctx, libusb_device *dev, libusb_hotplug_event event, void *self) {
                return hotplugCallback(ctx, dev, int(event), self);
            },
            this, &m_hotplugHandle);
        m_hotplug = hp == LIBUSB_SUCCESS;
    }
    startEvents();
}

UsbTransport::~UsbTransport()
{
    close();
    if (m_context) {
        if (m_hotplug)
            libusb_hotplug_deregister_callback(m_context, m_hotplugHandle);
        m_stopEvents = true;
        libusb_interrupt_event_handler(m_context);
        if (m_events.joinable())
            m_events.join();
        libusb_exit(m_context);
    }
}

void UsbTransport::startEvents()
{
    // libusb's events on their own thread, never on the caller's.
    m_events = std::thread([this] {
        while (!m_stopEvents) {
            timeval tv {0, 100000};
            libusb_handle_events_timeout_completed(m_context, &tv, nullptr);
        }
    });
}

QString UsbTransport::describe() const
{
    return tr("USB %1:%2")
        .arg(m_settings.vendorId, 4, 16, QLatin1Char('0'))
        .arg(m_settings.productId, 4, 16, QLatin1Char('0'));
}

int UsbTransport::hotplugCallback(libusb_context *, libusb_device *, int event, void *self)
{
    auto *t = static_cast<UsbTransport *>(self);
    if (event == LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT) {
        QMetaObject::invokeMethod(
            t, [t] { t->lost(tr("%1 was unplugged").arg(t->describe())); }, Qt::QueuedConnection);
    } else {
        qCInfo(lcUsb) << "device arrived";
    }
    return 0; // stay registered
}

QList<UsbDeviceEntry> usbDevicesPresent()
{
    QList<UsbDeviceEntry> out;
    libusb_context *ctx = nullptr;
    if (libusb_init(&ctx) != LIBUSB_SUCCESS)
        return out;
    libusb_device **list = nullptr;
    const ssize_t n = libusb_get_device_list(ctx, &list);
    for (ssize_t i = 0; i < n; ++i) {
        libusb_device_descriptor d;
        if (libusb_get_device_descriptor(list[i], &d) != 0)
            continue;
        UsbDeviceEntry e;
        e.vendorId = d.idVendor;
        e.productId = d.idProduct;
        e.bus = libusb_get_bus_number(list[i]);
        e.address = libusb_get_device_address(list[i]);
        // The kernel's copy of the strings: opening the device would need permission and could
        // disturb a controller in use.
        quint8 ports[8];
        const int depth = libusb_get_port_numbers(list[i], ports, int(sizeof ports));
        if (depth > 0) {
            QString name = QString::number(e.bus) + QLatin1Char('-');
            for (int p = 0; p < depth; ++p)
                name += (p ? QStringLiteral(".") : QString()) + QString::number(ports[p]);
            auto attribute = [&name](const char *file) {
                QFile f(
                    QStringLiteral("/sys/bus/usb/devices/%1/%2").arg(name, QLatin1String(file)));
                return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed()
                                                   : QString();
            };
            e.manufacturer = attribute("manufacturer");
            e.product = attribute("product");
        }
        out.append(e);
    }
    if (n >= 0)
        libusb_free_device_list(list, 1);
    libusb_exit(ctx);
    return out;
}

void UsbTransport::open()
{
    if (isOpen())
        return;
    if (!m_context) {
        emit failed(m_initError);
        return;
    }
    libusb_device **list = nullptr;
    const ssize_t n = libusb_get_device_list(m_context, &list);
    libusb_device *found = nullptr;
    for (ssize_t i = 0; i < n; ++i) {
        libusb_device_descriptor d;
        if (libusb_get_device_descriptor(list[i], &d) == 0 && d.idVendor == m_settings.vendorId
            && d.idProduct == m_settings.productId) {
            found = list[i];
            break;
        }
    }
    if (!found) {
        libusb_free_device_list(list, 1);
        emit failed(tr("no USB device %1 is present").arg(describe()));
        return;
    }
    libusb_device_handle *h = nullptr;
    int rc = libusb_open(found, &h);
    libusb_free_device_list(list, 1);
    if (rc != LIBUSB_SUCCESS) {
        emit failed(tr("cannot open %1: %2%3")
                        .arg(describe(), usbError(rc),
                            rc == LIBUSB_ERROR_ACCESS ? tr(" (install the udev rule, see README)")
                                                      : QString()));
        return;
    }
    if (libusb_kernel_driver_active(h, m_settings.interfaceNumber) == 1) {
        rc = libusb_detach_kernel_driver(h, m_settings.interfaceNumber);
        if (rc != LIBUSB_SUCCESS)
            qCWarning(lcUsb) << "cannot detach the kernel driver:" << usbError(rc);
    }
    rc = libusb_claim_interface(h, m_settings.interfaceNumber);
    if (rc != LIBUSB_SUCCESS) {
        libusb_close(h);
        emit failed(tr("cannot claim interface %1 of %2: %3")
                        .arg(m_settings.interfaceNumber)
                        .arg(describe(), usbError(rc)));
        return;
    }
    m_handle = h;
    m_in = libusb_alloc_transfer(0);
    submitIn();
    qCInfo(lcUsb) << "opened" << describe();
    emit opened();
}

void UsbTransport::submitIn()
{
    libusb_fill_bulk_transfer(m_in, m_handle, m_settings.inEndpoint, m_inBuffer, sizeof m_inBuffer,
        &UsbTransport::inCallback, this, 0);
    m_inPending = true;
    const int rc = libusb_submit_transfer(m_in);
    if (rc != LIBUSB_SUCCESS) {
        m_inPending = false;
        QMetaObject::invokeMethod(
            this, [this, rc] { lost(tr("%1: %2").arg(describe(), usbError(rc))); },
            Qt::QueuedConnection);
    }
}

void UsbTransport::inCallback(libusb_transfer *transfer)
{
    // On the events thread: hand the bytes to the transport's thread.
    auto *t = static_cast<UsbTransport *>(transfer->user_data);
    if (transfer->status == LIBUSB_TRANSFER_COMPLETED) {
        const QByteArray bytes(
            reinterpret_cast<const char *>(transfer->buffer), transfer->actual_length);
        QMetaObject::invokeMethod(
            t,
            [t, bytes] {
                if (t->isOpen())
                    emit t->received(bytes);
            },
            Qt::QueuedConnection);
        if (t->m_handle && libusb_submit_transfer(transfer) == LIBUSB_SUCCESS)
            return;
    }
    t->m_inPending = false;
    if (transfer->status != LIBUSB_TRANSFER_CANCELLED) {
        const QString why = transfer->status == LIBUSB_TRANSFER_NO_DEVICE
            ? tr("%1 was unplugged").arg(t->describe())
            : tr("%1: read failed").arg(t->describe());
        QMetaObject::invokeMethod(
            t, [t, why] { t->lost(why); }, Qt::QueuedConnection);
    }
}

void UsbTransport::outCallback(libusb_transfer *transfer)
{
    auto *t = static_cast<UsbTransport *>(transfer->user_data);
    const bool ok = transfer->status == LIBUSB_TRANSFER_COMPLETED
        || transfer->status == LIBUSB_TRANSFER_CANCELLED;
    delete[] transfer->buffer;
    libusb_free_transfer(transfer);
    --t->m_pendingOut;
    if (!ok) {
        QMetaObject::invokeMethod(
            t, [t] { t->lost(tr("%1: write failed").arg(t->describe())); }, Qt::QueuedConnection);
    }
}

void UsbTransport::write(const QByteArray &bytes)
{
    if (!m_handle || bytes.isEmpty())
        return;
    libusb_transfer *out = libusb_alloc_transfer(0);
    auto *buffer = new unsigned char[size_t(bytes.size())];
    std::memcpy(buffer, bytes.constData(), size_t(bytes.size()));
    libusb_fill_bulk_transfer(out, m_handle, m_settings.outEndpoint, buffer, int(bytes.size()),
        &UsbTransport::outCallback, this, 1000);
    ++m_pendingOut;
    const int rc = libusb_submit_transfer(out);
    if (rc != LIBUSB_SUCCESS) {
        --m_pendingOut;
        delete[] buffer;
        libusb_free_transfer(out);
        // Reported from the event loop, never inside the caller's write().
        QMetaObject::invokeMethod(
            this, [this, rc] { lost(tr("%1: %2").arg(describe(), usbError(rc))); },
            Qt::QueuedConnection);
    }
}

void UsbTransport::lost(const QString &reason)
{
    if (!m_handle)
        return;
    close();
    qCWarning(lcUsb) << reason;
    emit closed(reason);
}

void UsbTransport::close()
{
    if (!m_handle)
        return;
    libusb_device_handle *h = m_handle;
    m_handle = nullptr;
    if (m_in) {
        // The events thread completes the cancellation; wait for it before freeing. Cancel again
        // while waiting: an IN transfer completing right now may be resubmitted by inCallback
        // before it sees the handle gone, and that submission must be cancelled too.
        for (int i = 0; i < 200 && (m_inPending || m_pendingOut > 0); ++i) {
            if (m_inPending)
                libusb_cancel_transfer(m_in);
            QThread::msleep(5);
        }
        // A transfer still in flight must not be freed under libusb's feet.
        if (m_inPending)
            qCWarning(lcUsb) << "the IN transfer did not finish; leaving it allocated";
        else
            libusb_free_transfer(m_in);
        m_in = nullptr;
    }
    libusb_release_interface(h, m_settings.interfaceNumber);
    libusb_close(h);
}

} // namespace sb::hal
