// Issue 11 item 1: every change of a request's state goes through RequestTable's one table of
// allowed transitions; a change not in it is refused (state unchanged) and counted. The table in
// docs/call-processing.md ("Engine structure") is checked against the code's here.

#include "core/requesttable.h"

#include <QFile>
#include <QtTest>

using namespace sb::core;
using Reason = RequestTable::Reason;

namespace {

constexpr int ports = 4;

/// A request from 1 to 2 brought to state `index` by allowed steps (index < endedIndex).
int requestIn(RequestTable &table, int index)
{
    const int r = table.add(1, 2, RequestKind::Extension, 1000);
    switch (RequestState(index)) {
    case RequestState::Waiting:
        break;
    case RequestState::Suspended:
        table.transition(r, RequestState::Suspended, Reason::CallerChanged);
        break;
    case RequestState::RingingCaller:
        table.transition(r, RequestState::RingingCaller, Reason::TargetFreed);
        break;
    case RequestState::RingingTarget:
        table.transition(r, RequestState::RingingCaller, Reason::TargetFreed);
        table.transition(r, RequestState::RingingTarget, Reason::CallerAnswered);
        break;
    case RequestState::CampedOn:
        table.transition(r, RequestState::CampedOn, Reason::Camped);
        break;
    }
    return r;
}

bool step(RequestTable &table, int r, int to)
{
    if (to == RequestTable::endedIndex)
        return table.end(r, EndReason::Cleared, Reason::ConsoleCleared, [](int) {});
    return table.transition(r, RequestState(to), Reason::CallerChanged);
}

} // namespace

class TestRequestTable : public QObject
{
    Q_OBJECT
private slots:
    // Every pair the table allows is carried out, with its reason kept.
    void everyAllowedPairPasses()
    {
        int pairs = 0;
        for (int from = 0; from < RequestTable::endedIndex; ++from) {
            for (int to = 0; to < RequestTable::stateCount; ++to) {
                if (!RequestTable::allowed(from, to))
                    continue;
                RequestTable table;
                table.resize(ports);
                const int r = requestIn(table, from);
                QCOMPARE(int(table.at(r).state), from);
                QVERIFY2(step(table, r, to),
                    qPrintable(QStringLiteral("%1 -> %2")
                                   .arg(QLatin1String(RequestTable::stateName(from)),
                                       QLatin1String(RequestTable::stateName(to)))));
                if (to == RequestTable::endedIndex) {
                    QVERIFY(!table.at(r).live);
                    QCOMPARE(table.info(table.at(r).id).reason, EndReason::Cleared);
                    QCOMPARE(table.liveCount(), 0);
                } else {
                    QCOMPARE(int(table.at(r).state), to);
                    QCOMPARE(table.at(r).why, Reason::CallerChanged);
                }
                QCOMPARE(table.refusedTransitions(), 0);
                QCOMPARE(table.selfCheck(), QString());
                ++pairs;
            }
        }
        QCOMPARE(pairs, 15);
    }

    // Pairs not in the table are refused (nothing changes) and counted; release behaviour, so
    // the debug assertion is switched off.
    void disallowedPairsAreRefusedAndCounted()
    {
        const struct
        {
            int from, to;
        } refused[] = {
            {int(RequestState::Waiting), int(RequestState::RingingTarget)}, // never rings B first
            {int(RequestState::Suspended), int(RequestState::RingingCaller)}, // caller not ready
            {int(RequestState::RingingCaller), RequestTable::endedIndex}, // released first
            {int(RequestState::RingingTarget), int(RequestState::CampedOn)},
            {int(RequestState::CampedOn), int(RequestState::Waiting)}, // a camped caller is busy
        };
        RequestTable table;
        table.resize(ports);
        table.setStrict(false);
        int count = 0;
        for (const auto &p : refused) {
            QVERIFY(!RequestTable::allowed(p.from, p.to));
            const int r = requestIn(table, p.from);
            const RequestInfo before = table.describe(r);
            QVERIFY(!step(table, r, p.to));
            QCOMPARE(table.refusedTransitions(), ++count);
            QVERIFY(table.at(r).live);
            QCOMPARE(int(table.at(r).state), p.from);
            QCOMPARE(table.describe(r).position, before.position);
            QCOMPARE(table.selfCheck(), QString());
        }
        // An ended request changes no more.
        const int r = table.add(1, 2, RequestKind::Extension, 2000);
        QVERIFY(table.end(r, EndReason::Expired, Reason::Expired, [](int) {}));
        QVERIFY(!table.transition(r, RequestState::CampedOn, Reason::Camped));
        QCOMPARE(table.refusedTransitions(), count + 1);
    }

    // Ending one request moves everyone behind it up one place, in order (R3 queues).
    void endMovesTheQueueUp()
    {
        RequestTable table;
        table.resize(ports);
        const int a = table.add(1, 4, RequestKind::Extension, 1);
        const int b = table.add(2, 4, RequestKind::Extension, 2);
        const int c = table.add(3, 4, RequestKind::Extension, 3);
        std::vector<int> moved;
        QVERIFY(table.end(
            a, EndReason::Completed, Reason::Connected, [&](int slot) { moved.push_back(slot); }));
        QCOMPARE(moved, (std::vector<int> {b, c}));
        QCOMPARE(table.describe(b).position, 1);
        QCOMPARE(table.describe(c).position, 2);
        QCOMPARE(table.queueCount(4), 2);
        QCOMPARE(table.selfCheck(), QString());
    }

    // docs/call-processing.md shows the same table and names every reason.
    void documentedTableMatchesTheCode()
    {
        QFile doc(QStringLiteral(SWITCHBOARD_SOURCE_DIR "/docs/call-processing.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(doc.readAll()).split(QLatin1Char('\n'));
        int header = -1;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].startsWith(QLatin1String("| from \\ to |")))
                header = i;
        }
        QVERIFY2(header >= 0, "no transition table in docs/call-processing.md");
        const auto cells = [](const QString &row) {
            QStringList c = row.split(QLatin1Char('|'));
            c = c.mid(1, c.size() - 2);
            for (QString &s : c)
                s = s.trimmed();
            return c;
        };
        const QStringList head = cells(lines[header]);
        QCOMPARE(head.size(), RequestTable::stateCount + 1);
        for (int to = 0; to < RequestTable::stateCount; ++to)
            QCOMPARE(head[to + 1], QLatin1String(RequestTable::stateName(to)));
        for (int from = 0; from < RequestTable::stateCount; ++from) {
            const QStringList row = cells(lines.value(header + 2 + from));
            QCOMPARE(row.size(), RequestTable::stateCount + 1);
            QCOMPARE(row[0], QLatin1String(RequestTable::stateName(from)));
            for (int to = 0; to < RequestTable::stateCount; ++to)
                QCOMPARE(row[to + 1] == QLatin1String("yes"), RequestTable::allowed(from, to));
        }
        const QString text = lines.join(QLatin1Char('\n'));
        for (int i = 0; i < RequestTable::reasonCount; ++i) {
            const QString name = QLatin1Char('`') + QLatin1String(RequestTable::toString(Reason(i)))
                + QLatin1Char('`');
            QVERIFY2(text.contains(name), qPrintable(name + QStringLiteral(" not documented")));
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestTable)
#include "tst_requesttable.moc"
