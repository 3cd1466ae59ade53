// The programming file (docs/programming-file.md): round trip, errors that name the place,
// a broken file keeps the last good programming, and a save killed at any moment leaves the
// old or the new file, never a broken one.

#include "core/programmingjson.h"
#include "service/connectionsettings.h"
#include "service/programmingstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace sb;
using sb::service::ProgrammingStore;

namespace {

core::Programming sample(int variant)
{
    core::Programming p = core::Programming::factoryDefaults(40, 4);
    p.factory = false;
    p.options.ringLimit = 3 + variant;
    p.options.guardDelay = 2000;
    p.options.expiry = 45 * 60000;
    p.options.callbackEnabled = variant % 2 == 0;
    p.extensions[3].name = QStringLiteral("Reception desk %1").arg(variant);
    p.extensions[4].type = core::ExtensionType::SingleLine;
    p.extensions[5].receivesCampOnTones = false;
    p.extensions[6].lines = {2, 3};
    return p;
}

/// The helper: saves programming 0 and 1 in turn until killed.
int saveForever(const QString &path)
{
    ProgrammingStore store(path);
    for (int i = 0;; ++i) {
        if (!store.save(sample(i % 2)).isEmpty())
            return 3;
        if (i == 0) { // the parent kills only from here on: every round checks a file
            std::fputs("saved\n", stdout);
            std::fflush(stdout);
        }
    }
}

/// The helper for a full disk: saves programming `variant`; prints the error, 1 when it failed.
int saveOnce(const QString &path, int variant)
{
    const QString error = ProgrammingStore(path).save(sample(variant));
    std::fputs(qPrintable(error), stdout);
    return error.isEmpty() ? 0 : 1;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TestProgrammingStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsIdentical()
    {
        QTemporaryDir dir;
        ProgrammingStore store(dir.filePath(QStringLiteral("p.json")));
        QCOMPARE(store.save(sample(1)), QString());
        const ProgrammingStore::Loaded l = store.load();
        QVERIFY(l.programming.has_value());
        QVERIFY(l.message.isEmpty());
        QVERIFY(*l.programming == sample(1));
        // And the text itself is stable: saving what was loaded writes the same bytes.
        QCOMPARE(
            core::programmingjson::write(*l.programming), core::programmingjson::write(sample(1)));
    }

    // A file written before the attendant checks existed still loads; an edit gets them.
    void attendantChecksApplyToEditsNotToLoading()
    {
        QTemporaryDir dir;
        core::Programming p = core::Programming::factoryDefaults(4, 1);
        p.factory = false;
        p.extensions[0].type = core::ExtensionType::SingleLine; // no attendant, port 1 single-line
        const QString file = dir.filePath(QStringLiteral("old.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(core::programmingjson::write(p));
        f.close();
        const sb::service::ProgrammingStore::Loaded loaded
            = sb::service::ProgrammingStore(file).load();
        QVERIFY2(loaded.programming.has_value(), qPrintable(loaded.message));
        QCOMPARE(loaded.programming->extensions.at(0).type, core::ExtensionType::SingleLine);
        QCOMPARE(loaded.programming->problems().size(), 2);
    }

    // The kept connection: every field round-trips; a missing VID:PID is the default; a bad one
    // or a bad kind is named with its key.
    void connectionSettingsRoundTrip()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("installer.ini"));
        QVERIFY(!sb::service::ConnectionSettings::load(ini).has_value());
        core::Connection serial;
        serial.kind = core::Connection::Kind::Serial;
        serial.serialPort = QStringLiteral("/dev/ttyUSB3");
        serial.serialNumber = QStringLiteral("A12345");
        serial.baud = 57600;
        QCOMPARE(sb::service::ConnectionSettings::save(ini, serial), QString());
        auto back = sb::service::ConnectionSettings::load(ini);
        QVERIFY(back.has_value());
        QVERIFY(*back == serial);
        QCOMPARE(back->serialNumber, QStringLiteral("A12345"));

        core::Connection usb;
        usb.kind = core::Connection::Kind::Usb;
        usb.vendorId = 0x0483;
        usb.productId = 0x5740;
        QCOMPARE(sb::service::ConnectionSettings::save(ini, usb), QString());
        back = sb::service::ConnectionSettings::load(ini);
        QVERIFY(back.has_value());
        QCOMPARE(back->vendorId, quint16(0x0483));
        QCOMPARE(back->productId, quint16(0x5740));
        {
            QSettings s(ini, QSettings::IniFormat);
            s.remove(QStringLiteral("connection/usb"));
        }
        back = sb::service::ConnectionSettings::load(ini);
        QVERIFY(back.has_value());
        QCOMPARE(core::usbId(back->vendorId, back->productId), QStringLiteral("1209:4b54"));
        {
            QSettings s(ini, QSettings::IniFormat);
            s.setValue(QStringLiteral("connection/usb"), QStringLiteral("12345:4b54"));
        }
        QString problem;
        QVERIFY(!sb::service::ConnectionSettings::load(ini, &problem).has_value());
        QVERIFY2(problem.endsWith(
                     QStringLiteral("connection/usb: '12345:4b54' is not VID:PID (1209:4b54)")),
            qPrintable(problem));
        {
            QSettings s(ini, QSettings::IniFormat);
            s.setValue(QStringLiteral("connection/usb"), QStringLiteral("1209:4b54"));
            s.setValue(QStringLiteral("connection/kind"), QStringLiteral("serial"));
            s.setValue(QStringLiteral("connection/serialPort"), QStringLiteral("/dev/ttyS0"));
            s.setValue(QStringLiteral("connection/baud"), 300);
        }
        QVERIFY(!sb::service::ConnectionSettings::load(ini, &problem).has_value());
        QVERIFY2(problem.contains(QStringLiteral("rate: 300 baud")), qPrintable(problem));
    }

    void missingFileIsFactoryDefaults()
    {
        QTemporaryDir dir;
        const ProgrammingStore::Loaded l
            = ProgrammingStore(dir.filePath(QStringLiteral("none.json"))).load();
        QVERIFY(!l.programming.has_value());
        QVERIFY(l.message.isEmpty());
    }

    void errorsNameThePlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        const QByteArray good = core::programmingjson::write(sample(0));
        QTest::addRow("broken JSON")
            << QByteArray("{\n  \"format\": \"switchboard-programming\",\n  \"version\": 1,,\n}")
            << "line 3, column 17";
        QTest::addRow("not ours") << QByteArray("{\"format\": \"other\"}") << "format";
        QTest::addRow("future version") << QByteArray(good).replace("\"version\": 1",
            "\"version\": 7") << "version: 7 is not a version this program reads";
        QTest::addRow("ring limit") << QByteArray(good).replace("\"ringLimit\": 3",
            "\"ringLimit\": 99") << "options.ringLimit: must be a whole number from 1 to 15";
        QTest::addRow("type") << QByteArray(good).replace("\"single-line\"",
            "\"rotary\"") << "extensions[4].type: 'rotary' is not keyset, single-line or attendant";
        QTest::addRow("duplicate") << QByteArray(good).replace("\"106\"", "\"105\"")
                                   << "extension 105 (row 6): number is used twice";
        QTest::addRow("port") << QByteArray(good).replace("\"port\": 2,", "\"port\": 0,")
                              << "extensions[1].port";
    }
    void errorsNameThePlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!core::programmingjson::read(json, &error).has_value());
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    // A broken file keeps the last good programming (its backup), and says so.
    void brokenFileKeepsLastGood()
    {
        QTemporaryDir dir;
        ProgrammingStore store(dir.filePath(QStringLiteral("p.json")));
        QCOMPARE(store.save(sample(0)), QString());
        QCOMPARE(store.save(sample(1)), QString()); // sample(0) is now the backup
        QFile f(store.path());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ \"format\": \"switchboard-programming\", \"vers");
        f.close();
        ProgrammingStore::Loaded l = store.load();
        QVERIFY(l.programming.has_value());
        QVERIFY(l.fromBackup);
        QVERIFY(*l.programming == sample(0));
        QVERIFY2(l.message.contains(store.path()) && l.message.contains(QStringLiteral("line 1")),
            qPrintable(l.message));
        // A broken file never becomes the backup: saving now keeps the good backup.
        QCOMPARE(store.save(sample(1)), QString());
        QFile b(store.backupPath());
        QVERIFY(b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), core::programmingjson::write(sample(0)));
        // Nothing good at all: factory defaults, loudly.
        QFile::remove(store.backupPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("[]");
        f.close();
        l = store.load();
        QVERIFY(!l.programming.has_value());
        QVERIFY2(l.message.contains(QStringLiteral("factory defaults")), qPrintable(l.message));
    }

    // Issue 9 item 1: a full disk (a child whose files may not grow past 1 KB; write() fails
    // with EFBIG) reports the error and leaves the file and its backup byte for byte.
    void fullDiskKeepsFileAndBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        ProgrammingStore store(path);
        QCOMPARE(store.save(sample(0)), QString());
        QCOMPARE(store.save(sample(1)), QString());
        const QByteArray file = bytesOf(path);
        const QByteArray backup = bytesOf(store.backupPath());
        QVERIFY(file.size() > 2048 && backup.size() > 2048);
        for (int attempt = 0; attempt < 2; ++attempt) { // "apply two changes"
            QProcess child;
            child.setChildProcessModifier([] {
                ::signal(SIGXFSZ, SIG_IGN);
                const rlimit limit {1024, 1024};
                ::setrlimit(RLIMIT_FSIZE, &limit);
            });
            child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--save-once"), path, QString::number(2 + attempt)});
            QVERIFY(child.waitForFinished(20000));
            const QString error = QString::fromLocal8Bit(child.readAllStandardOutput());
            QCOMPARE(child.exitCode(), 1);
            QVERIFY2(error.contains(path) && error.contains(QStringLiteral("File too large")),
                qPrintable(error));
            QCOMPARE(bytesOf(path), file);
            QCOMPARE(bytesOf(store.backupPath()), backup);
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                QStringList({QStringLiteral("p.json"), QStringLiteral("p.json.bak")}));
        }
        const ProgrammingStore::Loaded l = store.load();
        QVERIFY(l.programming.has_value() && !l.fromBackup);
        QVERIFY(*l.programming == sample(1));
    }

    // Issue 9 items 1 and 2: the step before the renames can refuse (the audit log); then
    // neither the file nor the backup changes.
    void refusedBeforeCommitChangesNothing()
    {
        QTemporaryDir dir;
        ProgrammingStore store(dir.filePath(QStringLiteral("p.json")));
        QCOMPARE(store.save(sample(0)), QString());
        QCOMPARE(store.save(sample(1)), QString());
        const QByteArray file = bytesOf(store.path());
        const QByteArray backup = bytesOf(store.backupPath());
        QCOMPARE(store.save(sample(2), [] { return QStringLiteral("no audit"); }),
            QStringLiteral("no audit"));
        QCOMPARE(bytesOf(store.path()), file);
        QCOMPARE(bytesOf(store.backupPath()), backup);
        bool asked = false;
        QCOMPARE(store.save(sample(2),
                     [&] {
                         asked = true;
                         return QString();
                     }),
            QString());
        QVERIFY(asked);
        QCOMPARE(bytesOf(store.backupPath()), file);
    }

    // Issue 9 item 9: what interrupted saves left is removed at start when stale, only that.
    void staleTemporariesRemoved()
    {
        QTemporaryDir dir;
        ProgrammingStore store(dir.filePath(QStringLiteral("programming.json")));
        QCOMPARE(store.save(sample(0)), QString());
        const QDateTime hourAgo = QDateTime::currentDateTime().addSecs(-3600);
        for (const QString &name : {QStringLiteral("programming.json.kqJwaZ"),
                 QStringLiteral("programming.json.bak.ZzoPlL"),
                 QStringLiteral("installer.ini.AxbyCz"), QStringLiteral("programming.json.freshQ"),
                 QStringLiteral("installer.ini.backup"), QStringLiteral("notes.txt")}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("{") == 1 && f.flush());
            if (!name.contains(QLatin1String("fresh")))
                QVERIFY(f.setFileTime(hourAgo, QFileDevice::FileModificationTime));
        }
        QCOMPARE(store.removeStaleTemporaries().size(), 3);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
            QStringList({QStringLiteral("installer.ini.backup"), QStringLiteral("notes.txt"),
                QStringLiteral("programming.json"), QStringLiteral("programming.json.freshQ")}));
    }

    // Kill a process in the middle of saving, 40 times: the file is always the old or the new one.
    void saveKilledAtAnyMomentLeavesOldOrNew()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        for (int i = 0; i < 40; ++i) {
            QProcess helper;
            helper.start(
                QCoreApplication::applicationFilePath(), {QStringLiteral("--save-forever"), path});
            QVERIFY(helper.waitForStarted());
            // Review: killed before its first save, a round checked nothing (under ASan, most
            // rounds); now the kill comes a random moment after the first save.
            QTRY_VERIFY_WITH_TIMEOUT(helper.canReadLine(), 20000);
            QTest::qWait(int(QRandomGenerator::global()->bounded(20)));
            ::kill(pid_t(helper.processId()), SIGKILL);
            QVERIFY(helper.waitForFinished());
            const ProgrammingStore::Loaded l = ProgrammingStore(path).load();
            QVERIFY2(l.programming.has_value() && !l.fromBackup, qPrintable(l.message));
            QVERIFY(*l.programming == sample(0) || *l.programming == sample(1));
        }
    }
};

int main(int argc, char *argv[])
{
    if (argc == 4 && QByteArray(argv[1]) == "--save-once") {
        QCoreApplication app(argc, argv);
        return saveOnce(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    if (argc == 3 && QByteArray(argv[1]) == "--save-forever") {
        QCoreApplication app(argc, argv);
        return saveForever(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestProgrammingStore t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_programmingstore.moc"
