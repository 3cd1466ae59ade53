// What the call service's ProgrammingService keeps on disk (issue 9, items 1–4, 7 and 10),
// through the real runtime and real files: a change that cannot be saved or audited changes
// nothing, a full disk is reported (a child process with a small RLIMIT_FSIZE), a password change
// that cannot be kept leaves the old password in force, the lockout outlives a restart, a damaged
// installer.ini is named and keeps programming locked, and the audit names the OS account. The
// programming page shows the last two through the client (the service in this process).

#include "client/inprocessclient.h"
#include "service/programmingservice.h"
#include "service/runtime.h"
#include "storage/atomicfile.h"
#include "tests/support/fulldisk.h"
#include "ui/auditview.h"
#include "ui/eventlogmodel.h"
#include "ui/programmingpage.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace sb;
using sb::service::InstallerPassword;
using sb::service::ProgrammingService;
using Check = service::InstallerPassword::Check;
using test::bytesOf;
using test::modeOf;
using test::runWithFileSizeLimit;

namespace {

const QString secret = QStringLiteral("installer-1");

core::Connection smallSystem()
{
    core::Connection c;
    c.stations = 12;
    c.lines = 2;
    return c;
}

core::Programming renamed(core::Programming p, const QString &name)
{
    p.factory = false;
    p.extensions[3].name = name;
    return p;
}

/// The child's side: one apply, one password change or one event-log export; prints the
/// error, 1 when it failed.
int childMain(const QString &what, const QString &file)
{
    if (what == QLatin1String("--export-log")) {
        ui::EventLogModel log;
        for (int i = 0; i < 200; ++i)
            log.append(QStringLiteral("event %1 of a long afternoon at the switchboard").arg(i));
        // Written on a worker thread; the child has nothing else to do but wait for it.
        const QString error = log.exportCsv(file).result();
        std::fputs(qPrintable(error), stdout);
        return error.isEmpty() ? 0 : 1;
    }
    sb::service::Runtime runtime(smallSystem());
    ProgrammingService service(&runtime, file);
    const QString error = what == QLatin1String("--apply")
        ? service.apply(renamed(service.current(), QStringLiteral("Full disk")))
        : service.changePassword(secret, QStringLiteral("installer-2"));
    std::fputs(qPrintable(error), stdout);
    return error.isEmpty() ? 0 : 1;
}

/// The call service on `file` in this process, as the console runs it.
sb::service::CallService::Settings inProcess(const QString &file)
{
    sb::service::CallService::Settings s;
    s.connection = smallSystem();
    s.connectionChosen = true;
    s.programmingFile = file;
    s.deviceLister = [] { return core::Devices(); };
    return s;
}

/// Gives the page the password and waits for the service's answer (empty when accepted).
QString unlock(ui::ProgrammingPage &page, const QString &password)
{
    QSignalSpy answered(&page, &ui::ProgrammingPage::answered);
    page.unlock(password);
    QString error = QStringLiteral("(no answer)");
    const bool done = QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &args : std::as_const(answered)) {
                if (args.at(0).toString() == QLatin1String("check-password")) {
                    error = args.at(1).toString();
                    return true;
                }
            }
            return false;
        },
        15000);
    return done ? error : QStringLiteral("(no answer)");
}

} // namespace

class TestProgrammingService : public QObject
{
    Q_OBJECT
private slots:
    // Item 2: with the file unwritable (a folder in its place, so even root cannot write it)
    // Apply says so, and nothing changed: not live, not audited.
    void failedSaveChangesNothing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("programming.json"));
        sb::service::Runtime runtime(smallSystem());
        ProgrammingService service(&runtime, file);
        QCOMPARE(service.changePassword(InstallerPassword::factoryPassword(), secret), QString());
        const core::Programming before = service.current();
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("programming.json")));
        QVERIFY(!service.apply(renamed(before, QStringLiteral("Never"))).isEmpty());
        QVERIFY(service.current() == before);
        QVERIFY(service.audit().isEmpty());

        // The audit log unwritable: the change is refused too, and the file not replaced.
        QVERIFY(QDir(dir.path()).rmdir(QStringLiteral("programming.json")));
        QCOMPARE(service.apply(renamed(before, QStringLiteral("First"))), QString());
        const QByteArray saved = bytesOf(file);
        const QString audit = dir.filePath(QStringLiteral("audit.jsonl"));
        QVERIFY(QFile::rename(audit, audit + QStringLiteral(".moved")));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("audit.jsonl")));
        const QString error = service.apply(renamed(before, QStringLiteral("Unaudited")));
        QVERIFY2(error.contains(QStringLiteral("audit log")), qPrintable(error));
        QCOMPARE(bytesOf(file), saved);
        QCOMPARE(service.current().extensions[3].name, QStringLiteral("First"));
        // And the connection the same way: kept and recorded first, switched only then.
        const core::Connection was = service.connection();
        core::Connection other = was;
        other.stations = 16;
        QVERIFY(!service.setConnection(other).isEmpty());
        QVERIFY(service.connection() == was);
    }

    // Item 1 through Apply: a full disk is an error, never success; the file, its backup and
    // the audit log are byte for byte what they were.
    void fullDiskApplyReportsFailure()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("programming.json"));
        {
            sb::service::Runtime runtime(smallSystem());
            ProgrammingService service(&runtime, file);
            QCOMPARE(
                service.changePassword(InstallerPassword::factoryPassword(), secret), QString());
            QCOMPARE(service.apply(renamed(service.current(), QStringLiteral("One"))), QString());
            QCOMPARE(service.apply(renamed(service.current(), QStringLiteral("Two"))), QString());
        }
        const QStringList files {file, file + QStringLiteral(".bak"),
            dir.filePath(QStringLiteral("audit.jsonl")),
            dir.filePath(QStringLiteral("installer.ini"))};
        QList<QByteArray> before;
        for (const QString &f : files)
            before << bytesOf(f);
        QVERIFY(before[0].size() > 1024);
        QString output;
        QCOMPARE(runWithFileSizeLimit({QStringLiteral("--apply"), file}, 512, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("File too large")), qPrintable(output));
        for (int i = 0; i < files.size(); ++i)
            QCOMPARE(bytesOf(files[i]), before[i]);
        QCOMPARE(modeOf(file), mode_t(0644));
        QCOMPARE(modeOf(files[2]), mode_t(0600));
    }

    // Item 1 for the event-log export: a full disk is reported, and an older export of the
    // same name stays whole.
    void fullDiskEventLogExportReportsFailure()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("log.csv"));
        QVERIFY(storage::AtomicFile::save(csv, "time,event\r\n").isEmpty());
        QString output;
        QCOMPARE(runWithFileSizeLimit({QStringLiteral("--export-log"), csv}, 4096, &output), 1);
        QVERIFY2(output.contains(csv) && output.contains(QStringLiteral("File too large")),
            qPrintable(output));
        QCOMPARE(bytesOf(csv), QByteArray("time,event\r\n"));
    }

    // Item 3: a new password that cannot be kept is reported, and the old one stays in force,
    // in this run (a folder in place of installer.ini) and after a restart (a full disk).
    void passwordChangeThatCannotBeKept()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("programming.json"));
        const QString ini = ProgrammingService::installerFile(file);
        {
            sb::service::Runtime runtime(smallSystem());
            ProgrammingService service(&runtime, file);
            const mode_t old = ::umask(0);
            QCOMPARE(
                service.changePassword(InstallerPassword::factoryPassword(), secret), QString());
            ::umask(old);
            QCOMPARE(modeOf(ini), mode_t(0600)); // item 7: the hash is for the owner only
        }
        QString output;
        QCOMPARE(
            runWithFileSizeLimit({QStringLiteral("--change-password"), file}, 100, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("old password stays")), qPrintable(output));
        sb::service::Runtime runtime(smallSystem());
        {
            ProgrammingService restarted(&runtime, file);
            QCOMPARE(restarted.checkPassword(QStringLiteral("installer-2")), Check::Wrong);
            QCOMPARE(restarted.checkPassword(secret), Check::Accepted);
        }
        ProgrammingService service(&runtime, file);
        const QByteArray kept = bytesOf(ini);
        QVERIFY(QFile::rename(ini, ini + QStringLiteral(".moved")));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("installer.ini")));
        const QString error = service.changePassword(secret, QStringLiteral("installer-2"));
        QVERIFY2(error.contains(QStringLiteral("old password stays")), qPrintable(error));
        QCOMPARE(service.checkPassword(QStringLiteral("installer-2")), Check::Wrong);
        QCOMPARE(service.checkPassword(secret), Check::Accepted);
        QVERIFY(!service.mustChangePassword());
        QVERIFY(QDir(dir.path()).rmdir(QStringLiteral("installer.ini")));
        QVERIFY(QFile::rename(ini + QStringLiteral(".moved"), ini));
        QCOMPARE(bytesOf(ini), kept);
    }

    // Item 4: five wrong passwords lock programming, and a restart does not unlock it; the
    // wrong tries count across a restart too; a clock set back does not lengthen the lock.
    void lockoutSurvivesRestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("programming.json"));
        const QString ini = ProgrammingService::installerFile(file);
        sb::service::Runtime runtime(smallSystem());
        {
            ProgrammingService service(&runtime, file);
            for (int i = 1; i < InstallerPassword::maxTries; ++i)
                QCOMPARE(service.checkPassword(QStringLiteral("nope")), Check::Wrong);
        }
        {
            ProgrammingService restarted(&runtime, file); // four wrong tries are kept
            QCOMPARE(restarted.lockedSeconds(), 0);
            QCOMPARE(restarted.checkPassword(QStringLiteral("nope")), Check::Locked);
        }
        {
            ProgrammingService restarted(&runtime, file);
            QVERIFY(restarted.lockedSeconds() > 50 && restarted.lockedSeconds() <= 60);
            QCOMPARE(restarted.checkPassword(InstallerPassword::factoryPassword()), Check::Locked);
        }
        // Locked until a year from now, as a clock set back would make it: still 60 s at most.
        {
            QSettings s(ini, QSettings::IniFormat);
            s.setValue(QStringLiteral("installer/lockedUntil"),
                QDateTime::currentDateTimeUtc().addDays(365).toString(Qt::ISODateWithMs));
        }
        {
            ProgrammingService restarted(&runtime, file);
            QVERIFY(restarted.lockedSeconds() > 50 && restarted.lockedSeconds() <= 60);
        }
        // A lock that has run out is over.
        {
            QSettings s(ini, QSettings::IniFormat);
            s.setValue(QStringLiteral("installer/lockedUntil"),
                QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs));
            s.setValue(QStringLiteral("installer/wrongTries"), 0);
        }
        ProgrammingService later(&runtime, file);
        QCOMPARE(later.lockedSeconds(), 0);
        QCOMPARE(later.checkPassword(InstallerPassword::factoryPassword()), Check::Accepted);
    }

    // Item 7: garbage, a hash cut short, an empty file: named where the password is asked, and
    // programming stays locked (no factory password). Only a kept connection is fine.
    void damagedInstallerFileIsNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("says");
        InstallerPassword p;
        QVERIFY(p.change(InstallerPassword::factoryPassword(), secret, 0).isEmpty());
        QTest::addRow("garbage") << QByteArray("\x7f"
                                               "ELF\x02\x01\x01\0\0 binary garbage\n",
            26) << "installer/hash is missing";
        // mustChange=false: nothing else but the damage stands in the way of a change.
        QTest::addRow("cut short")
            << "[installer]\nmustChange=false\nhash=\"" + p.hash().left(40) + "\n"
            << "cut short";
        QTest::addRow("empty") << QByteArray() << "is empty";
    }
    void damagedInstallerFileIsNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("programming.json"));
        const QString ini = ProgrammingService::installerFile(file);
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        sb::service::Runtime runtime(smallSystem());
        ProgrammingService service(&runtime, file, [] { return core::Devices(); });
        const QString problem = service.passwordProblem();
        QVERIFY2(problem.contains(ini) && problem.contains(says) && problem.contains("locked"),
            qPrintable(problem));
        QCOMPARE(ProgrammingService::installerFileProblem(ini), problem);
        QCOMPARE(service.checkPassword(InstallerPassword::factoryPassword()), Check::Locked);
        QCOMPARE(service.checkPassword(secret), Check::Locked);
        QCOMPARE(service.changePassword(
                     InstallerPassword::factoryPassword(), QStringLiteral("another-1")),
            problem);
        // Review: Connect too (it rewrote the damaged file around what QSettings made of it).
        core::Connection other = service.connection();
        other.stations = 16;
        QCOMPARE(service.setConnection(other), problem);
        QCOMPARE(bytesOf(ini), text); // nothing overwritten
        // The installer sees it where the password is asked, before and after trying: the call
        // service in this process says it (password-state, check-password).
        client::InProcessClient client(inProcess(file));
        ui::ProgrammingPage page(&client);
        const auto shown = [&page, &problem] {
            for (const QLabel *l : page.findChildren<QLabel *>()) {
                if (l->text() == problem)
                    return true;
            }
            return false;
        };
        client.start();
        QTRY_VERIFY(client.isConnected()); // the service is made on its own thread
        QTRY_VERIFY(shown());
        QCOMPARE(unlock(page, InstallerPassword::factoryPassword()), problem);
        QVERIFY(!page.isUnlocked());
        QVERIFY(shown());
        client.shutDown(); // the service has stopped (stop() only asks)
        QCOMPARE(bytesOf(ini), text); // still nothing overwritten
    }

    void keptConnectionAloneIsNoDamage()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("installer.ini"));
        {
            QSettings s(ini, QSettings::IniFormat);
            s.setValue(QStringLiteral("connection/kind"), QStringLiteral("simulated"));
        }
        QCOMPARE(ProgrammingService::installerFileProblem(ini), QString());
        QCOMPARE(ProgrammingService::installerFileProblem(dir.filePath(QStringLiteral("none.ini"))),
            QString());
    }

    // Item 7 at start: switchboard names the damaged file on standard error.
    void damagedInstallerFileNamedAtStart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("programming.json"));
        QFile f(ProgrammingService::installerFile(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("garbage garbage\n");
        f.close();
        QProcess p;
        p.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--headless"), QStringLiteral("--config"), file});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += p.readAllStandardError()).contains("installer.ini is damaged"), 10000);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QVERIFY2(err.contains(QFile::encodeName(f.fileName())), err.constData());
    }

    // Review of items 6, 7: installer.ini as a FIFO hung start-up (QSettings opens the file
    // when constructed, before the check that it is a regular file); now it is named as one
    // that cannot be read, and the program runs on.
    void fifoInstallerFileDoesNotHangStartUp()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("programming.json"));
        const QString ini = ProgrammingService::installerFile(file);
        QCOMPARE(::mkfifo(QFile::encodeName(ini).constData(), 0600), 0);
        QProcess p;
        p.start(QStringLiteral(SWITCHBOARD_BIN),
            {QStringLiteral("--headless"), QStringLiteral("--config"), file});
        QVERIFY(p.waitForStarted());
        // Said on standard error at start, and in the event log (standard output) once the
        // event loop runs: then SIGTERM ends it cleanly.
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput())
                                     .contains("installer.ini is damaged: it cannot be read"),
            10000);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        out += p.readAllStandardOutput();
        QVERIFY2(out.contains("stopped"), out.constData());
        QVERIFY(p.readAllStandardError().contains("installer.ini is damaged: it cannot be read"));
    }

    // Item 10: "who" is the operating system's account, whatever $USER says; damaged lines of
    // the audit log are counted and the supervisor is told.
    void auditNamesTheAccountAndCountsDamage()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("programming.json"));
        sb::service::Runtime runtime(smallSystem());
        ProgrammingService service(&runtime, file);
        QCOMPARE(service.changePassword(InstallerPassword::factoryPassword(), secret), QString());
        const QByteArray user = qgetenv("USER");
        qputenv("USER", "mallory");
        const QString applied = service.apply(renamed(service.current(), QStringLiteral("Desk")));
        qputenv("USER", user);
        QCOMPARE(applied, QString());
        QVERIFY(!ProgrammingService::accountName().isEmpty());
        QVERIFY(ProgrammingService::accountName() != QLatin1String("mallory"));
        QList<service::AuditLog::Entry> audit = service.audit();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(
            audit[0].who, QStringLiteral("installer (%1)").arg(ProgrammingService::accountName()));
        QCOMPARE(service.auditSkipped(), 0);

        QFile log(dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(log.open(QIODevice::Append));
        log.write("{\"when\": \"2026-\n");
        log.close();
        QCOMPARE(service.apply(renamed(service.current(), QStringLiteral("Desk 2"))), QString());
        audit = service.audit();
        QCOMPARE(audit.size(), 2);
        QCOMPARE(service.auditSkipped(), 1);
        // The installer is told on the page's audit section (the service's audit answer counts
        // the damaged lines).
        client::InProcessClient client(inProcess(file));
        ui::ProgrammingPage page(&client);
        client.start();
        QTRY_VERIFY(client.isConnected()); // the service is made on its own thread
        QCOMPARE(unlock(page, secret), QString());
        QSignalSpy refreshed(page.audit(), &ui::AuditView::refreshed);
        page.sections()->setCurrentWidget(page.audit());
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(refreshed.at(0).at(0).toString(), QString());
        QCOMPARE(page.audit()->entries()->topLevelItemCount(), 2); // one change each
        QCOMPARE(page.audit()->entries()->topLevelItem(0)->text(1),
            QStringLiteral("installer (%1)").arg(ProgrammingService::accountName()));
        QVERIFY(page.audit()->note()->text().contains(QStringLiteral("1 damaged line")));
        QVERIFY(!page.audit()->note()->isHidden());
        client.stop();
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3
        && (QByteArray(argv[1]) == "--apply" || QByteArray(argv[1]) == "--change-password"
            || QByteArray(argv[1]) == "--export-log")) {
        QCoreApplication app(argc, argv);
        return childMain(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]));
    }
    QApplication app(argc, argv);
    TestProgrammingService t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_programmingservice.moc"
