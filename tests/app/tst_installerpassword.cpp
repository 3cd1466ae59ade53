// The installer password: a salted slow hash only, the forced change of the factory password,
// and five wrong tries locking programming for 60 s.

#include "service/installerpassword.h"

#include <QtTest>

using sb::service::InstallerPassword;

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

    // Issue 9 item 7: a hash cut short or garbage is told apart from a usable one.
    void damagedHashIsNoHash()
    {
        const InstallerPassword p;
        QVERIFY(InstallerPassword::isHash(p.hash()));
        QVERIFY(!InstallerPassword::isHash(p.hash().left(p.hash().size() - 10)));
        QVERIFY(!InstallerPassword::isHash(p.hash().left(20)));
        QVERIFY(!InstallerPassword::isHash("hunter2"));
        QVERIFY(!InstallerPassword::isHash(QByteArray()));
    }

    // Issue 9 item 4: the state kept across a restart comes back, and a lock never lasts
    // longer than its own length, whatever the clock said.
    void lockoutRestoredAndCapped()
    {
        InstallerPassword p;
        p.restore(3, 0, 5000);
        QCOMPARE(p.wrongTries(), 3);
        QCOMPARE(p.check(QStringLiteral("nope"), 5000), InstallerPassword::Check::Wrong);
        QCOMPARE(p.check(QStringLiteral("nope"), 5000), InstallerPassword::Check::Locked);

        InstallerPassword locked;
        locked.restore(0, 20000, 1000);
        QCOMPARE(locked.lockedFor(1000), qint64(20000));
        QCOMPARE(locked.check(InstallerPassword::factoryPassword(), 2000),
            InstallerPassword::Check::Locked);
        InstallerPassword backwards; // a clock set back a year: still at most 60 s
        backwards.restore(0, 365LL * 24 * 3600 * 1000, 1000);
        QCOMPARE(backwards.lockedFor(1000), InstallerPassword::lockoutMs);
        QCOMPARE(backwards.check(InstallerPassword::factoryPassword(), 61000),
            InstallerPassword::Check::Accepted);
    }
};

QTEST_GUILESS_MAIN(TestInstallerPassword)
#include "tst_installerpassword.moc"
