// What the link layer shows of a controller from its IDENTITY.

#include "hal/controllerinfo.h"

#include <QtTest>

class TestControllerInfo : public QObject
{
    Q_OBJECT
private slots:
    void describesModelFirmwareAndSize()
    {
        sb::hal::ControllerInfo info;
        info.model = QStringLiteral("KTS-64");
        info.firmware = 0x0203;
        info.stations = 64;
        info.lines = 8;
        QCOMPARE(info.describe(), QStringLiteral("KTS-64 fw 2.3, 64 stations, 8 lines"));
    }
};

QTEST_GUILESS_MAIN(TestControllerInfo)
#include "tst_controllerinfo.moc"
