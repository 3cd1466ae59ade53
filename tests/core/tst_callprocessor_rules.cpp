// Scenario tests of the call processor, one or more per rule of
// ../shared/spec/behaviour.md (B1-B6, R1-R16, X1-X2, "What every request records"), and
// the decisions of docs/call-processing.md. Each test is named after the rule it checks.
// Events go in through the Rig; the exact commands that matter and the request states and
// end reasons (queries and notifications) are asserted.

#include "commandcheck.h"

#include <QtTest>

#include <algorithm>
#include <initializer_list>

using namespace sb::core;
using namespace sb::core::test;

namespace {
bool contains(const std::vector<RequestId> &v, RequestId id)
{
    return std::find(v.begin(), v.end(), id) != v.end();
}
} // namespace

namespace {

/// A goes off-hook and dials B's number.
void call(Rig &r, int a, int b)
{
    r.offHook(a);
    r.dial(a, num(b).constData());
}

/// The live request A has left at B (0 = the line group), or 0.
RequestId requestOf(Rig &r, int a, int b)
{
    for (RequestId id : r.processor.requestsLeftBy(a)) {
        if (r.processor.request(id).target == b)
            return id;
    }
    return 0;
}

/// A calls busy B, presses CALLBACK and stays off-hook (camps on). Returns the request.
RequestId campOn(Rig &r, int a, int b)
{
    call(r, a, b);
    r.key(a, Key::Callback);
    return requestOf(r, a, b);
}

/// A calls busy B, presses CALLBACK and hangs up (a callback). Returns the request.
RequestId leaveCallback(Rig &r, int a, int b)
{
    const RequestId id = campOn(r, a, b);
    r.onHook(a);
    return id;
}

/// Both lines (of a 2-line rig) seized: station p1 on line 1, p2 on line 2.
void seizeBothLines(Rig &r, int p1, int p2)
{
    r.offHook(p1);
    r.dial(p1, "9");
    r.offHook(p2);
    r.dial(p2, "9");
}

QString stateOf(Rig &r, RequestId id)
{
    const RequestInfo info = r.processor.request(id);
    return info.id == 0 ? QStringLiteral("gone") : QString::fromLatin1(toString(info.state));
}

QString extState(Rig &r, int port)
{
    return QString::fromLatin1(toString(r.ext(port).state));
}

void assignLine(Rig &r, int line, std::initializer_list<int> ports)
{
    program(r, [&](Programming &p) {
        for (int port : ports)
            p.extensions[port - 1].lines.append(line);
    });
}

} // namespace

#define SELFCHECK(r)                                                                               \
    do {                                                                                           \
        const QString f_ = (r).processor.selfCheck();                                              \
        QVERIFY2(f_.isEmpty(), qPrintable(f_));                                                    \
    } while (0)

class TestCallProcessorRules : public QObject
{
    Q_OBJECT

private slots:
    // ------------------------------------------------------------------ B1

    // B1: "Off-hook at an idle extension: dial tone."
    void B1_offHookGivesDialTone()
    {
        Rig r;
        r.offHook(3);
        const Out o = grab(r);
        HAS(o, "TONE 3 dial");
        QCOMPARE(extState(r, 3), QStringLiteral("dialing"));
        SELFCHECK(r);
    }

    // B1: "Digits that form an extension number call it." (dial tone stops at the first digit)
    void B1_digitsCallExtension()
    {
        Rig r;
        r.offHook(3);
        r.take();
        r.dial(3, "1");
        Out o = grab(r);
        HAS(o, "TONE 3 none");
        r.dial(3, "04");
        o = grab(r);
        HAS(o, "RING 4 intercom");
        QCOMPARE(r.ext(3).peer, 4);
        SELFCHECK(r);
    }

    // B1: "An unknown number ... reorder tone."
    void B1_unknownNumberGivesReorder()
    {
        Rig r;
        r.offHook(3);
        r.take();
        r.dial(3, "199");
        const Out o = grab(r);
        HAS(o, "TONE 3 reorder");
        for (const QString &c : o.cmds)
            QVERIFY2(!c.startsWith(QLatin1String("RING")), qPrintable(o.text()));
        QCOMPARE(extState(r, 3), QStringLiteral("tone"));
        r.onHook(3);
        QCOMPARE(extState(r, 3), QStringLiteral("idle"));
    }

    // B1: "An unknown number, or one's own: reorder tone."
    void B1_ownNumberGivesReorder()
    {
        Rig r;
        r.offHook(3);
        r.take();
        r.dial(3, "103");
        const Out o = grab(r);
        HAS(o, "TONE 3 reorder");
        LACKS(o, "RING 3 intercom");
    }

    // B1 (decided): 15 s without a digit, or without the next digit, gives reorder.
    void B1_dialTimeoutGivesReorder()
    {
        Rig r;
        r.offHook(3);
        r.take();
        r.advance(CallProcessor::dialTimeout - 1);
        Out o = grab(r);
        LACKS(o, "TONE 3 reorder");
        r.advance(1);
        o = grab(r);
        HAS(o, "TONE 3 reorder");

        r.offHook(5);
        r.dial(5, "10");
        r.take();
        r.advance(CallProcessor::dialTimeout);
        o = grab(r);
        HAS(o, "TONE 5 reorder");
    }

    // ------------------------------------------------------------------ B2

    // B2: "Calling an idle extension rings it (intercom cadence) and gives the caller ringback;
    // on a keyset the display shows who calls."
    void B2_callRingsIdleExtensionAndShowsCaller()
    {
        Rig r;
        call(r, 3, 4);
        const Out o = grab(r);
        HAS(o, "TONE 3 ringback");
        HAS(o, "RING 4 intercom");
        HAS(o, "DISPLAY 4 row 0 \"Call from 103\"");
        QCOMPARE(extState(r, 3), QStringLiteral("calling"));
        QCOMPARE(extState(r, 4), QStringLiteral("ringing"));
    }

    // B2: "Answering connects the two." (the answering station gets no RING stop)
    void B2_answerConnects()
    {
        Rig r;
        call(r, 3, 4);
        r.take();
        r.offHook(4);
        const Out o = grab(r);
        HAS(o, "CONNECT station 3 station 4");
        LACKS(o, "RING 4 stop");
        QCOMPARE(extState(r, 3), QStringLiteral("talking"));
        QCOMPARE(extState(r, 4), QStringLiteral("talking"));
        SELFCHECK(r);
    }

    // B2: "When either hangs up the path is released and the other hears reorder until it hangs
    // up."
    void B2_hangUpReleasesOtherHearsReorder()
    {
        Rig r;
        call(r, 3, 4);
        r.offHook(4);
        r.take();
        r.onHook(3);
        Out o = grab(r);
        HAS(o, "RELEASE station 3");
        HAS(o, "TONE 4 reorder");
        QCOMPARE(extState(r, 4), QStringLiteral("tone"));
        r.onHook(4);
        QCOMPARE(extState(r, 4), QStringLiteral("idle"));

        // The other direction: the called party hangs up first.
        call(r, 5, 6);
        r.offHook(6);
        r.take();
        r.onHook(6);
        o = grab(r);
        HAS(o, "RELEASE station 6");
        HAS(o, "TONE 5 reorder");
        SELFCHECK(r);
    }

    // B2 (decided): the caller hangs up while it rings: RING stop, display cleared.
    void B2_callerHangsUpWhileRinging()
    {
        Rig r;
        call(r, 3, 4);
        r.take();
        r.onHook(3);
        const Out o = grab(r);
        HAS(o, "RING 4 stop");
        HAS(o, "DISPLAY 4 row 0 \"\"");
        QCOMPARE(extState(r, 4), QStringLiteral("idle"));
    }

    // ------------------------------------------------------------------ B3

    // B3: "Calling a busy extension gives busy tone (keysets may show a hint to press CALLBACK)."
    void B3_busyExtensionGivesBusyTone()
    {
        Rig r;
        r.offHook(4);
        r.take();
        call(r, 3, 4);
        const Out o = grab(r);
        HAS(o, "TONE 3 busy");
        HAS(o, "DISPLAY 3 row 0 \"Busy 104\"");
        HAS(o, "DISPLAY 3 row 1 \"CALLBACK to queue\"");
        LACKS(o, "RING 4 intercom");
        QCOMPARE(extState(r, 3), QStringLiteral("busy tone"));
    }

    // B3 (decided): "Busy means not idle": an extension rung for a call, or for a callback, is
    // busy.
    void B3_ringingExtensionIsBusy()
    {
        Rig r;
        call(r, 5, 4); // 4 rings
        r.take();
        call(r, 3, 4);
        Out o = grab(r);
        HAS(o, "TONE 3 busy");

        Rig q;
        q.offHook(4);
        leaveCallback(q, 3, 4);
        q.onHook(4); // 3 gets the callback ring
        q.take();
        call(q, 6, 3);
        o = grab(q);
        HAS(o, "TONE 6 busy");
        LACKS(o, "RING 3 intercom");
    }

    // B3: "Calling an extension in DND gives the DND tone."
    void B3_dndExtensionGivesDndTone()
    {
        Rig r;
        QVERIFY(r.processor.setDnd(4, true, r.now));
        Out o = grab(r);
        HAS(o, "LAMP 4 DND 1");
        call(r, 3, 4);
        o = grab(r);
        HAS(o, "TONE 3 dnd");
        HAS(o, "DISPLAY 3 row 0 \"Do not disturb 104\"");
        LACKS(o, "RING 4 intercom");
    }

    // B3: "Calling the attendant never gives busy: ... the caller hears ringback and waits, and
    // waiting calls are offered to the attendant in order."
    void B3_attendantNeverBusyCallersWaitInOrder()
    {
        Rig r;
        r.offHook(1); // the attendant is busy
        r.take();
        call(r, 3, 1);
        Out o = grab(r);
        HAS(o, "TONE 3 ringback");
        LACKS(o, "TONE 3 busy");
        QCOMPARE(extState(r, 3), QStringLiteral("calling"));
        call(r, 5, 1);
        o = grab(r);
        HAS(o, "TONE 5 ringback");
        LACKS(o, "TONE 5 busy");

        r.onHook(1); // idle: the longest-waiting caller is offered, one at a time
        o = grab(r);
        HAS(o, "RING 1 intercom");
        HAS(o, "DISPLAY 1 row 0 \"Call from 103\"");
        LACKS(o, "DISPLAY 1 row 0 \"Call from 105\"");
        r.offHook(1);
        o = grab(r);
        HAS(o, "CONNECT station 3 station 1");
        r.onHook(3);
        r.onHook(1);
        o = grab(r);
        HAS(o, "RING 1 intercom");
        HAS(o, "DISPLAY 1 row 0 \"Call from 105\"");
        SELFCHECK(r);
    }

    // B3 (decided): "An attendant in DND gives DND tone like any other extension, and queued
    // callers wait while it lasts."
    void B3_attendantInDndQueuedCallersWait()
    {
        Rig r;
        r.offHook(1);
        call(r, 3, 1);
        QVERIFY(r.processor.setDnd(1, true, r.now));
        r.take();
        r.onHook(1);
        Out o = grab(r);
        LACKS(o, "RING 1 intercom");
        call(r, 5, 1);
        o = grab(r);
        HAS(o, "TONE 5 dnd");
        QVERIFY(r.processor.setDnd(1, false, r.now));
        o = grab(r);
        HAS(o, "RING 1 intercom");
        HAS(o, "DISPLAY 1 row 0 \"Call from 103\"");
    }

    // ------------------------------------------------------------------ B4

    // B4: "A forwarded extension (Call Forwarding, all calls) sends intercom calls to its
    // destination."
    void B4_forwardedExtensionRingsDestination()
    {
        Rig r;
        QVERIFY(r.processor.setForwarding(4, 5, r.now));
        QCOMPARE(r.ext(4).forwardTo, 5);
        r.take();
        call(r, 3, 4);
        const Out o = grab(r);
        HAS(o, "RING 5 intercom");
        HAS(o, "DISPLAY 5 row 0 \"Call from 103\"");
        LACKS(o, "RING 4 intercom");
        QCOMPARE(r.ext(3).peer, 5);
    }

    // B4: "chains are followed up to 4 hops"
    void B4_chainFollowedUpToFourHops()
    {
        Rig r;
        for (int p = 2; p <= 5; ++p)
            QVERIFY(r.processor.setForwarding(p, p + 1, r.now)); // 2->3->4->5->6
        r.take();
        call(r, 8, 2);
        Out o = grab(r);
        HAS(o, "RING 6 intercom");

        Rig q;
        for (int p = 2; p <= 6; ++p)
            QVERIFY(q.processor.setForwarding(p, p + 1, q.now)); // 2->...->7: five hops
        q.take();
        call(q, 8, 2);
        o = grab(q);
        HAS(o, "RING 6 intercom"); // the fifth hop is not followed
        LACKS(o, "RING 7 intercom");
    }

    // B4: "a loop rings the original extension" (decided: a chain back to the caller as well)
    void B4_loopRingsDialledExtension()
    {
        Rig r;
        QVERIFY(r.processor.setForwarding(4, 5, r.now));
        QVERIFY(r.processor.setForwarding(5, 4, r.now));
        r.take();
        call(r, 3, 4);
        Out o = grab(r);
        HAS(o, "RING 4 intercom");
        LACKS(o, "RING 5 intercom");

        Rig q;
        QVERIFY(q.processor.setForwarding(4, 3, q.now));
        q.take();
        call(q, 3, 4);
        o = grab(q);
        HAS(o, "RING 4 intercom");
    }

    // B4 (decided): *2 + number forwards, #2 cancels, forwarding to oneself gives reorder.
    void B4_forwardingCodes()
    {
        Rig r;
        r.offHook(4);
        r.dial(4, "*2105");
        Out o = grab(r);
        HAS(o, "TONE 4 confirm");
        QCOMPARE(r.ext(4).forwardTo, 5);
        r.onHook(4);
        call(r, 3, 4);
        o = grab(r);
        HAS(o, "RING 5 intercom");
        r.onHook(3);
        r.offHook(4);
        r.dial(4, "#2");
        o = grab(r);
        HAS(o, "TONE 4 confirm");
        QCOMPARE(r.ext(4).forwardTo, 0);
        r.onHook(4);
        r.offHook(4);
        r.dial(4, "*2104");
        o = grab(r);
        HAS(o, "TONE 4 reorder");
        QCOMPARE(r.ext(4).forwardTo, 0);
    }

    // B4 (decided): forwarding comes before DND and busy; a request at a forwarded extension's
    // busy destination is a request at that destination.
    void B4_forwardingBeforeDndAndBusy()
    {
        Rig r;
        QVERIFY(r.processor.setForwarding(4, 5, r.now));
        QVERIFY(r.processor.setDnd(4, true, r.now));
        r.take();
        call(r, 3, 4);
        Out o = grab(r);
        HAS(o, "RING 5 intercom");
        LACKS(o, "TONE 3 dnd");
        r.onHook(3);
        r.offHook(5); // the destination is busy
        r.take();
        call(r, 3, 4);
        o = grab(r);
        HAS(o, "TONE 3 busy");
        HAS(o, "DISPLAY 3 row 0 \"Busy 105\"");
        r.key(3, Key::Callback);
        const RequestId id = requestOf(r, 3, 5);
        QVERIFY(id != 0);
        QCOMPARE(r.processor.queueAt(5).size(), size_t(1));
        QVERIFY(r.processor.queueAt(4).empty());
    }

    // ------------------------------------------------------------------ B5

    // B5: "9 seizes a free line (LINE 1, CONNECT); after that the station's digits go to the line
    // in-band and the host ignores them. ... Hanging up releases the path and the line."
    void B5_nineSeizesFreeLine()
    {
        Rig r;
        r.offHook(3);
        r.take();
        r.dial(3, "9");
        Out o = grab(r);
        HAS(o, "LINE 1 seize");
        HAS(o, "CONNECT station 3 line 1");
        QCOMPARE(extState(r, 3), QStringLiteral("talking (outside)"));
        r.dial(3, "5551234");
        o = grab(r);
        QVERIFY2(o.cmds.isEmpty(), qPrintable(o.text()));
        r.onHook(3);
        o = grab(r);
        HAS(o, "RELEASE station 3");
        HAS(o, "LINE 1 release");
        QCOMPARE(extState(r, 3), QStringLiteral("idle"));
        SELFCHECK(r);
    }

    // B5: "No free line: busy."
    void B5_noFreeLineGivesBusy()
    {
        Rig r;
        seizeBothLines(r, 4, 5);
        Out o = grab(r);
        HAS(o, "LINE 2 seize");
        HAS(o, "CONNECT station 5 line 2");
        r.offHook(3);
        r.dial(3, "9");
        o = grab(r);
        HAS(o, "TONE 3 busy");
        HAS(o, "DISPLAY 3 row 0 \"No free line\"");
        for (const QString &c : o.cmds)
            QVERIFY2(!c.startsWith(QLatin1String("LINE")), qPrintable(o.text()));
    }

    // ------------------------------------------------------------------ B6

    // B6: "An outside call (LINE_RING 1) rings the stations the line is assigned to (outside
    // cadence). The first to go off-hook gets the line (LINE 1, CONNECT); the others stop ringing."
    void B6_outsideCallRingsAssignedStationsFirstAnswers()
    {
        Rig r;
        assignLine(r, 1, {3, 4});
        r.lineRing(1, true);
        Out o = grab(r);
        HAS(o, "RING 1 outside");
        HAS(o, "RING 3 outside");
        HAS(o, "RING 4 outside");
        LACKS(o, "RING 5 outside");
        QCOMPARE(extState(r, 3), QStringLiteral("ringing (outside)"));
        r.offHook(3);
        o = grab(r);
        HAS(o, "LINE 1 seize");
        HAS(o, "CONNECT station 3 line 1");
        HAS(o, "RING 1 stop");
        HAS(o, "RING 4 stop");
        LACKS(o, "RING 3 stop");
        QCOMPARE(extState(r, 3), QStringLiteral("talking (outside)"));
        QCOMPARE(extState(r, 1), QStringLiteral("idle"));
        SELFCHECK(r);
    }

    // B6: "LINE_RING 0 before anyone answers stops the ringing."
    void B6_lineRingOffStopsRinging()
    {
        Rig r;
        r.lineRing(1, true);
        Out o = grab(r);
        HAS(o, "RING 1 outside");
        r.lineRing(1, false);
        o = grab(r);
        HAS(o, "RING 1 stop");
        LACKS(o, "RING 1 outside"); // nothing rings in any more
        QCOMPARE(extState(r, 1), QStringLiteral("idle"));
    }

    // B6 and R15, as the console sees a line (CallProcessor::line, R/state/line): what it does,
    // for which station, since when; a ringing extension's peer is the line answering takes.
    void B6_R15_lineStatus()
    {
        Rig r;
        assignLine(r, 2, {3});
        r.now = 2000;
        r.lineRing(2, true);
        r.now = 2500;
        r.lineRing(1, true);
        LineStatus l = r.processor.line(2);
        QCOMPARE(l.line, 2);
        QCOMPARE(l.activity, LineActivity::Ringing);
        QCOMPARE(l.station, 1); // the first it rings: the attendant
        QCOMPARE(l.since, Millis(2000));
        QCOMPARE(r.ext(1).peer, 2); // rung longest: answering takes line 2 (B6)
        QCOMPARE(r.ext(3).peer, 2);
        r.now = 3000;
        r.offHook(3);
        l = r.processor.line(2);
        QCOMPARE(l.activity, LineActivity::Talking);
        QCOMPARE(l.station, 3);
        QCOMPARE(l.since, Millis(3000));
        QCOMPARE(r.ext(1).peer, 1); // still rung by line 1
        QCOMPARE(r.processor.line(0).line, 0);
        QCOMPARE(r.processor.line(3).line, 0);

        // R15: a line kept for a line callback is Reserved for its caller.
        r.offHook(1); // answers line 1: both lines are busy
        r.offHook(5);
        r.dial(5, "9");
        r.dial(5, "2");
        r.onHook(5);
        r.now = 4000;
        r.onHook(3); // line 2 frees and is kept for 105
        l = r.processor.line(2);
        QCOMPARE(l.activity, LineActivity::Reserved);
        QCOMPARE(l.station, 5);
        QCOMPARE(l.since, Millis(4000));
        r.now = 4100;
        r.offHook(5);
        QCOMPARE(r.processor.line(2).activity, LineActivity::Talking);
        QCOMPARE(r.processor.line(2).since, Millis(4100));
        SELFCHECK(r);
    }

    // B6: "LINE_DROP releases the call (RELEASE, LINE 0); the station hears reorder until it hangs
    // up."
    void B6_lineDropReleasesAndReorder()
    {
        Rig r;
        r.lineRing(1, true);
        r.offHook(1);
        Out o = grab(r);
        HAS(o, "LINE 1 seize");
        HAS(o, "CONNECT station 1 line 1");
        r.lineDrop(1);
        o = grab(r);
        HAS(o, "RELEASE line 1");
        HAS(o, "LINE 1 release");
        HAS(o, "TONE 1 reorder");
        r.onHook(1);
        QCOMPARE(extState(r, 1), QStringLiteral("idle"));
        // The line is free again.
        r.offHook(3);
        r.dial(3, "9");
        o = grab(r);
        HAS(o, "LINE 1 seize");
    }

    // B6 (decided): outside calls ring stations as they become free.
    void B6_busyStationRungWhenFree()
    {
        Rig r;
        r.offHook(1);
        r.take();
        r.lineRing(1, true);
        Out o = grab(r);
        LACKS(o, "RING 1 outside");
        r.onHook(1);
        o = grab(r);
        HAS(o, "RING 1 outside");
    }

    // ------------------------------------------------------------------ R1

    // R1: "at busy tone ... A presses CALLBACK ... The request joins the tail of B's queue; A hears
    // the confirm tone. A may now hang up (callback)"
    void R1_callbackAtBusyToneQueuesAndConfirms()
    {
        Rig r;
        r.offHook(4);
        call(r, 3, 4);
        r.take();
        r.key(3, Key::Callback);
        Out o = grab(r);
        HAS(o, "TONE 3 confirm");
        HAS(o, "DISPLAY 3 row 0 \"Callback 104\"");
        HAS(o, "LAMP 3 CALLBACK 2");
        QCOMPARE(o.count(Notification::Type::RequestAdded), 1);
        const std::vector<RequestId> q = r.processor.queueAt(4);
        QCOMPARE(q.size(), size_t(1));
        const RequestInfo info = r.processor.request(q[0]);
        QCOMPARE(info.caller, 3);
        QCOMPARE(info.target, 4);
        QCOMPARE(info.position, 1);
        QCOMPARE(stateOf(r, q[0]), QStringLiteral("camped on"));
        r.onHook(3);
        QCOMPARE(stateOf(r, q[0]), QStringLiteral("waiting"));
        QCOMPARE(r.ext(3).left, 1);
        QCOMPARE(r.ext(4).waiting, 1);
        QCOMPARE(r.ext(4).firstCaller, 3);

        // A second caller joins the tail.
        r.offHook(5);
        r.dial(5, "104");
        r.key(5, Key::Callback);
        const std::vector<RequestId> q2 = r.processor.queueAt(4);
        QCOMPARE(q2.size(), size_t(2));
        QCOMPARE(q2[0], q[0]);
        QCOMPARE(r.processor.request(q2[1]).caller, 5);
        QCOMPARE(r.processor.request(q2[1]).position, 2);
        SELFCHECK(r);
    }

    // R1: "or dials 2 (any set)"
    void R1_dialTwoAtBusyToneQueuesFromSingleLineSet()
    {
        Rig r;
        program(r, [](Programming &p) { p.extensions[4].type = ExtensionType::SingleLine; });
        r.offHook(4);
        call(r, 5, 4);
        r.take();
        r.dial(5, "2");
        const Out o = grab(r);
        HAS(o, "TONE 5 confirm");
        for (const QString &c : o.cmds)
            QVERIFY2(
                !c.startsWith(QLatin1String("DISPLAY 5")) && !c.startsWith(QLatin1String("LAMP 5")),
                qPrintable(o.text()));
        QCOMPARE(r.processor.queueAt(4).size(), size_t(1));
        QVERIFY(requestOf(r, 5, 4) != 0);
    }

    // R1: "A may now hang up (callback) and place or answer other calls meanwhile."
    void R1_callerPlacesAndAnswersOtherCallsMeanwhile()
    {
        Rig r;
        r.offHook(4);
        const RequestId id = leaveCallback(r, 3, 4);
        r.take();
        call(r, 3, 5);
        Out o = grab(r);
        HAS(o, "RING 5 intercom");
        r.offHook(5);
        o = grab(r);
        HAS(o, "CONNECT station 3 station 5");
        r.onHook(3);
        r.onHook(5);
        r.take();
        call(r, 6, 3);
        o = grab(r);
        HAS(o, "RING 3 intercom");
        r.offHook(3);
        o = grab(r);
        HAS(o, "CONNECT station 6 station 3");
        QCOMPARE(o.endedCount(id), 0);
        QCOMPARE(r.processor.liveRequestCount(), 1);
        QVERIFY(r.processor.request(id).id == id);
    }

    // ------------------------------------------------------------------ R2

    // R2: "A may have requests at many extensions at once, and many callers may queue at one
    // extension."
    void R2_manyTargetsAndManyCallers()
    {
        Rig r;
        r.offHook(4);
        r.offHook(5);
        const RequestId a = leaveCallback(r, 3, 4);
        const RequestId b = leaveCallback(r, 3, 5);
        const RequestId c = leaveCallback(r, 6, 4);
        const RequestId d = leaveCallback(r, 7, 4);
        QVERIFY(a && b && c && d);
        QCOMPARE(r.processor.queueAt(4), (std::vector<RequestId> {a, c, d}));
        QCOMPARE(r.processor.queueAt(5), (std::vector<RequestId> {b}));
        QCOMPARE(r.processor.requestsLeftBy(3), (std::vector<RequestId> {a, b}));
        QCOMPARE(r.processor.request(a).position, 1);
        QCOMPARE(r.processor.request(c).position, 2);
        QCOMPARE(r.processor.request(d).position, 3);
        QCOMPARE(r.processor.liveRequestCount(), 4);
        SELFCHECK(r);
    }

    // R2: "A second request from A at B while one exists keeps the first and its place, and
    // confirms again"
    void R2_secondRequestKeepsFirstAndItsPlace()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        const RequestId b = leaveCallback(r, 5, 4);
        call(r, 3, 4);
        r.take();
        r.key(3, Key::Callback);
        const Out o = grab(r);
        HAS(o, "TONE 3 confirm");
        LACKS(o, "TONE 3 reorder");
        QCOMPARE(o.count(Notification::Type::RequestAdded), 0);
        QCOMPARE(r.processor.queueAt(4), (std::vector<RequestId> {a, b}));
        QCOMPARE(r.processor.request(a).position, 1);
        QCOMPARE(stateOf(r, a), QStringLiteral("camped on")); // caller off-hook: camps on it
        QCOMPARE(r.processor.liveRequestCount(), 2);
        QCOMPARE(r.processor.requestsLeftBy(3).size(), size_t(1));
    }

    // R2: "Past the limits (defaults above): error (reorder) tone, nothing queued."
    void R2_pastLimitsReorderNothingQueued()
    {
        Rig r;
        program(r, [](Programming &p) {
            p.options.maxRequestsPerTarget = 2;
            p.options.maxRequestsPerCaller = 2;
        });
        r.offHook(4);
        r.offHook(5);
        r.offHook(6);
        leaveCallback(r, 3, 4);
        leaveCallback(r, 7, 4);
        call(r, 8, 4);
        r.take();
        r.key(8, Key::Callback);
        Out o = grab(r);
        HAS(o, "TONE 8 reorder");
        LACKS(o, "TONE 8 confirm");
        QCOMPARE(o.count(Notification::Type::RequestAdded), 0);
        QCOMPARE(r.processor.queueAt(4).size(), size_t(2));
        r.onHook(8);

        // A duplicate at a full queue is no new request: it confirms.
        call(r, 3, 4);
        r.take();
        r.key(3, Key::Callback);
        o = grab(r);
        HAS(o, "TONE 3 confirm");
        r.onHook(3);

        // Per caller: 3 has 2 requests after this one at 5; a third is refused.
        leaveCallback(r, 3, 5);
        QCOMPARE(r.processor.requestsLeftBy(3).size(), size_t(2));
        call(r, 3, 6);
        r.take();
        r.dial(3, "2");
        o = grab(r);
        HAS(o, "TONE 3 reorder");
        QCOMPARE(r.processor.requestsLeftBy(3).size(), size_t(2));
        QVERIFY(r.processor.queueAt(6).empty());
        SELFCHECK(r);
    }

    // ------------------------------------------------------------------ R3

    // R3: "A callback A->B is ready when B is idle ... A is idle": served when B becomes idle.
    void R3_servedWhenTargetBecomesIdle()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.take();
        r.onHook(4);
        const Out o = grab(r);
        HAS(o, "RING 3 callback");
        QCOMPARE(stateOf(r, a), QStringLiteral("ringing caller"));
    }

    // R3: "B's queue is served first-in first-out"
    void R3_queueServedFirstInFirstOut()
    {
        Rig r;
        r.offHook(4);
        leaveCallback(r, 5, 4); // first, though a higher port
        leaveCallback(r, 3, 4);
        r.take();
        r.onHook(4);
        const Out o = grab(r);
        HAS(o, "RING 5 callback");
        LACKS(o, "RING 3 callback");
    }

    // R3: "a request whose caller is not idle is skipped and keeps its place (decided: suspend and
    // resume); once that caller is idle again its request is ready."
    void R3_notIdleCallerSkippedKeepsPlace()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        const RequestId b = leaveCallback(r, 5, 4);
        r.offHook(3); // A is busy now
        QCOMPARE(stateOf(r, a), QStringLiteral("suspended"));
        r.take();
        r.onHook(4);
        Out o = grab(r);
        HAS(o, "RING 5 callback");
        LACKS(o, "RING 3 callback");
        QCOMPARE(r.processor.request(a).position, 1);
        QCOMPARE(stateOf(r, a), QStringLiteral("suspended"));
        r.offHook(5);
        r.offHook(4);
        o = grab(r);
        HAS(o, "CONNECT station 5 station 4");
        QCOMPARE(o.ended(b), QStringLiteral("completed"));
        QCOMPARE(r.processor.request(a).position, 1);
        r.onHook(4);
        r.onHook(5);
        r.take();
        r.onHook(3); // A idle again: its request is ready
        o = grab(r);
        HAS(o, "RING 3 callback");
        HAS(o, "DISPLAY 3 row 0 \"Callback to 104\"");
        SELFCHECK(r);
    }

    // R3: "... A is idle and not in DND": a caller in DND is not served until it leaves DND.
    void R3_callerInDndNotServed()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        QVERIFY(r.processor.setDnd(3, true, r.now));
        QCOMPARE(stateOf(r, a), QStringLiteral("suspended"));
        r.take();
        r.onHook(4);
        Out o = grab(r);
        LACKS(o, "RING 3 callback");
        QVERIFY(r.processor.setDnd(3, false, r.now));
        o = grab(r);
        HAS(o, "RING 3 callback");
    }

    // R3: "When A has several ready callbacks, the oldest request is served first."
    void R3_oldestReadyRequestOfCallerFirst()
    {
        Rig r;
        r.offHook(6);
        r.offHook(4);
        const RequestId older = leaveCallback(r, 3, 6);
        const RequestId newer = leaveCallback(r, 3, 4);
        r.offHook(3);
        r.onHook(4);
        r.onHook(6);
        Out o = grab(r);
        LACKS(o, "RING 3 callback");
        r.onHook(3); // both B's idle: the older request (at 106) goes first
        o = grab(r);
        HAS(o, "RING 3 callback");
        HAS(o, "DISPLAY 3 row 0 \"Callback to 106\"");
        QCOMPARE(stateOf(r, older), QStringLiteral("ringing caller"));
        QCOMPARE(stateOf(r, newer), QStringLiteral("suspended")); // its caller is being rung
        QCOMPARE(r.processor.request(newer).position, 1);
    }

    // R3: "... and neither A nor B is already taken by another callback in progress."
    void R3_takenStationsWaitForCallbackInProgress()
    {
        Rig r;
        r.offHook(4);
        r.offHook(6);
        const RequestId a = leaveCallback(r, 3, 4);
        const RequestId b = leaveCallback(r, 3, 6);
        const RequestId c = leaveCallback(r, 5, 4);
        r.take();
        r.onHook(4);
        Out o = grab(r);
        HAS(o, "RING 3 callback");
        HAS(o, "DISPLAY 3 row 0 \"Callback to 104\"");
        LACKS(o, "RING 5 callback"); // B is taken
        r.onHook(6);
        o = grab(r);
        LACKS(o, "RING 3 callback"); // A is taken
        QCOMPARE(stateOf(r, b), QStringLiteral("suspended")); // its caller is being rung
        QCOMPARE(r.processor.request(b).position, 1);
        r.ringCycle(3, 4); // no answer: both are free again
        o = grab(r);
        QCOMPARE(o.ended(a), QStringLiteral("no-answer"));
        HAS(o, "RING 3 callback");
        HAS(o, "DISPLAY 3 row 0 \"Callback to 106\"");
        HAS(o, "RING 5 callback");
        QCOMPARE(stateOf(r, b), QStringLiteral("ringing caller"));
        QCOMPARE(stateOf(r, c), QStringLiteral("ringing caller"));
        SELFCHECK(r);
    }

    // R3: "With a guard delay configured, B must have stayed idle for that long first."
    void R3_guardDelayTargetMustStayIdle()
    {
        Rig r;
        program(r, [](Programming &p) { p.options.guardDelay = 5000; });
        r.offHook(4);
        leaveCallback(r, 3, 4);
        r.take();
        r.onHook(4);
        Out o = grab(r);
        LACKS(o, "RING 3 callback");
        r.advance(4999);
        o = grab(r);
        LACKS(o, "RING 3 callback");
        r.advance(1);
        o = grab(r);
        HAS(o, "RING 3 callback");
    }

    // ------------------------------------------------------------------ R4

    // R4: "Serving rings A with the callback cadence; a keyset shows whom the callback is for, and
    // A's CALLBACK lamp flashes while A has requests pending."
    void R4_callbackRingShowsTargetAndLampFlashes()
    {
        Rig r;
        r.offHook(4);
        r.offHook(5);
        r.take();
        call(r, 3, 4);
        r.key(3, Key::Callback);
        Out o = grab(r);
        HAS(o, "LAMP 3 CALLBACK 2");
        r.onHook(3);
        leaveCallback(r, 3, 5);
        o = grab(r);
        LACKS(o, "LAMP 3 CALLBACK 2"); // already flashing
        r.onHook(4);
        o = grab(r);
        HAS(o, "RING 3 callback");
        HAS(o, "DISPLAY 3 row 0 \"Callback to 104\"");
        QCOMPARE(extState(r, 3), QStringLiteral("callback ringing"));
        r.offHook(3);
        r.offHook(4);
        o = grab(r);
        HAS(o, "CONNECT station 3 station 4");
        LACKS(o, "LAMP 3 CALLBACK 0"); // one request still pending
        r.processor.clearCallbacks(3, r.now);
        o = grab(r);
        HAS(o, "LAMP 3 CALLBACK 0");
    }

    // R4: a single-line set is rung with the callback cadence but has no display or lamp.
    void R4_singleLineCallerRungWithoutDisplay()
    {
        Rig r;
        program(r, [](Programming &p) { p.extensions[2].type = ExtensionType::SingleLine; });
        r.offHook(4);
        leaveCallback(r, 3, 4);
        r.take();
        r.onHook(4);
        const Out o = grab(r);
        HAS(o, "RING 3 callback");
        for (const QString &c : o.cmds)
            QVERIFY2(
                !c.startsWith(QLatin1String("DISPLAY 3")) && !c.startsWith(QLatin1String("LAMP 3")),
                qPrintable(o.text()));
    }

    // ------------------------------------------------------------------ R5

    // R5: "A answers the callback ring: the system rings B (intercom cadence) and A hears ringback.
    // B answers: A and B are connected and the request is complete."
    void R5_answerRingsTargetThenConnects()
    {
        Rig r;
        r.offHook(4);
        const RequestId id = leaveCallback(r, 3, 4);
        r.onHook(4);
        r.take();
        r.offHook(3);
        Out o = grab(r);
        HAS(o, "TONE 3 ringback");
        HAS(o, "RING 4 intercom");
        HAS(o, "DISPLAY 4 row 0 \"Callback from 103\"");
        QCOMPARE(stateOf(r, id), QStringLiteral("ringing target"));
        QCOMPARE(extState(r, 4), QStringLiteral("ringing"));
        r.offHook(4);
        o = grab(r);
        HAS(o, "CONNECT station 3 station 4");
        QCOMPARE(o.ended(id), QStringLiteral("completed"));
        QCOMPARE(o.endedCount(id), 1);
        QCOMPARE(r.processor.liveRequestCount(), 0);
        QCOMPARE(extState(r, 3), QStringLiteral("talking"));
        SELFCHECK(r);
    }

    // R5: "A hangs up before B answers: the request ends as abandoned."
    void R5_callerHangsUpBeforeTargetAnswersAbandoned()
    {
        Rig r;
        r.offHook(4);
        const RequestId id = leaveCallback(r, 3, 4);
        r.onHook(4);
        r.offHook(3);
        r.take();
        r.onHook(3);
        const Out o = grab(r);
        HAS(o, "RING 4 stop");
        QCOMPARE(o.ended(id), QStringLiteral("abandoned"));
        QCOMPARE(extState(r, 4), QStringLiteral("idle"));
        QCOMPARE(r.processor.liveRequestCount(), 0);
    }

    // R5 (decided): "A request is satisfied by any connection" (either direction).
    void R5_anyConnectionCompletesRequest()
    {
        Rig r;
        r.offHook(4);
        const RequestId id = leaveCallback(r, 3, 4);
        r.take();
        r.dial(4, "103"); // B calls A directly
        r.offHook(3);
        Out o = grab(r);
        HAS(o, "CONNECT station 4 station 3");
        QCOMPARE(o.ended(id), QStringLiteral("completed"));
        QCOMPARE(r.processor.liveRequestCount(), 0);

        Rig q;
        q.offHook(4);
        const RequestId id2 = leaveCallback(q, 3, 4);
        q.offHook(3); // suspended
        q.onHook(4);
        q.take();
        q.dial(3, "104"); // A calls B itself
        q.offHook(4);
        o = grab(q);
        HAS(o, "CONNECT station 3 station 4");
        QCOMPARE(o.ended(id2), QStringLiteral("completed"));
    }

    // ------------------------------------------------------------------ R6

    // R6: "A does not answer within the ring limit (4 by default ...; the ring limit is reached
    // when RING_CYCLE reports that count): ringing stops and the callback is cancelled"
    void R6_cancelledAtRingLimit()
    {
        Rig r;
        r.offHook(4);
        const RequestId id = leaveCallback(r, 3, 4);
        r.onHook(4);
        r.take();
        for (int n = 1; n <= 3; ++n) {
            r.ringCycle(3, n);
            const Out o = grab(r);
            LACKS(o, "RING 3 stop");
            QCOMPARE(o.endedCount(id), 0);
            QCOMPARE(stateOf(r, id), QStringLiteral("ringing caller"));
        }
        r.ringCycle(3, 4);
        const Out o = grab(r);
        HAS(o, "RING 3 stop");
        HAS(o, "LAMP 3 CALLBACK 0");
        QCOMPARE(o.ended(id), QStringLiteral("no-answer"));
        QCOMPARE(extState(r, 3), QStringLiteral("idle"));
        QCOMPARE(r.processor.liveRequestCount(), 0);
    }

    // R6: "B's next ready request is then served."
    void R6_nextReadyRequestServedAfterRingLimit()
    {
        Rig r;
        r.offHook(4);
        leaveCallback(r, 3, 4);
        const RequestId b = leaveCallback(r, 5, 4);
        r.onHook(4);
        r.take();
        r.ringCycle(3, 4);
        const Out o = grab(r);
        HAS(o, "RING 3 stop");
        HAS(o, "RING 5 callback");
        QCOMPARE(stateOf(r, b), QStringLiteral("ringing caller"));
        QCOMPARE(r.processor.request(b).position, 1);
    }

    // R6: the ring limit is a programmed option (counted from RING_CYCLE).
    void R6_ringLimitFollowsProgramming()
    {
        Rig r;
        program(r, [](Programming &p) { p.options.ringLimit = 2; });
        r.offHook(4);
        const RequestId id = leaveCallback(r, 3, 4);
        r.onHook(4);
        r.take();
        r.ringCycle(3, 1);
        Out o = grab(r);
        LACKS(o, "RING 3 stop");
        r.ringCycle(3, 2);
        o = grab(r);
        HAS(o, "RING 3 stop");
        QCOMPARE(o.ended(id), QStringLiteral("no-answer"));
    }

    // ------------------------------------------------------------------ R7

    // R7a: "B becomes busy while A is being rung: ringing stops; the request goes back to its place
    // in B's queue."
    void R7a_targetBusyStopsCallbackRingRequestKeepsPlace()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        const RequestId b = leaveCallback(r, 5, 4);
        r.onHook(4);
        Out o = grab(r);
        HAS(o, "RING 3 callback");
        r.offHook(4);
        o = grab(r);
        HAS(o, "RING 3 stop");
        HAS(o, "TONE 4 dial");
        QCOMPARE(o.endedCount(a), 0);
        QCOMPARE(r.processor.queueAt(4), (std::vector<RequestId> {a, b}));
        QCOMPARE(r.processor.request(a).position, 1);
        QCOMPARE(stateOf(r, a), QStringLiteral("waiting"));
        QCOMPARE(extState(r, 3), QStringLiteral("idle"));
        r.onHook(4);
        o = grab(r);
        HAS(o, "RING 3 callback");
        LACKS(o, "RING 5 callback");
        SELFCHECK(r);
    }

    // R7a (decided): "A reserved target stays callable": a call to B rings it and withdraws the
    // callback ring.
    void R7a_targetRungByAnotherCallWithdrawsCallbackRing()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.onHook(4);
        r.take();
        call(r, 5, 4);
        const Out o = grab(r);
        HAS(o, "RING 4 intercom");
        LACKS(o, "TONE 5 busy");
        HAS(o, "RING 3 stop");
        QCOMPARE(stateOf(r, a), QStringLiteral("waiting"));
        QCOMPARE(r.processor.request(a).position, 1);
    }

    // R7a (decided): "Setting DND at either end during the callback ring withdraws it the same
    // way."
    void R7a_dndAtEitherEndWithdrawsCallbackRing()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.onHook(4);
        r.take();
        QVERIFY(r.processor.setDnd(4, true, r.now));
        Out o = grab(r);
        HAS(o, "RING 3 stop");
        QCOMPARE(o.endedCount(a), 0);
        QCOMPARE(stateOf(r, a), QStringLiteral("waiting"));
        QVERIFY(r.processor.setDnd(4, false, r.now));
        o = grab(r);
        HAS(o, "RING 3 callback");
        QVERIFY(r.processor.setDnd(3, true, r.now));
        o = grab(r);
        HAS(o, "RING 3 stop");
        QCOMPARE(stateOf(r, a), QStringLiteral("suspended"));
        QCOMPARE(r.processor.request(a).position, 1);
    }

    // R7a: B becomes busy because an outside line starts ringing it.
    void R7a_outsideRingAtTargetWithdrawsCallbackRing()
    {
        Rig r;
        assignLine(r, 1, {4});
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.onHook(4);
        r.take();
        r.lineRing(1, true);
        Out o = grab(r);
        HAS(o, "RING 4 outside");
        HAS(o, "RING 3 stop");
        QCOMPARE(o.endedCount(a), 0);
        QCOMPARE(stateOf(r, a), QStringLiteral("waiting"));
        r.offHook(4);
        r.onHook(4); // the outside call is over
        o = grab(r);
        HAS(o, "RING 3 callback");
    }

    // R7b: "An outside call is to ring A while A is being rung for a callback: A rings for the
    // outside call, and the callback goes back to its place in the queue."
    void R7b_outsideCallInterruptsCallbackRing()
    {
        Rig r;
        assignLine(r, 1, {3});
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.onHook(4);
        Out o = grab(r);
        HAS(o, "RING 3 callback");
        r.lineRing(1, true);
        o = grab(r);
        HAS(o, "RING 3 stop");
        HAS(o, "RING 3 outside");
        BEFORE(o, "RING 3 stop", "RING 3 outside");
        HAS(o, "RING 1 outside");
        QCOMPARE(o.endedCount(a), 0);
        QCOMPARE(r.processor.request(a).position, 1);
        QCOMPARE(extState(r, 3), QStringLiteral("ringing (outside)"));
        QVERIFY(stateOf(r, a) == QLatin1String("waiting")
            || stateOf(r, a) == QLatin1String("suspended"));
        r.offHook(3);
        o = grab(r);
        HAS(o, "LINE 1 seize");
        HAS(o, "CONNECT station 3 line 1");
        r.onHook(3); // the outside call is over: the callback is served again
        o = grab(r);
        HAS(o, "LINE 1 release");
        HAS(o, "RING 3 callback");
        SELFCHECK(r);
    }

    // R7c: "B became busy in the moment A answered: A hears busy tone and the request goes back to
    // its place" (decided: an off-hook within 2 s of the withdrawal; CALLBACK confirms the same
    // request)
    void R7c_answerCrossingTargetBusyGivesBusyTone()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.onHook(4);
        r.offHook(4); // B busy: the callback ring is withdrawn
        r.take();
        r.advance(CallProcessor::answerGrace - 500);
        r.offHook(3); // A's answer crossed on the wire
        Out o = grab(r);
        HAS(o, "TONE 3 busy");
        LACKS(o, "TONE 3 dial");
        QCOMPARE(extState(r, 3), QStringLiteral("busy tone"));
        QCOMPARE(o.endedCount(a), 0);
        QCOMPARE(r.processor.request(a).position, 1);
        r.key(3, Key::Callback);
        o = grab(r);
        HAS(o, "TONE 3 confirm");
        QCOMPARE(o.count(Notification::Type::RequestAdded), 0);
        QCOMPARE(r.processor.requestsLeftBy(3), (std::vector<RequestId> {a}));
        QCOMPARE(stateOf(r, a), QStringLiteral("camped on"));
        QCOMPARE(r.processor.liveRequestCount(), 1);
    }

    // R7c (decided): after the 2 s grace an off-hook is an ordinary off-hook (dial tone).
    void R7c_offHookAfterGraceIsDialTone()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.onHook(4);
        r.offHook(4);
        r.take();
        r.advance(CallProcessor::answerGrace + 500);
        r.offHook(3);
        const Out o = grab(r);
        HAS(o, "TONE 3 dial");
        LACKS(o, "TONE 3 busy");
        QCOMPARE(stateOf(r, a), QStringLiteral("suspended"));
    }

    // ------------------------------------------------------------------ R8

    // R8: "when a request is left, B hears the camp-on tone if camp-on tones are enabled
    // system-wide and B is programmed to receive them."
    void R8_campOnToneWhenEnabled()
    {
        Rig r;
        call(r, 4, 5);
        r.offHook(5); // 4 and 5 talk
        call(r, 3, 4);
        r.take();
        r.key(3, Key::Callback);
        const Out o = grab(r);
        HAS(o, "TONE 4 camp-on");
        LACKS(o, "TONE 5 camp-on");
    }

    // R8: no camp-on tone when the system option is off.
    void R8_noCampOnToneWhenSystemOptionOff()
    {
        Rig r;
        program(r, [](Programming &p) { p.options.campOnTones = false; });
        r.offHook(4);
        call(r, 3, 4);
        r.take();
        r.key(3, Key::Callback);
        const Out o = grab(r);
        LACKS(o, "TONE 4 camp-on");
        HAS(o, "TONE 3 confirm");
        QCOMPARE(r.processor.queueAt(4).size(), size_t(1));
    }

    // R8: no camp-on tone at an extension not programmed to receive it.
    void R8_noCampOnToneWhenExtensionDoesNotReceive()
    {
        Rig r;
        program(r, [](Programming &p) { p.extensions[3].receivesCampOnTones = false; });
        r.offHook(4);
        r.offHook(5);
        call(r, 3, 4);
        r.take();
        r.key(3, Key::Callback);
        Out o = grab(r);
        LACKS(o, "TONE 4 camp-on");
        HAS(o, "TONE 3 confirm");
        call(r, 6, 5); // 105 still receives it
        r.key(6, Key::Callback);
        o = grab(r);
        HAS(o, "TONE 5 camp-on");
    }

    // ------------------------------------------------------------------ R9

    // R9: "A made a request and stays off-hook. A waits hearing ringback; when the request is
    // served (B idle, A's turn), B rings and answering connects A and B."
    void R9_campOnWaitsWithRingbackThenConnects()
    {
        Rig r;
        r.offHook(4);
        const RequestId id = campOn(r, 3, 4);
        Out o = grab(r);
        HAS(o, "TONE 3 confirm");
        r.advance(CallProcessor::confirmBurst);
        o = grab(r);
        HAS(o, "TONE 3 ringback");
        QCOMPARE(extState(r, 3), QStringLiteral("camped on"));
        QVERIFY(r.ext(4).campedOn);
        r.onHook(4);
        o = grab(r);
        HAS(o, "RING 4 intercom");
        HAS(o, "DISPLAY 4 row 0 \"Call from 103\"");
        LACKS(o, "RING 3 callback");
        QCOMPARE(stateOf(r, id), QStringLiteral("ringing target"));
        QCOMPARE(extState(r, 3), QStringLiteral("calling"));
        r.offHook(4);
        o = grab(r);
        HAS(o, "CONNECT station 3 station 4");
        QCOMPARE(o.ended(id), QStringLiteral("completed"));
        SELFCHECK(r);
    }

    // R9: "(B idle, A's turn)": a camped caller behind a callback waits for its turn.
    void R9_campOnWaitsForItsTurn()
    {
        Rig r;
        r.offHook(4);
        const RequestId first = leaveCallback(r, 5, 4);
        const RequestId camped = campOn(r, 3, 4);
        r.take();
        r.onHook(4);
        Out o = grab(r);
        HAS(o, "RING 5 callback");
        LACKS(o, "RING 4 intercom");
        QCOMPARE(stateOf(r, camped), QStringLiteral("camped on"));
        QCOMPARE(r.processor.request(camped).position, 2);
        r.ringCycle(5, 4);
        o = grab(r);
        QCOMPARE(o.ended(first), QStringLiteral("no-answer"));
        HAS(o, "RING 4 intercom");
        QCOMPARE(stateOf(r, camped), QStringLiteral("ringing target"));
    }

    // R9: "Hanging up while waiting turns the camp-on into a callback with the same place in the
    // queue."
    void R9_hangUpWhileWaitingBecomesCallbackSamePlace()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = campOn(r, 3, 4);
        const RequestId b = leaveCallback(r, 5, 4);
        r.take();
        r.onHook(3);
        Out o = grab(r);
        QCOMPARE(o.endedCount(a), 0);
        QCOMPARE(stateOf(r, a), QStringLiteral("waiting"));
        QCOMPARE(r.processor.queueAt(4), (std::vector<RequestId> {a, b}));
        QCOMPARE(r.processor.request(a).position, 1);
        QVERIFY(!r.ext(4).campedOn);
        r.onHook(4);
        o = grab(r);
        HAS(o, "RING 3 callback");
        LACKS(o, "RING 5 callback");
    }

    // R9 (decided): "Camp-on ends abandoned if A hangs up after B started ringing"
    void R9_hangUpAfterTargetRingsAbandons()
    {
        Rig r;
        r.offHook(4);
        const RequestId id = campOn(r, 3, 4);
        r.onHook(4);
        r.take();
        r.onHook(3);
        const Out o = grab(r);
        HAS(o, "RING 4 stop");
        QCOMPARE(o.ended(id), QStringLiteral("abandoned"));
    }

    // ------------------------------------------------------------------ R10

    // R10: "since calls to the attendant never meet busy, a request at the attendant is refused
    // (error tone)."
    void R10_requestAtAttendantRefused()
    {
        Rig r;
        r.offHook(1); // attendant busy: callers wait
        call(r, 3, 1);
        r.take();
        r.key(3, Key::Callback);
        Out o = grab(r);
        HAS(o, "TONE 3 reorder");
        LACKS(o, "TONE 3 confirm");
        QCOMPARE(r.processor.liveRequestCount(), 0);
        call(r, 5, 1);
        r.take();
        r.dial(5, "2");
        o = grab(r);
        HAS(o, "TONE 5 reorder");
        QCOMPARE(r.processor.liveRequestCount(), 0);
        // The refused callers no longer wait for the attendant.
        r.onHook(1);
        o = grab(r);
        LACKS(o, "RING 1 intercom");

        // The attendant idle and ringing: the same.
        Rig q;
        call(q, 3, 1);
        q.take();
        q.key(3, Key::Callback);
        o = grab(q);
        HAS(o, "TONE 3 reorder");
        HAS(o, "RING 1 stop");
        QCOMPARE(q.processor.liveRequestCount(), 0);
    }

    // ------------------------------------------------------------------ R11

    // R11: "a request at an extension in DND is refused (error tone), busy or not."
    void R11_requestAtDndExtensionRefused()
    {
        Rig r;
        QVERIFY(r.processor.setDnd(4, true, r.now));
        call(r, 3, 4);
        r.take();
        r.key(3, Key::Callback);
        Out o = grab(r);
        HAS(o, "TONE 3 reorder");
        QCOMPARE(r.processor.liveRequestCount(), 0);

        r.offHook(4); // busy and in DND
        call(r, 5, 4);
        o = grab(r);
        HAS(o, "TONE 5 dnd");
        r.dial(5, "2");
        o = grab(r);
        HAS(o, "TONE 5 reorder");
        QCOMPARE(r.processor.liveRequestCount(), 0);

        // B goes into DND while A hears its busy tone.
        r.offHook(7);
        call(r, 6, 7);
        QVERIFY(r.processor.setDnd(7, true, r.now));
        r.take();
        r.key(6, Key::Callback);
        o = grab(r);
        HAS(o, "TONE 6 reorder");
        QCOMPARE(r.processor.liveRequestCount(), 0);
    }

    // R11: "Requests already queued at B wait while B is in DND."
    void R11_queuedRequestsWaitWhileTargetInDnd()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.dial(4, "*1"); // B turns DND on
        Out o = grab(r);
        HAS(o, "TONE 4 confirm");
        HAS(o, "LAMP 4 DND 1");
        r.onHook(4);
        o = grab(r);
        LACKS(o, "RING 3 callback");
        QCOMPARE(o.endedCount(a), 0);
        QCOMPARE(r.processor.request(a).position, 1);
        r.key(4, Key::Dnd); // DND off
        o = grab(r);
        HAS(o, "LAMP 4 DND 0");
        HAS(o, "RING 3 callback");
    }

    // ------------------------------------------------------------------ R12

    // R12: "a controller that comes back with a new boot_id ... cancels every request system-wide"
    // (decided: no command for the lost call state; DND and forwarding survive).
    void R12_newBootIdCancelsEveryRequest()
    {
        Rig r;
        r.offHook(4);
        r.offHook(6);
        const RequestId a = leaveCallback(r, 3, 4);
        const RequestId b = campOn(r, 5, 4);
        const RequestId c = leaveCallback(r, 7, 6);
        r.onHook(6); // 7 is rung for its callback
        QVERIFY(r.processor.setDnd(8, true, r.now));
        QVERIFY(r.processor.setForwarding(2, 8, r.now));
        r.take();
        r.processor.handle(Event::linkDown(), r.now);
        Out o = grab(r);
        QCOMPARE(o.count(Notification::Type::RequestEnded), 0); // the outage alone ends nothing
        r.processor.handle(Event::sessionUp(8, 2, 0x9999), r.now);
        o = grab(r);
        QCOMPARE(o.ended(a), QStringLiteral("reset"));
        QCOMPARE(o.ended(b), QStringLiteral("reset"));
        QCOMPARE(o.ended(c), QStringLiteral("reset"));
        QCOMPARE(o.endedCount(a) + o.endedCount(b) + o.endedCount(c), 3);
        QCOMPARE(o.count(Notification::Type::SystemReset), 1);
        QCOMPARE(r.processor.liveRequestCount(), 0);
        for (const QString &cmd : o.cmds) {
            QVERIFY2(!cmd.startsWith(QLatin1String("RING"))
                    && !cmd.startsWith(QLatin1String("TONE"))
                    && !cmd.startsWith(QLatin1String("CONNECT"))
                    && !cmd.startsWith(QLatin1String("RELEASE")),
                qPrintable(o.text()));
        }
        QVERIFY(r.ext(8).dnd);
        QCOMPARE(r.ext(2).forwardTo, 8);
        r.processor.handle(Event::portStates(QVector<quint8>(8, 0), QVector<quint8>(2, 0)), r.now);
        o = grab(r);
        HAS(o, "LAMP 8 DND 1");
        QCOMPARE(extState(r, 5), QStringLiteral("idle"));
        r.offHook(3);
        o = grab(r);
        HAS(o, "TONE 3 dial");
        SELFCHECK(r);
    }

    // R12: "A link outage with the same boot_id cancels nothing: the host resynchronises and
    // carries on."
    void R12_sameBootIdAfterLinkDownKeepsEverything()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        const RequestId b = campOn(r, 5, 4);
        r.advance(1000);
        r.take();
        r.processor.handle(Event::linkDown(), r.now);
        r.advance(4000);
        r.processor.handle(Event::sessionUp(8, 2, 0x1234), r.now);
        QVector<quint8> st(8, 0);
        st[3] = 1; // 4 off-hook
        st[4] = 1; // 5 off-hook (camped)
        r.processor.handle(Event::portStates(st, QVector<quint8>(2, 0)), r.now);
        Out o = grab(r);
        QCOMPARE(o.count(Notification::Type::RequestEnded), 0);
        QCOMPARE(o.count(Notification::Type::SystemReset), 0);
        QCOMPARE(r.processor.liveRequestCount(), 2);
        QCOMPARE(r.processor.queueAt(4), (std::vector<RequestId> {a, b}));
        QCOMPARE(stateOf(r, b), QStringLiteral("camped on"));
        HAS(o, "TONE 5 ringback"); // the controller stopped tones while the host was away
        r.onHook(4);
        o = grab(r);
        HAS(o, "RING 3 callback");
    }

    // R12 (decided): at the port states the host reconciles: a camped caller that hung up during
    // the outage is hung up (its camp-on becomes a callback in its place).
    void R12_resyncReconcilesHookStates()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = campOn(r, 3, 4);
        const RequestId b = leaveCallback(r, 5, 4);
        r.take();
        r.processor.handle(Event::linkDown(), r.now);
        r.processor.handle(Event::sessionUp(8, 2, 0x1234), r.now);
        QVector<quint8> st(8, 0);
        st[3] = 1; // 4 still off-hook, 3 hung up meanwhile
        r.processor.handle(Event::portStates(st, QVector<quint8>(2, 0)), r.now);
        Out o = grab(r);
        QCOMPARE(o.count(Notification::Type::RequestEnded), 0);
        QCOMPARE(stateOf(r, a), QStringLiteral("waiting"));
        QCOMPARE(r.processor.queueAt(4), (std::vector<RequestId> {a, b}));
        HAS(o, "TONE 4 dial");
        r.onHook(4);
        o = grab(r);
        HAS(o, "RING 3 callback");
    }

    // R12 (decided): a callback ring during an outage goes back to its place and is served again
    // after the resynchronisation; nothing ends.
    void R12_callbackRingDuringOutageServedAgain()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.onHook(4);
        r.take();
        r.processor.handle(Event::linkDown(), r.now);
        Out o = grab(r);
        QCOMPARE(o.endedCount(a), 0);
        QVERIFY(r.processor.request(a).id == a);
        r.processor.handle(Event::sessionUp(8, 2, 0x1234), r.now);
        r.processor.handle(Event::portStates(QVector<quint8>(8, 0), QVector<quint8>(2, 0)), r.now);
        o = grab(r);
        HAS(o, "RING 3 callback");
        QCOMPARE(stateOf(r, a), QStringLiteral("ringing caller"));
    }

    // R12: "... and so does starting the host": the first session is a system reset.
    void R12_firstSessionSinceHostStartIsReset()
    {
        CallProcessor p(Programming::factoryDefaults(8, 2));
        p.handle(Event::sessionUp(8, 2, 0x42), 0);
        bool reset = false;
        for (const Notification &n : p.notifications())
            reset = reset || n.type == Notification::Type::SystemReset;
        QVERIFY(reset);
        QCOMPARE(p.liveRequestCount(), 0);
    }

    // R12 (decided): a controller of another size is a system reset too.
    void R12_otherControllerSizeIsReset()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.take();
        r.processor.handle(Event::linkDown(), r.now);
        r.processor.handle(Event::sessionUp(8, 3, 0x1234), r.now);
        const Out o = grab(r);
        QCOMPARE(o.ended(a), QStringLiteral("reset"));
        QCOMPARE(o.count(Notification::Type::SystemReset), 1);
        QCOMPARE(r.processor.lineCount(), 3);
    }

    // ------------------------------------------------------------------ R13

    // R13: "turning it off cancels every request" (decided: reason disabled, rings stop, a camped
    // caller hears reorder)
    void R13_turningCallbackOffCancelsEveryRequest()
    {
        Rig r;
        r.offHook(4);
        r.offHook(6);
        const RequestId a = leaveCallback(r, 3, 4);
        const RequestId c = leaveCallback(r, 7, 6);
        const RequestId b = campOn(r, 5, 6);
        r.onHook(4); // 3 is rung for its callback
        Out o = grab(r);
        HAS(o, "RING 3 callback");
        program(r, [](Programming &) {}); // no change: nothing ends
        QCOMPARE(r.processor.liveRequestCount(), 3);
        Programming p = r.processor.programming();
        p.options.callbackEnabled = false;
        r.processor.setProgramming(p, r.now);
        o = grab(r);
        HAS(o, "RING 3 stop");
        HAS(o, "TONE 5 reorder");
        HAS(o, "LAMP 3 CALLBACK 0");
        HAS(o, "LAMP 5 CALLBACK 0");
        HAS(o, "LAMP 7 CALLBACK 0");
        QCOMPARE(o.ended(a), QStringLiteral("disabled"));
        QCOMPARE(o.ended(b), QStringLiteral("disabled"));
        QCOMPARE(o.ended(c), QStringLiteral("disabled"));
        QCOMPARE(r.processor.liveRequestCount(), 0);
        SELFCHECK(r);
    }

    // R13: "Off: CALLBACK and 2 at busy tone give error tone" (decided: the busy display shows no
    // hint)
    void R13_callbackOffGivesReorderAtBusyTone()
    {
        Rig r;
        program(r, [](Programming &p) { p.options.callbackEnabled = false; });
        r.offHook(4);
        r.take();
        call(r, 3, 4);
        Out o = grab(r);
        HAS(o, "TONE 3 busy");
        LACKS(o, "DISPLAY 3 row 1 \"CALLBACK to queue\"");
        r.key(3, Key::Callback);
        o = grab(r);
        HAS(o, "TONE 3 reorder");
        LACKS(o, "TONE 3 confirm");
        r.onHook(3);
        call(r, 3, 4);
        r.take();
        r.dial(3, "2");
        o = grab(r);
        HAS(o, "TONE 3 reorder");
        QCOMPARE(r.processor.liveRequestCount(), 0);
        // On again: requests can be left again.
        r.onHook(3);
        program(r, [](Programming &p) { p.options.callbackEnabled = true; });
        call(r, 3, 4);
        r.key(3, Key::Callback);
        o = grab(r);
        HAS(o, "TONE 3 confirm");
        QCOMPARE(r.processor.liveRequestCount(), 1);
        program(r, [](Programming &p) { p.options.callbackEnabled = false; });
        // Line group as well.
        r.onHook(3);
        seizeBothLines(r, 5, 6);
        r.offHook(7);
        r.dial(7, "9");
        r.take();
        r.key(7, Key::Callback);
        o = grab(r);
        HAS(o, "TONE 7 reorder");
        QCOMPARE(r.processor.liveRequestCount(), 0);
    }

    // ------------------------------------------------------------------ R14

    // R14: "pressing CLEAR at an idle keyset shows a menu (row 0 and row 1 of the display)"
    void R14_clearOpensMenuAtIdleKeyset()
    {
        Rig r;
        r.key(3, Key::Clear);
        const Out o = grab(r);
        HAS(o, "DISPLAY 3 row 0 \"1 Clear callbacks\"");
        HAS(o, "DISPLAY 3 row 1 \"2 Clear forwarding\"");
    }

    // R14: choice 1 clears "the callbacks this extension has left", with a confirmation.
    void R14_choiceOneClearsCallbacks()
    {
        Rig r;
        r.offHook(4);
        r.offHook(5);
        const RequestId a = leaveCallback(r, 3, 4);
        const RequestId b = leaveCallback(r, 3, 5);
        const RequestId other = leaveCallback(r, 6, 4);
        r.key(3, Key::Clear);
        r.take();
        r.dial(3, "1"); // keysets dial on-hook
        Out o = grab(r);
        QCOMPARE(o.ended(a), QStringLiteral("cleared"));
        QCOMPARE(o.ended(b), QStringLiteral("cleared"));
        QCOMPARE(o.endedCount(other), 0);
        HAS(o, "DISPLAY 3 row 0 \"Callbacks cleared\"");
        HAS(o, "DISPLAY 3 row 1 \"\"");
        HAS(o, "LAMP 3 CALLBACK 0");
        QCOMPARE(r.processor.liveRequestCount(), 1);
        QCOMPARE(r.processor.request(other).position, 1);
        r.advance(CallProcessor::confirmationShown);
        o = grab(r);
        HAS(o, "DISPLAY 3 row 0 \"\"");
        // The menu is closed: another 1 does nothing.
        r.dial(3, "1");
        o = grab(r);
        QVERIFY2(o.cmds.isEmpty(), qPrintable(o.text()));
    }

    // R14: choice 2 clears "its call forwarding".
    void R14_choiceTwoClearsForwarding()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        QVERIFY(r.processor.setForwarding(3, 5, r.now));
        r.key(3, Key::Clear);
        r.take();
        r.dial(3, "2");
        const Out o = grab(r);
        HAS(o, "DISPLAY 3 row 0 \"Forwarding cleared\"");
        QCOMPARE(r.ext(3).forwardTo, 0);
        QCOMPARE(o.endedCount(a), 0);
        QCOMPARE(r.processor.liveRequestCount(), 1);
    }

    // R14: "The menu closes ... at a second CLEAR"
    void R14_secondClearClosesMenu()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.key(3, Key::Clear);
        r.take();
        r.key(3, Key::Clear);
        Out o = grab(r);
        HAS(o, "DISPLAY 3 row 0 \"\"");
        HAS(o, "DISPLAY 3 row 1 \"\"");
        r.dial(3, "1");
        o = grab(r);
        QCOMPARE(o.endedCount(a), 0);
        QCOMPARE(r.processor.liveRequestCount(), 1);
    }

    // R14: "The menu closes ... at off-hook"
    void R14_offHookClosesMenu()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.key(3, Key::Clear);
        r.take();
        r.offHook(3);
        Out o = grab(r);
        HAS(o, "DISPLAY 3 row 0 \"\"");
        HAS(o, "DISPLAY 3 row 1 \"\"");
        HAS(o, "TONE 3 dial");
        r.dial(3, "1"); // an ordinary digit now
        o = grab(r);
        QCOMPARE(o.endedCount(a), 0);
        QCOMPARE(r.processor.liveRequestCount(), 1);
    }

    // R14: "The menu closes ... after 10 s."
    void R14_menuClosesAfterTenSeconds()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.key(3, Key::Clear);
        r.take();
        r.advance(CallProcessor::clearMenuTimeout - 1);
        Out o = grab(r);
        LACKS(o, "DISPLAY 3 row 0 \"\"");
        r.advance(1);
        o = grab(r);
        HAS(o, "DISPLAY 3 row 0 \"\"");
        HAS(o, "DISPLAY 3 row 1 \"\"");
        r.dial(3, "1");
        o = grab(r);
        QCOMPARE(o.endedCount(a), 0);
    }

    // R14: "A busy extension gets no menu." (decided: nor does a single-line set)
    void R14_busyExtensionGetsNoMenu()
    {
        Rig r;
        r.offHook(3);
        r.take();
        r.key(3, Key::Clear);
        Out o = grab(r);
        LACKS(o, "DISPLAY 3 row 0 \"1 Clear callbacks\"");
        call(r, 5, 4); // 4 is being rung
        r.take();
        r.key(4, Key::Clear);
        o = grab(r);
        LACKS(o, "DISPLAY 4 row 0 \"1 Clear callbacks\"");

        Rig q;
        program(q, [](Programming &p) { p.extensions[5].type = ExtensionType::SingleLine; });
        q.key(6, Key::Clear);
        o = grab(q);
        QVERIFY2(o.cmds.isEmpty(), qPrintable(o.text()));
    }

    // R14 (decided): "Other digits are ignored while the menu is open."
    void R14_otherDigitsIgnoredWhileMenuOpen()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.key(3, Key::Clear);
        r.take();
        r.dial(3, "5");
        Out o = grab(r);
        QVERIFY2(o.cmds.isEmpty(), qPrintable(o.text()));
        r.dial(3, "1");
        o = grab(r);
        QCOMPARE(o.ended(a), QStringLiteral("cleared"));
    }

    // R14: "#0 does the first from any set."
    void R14_hashZeroClearsCallbacksFromAnySet()
    {
        Rig r;
        program(r, [](Programming &p) { p.extensions[4].type = ExtensionType::SingleLine; });
        r.offHook(4);
        const RequestId a = leaveCallback(r, 5, 4); // 105 is a single-line set
        const RequestId b = leaveCallback(r, 3, 4);
        r.offHook(5);
        r.take();
        r.dial(5, "#0");
        const Out o = grab(r);
        HAS(o, "TONE 5 confirm");
        QCOMPARE(o.ended(a), QStringLiteral("cleared"));
        QCOMPARE(o.endedCount(b), 0);
        QCOMPARE(r.processor.request(b).position, 1);
    }

    // R14: "The console can do both for any extension" (and cancel one request).
    void R14_consoleClearsForAnyExtension()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        const RequestId b = leaveCallback(r, 5, 4);
        const RequestId c = leaveCallback(r, 6, 4);
        QVERIFY(r.processor.setForwarding(7, 8, r.now));
        r.take();
        QVERIFY(r.processor.clearCallbacks(3, r.now));
        Out o = grab(r);
        QCOMPARE(o.ended(a), QStringLiteral("cleared"));
        QVERIFY(!r.processor.clearCallbacks(3, r.now));
        QVERIFY(r.processor.cancelRequest(c, r.now));
        o = grab(r);
        QCOMPARE(o.ended(c), QStringLiteral("cleared"));
        QVERIFY(!r.processor.cancelRequest(c, r.now));
        QCOMPARE(r.processor.queueAt(4), (std::vector<RequestId> {b}));
        QCOMPARE(r.processor.request(b).position, 1);
        QVERIFY(r.processor.clearForwarding(7, r.now));
        QCOMPARE(r.ext(7).forwardTo, 0);
        QVERIFY(!r.processor.clearForwarding(7, r.now));
    }

    // ------------------------------------------------------------------ R15

    // R15: "at busy tone after 9 (all lines busy), CALLBACK or 2 queues A for the line group.
    // Staying off-hook: A is connected as soon as a line frees (LINE 1, CONNECT)."
    void R15_lineQueueCampOnConnectsWhenLineFrees()
    {
        Rig r;
        seizeBothLines(r, 4, 5);
        r.offHook(3);
        r.dial(3, "9");
        Out o = grab(r);
        HAS(o, "TONE 3 busy");
        HAS(o, "DISPLAY 3 row 1 \"CALLBACK to queue\"");
        r.key(3, Key::Callback);
        o = grab(r);
        HAS(o, "TONE 3 confirm");
        HAS(o, "DISPLAY 3 row 0 \"Queued for a line\"");
        const std::vector<RequestId> q = r.processor.queueAt(0);
        QCOMPARE(q.size(), size_t(1));
        const RequestInfo info = r.processor.request(q[0]);
        QCOMPARE(info.caller, 3);
        QCOMPARE(info.target, 0);
        QCOMPARE(QString::fromLatin1(toString(info.kind)), QStringLiteral("line group"));
        QCOMPARE(stateOf(r, q[0]), QStringLiteral("camped on"));
        r.onHook(4);
        o = grab(r);
        HAS(o, "RELEASE station 4");
        HAS(o, "LINE 1 release");
        HAS(o, "LINE 1 seize");
        HAS(o, "CONNECT station 3 line 1");
        BEFORE(o, "LINE 1 release", "LINE 1 seize");
        QCOMPARE(o.ended(q[0]), QStringLiteral("completed"));
        QCOMPARE(extState(r, 3), QStringLiteral("talking (outside)"));
        SELFCHECK(r);
    }

    // R15: "Hanging up turns it into a line callback: when a line frees and A is idle, the line is
    // reserved and A gets the callback ring; answering seizes the line and connects A"
    void R15_lineCallbackRingsAndAnswerSeizes()
    {
        Rig r;
        seizeBothLines(r, 4, 5);
        r.offHook(3);
        r.dial(3, "9");
        r.dial(3, "2");
        const RequestId id = requestOf(r, 3, 0);
        QVERIFY(id != 0);
        r.onHook(3);
        QCOMPARE(stateOf(r, id), QStringLiteral("waiting"));
        r.take();
        r.onHook(4);
        Out o = grab(r);
        HAS(o, "LINE 1 release");
        HAS(o, "RING 3 callback");
        HAS(o, "DISPLAY 3 row 0 \"Callback line 1\"");
        LACKS(o, "LINE 1 seize");
        QCOMPARE(r.processor.request(id).line, 1);
        QCOMPARE(stateOf(r, id), QStringLiteral("ringing caller"));
        // The reserved line is not free for 9.
        r.offHook(6);
        r.dial(6, "9");
        o = grab(r);
        HAS(o, "TONE 6 busy");
        LACKS(o, "LINE 1 seize");
        r.offHook(3);
        o = grab(r);
        HAS(o, "LINE 1 seize");
        HAS(o, "CONNECT station 3 line 1");
        QCOMPARE(o.ended(id), QStringLiteral("completed"));
        QCOMPARE(extState(r, 3), QStringLiteral("talking (outside)"));
        SELFCHECK(r);
    }

    // R15: "the ring limit cancels it as in R6."
    void R15_lineCallbackCancelledAtRingLimit()
    {
        Rig r;
        seizeBothLines(r, 4, 5);
        r.offHook(3);
        r.dial(3, "9");
        r.key(3, Key::Callback);
        const RequestId id = requestOf(r, 3, 0);
        r.onHook(3);
        r.onHook(4);
        r.take();
        r.ringCycle(3, 3);
        Out o = grab(r);
        LACKS(o, "RING 3 stop");
        r.ringCycle(3, 4);
        o = grab(r);
        HAS(o, "RING 3 stop");
        QCOMPARE(o.ended(id), QStringLiteral("no-answer"));
        // The line is free again.
        r.offHook(6);
        r.dial(6, "9");
        o = grab(r);
        HAS(o, "LINE 1 seize");
        HAS(o, "CONNECT station 6 line 1");
    }

    // R15 (decided): a line key on a busy line gives busy tone, where CALLBACK queues for the line
    // group.
    void R15_lineKeyBusyQueuesForLineGroup()
    {
        Rig r;
        seizeBothLines(r, 4, 5);
        r.offHook(3);
        r.take();
        r.key(3, Key(quint8(Key::LineKey1) + 1)); // line key 2
        Out o = grab(r);
        HAS(o, "TONE 3 busy");
        r.key(3, Key::Callback);
        o = grab(r);
        HAS(o, "TONE 3 confirm");
        const RequestId id = requestOf(r, 3, 0);
        QVERIFY(id != 0);
        QCOMPARE(QString::fromLatin1(toString(r.processor.request(id).kind)),
            QStringLiteral("line group"));
        r.onHook(5);
        o = grab(r);
        HAS(o, "LINE 2 seize");
        HAS(o, "CONNECT station 3 line 2");
        QCOMPARE(o.ended(id), QStringLiteral("completed"));
    }

    // R15: "queues A for the line group (FIFO per group)"
    void R15_lineQueueFirstInFirstOut()
    {
        Rig r;
        seizeBothLines(r, 4, 5);
        r.offHook(6);
        r.dial(6, "9");
        r.key(6, Key::Callback);
        const RequestId first = requestOf(r, 6, 0);
        r.onHook(6);
        r.offHook(3);
        r.dial(3, "9");
        r.key(3, Key::Callback);
        const RequestId second = requestOf(r, 3, 0);
        r.onHook(3);
        QCOMPARE(r.processor.queueAt(0), (std::vector<RequestId> {first, second}));
        r.take();
        r.onHook(4);
        Out o = grab(r);
        HAS(o, "RING 6 callback");
        LACKS(o, "RING 3 callback");
        r.onHook(5);
        o = grab(r);
        HAS(o, "RING 3 callback");
        HAS(o, "DISPLAY 3 row 0 \"Callback line 2\"");
        SELFCHECK(r);
    }

    // ------------------------------------------------------------------ R16

    // R16: "A line reserved for a line callback receives an outside call (LINE_RING 1): the line
    // rings its stations for that call, A's callback ring stops, and the line callback goes back to
    // its place in the queue."
    void R16_reservedLineRingingInWithdrawsLineCallback()
    {
        Rig r;
        seizeBothLines(r, 4, 5);
        r.offHook(3);
        r.dial(3, "9");
        r.key(3, Key::Callback);
        const RequestId id = requestOf(r, 3, 0);
        r.onHook(3);
        r.onHook(4); // line 1 is reserved for 3
        Out o = grab(r);
        HAS(o, "RING 3 callback");
        r.lineRing(1, true);
        o = grab(r);
        HAS(o, "RING 3 stop");
        HAS(o, "RING 1 outside");
        LACKS(o, "RING 3 callback");
        QCOMPARE(o.endedCount(id), 0);
        QCOMPARE(r.processor.request(id).line, 0);
        QCOMPARE(r.processor.request(id).position, 1);
        QCOMPARE(stateOf(r, id), QStringLiteral("waiting"));
        QCOMPARE(extState(r, 3), QStringLiteral("idle"));
        // The outside call is answered and ends; the freed line goes to the line callback again.
        r.offHook(1);
        o = grab(r);
        HAS(o, "LINE 1 seize");
        HAS(o, "CONNECT station 1 line 1");
        r.onHook(1);
        o = grab(r);
        HAS(o, "LINE 1 release");
        HAS(o, "RING 3 callback");
        QCOMPARE(r.processor.request(id).line, 1);
        SELFCHECK(r);
    }

    // R16: the outside call stops ringing before anyone answers: the line frees and the line
    // callback is served again.
    void R16_lineRingStopsAndLineCallbackServedAgain()
    {
        Rig r;
        seizeBothLines(r, 4, 5);
        r.offHook(3);
        r.dial(3, "9");
        r.key(3, Key::Callback);
        r.onHook(3);
        r.onHook(4);
        r.lineRing(1, true);
        r.take();
        r.lineRing(1, false);
        const Out o = grab(r);
        HAS(o, "RING 1 stop");
        LACKS(o, "RING 1 outside"); // B6: the ringing has stopped
        HAS(o, "RING 3 callback");
    }

    // R16: when A is itself assigned to the reserved line, A rings for the outside call instead.
    void R16_callerAssignedToLineRingsForOutsideCall()
    {
        Rig r;
        assignLine(r, 1, {3});
        seizeBothLines(r, 4, 5);
        r.offHook(3);
        r.dial(3, "9");
        r.key(3, Key::Callback);
        const RequestId id = requestOf(r, 3, 0);
        r.onHook(3);
        r.onHook(4);
        r.take();
        r.lineRing(1, true);
        Out o = grab(r);
        HAS(o, "RING 3 stop");
        HAS(o, "RING 3 outside");
        BEFORE(o, "RING 3 stop", "RING 3 outside");
        QCOMPARE(o.endedCount(id), 0);
        QCOMPARE(r.processor.request(id).position, 1);
        r.offHook(3);
        o = grab(r);
        HAS(o, "LINE 1 seize");
        HAS(o, "CONNECT station 3 line 1");
        QCOMPARE(o.endedCount(id), 0); // answering the outside call does not complete the callback
        SELFCHECK(r);
    }

    // ------------------------------------------------------------------ X1

    // X1: "Callback expiry: requests older than the configured time are cancelled (reason
    // expired)."
    void X1_expiredRequestsEnd()
    {
        Rig r;
        const Millis expiry = 30 * 60 * 1000;
        program(r, [&](Programming &p) { p.options.expiry = expiry; });
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.take();
        r.advance(expiry - 1);
        Out o = grab(r);
        QCOMPARE(o.endedCount(a), 0);
        QCOMPARE(r.processor.liveRequestCount(), 1);
        r.advance(1);
        o = grab(r);
        QCOMPARE(o.ended(a), QStringLiteral("expired"));
        HAS(o, "LAMP 3 CALLBACK 0");
        QVERIFY(r.processor.queueAt(4).empty());
    }

    // X1 (decided): expiry ends a request in any state but "ringing target": a camped caller hears
    // reorder, a callback ring stops, a call whose target rings is allowed to finish.
    void X1_expiryInEveryStateButRingingTarget()
    {
        const Millis expiry = 30 * 60 * 1000;
        {
            Rig r;
            program(r, [&](Programming &p) { p.options.expiry = expiry; });
            r.offHook(4);
            const RequestId a = campOn(r, 3, 4);
            r.take();
            r.advance(expiry);
            const Out o = grab(r);
            QCOMPARE(o.ended(a), QStringLiteral("expired"));
            HAS(o, "TONE 3 reorder");
        }
        {
            Rig r;
            program(r, [&](Programming &p) { p.options.expiry = expiry; });
            r.offHook(4);
            const RequestId a = leaveCallback(r, 3, 4);
            r.advance(expiry - 10);
            r.onHook(4);
            r.take();
            r.advance(10);
            const Out o = grab(r);
            QCOMPARE(o.ended(a), QStringLiteral("expired"));
            HAS(o, "RING 3 stop");
        }
        {
            Rig r;
            program(r, [&](Programming &p) { p.options.expiry = expiry; });
            r.offHook(4);
            const RequestId a = leaveCallback(r, 3, 4);
            r.advance(expiry - 10);
            r.onHook(4);
            r.offHook(3); // 4 rings for the callback
            r.take();
            r.advance(10);
            Out o = grab(r);
            QCOMPARE(o.endedCount(a), 0);
            LACKS(o, "RING 4 stop");
            r.offHook(4);
            o = grab(r);
            HAS(o, "CONNECT station 3 station 4");
            QCOMPARE(o.ended(a), QStringLiteral("completed"));
        }
    }

    // X1: off by default; (decided) changing the option applies to the requests already queued.
    void X1_changingExpiryAppliesToQueuedRequests()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.take();
        r.advance(40 * 60 * 1000);
        Out o = grab(r);
        QCOMPARE(o.endedCount(a), 0); // no expiry by default
        program(r, [](Programming &p) { p.options.expiry = 30 * 60 * 1000; });
        r.advance(1);
        QCOMPARE(r.processor.liveRequestCount(), 0);
        QCOMPARE(r.processor.request(a).id, a); // the record stays, saying how it ended
        QCOMPARE(r.processor.request(a).reason, EndReason::Expired);
    }

    // ------------------------------------------------------------------ X2

    // X2: "Guard delay: see R3 (the ISDN service waits a few seconds so that B can make a call of
    // its own first)."
    void X2_guardDelayLetsTargetCallFirst()
    {
        Rig r;
        program(r, [](Programming &p) { p.options.guardDelay = 5000; });
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        r.take();
        r.onHook(4);
        r.advance(3000);
        r.offHook(4); // B makes a call of its own within the guard delay
        r.dial(4, "105");
        Out o = grab(r);
        HAS(o, "RING 5 intercom");
        LACKS(o, "RING 3 callback");
        r.onHook(4);
        r.take();
        r.advance(3000); // idle 3 s only: the guard delay starts again at the last idle
        o = grab(r);
        LACKS(o, "RING 3 callback");
        r.advance(2000);
        o = grab(r);
        HAS(o, "RING 3 callback");
        QCOMPARE(stateOf(r, a), QStringLiteral("ringing caller"));
    }

    // ------------------------------------------------------------------ records

    // "What every request records": caller, target, kind, when it was left, its queue position,
    // its state and, once ended, how it ended.
    void Records_everyRequestKeepsCallerTargetKindTimeStateReason()
    {
        Rig r;
        r.advance(5000);
        r.offHook(4);
        call(r, 3, 4);
        const Millis leftAt = r.now;
        r.take();
        r.key(3, Key::Callback);
        Out o = grab(r);
        const RequestId id = requestOf(r, 3, 4);
        QVERIFY(id != 0);
        bool added = false;
        for (const Notification &n : o.notes)
            added = added
                || (n.type == Notification::Type::RequestAdded && n.request == id && n.port == 3);
        QVERIFY(added);
        RequestInfo info = r.processor.request(id);
        QCOMPARE(info.id, id);
        QCOMPARE(info.caller, 3);
        QCOMPARE(info.target, 4);
        QCOMPARE(QString::fromLatin1(toString(info.kind)), QStringLiteral("extension"));
        QCOMPARE(info.leftAt, leftAt);
        QCOMPARE(info.position, 1);
        QCOMPARE(stateOf(r, id), QStringLiteral("camped on"));
        QCOMPARE(QString::fromLatin1(toString(info.reason)), QStringLiteral("live"));

        r.advance(100);
        r.onHook(3);
        QCOMPARE(stateOf(r, id), QStringLiteral("waiting"));
        r.offHook(3);
        QCOMPARE(stateOf(r, id), QStringLiteral("suspended"));
        r.onHook(3);
        QCOMPARE(stateOf(r, id), QStringLiteral("waiting"));
        const RequestId second = leaveCallback(r, 5, 4);
        QCOMPARE(r.processor.request(second).position, 2);
        r.take();
        r.onHook(4);
        o = grab(r);
        QCOMPARE(stateOf(r, id), QStringLiteral("ringing caller"));
        QVERIFY(o.count(Notification::Type::RequestChanged) > 0);
        r.offHook(3);
        QCOMPARE(stateOf(r, id), QStringLiteral("ringing target"));
        QCOMPARE(r.processor.request(id).leftAt, leftAt); // unchanged by serving
        r.take();
        r.offHook(4);
        o = grab(r);
        QCOMPARE(o.ended(id), QStringLiteral("completed"));
        QCOMPARE(o.endedCount(id), 1);
        QCOMPARE(r.processor.request(second).position, 1); // moved up
        QVERIFY(!contains(r.processor.liveRequests(), id)); // no longer live
        QCOMPARE(r.processor.request(id).reason, EndReason::Completed); // but recorded as ended
        QCOMPARE(r.processor.request(id).caller, 3);
        QCOMPARE(r.processor.request(second).reason, EndReason::None);

        // A line group request records its kind and no target extension.
        Rig q;
        seizeBothLines(q, 4, 5);
        q.offHook(3);
        q.dial(3, "9");
        q.key(3, Key::Callback);
        const RequestId g = requestOf(q, 3, 0);
        QVERIFY(g != 0);
        QCOMPARE(QString::fromLatin1(toString(q.processor.request(g).kind)),
            QStringLiteral("line group"));
        QCOMPARE(q.processor.request(g).target, 0);
        QCOMPARE(q.processor.request(g).position, 1);
    }

    // "Every end notifies": each request ends exactly once with its reason.
    void Records_everyEndNotifiesExactlyOnce()
    {
        Rig r;
        r.offHook(4);
        r.offHook(6);
        const RequestId a = leaveCallback(r, 3, 4); // will be no-answer
        const RequestId b = leaveCallback(r, 5, 6); // will be abandoned
        const RequestId c = leaveCallback(r, 7, 6); // cleared
        r.take();
        r.onHook(4);
        r.ringCycle(3, 4);
        r.ringCycle(3, 5); // a late cycle changes nothing
        r.onHook(6);
        r.offHook(5);
        r.onHook(5);
        QVERIFY(r.processor.clearCallbacks(7, r.now));
        const Out o = grab(r);
        QCOMPARE(o.ended(a), QStringLiteral("no-answer"));
        QCOMPARE(o.ended(b), QStringLiteral("abandoned"));
        QCOMPARE(o.ended(c), QStringLiteral("cleared"));
        QCOMPARE(o.endedCount(a), 1);
        QCOMPARE(o.endedCount(b), 1);
        QCOMPARE(o.endedCount(c), 1);
        QCOMPARE(o.count(Notification::Type::RequestEnded), 3);
        QCOMPARE(r.processor.liveRequestCount(), 0);
        SELFCHECK(r);
    }

    // (decided) "a request of an extension that programming removes ends cleared".
    void Records_removedExtensionEndsCleared()
    {
        Rig r;
        r.offHook(4);
        const RequestId a = leaveCallback(r, 3, 4);
        const RequestId b = leaveCallback(r, 5, 4);
        r.take();
        Programming p = r.processor.programming();
        p.factory = false;
        p.extensions.removeAt(2); // port 3
        r.processor.setProgramming(p, r.now);
        const Out o = grab(r);
        QCOMPARE(o.ended(a), QStringLiteral("cleared"));
        QCOMPARE(o.endedCount(b), 0);
        QCOMPARE(r.processor.request(b).position, 1);
    }

    // ------------------------------------------------------------------ issue 9 item 11

    // Issue 9 item 11: names are transliterated for the 24-character ASCII display as phone
    // systems do, truncated after transliteration; what has no ASCII spelling is '?'.
    void Issue9_item11_displayTextTransliterates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("shown");
        QTest::addRow("German") << QStringLiteral("Jürgen Müller-Straße")
                                << QByteArray("Juergen Mueller-Strasse");
        QTest::addRow("capitals") << QStringLiteral("Ärger Öl Übel")
                                  << QByteArray("Aerger Oel Uebel");
        QTest::addRow("accents") << QStringLiteral("José Peña Françoise Dvořák")
                                 << QByteArray("Jose Pena Francoise Dvor");
        QTest::addRow("Nordic") << QStringLiteral("Søren Åse Ærø") << QByteArray("Soren Ase AEro");
        QTest::addRow("no decomposition")
            << QStringLiteral("Łukasz Đorđe Þór Œuvre") << QByteArray("Lukasz Dorde Thor OEuvre");
        QTest::addRow("decomposed input")
            << QStringLiteral("Mu\u0308ller") << QByteArray("Mueller");
        QTest::addRow("truncated after")
            << QStringLiteral("ÄÄÄÄÄÄÄÄÄÄÄÄÄ") << QByteArray("AeAeAeAeAeAeAeAeAeAeAeAe");
        QTest::addRow("no ASCII") << QStringLiteral("李 Ωmega 😀 x") << QByteArray("? ?mega ? x");
        QTest::addRow("control") << QStringLiteral("a\tb") << QByteArray("a?b");
    }
    void Issue9_item11_displayTextTransliterates()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, shown);
        DisplayText t;
        t.append(name);
        QCOMPARE(t.toByteArray(), shown);
        QVERIFY(t.size() <= DisplayText::maxLength);
    }

    // Issue 9 item 11: "Jürgen Müller-Straße" showed as "J?rgen M?l" on the called phone.
    void Issue9_item11_callerNameTransliteratedOnDisplay()
    {
        Rig r;
        Programming p = r.processor.programming();
        p.factory = false;
        for (ExtensionConfig &e : p.extensions) {
            if (e.port == 3)
                e.name = QStringLiteral("Jürgen Müller-Straße");
        }
        r.processor.setProgramming(p, r.now);
        r.take();
        call(r, 3, 4);
        const Out o = grab(r);
        HAS(o, "DISPLAY 4 row 0 \"Call from 103 Juergen Mu\"");
    }
};

QTEST_GUILESS_MAIN(TestCallProcessorRules)
#include "tst_callprocessor_rules.moc"
