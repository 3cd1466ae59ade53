// The installer's programming page, offscreen, through the real runtime and simulated controller:
// unlock, the forced password change, a bad value refused with its row and field, a change
// applied live (the grid changes), and found again after a restart; the audit log has it.

#include "app/programmingservice.h"
#include "app/programmingstore.h"
#include "app/runtime.h"
#include "ui/extensionmodel.h"
#include "ui/mainwindow.h"
#include "ui/programmingpage.h"
#include "ui/supervisorview.h"

#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace sb;

class TestProgrammingPage : public QObject
{
    Q_OBJECT
private slots:
    void installerProgramsAppliesAndFindsItAgain()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("programming.json"));
        app::Options o;
        o.stations = 12;
        o.lines = 2;
        app::Runtime runtime(o);
        ui::MainWindow w(&runtime);
        QObject::connect(&runtime, &app::Runtime::notified, &w,
            [&w](const std::vector<core::Notification> &n) { w.notify(n); });
        QObject::connect(
            &runtime, &app::Runtime::linkStateChanged, &w, &ui::MainWindow::setLinkState);
        app::ProgrammingService service(&runtime, file);
        w.setConfigurator(&service);
        w.show();
        runtime.start();
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->linkUp(), 5000);
        ui::ProgrammingPage *page = w.programming();
        QVERIFY(page);

        // Locked, then the factory password; a change cannot be applied before it is changed.
        QVERIFY(!page->isUnlocked());
        page->unlock(QStringLiteral("guess"));
        QVERIFY(!page->isUnlocked());
        page->unlock(app::InstallerPassword::factoryPassword());
        QVERIFY(page->isUnlocked());
        QCOMPARE(page->table()->rowCount(), 12);
        page->table()->item(4, 1)->setText(QStringLiteral("150")); // extension 105 becomes 150
        QVERIFY(page->applyConfirmed().contains(QStringLiteral("factory password")));
        QCOMPARE(service.changePassword(
                     app::InstallerPassword::factoryPassword(), QStringLiteral("installer-1")),
            QString());

        // A bad value: refused, the message names the row and the field; nothing applies.
        page->table()->item(5, 1)->setText(QStringLiteral("9x"));
        QVERIFY(!page->applyConfirmed().isEmpty());
        QCOMPARE(page->problems()->count(), 1);
        QCOMPARE(page->problems()->item(0)->text(),
            QStringLiteral("extension 9x (row 6): number must be 1 to 8 digits"));
        QCOMPARE(runtime.processor().extension(6).number, QStringLiteral("106"));

        // Mended: applied live, the grid shows it, the processor dials it.
        page->table()->item(5, 1)->setText(QStringLiteral("106"));
        page->ringLimit()->setValue(3);
        QCOMPARE(page->pendingChanges(),
            (QStringList {QStringLiteral("ring limit: 4 → 3"),
                QStringLiteral("extension 105 (port 5): number 105 → 150")}));
        QCOMPARE(page->applyConfirmed(), QString());
        QCOMPARE(runtime.processor().portOfNumber(QStringLiteral("150")), 5);
        QCOMPARE(runtime.processor().programming().options.ringLimit, 3);
        auto gridShows = [&w](const QString &number) {
            for (int r = 0; r < w.model()->rowCount(); ++r) {
                if (w.model()->status(r).number == number)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(gridShows(QStringLiteral("150")));
        w.grab().save(QStringLiteral("programming-applied.png"));
        // Supervisors see the change in the audit log.
        QTRY_COMPARE(w.supervisor()->auditView()->topLevelItemCount(), 2);
        QCOMPARE(w.supervisor()->auditView()->topLevelItem(0)->text(2),
            QStringLiteral("ring limit: 4 → 3"));
        w.tabs()->setCurrentWidget(page);
        page->table()->item(2, 1)->setText(
            QStringLiteral("10")); // a prefix of 101: shown, not applied
        page->check();
        QTest::qWait(50);
        w.grab().save(QStringLiteral("programming-page.png"));
        QVERIFY(page->problems()->item(0)->text().contains(QStringLiteral("row 3")));
        page->revert();
        runtime.stop();

        // A restart finds it all again; the audit log says who changed what.
        const app::ProgrammingStore::Loaded again = app::ProgrammingStore(file).load();
        QVERIFY(again.programming.has_value());
        QCOMPARE(again.programming->extensions.at(4).number, QStringLiteral("150"));
        QCOMPARE(again.programming->options.ringLimit, 3);
        const QList<ui::Configurator::AuditEntry> audit = service.audit();
        QCOMPARE(audit.size(), 1);
        QVERIFY(audit.first().who.startsWith(QStringLiteral("installer")));
        QCOMPARE(audit.first().changes.size(), 2);
        // And the new password is the one kept.
        app::ProgrammingService later(&runtime, file);
        QVERIFY(!later.mustChangePassword());
        QCOMPARE(
            later.checkPassword(QStringLiteral("installer-1")), ui::Configurator::Check::Accepted);
    }
};

QTEST_MAIN(TestProgrammingPage)
#include "tst_programmingpage.moc"
