#pragma once

#include "transport.h"

#include <QList>

#include <atomic>
#include <thread>

struct libusb_context;
struct libusb_device;
struct libusb_device_handle;
struct libusb_transfer;

namespace sb::hal {

/// USB settings, copied into the transport (controller-link.md section 1).
struct UsbSettings
{
    quint16 vendorId = 0x1209;
    quint16 productId = 0x4b54;
    int interfaceNumber = 0;
    quint8 outEndpoint = 0x01;
    quint8 inEndpoint = 0x81;
};

/// One USB device as discovery sees it.
struct UsbDeviceEntry
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    int bus = 0;
    int address = 0;
    QString manufacturer; ///< from sysfs, when the kernel has read it
    QString product;
};

/// The USB devices present (libusb's list; names from sysfs, without opening any device). It
/// reads the system: call it off the UI thread.
QList<UsbDeviceEntry> usbDevicesPresent();

/// The controller on USB through libusb-1.0: vendor interface 0, bulk OUT 0x01, bulk IN 0x81.
/// libusb's events are pumped on a thread of their own; what they bring is handed to this
/// object's thread. Hotplug tells arrival and removal at once.
class UsbTransport : public Transport
{
    Q_OBJECT
public:
    explicit UsbTransport(UsbSettings settings, QObject *parent = nullptr);
    ~UsbTransport() override;

    void open() override;
    void close() override;
    bool isOpen() const override { return m_handle != nullptr; }
    void write(const QByteArray &bytes) override;
    QString describe() const override;

    /// True if libusb reports hotplug support on this system.
    bool hasHotplug() const { return m_hotplug; }

private:
    static void inCallback(libusb_transfer *transfer);
    static void outCallback(libusb_transfer *transfer);
    static int hotplugCallback(libusb_context *ctx, libusb_device *dev, int event, void *self);
    void lost(const QString &reason);
    void submitIn();
    void startEvents();

    UsbSettings m_settings;
    libusb_context *m_context = nullptr;
    std::atomic<libusb_device_handle *> m_handle {
        nullptr}; ///< read by inCallback on the events thread
    libusb_transfer *m_in = nullptr;
    unsigned char m_inBuffer[512];
    std::atomic<int> m_pendingOut {0};
    std::atomic<bool> m_inPending {false};
    std::atomic<bool> m_stopEvents {false};
    std::thread m_events;
    QString m_initError;
    bool m_hotplug = false;
    int m_hotplugHandle = 0;
};

} // namespace sb::hal
