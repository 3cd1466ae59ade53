// Issue 11 item 4: the Outside lines panel's model, fed with SB-BUS/1 line and request payloads
// as the service publishes them (console-bus.md section 2), and the supervisor's transfer
// counters fed with request.ended events (section 3). Each state names its behaviour.md rule.
#include "client/client.h"
#include "client/picture.h"
#include "ui/detailspane.h"
#include "ui/extensiondelegate.h"
#include "ui/extensionmodel.h"
#include "ui/linesmodel.h"
#include "ui/linespanel.h"
#include "ui/mainwindow.h"
#include "ui/requeststatistics.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QSignalSpy>
#include <QtTest>

using namespace sb;

namespace {

const char *const epoch = "e1";

QJsonObject extension(const QString &number, const QString &name, const QString &type)
{
    return QJsonObject {{"rev", 1}, {"port", number.toInt() - 200}, {"number", number},
        {"name", name}, {"type", type}, {"state", "idle"}, {"offHook", false},
        {"peer", QJsonValue::Null}, {"line", QJsonValue::Null}, {"dnd", false},
        {"forwardTo", QJsonValue::Null}, {"waiting", QJsonArray {}}, {"left", QJsonArray {}},
        {"campedOn", false}};
}

QJsonObject line(quint64 rev, int n, const QString &state, const QString &station,
    const QString &since = QStringLiteral("2026-12-02T09:15:04.120Z"))
{
    return QJsonObject {{"rev", double(rev)}, {"line", n}, {"state", state},
        {"station", station.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(station)},
        {"since", since}};
}

QJsonObject transfer(quint64 rev, quint64 id, int n, const QString &by, const QString &to,
    const QString &state, int position)
{
    return QJsonObject {{"rev", double(rev)}, {"id", double(id)}, {"caller", by}, {"target", to},
        {"kind", "transfer"}, {"leftAt", "2026-12-02T09:16:00.000Z"}, {"position", position},
        {"state", state}, {"line", n}};
}

/// A picture of four extensions (201 the attendant) and `lines` lines, online, link up.
void start(client::Picture &p, int lines, const QList<quint64> &requests = {})
{
    QJsonArray l, r;
    for (int n = 1; n <= lines; ++n)
        l << n;
    for (quint64 id : requests)
        r << double(id);
    p.apply("service",
        QJsonObject {{"state", "online"}, {"version", "1"}, {"started", "2026-12-02T09:00:00.000Z"},
            {"epoch", epoch}});
    p.apply("link",
        QJsonObject {{"up", true}, {"state", "up"}, {"model", "SIM"}, {"firmware", 1},
            {"bootId", 1}, {"framesSent", 0}, {"framesReceived", 0}, {"retransmissions", 0},
            {"framingErrors", 0}, {"controllerErrors", 0}, {"outages", 0},
            {"lastReset", QJsonValue::Null}});
    p.apply("index",
        QJsonObject {{"rev", 2}, {"epoch", epoch},
            {"extensions", QJsonArray {"201", "202", "203", "204"}}, {"lines", l},
            {"requests", r}});
    p.apply("extension/201", extension("201", "Anna", "attendant"));
    p.apply("extension/202", extension("202", "Bob", "keyset"));
    p.apply("extension/203", extension("203", "Carl", "keyset"));
    p.apply("extension/204", extension("204", "", "single-line"));
}

QString stateOf(const ui::LinesModel &m, int row)
{
    return m.index(row, ui::LinesModel::StateColumn).data().toString();
}

QJsonObject ended(const QString &reason, const QString &requestKind)
{
    return QJsonObject {{"at", "2026-12-02T09:20:00.000Z"}, {"kind", "request.ended"}, {"id", 9},
        {"caller", "201"}, {"target", "202"}, {"requestKind", requestKind}, {"reason", reason}};
}

/// A client whose picture the test feeds with payloads (no service: the console's tile model
/// reads only the picture); commands fail as not connected.
class FedClient : public client::Client
{
public:
    void start() override { }
    void stop() override { }
    client::Roles roles() const override { return m_roles; }
    /// Issue 11 review: a console without the reception role (none at all: every role allows
    /// `transfer`).
    void setRoles(client::Roles roles) { m_roles = roles; }
    QString describe() const override { return QStringLiteral("fed"); }
    bool isConnected() const override { return false; }
    client::Picture &picture() { return mutablePicture(); }

protected:
    void dispatch(client::Role, client::CommandOperation *op) override
    {
        op->fail(client::CommandOperation::notConnectedError, QString());
    }

private:
    client::Roles m_roles = client::allRoles();
};

/// The picture of tileShowsTransferredLineWaiting: 201 Anna (the attendant) talks on line 1;
/// line 2, transferred by her to 203 Carl (busy), is request 31 in his waiting.
void transferredToCarl(client::Picture &p, const QString &requestState, const QString &lineState)
{
    start(p, 2, {31});
    QJsonObject carl = extension("203", "Carl", "keyset");
    carl["rev"] = 5;
    carl["state"] = "talking";
    carl["peer"] = "202";
    carl["waiting"] = QJsonArray {31};
    p.apply("extension/203", carl);
    p.apply("line/2", line(6, 2, lineState, "201"));
    p.apply("request/31", transfer(7, 31, 2, "201", "203", requestState, 1));
    QJsonObject anna = extension("201", "Anna", "attendant");
    anna["rev"] = 8;
    anna["state"] = "talking-outside";
    anna["offHook"] = true;
    anna["line"] = 1;
    p.apply("extension/201", anna);
    p.apply("line/1", line(9, 1, "talking", "201"));
    p.flush();
}

} // namespace

class TestLinesModel : public QObject
{
    Q_OBJECT
private slots:
    // T1 (ringing, talking), T2 (held), T3 (in transfer), T4 (transferred, ringing the
    // target), T5 (camped on at a busy target, its place), T7 (recalling): one row per line in
    // words, names as "202 Bob", and which rows T9's "Send to attendant" may take.
    void showsEveryLineState()
    {
        client::Picture p;
        start(p, 8, {31, 32});
        p.apply("line/1", line(10, 1, "free", QString()));
        p.apply("line/2", line(11, 2, "ringing", "201"));
        p.apply("line/3", line(12, 3, "talking", "202"));
        p.apply("line/4", line(13, 4, "held", "203"));
        p.apply("line/5", line(14, 5, "transfer", "202"));
        p.apply("line/6", line(15, 6, "transfer", "201"));
        p.apply("request/31", transfer(16, 31, 6, "201", "203", "camped-on", 2));
        p.apply("line/7", line(17, 7, "transfer", "201"));
        p.apply("request/32", transfer(18, 32, 7, "201", "204", "ringing-target", 1));
        p.apply("line/8", line(19, 8, "recall", "202"));
        p.flush();
        QVERIFY(p.isCurrent());
        ui::LinesModel m(&p);
        QCOMPARE(m.rowCount(), 8);
        QCOMPARE(m.columnCount(), 3);
        QCOMPARE(
            m.index(0, ui::LinesModel::LineColumn).data().toString(), QStringLiteral("Line 1"));
        QCOMPARE(stateOf(m, 0), QStringLiteral("free"));
        QCOMPARE(stateOf(m, 1), QStringLiteral("ringing 201 Anna")); // T1
        QCOMPARE(stateOf(m, 2), QStringLiteral("talking with 202 Bob")); // T1
        QCOMPARE(stateOf(m, 3), QStringLiteral("held at 203 Carl")); // T2
        QCOMPARE(stateOf(m, 4), QStringLiteral("in transfer by 202 Bob")); // T3
        QCOMPARE(stateOf(m, 5), QStringLiteral("camped on at 203 Carl, place 2")); // T5
        QCOMPARE(stateOf(m, 6), QStringLiteral("transferred to 204, ringing")); // T4
        QCOMPARE(stateOf(m, 7), QStringLiteral("recalling 202 Bob (held too long)")); // T2
        // T9: held, queued (camped on) and recalling lines can be sent to the attendant.
        const QList<bool> toAttendant {false, false, false, true, false, true, false, true};
        for (int r = 0; r < 8; ++r)
            QCOMPARE(m.index(r, 0).data(ui::LinesModel::ToAttendantRole).toBool(), toAttendant[r]);
        // A free line has no duration; the others run from `since`.
        QCOMPARE(m.index(0, ui::LinesModel::ForColumn).data().toString(), QString());
        QVERIFY(!m.index(3, ui::LinesModel::ForColumn).data().toString().isEmpty());
        QVERIFY(m.index(3, 0).data(Qt::ToolTipRole).toString().contains("203 Carl"));
    }

    // T9: only the attendant's own outside call is dragged onto a tile; its MIME data names
    // the line.
    void attendantCallIsDraggable()
    {
        client::Picture p;
        start(p, 2);
        p.apply("line/1", line(10, 1, "talking", "201"));
        p.apply("line/2", line(11, 2, "talking", "202"));
        p.flush();
        ui::LinesModel m(&p);
        QVERIFY(m.flags(m.index(0, 1)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(!m.flags(m.index(1, 1)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(m.index(0, 1).data(ui::LinesModel::AttendantCallRole).toBool());
        std::unique_ptr<QMimeData> data(m.mimeData({m.index(0, 1)}));
        QVERIFY(data);
        QCOMPARE(QJsonDocument::fromJson(data->data(ui::LinesModel::callMimeType()))
                     .object()
                     .value("line")
                     .toInt(),
            1);
        QVERIFY(!m.mimeData({m.index(1, 1)}));
    }

    // A line's change reaches the row in place (the selection stays); the For column ticks on
    // its own once a second, and only it.
    void changesInPlaceAndTicks()
    {
        client::Picture p;
        start(p, 2);
        p.apply("line/1", line(10, 1, "free", QString()));
        p.apply("line/2", line(11, 2, "free", QString()));
        p.flush();
        ui::LinesModel m(&p);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        p.apply("line/2", line(12, 2, "held", "202"));
        p.flush();
        QCOMPARE(stateOf(m, 1), QStringLiteral("held at 202 Bob")); // T2
        QCOMPARE(reset.count(), 0);
        changed.clear();
        QVERIFY(changed.wait(2000));
        const QModelIndex from = changed.first().at(0).value<QModelIndex>();
        const QModelIndex to = changed.first().at(1).value<QModelIndex>();
        QCOMPARE(from.column(), int(ui::LinesModel::ForColumn));
        QCOMPARE(to.column(), int(ui::LinesModel::ForColumn));
        QCOMPARE(to.row(), 1);
    }

    // Console-bus.md section 2: a picture that is not current says so; nothing is offered.
    void notCurrentSaysSo()
    {
        client::Picture p;
        start(p, 1);
        p.apply("line/1", line(10, 1, "held", "202"));
        p.flush();
        ui::LinesModel m(&p);
        QVERIFY(m.index(0, 0).data(ui::LinesModel::ToAttendantRole).toBool());
        p.setReachable(false);
        p.flush();
        QVERIFY(stateOf(m, 0).startsWith(QStringLiteral("not current")));
        QVERIFY(!m.index(0, 0).data(ui::LinesModel::ToAttendantRole).toBool());
    }

    // T5: a tile shows the transferred line waiting for it (a request of kind transfer whose
    // target it is), on the tile and in its tooltip; the attendant's tile is dragged while it
    // talks on a line (T9).
    void tileShowsTransferredLineWaiting()
    {
        FedClient c;
        client::Picture &p = c.picture();
        start(p, 2, {31});
        QJsonObject carl = extension("203", "Carl", "keyset");
        carl["rev"] = 5;
        carl["state"] = "talking";
        carl["peer"] = "202";
        carl["waiting"] = QJsonArray {31};
        p.apply("extension/203", carl);
        p.apply("line/2", line(6, 2, "transfer", "201"));
        p.apply("request/31", transfer(7, 31, 2, "201", "203", "camped-on", 1));
        QJsonObject anna = extension("201", "Anna", "attendant");
        anna["rev"] = 8;
        anna["state"] = "talking-outside";
        anna["offHook"] = true;
        anna["line"] = 1;
        p.apply("extension/201", anna);
        p.apply("line/1", line(9, 1, "talking", "201"));
        p.flush();
        ui::ExtensionModel m(&c);
        QTRY_COMPARE(m.extension(2).waiting.size(), 1);
        QCOMPARE(m.transfersWaiting(2), QList<int> {2});
        QVERIFY(m.index(2)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Line 2 was transferred here")));
        QListView view;
        view.setModel(&m);
        auto *delegate = new ui::ExtensionDelegate(&view);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.font = view.font();
        option.rect = QRect(QPoint(0, 0), ui::ExtensionDelegate::tileSize(view.font()));
        QStringList texts;
        for (const ui::ExtensionDelegate::Text &t : delegate->layout(option, m.index(2)))
            texts << t.full;
        QVERIFY2(texts.contains(QStringLiteral("line 2 waiting")), qPrintable(texts.join('|')));
        // T9: the attendant's tile carries its call in a drag; another tile does not.
        QTRY_VERIFY(m.flags(m.index(0)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(!m.flags(m.index(2)).testFlag(Qt::ItemIsDragEnabled));
        std::unique_ptr<QMimeData> data(m.mimeData({m.index(0)}));
        QVERIFY(data && data->hasFormat(ui::LinesModel::callMimeType()));
    }

    // Issue 11 review, fault 1: a recall says why. T2: a line held too long rings its holder
    // (no request of kind transfer for it); T7: a transfer not answered (a live transfer
    // request names the line); station null: it waits for a busy attendant (B3), not "rings ".
    void recallSaysWhy()
    {
        client::Picture p;
        start(p, 4, {41});
        p.apply("line/1", line(10, 1, "recall", "203")); // T2: held at 203 too long
        p.apply("line/2", line(11, 2, "recall", "202")); // T7: 202's transfer to 204
        p.apply("request/41", transfer(12, 41, 2, "202", "204", "suspended", 1));
        p.apply("line/3", line(13, 3, "recall", QString())); // waits for the attendant
        p.apply("line/4", line(14, 4, "recall", "201")); // a held line at the attendant
        p.flush();
        ui::LinesModel m(&p);
        QCOMPARE(stateOf(m, 0), QStringLiteral("recalling 203 Carl (held too long)"));
        QVERIFY(m.index(0, 0).data(Qt::ToolTipRole).toString().contains("on hold too long"));
        QCOMPARE(stateOf(m, 1), QStringLiteral("recalling 202 Bob (transfer not answered)"));
        QVERIFY(m.index(1, 0).data(Qt::ToolTipRole).toString().contains("was not answered"));
        QCOMPARE(stateOf(m, 2), QStringLiteral("waiting for the attendant"));
        QVERIFY(!m.index(2, 0).data(Qt::ToolTipRole).toString().contains("rings  again"));
        QCOMPARE(stateOf(m, 3), QStringLiteral("recalling 201 Anna (held line)"));
        for (int r = 0; r < 4; ++r)
            QVERIFY(m.index(r, 0).data(ui::LinesModel::ToAttendantRole).toBool()); // T9
    }

    // Issue 11 review, fault 2: dragging the attendant's call is a transfer, and only a console
    // whose roles allow `transfer` is offered it (as the button and Ctrl+T): neither the lines
    // panel's row nor the attendant's tile can be dragged without it.
    void dragNeedsTheTransferRole()
    {
        FedClient c;
        c.setRoles(client::Roles());
        transferredToCarl(c.picture(), QStringLiteral("camped-on"), QStringLiteral("transfer"));
        ui::LinesModel lines(&c.picture());
        lines.setTransferAllowed(c.may(QStringLiteral("transfer")));
        QVERIFY(lines.index(0, 1).data(ui::LinesModel::AttendantCallRole).toBool());
        QVERIFY(!lines.flags(lines.index(0, 1)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(!lines.mimeData({lines.index(0, 1)}));
        ui::ExtensionModel tiles(&c);
        QTRY_COMPARE(tiles.extension(0).line, 1);
        QVERIFY(!tiles.flags(tiles.index(0)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(!tiles.mimeData({tiles.index(0)}));
        // With the role, both are offered (the same picture).
        c.setRoles(client::Role::Reception);
        lines.setTransferAllowed(c.may(QStringLiteral("transfer")));
        QVERIFY(lines.flags(lines.index(0, 1)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(tiles.flags(tiles.index(0)).testFlag(Qt::ItemIsDragEnabled));
    }

    // Issue 11 review, fault 2: a drop reaches MainWindow::transferTo, which refuses it,
    // naming why, without the role for `transfer`, or when the line the drag carried is no
    // longer the attendant's call; otherwise the command goes to the service.
    void dropIsRefusedWithoutTheRoleOrForAnotherLine()
    {
        FedClient c;
        c.setRoles(client::Roles());
        transferredToCarl(c.picture(), QStringLiteral("camped-on"), QStringLiteral("transfer"));
        {
            ui::MainWindow w(&c);
            QVERIFY(!w.lines()->model()->transferAllowed());
            QVERIFY(!w.transferTo(QStringLiteral("202"), 1));
            QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("reception role")),
                qPrintable(w.statusBar()->currentMessage()));
        }
        c.setRoles(client::Role::Reception);
        ui::MainWindow w(&c);
        QVERIFY(w.lines()->model()->transferAllowed());
        // The attendant talks on line 1: a drag that carried line 2 is stale.
        QVERIFY(!w.transferTo(QStringLiteral("202"), 2));
        QVERIFY2(w.statusBar()->currentMessage().contains(
                     QStringLiteral("line 2 is no longer the attendant's call")),
            qPrintable(w.statusBar()->currentMessage()));
        // Line 1 is hers: sent (this fed client answers "not connected").
        client::CommandOperation *op = w.transferTo(QStringLiteral("202"), 1);
        QVERIFY(op);
        QTRY_VERIFY(op->isFinished());
    }

    // Issue 11 review, fault 3: a recalling transfer (T7) stays first in its target's `waiting`
    // on the bus, `suspended` (docs/console-bus.md), but it has left the target: the tile and
    // the details no longer say it waits there, and the lines panel shows it recalling.
    void recallingTransferLeavesItsTarget_data()
    {
        QTest::addColumn<QString>("requestState");
        QTest::addColumn<QString>("lineState");
        QTest::newRow("suspended") << "suspended"
                                   << "recall";
        QTest::newRow("line in recall") << "camped-on"
                                        << "recall"; // the line's news first
    }
    void recallingTransferLeavesItsTarget()
    {
        QFETCH(QString, requestState);
        QFETCH(QString, lineState);
        FedClient c;
        transferredToCarl(c.picture(), requestState, lineState);
        ui::ExtensionModel m(&c);
        QTRY_COMPARE(m.extension(2).waiting.size(), 1);
        QCOMPARE(m.transfersWaiting(2), QList<int>());
        QVERIFY(!m.index(2)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("Line 2 was transferred here")));
        QVERIFY(m.index(2).data(ui::ExtensionModel::TransfersRole).value<QList<int>>().isEmpty());
        QUndoStack undo;
        ui::DetailsPane details(&c, &m, &undo);
        details.setNumber(QStringLiteral("203"));
        details.refresh();
        QVERIFY2(!details.stateLabel()->text().contains(QStringLiteral("transferred here")),
            qPrintable(details.stateLabel()->text()));
        QCOMPARE(details.queueView()->topLevelItemCount(), 1); // its place, said as it is
        QVERIFY(details.queueView()->topLevelItem(0)->text(3).startsWith(
            QStringLiteral("recalling elsewhere")));
        ui::LinesModel lines(&c.picture());
        QCOMPARE(stateOf(lines, 1), QStringLiteral("recalling 201 Anna (transfer not answered)"));
    }

    void durationFormat()
    {
        QCOMPARE(ui::LinesModel::duration(0, 65000), QStringLiteral("1:05"));
        QCOMPARE(ui::LinesModel::duration(1000, 0), QStringLiteral("0:00"));
        QCOMPARE(ui::LinesModel::duration(0, 3723000), QStringLiteral("1 h 02 min"));
    }

    // Issue 11 item 4: supervisors count transfers by how they ended (T4/T5 answered, T7
    // recalled, T8 abandoned); transfers are not counted as callbacks (console-bus.md section
    // 4's report: callbacks are kinds extension and line).
    void supervisorCountsTransfersByHowTheyEnded()
    {
        ui::RequestStatistics s;
        s.notify(ended("completed", "transfer"));
        s.notify(ended("completed", "transfer"));
        s.notify(ended("recalled", "transfer"));
        s.notify(ended("abandoned", "transfer"));
        s.notify(QJsonObject {{"kind", "request.left"}, {"requestKind", "transfer"}});
        s.notify(ended("completed", "extension"));
        using S = ui::RequestStatistics;
        QCOMPARE(s.today().transfers[S::TransferAnswered], 2);
        QCOMPARE(s.today().transfers[S::TransferRecalled], 1);
        QCOMPARE(s.sinceStart().transfers[S::TransferAbandoned], 1);
        QCOMPARE(s.today().ended[size_t(core::EndReason::Completed)], 1); // the callback only
        QCOMPARE(s.today().left, 0);
    }
};

QTEST_MAIN(TestLinesModel)
#include "tst_linesmodel.moc"
