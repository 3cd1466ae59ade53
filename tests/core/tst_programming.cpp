// The programming model's factory defaults (behaviour.md, "Factory defaults") and the dial plan.

#include "core/bulkedit.h"
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

    // The attendant position is a keyset (behaviour.md, "Words"; port 1 by the factory's rule):
    // port 1 cannot take a single-line set, and a table without an attendant is refused.
    void problemsAttendantIsAKeyset()
    {
        Programming p = Programming::factoryDefaults(4, 1);
        p.extensions[0].type = ExtensionType::SingleLine;
        QStringList all = p.problems();
        QVERIFY2(all.contains(QStringLiteral("extension 101 (row 1): type: port 1 is the attendant "
                                             "position and takes a keyset, not a single-line set")),
            qPrintable(all.join(QLatin1Char('\n'))));
        QVERIFY2(all.contains(QStringLiteral(
                     "type: no extension is the attendant; give one keyset the type attendant")),
            qPrintable(all.join(QLatin1Char('\n'))));
        QCOMPARE(all.size(), 2);

        // A keyset at port 1 is fine once another keyset is the attendant.
        p.extensions[0].type = ExtensionType::Keyset;
        QCOMPARE(p.problems().size(), 1);
        p.extensions[2].type = ExtensionType::Attendant;
        QVERIFY2(p.problems().isEmpty(), qPrintable(p.problems().join(QLatin1Char('\n'))));
    }

    // Renumbering a range keeps the first number's width and refuses what cannot be.
    void bulkRenumber()
    {
        Programming p = Programming::factoryDefaults(6, 1);
        QCOMPARE(BulkEdit::renumber(p.extensions, {1, 2, 3}, QStringLiteral("200"), 10), QString());
        QCOMPARE(p.extensions.at(1).number, QStringLiteral("200"));
        QCOMPARE(p.extensions.at(2).number, QStringLiteral("210"));
        QCOMPARE(p.extensions.at(3).number, QStringLiteral("220"));
        QCOMPARE(p.extensions.at(4).number, QStringLiteral("105")); // untouched
        QVERIFY(p.problems().isEmpty());

        // In the order given, with leading zeros kept.
        QCOMPARE(BulkEdit::renumber(p.extensions, {5, 4}, QStringLiteral("0300")), QString());
        QCOMPARE(p.extensions.at(5).number, QStringLiteral("0300"));
        QCOMPARE(p.extensions.at(4).number, QStringLiteral("0301"));

        const Programming before = p;
        QCOMPARE(BulkEdit::renumber(p.extensions, {1, 2}, QStringLiteral("2x")),
            QStringLiteral("first number: '2x' is not 1 to 8 digits"));
        QCOMPARE(BulkEdit::renumber(p.extensions, {1, 2, 3}, QStringLiteral("99999999")),
            QStringLiteral("renumbering from 99999999 reaches 100000001: more than 8 digits"));
        QCOMPARE(BulkEdit::renumber(p.extensions, {1}, QStringLiteral("5"), 0),
            QStringLiteral("step: 0 is not 1 to 1000"));
        QCOMPARE(BulkEdit::renumber(p.extensions, {}, QStringLiteral("5")),
            QStringLiteral("choose the rows to renumber"));
        QCOMPARE(BulkEdit::renumber(p.extensions, {9}, QStringLiteral("5")),
            QStringLiteral("a row to renumber is not in the table"));
        QCOMPARE(p, before); // nothing changed by a refused edit

        // A renumbering that collides is the check's to name, by row.
        QCOMPARE(BulkEdit::renumber(p.extensions, {1}, QStringLiteral("210")), QString());
        QVERIFY(
            p.problems().join(QLatin1Char('\n')).contains(QStringLiteral("number is used twice")));
    }

    void bulkCopySettings()
    {
        Programming p = Programming::factoryDefaults(5, 3);
        p.extensions[1].type = ExtensionType::SingleLine;
        p.extensions[1].receivesCampOnTones = false;
        p.extensions[1].lines = {2, 3};
        QCOMPARE(BulkEdit::copySettings(p.extensions, 1, {2, 3}, BulkEdit::Lines), QString());
        QCOMPARE(p.extensions.at(2).lines, (QVector<int> {2, 3}));
        QCOMPARE(p.extensions.at(2).type, ExtensionType::Keyset); // not chosen
        QVERIFY(p.extensions.at(2).receivesCampOnTones);
        QCOMPARE(BulkEdit::copySettings(p.extensions, 1, {3, 4},
                     BulkEdit::Type | BulkEdit::CampOnTones | BulkEdit::Lines),
            QString());
        for (int r : {3, 4}) {
            QCOMPARE(p.extensions.at(r).type, ExtensionType::SingleLine);
            QVERIFY(!p.extensions.at(r).receivesCampOnTones);
            QCOMPARE(p.extensions.at(r).lines, (QVector<int> {2, 3}));
            QCOMPARE(p.extensions.at(r).number, Programming::factoryNumber(r + 1, 5)); // kept
        }
        QCOMPARE(BulkEdit::copySettings(p.extensions, 1, {2}, {}),
            QStringLiteral("choose what to copy"));
        QCOMPARE(BulkEdit::copySettings(p.extensions, 7, {2}, BulkEdit::Type),
            QStringLiteral("choose the row to copy from"));
        QCOMPARE(BulkEdit::copySettings(p.extensions, 1, {}, BulkEdit::Type),
            QStringLiteral("choose the rows to copy to"));
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
