// Issue 10, SB-BUS/1 conformance: the independent checker (sbbus_check.py, written from
// console-bus.md alone) against the real switchboardd on switchboard-sim's pty over a real
// Mosquitto set up as section 5 says. The checker's output names every failed spec sentence.

#include "tests/support/lineprocess.h"
#include "tests/support/testbroker.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using sb::test::LineProcess;
using sb::test::TestBroker;

namespace {

const QString kSystem = QStringLiteral("conformance-1");
const QString kServicePassword = QStringLiteral("pw-svc");

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_broker.addService(QStringLiteral("svc"), kServicePassword);
        m_broker.addConsole(QStringLiteral("chief"), QStringLiteral("pw-chief"),
            {QStringLiteral("reception"), QStringLiteral("supervisor"),
                QStringLiteral("installer")});
        m_broker.addConsole(
            QStringLiteral("desk"), QStringLiteral("pw-desk"), {QStringLiteral("reception")});
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));

        // Section 2: "When it starts (or its previous run crashed), the service empties every
        // retained item under R/state/ that its own picture does not hold": a previous run's
        // leftovers, published with the service's account before it starts.
        for (const QString &stale : {QStringLiteral("extension/999"),
                 QStringLiteral("request/4242"), QStringLiteral("line/77")})
            QVERIFY(publishAsService(QStringLiteral("state/") + stale, R"({"rev":1})"));

        const QString tty = m_dir.filePath(QStringLiteral("tty"));
        QVERIFY(m_sim.start(QStringLiteral(SWITCHBOARD_SIM_BIN),
            {QStringLiteral("--stations"), QStringLiteral("8"), QStringLiteral("--lines"),
                QStringLiteral("2"), QStringLiteral("--link"), tty}));
        QVERIFY2(m_sim.waitFor(QStringLiteral("^controller up"), 0, 20000) >= 0,
            qPrintable(m_sim.tail()));

        // The service's password file must not be world-readable (console.md).
        const QString passwordFile = m_dir.filePath(QStringLiteral("svc.password"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(file.write(kServicePassword.toUtf8() + '\n') > 0);
        file.close();
        m_serviceArguments = {QStringLiteral("--serial"), tty, QStringLiteral("--config"),
            m_dir.filePath(QStringLiteral("programming.json")), QStringLiteral("--bus"),
            m_broker.url(), QStringLiteral("--user"), QStringLiteral("svc"),
            QStringLiteral("--password-file"), passwordFile, QStringLiteral("--system"), kSystem};
        QVERIFY(m_service.start(QStringLiteral(SWITCHBOARDD_BIN), m_serviceArguments));

        // Two live callbacks at busy 104 (behaviour.md R1), so that request topics, their
        // events and their deletion are checked too: 103 and 105 call 104, which is off-hook.
        QVERIFY2(play({QStringLiteral("off-hook 4"), QStringLiteral("off-hook 3"),
                          QStringLiteral("dial 3 104")},
                     QStringLiteral("^host TONE 3 busy")),
            qPrintable(m_sim.tail()));
        QVERIFY2(play({QStringLiteral("key 3 CALLBACK")},
                     QStringLiteral("^host TONE 3 (confirm|ringback)")),
            qPrintable(m_sim.tail()));
        QVERIFY2(play({QStringLiteral("on-hook 3"), QStringLiteral("off-hook 5"),
                          QStringLiteral("dial 5 104")},
                     QStringLiteral("^host TONE 5 busy")),
            qPrintable(m_sim.tail()));
        QVERIFY2(play({QStringLiteral("key 5 CALLBACK")},
                     QStringLiteral("^host TONE 5 (confirm|ringback)")),
            qPrintable(m_sim.tail()));
        m_sim.say(QStringLiteral("on-hook 5"));
        // A held line (behaviour.md T2), so that a line in state "held" is checked too: 107
        // seizes line 1 and holds it; off-hook at dial tone, it is never rung for a recall.
        QVERIFY2(play({QStringLiteral("off-hook 7"), QStringLiteral("dial 7 9")},
                     QStringLiteral("^host CONNECT station 7 line 1")),
            qPrintable(m_sim.tail()));
        QVERIFY2(play({QStringLiteral("key 7 HOLD")}, QStringLiteral("^host TONE 7 dial")),
            qPrintable(m_sim.tail()));
    }

    void cleanupTestCase()
    {
        m_service.stop();
        m_sim.stop();
        m_broker.stop();
    }

    // Sections 1 to 5 as the checker reads them; every failed check is one line of its output.
    void serviceConformsToSbBus1()
    {
        QVERIFY(m_service.isRunning());
        // No gap let through any more: history and report are answered (issue 12) and checked.
        const auto [code, output] = runChecker({});
        if (code != 0)
            qInfo().noquote() << "switchboardd:\n" + m_service.tail();
        QVERIFY2(code == 0, "failed checks above (FAIL lines, each naming its spec sentence)");
    }

    // Section 2: "The service sets offline as its MQTT will": a crash (SIGKILL, no DISCONNECT)
    // leaves R/state/service offline, retained.
    void killedServiceIsOfflineByItsWill()
    {
        m_service.kill();
        const auto [code, output] = runChecker({QStringLiteral("--expect-offline")});
        QVERIFY2(code == 0, "failed checks above");
    }

    // After a crash the service starts again (a new epoch, the crashed run's leftovers emptied,
    // the whole check again, with no live requests: R12), and a clean stop (SIGTERM) leaves
    // R/state/service offline as well: "While the service is offline ... a console says so".
    void restartedServiceConformsAndStopsOffline()
    {
        QVERIFY(m_service.start(QStringLiteral(SWITCHBOARDD_BIN), m_serviceArguments));
        const auto [code, output] = runChecker({});
        QVERIFY2(code == 0, "failed checks above");
        QVERIFY(m_service.stop());
        const auto [offline, offlineOutput] = runChecker({QStringLiteral("--expect-offline")});
        QVERIFY2(offline == 0, "failed checks above");
    }

private:
    bool play(const QStringList &lines, const QString &until)
    {
        const int from = m_sim.size();
        m_sim.sayAll(lines);
        return m_sim.waitFor(until, from, 10000) >= 0;
    }

    bool publishAsService(const QString &topic, const QByteArray &payload)
    {
        QProcess pub;
        pub.setProcessChannelMode(QProcess::MergedChannels);
        pub.start(QStringLiteral("mosquitto_pub"),
            {QStringLiteral("-h"), m_broker.host(), QStringLiteral("-p"),
                QString::number(m_broker.port()), QStringLiteral("-u"), QStringLiteral("svc"),
                QStringLiteral("-P"), kServicePassword, QStringLiteral("-q"), QStringLiteral("1"),
                QStringLiteral("-r"), QStringLiteral("-t"),
                QStringLiteral("switchboard/1/%1/%2").arg(kSystem, topic), QStringLiteral("-m"),
                QString::fromUtf8(payload)});
        return pub.waitForFinished(10000) && pub.exitStatus() == QProcess::NormalExit
            && pub.exitCode() == 0;
    }

    // Runs the checker with Debian's python3 (python3-paho-mqtt); its exit code and output.
    std::pair<int, QString> runChecker(const QStringList &extra)
    {
        QProcess checker;
        checker.setProcessChannelMode(QProcess::MergedChannels);
        checker.start(QStringLiteral("/usr/bin/python3"),
            QStringList {QStringLiteral(SBBUS_CHECK), QStringLiteral("--host"), m_broker.host(),
                QStringLiteral("--port"), QString::number(m_broker.port()),
                QStringLiteral("--user"), QStringLiteral("chief"), QStringLiteral("--password"),
                QStringLiteral("pw-chief"), QStringLiteral("--reception-user"),
                QStringLiteral("desk"), QStringLiteral("--reception-password"),
                QStringLiteral("pw-desk"), QStringLiteral("--system"), kSystem,
                QStringLiteral("--verbose")}
                + extra);
        // The checker bounds its own waits (20 s for a picture, 5 s per answer).
        if (!checker.waitForFinished(180000)) {
            checker.kill();
            checker.waitForFinished();
            return {-1, QStringLiteral("the checker did not finish\n") + checker.readAll()};
        }
        const QString output = QString::fromUtf8(checker.readAll());
        // Every line of the checker's, in full (QVERIFY2 would cut a long message).
        for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            qInfo().noquote() << line;
        return {checker.exitStatus() == QProcess::NormalExit ? checker.exitCode() : -1, output};
    }

    QStringList m_serviceArguments;
    QTemporaryDir m_dir;
    TestBroker m_broker {kSystem};
    LineProcess m_sim {QStringLiteral("switchboard-sim")};
    LineProcess m_service {QStringLiteral("switchboardd")};
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
