// Issue 11 item 2: holding and transferring outside calls, behaviour.md T1-T9, and the commands
// docs/call-processing.md lists for them. Each test is named after the rule it checks. The rig:
// 8 stations (1 the attendant, rung by every line; 102..108 keysets), 2 outside lines.

#include "commandcheck.h"

#include <QtTest>

using namespace sb::core;
using namespace sb::core::test;

namespace {

/// Line 1 rings ports 3 and 4 too (their line key LINE1).
void assignLine1(Rig &r)
{
    program(r, [](Programming &p) {
        p.extensions[2].lines.append(1);
        p.extensions[3].lines.append(1);
    });
}

/// Station s seizes line 1 with 9 and talks on it.
void onLine(Rig &r, int s)
{
    r.offHook(s);
    r.dial(s, "9");
    QCOMPARE(r.processor.line(1).activity, LineActivity::Talking);
    r.take();
}

/// Station s, talking on line 1, transfers it to b: TRANSFER, b's number.
void transferTo(Rig &r, int s, int b)
{
    onLine(r, s);
    r.key(s, Key::Transfer);
    r.dial(s, num(b).constData());
}

/// The live transfer request of line l, or 0.
RequestId transferOf(Rig &r, int l)
{
    for (RequestId id : r.processor.liveRequests()) {
        const RequestInfo info = r.processor.request(id);
        if (info.kind == RequestKind::Transfer && info.line == l)
            return id;
    }
    return 0;
}

/// Station b is busy: off-hook at dial tone.
void busy(Rig &r, int b)
{
    r.offHook(b);
    r.take();
}

} // namespace

#define CLEAN(r) QCOMPARE((r).processor.selfCheck(), QString())

class TestHoldTransfer : public QObject
{
    Q_OBJECT
private slots:
    // T1: "Its lamp shows the line at that keyset: off (free), fast flash (ringing in), on
    // (seized and in a talk path), slow flash (held ...)", on every keyset the line rings.
    void T1_lineKeyLampsFollowTheLine()
    {
        Rig r;
        assignLine1(r);
        r.lineRing(1, true);
        Out o = grab(r);
        for (int s : {1, 3, 4})
            HAS(o, QStringLiteral("LAMP %1 LINE1 3").arg(s)); // fast flash
        LACKS(o, "LAMP 5 LINE1 3"); // line 1 does not ring 105
        QCOMPARE(o.count(Notification::Type::LineChanged, 1), 1);
        r.offHook(3);
        o = grab(r);
        HAS(o, "CONNECT station 3 line 1");
        for (int s : {1, 3, 4})
            HAS(o, QStringLiteral("LAMP %1 LINE1 1").arg(s)); // on
        r.key(3, Key::Hold);
        o = grab(r);
        for (int s : {1, 3, 4})
            HAS(o, QStringLiteral("LAMP %1 LINE1 2").arg(s)); // slow flash
        r.key(3, Key::Hold);
        o = grab(r);
        HAS(o, "LAMP 4 LINE1 1");
        r.onHook(3);
        o = grab(r);
        HAS(o, "LINE 1 release");
        for (int s : {1, 3, 4})
            HAS(o, QStringLiteral("LAMP %1 LINE1 0").arg(s)); // off
        CLEAN(r);
    }

    // T1 and the link's outage rule: line lamps changed while the link was down are sent again.
    void T1_lineLampsSentAgainAfterAnOutage()
    {
        Rig r;
        assignLine1(r);
        r.lineRing(1, true);
        r.offHook(1);
        r.processor.handle(Event::linkDown(), r.now);
        QCOMPARE(r.processor.transferAttendantCall(5, r.now), ActionResult::Changed);
        r.take();
        r.processor.handle(Event::sessionUp(8, 2, 0x1234), r.now);
        QVector<quint8> stations(8, 0);
        stations[0] = 1; // the attendant is still off-hook
        r.processor.handle(Event::portStates(stations, QVector<quint8> {2, 0}), r.now);
        const Out o = grab(r);
        HAS(o, "LAMP 3 LINE1 2");
        HAS(o, "LAMP 4 LINE1 2");
        CLEAN(r);
    }

    // T1: "At dial tone a line key answers a ringing line, retrieves a held one (T2), seizes a
    // free one; otherwise busy tone." The HOLD and TRANSFER keys have no lamp.
    void T1_lineKeyAtDialTone()
    {
        Rig r;
        assignLine1(r);
        r.offHook(4);
        r.key(4, Key(quint8(Key::LineKey1))); // free: seizes it
        Out o = grab(r);
        HAS(o, "LINE 1 seize");
        HAS(o, "CONNECT station 4 line 1");
        r.key(4, Key::Hold);
        o = grab(r);
        for (const QString &c : o.cmds)
            QVERIFY2(!c.contains(QLatin1String("HOLD")), qPrintable(o.text()));
        r.offHook(3);
        r.key(3, Key(quint8(Key::LineKey1))); // held at 104: 103 retrieves it
        o = grab(r);
        HAS(o, "CONNECT station 3 line 1");
        QCOMPARE(r.processor.line(1).activity, LineActivity::Talking);
        QCOMPARE(r.processor.line(1).station, 3);
        r.key(4, Key(quint8(Key::LineKey1))); // seized by 103: busy tone
        o = grab(r);
        HAS(o, "TONE 4 busy");
        program(r, [](Programming &p) { p.extensions[4].lines.append(2); }); // 105's LINE2
        r.lineRing(2, true);
        r.onHook(4);
        r.take();
        r.offHook(5);
        r.key(5, Key(quint8(Key::LineKey1) + 1)); // ringing: answers
        o = grab(r);
        HAS(o, "CONNECT station 5 line 2");
        CLEAN(r);
    }

    // T2: "HOLD: the path is released, the line stays seized and is held at that station, which
    // gets dial tone and may hang up or make other calls." A holder without a line key retrieves
    // it with HOLD at dial tone.
    void T2_holdAndRetrieveWithHold()
    {
        Rig r;
        onLine(r, 3);
        r.key(3, Key::Hold);
        Out o = grab(r);
        HAS(o, "RELEASE station 3");
        HAS(o, "TONE 3 dial");
        LACKS(o, "LINE 1 release"); // music on hold: the line stays seized
        QCOMPARE(r.processor.line(1).activity, LineActivity::Held);
        QCOMPARE(r.processor.line(1).station, 3);
        // Another call meanwhile.
        r.dial(3, "104");
        o = grab(r);
        HAS(o, "RING 4 intercom");
        r.onHook(3);
        r.offHook(3);
        r.take();
        r.key(3, Key::Hold);
        o = grab(r);
        HAS(o, "CONNECT station 3 line 1");
        QCOMPARE(r.processor.line(1).activity, LineActivity::Talking);
        CLEAN(r);
    }

    // T2: "A line held longer than the hold recall time (default 60 s) rings its holder with the
    // outside cadence when the holder is idle; answering retrieves it."
    void T2_holdRecallRingsTheIdleHolder()
    {
        Rig r;
        onLine(r, 3);
        r.key(3, Key::Hold);
        r.onHook(3);
        r.take();
        r.advance(59999);
        QVERIFY(grab(r).cmds.isEmpty());
        r.advance(1);
        Out o = grab(r);
        HAS(o, "RING 3 outside");
        HAS(o, "DISPLAY 3 row 0 \"Recall line 1\"");
        QCOMPARE(r.processor.line(1).activity, LineActivity::Recall);
        QCOMPARE(r.ext(3).state, CallState::RingingOutside);
        r.offHook(3);
        o = grab(r);
        HAS(o, "CONNECT station 3 line 1");
        QCOMPARE(r.processor.line(1).activity, LineActivity::Talking);
        CLEAN(r);
    }

    // T2: a busy holder is rung once it is idle; the recall time is programmable.
    void T2_holdRecallWaitsForABusyHolder()
    {
        Rig r;
        program(r, [](Programming &p) { p.options.holdRecallSeconds = 20; });
        onLine(r, 3);
        r.key(3, Key::Hold);
        r.dial(3, "104");
        r.offHook(4); // talking with 104
        r.take();
        r.advance(20000);
        Out o = grab(r);
        LACKS(o, "RING 3 outside");
        QCOMPARE(r.processor.line(1).activity, LineActivity::Held);
        r.onHook(3);
        o = grab(r);
        HAS(o, "RING 3 outside");
        CLEAN(r);
    }

    // T2/T7: "A recall not answered within 60 s goes to the attendant."
    void T2_holdRecallNotAnsweredGoesToTheAttendant()
    {
        Rig r;
        onLine(r, 3);
        r.key(3, Key::Hold);
        r.onHook(3);
        r.advance(60000);
        r.take();
        r.advance(60000);
        Out o = grab(r);
        HAS(o, "RING 3 stop");
        HAS(o, "RING 1 outside");
        HAS(o, "DISPLAY 1 row 0 \"Recall line 1\"");
        QCOMPARE(r.processor.line(1).station, 1);
        r.offHook(1);
        o = grab(r);
        HAS(o, "CONNECT station 1 line 1");
        CLEAN(r);
    }

    // T3: "TRANSFER (keysets) or FLASH (single-line sets) holds the line for transfer and gives
    // dial tone ... TRANSFER or FLASH again, or the line key, returns to the line: ringing for
    // the transfer stops".
    void T3_transferAndReturn()
    {
        Rig r;
        assignLine1(r);
        transferTo(r, 3, 4);
        Out o = grab(r);
        HAS(o, "RELEASE station 3");
        HAS(o, "TONE 3 dial");
        HAS(o, "RING 4 intercom");
        HAS(o, "DISPLAY 4 row 0 \"Transfer line 1\"");
        HAS(o, "TONE 3 ringback");
        HAS(o, "LAMP 3 LINE1 2");
        QCOMPARE(r.processor.line(1).activity, LineActivity::InTransfer);
        QCOMPARE(r.processor.line(1).station, 3);
        QCOMPARE(r.processor.line(1).target, 4);
        r.key(3, Key::Transfer);
        o = grab(r);
        HAS(o, "RING 4 stop");
        HAS(o, "CONNECT station 3 line 1");
        QCOMPARE(r.ext(4).state, CallState::Idle);
        // The line key returns as well.
        r.key(3, Key::Transfer);
        r.dial(3, "104");
        r.key(3, Key(quint8(Key::LineKey1)));
        o = grab(r);
        HAS(o, "RING 4 stop");
        HAS(o, "CONNECT station 3 line 1");
        CLEAN(r);
    }

    // T3: "a target in the announcement (T4) is released and hears reorder."
    void T3_returnDuringTheAnnouncement()
    {
        Rig r;
        transferTo(r, 3, 4);
        r.offHook(4);
        Out o = grab(r);
        HAS(o, "CONNECT station 3 station 4");
        r.key(3, Key::Transfer);
        o = grab(r);
        HAS(o, "RELEASE station 3");
        HAS(o, "TONE 4 reorder");
        HAS(o, "CONNECT station 3 line 1");
        CLEAN(r);
    }

    // T3: FLASH on a single-line set; hanging up at dial tone recalls at once (T7).
    void T3_flashAndHangUpAtDialToneRecalls()
    {
        Rig r;
        program(r, [](Programming &p) { p.extensions[2].type = ExtensionType::SingleLine; });
        onLine(r, 3);
        r.key(3, Key::Flash);
        Out o = grab(r);
        HAS(o, "TONE 3 dial");
        QCOMPARE(r.processor.line(1).activity, LineActivity::InTransfer);
        r.dial(3, "10"); // before the number is complete
        r.onHook(3);
        o = grab(r);
        HAS(o, "RING 3 outside");
        QCOMPARE(r.processor.line(1).activity, LineActivity::Recall);
        r.offHook(3);
        o = grab(r);
        HAS(o, "CONNECT station 3 line 1");
        CLEAN(r);
    }

    // T3: "The number follows forwarding (B4); the attendant is never busy: the line rings it or
    // waits for it as calls do (B3)."
    void T3_forwardingAndTheAttendant()
    {
        Rig r;
        QVERIFY(r.processor.setForwarding(4, 5, r.now));
        transferTo(r, 3, 4);
        Out o = grab(r);
        HAS(o, "RING 5 intercom");
        r.onHook(3);
        o = grab(r);
        HAS(o, "RING 5 outside");
        r.offHook(5);
        o = grab(r);
        HAS(o, "CONNECT station 5 line 1");
        // The attendant busy: the line waits for it, then rings it.
        r.onHook(5);
        r.offHook(1);
        r.offHook(2); // 102 takes line 1 now
        r.dial(2, "9");
        r.key(2, Key::Transfer);
        r.dial(2, "101");
        o = grab(r);
        HAS(o, "TONE 2 ringback");
        r.onHook(2);
        QVERIFY(transferOf(r, 1) != 0);
        QCOMPARE(r.processor.request(transferOf(r, 1)).state, RequestState::CampedOn);
        r.onHook(1);
        o = grab(r);
        HAS(o, "RING 1 outside");
        HAS(o, "DISPLAY 1 row 0 \"Transfer line 1\"");
        CLEAN(r);
    }

    // T4: "Hanging up now transfers unannounced: the target keeps ringing, with the outside
    // cadence, for the line."
    void T4_unannounced()
    {
        Rig r;
        transferTo(r, 3, 4);
        r.take();
        r.onHook(3);
        Out o = grab(r);
        HAS(o, "RING 4 outside");
        const RequestId id = transferOf(r, 1);
        QVERIFY(id != 0);
        const RequestInfo info = r.processor.request(id);
        QCOMPARE(info.caller, 3);
        QCOMPARE(info.target, 4);
        QCOMPARE(info.state, RequestState::RingingTarget);
        QVERIFY(r.processor.requestsLeftBy(3).empty()); // not a callback of 103
        LACKS(o, "LAMP 3 CALLBACK 2");
        QCOMPARE(r.processor.line(1).request, id);
        r.offHook(4);
        o = grab(r);
        HAS(o, "CONNECT station 4 line 1");
        QCOMPARE(r.processor.request(id).reason, EndReason::Completed);
        QCOMPARE(r.processor.line(1).station, 4);
        CLEAN(r);
    }

    // T4: "If the target answers first, the two talk (the call is announced); when the
    // transferring station then hangs up, the target is connected to the line."
    void T4_announced()
    {
        Rig r;
        transferTo(r, 3, 4);
        r.offHook(4);
        r.take();
        r.onHook(3);
        Out o = grab(r);
        HAS(o, "RELEASE station 3");
        HAS(o, "CONNECT station 4 line 1");
        QCOMPARE(r.ext(4).state, CallState::TalkingOutside);
        QCOMPARE(r.processor.liveRequestCount(), 0);
        CLEAN(r);
    }

    // T4: "If the target hangs up during the announcement, the transferring station gets dial
    // tone again and the line stays held for transfer."
    void T4_targetHangsUpDuringTheAnnouncement()
    {
        Rig r;
        transferTo(r, 3, 4);
        r.offHook(4);
        r.take();
        r.onHook(4);
        Out o = grab(r);
        HAS(o, "RELEASE station 4");
        HAS(o, "TONE 3 dial");
        LACKS(o, "TONE 3 reorder");
        QCOMPARE(r.processor.line(1).activity, LineActivity::InTransfer);
        r.dial(3, "105");
        o = grab(r);
        HAS(o, "RING 5 intercom");
        CLEAN(r);
    }

    // T5: busy tone, CALLBACK does nothing; hanging up camps the line on (camp-on tone as R8),
    // served before every other request at the target once it is idle.
    void T5_campOnAtABusyTargetIsServedFirst()
    {
        Rig r;
        busy(r, 4);
        r.offHook(6);
        r.dial(6, "104");
        r.key(6, Key::Callback);
        r.onHook(6); // 106's callback waits at 104
        r.take();
        transferTo(r, 3, 4);
        Out o = grab(r);
        HAS(o, "TONE 3 busy");
        LACKS(o, "DISPLAY 3 row 1 \"CALLBACK to queue\"");
        r.key(3, Key::Callback);
        r.dial(3, "2");
        o = grab(r);
        QVERIFY2(o.cmds.isEmpty(), qPrintable(o.text()));
        r.onHook(3);
        o = grab(r);
        HAS(o, "TONE 4 camp-on");
        const RequestId id = transferOf(r, 1);
        QCOMPARE(r.processor.request(id).state, RequestState::CampedOn);
        QCOMPARE(r.processor.request(id).position, 1);
        QCOMPARE(r.processor.queueAt(4).size(), size_t(2));
        QCOMPARE(r.processor.queueAt(4).front(), id);
        QCOMPARE(r.processor.request(r.processor.queueAt(4).back()).position, 2);
        QCOMPARE(r.processor.line(1).position, 1);
        r.onHook(4);
        o = grab(r);
        HAS(o, "RING 4 outside");
        HAS(o, "DISPLAY 4 row 0 \"Transfer line 1\"");
        LACKS(o, "RING 6 callback");
        r.offHook(4);
        o = grab(r);
        HAS(o, "CONNECT station 4 line 1");
        QCOMPARE(r.processor.request(id).reason, EndReason::Completed);
        CLEAN(r);
    }

    // T5: first in first out among transfers; not cancelled by R13, R14 or #0; no R2 limit.
    void T5_transfersFifoAndNotCancelled()
    {
        Rig r;
        program(r, [](Programming &p) { p.options.maxRequestsPerTarget = 1; });
        busy(r, 4);
        transferTo(r, 3, 4);
        r.onHook(3);
        r.offHook(5);
        r.dial(5, "9"); // line 2
        r.key(5, Key::Transfer);
        r.dial(5, "104");
        r.onHook(5);
        const RequestId first = transferOf(r, 1), second = transferOf(r, 2);
        QVERIFY(first && second);
        QCOMPARE(r.processor.request(second).position, 2); // past the R2 limit of 1
        r.offHook(3);
        r.dial(3, "#0");
        r.onHook(3);
        program(r, [](Programming &p) { p.options.callbackEnabled = false; }); // R13
        QCOMPARE(r.processor.request(first).reason, EndReason::None);
        QCOMPARE(r.processor.request(second).reason, EndReason::None);
        QVERIFY(!r.processor.cancelRequest(first, r.now));
        r.take();
        r.onHook(4);
        Out o = grab(r);
        HAS(o, "DISPLAY 4 row 0 \"Transfer line 1\"");
        CLEAN(r);
    }

    // T5: "Transfers are served before every other request at the same target": a callback
    // left at the target first still waits behind a transfer that came later.
    void T5_transferServedBeforeAnEarlierCallback()
    {
        Rig r;
        busy(r, 4);
        r.offHook(6);
        r.dial(6, "104");
        r.key(6, Key::Callback);
        r.onHook(6); // 106's callback is first at 104
        const RequestId callback = r.processor.queueAt(4).front();
        transferTo(r, 3, 4);
        r.onHook(3);
        const RequestId transfer = transferOf(r, 1);
        QCOMPARE(r.processor.queueAt(4).front(), transfer);
        QCOMPARE(r.processor.request(callback).position, 2);
        r.take();
        r.onHook(4);
        Out o = grab(r);
        HAS(o, "RING 4 outside");
        LACKS(o, "RING 6 callback");
        QCOMPARE(r.processor.request(transfer).state, RequestState::RingingTarget);
        QCOMPARE(r.processor.request(callback).reason, EndReason::None);
        r.offHook(4);
        r.onHook(4); // the line is 104's; its hang-up frees 104 for the callback
        o = grab(r);
        HAS(o, "RING 6 callback");
        CLEAN(r);
    }

    // T6: the own number, an unknown number or a code: reorder; DND: DND tone; the line stays
    // held for transfer; hanging up recalls at once (T7).
    void T6_refusedTargetsRecallOnHangUp()
    {
        const char *numbers[] = {"103", "199", "9", "*1"};
        for (const char *n : numbers) {
            Rig r;
            onLine(r, 3);
            r.key(3, Key::Transfer);
            r.dial(3, n);
            r.advance(CallProcessor::dialTimeout);
            Out o = grab(r);
            HAS(o, "TONE 3 reorder");
            QCOMPARE(r.processor.line(1).activity, LineActivity::InTransfer);
            r.onHook(3);
            o = grab(r);
            HAS(o, "RING 3 outside");
            HAS(o, "DISPLAY 3 row 0 \"Recall line 1\"");
            CLEAN(r);
        }
        Rig r;
        QVERIFY(r.processor.setDnd(4, true, r.now));
        transferTo(r, 3, 4);
        Out o = grab(r);
        HAS(o, "TONE 3 dnd");
        r.key(3, Key::Transfer); // T3 returns to it
        o = grab(r);
        HAS(o, "CONNECT station 3 line 1");
        CLEAN(r);
    }

    // T7: "a transfer not answered within the transfer recall time (default 30 s, counted from
    // the hang-up) leaves the target's ringing and rings the station that transferred it".
    void T7_recallToTheTransferringStation()
    {
        Rig r;
        transferTo(r, 3, 4);
        r.advance(5000); // before the hang-up: not counted
        r.onHook(3);
        const RequestId id = transferOf(r, 1);
        r.take();
        r.advance(29999);
        QVERIFY(grab(r).cmds.isEmpty());
        r.advance(1);
        Out o = grab(r);
        HAS(o, "RING 4 stop");
        HAS(o, "RING 3 outside");
        HAS(o, "DISPLAY 3 row 0 \"Recall line 1\"");
        QCOMPARE(r.processor.line(1).activity, LineActivity::Recall);
        QCOMPARE(r.processor.line(1).station, 3);
        QCOMPARE(r.processor.request(id).state, RequestState::Suspended);
        r.offHook(3);
        o = grab(r);
        HAS(o, "CONNECT station 3 line 1");
        QCOMPARE(r.processor.request(id).reason, EndReason::Recalled);
        CLEAN(r);
    }

    // T7: "or, while that station is busy, is offered to the attendant"; a camped transfer
    // leaves the queue too.
    void T7_recallToTheAttendantWhenBusy()
    {
        Rig r;
        busy(r, 4);
        transferTo(r, 3, 4);
        r.onHook(3);
        const RequestId id = transferOf(r, 1);
        r.offHook(3); // busy again
        r.take();
        r.advance(30000);
        Out o = grab(r);
        HAS(o, "RING 1 outside");
        HAS(o, "DISPLAY 1 row 0 \"Recall line 1\"");
        QCOMPARE(r.processor.request(id).state, RequestState::Suspended);
        QVERIFY(r.processor.queueAt(4).empty()); // it left the target's queue
        QCOMPARE(r.processor.request(id).position, 0);
        QCOMPARE(r.ext(4).waiting, 0);
        r.onHook(4); // 104 free: the recalling transfer is not served there
        o = grab(r);
        LACKS(o, "RING 4 outside");
        r.offHook(1);
        o = grab(r);
        HAS(o, "CONNECT station 1 line 1");
        QCOMPARE(r.processor.request(id).reason, EndReason::Recalled);
        CLEAN(r);
    }

    // T7: "A recall not answered within 60 s goes to the attendant the same way."
    void T7_recallNotAnsweredGoesToTheAttendant()
    {
        Rig r;
        transferTo(r, 3, 4);
        r.onHook(3);
        r.advance(30000);
        r.take();
        r.advance(60000);
        Out o = grab(r);
        HAS(o, "RING 3 stop");
        HAS(o, "RING 1 outside");
        CLEAN(r);
    }

    // T8: the far end hangs up while the line is held: it is released (LINE 0), and no hold
    // recall rings the holder, which is idle and could be rung.
    void T8_farEndDropWhileHeld()
    {
        Rig r;
        onLine(r, 3);
        r.key(3, Key::Hold);
        r.take();
        r.lineDrop(1);
        Out o = grab(r);
        HAS(o, "LINE 1 release");
        QCOMPARE(r.processor.line(1).activity, LineActivity::Free);
        QCOMPARE(r.ext(3).state, CallState::Dialing); // the holder keeps its dial tone
        r.onHook(3);
        QCOMPARE(r.ext(3).state, CallState::Idle);
        r.take();
        r.advance(120000); // past the hold recall and the recall's 60 s
        o = grab(r);
        LACKS(o, "RING 3 outside");
        LACKS(o, "RING 1 outside");
        QCOMPARE(r.ext(3).state, CallState::Idle);
        CLEAN(r);
    }

    // T8: ringing a target, queued, recalling: every ringing stops, the request ends abandoned.
    void T8_farEndDropWhileTransferred()
    {
        {
            Rig r; // ringing the target
            transferTo(r, 3, 4);
            r.onHook(3);
            const RequestId id = transferOf(r, 1);
            r.take();
            r.lineDrop(1);
            Out o = grab(r);
            HAS(o, "RING 4 stop");
            HAS(o, "LINE 1 release");
            QCOMPARE(r.processor.request(id).reason, EndReason::Abandoned);
            QCOMPARE(r.ext(4).state, CallState::Idle);
            CLEAN(r);
        }
        {
            Rig r; // queued at a busy target
            busy(r, 4);
            transferTo(r, 3, 4);
            r.onHook(3);
            const RequestId id = transferOf(r, 1);
            r.lineDrop(1);
            QCOMPARE(r.processor.request(id).reason, EndReason::Abandoned);
            QVERIFY(r.processor.queueAt(4).empty());
            CLEAN(r);
        }
        {
            Rig r; // recalling
            transferTo(r, 3, 4);
            r.onHook(3);
            const RequestId id = transferOf(r, 1);
            r.advance(30000);
            r.take();
            r.lineDrop(1);
            Out o = grab(r);
            HAS(o, "RING 3 stop");
            QCOMPARE(r.processor.request(id).reason, EndReason::Abandoned);
            CLEAN(r);
        }
        {
            Rig r; // being transferred, at dial tone
            onLine(r, 3);
            r.key(3, Key::Transfer);
            r.lineDrop(1);
            r.take();
            r.onHook(3);
            Out o = grab(r);
            LACKS(o, "RING 3 outside"); // nothing to recall
            CLEAN(r);
        }
    }

    // T8: "An announcement under way (T4) goes on as an intercom call."
    void T8_farEndDropDuringTheAnnouncement()
    {
        Rig r;
        transferTo(r, 3, 4);
        r.offHook(4);
        r.take();
        r.lineDrop(1);
        Out o = grab(r);
        HAS(o, "LINE 1 release");
        LACKS(o, "RELEASE station 3");
        QCOMPARE(r.ext(3).state, CallState::Talking);
        QCOMPARE(r.ext(4).state, CallState::Talking);
        r.onHook(3);
        o = grab(r);
        HAS(o, "TONE 4 reorder"); // an intercom call's end (B2)
        CLEAN(r);
    }

    // T9: "The console can transfer the attendant's outside call to any extension in one action
    // (T3 to T5 unannounced: rings it, or camps on when busy)".
    void T9_consoleTransfer()
    {
        Rig r;
        QCOMPARE(r.processor.transferAttendantCall(4, r.now), ActionResult::NotPossible);
        r.lineRing(1, true);
        r.offHook(1);
        r.take();
        QCOMPARE(r.processor.transferAttendantCall(99, r.now), ActionResult::NotFound);
        QCOMPARE(r.processor.transferAttendantCall(1, r.now), ActionResult::NotPossible);
        QCOMPARE(r.processor.transferAttendantCall(4, r.now), ActionResult::Changed);
        Out o = grab(r);
        HAS(o, "RELEASE station 1");
        HAS(o, "TONE 1 dial");
        HAS(o, "RING 4 outside");
        HAS(o, "DISPLAY 4 row 0 \"Transfer line 1\"");
        QCOMPARE(r.processor.request(transferOf(r, 1)).caller, 1);
        r.offHook(4);
        o = grab(r);
        HAS(o, "CONNECT station 4 line 1");
        // Busy target: camps on.
        r.lineRing(2, true);
        r.onHook(1);
        r.offHook(1);
        r.take();
        QCOMPARE(r.processor.transferAttendantCall(4, r.now), ActionResult::Changed);
        QCOMPARE(r.processor.request(transferOf(r, 2)).state, RequestState::CampedOn);
        CLEAN(r);
    }

    // T9: "and can send a held, queued or recalling line to the attendant."
    void T9_lineToAttendant()
    {
        Rig r;
        QCOMPARE(r.processor.lineToAttendant(7, r.now), ActionResult::NotFound);
        QCOMPARE(r.processor.lineToAttendant(1, r.now), ActionResult::NotPossible); // free
        onLine(r, 3);
        r.key(3, Key::Hold);
        r.take();
        QCOMPARE(r.processor.lineToAttendant(1, r.now), ActionResult::Changed);
        Out o = grab(r);
        HAS(o, "RING 1 outside");
        HAS(o, "DISPLAY 1 row 0 \"Recall line 1\"");
        QCOMPARE(r.processor.lineToAttendant(1, r.now), ActionResult::Unchanged);
        r.offHook(1);
        o = grab(r);
        HAS(o, "CONNECT station 1 line 1");
        // A queued transfer: it leaves the queue and waits for the busy attendant.
        Rig q;
        busy(q, 4);
        transferTo(q, 3, 4);
        q.onHook(3);
        const RequestId id = transferOf(q, 1);
        q.offHook(1);
        q.take();
        QCOMPARE(q.processor.lineToAttendant(1, q.now), ActionResult::Changed);
        QCOMPARE(q.processor.request(id).state, RequestState::Suspended);
        QCOMPARE(q.processor.line(1).activity, LineActivity::Recall);
        QCOMPARE(q.processor.line(1).station, 0);
        q.onHook(1);
        Out p = grab(q);
        HAS(p, "RING 1 outside");
        q.offHook(1);
        QCOMPARE(q.processor.request(id).reason, EndReason::Recalled);
        QCOMPARE(q.processor.selfCheck(), QString());
    }

    // Programming: the recall times are checked options with defaults (absent in old files).
    void T2_T7_recallTimesAreProgrammed()
    {
        Programming p = Programming::factoryDefaults(4, 1);
        QCOMPARE(p.options.holdRecallSeconds, 60);
        QCOMPARE(p.options.transferRecallSeconds, 30);
        p.options.transferRecallSeconds = 5;
        QVERIFY(!p.problems().isEmpty());

        // In force: 15 s each, not the defaults.
        Rig r;
        program(r, [](Programming &q) {
            q.options.holdRecallSeconds = 15;
            q.options.transferRecallSeconds = 15;
        });
        onLine(r, 3);
        r.key(3, Key::Hold);
        r.onHook(3);
        r.take();
        r.advance(14999);
        QVERIFY(grab(r).cmds.isEmpty());
        r.advance(1);
        Out o = grab(r);
        HAS(o, "RING 3 outside"); // the hold recall at 15 s
        r.offHook(3);
        r.key(3, Key::Transfer);
        r.dial(3, "104");
        r.onHook(3);
        r.take();
        r.advance(14999);
        o = grab(r);
        LACKS(o, "RING 3 outside");
        r.advance(1);
        o = grab(r);
        HAS(o, "RING 4 stop");
        HAS(o, "DISPLAY 3 row 0 \"Recall line 1\""); // the transfer recall at 15 s
        CLEAN(r);
    }
    // T7 after a link outage (review F1): a recall that went to the attendant while the link was
    // down rings the idle attendant once the link is back (same boot_id, PORT_STATES).
    void T7_recallToTheAttendantServedAfterAnOutage()
    {
        Rig r;
        onLine(r, 2);
        r.key(2, Key::Transfer);
        r.onHook(2); // T3: recalls at once, rings 102
        QCOMPARE(r.processor.line(1).activity, LineActivity::Recall);
        QCOMPARE(r.processor.line(1).station, 2);
        r.processor.handle(Event::linkDown(), r.now);
        r.advance(61000); // the recall goes to the attendant meanwhile
        r.take();
        r.processor.handle(Event::sessionUp(8, 2, 0x1234), r.now);
        r.processor.handle(Event::portStates(QVector<quint8>(8, 0), QVector<quint8> {2, 0}), r.now);
        const Out o = grab(r);
        HAS(o, "RING 1 outside");
        QCOMPARE(r.processor.line(1).station, 1);
        r.offHook(1);
        QCOMPARE(r.processor.line(1).activity, LineActivity::Talking);
        CLEAN(r);
    }

    // T2 and the link (review F7): a hold recall does not ring the holder while the link is
    // down; it rings once the link is back.
    void T2_holdRecallWaitsForTheLink()
    {
        Rig r;
        onLine(r, 3);
        r.key(3, Key::Hold);
        r.onHook(3);
        r.processor.handle(Event::linkDown(), r.now);
        r.take();
        r.advance(60000);
        Out o = grab(r);
        LACKS(o, "RING 3 outside");
        QCOMPARE(r.processor.line(1).activity, LineActivity::Held);
        r.processor.handle(Event::sessionUp(8, 2, 0x1234), r.now);
        r.processor.handle(Event::portStates(QVector<quint8>(8, 0), QVector<quint8> {2, 0}), r.now);
        o = grab(r);
        HAS(o, "RING 3 outside");
        CLEAN(r);
    }

    // T8 (review F2): the far end hangs up while the target rings for a transfer not yet
    // completed: the target stops ringing (an unanswered ring is no announcement) and the
    // transferring station, whose call is gone, hears reorder (as B6).
    void T8_farEndDropWhileTheTargetRingsForTheTransfer()
    {
        Rig r;
        transferTo(r, 2, 3);
        QCOMPARE(r.ext(3).state, CallState::Ringing);
        r.take();
        r.lineDrop(1);
        Out o = grab(r);
        HAS(o, "RING 3 stop");
        HAS(o, "TONE 2 reorder");
        HAS(o, "LINE 1 release");
        QCOMPARE(r.ext(3).state, CallState::Idle);
        QCOMPARE(r.processor.line(1).activity, LineActivity::Free);
        r.offHook(3);
        o = grab(r);
        LACKS(o, "CONNECT station 2 station 3");
        CLEAN(r);
    }

    // T5 (review F3): a transfer counts toward no R2 limit: a callback is still accepted at a
    // target whose per-target limit is taken by a transfer, and the transferring station may
    // still leave its own callbacks up to the per-caller limit.
    void T5_transfersCountTowardNoR2Limit()
    {
        Rig r;
        program(r, [](Programming &p) {
            p.options.maxRequestsPerTarget = 1;
            p.options.maxRequestsPerCaller = 1;
        });
        busy(r, 3);
        transferTo(r, 2, 3);
        r.onHook(2); // camps on at 103
        QVERIFY(transferOf(r, 1));
        r.offHook(4);
        r.dial(4, "103");
        r.key(4, Key::Callback);
        Out o = grab(r);
        HAS(o, "TONE 4 confirm");
        LACKS(o, "TONE 4 reorder");
        QCOMPARE(r.processor.queueAt(3).size(), size_t(2));
        busy(r, 5);
        r.offHook(2);
        r.dial(2, "105");
        r.key(2, Key::Callback);
        o = grab(r);
        HAS(o, "TONE 2 confirm");
        QCOMPARE(r.ext(2).left, 1);
        CLEAN(r);
    }

    // T9 (review F4): a console transfer to an idle extension rings it as dialling it would,
    // even while a callback for it rings its caller (R7a: that callback is withdrawn).
    void T9_consoleTransferRingsAnIdleTargetTakenByACallback()
    {
        Rig r;
        r.lineRing(1, true);
        r.offHook(1);
        busy(r, 3);
        r.offHook(4);
        r.dial(4, "103");
        r.key(4, Key::Callback);
        r.onHook(4);
        r.onHook(3); // the callback rings 104 for 103
        Out o = grab(r);
        HAS(o, "RING 4 callback");
        QCOMPARE(r.processor.transferAttendantCall(3, r.now), ActionResult::Changed);
        o = grab(r);
        HAS(o, "RING 3 outside");
        HAS(o, "RING 4 stop");
        const RequestId id = transferOf(r, 1);
        QCOMPARE(r.processor.request(id).state, RequestState::RingingTarget);
        r.offHook(3);
        o = grab(r);
        HAS(o, "CONNECT station 3 line 1");
        CLEAN(r);
    }

    // T3 (review F6): hanging up at dial tone recalls at once, even while another line rings
    // in at that station: the recall rings it, not the new call.
    void T3_hangUpRecallsBeforeANewOutsideCall()
    {
        Rig r;
        program(r, [](Programming &p) { p.extensions[1].lines.append(2); });
        onLine(r, 2);
        r.key(2, Key::Transfer);
        r.lineRing(2, true);
        r.take();
        r.onHook(2);
        const Out o = grab(r);
        HAS(o, "DISPLAY 2 row 0 \"Recall line 1\"");
        QCOMPARE(r.processor.line(1).activity, LineActivity::Recall);
        QCOMPARE(r.processor.line(1).station, 2);
        QCOMPARE(r.ext(2).peer, 1);
        CLEAN(r);
    }
    // T7, T3 and B3 (review F5): recalls and transfers waiting for the attendant are "offered
    // to the attendant like a call waiting for it": one queue in arrival order with its callers.
    void T7_B3_attendantServesInArrivalOrder()
    {
        Rig r;
        r.offHook(1);
        r.dial(1, "106");
        r.offHook(6); // the attendant is busy
        r.offHook(5);
        r.dial(5, "101"); // 105 waits first
        QCOMPARE(r.ext(5).state, CallState::Calling);
        onLine(r, 2);
        r.key(2, Key::Transfer);
        r.onHook(2); // recalls 102 at once
        r.advance(60000); // not answered: line 1 waits for the attendant, second
        QCOMPARE(r.processor.line(1).activity, LineActivity::Recall);
        QCOMPARE(r.processor.line(1).station, 0);
        r.offHook(3);
        r.dial(3, "9"); // line 2
        r.key(3, Key::Transfer);
        r.dial(3, "101");
        r.onHook(3); // line 2 waits for the attendant, third
        r.take();
        r.onHook(1);
        Out o = grab(r);
        HAS(o, "RING 1 intercom");
        HAS(o, "DISPLAY 1 row 0 \"Call from 105\"");
        LACKS(o, "RING 1 outside");
        r.offHook(1);
        o = grab(r);
        HAS(o, "CONNECT station 5 station 1");
        r.onHook(1);
        o = grab(r);
        HAS(o, "DISPLAY 1 row 0 \"Recall line 1\"");
        r.offHook(1);
        r.onHook(1); // talks on line 1 and hangs up: it is released
        o = grab(r);
        HAS(o, "DISPLAY 1 row 0 \"Transfer line 2\"");
        CLEAN(r);
    }
    // B3 order between the line waits themselves: a transfer camped on at the attendant before a
    // recall queued there is rung first.
    void T7_B3_transferToTheAttendantBeforeALaterRecall()
    {
        Rig r;
        program(r, [](Programming &p) { p.options.transferRecallSeconds = 300; });
        busy(r, 1);
        r.offHook(3);
        r.dial(3, "9"); // line 1
        r.key(3, Key::Transfer);
        r.dial(3, "101");
        r.onHook(3); // line 1 camps on at the attendant, first
        r.offHook(2);
        r.dial(2, "9"); // line 2
        r.key(2, Key::Transfer);
        r.onHook(2);
        r.advance(60000); // line 2 recalls to the attendant, second
        r.take();
        r.onHook(1);
        Out o = grab(r);
        HAS(o, "DISPLAY 1 row 0 \"Transfer line 1\"");
        LACKS(o, "DISPLAY 1 row 0 \"Recall line 2\"");
        CLEAN(r);
    }
    // T1, T2, T3 (review F7): a station's keys are only those it has: line keys for the lines
    // that ring a keyset, HOLD and TRANSFER on keysets, FLASH on single-line sets. FLASH from a
    // keyset and HOLD or TRANSFER from a single-line set are ignored; a line key the station
    // lacks gives busy tone at dial tone (T1's "otherwise busy tone") and does nothing else.
    void T1_keysAStationDoesNotHave()
    {
        Rig r;
        program(r, [](Programming &p) { p.extensions[4].type = ExtensionType::SingleLine; });
        onLine(r, 3);
        r.key(3, Key::Flash); // a keyset has no FLASH
        Out o = grab(r);
        QVERIFY2(o.cmds.isEmpty(), qPrintable(o.text()));
        QCOMPARE(r.processor.line(1).activity, LineActivity::Talking);
        r.key(3, Key::Hold);
        QCOMPARE(r.processor.line(1).activity, LineActivity::Held);
        r.offHook(4);
        r.take();
        r.key(4, Key(quint8(Key::LineKey1))); // line 1 does not ring 104: no key to retrieve
        o = grab(r);
        HAS(o, "TONE 4 busy");
        QCOMPARE(r.processor.line(1).activity, LineActivity::Held);
        r.offHook(5);
        r.dial(5, "9"); // line 2
        r.take();
        r.key(5, Key::Hold); // a single-line set has no HOLD or TRANSFER
        r.key(5, Key::Transfer);
        o = grab(r);
        QVERIFY2(o.cmds.isEmpty(), qPrintable(o.text()));
        QCOMPARE(r.processor.line(2).activity, LineActivity::Talking);
        r.key(5, Key::Flash); // its FLASH transfers (T3)
        QCOMPARE(r.processor.line(2).activity, LineActivity::InTransfer);
        CLEAN(r);
    }
};

QTEST_GUILESS_MAIN(TestHoldTransfer)
#include "tst_holdtransfer.moc"
