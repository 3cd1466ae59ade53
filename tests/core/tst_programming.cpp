// The programming model's factory defaults (behaviour.md, "Factory defaults") and the dial plan.

#include "core/dialplan.h"
#include "core/programming.h"

#include <QtTest>

using namespace sb::core;

class TestProgramming : public QObject
{
    Q_OBJECT
private slots:
    // Station port p is extension 100 + p with at most 899 stations; port 1 is the attendant.
    void factoryNumbering()
    {
        const Programming p = Programming::factoryDefaults(32, 8);
        QCOMPARE(p.extensions.size(), 32);
        QCOMPARE(p.extensions.at(0).number, QStringLiteral("101"));
        QCOMPARE(p.extensions.at(0).type, ExtensionType::Attendant);
        QCOMPARE(p.extensions.at(31).number, QStringLiteral("132"));
        QCOMPARE(p.extensions.at(31).type, ExtensionType::Keyset);
        QCOMPARE(Programming::factoryNumber(899, 899), QStringLiteral("999"));
        QCOMPARE(Programming::factoryNumber(1, 900), QStringLiteral("1001"));
        QCOMPARE(Programming::factoryNumber(900, 900), QStringLiteral("1900"));
        QVERIFY(p.factory);
        QVERIFY2(p.problems().isEmpty(), qPrintable(p.problems().join(QLatin1Char('\n'))));
    }

    // Every outside line rings the attendant, and only the attendant.
    void factoryLinesRingTheAttendant()
    {
        const Programming p = Programming::factoryDefaults(8, 3);
        QCOMPARE(p.extensions.at(0).lines, (QVector<int> {1, 2, 3}));
        for (int i = 1; i < p.extensions.size(); ++i)
            QVERIFY(p.extensions.at(i).lines.isEmpty());
    }

    // Callback on, camp-on tones on everywhere, 4 rings, no guard, no expiry, 32/16 requests.
    void factoryOptions()
    {
        const Programming p = Programming::factoryDefaults(8, 2);
        QVERIFY(p.options.callbackEnabled);
        QVERIFY(p.options.campOnTones);
        QCOMPARE(p.options.ringLimit, 4);
        QCOMPARE(p.options.guardDelay, 0);
        QCOMPARE(p.options.expiry, 0);
        QCOMPARE(p.options.maxRequestsPerTarget, 32);
        QCOMPARE(p.options.maxRequestsPerCaller, 16);
        for (const ExtensionConfig &e : p.extensions)
            QVERIFY(e.receivesCampOnTones);
    }

    void problemsNameTheField()
    {
        Programming p = Programming::factoryDefaults(4, 1);
        p.extensions[1].number = QStringLiteral("101");
        p.extensions[2].number = QStringLiteral("1x3");
        p.extensions[3].port = 3;
        p.options.ringLimit = 0;
        const QString all = p.problems().join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("extension 101 (row 2): number is used twice")),
            qPrintable(all));
        QVERIFY2(
            all.contains(QStringLiteral("extension 1x3 (row 3): number must be 1 to 8 digits")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("(row 4): port 3 is used twice")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("ring limit")), qPrintable(all));
        QCOMPARE(p.problems().size(), 4);
    }

    // Numbers may not clash with the codes (9 seizes a line) nor start one another.
    void problemsCodesAndPrefixes()
    {
        Programming p = Programming::factoryDefaults(4, 1);
        p.extensions[1].number = QStringLiteral("900");
        p.extensions[2].number = QStringLiteral("10");
        p.extensions[3].lines = {0};
        const QString all = p.problems().join(QLatin1Char('\n'));
        QVERIFY2(all.contains(
                     QStringLiteral("extension 900 (row 2): number clashes with the line code 9")),
            qPrintable(all));
        QVERIFY2(
            all.contains(QStringLiteral(
                "extension 10 (row 3): number 10 is the start of 101 (extension 101 (row 1))")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("(row 4): line 0 is out of range")), qPrintable(all));
        QCOMPARE(p.problems().size(), 3);
    }

    void dialPlanMatches()
    {
        DialPlan plan;
        plan.add("101", 1);
        plan.add("102", 2);
        plan.add("10", 7);
        plan.add("101", 9); // a duplicate keeps the first
        plan.finish();
        int port = 0;
        QCOMPARE(plan.match("1", &port), DialPlan::Match::Partial);
        QCOMPARE(plan.match("10", &port), DialPlan::Match::CompleteAndPartial);
        QCOMPARE(port, 7);
        QCOMPARE(plan.match("101", &port), DialPlan::Match::Complete);
        QCOMPARE(port, 1);
        QCOMPARE(plan.match("103", &port), DialPlan::Match::None);
        QCOMPARE(plan.match("2", &port), DialPlan::Match::None);
        QCOMPARE(plan.find("102"), 2);
        QCOMPARE(plan.find("1"), 0);
    }
};

QTEST_GUILESS_MAIN(TestProgramming)
#include "tst_programming.moc"
