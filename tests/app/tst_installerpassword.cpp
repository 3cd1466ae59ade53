// The installer password: a salted slow hash only, the forced change of the factory password,
// and five wrong tries locking programming for 60 s.

#include "app/installerpassword.h"

#include <QtTest>

using sb::app::InstallerPassword;

class TestInstallerPassword : public QObject
{
    Q_OBJECT
private slots:
    void storedOnlyAsSaltedSlowHash()
    {
        InstallerPassword a, b;
        QVERIFY(a.hash().startsWith("$argon2id$"));
        QVERIFY(!a.hash().contains(InstallerPassword::factoryPassword().toUtf8()));
        QVERIFY(a.hash() != b.hash()); // salted: the same password, another hash
        QCOMPARE(
            a.check(InstallerPassword::factoryPassword(), 0), InstallerPassword::Check::Accepted);
        QCOMPARE(a.check(QStringLiteral("guess"), 0), InstallerPassword::Check::Wrong);
        // A stored hash is checked as it was made.
        InstallerPassword restored(a.hash(), true);
        QCOMPARE(restored.check(InstallerPassword::factoryPassword(), 0),
            InstallerPassword::Check::Accepted);
    }

    void factoryPasswordMustBeChanged()
    {
        InstallerPassword p;
        QVERIFY(p.mustChange());
        QVERIFY(p.change(InstallerPassword::factoryPassword(), QStringLiteral("short"), 0)
                    .contains(QStringLiteral("8 characters")));
        QVERIFY(
            !p.change(InstallerPassword::factoryPassword(), InstallerPassword::factoryPassword(), 0)
                 .isEmpty());
        QVERIFY(p.change(QStringLiteral("wrong one"), QStringLiteral("a good secret"), 0)
                    .contains(QStringLiteral("wrong")));
        QVERIFY(p.mustChange());
        QCOMPARE(p.change(InstallerPassword::factoryPassword(), QStringLiteral("a good secret"), 0),
            QString());
        QVERIFY(!p.mustChange());
        QCOMPARE(p.check(QStringLiteral("a good secret"), 0), InstallerPassword::Check::Accepted);
        QCOMPARE(p.check(InstallerPassword::factoryPassword(), 0), InstallerPassword::Check::Wrong);
    }

    void fiveWrongTriesLockForSixtySeconds()
    {
        InstallerPassword p;
        for (int i = 1; i < InstallerPassword::maxTries; ++i)
            QCOMPARE(p.check(QStringLiteral("nope"), 1000), InstallerPassword::Check::Wrong);
        QCOMPARE(p.check(QStringLiteral("nope"), 1000), InstallerPassword::Check::Locked);
        // Locked: even the right password is not checked.
        QCOMPARE(
            p.check(InstallerPassword::factoryPassword(), 30000), InstallerPassword::Check::Locked);
        QCOMPARE(p.lockedFor(30000), qint64(31000));
        QVERIFY(
            p.change(InstallerPassword::factoryPassword(), QStringLiteral("a good secret"), 30000)
                .contains(QStringLiteral("locked for 31 s")));
        QCOMPARE(p.check(InstallerPassword::factoryPassword(), 61000),
            InstallerPassword::Check::Accepted);
        QCOMPARE(p.lockedFor(61000), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestInstallerPassword)
#include "tst_installerpassword.moc"
