// The audit log: who, when, what; kept across restarts; a line cut short is skipped.

#include "app/auditlog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using sb::app::AuditLog;

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

    void unwritableNamesThePath()
    {
        AuditLog log(QStringLiteral("/proc/no/such/audit.jsonl"));
        const QString error = log.record(QStringLiteral("installer"), {QStringLiteral("x")});
        QVERIFY2(error.contains(QStringLiteral("/proc/no/such/audit.jsonl")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
