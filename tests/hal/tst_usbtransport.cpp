// The USB transport against an emulated controller (controller-link.md section 1): umockdev
// puts a 1209:4b54 device with a vendor interface and bulk endpoints 0x01/0x81 into a mock
// sysfs and answers libusb's usbfs ioctls in this process, so the real libusb and the real
// UsbTransport run unchanged. Enumeration by VID:PID, bytes both ways over 64-byte packets,
// the whole link (HELLO ... SYNC_DONE, events) against the simulated controller, unplug and
// plug back.
//
// The umockdev preload library is linked in (see CMakeLists.txt), so no umockdev-wrapper is
// needed. glib uses the word "signals", so umockdev.h comes before every Qt header.

#include <umockdev.h>

#include <linux/ioctl.h>
#include <linux/usbdevice_fs.h>

#include <dlfcn.h>

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>

#include "hal/controllerlink.h"
#include "hal/simulatedcontroller.h"
#include "hal/usbtransport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace sb;
using namespace sb::hal;

namespace {

constexpr int packetSize = 64;
constexpr quint8 outEndpoint = 0x01;
constexpr quint8 inEndpoint = 0x81;
const char *const syspath = "/sys/devices/usb1/1-1";
const char *const devnode = "/dev/bus/usb/001/002";

// The device as the kernel shows it: device descriptor 1209:4b54, one configuration with
// interface 0 (class 0xFF, two endpoints), bulk OUT 0x01 and bulk IN 0x81 of 64 bytes.
const char *const deviceDescription = "P: /devices/usb1/1-1\n"
                                      "N: bus/usb/001/002\n"
                                      "E: SUBSYSTEM=usb\n"
                                      "E: DEVTYPE=usb_device\n"
                                      "E: DRIVER=usb\n"
                                      "E: DEVNAME=/dev/bus/usb/001/002\n"
                                      "E: BUSNUM=001\n"
                                      "E: DEVNUM=002\n"
                                      "E: PRODUCT=1209/4b54/100\n"
                                      "A: busnum=1\\n\n"
                                      "A: devnum=2\\n\n"
                                      "A: speed=12\\n\n"
                                      "A: bConfigurationValue=1\\n\n"
                                      "A: idVendor=1209\\n\n"
                                      "A: idProduct=4b54\\n\n"
                                      "A: manufacturer=Switchboard\\n\n"
                                      "A: product=Key system controller\\n\n"
                                      "H: descriptors="
                                      "12010002000000400912544b000101020301" // device
                                      "0902200001010080"
                                      "32" // configuration, 32 bytes in all
                                      "09040000"
                                      "02ff0000"
                                      "00" // interface 0, class 0xFF, 2 endpoints
                                      "07050102400000" // bulk OUT 0x01, 64 bytes
                                      "07058102400000" // bulk IN 0x81, 64 bytes
                                      "\n";

/// The controller's USB side: answers usbfs ioctls on the umockdev worker thread, keeps bulk IN
/// URBs pending until it has packets for them, and captures what arrives on bulk OUT. The test
/// thread feeds and drains it under the mutex.
class EmulatedDevice
{
public:
    EmulatedDevice() = default;
    ~EmulatedDevice() { reset(); }

    // ---- test thread ----

    /// One packet on bulk IN (at most 64 bytes; shorter ends the transfer, as on the bus).
    void sendPacket(const QByteArray &packet)
    {
        Q_ASSERT(packet.size() <= packetSize);
        std::lock_guard lock(m_mutex);
        if (!m_unplugged)
            m_inPackets.push_back(packet);
    }
    /// A byte stream as the firmware sends it: 64-byte packets, a zero-length packet after a
    /// full last one.
    void sendStream(const QByteArray &bytes)
    {
        std::lock_guard lock(m_mutex);
        if (bytes.isEmpty() || m_unplugged)
            return; // nothing to send, or no bus to send it on
        for (qsizetype i = 0; i < bytes.size(); i += packetSize)
            m_inPackets.push_back(bytes.mid(i, packetSize));
        if (m_inPackets.back().size() == packetSize)
            m_inPackets.push_back(QByteArray());
    }
    /// Everything received on bulk OUT since the last call.
    QByteArray takeOut()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_out, QByteArray());
    }
    QList<QByteArray> takeOutTransfers()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_outTransfers, QList<QByteArray>());
    }
    bool inPacketsDelivered()
    {
        std::lock_guard lock(m_mutex);
        return m_inPackets.empty();
    }
    int pendingInUrbs()
    {
        std::lock_guard lock(m_mutex);
        return int(m_pendingIn.size());
    }
    bool claimed()
    {
        std::lock_guard lock(m_mutex);
        return m_claimed;
    }
    int unknownIoctls()
    {
        std::lock_guard lock(m_mutex);
        return m_unknownIoctls;
    }
    /// As the kernel on a disconnect: pending URBs end with -ENODEV, new calls fail with ENODEV.
    void unplug()
    {
        std::lock_guard lock(m_mutex);
        m_unplugged = true;
        m_claimed = false;
        m_inPackets.clear();
        for (Urb &u : m_pendingIn) {
            urb(u)->status = -ENODEV;
            m_done.push_back(u);
        }
        m_pendingIn.clear();
    }
    void plugIn()
    {
        reset();
        std::lock_guard lock(m_mutex);
        m_unplugged = false;
    }
    /// Forgets every URB (the fds that submitted them are closed by now).
    void reset()
    {
        std::lock_guard lock(m_mutex);
        for (Urb &u : m_pendingIn)
            release(u);
        for (Urb &u : m_done)
            release(u);
        m_pendingIn.clear();
        m_done.clear();
        m_inPackets.clear();
        m_out.clear();
        m_outTransfers.clear();
        m_claimed = false;
    }

    // ---- umockdev worker thread ----

    static gboolean handleIoctl(UMockdevIoctlBase *, UMockdevIoctlClient *client, gpointer self)
    {
        return static_cast<EmulatedDevice *>(self)->handle(client);
    }

private:
    struct Urb
    {
        UMockdevIoctlData *data = nullptr; ///< the struct usbdevfs_urb; its buffer is a child
        UMockdevIoctlClient *client = nullptr;
    };

    static usbdevfs_urb *urb(const Urb &u)
    {
        return reinterpret_cast<usbdevfs_urb *>(u.data->data);
    }
    static void release(Urb &u)
    {
        g_object_unref(u.data);
        g_object_unref(u.client);
    }
    static void fail(UMockdevIoctlClient *client, int error)
    {
        umockdev_ioctl_client_complete(client, -1, error);
    }

    bool handle(UMockdevIoctlClient *client)
    {
        std::lock_guard lock(m_mutex);
        dropVanished();
        const gulong request = umockdev_ioctl_client_get_request(client);
        UMockdevIoctlData *arg = umockdev_ioctl_client_get_arg(client);
        switch (request) {
        case USBDEVFS_GET_CAPABILITIES: {
            UMockdevIoctlData *caps = umockdev_ioctl_data_resolve(arg, 0, sizeof(quint32), nullptr);
            *reinterpret_cast<quint32 *>(caps->data) = USBDEVFS_CAP_ZERO_PACKET
                | USBDEVFS_CAP_BULK_CONTINUATION | USBDEVFS_CAP_NO_PACKET_SIZE_LIM
                | USBDEVFS_CAP_REAP_AFTER_DISCONNECT;
            g_object_unref(caps);
            umockdev_ioctl_client_complete(client, 0, 0);
            return true;
        }
        case USBDEVFS_GETDRIVER:
        case USBDEVFS_IOCTL: // USBDEVFS_DISCONNECT through the ioctl wrapper
        case USBDEVFS_DISCONNECT:
            // No kernel driver is bound to the vendor interface.
            fail(client, m_unplugged ? ENODEV : ENODATA);
            return true;
        case USBDEVFS_CLAIMINTERFACE:
        case USBDEVFS_RELEASEINTERFACE: {
            if (m_unplugged) {
                fail(client, ENODEV);
                return true;
            }
            UMockdevIoctlData *n
                = umockdev_ioctl_data_resolve(arg, 0, sizeof(unsigned int), nullptr);
            const unsigned int iface = *reinterpret_cast<unsigned int *>(n->data);
            g_object_unref(n);
            if (iface != 0) {
                fail(client, EINVAL);
                return true;
            }
            m_claimed = request == USBDEVFS_CLAIMINTERFACE;
            umockdev_ioctl_client_complete(client, 0, 0);
            return true;
        }
        case USBDEVFS_SUBMITURB:
            submit(client, arg);
            return true;
        case USBDEVFS_REAPURB:
        case USBDEVFS_REAPURBNDELAY:
            reap(client, arg);
            return true;
        case USBDEVFS_DISCARDURB: {
            const gulong address = *reinterpret_cast<gulong *>(arg->data);
            for (auto it = m_pendingIn.begin(); it != m_pendingIn.end(); ++it) {
                if (it->data->client_addr == address) {
                    urb(*it)->status = -ENOENT;
                    m_done.push_back(*it);
                    m_pendingIn.erase(it);
                    umockdev_ioctl_client_complete(client, 0, 0);
                    return true;
                }
            }
            fail(client, EINVAL);
            return true;
        }
        default:
            ++m_unknownIoctls;
            qWarning("emulated USB device: unexpected ioctl 0x%lx", request);
            fail(client, ENOTTY);
            return true;
        }
    }

    void submit(UMockdevIoctlClient *client, UMockdevIoctlData *arg)
    {
        if (m_unplugged) {
            fail(client, ENODEV);
            return;
        }
        UMockdevIoctlData *data
            = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_urb), nullptr);
        auto *u = reinterpret_cast<usbdevfs_urb *>(data->data);
        if (u->type != USBDEVFS_URB_TYPE_BULK
            || (u->endpoint != outEndpoint && u->endpoint != inEndpoint) || !m_claimed) {
            g_object_unref(data);
            fail(client, m_claimed ? EINVAL : ENOENT);
            return;
        }
        // Local copy of the buffer; the urb's buffer pointer now points to it.
        UMockdevIoctlData *buffer = umockdev_ioctl_data_resolve(
            data, offsetof(usbdevfs_urb, buffer), size_t(u->buffer_length), nullptr);
        if (buffer)
            g_object_unref(buffer); // held by its parent
        Urb entry {data, UMOCKDEV_IOCTL_CLIENT(g_object_ref(client))};
        u->status = 0;
        u->actual_length = 0;
        if (u->endpoint == outEndpoint) {
            const QByteArray bytes(static_cast<const char *>(u->buffer), u->buffer_length);
            m_out += bytes;
            m_outTransfers << bytes;
            u->actual_length = u->buffer_length;
            m_done.push_back(entry);
        } else {
            m_pendingIn.push_back(entry);
        }
        umockdev_ioctl_client_complete(client, 0, 0);
    }

    void reap(UMockdevIoctlClient *client, UMockdevIoctlData *arg)
    {
        fillInUrbs();
        for (auto it = m_done.begin(); it != m_done.end(); ++it) {
            if (it->client != client)
                continue;
            Urb u = *it;
            m_done.erase(it);
            UMockdevIoctlData *pointer
                = umockdev_ioctl_data_resolve(arg, 0, sizeof(void *), nullptr);
            umockdev_ioctl_data_set_ptr(pointer, 0, u.data);
            g_object_unref(pointer);
            umockdev_ioctl_client_complete(client, 0, 0);
            release(u);
            return;
        }
        fail(client, m_unplugged ? ENODEV : EAGAIN);
    }

    /// Packets into the oldest pending IN URB: a short packet or a full buffer completes it.
    void fillInUrbs()
    {
        while (!m_pendingIn.empty() && !m_inPackets.empty()) {
            usbdevfs_urb *u = urb(m_pendingIn.front());
            bool complete = false;
            while (!m_inPackets.empty()) {
                const QByteArray &p = m_inPackets.front();
                if (u->actual_length + p.size() > u->buffer_length) {
                    complete = true; // cannot happen with whole packets into 512 bytes
                    break;
                }
                std::memcpy(static_cast<char *>(u->buffer) + u->actual_length, p.constData(),
                    size_t(p.size()));
                u->actual_length += int(p.size());
                const bool shortPacket = p.size() < packetSize;
                m_inPackets.pop_front();
                if (shortPacket || u->actual_length == u->buffer_length) {
                    complete = true;
                    break;
                }
            }
            if (!complete)
                return; // full packets so far: the transfer goes on
            u->status = 0;
            m_done.push_back(m_pendingIn.front());
            m_pendingIn.pop_front();
        }
    }

    void dropVanished()
    {
        for (auto *list : {&m_pendingIn, &m_done}) {
            for (auto it = list->begin(); it != list->end();) {
                if (!umockdev_ioctl_client_get_connected(it->client)) {
                    release(*it);
                    it = list->erase(it);
                } else {
                    ++it;
                }
            }
        }
    }

    std::mutex m_mutex;
    std::deque<QByteArray> m_inPackets;
    std::deque<Urb> m_pendingIn, m_done;
    QByteArray m_out;
    QList<QByteArray> m_outTransfers;
    bool m_claimed = false;
    bool m_unplugged = false;
    int m_unknownIoctls = 0;
};

/// A SimulatedController behind the emulated endpoints, on a real clock, pumped by a timer on
/// the test thread.
class ControllerBehindUsb : public QObject
{
public:
    ControllerBehindUsb(EmulatedDevice &device, quint64 seed)
        : m_device(device)
        , m_sim([seed] {
            SimulatedController::Options o;
            o.stations = 8;
            o.lines = 2;
            o.seed = seed;
            return o;
        }())
    {
        m_clock.start();
        m_sim.powerUp(now());
        m_device.sendStream(m_sim.takeWire());
        connect(&m_timer, &QTimer::timeout, this, &ControllerBehindUsb::pump);
        m_timer.start(2);
    }

    Millis now() const { return m_clock.elapsed(); }
    void pump()
    {
        const Millis t = now();
        const QByteArray in = m_device.takeOut();
        if (!in.isEmpty())
            m_sim.receive(in, t);
        m_sim.advanceTo(t);
        m_device.sendStream(m_sim.takeWire());
    }
    SimulatedController &sim() { return m_sim; }

private:
    EmulatedDevice &m_device;
    SimulatedController m_sim;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

QByteArray pattern(int size, int seed)
{
    QByteArray b(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        b[i] = char((i * 7 + seed) & 0xff);
    return b;
}

} // namespace

class TestUsbTransport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<core::Event>();
        qRegisterMetaType<ControllerLink::State>();
        // The preload library must be in the process, or nothing below is emulated. It is linked
        // in rather than LD_PRELOADed, so umockdev_in_mock_environment() (which looks at
        // $LD_PRELOAD) cannot tell; ask the dynamic loader.
        QVERIFY2(dlopen("libumockdev-preload.so.0", RTLD_NOW | RTLD_NOLOAD),
            "libumockdev-preload is not loaded");
        m_testbed = umockdev_testbed_new();
        QVERIFY(m_testbed);
        m_handler = umockdev_ioctl_base_new();
        g_signal_connect(
            m_handler, "handle-ioctl", G_CALLBACK(&EmulatedDevice::handleIoctl), &m_device);
        // Before the node exists and before any libusb_init.
        GError *error = nullptr;
        QVERIFY2(umockdev_testbed_attach_ioctl(m_testbed, devnode, m_handler, &error),
            error ? error->message : "attach_ioctl");
        plugIn();
    }

    void cleanupTestCase()
    {
        if (m_testbed) {
            if (m_present)
                umockdev_testbed_remove_device(m_testbed, syspath);
            umockdev_testbed_detach_ioctl(m_testbed, devnode, nullptr);
        }
        m_device.reset();
        g_clear_object(&m_handler);
        g_clear_object(&m_testbed);
    }

    void init()
    {
        if (!m_present)
            plugIn();
        m_device.plugIn();
    }

    void cleanup() { QCOMPARE(m_device.unknownIoctls(), 0); }

    void enumeratesByVidPid()
    {
        {
            UsbTransport t(UsbSettings {});
            QSignalSpy opened(&t, &Transport::opened);
            QSignalSpy failed(&t, &Transport::failed);
            t.open();
            QVERIFY2(failed.isEmpty(),
                failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
            QCOMPARE(opened.count(), 1);
            QVERIFY(t.isOpen());
            QVERIFY(t.hasHotplug());
            QVERIFY(m_device.claimed());
            // The IN transfer is waiting on the endpoint.
            QTRY_COMPARE(m_device.pendingInUrbs(), 1);
            t.close();
            QVERIFY(!t.isOpen());
            QVERIFY(!m_device.claimed());
        }
        {
            UsbSettings other;
            other.productId = 0x0001;
            UsbTransport t(other);
            QSignalSpy opened(&t, &Transport::opened);
            QSignalSpy failed(&t, &Transport::failed);
            t.open();
            QCOMPARE(opened.count(), 0);
            QCOMPARE(failed.count(), 1);
            const QString why = failed.first().first().toString();
            QVERIFY2(why.contains(QLatin1String("1209:0001")), qPrintable(why));
            QVERIFY(!t.isOpen());
        }
    }

    // The connection page's list: the device by VID:PID with the kernel's names, not opened.
    void discoveryListsTheDevice()
    {
        const QList<UsbDeviceEntry> found = usbDevicesPresent();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().vendorId, quint16(0x1209));
        QCOMPARE(found.first().productId, quint16(0x4b54));
        QCOMPARE(found.first().bus, 1);
        QCOMPARE(found.first().address, 2);
        QCOMPARE(found.first().manufacturer, QStringLiteral("Switchboard"));
        QCOMPARE(found.first().product, QStringLiteral("Key system controller"));
        QVERIFY(!m_device.claimed());
    }

    void bulkRoundTrip()
    {
        UsbTransport t(UsbSettings {});
        QSignalSpy opened(&t, &Transport::opened);
        QSignalSpy received(&t, &Transport::received);
        QSignalSpy closed(&t, &Transport::closed);
        t.open();
        QCOMPARE(opened.count(), 1);

        // Host to device: each write is one bulk OUT transfer, bytes intact.
        const QList<QByteArray> writes {QByteArray("\x01\x02\x03", 3), pattern(64, 1),
            pattern(200, 2), QByteArray(1, '\0'), pattern(63, 3)};
        for (const QByteArray &w : writes)
            t.write(w);
        QByteArray expected;
        for (const QByteArray &w : writes)
            expected += w;
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += m_device.takeOut()).size() >= expected.size(), 5000);
        QCOMPARE(out, expected);
        // One bulk OUT transfer per write, the one longer than a packet included.
        QCOMPARE(m_device.takeOutTransfers(), writes);

        // Device to host: a frame split over two packets, two frames in one packet, a frame
        // longer than a packet.
        const QByteArray frameA = QByteArray("frame-A-") + pattern(70, 4).replace('\0', 'x') + '\0';
        const QByteArray frameB("B1\0", 3);
        const QByteArray frameC("C22\0", 4);
        m_device.sendPacket(frameA.left(64)); // full packet: the transfer goes on
        m_device.sendPacket(frameA.mid(64)); // short packet: ends it
        m_device.sendPacket(frameB + frameC); // two frames, one packet
        const QByteArray split = QByteArray("DDDDDD") + '\0';
        m_device.sendPacket(split.left(3)); // a frame over two short packets
        m_device.sendPacket(split.mid(3));
        const QByteArray all = frameA + frameB + frameC + split;
        QByteArray in;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                in.clear();
                for (const auto &args : std::as_const(received))
                    in += args.first().toByteArray();
                return in.size() >= all.size();
            }(),
            5000);
        QCOMPARE(in, all);
        QVERIFY(m_device.inPacketsDelivered());
        QCOMPARE(closed.count(), 0);
    }

    void linkComesUpOverUsb()
    {
        ControllerBehindUsb controller(m_device, 7);
        ControllerLink link(new UsbTransport(UsbSettings {}));
        QSignalSpy events(&link, &ControllerLink::eventReceived);
        QSignalSpy identities(&link, &ControllerLink::identityChanged);
        link.start();
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), ControllerLink::State::Up, 5000);
        QCOMPARE(identities.count(), 1);
        QCOMPARE(identities.first().at(2).toUInt(), controller.sim().bootId());
        QCOMPARE(link.identity().model, QByteArray("Switchboard SIM-1"));

        events.clear();
        QVERIFY(controller.sim().offHook(3, controller.now()));
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(events, core::Event::Type::Hook, 3), 5000);
        const auto hook = findEvent(events, core::Event::Type::Hook);
        QCOMPARE(hook.port, quint16(3));
        QCOMPARE(hook.value, quint8(1));
        QCOMPARE(link.stats().framingErrors, quint64(0));
    }

    // Unplugging shows twice: the kernel fails the URBs in flight with ENODEV, and udev sends
    // "remove" (libusb hotplug). Either alone must take the link down.
    void unplugTakesLinkDown_data()
    {
        QTest::addColumn<bool>("failUrbs");
        QTest::addColumn<bool>("uevent");
        QTest::newRow("urbs fail and udev remove") << true << true;
        QTest::newRow("udev remove only (hotplug)") << false << true;
        QTest::newRow("urbs fail only") << true << false;
    }
    void unplugTakesLinkDown()
    {
        QFETCH(bool, failUrbs);
        QFETCH(bool, uevent);
        ControllerBehindUsb controller(m_device, 11);
        ControllerLink link(new UsbTransport(UsbSettings {}));
        QSignalSpy events(&link, &ControllerLink::eventReceived);
        QSignalSpy closed(link.transport(), &Transport::closed);
        link.start();
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), ControllerLink::State::Up, 5000);
        events.clear();

        unplug(failUrbs, uevent);
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 5000);
        const QString why = closed.first().first().toString();
        QVERIFY2(why.contains(QLatin1String("1209:4b54 was unplugged")), qPrintable(why));
        QVERIFY(!link.transport()->isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(events, core::Event::Type::LinkDown), 5000);
        QVERIFY(link.state() != ControllerLink::State::Up);
        // It keeps trying while the device is away, without reaching it.
        QTest::qWait(1500);
        QVERIFY(link.state() != ControllerLink::State::Up);
        QCOMPARE(closed.count(), 1);
    }

    void plugBackResyncs()
    {
        ControllerBehindUsb controller(m_device, 13);
        ControllerLink link(new UsbTransport(UsbSettings {}));
        QSignalSpy events(&link, &ControllerLink::eventReceived);
        QSignalSpy identities(&link, &ControllerLink::identityChanged);
        link.start();
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), ControllerLink::State::Up, 5000);
        const quint32 bootId = controller.sim().bootId();
        QCOMPARE(identities.last().at(2).toUInt(), bootId);

        unplug();
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(events, core::Event::Type::LinkDown), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(link.state() == ControllerLink::State::Retrying, 5000);
        // A station goes off hook while the controller is away: the resynchronisation says so.
        QVERIFY(controller.sim().offHook(5, controller.now()));
        events.clear();
        identities.clear();

        plugIn();
        m_device.plugIn();
        // The link opens again by itself (every second) and resynchronises.
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), ControllerLink::State::Up, 8000);
        QCOMPARE(identities.count(), 1);
        QCOMPARE(identities.first().at(2).toUInt(), bootId); // the same boot: no reset
        QVERIFY(hasEvent(events, core::Event::Type::SessionUp));
        const auto states = findEvent(events, core::Event::Type::PortStates);
        QVERIFY(states.stationStates.size() >= 5);
        QCOMPARE(states.stationStates.at(4) & 1, 1); // station 5 off hook

        // And events flow again.
        events.clear();
        QVERIFY(controller.sim().offHook(2, controller.now()));
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(events, core::Event::Type::Hook, 2), 5000);
    }

private:
    static bool hasEvent(const QSignalSpy &spy, core::Event::Type type, int port = -1)
    {
        for (const auto &args : spy) {
            const auto e = args.first().value<core::Event>();
            if (e.type == type && (port < 0 || e.port == port))
                return true;
        }
        return false;
    }
    static core::Event findEvent(const QSignalSpy &spy, core::Event::Type type)
    {
        for (const auto &args : spy) {
            const auto e = args.first().value<core::Event>();
            if (e.type == type)
                return e;
        }
        return core::Event();
    }

    void plugIn()
    {
        GError *error = nullptr;
        const bool ok = umockdev_testbed_add_from_string(m_testbed, deviceDescription, &error);
        if (!ok) {
            QFAIL(error ? error->message : "add_from_string failed");
        }
        m_present = true;
    }
    void unplug(bool failUrbs = true, bool uevent = true)
    {
        // The kernel fails what is in flight, then udev says "remove", then the node goes.
        if (failUrbs)
            m_device.unplug();
        if (uevent) {
            umockdev_testbed_uevent(m_testbed, syspath, "remove");
            umockdev_testbed_remove_device(m_testbed, syspath);
            m_present = false;
        }
    }

    UMockdevTestbed *m_testbed = nullptr;
    UMockdevIoctlBase *m_handler = nullptr;
    EmulatedDevice m_device;
    bool m_present = false;
};

QTEST_GUILESS_MAIN(TestUsbTransport)
#include "tst_usbtransport.moc"
