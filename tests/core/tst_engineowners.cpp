// Issue 11 item 1: the engine's owners on their own (the rules through them are
// tst_callprocessor_rules' and tst_callprocessor_random's).

#include "core/attendantqueue.h"
#include "core/clearmenu.h"
#include "core/digitcollector.h"
#include "core/linebank.h"
#include "core/timers.h"

#include <queue>
#include <random>

#include <QtTest>

using namespace sb::core;

class TestEngineOwners : public QObject
{
    Q_OBJECT
private slots:
    // B3: callers to the attendant are offered in the order they called; one who hangs up leaves.
    void attendantQueueKeepsOrder()
    {
        AttendantQueue q;
        q.resize(6);
        QVERIFY(q.isEmpty(1));
        q.push(1, 3);
        q.push(1, 4);
        q.push(1, 5);
        q.remove(1, 4);
        QCOMPARE(q.takeFirst(1), 3);
        QCOMPARE(q.takeFirst(1), 5);
        QCOMPARE(q.takeFirst(1), 0);
        QVERIFY(q.isEmpty(1));
    }

    // B1, B4, B5 and the codes: what digits mean; the critical timer for 9 when numbers start
    // with 9.
    void digitCollectorInterprets()
    {
        using A = DigitCollector::Action;
        DigitCollector d;
        d.resize(2);
        d.clearPlan();
        d.addNumber(QStringLiteral("101"), 1);
        d.addNumber(QStringLiteral("901"), 2);
        d.finishPlan();
        const auto dial = [&](const char *digits, bool final = false) {
            d.start(1);
            for (; *digits; ++digits)
                d.push(1, *digits);
            return d.interpret(1, final);
        };
        QCOMPARE(dial("10").action, A::Wait);
        QCOMPARE(dial("10").wait, DigitCollector::dialTimeout);
        QCOMPARE(dial("101").action, A::Call);
        QCOMPARE(dial("101").port, 1);
        QCOMPARE(dial("9").action, A::Wait);
        QCOMPARE(dial("9").wait, DigitCollector::criticalTimeout);
        QCOMPARE(dial("9", true).action, A::Line);
        QCOMPARE(dial("*1").action, A::DndOn);
        QCOMPARE(dial("#0").action, A::ClearCallbacks);
        QCOMPARE(dial("*2901").action, A::Forward);
        QCOMPARE(dial("*2901").port, 2);
        QCOMPARE(dial("5").action, A::Refuse);
        QCOMPARE(dial("", true).action, A::Refuse);
        const quint32 gen = d.start(1);
        QVERIFY(d.isCurrent(1, gen));
        d.stop(1);
        QVERIFY(!d.isCurrent(1, gen));
    }

    // R14: a closed menu's timeout is stale; only 1 and 2 choose.
    void clearMenuGenerations()
    {
        ClearMenu m;
        m.resize(2);
        const quint32 gen = m.open(1);
        QVERIFY(m.isCurrent(1, gen));
        QVERIFY(m.close(1));
        QVERIFY(!m.isCurrent(1, gen));
        QVERIFY(!m.close(1));
        QCOMPARE(ClearMenu::choice('1'), ClearMenu::Choice::ClearCallbacks);
        QCOMPARE(ClearMenu::choice('2'), ClearMenu::Choice::ClearForwarding);
        QCOMPARE(ClearMenu::choice('3'), ClearMenu::Choice::None);
    }

    // B6: the line that has rung longest is the one answering takes; R15: the first free line.
    void lineBankRingingAndFree()
    {
        LineBank b;
        b.resize(3);
        b.clearAssignments(4);
        b.assign(1, 2);
        b.assign(2, 2);
        b.assign(2, 2); // twice: once
        QCOMPARE(b.linesOf(2).size(), size_t(2));
        b.startRinging(2, 100);
        b.startRinging(1, 200);
        QVERIFY(b.addRinging(1, 2));
        QVERIFY(b.addRinging(2, 2));
        QVERIFY(!b.addRinging(2, 2));
        QCOMPARE(b.longestRinging(2), 2);
        QCOMPARE(b.firstFree(), 3);
        b.setReservation(3, 4, 7, 300);
        QCOMPARE(b.at(3).request, 7);
        QCOMPARE(b.status(3).activity, LineActivity::Reserved);
        QCOMPARE(b.firstFree(), 0);
        b.reset(400);
        QCOMPARE(b.firstFree(), 1);
        QCOMPARE(b.at(3).request, -1);
    }

    // Deadlines come in time order, ties in the order they were set.
    void timersInOrder()
    {
        Timers t;
        QCOMPARE(t.next(), Millis(-1));
        t.schedule(Timers::Kind::Dial, 1, 1, 500);
        t.schedule(Timers::Kind::Menu, 2, 1, 100);
        t.schedule(Timers::Kind::Guard, 3, 1, 100);
        Timers::Deadline d;
        QVERIFY(!t.takeDue(99, &d));
        QVERIFY(t.takeDue(100, &d));
        QCOMPARE(d.index, 2);
        QVERIFY(t.takeDue(100, &d));
        QCOMPARE(d.index, 3);
        QCOMPARE(t.next(), Millis(500));
        // Earlier than the last of its kind (a shorter programmed delay): still in time order.
        t.schedule(Timers::Kind::Dial, 4, 1, 300);
        QCOMPARE(t.next(), Millis(300));
        QVERIFY(t.takeDue(1000, &d));
        QCOMPARE(d.index, 4);
        QVERIFY(t.takeDue(1000, &d));
        QCOMPARE(d.index, 1);
        QVERIFY(!t.takeDue(1000, &d));
        QCOMPARE(t.next(), Millis(-1));
    }

    // The same order as one heap of (time, order) for random deadlines of every kind, taken
    // while more are set (the FIFOs per kind and the heap they fall back to agree with it).
    void timersAgreeWithAHeap()
    {
        Timers t;
        std::priority_queue<std::pair<Millis, int>, std::vector<std::pair<Millis, int>>,
            std::greater<>>
            reference;
        std::mt19937 rng(7);
        Millis now = 0;
        int set = 0, taken = 0;
        for (int step = 0; step < 20000; ++step) {
            const auto kind = Timers::Kind(rng() % Timers::kindCount);
            // Mostly a fixed delay per kind, now and then a shorter or longer one.
            const Millis delay = rng() % 10 ? 100 * (int(kind) + 1) : Millis(rng() % 1000);
            t.schedule(kind, set, 0, now + delay);
            reference.push({now + delay, set});
            ++set;
            now += rng() % 40;
            Timers::Deadline d;
            while (t.takeDue(now, &d)) {
                QVERIFY(!reference.empty());
                QCOMPARE(d.when, reference.top().first);
                QCOMPARE(d.index, reference.top().second);
                reference.pop();
                ++taken;
            }
            QCOMPARE(t.next(), reference.empty() ? Millis(-1) : reference.top().first);
        }
        QVERIFY(taken > 15000);
    }
};

QTEST_GUILESS_MAIN(TestEngineOwners)
#include "tst_engineowners.moc"
