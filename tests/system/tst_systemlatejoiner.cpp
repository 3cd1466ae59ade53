// Issue 10's system test "A late joiner: at 1,000 extensions with 5,000 live requests it has the
// full picture. Compare every tile and every request with the service." switchboardd runs on
// switchboard-sim's pty with 1,000 stations (factory programming: extensions 1001 to 2000) and
// the requests are left by real phone actions on the simulator (R1), then a console joins.

#include "tests/support/servicerig.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace sb;
using sb::test::ServiceRig;

#define VERIFY_RIG(call) QVERIFY2((call), qPrintable(rig.errorString()))

namespace {

constexpr int stations = 1000;
constexpr int requests = 5000;
constexpr int targets = 200; // ports 2 to 201 stay off-hook: busy for ever

/// The phone actions that leave `count` callbacks: the targets go off-hook (busy, and never
/// served while they stay so), then each caller (ports 202 to 1000) calls a busy target, presses
/// CALLBACK and hangs up (R1), round after round at other targets. Per target at most 26
/// requests and per caller at most 7, within the factory limits of 32 and 16 (R2).
QStringList leaveCallbacks(int count)
{
    QStringList lines;
    for (int port = 2; port < 2 + targets; ++port)
        lines << QStringLiteral("off-hook %1").arg(port);
    int left = 0;
    for (int round = 0; left < count; ++round) {
        for (int caller = 2 + targets; caller <= stations && left < count; ++caller, ++left) {
            // Distinct targets per caller: round * 29 mod 200 differs for rounds 0 to 6.
            const int target = 2 + (caller + round * 29) % targets;
            lines << QStringLiteral("off-hook %1").arg(caller)
                  << QStringLiteral("dial %1 %2").arg(caller).arg(1000 + target)
                  << QStringLiteral("key %1 CALLBACK").arg(caller)
                  << QStringLiteral("on-hook %1").arg(caller);
        }
    }
    return lines;
}

} // namespace

class TestSystemLateJoiner : public QObject
{
    Q_OBJECT
private slots:
    void lateJoinerHasTheFullPictureAt1000ExtensionsAnd5000Requests()
    {
        ServiceRig rig;
        VERIFY_RIG(rig.startBroker() && rig.startSim(stations, 8) && rig.startService());
        QCOMPARE(rig.raw().extensionNumbers().size(), stations);

        QElapsedTimer timer;
        timer.start();
        rig.sim().sayAll(leaveCallbacks(requests));
        QTRY_VERIFY2_WITH_TIMEOUT(
            rig.raw().requestIds().size() == requests && rig.raw().isComplete(),
            qPrintable(QStringLiteral("%1 requests published").arg(rig.raw().requestIds().size())),
            90000);
        qInfo("5,000 requests left and published in %lld ms", timer.elapsed());
        QCOMPARE(rig.sim().count(QStringLiteral("cannot")), 0);
        // Every request is still waiting: nobody was served (the targets are busy).
        for (const qint64 id : rig.raw().requestIds())
            QCOMPARE(rig.raw().item(QStringLiteral("request/%1").arg(id))[u"state"].toString(),
                QStringLiteral("waiting"));

        // The late joiner: a console that connects now.
        timer.restart();
        client::BusClient *late = rig.console(QStringLiteral("bob"));
        QTRY_VERIFY_WITH_TIMEOUT(late->picture().isComplete(), 30000);
        qInfo("the late joiner was complete after %lld ms", timer.elapsed());
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
