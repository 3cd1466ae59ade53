// The command line of console.md: every option, and bad arguments named in one line.

#include "app/daemonoptions.h"
#include "app/options.h"
#include "service/connectionsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using sb::app::configFileProblem;
using sb::app::Options;
using sb::app::parseArguments;
using sb::app::ParseResult;
using sb::service::ConnectionSettings;

class TestOptions : public QObject
{
    Q_OBJECT
    ParseResult parse(QStringList args, Options *o)
    {
        args.prepend(QStringLiteral("switchboard"));
        return parseArguments(args, o);
    }

private slots:
    void defaultsRunTheSimulatedController()
    {
        Options o;
        QCOMPARE(parse({}, &o).action, ParseResult::Action::Run);
        QCOMPARE(o.transport, Options::Transport::Simulated);
        QCOMPARE(o.stations, 32);
        QCOMPARE(o.lines, 8);
        QVERIFY(!o.headless);
        QVERIFY(!o.transportChosen); // the installer's kept connection may then apply
    }

    void everyOption()
    {
        Options o;
        QCOMPARE(parse({"--serial", "/dev/ttyUSB0", "--baud", "921600", "--headless", "--lang",
                           "de", "--config", "/tmp/p.json"},
                     &o)
                     .action,
            ParseResult::Action::Run);
        QCOMPARE(o.transport, Options::Transport::Serial);
        QVERIFY(o.transportChosen);
        QCOMPARE(o.serialDevice, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(o.baud, 921600);
        QVERIFY(o.headless);
        QCOMPARE(o.language, QStringLiteral("de"));
        QCOMPARE(o.configFile, QStringLiteral("/tmp/p.json"));

        Options u;
        QCOMPARE(parse({"--usb"}, &u).action, ParseResult::Action::Run);
        QCOMPARE(u.transport, Options::Transport::Usb);
        QCOMPARE(u.vendorId, quint16(0x1209));
        QCOMPARE(u.productId, quint16(0x4b54));
        Options v;
        QCOMPARE(parse({"--usb", "dead:BEEF", "--headless"}, &v).action, ParseResult::Action::Run);
        QCOMPARE(v.vendorId, quint16(0xdead));
        QCOMPARE(v.productId, quint16(0xbeef));
        QVERIFY(v.headless);
        Options w;
        QCOMPARE(parse({"--usb=0483:5740"}, &w).action, ParseResult::Action::Run);
        QCOMPARE(w.productId, quint16(0x5740));

        Options s;
        QCOMPARE(parse({"--simulate", "100,4"}, &s).action, ParseResult::Action::Run);
        QCOMPARE(s.stations, 100);
        QCOMPARE(s.lines, 4);
        QCOMPARE(parse({"--simulate", "64"}, &s).action, ParseResult::Action::Run);
        QCOMPARE(s.stations, 64);
    }

    void badArgumentsNameTheProblem_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("unknown") << QStringList {"--bogus"} << "bogus";
        QTest::addRow("baud low") << QStringList {"--serial", "/dev/x", "--baud", "300"}
                                  << "--baud";
        QTest::addRow("baud text")
            << QStringList {"--serial", "/dev/x", "--baud", "fast"} << "fast";
        QTest::addRow("baud alone") << QStringList {"--baud", "9600"} << "--serial";
        QTest::addRow("two transports") << QStringList {"--serial", "/dev/x", "--usb"} << "exclude";
        QTest::addRow("usb id") << QStringList {"--usb", "12:zz"} << "12:zz";
        QTest::addRow("simulate") << QStringList {"--simulate", "lots"} << "lots";
        QTest::addRow("simulate size") << QStringList {"--simulate", "1"} << "stations";
        QTest::addRow("positional") << QStringList {"extra"} << "extra";
        QTest::addRow("lang") << QStringList {"--lang", "german!"} << "german!";
        QTest::addRow("missing value") << QStringList {"--serial"} << "serial";
        // Issue 10 item 4: the console of a remote service (console.md's command line).
        QTest::addRow("bus url") << QStringList {"--bus", "http://pbx", "--user", "alice"}
                                 << "http://pbx";
        QTest::addRow("bus no user") << QStringList {"--bus", "mqtt://pbx"} << "--user";
        QTest::addRow("bus and serial") << QStringList {"--bus", "mqtt://pbx", "--user", "alice",
            "--serial", "/dev/x"} << "--serial";
        QTest::addRow("bus headless")
            << QStringList {"--bus", "mqtt://pbx", "--user", "alice", "--headless"} << "--headless";
        QTest::addRow("bus system") << QStringList {"--bus", "mqtt://pbx", "--user", "alice",
            "--system", "Office!"} << "Office!";
        QTest::addRow("user alone") << QStringList {"--user", "alice"} << "--bus";
    }
    // Issue 10 item 4: --bus with its user, CA, system and roles.
    void busOptions()
    {
        Options o;
        QCOMPARE(
            parse({"--bus", "mqtts://pbx.office:8884", "--user", "alice", "--ca", "/etc/ca.crt",
                      "--system", "branch-2", "--roles", "reception,supervisor"},
                &o)
                .action,
            ParseResult::Action::Run);
        QCOMPARE(o.busUrl, QStringLiteral("mqtts://pbx.office:8884"));
        QCOMPARE(o.user, QStringLiteral("alice"));
        QCOMPARE(o.caFile, QStringLiteral("/etc/ca.crt"));
        QCOMPARE(o.system, QStringLiteral("branch-2"));
        QCOMPARE(o.roles, QStringLiteral("reception,supervisor"));
        Options d;
        QCOMPARE(
            parse({"--bus", "mqtt://pbx", "--user", "bob"}, &d).action, ParseResult::Action::Run);
        QCOMPARE(d.system, QStringLiteral("office"));
        QCOMPARE(d.roles, QStringLiteral("reception"));
        Options none;
        QCOMPARE(parse({}, &none).action, ParseResult::Action::Run);
        QVERIFY(none.busUrl.isEmpty()); // in-process
    }

    void badArgumentsNameTheProblem()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        Options o;
        const ParseResult r = parse(args, &o);
        QCOMPARE(r.action, ParseResult::Action::Error);
        QVERIFY2(r.message.contains(mentions), qPrintable(r.message));
        QVERIFY(!r.message.contains(QLatin1Char('\n')));
    }

    // Issue 9 item 8: a value that is not a number is named as written, never read as 0
    // ("rate: 0 baud"): on the command line and in installer.ini.
    void notANumberIsNamedAsWritten()
    {
        Options o;
        const ParseResult r = parse({"--serial", "/dev/x", "--baud", "abc"}, &o);
        QCOMPARE(r.action, ParseResult::Action::Error);
        QCOMPARE(r.message, QStringLiteral("--baud must be a rate from 9600 to 921600; got 'abc'"));
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("installer.ini"));
        for (const char *key : {"connection/baud", "connection/stations", "connection/lines"}) {
            {
                QSettings s(ini, QSettings::IniFormat);
                s.clear();
                s.setValue(QStringLiteral("connection/kind"),
                    QLatin1String(QByteArray(key).endsWith("baud") ? "serial" : "simulated"));
                s.setValue(QStringLiteral("connection/serialPort"), QStringLiteral("/dev/ttyUSB0"));
                s.setValue(QLatin1String(key), QStringLiteral("abc"));
            }
            QString problem;
            QVERIFY(!ConnectionSettings::load(ini, &problem).has_value());
            QCOMPARE(problem, QStringLiteral("%1: %2: 'abc' is not a number").arg(ini, key));
        }
    }

    // Issue 9 item 5: --config names what cannot be a programming file, as a bad argument; a
    // file not there yet in an existing folder is fine (the factory defaults, said at start).
    void configFileProblems()
    {
        QTemporaryDir dir;
        Options o;
        QCOMPARE(parse({"--config", dir.filePath(QStringLiteral("new.json"))}, &o).action,
            ParseResult::Action::Run);
        QCOMPARE(o.configFile, dir.filePath(QStringLiteral("new.json")));
        QCOMPARE(configFileProblem(QString()), QStringLiteral("--config needs a file name"));
        QCOMPARE(configFileProblem(dir.filePath(QStringLiteral("a/b.json"))),
            QStringLiteral("--config: the folder %1 does not exist").arg(dir.filePath("a")));
        QCOMPARE(configFileProblem(dir.path()),
            QStringLiteral("--config: %1 is a folder, not a regular file").arg(dir.path()));
        QFile file(dir.filePath(QStringLiteral("file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(configFileProblem(file.fileName()).isEmpty());
        // A file where a folder should be: the system's words (strerror) after the path.
        QVERIFY(configFileProblem(file.fileName() + QStringLiteral("/x.json"))
                    .startsWith(QStringLiteral("--config: %1/x.json: ").arg(file.fileName())));
        const ParseResult r = parse({"--config", "/dev/null"}, &o);
        QCOMPARE(r.action, ParseResult::Action::Error);
        QCOMPARE(r.message,
            QStringLiteral("--config: /dev/null is a character device, not a regular file"));
    }

    // Issue 10 "left": switchboard and switchboardd read the controller's options with one
    // ControllerOptions: a bad one is refused by both, with the same message naming it.
    void bothProgramsRefuseTheSameControllerOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("two transports") << QStringList {"--simulate", "8", "--usb"} << "exclude";
        QTest::addRow("serial and usb")
            << QStringList {"--serial", "/dev/x", "--usb=1:2"} << "--usb";
        QTest::addRow("simulate text") << QStringList {"--simulate", "lots"} << "--simulate";
        QTest::addRow("simulate stations") << QStringList {"--simulate", "1"} << "--simulate";
        QTest::addRow("simulate lines") << QStringList {"--simulate", "8,17"} << "--simulate";
        QTest::addRow("serial empty") << QStringList {"--serial", ""} << "--serial";
        QTest::addRow("baud range")
            << QStringList {"--serial", "/dev/x", "--baud", "300"} << "--baud";
        QTest::addRow("baud alone") << QStringList {"--baud", "9600"} << "--baud";
        QTest::addRow("usb id") << QStringList {"--usb", "12:zz"} << "--usb";
        QTest::addRow("usb id joined") << QStringList {"--usb=12345:1"} << "--usb";
        QTest::addRow("sim-speed") << QStringList {"--sim-speed", "0"} << "--sim-speed";
        QTest::addRow("sim-speed text") << QStringList {"--sim-speed", "fast"} << "--sim-speed";
        QTest::addRow("config empty") << QStringList {"--config", ""} << "--config";
        QTest::addRow("config device") << QStringList {"--config", "/dev/null"} << "--config";
        QTest::addRow("config folder")
            << QStringList {"--config", "/nonexistent-switchboard/p.json"} << "--config";
    }
    void bothProgramsRefuseTheSameControllerOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        sb::app::DaemonOptions service;
        const ParseResult d = sb::app::parseDaemonArguments(
            QStringList {QStringLiteral("switchboardd")} + args, &service);
        QCOMPARE(d.action, ParseResult::Action::Error);
        QVERIFY2(d.message.contains(mentions), qPrintable(d.message));
        Options console;
        const ParseResult c = parse(args, &console);
        QCOMPARE(c.action, d.action);
        QCOMPARE(c.message, d.message);
    }

    // ... and a good one is read alike: the same connection, --config and --sim-speed.
    void bothProgramsReadTheSameControllerOptions()
    {
        const QList<QStringList> lines {{}, {"--simulate", "100,4", "--sim-speed", "20"},
            {"--serial", "/dev/ttyACM0", "--baud", "9600", "--config", "/tmp/p.json"}, {"--usb"},
            {"--usb", "dead:BEEF"}, {"--usb=0483:5740"}};
        for (const QStringList &args : lines) {
            Options console;
            QCOMPARE(parse(args, &console).action, ParseResult::Action::Run);
            sb::app::DaemonOptions service;
            QCOMPARE(sb::app::parseDaemonArguments(
                         QStringList {QStringLiteral("switchboardd")} + args, &service)
                         .action,
                ParseResult::Action::Run);
            QCOMPARE(service.connection, console.connection());
            QCOMPARE(service.transportChosen, console.transportChosen);
            QCOMPARE(service.configFile, console.configFile);
            QCOMPARE(service.simulatorSpeed, console.simulatorSpeed);
        }
    }

    void helpAndVersion()
    {
        Options o;
        const ParseResult h = parse({"--help"}, &o);
        QCOMPARE(h.action, ParseResult::Action::Help);
        for (const char *opt :
            {"--simulate", "--serial", "--baud", "--usb", "--config", "--headless", "--lang"})
            QVERIFY2(h.message.contains(QLatin1String(opt)), opt);
        QCOMPARE(parse({"--version"}, &o).action, ParseResult::Action::Version);
    }

    // issue 9 item 18: the language of --help and of a command line that does not parse is
    // found before parsing, in both spellings; after "--" it is an argument, not an option.
    void languageBeforeParsing()
    {
        const auto language = [](const QStringList &args) {
            return sb::app::languageArgument(QStringList {QStringLiteral("switchboard")} + args);
        };
        QCOMPARE(language({"--lang", "de", "--help"}), QStringLiteral("de"));
        QCOMPARE(language({"--baud", "7", "--lang=es"}), QStringLiteral("es"));
        QCOMPARE(language({"--help"}), QString());
        QCOMPARE(language({"--lang"}), QString());
        QCOMPARE(language({"--", "--lang", "de"}), QString());
    }
};

QTEST_GUILESS_MAIN(TestOptions)
#include "tst_options.moc"
