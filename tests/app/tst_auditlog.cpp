// The audit log: who, when, what; kept across restarts; a line cut short is skipped and
// counted; a full disk is reported and leaves no half entry; bounded by rotation; owner only.

#include "service/auditlog.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using sb::service::AuditLog;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void recordsAndReadsBackAcrossRestarts()
    {
        QTemporaryDir dir;
        const QString path = AuditLog::pathBeside(dir.filePath(QStringLiteral("programming.json")));
        QCOMPARE(path, dir.filePath(QStringLiteral("audit.jsonl")));
        const QDateTime t1(QDate(2026, 11, 25), QTime(9, 0, 0, 5));
        {
            AuditLog log(path);
            QCOMPARE(log.record(QStringLiteral("installer (anna)"),
                         {QStringLiteral("ring limit: 4 → 3")}, t1),
                QString());
        }
        AuditLog again(path); // a restart
        QCOMPARE(again.record(QStringLiteral("installer (ben)"),
                     {QStringLiteral("extension 104 (port 4): name '' → 'Desk, \"front\"'"),
                         QStringLiteral("callback: on → off")},
                     t1.addSecs(60)),
            QString());
        const QList<AuditLog::Entry> e = again.entries();
        QCOMPARE(e.size(), 2);
        QCOMPARE(e[0].when, t1);
        QCOMPARE(e[0].who, QStringLiteral("installer (anna)"));
        QCOMPARE(e[0].changes, QStringList {QStringLiteral("ring limit: 4 → 3")});
        QCOMPARE(e[1].changes.size(), 2);
        QCOMPARE(
            e[1].changes[0], QStringLiteral("extension 104 (port 4): name '' → 'Desk, \"front\"'"));
    }

    void lineCutShortIsSkipped()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        QCOMPARE(log.record(QStringLiteral("installer"), {QStringLiteral("a")}), QString());
        QFile f(log.path());
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"when\": \"2026-11-25T09:");
        f.close();
        QCOMPARE(log.entries().size(), 1);
        QCOMPARE(log.record(QStringLiteral("installer"), {QStringLiteral("b")}), QString());
        // The torn line stays torn; the next entry is whole, on a line of its own.
        const QList<AuditLog::Entry> e = log.entries();
        QCOMPARE(e.size(), 2);
        QCOMPARE(e.last().changes, QStringList {QStringLiteral("b")});
    }

    // Issue 9 item 1: a full disk is reported (ENOSPC from /dev/full)...
    void fullDiskIsReported()
    {
        AuditLog log(QStringLiteral("/dev/full"));
        const QString error = log.record(QStringLiteral("installer"), {QStringLiteral("x")});
        QVERIFY2(error.contains(QStringLiteral("/dev/full"))
                && error.contains(QStringLiteral("No space left")),
            qPrintable(error));
    }

    // ...and a write cut short (a child whose files may not grow; EFBIG) leaves no half entry.
    void writeCutShortLeavesNoHalfEntry()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        QCOMPARE(log.record(QStringLiteral("installer"), {QStringLiteral("a")}), QString());
        const QByteArray before = bytesOf(log.path());
        const rlim_t limit = rlim_t(before.size() + 20); // room for part of the next line only
        QProcess child;
        child.setChildProcessModifier([limit] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit l {limit, limit};
            ::setrlimit(RLIMIT_FSIZE, &l);
        });
        child.start(
            QCoreApplication::applicationFilePath(), {QStringLiteral("--record"), log.path()});
        QVERIFY(child.waitForFinished(20000));
        const QString error = QString::fromLocal8Bit(child.readAllStandardOutput());
        QCOMPARE(child.exitCode(), 1);
        QVERIFY2(error.contains(QStringLiteral("File too large")), qPrintable(error));
        QCOMPARE(bytesOf(log.path()), before);
        int skipped = -1;
        QCOMPARE(log.entries(&skipped).size(), 1);
        QCOMPARE(skipped, 0);
    }

    // Issue 9 item 10: damaged lines are counted, not silently dropped.
    void damagedLinesAreCounted()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        QCOMPARE(log.record(QStringLiteral("installer"), {QStringLiteral("a")}), QString());
        QFile f(log.path());
        QVERIFY(f.open(QIODevice::Append));
        f.write("garbage\n[1,2]\n\n{\"when\": \"2026-11-25T09:");
        f.close();
        QCOMPARE(log.record(QStringLiteral("installer"), {QStringLiteral("b")}), QString());
        int skipped = -1;
        QCOMPARE(log.entries(&skipped).size(), 2);
        QCOMPARE(skipped, 3); // the empty line is no entry, and no damage either
    }

    // Issue 9 item 10: bounded; past the limit the log rotates to audit.jsonl.1 (one older
    // file), and both are read, oldest first.
    void rotatesWhenFull()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), 1000);
        const QDateTime t0(QDate(2026, 11, 25), QTime(9, 0));
        for (int i = 0; i < 40; ++i)
            QCOMPARE(log.record(QStringLiteral("installer"), {QStringLiteral("change %1").arg(i)},
                         t0.addSecs(i)),
                QString());
        QVERIFY(QFileInfo(log.path()).size() <= 1000);
        QVERIFY(QFileInfo(log.rotatedPath()).size() <= 1000);
        QVERIFY(QFileInfo(log.rotatedPath()).size() > 500);
        QVERIFY(!QFileInfo::exists(log.path() + QStringLiteral(".2")));
        const QList<AuditLog::Entry> e = log.entries();
        QVERIFY(e.size() > 10 && e.size() < 40); // the oldest are gone
        QCOMPARE(e.last().changes, QStringList {QStringLiteral("change 39")});
        for (int i = 1; i < e.size(); ++i)
            QVERIFY(e[i - 1].when < e[i].when);
    }

    // Issue 9 item 7: owner only, whatever the umask.
    void ownerOnly()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        const mode_t old = ::umask(0);
        QCOMPARE(log.record(QStringLiteral("installer"), {QStringLiteral("a")}), QString());
        ::umask(old);
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(log.path()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }

    // Review of issue 9 items 7, 10: a log an older version left 0644 becomes audit.jsonl.1 at
    // the next rotation; that one is owner only too (it was never opened for writing again).
    void rotatedLogIsOwnerOnly()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), 1000);
        {
            QFile old(log.path());
            QVERIFY(old.open(QIODevice::WriteOnly));
            const QByteArray line = "{\"when\":\"2026-11-25T09:00:00.000\",\"who\":\"installer\","
                                    "\"changes\":[\"an old change\"]}\n";
            for (int i = 0; i < 20; ++i)
                QCOMPARE(old.write(line), line.size());
            QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        }
        QVERIFY(QFileInfo(log.path()).size() > 1000);
        QCOMPARE(log.record(QStringLiteral("installer"), {QStringLiteral("new")}), QString());
        QVERIFY(QFileInfo::exists(log.rotatedPath()));
        for (const QString &path : {log.path(), log.rotatedPath()}) {
            struct stat st = {};
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
            QCOMPARE(st.st_mode & 0777, mode_t(0600));
        }
        QCOMPARE(log.entries().size(), 21);
    }

    void unwritableNamesThePath()
    {
        AuditLog log(QStringLiteral("/proc/no/such/audit.jsonl"));
        const QString error = log.record(QStringLiteral("installer"), {QStringLiteral("x")});
        QVERIFY2(error.contains(QStringLiteral("/proc/no/such/audit.jsonl")), qPrintable(error));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--record") {
        // The helper for a full disk: one entry much longer than the room left.
        const QString error
            = AuditLog(QString::fromLocal8Bit(argv[2]))
                  .record(QStringLiteral("installer"), {QString(200, QLatin1Char('z'))});
        std::fputs(qPrintable(error), stdout);
        return error.isEmpty() ? 0 : 1;
    }
    TestAuditLog t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_auditlog.moc"
