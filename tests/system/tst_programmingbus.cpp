// The programming page over the bus (issue 10 items 3-4): consoles as BusClients of the real
// switchboardd on switchboard-sim's pty, over a real Mosquitto with console-bus.md section 5's
// ACL. The installer role is the broker account's: the page opens without a second password and
// is offered only to installers. An installer applies and another console sees the new
// programming; two installers applying from the same revision: the second is told `conflict`,
// named, keeps its edits, and nothing is lost or half-applied.

#include "tests/support/servicerig.h"
#include "ui/auditview.h"
#include "ui/mainwindow.h"
#include "ui/programmingpage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace sb;
using sb::client::BusClient;
using sb::client::Role;
using sb::test::ServiceRig;

#define VERIFY_RIG(call) QVERIFY2((call), qPrintable(rig.errorString()))

namespace {

enum { Port, Number, Name };

/// Apply as confirmed on `page`, and the page's answer (empty when applied).
QString apply(ui::ProgrammingPage *page)
{
    QSignalSpy answered(page, &ui::ProgrammingPage::answered);
    if (const QString stopped = page->applyConfirmed(); !stopped.isEmpty())
        return stopped;
    QString error;
    const bool done = QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &args : std::as_const(answered)) {
                if (args.at(0).toString() == QLatin1String("apply-programming")) {
                    error = args.at(1).toString();
                    return true;
                }
            }
            return false;
        },
        15000);
    return done ? error : QStringLiteral("(no answer)");
}

/// The name of the extension on `port` in the programming `picture` holds, or "(none)".
QString nameInForce(const client::Picture &picture, int port)
{
    if (!picture.programming())
        return QStringLiteral("(none)");
    for (const core::ExtensionConfig &e : picture.programming()->extensions) {
        if (e.port == port)
            return e.name;
    }
    return QStringLiteral("(none)");
}

} // namespace

class TestProgrammingBus : public QObject
{
    Q_OBJECT
private slots:
    // Item 3: "grid, details, supervisor view and programming page all work from the bus
    // alone"; section 4's apply-programming: an installer applies, another console (a
    // receptionist's) sees it; only installers are offered the page.
    void installerAppliesAnotherConsoleSeesIt()
    {
        ServiceRig rig;
        VERIFY_RIG(rig.startBroker() && rig.startSim(32, 8) && rig.startService());
        BusClient *ian = rig.console(QStringLiteral("ian"), Role::Installer);
        BusClient *alice = rig.console(QStringLiteral("alice"));
        ui::MainWindow installer(ian);
        ui::MainWindow reception(alice);
        QTRY_VERIFY_WITH_TIMEOUT(ian->picture().isCurrent(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(alice->picture().isCurrent(), 15000);
        ui::ProgrammingPage *page = installer.programming();
        QVERIFY(page);

        // The broker account is the key: open at once, no password to give, nothing to lock.
        QCOMPARE(page->access(), ui::ProgrammingPage::Access::Account);
        QVERIFY(page->isUnlocked());
        QVERIFY(installer.tabs()->isTabEnabled(installer.tabs()->indexOf(page)));
        QVERIFY(
            !reception.tabs()->isTabEnabled(reception.tabs()->indexOf(reception.programming())));
        for (QPushButton *b : page->findChildren<QPushButton *>())
            QVERIFY(b->text() != QLatin1String("Lock") || b->isHidden());
        QTRY_VERIFY(ian->picture().programming());
        QTRY_COMPARE(
            page->table()->rowCount(), int(ian->picture().programming()->extensions.size()));
        QCOMPARE(page->baseRevision(), ian->picture().programmingRevision());
        QTRY_COMPARE(ian->picture().link().stations, 32);

        page->table()->item(3, Name)->setText(QStringLiteral("Front desk"));
        QCOMPARE(apply(page), QString());
        QTRY_COMPARE(nameInForce(alice->picture(), 4), QStringLiteral("Front desk"));
        QTRY_COMPARE(
            alice->picture().extension(QStringLiteral("104"))->name, QStringLiteral("Front desk"));
        QTRY_VERIFY(page->pendingChanges().isEmpty());
        QCOMPARE(page->baseRevision(), alice->picture().programmingRevision());

        // The audit log names the broker user who applied it.
        QSignalSpy refreshed(page->audit(), &ui::AuditView::refreshed);
        page->sections()->setCurrentWidget(page->audit());
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(refreshed.at(0).at(0).toString(), QString());
        QCOMPARE(page->audit()->entries()->topLevelItemCount(), 1);
        const QString who = page->audit()->entries()->topLevelItem(0)->text(1);
        QVERIFY2(who.contains(QStringLiteral("ian")), qPrintable(who));
    }

    // "Two installers apply programming based on the same revision: the second gets conflict,
    // and neither change is lost or half-applied": on the page, the second is told, named, keeps
    // its edits, reloads and applies again; both changes are then in force.
    void twoInstallersOnOneRevisionThroughThePage()
    {
        ServiceRig rig;
        VERIFY_RIG(rig.startBroker() && rig.startSim(32, 8) && rig.startService());
        BusClient *ian = rig.console(QStringLiteral("ian"), Role::Installer);
        BusClient *ivy = rig.console(QStringLiteral("ivy"), Role::Installer);
        BusClient *alice = rig.console(QStringLiteral("alice"));
        ui::ProgrammingPage ianPage(ian);
        ui::ProgrammingPage ivyPage(ivy);
        QTRY_VERIFY_WITH_TIMEOUT(ian->picture().isCurrent(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(ivy->picture().isCurrent(), 15000);
        QTRY_VERIFY(ian->picture().programming());
        const int rows = int(ian->picture().programming()->extensions.size());
        QVERIFY(rows >= 6);
        QTRY_COMPARE(ianPage.table()->rowCount(), rows);
        QTRY_COMPARE(ivyPage.table()->rowCount(), rows);
        const qint64 revision = ianPage.baseRevision();
        QVERIFY(revision >= 0);
        QCOMPARE(ivyPage.baseRevision(), revision);

        ianPage.table()->item(4, Name)->setText(QStringLiteral("Ian's"));
        ivyPage.table()->item(5, Name)->setText(QStringLiteral("Ivy's"));
        QCOMPARE(apply(&ianPage), QString());
        const QString refused = apply(&ivyPage);
        QVERIFY2(refused.contains(QStringLiteral("someone applied a change first")),
            qPrintable(refused));
        QCOMPARE(ivyPage.message()->text(), refused);
        QVERIFY(ivyPage.reloadButton()->isVisibleTo(&ivyPage));
        // Nothing lost: Ivy's edit is still in her table; Ian's change is in force, hers not.
        QCOMPARE(ivyPage.table()->item(5, Name)->text(), QStringLiteral("Ivy's"));
        QTRY_COMPARE(nameInForce(alice->picture(), 5), QStringLiteral("Ian's"));
        QCOMPARE(nameInForce(alice->picture(), 6), QString());
        QCOMPARE(alice->picture().programmingRevision(), revision + 1);

        // Reload: Ian's change comes in, her edit goes; she makes it again and applies.
        ivyPage.reloadButton()->click();
        QCOMPARE(ivyPage.baseRevision(), revision + 1);
        QCOMPARE(ivyPage.table()->item(4, Name)->text(), QStringLiteral("Ian's"));
        QCOMPARE(ivyPage.table()->item(5, Name)->text(), QString());
        QVERIFY(!ivyPage.reloadButton()->isVisibleTo(&ivyPage));
        ivyPage.table()->item(5, Name)->setText(QStringLiteral("Ivy's"));
        QCOMPARE(apply(&ivyPage), QString());
        QTRY_COMPARE(nameInForce(alice->picture(), 6), QStringLiteral("Ivy's"));
        QCOMPARE(nameInForce(alice->picture(), 5), QStringLiteral("Ian's"));
        // Ian's page had no edits: it shows Ivy's change by itself.
        QTRY_COMPARE(ianPage.table()->item(5, Name)->text(), QStringLiteral("Ivy's"));
        QCOMPARE(ianPage.baseRevision(), revision + 2);
    }
};

QTEST_MAIN(TestProgrammingBus)
#include "tst_programmingbus.moc"
