// Issue 11, behaviour.md T9 over the real broker: switchboardd on switchboard-sim's pty, a
// receptionist's console (client::BusClient, role reception) sends section 4's `transfer` and
// `to-attendant`; what the service does is seen on the controller's wire (switchboard-sim's
// host lines) and in the console's picture, which equals the published state throughout.

#include "tests/support/servicerig.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sb;
using sb::client::BusClient;
using sb::test::Answer;
using sb::test::ServiceRig;

#define VERIFY_RIG(call) QVERIFY2((call), qPrintable(rig.errorString()))
#define COMPARE_PICTURE(client)                                                                    \
    do {                                                                                           \
        const QStringList diff_ = rig.waitEqual((client)->picture());                              \
        QVERIFY2(diff_.isEmpty(), qPrintable(diff_.join(QLatin1Char('\n'))));                      \
    } while (false)

namespace {

/// The live request of kind transfer for `line` in `picture`, or null.
const client::Request *transferOf(const client::Picture &picture, int line)
{
    for (const client::Request *r : picture.requests()) {
        if (r->transfer && r->line == line)
            return r;
    }
    return nullptr;
}

QString lineState(const client::Picture &picture, int n)
{
    for (const client::Line *l : picture.lines()) {
        if (l->line == n)
            return l->state;
    }
    return QString();
}

core::CallState stateOf(const client::Picture &picture, const char *number)
{
    const client::Extension *e = picture.extension(QLatin1String(number));
    return e ? e->state : core::CallState::Idle;
}

/// The request.ended events of transfers among `events`, as "reason".
QStringList transfersEnded(const QSignalSpy &events)
{
    QStringList out;
    for (const QList<QVariant> &e : events) {
        const QJsonObject o = e.at(0).toJsonObject();
        if (o[u"kind"] == QLatin1String("request.ended")
            && o[u"requestKind"] == QLatin1String("transfer"))
            out << o[u"reason"].toString();
    }
    return out;
}

} // namespace

class TestSystemTransfer : public QObject
{
    Q_OBJECT
private slots:
    // T9: "The console can transfer the attendant's outside call to any extension in one action
    // (T3 to T5 unannounced: rings it, or camps on when busy), and can send a held, queued or
    // recalling line to the attendant." From a reception console over Mosquitto.
    void receptionTransfersTheAttendantsCall()
    {
        ServiceRig rig;
        VERIFY_RIG(rig.startBroker() && rig.startSim(8, 2) && rig.startService());
        BusClient *alice = rig.console(QStringLiteral("alice"));
        COMPARE_PICTURE(alice);
        QSignalSpy events(alice, &client::Client::eventReceived);

        // Section 4: not-possible while the attendant has no outside call.
        Answer a = test::await(alice->transfer(QStringLiteral("105")));
        QVERIFY(a.done);
        QCOMPARE(a.error, QStringLiteral("not-possible"));

        // An outside call rings the attendant (101), who answers it.
        VERIFY_RIG(
            rig.play({QStringLiteral("ring line 1")}, QStringLiteral("^host RING 1 outside")));
        VERIFY_RIG(rig.play(
            {QStringLiteral("off-hook 1")}, QStringLiteral("^host CONNECT station 1 line 1")));
        QTRY_COMPARE_WITH_TIMEOUT(
            stateOf(alice->picture(), "101"), core::CallState::TalkingOutside, 10000);

        // To an idle extension: it rings for the line, the line is in transfer (T4).
        a = test::await(alice->transfer(QStringLiteral("105")));
        QVERIFY2(a.ok, qPrintable(a.error + QLatin1Char(' ') + a.message));
        QCOMPARE(a.reply[u"changed"].toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(
            stateOf(alice->picture(), "105"), core::CallState::RingingOutside, 10000);
        QCOMPARE(lineState(alice->picture(), 1), QStringLiteral("transfer"));
        const client::Request *first = transferOf(alice->picture(), 1);
        QVERIFY(first);
        QCOMPARE(first->caller, QStringLiteral("101"));
        QCOMPARE(first->target, QStringLiteral("105"));
        COMPARE_PICTURE(alice);
        VERIFY_RIG(rig.play(
            {QStringLiteral("off-hook 5")}, QStringLiteral("^host CONNECT station 5 line 1")));
        QTRY_VERIFY_WITH_TIMEOUT(alice->picture().requests().isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(transfersEnded(events), QStringList {"completed"}, 10000);

        // To a busy extension: the line camps on there as a request of kind transfer (T5).
        VERIFY_RIG(rig.play({QStringLiteral("on-hook 1")}, QString()));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice->picture(), "101"), core::CallState::Idle, 10000);
        VERIFY_RIG(
            rig.play({QStringLiteral("ring line 2")}, QStringLiteral("^host RING 1 outside")));
        VERIFY_RIG(rig.play(
            {QStringLiteral("off-hook 1")}, QStringLiteral("^host CONNECT station 1 line 2")));
        VERIFY_RIG(rig.play({QStringLiteral("off-hook 6")}, QStringLiteral("^host TONE 6 dial")));
        QTRY_COMPARE_WITH_TIMEOUT(
            stateOf(alice->picture(), "101"), core::CallState::TalkingOutside, 10000);
        a = test::await(alice->transfer(QStringLiteral("106")));
        QVERIFY2(a.ok, qPrintable(a.error + QLatin1Char(' ') + a.message));
        QTRY_VERIFY_WITH_TIMEOUT(transferOf(alice->picture(), 2), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            transferOf(alice->picture(), 2)->state, core::RequestState::CampedOn, 10000);
        QCOMPARE(transferOf(alice->picture(), 2)->target, QStringLiteral("106"));
        QCOMPARE(lineState(alice->picture(), 2), QStringLiteral("transfer"));
        QTRY_COMPARE_WITH_TIMEOUT(
            alice->picture().extension(QStringLiteral("106"))->waiting.size(), 1, 10000);
        COMPARE_PICTURE(alice);

        // The queued line goes to the attendant; answered there, it ends as recalled (T7).
        VERIFY_RIG(rig.play({QStringLiteral("on-hook 1")}, QString()));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice->picture(), "101"), core::CallState::Idle, 10000);
        a = test::await(alice->toAttendant(2));
        QVERIFY2(a.ok, qPrintable(a.error + QLatin1Char(' ') + a.message));
        QTRY_COMPARE_WITH_TIMEOUT(lineState(alice->picture(), 2), QStringLiteral("recall"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            stateOf(alice->picture(), "101"), core::CallState::RingingOutside, 10000);
        // Recalling, it stays first in 106's waiting, suspended (docs/console-bus.md).
        QTRY_COMPARE_WITH_TIMEOUT(
            transferOf(alice->picture(), 2)->state, core::RequestState::Suspended, 10000);
        COMPARE_PICTURE(alice);
        VERIFY_RIG(rig.play(
            {QStringLiteral("off-hook 1")}, QStringLiteral("^host CONNECT station 1 line 2")));
        QTRY_COMPARE_WITH_TIMEOUT(
            transfersEnded(events), (QStringList {"completed", "recalled"}), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(alice->picture().requests().isEmpty(), 10000);
        // A line in a call cannot be sent (not-possible), a line the system lacks is not-found.
        a = test::await(alice->toAttendant(2));
        QCOMPARE(a.error, QStringLiteral("not-possible"));
        a = test::await(alice->toAttendant(9));
        QCOMPARE(a.error, QStringLiteral("not-found"));
        COMPARE_PICTURE(alice);
        VERIFY_RIG(rig.stopService());
    }
};

QTEST_GUILESS_MAIN(TestSystemTransfer)
#include "tst_systemtransfer.moc"
