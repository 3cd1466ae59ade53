// The programming model's factory defaults (behaviour.md, "Factory defaults") and the dial plan.

#include "core/bulkedit.h"
#include "core/dialplan.h"
#include "core/programming.h"
#include "core/programmingjson.h"

#include <QtTest>

#include <random>

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

    // Issue 9 item 5: an empty table, a port beyond the controller's stations and a line beyond
    // its lines are refused, each naming the row and field; an unknown size checks only 1..65535.
    void problemsEmptyTableAndControllerSize()
    {
        Programming empty = Programming::factoryDefaults(4, 1);
        empty.extensions.clear();
        for (auto checks : {Programming::Checks::Load, Programming::Checks::Edit}) {
            const QStringList all = empty.problems(checks);
            QCOMPARE(all.size(), 1);
            QVERIFY2(all.first().startsWith(QStringLiteral("extensions: the table is empty")),
                qPrintable(all.first()));
        }
        Programming p = Programming::factoryDefaults(32, 8);
        p.extensions[31].port = 40; // extension 132
        p.extensions[0].lines = {1, 99};
        QVERIFY(p.problems().isEmpty()); // the size is not known yet
        const QStringList all = p.problems(Programming::Checks::Edit, {32, 8});
        QCOMPARE(all,
            (QStringList {QStringLiteral("extension 101 (row 1): line 99 is beyond the "
                                         "controller's lines (it has 8)"),
                QStringLiteral(
                    "extension 132 (row 32): port 40 is beyond the controller's stations "
                    "(it has 32)")}));
        QVERIFY(p.problems(Programming::Checks::Load, {40, 99}).isEmpty());
        QCOMPARE(p.problems(Programming::Checks::Load, {40, 0}).size(), 2); // no lines at all
    }

    // Issue 9 item 17 (round 2): every kind of problem carries the row (index into the table,
    // -1 for an option or the whole table) and the field it is in, so that a view links it
    // without reading its words; rowNumbers renames the rows in the words only (a CSV file's).
    void problemsKnowTheirRowAndField()
    {
        using F = ProgrammingProblem::Field;
        Programming p = Programming::factoryDefaults(12, 2);
        p.extensions[0].type = ExtensionType::SingleLine; // port 1 type; no attendant
        p.extensions[1].number = QStringLiteral("10x");
        p.extensions[2].number = QStringLiteral("901");
        p.extensions[3].port = 3;
        p.extensions[4].lines = {3};
        p.extensions[5].number = QStringLiteral("104");
        p.extensions[6].name = QStringLiteral("Bob\nSmith");
        p.extensions[7].port = 0;
        p.extensions[8].port = 40;
        p.extensions[9].lines = {70000};
        p.extensions[10].number = QStringLiteral("55");
        p.extensions[11].number = QStringLiteral("551");
        p.options.ringLimit = 16;
        p.options.guardDelay = 60001;
        p.options.expiry = -1;
        p.options.maxRequestsPerTarget = 0;
        p.options.maxRequestsPerCaller = 0;
        const QVector<QPair<int, F>> expected {{0, F::Type}, {1, F::Number}, {2, F::Number},
            {3, F::Port}, {4, F::Lines}, {5, F::Number}, {6, F::Name}, {7, F::Port}, {8, F::Port},
            {9, F::Lines}, {-1, F::Type}, {10, F::Number}, {-1, F::RingLimit}, {-1, F::GuardDelay},
            {-1, F::Expiry}, {-1, F::RequestsPerTarget}, {-1, F::RequestsPerCaller}};
        const QVector<ProgrammingProblem> found
            = p.findProblems(Programming::Checks::Edit, {12, 2});
        QCOMPARE(found.size(), expected.size());
        QStringList texts;
        for (int i = 0; i < found.size(); ++i) {
            QCOMPARE(found.at(i).row, expected.at(i).first);
            QCOMPARE(found.at(i).field, expected.at(i).second);
            texts << found.at(i).text;
        }
        QCOMPARE(p.problems(Programming::Checks::Edit, {12, 2}), texts); // the text wrapper
        QCOMPARE(found.at(8).text,
            QStringLiteral("extension 109 (row 9): port 40 is beyond the controller's stations "
                           "(it has 12)"));
        QCOMPARE(found.at(11).text,
            QStringLiteral("extension 55 (row 11): number 55 is the start of 551 (extension 551 "
                           "(row 12))"));
        Programming empty;
        const QVector<ProgrammingProblem> none = empty.findProblems();
        QCOMPARE(none.size(), 1);
        QCOMPARE(none.first().row, -1);
        QCOMPARE(none.first().field, F::Table);

        // Rows named as a file's rows: the words change, row and field do not.
        QVector<int> fileRows;
        for (int r = 0; r < p.extensions.size(); ++r)
            fileRows << r + 2;
        const QVector<ProgrammingProblem> renamed
            = p.findProblems(Programming::Checks::Edit, {12, 2}, fileRows);
        QCOMPARE(renamed.size(), found.size());
        QCOMPARE(renamed.at(11).row, 10);
        QCOMPARE(renamed.at(11).text,
            QStringLiteral("extension 55 (row 12): number 55 is the start of 551 (extension 551 "
                           "(row 13))"));
    }

    // Issue 9 item 11: control characters, line breaks and text-direction controls in a name are
    // refused, naming the character; ordinary names of every script are not.
    void problemsNameCharacters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::addRow("umlauts") << QStringLiteral("Jürgen Müller-Straße") << QString();
        QTest::addRow("arabic") << QStringLiteral("محمد") << QString();
        QTest::addRow("persian ZWNJ") << QStringLiteral("می\u200Cخواهم") << QString();
        QTest::addRow("emoji") << QStringLiteral("Ann 😀") << QString();
        QTest::addRow("LF") << QStringLiteral("Ann\nBob")
                            << QStringLiteral("name: character 4 (U+000a) is a line break");
        QTest::addRow("CR") << QStringLiteral("Ann\r")
                            << QStringLiteral("(U+000d) is a line break");
        QTest::addRow("tab") << QStringLiteral("A\tB")
                             << QStringLiteral("(U+0009) is a control character");
        QTest::addRow("escape") << QStringLiteral("\x1b[2J")
                                << QStringLiteral("character 1 (U+001b) is a control character");
        QTest::addRow("C1") << QStringLiteral("A\u0085")
                            << QStringLiteral("(U+0085) is a line break");
        QTest::addRow("RLO") << QStringLiteral("Ann\u202Egpj.exe")
                             << QStringLiteral("(U+202e) is a text-direction control");
        QTest::addRow("LRE") << QStringLiteral("\u202AAnn")
                             << QStringLiteral("(U+202a) is a text-direction control");
        QTest::addRow("RLI") << QStringLiteral("Ann\u2067")
                             << QStringLiteral("(U+2067) is a text-direction control");
        QTest::addRow("PDI") << QStringLiteral("Ann\u2069")
                             << QStringLiteral("(U+2069) is a text-direction control");
        QTest::addRow("RLM") << QStringLiteral("Ann\u200F")
                             << QStringLiteral("(U+200f) is a text-direction control");
        QTest::addRow("line separator")
            << QStringLiteral("A\u2028B") << QStringLiteral("(U+2028) is a line break");
        QTest::addRow("after emoji")
            << QStringLiteral("😀\n") << QStringLiteral("character 2 (U+000a)");
    }
    void problemsNameCharacters()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        Programming p = Programming::factoryDefaults(4, 1);
        p.extensions[2].name = name;
        for (auto checks : {Programming::Checks::Load, Programming::Checks::Edit}) {
            const QStringList all = p.problems(checks);
            if (problem.isEmpty()) {
                QVERIFY2(all.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
                continue;
            }
            QCOMPARE(all.size(), 1);
            QVERIFY2(all.first().startsWith(QStringLiteral("extension 103 (row 3): name: "))
                    && all.first().contains(problem),
                qPrintable(all.first()));
        }
    }

    // Issue 9 items 5 and 8: members of the wrong JSON type are refused with the field named and
    // what was found ("version": "1" is not "missing").
    void jsonWrongTypesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray head = "{\"format\": \"switchboard-programming\", \"version\": 1, ";
        const QByteArray one
            = "\"extensions\": [{\"port\": 1, \"number\": \"101\", \"type\": \"attendant\"}]}";
        QTest::addRow("version as text")
            << QByteArray("{\"format\": \"switchboard-programming\", \"version\": \"1\", ") + one
            << QStringLiteral("version: must be the number 1; found the text \"1\"");
        QTest::addRow("version missing") << QByteArray("{\"format\": \"switchboard-programming\", ")
                + one << QStringLiteral("version: missing (this program reads 1)");
        QTest::addRow("version 2")
            << QByteArray("{\"format\": \"switchboard-programming\", \"version\": 2, ") + one
            << QStringLiteral("version: 2 is not a version this program reads (it reads 1)");
        QTest::addRow("options as a list") << head + "\"options\": [4], "
                + one << QStringLiteral("options: must be an object { … }; found a list [ … ]");
        QTest::addRow("ringLimit 4.7")
            << head + "\"options\": {\"ringLimit\": 4.7}, " + one
            << QStringLiteral(
                   "options.ringLimit: must be a whole number from 1 to 15; found the number 4.7");
        QTest::addRow("ringLimit as text")
            << head + "\"options\": {\"ringLimit\": \"4\"}, " + one
            << QStringLiteral(
                   "options.ringLimit: must be a whole number from 1 to 15; found the text \"4\"");
        QTest::addRow("callback as text")
            << head + "\"options\": {\"callbackEnabled\": \"yes\"}, " + one
            << QStringLiteral("options.callbackEnabled: must be true or false; found the text "
                              "\"yes\"");
        QTest::addRow("name as a number")
            << head
                + "\"extensions\": [{\"port\": 1, \"number\": \"101\", \"name\": 42, "
                  "\"type\": \"attendant\"}]}"
            << QStringLiteral("extensions[0].name: must be text in quotes; found the number 42");
        QTest::addRow("type 5") << head
                + "\"extensions\": [{\"port\": 1, \"number\": \"101\", \"type\": 5}]}"
                                << QStringLiteral(
                                       "extensions[0].type: must be \"keyset\", \"single-line\" or "
                                       "\"attendant\"; found the number 5");
        QTest::addRow("number as a number")
            << head + "\"extensions\": [{\"port\": 1, \"number\": 101, \"type\": \"attendant\"}]}"
            << QStringLiteral("extensions[0].number: must be digits in quotes (\"104\"); found the "
                              "number 101");
        QTest::addRow("port 1.5")
            << head + "\"extensions\": [{\"port\": 1.5, \"number\": \"101\"}]}"
            << QStringLiteral(
                   "extensions[0].port: must be a whole number from 1 to 65535; found the number "
                   "1.5");
        QTest::addRow("line 2.5")
            << head + "\"extensions\": [{\"port\": 1, \"number\": \"101\", \"lines\": [2.5]}]}"
            << QStringLiteral("extensions[0].lines: the number 2.5 is not a line number");
        QTest::addRow("extensions as an object")
            << head + "\"extensions\": {}}"
            << QStringLiteral("extensions: must be a list [ … ]; found an object { … }");
        QTest::addRow("extensions empty")
            << head + "\"extensions\": []}" << QStringLiteral("extensions: the table is empty");
        QTest::addRow("name with a line break")
            << head + "\"extensions\": [{\"port\": 1, \"number\": \"101\", \"name\": \"A\\nB\"}]}"
            << QStringLiteral("extension 101 (row 1): name: character 2 (U+000a) is a line break");
    }
    void jsonWrongTypesAreNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString e;
        QVERIFY(!programmingjson::read(json, &e).has_value());
        QVERIFY2(e.startsWith(error), qPrintable(e));
    }

    // Issue 9 item 5: unknown keys (a misspelt "ringlimit") are named as warnings; the file loads.
    void jsonUnknownKeysAreWarnings()
    {
        const QByteArray json = "{\"format\": \"switchboard-programming\", \"version\": 1, "
                                "\"comment\": \"x\", \"options\": {\"ringlimit\": 2}, "
                                "\"extensions\": [{\"port\": 1, \"number\": \"101\", \"type\": "
                                "\"attendant\", \"nmae\": \"Desk\"}]}";
        QString error;
        QStringList warnings;
        const auto p = programmingjson::read(json, &error, &warnings);
        QVERIFY2(p.has_value(), qPrintable(error));
        QCOMPARE(p->options.ringLimit, 4); // the misspelt key was not used
        QCOMPARE(warnings,
            (QStringList {QStringLiteral("comment: unknown key, ignored"),
                QStringLiteral("options.ringlimit: unknown key, ignored (did you mean ringLimit?)"),
                QStringLiteral("extensions[0].nmae: unknown key, ignored")}));
        // What this program writes reads back without a warning.
        QVERIFY(programmingjson::read(programmingjson::write(*p), &error, &warnings).has_value());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
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

    // The dial plan compares packed numbers (issue 11's benchmark): the same answers as a plain
    // search of every number, for random plans and digits of 0-9, * and # up to 16 long, and
    // for a plan with a number that cannot be packed (17 digits), which compares strings.
    void dialPlanAgreesWithASearchOfEveryNumber()
    {
        std::mt19937 rng(11);
        const char alphabet[] = "0123456789*#";
        auto randomDigits = [&](int maxLength) {
            std::string d(size_t(1 + rng() % maxLength), '0');
            for (char &c : d)
                c = alphabet[rng() % (rng() % 8 ? 10 : 12)];
            return d;
        };
        for (int round = 0; round < 40; ++round) {
            DialPlan plan;
            std::vector<std::pair<std::string, int>> numbers;
            for (int i = 0; i < 60; ++i) {
                const std::string n = randomDigits(round % 2 ? 4 : 16);
                numbers.emplace_back(n, i + 1);
                plan.add(n, i + 1);
            }
            if (round == 39) {
                numbers.emplace_back("12345678901234567", 99);
                plan.add("12345678901234567", 99);
            }
            plan.finish();
            for (int q = 0; q < 400; ++q) {
                std::string d = q % 3 == 0 ? numbers[rng() % numbers.size()].first
                                           : randomDigits(round % 2 ? 5 : 17);
                if (q % 3 == 1 && d.size() > 1)
                    d.resize(d.size() / 2); // a prefix of something, often
                int expectedPort = 0;
                bool complete = false, partial = false;
                for (const auto &n : numbers) {
                    if (n.first == d && !complete) {
                        complete = true;
                        expectedPort = n.second; // the first added wins
                    }
                    if (n.first.size() > d.size() && n.first.compare(0, d.size(), d) == 0)
                        partial = true;
                }
                const DialPlan::Match expected = complete
                    ? (partial ? DialPlan::Match::CompleteAndPartial : DialPlan::Match::Complete)
                    : (partial ? DialPlan::Match::Partial : DialPlan::Match::None);
                int port = 0;
                QCOMPARE(plan.match(d, &port), expected);
                if (complete)
                    QCOMPARE(port, expectedPort);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestProgramming)
#include "tst_programming.moc"
