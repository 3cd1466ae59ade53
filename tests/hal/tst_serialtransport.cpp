// The serial transport on pseudo-terminals: open, bytes both ways, every rate from 9600 to
// 921600, unplug noticed at once, a port that returns under another name found by its serial
// number (port discovery injected).

#include "hal/serialtransport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace sb::hal;

namespace {

/// A pty pair standing in for a serial adapter; the test holds the far (master) end.
struct Pty
{
    int master = -1, slave = -1;
    QString name;
    Pty()
    {
        char buf[256];
        if (::openpty(&master, &slave, buf, nullptr, nullptr) != 0)
            return;
        termios t;
        tcgetattr(slave, &t);
        cfmakeraw(&t);
        tcsetattr(slave, TCSANOW, &t);
        ::fcntl(master, F_SETFL, O_NONBLOCK);
        name = QString::fromLocal8Bit(buf);
    }
    ~Pty() { unplug(); }
    void unplug()
    {
        if (slave >= 0)
            ::close(slave);
        if (master >= 0)
            ::close(master);
        slave = master = -1;
    }
    /// Everything that has arrived at the far end so far.
    QByteArray read()
    {
        char buf[1024];
        ssize_t n;
        while (master >= 0 && (n = ::read(master, buf, sizeof buf)) > 0)
            arrived.append(buf, int(n));
        return arrived;
    }
    QByteArray arrived;
    void write(const QByteArray &b)
    {
        QVERIFY(::write(master, b.constData(), size_t(b.size())) == b.size());
    }
};

} // namespace

class TestSerialTransport : public QObject
{
    Q_OBJECT
private slots:
    void bytesBothWaysAtEveryRate_data()
    {
        QTest::addColumn<int>("baud");
        for (int b : {9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600})
            QTest::addRow("%d", b) << b;
    }
    void bytesBothWaysAtEveryRate()
    {
        QFETCH(int, baud);
        Pty pty;
        QVERIFY(!pty.name.isEmpty());
        SerialTransport t({pty.name, baud, QString()}, [] { return QList<SerialPortEntry>(); });
        QSignalSpy opened(&t, &Transport::opened);
        QSignalSpy failed(&t, &Transport::failed);
        QSignalSpy received(&t, &Transport::received);
        t.open();
        QCOMPARE(failed.count(), 0);
        QCOMPARE(opened.count(), 1);
        QVERIFY(t.isOpen());
        t.write(QByteArray("\x09\x05\x05\x01\x02\x03\x04\x63\x45\x00", 10));
        QTRY_COMPARE(pty.read(), QByteArray("\x09\x05\x05\x01\x02\x03\x04\x63\x45\x00", 10));
        pty.write(QByteArray("\x03\x01\x10\x05\x03\x01\xE5\x88\x00", 9));
        QTRY_VERIFY(received.count() >= 1);
        QByteArray got;
        for (const auto &args : received)
            got += args.at(0).toByteArray();
        QCOMPARE(got, QByteArray("\x03\x01\x10\x05\x03\x01\xE5\x88\x00", 9));
    }

    // A missing device: failed() names it and the reason; nothing is thrown, nothing exits.
    void missingDeviceNamedWithReason()
    {
        SerialTransport t({QStringLiteral("/dev/ttyNOSUCH"), 115200, QString()},
            [] { return QList<SerialPortEntry>(); });
        QSignalSpy failed(&t, &Transport::failed);
        t.open();
        QCOMPARE(failed.count(), 1);
        const QString why = failed.at(0).at(0).toString();
        QVERIFY2(why.contains(QStringLiteral("/dev/ttyNOSUCH")), qPrintable(why));
        QVERIFY(!t.isOpen());
    }

    // The far end goes away: closed() at once, the port closed (no busy loop of errors).
    void unplugNoticedAtOnce()
    {
        auto pty = std::make_unique<Pty>();
        SerialTransport t({pty->name, 115200, QString()}, [] { return QList<SerialPortEntry>(); });
        QSignalSpy closed(&t, &Transport::closed);
        t.open();
        QVERIFY(t.isOpen());
        pty->unplug();
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 2000);
        QVERIFY(!t.isOpen());
        // Issue 9 item 17: named as an unplug, not as the last errno ("Inappropriate ioctl for
        // device").
        const QString why = closed.at(0).at(0).toString();
        QVERIFY2(why.startsWith(pty->name + QStringLiteral(" lost: "))
                && why.contains(QStringLiteral("the device was unplugged or closed")),
            qPrintable(why));
        QVERIFY2(!why.contains(QStringLiteral("ioctl")), qPrintable(why));
        QTest::qWait(100);
        QCOMPARE(closed.count(), 1);
    }

    // An adapter that comes back under another name is found again by its serial number.
    void returnsUnderAnotherNameFoundBySerialNumber()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("ttyUSB0"));
        const QString second = dir.filePath(QStringLiteral("ttyUSB1"));
        auto a = std::make_unique<Pty>();
        QVERIFY(QFile::link(a->name, first));
        QList<SerialPortEntry> present {
            {QStringLiteral("ttyUSB0"), first, QStringLiteral("SB-0042"), QStringLiteral("adapter"),
                QStringLiteral("FTDI"), 0x0403, 0x6001}};
        SerialTransport t({first, 115200, QString()}, [&] { return present; });
        QSignalSpy closed(&t, &Transport::closed);
        t.open();
        QVERIFY(t.isOpen());
        QCOMPARE(t.currentPortName(), first);

        // Unplugged; it returns as ttyUSB1.
        a->unplug();
        QFile::remove(first);
        QTRY_COMPARE(closed.count(), 1);
        Pty b;
        QVERIFY(QFile::link(b.name, second));
        present = {{QStringLiteral("ttyUSB1"), second, QStringLiteral("SB-0042"),
            QStringLiteral("adapter"), QStringLiteral("FTDI"), 0x0403, 0x6001}};
        QSignalSpy opened(&t, &Transport::opened);
        t.open();
        QCOMPARE(opened.count(), 1);
        QCOMPARE(t.currentPortName(), second);
        t.write(QByteArray("\x01\x01\x00", 3));
        QTRY_COMPARE(b.read(), QByteArray("\x01\x01\x00", 3));
    }
};

QTEST_GUILESS_MAIN(TestSerialTransport)
#include "tst_serialtransport.moc"
