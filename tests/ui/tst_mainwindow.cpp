// The main window shows what the call processor holds (offscreen).

#include "core/callprocessor.h"
#include "ui/mainwindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QtTest>

using namespace sb;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void showsExtensionsAndLinkState()
    {
        core::CallProcessor processor(core::Programming::factoryDefaults(32, 8));
        ui::MainWindow window(&processor);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *label = qobject_cast<QLabel *>(window.centralWidget());
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("32 extension")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("8 outside line")), qPrintable(label->text()));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("No controller link yet"));

        processor.handle(core::Event::sessionUp(32, 8, 7), 0);
        window.refresh();
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Controller link up"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
