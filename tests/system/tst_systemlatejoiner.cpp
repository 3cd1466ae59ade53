// Issue 10's system test "A late joiner: at 1,000 extensions with 5,000 live requests it has the
// full picture. Compare every tile and every request with the service." switchboardd runs on
// switchboard-sim's pty with 1,000 stations (a programming of extensions 1001 to 2000) and
// the requests are left by real phone actions on the simulator (R1), then a console joins.

#include "core/programmingjson.h"
#include "tests/support/servicerig.h"

#include <QElapsedTimer>
#include <QtTest>

#include <unistd.h>

using namespace sb;
using sb::test::ServiceRig;

#define VERIFY_RIG(call) QVERIFY2((call), qPrintable(rig.errorString()))

namespace {

constexpr int stations = 1000;
constexpr int requests = 5000;
constexpr int targets = 200; // ports 2 to 201 stay off-hook: busy for ever

/// The phone actions that leave `count` callbacks, by caller: each caller (ports 202 to 1000)
/// calls a busy target (ports 2 to 201, kept off-hook, so never served), presses CALLBACK and
/// hangs up (R1), round after round at other targets. Per target at most 28 requests and per
/// caller at most 7, within the factory limits of 32 and 16 (R2).
QList<QStringList> leaveCallbacks(int count)
{
    QList<QStringList> requests;
    for (int round = 0; int(requests.size()) < count; ++round) {
        for (int caller = 2 + targets; caller <= stations && int(requests.size()) < count;
             ++caller) {
            // Distinct targets per caller: round * 29 mod 200 differs for rounds 0 to 6.
            const int target = 2 + (caller + round * 29) % targets;
            requests.append({QStringLiteral("off-hook %1").arg(caller),
                QStringLiteral("dial %1 %2").arg(caller).arg(1000 + target),
                QStringLiteral("key %1 CALLBACK").arg(caller),
                QStringLiteral("on-hook %1").arg(caller)});
        }
    }
    return requests;
}

/// User and system CPU time of a process so far ("self" for this one), from /proc.
qint64 cpuMs(const QString &pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    // After the command name in parentheses: fields 14 and 15 (utime, stime) in clock ticks.
    const QByteArray stat = f.readAll();
    const QList<QByteArray> w = stat.mid(stat.lastIndexOf(')') + 1).simplified().split(' ');
    return w.size() > 12
        ? (w.at(11).toLongLong() + w.at(12).toLongLong()) * 1000 / ::sysconf(_SC_CLK_TCK)
        : -1;
}

} // namespace

class TestSystemLateJoiner : public QObject
{
    Q_OBJECT
private slots:
    void lateJoinerHasTheFullPictureAt1000ExtensionsAnd5000Requests()
    {
        ServiceRig rig;
        // A programming of 1,000 extensions, named, in the file given with --config.
        core::Programming programming = core::Programming::factoryDefaults(stations, 8);
        programming.factory = false;
        for (core::ExtensionConfig &e : programming.extensions)
            e.name = QStringLiteral("Desk ") + e.number;
        QFile file(rig.configFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(core::programmingjson::write(programming)) > 0);
        file.close();
        VERIFY_RIG(rig.startBroker() && rig.startSim(stations, 8) && rig.startService());
        QCOMPARE(rig.raw().extensionNumbers().size(), stations);
        QCOMPARE(rig.raw().item(QStringLiteral("extension/1500"))[u"name"].toString(),
            QStringLiteral("Desk 1500"));

        QElapsedTimer timer;
        timer.start();
        QStringList busy;
        for (int port = 2; port < 2 + targets; ++port)
            busy << QStringLiteral("off-hook %1").arg(port);
        VERIFY_RIG(rig.play(busy, QStringLiteral("^host TONE %1 dial").arg(1 + targets)));
        // In batches, each published before the next is played: as fast as the service
        // publishes, without piling up thousands of phone actions on the link.
        const QList<QStringList> actions = leaveCallbacks(requests);
        constexpr int batch = 250;
        for (int from = 0; from < requests; from += batch) {
            for (int i = from; i < std::min(requests, from + batch); ++i)
                rig.sim().sayAll(actions.at(i));
            const int expected = std::min(requests, from + batch);
            QTRY_VERIFY2_WITH_TIMEOUT(rig.raw().requestIds().size() == expected,
                qPrintable(QStringLiteral("%1 of %2 requests published\n%3")
                               .arg(rig.raw().requestIds().size())
                               .arg(expected)
                               .arg(rig.sim().tail(10))),
                60000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(rig.raw().isComplete(), 30000);
        qInfo("5,000 requests left and published in %lld ms; CPU used: switchboardd %lld ms, "
              "this test %lld ms",
            timer.elapsed(), cpuMs(QString::number(rig.service().pid())),
            cpuMs(QStringLiteral("self")));
        QCOMPARE(rig.sim().count(QStringLiteral("cannot")), 0);
        // Every request is still waiting: nobody was served (the targets are busy).
        for (const qint64 id : rig.raw().requestIds())
            QCOMPARE(rig.raw().item(QStringLiteral("request/%1").arg(id))[u"state"].toString(),
                QStringLiteral("waiting"));

        // The late joiner: a console that connects now, beside a raw subscriber joining at the
        // same moment (what the broker alone takes to deliver the retained state).
        timer.restart();
        client::BusClient *late = rig.console(QStringLiteral("bob"));
        test::RawState raw(rig.settings(QStringLiteral("carol")), rig.broker().root());
        qint64 rawMs = -1;
        qint64 lateMs = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (rawMs < 0 && raw.isComplete() && raw.requestIds().size() == requests)
                    rawMs = timer.elapsed();
                if (lateMs < 0 && late->picture().isComplete())
                    lateMs = timer.elapsed();
                return rawMs >= 0 && lateMs >= 0;
            }(),
            60000);
        qInfo("complete after: the late console %lld ms, a raw subscriber %lld ms", lateMs, rawMs);
        const QStringList diff = rig.waitEqual(late->picture());
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));
        QCOMPARE(late->picture().extensions().size(), stations);
        QCOMPARE(late->picture().requests().size(), requests);
        QVERIFY(late->picture().isCurrent());
        // Spot checks beside the field-by-field comparison: the first caller's requests, and
        // a target's queue in the order they were left.
        const client::Extension *caller = late->picture().extension(QStringLiteral("1202"));
        QVERIFY(caller);
        QCOMPARE(caller->left.size(), 7);
        const client::Extension *target = late->picture().extension(QStringLiteral("1002"));
        QVERIFY(target);
        QVERIFY(target->offHook);
        QVERIFY(target->waiting.size() >= 20);
        for (int i = 0; i < target->waiting.size(); ++i)
            QCOMPARE(late->picture().request(target->waiting.at(i))->position, i + 1);
    }
};

QTEST_GUILESS_MAIN(TestSystemLateJoiner)
#include "tst_systemlatejoiner.moc"
