// The extension table as CSV (export, import with row-level errors) and the change summary
// that the apply preview and the audit log show.

#include "core/extensioncsv.h"

#include <QtTest>

using namespace sb::core;

class TestExtensionCsv : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        Programming p = Programming::factoryDefaults(6, 2);
        p.extensions[2].name = QStringLiteral("Smith, \"Jo\"");
        p.extensions[3].type = ExtensionType::SingleLine;
        p.extensions[4].receivesCampOnTones = false;
        const QByteArray csv = extensioncsv::write(p.extensions);
        QVERIFY(csv.startsWith("number,name,type,port,receivesCampOnTones,lines\r\n101,Attendant,"
                               "attendant,1,yes,1;2\r\n"));
        QVERIFY(csv.contains("103,\"Smith, \"\"Jo\"\"\",keyset,3,yes,\r\n"));
        QStringList errors;
        const auto back = extensioncsv::read(csv, &errors);
        QVERIFY2(back.has_value(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(*back, p.extensions);
    }

    void badRowsAreNamedAndNothingIsKept()
    {
        const QByteArray csv = "number,name,type,port,receivesCampOnTones,lines\n"
                               "101,Desk,attendant,1,yes,1\n"
                               "102,Bob,rotary,2,yes,\n"
                               "103,Ann,keyset,x,maybe,\n"
                               "104,Too few\n"
                               "\n"
                               "101,Again,keyset,5,yes,\n";
        QStringList errors;
        QVERIFY(!extensioncsv::read(csv, &errors).has_value());
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral(
                     "row 3: type 'rotary' is not keyset, single-line or attendant")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("row 4: port 'x' is not a number")), qPrintable(all));
        QVERIFY2(
            all.contains(QStringLiteral("row 4: receivesCampOnTones 'maybe' is not yes or no")),
            qPrintable(all));
        QVERIFY2(
            all.contains(QStringLiteral("row 5: 6 fields expected, 2 found")), qPrintable(all));
        // Issue 9 item 5: the table's checks in the same pass, by the file's row (after a blank).
        QVERIFY2(all.contains(QStringLiteral("extension 101 (row 7): number is used twice")),
            qPrintable(all));
        QCOMPARE(errors.size(), 5);
        // Once the rows read, the table's checks name the file's rows too.
        const QByteArray duplicate = "number,name,type,port,receivesCampOnTones,lines\n"
                                     "101,Desk,attendant,1,yes,1\n"
                                     "101,Again,keyset,5,yes,\n";
        QVERIFY(!extensioncsv::read(duplicate, &errors).has_value());
        QCOMPARE(
            errors, QStringList {QStringLiteral("extension 101 (row 3): number is used twice")});
        QVERIFY(!extensioncsv::read("name,number\n", &errors).has_value());
        QVERIFY(errors.first().contains(QStringLiteral("header")));
    }

    // Issue 9 item 5: every problem of a file in one pass (structure, numbers, ranges, names,
    // the controller's size), an unclosed quote named as one.
    void everyProblemInOnePass()
    {
        const QByteArray csv = "number,name,type,port,receivesCampOnTones,lines\n"
                               "101,Desk,attendant,1,yes,1;9\n"
                               "102,Bob,keyset,40,yes,\n"
                               "103,Ann,keyset,x,yes,\n"
                               "10,Eve,keyset,4,yes,\n"
                               "105,\"Line\nbreak\",keyset,5,yes,\n"
                               "106,\"Never closed,keyset,6,yes,\n"
                               "107,Lost,keyset,7,yes,\n";
        QStringList errors;
        QVERIFY(!extensioncsv::read(csv, &errors, {32, 8}).has_value());
        QCOMPARE(errors,
            (QStringList {QStringLiteral("row 4: port 'x' is not a number"),
                QStringLiteral("row 7: a quote \" opens a field and is never closed"),
                QStringLiteral("extension 101 (row 2): line 9 is beyond the controller's lines "
                               "(it has 8)"),
                QStringLiteral("extension 102 (row 3): port 40 is beyond the controller's "
                               "stations (it has 32)"),
                QStringLiteral("extension 105 (row 6): name: character 5 (U+000a) is a line "
                               "break, which a name may not hold"),
                QStringLiteral("extension 10 (row 5): number 10 is the start of 101 (extension "
                               "101 (row 2))")}));
        // An unclosed quote in the last row, and a file with only its header: an empty table.
        QVERIFY(!extensioncsv::read("number,name,type,port,receivesCampOnTones,lines\n"
                                    "101,\"Desk,attendant,1,yes,",
            &errors)
                     .has_value());
        QCOMPARE(errors,
            QStringList {QStringLiteral("row 2: a quote \" opens a field and is never closed")});
        QVERIFY(!extensioncsv::read("number,name,type,port,receivesCampOnTones,lines\r\n", &errors)
                     .has_value());
        QVERIFY2(errors.size() == 1
                && errors.first().startsWith(QStringLiteral("extensions: the "
                                                            "table is empty")),
            qPrintable(errors.join(QLatin1Char('\n'))));
        // A spreadsheet's byte-order mark is not part of the header.
        const auto bom = extensioncsv::read("\xEF\xBB\xBFnumber,name,type,port,receivesCampOnTones,"
                                            "lines\r\n101,Desk,attendant,1,yes,\r\n",
            &errors);
        QVERIFY2(bom.has_value(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void changesAreDescribedLineByLine()
    {
        const Programming before = Programming::factoryDefaults(4, 1);
        Programming after = before;
        after.options.ringLimit = 3;
        after.options.callbackEnabled = false;
        after.extensions[1].name = QStringLiteral("Reception");
        after.extensions[2].number = QStringLiteral("203");
        after.extensions.removeLast();
        ExtensionConfig added;
        added.port = 9;
        added.number = QStringLiteral("109");
        after.extensions << added;
        const QStringList c = describeChanges(before, after);
        QVERIFY2(c.contains(QStringLiteral("callback: on → off")),
            qPrintable(c.join(QLatin1Char('\n'))));
        QVERIFY(c.contains(QStringLiteral("ring limit: 4 → 3")));
        QVERIFY(c.contains(QStringLiteral("extension 102 (port 2): name '' → 'Reception'")));
        QVERIFY(c.contains(QStringLiteral("extension 103 (port 3): number 103 → 203")));
        QVERIFY(c.contains(QStringLiteral("extension 104 (port 4) removed")));
        QVERIFY(c.contains(QStringLiteral("extension 109 (port 9) added")));
        QCOMPARE(c.size(), 6);
        QVERIFY(describeChanges(before, before).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExtensionCsv)
#include "tst_extensioncsv.moc"
