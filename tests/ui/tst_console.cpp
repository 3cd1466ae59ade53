// The console offscreen, through the real call processor: tiles, details, actions, link state,
// search and keyboard. Screenshots go to the build folder for a person to look at.

#include "core/callprocessor.h"
#include "ui/detailspane.h"
#include "ui/eventlogmodel.h"
#include "ui/extensiondelegate.h"
#include "ui/extensionmodel.h"
#include "ui/mainwindow.h"
#include "ui/phonebench.h"
#include "ui/requesttablemodel.h"
#include "ui/supervisorview.h"

#include "tests/support/languages.h"

#include <QApplication>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSemaphore>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>

#include <QtTest>

using namespace sb;
using core::Event;

namespace {

/// The processor behind the console, with a clock the test moves and phones it plays.
class TestBackend : public ui::Backend
{
public:
    TestBackend()
        : m_processor(core::Programming::factoryDefaults(24, 2))
    {
        m_processor.handle(Event::sessionUp(24, 2, 1), m_now);
        m_processor.handle(Event::portStates(QVector<quint8>(24, 0), QVector<quint8>(2, 0)), m_now);
        m_processor.clearOutput();
    }
    const core::CallProcessor &processor() const override { return m_processor; }
    core::Millis now() const override { return m_now; }
    void act(const std::function<void(core::CallProcessor &, core::Millis)> &action) override
    {
        action(m_processor, m_now);
        deliver();
    }
    QString controllerDescription() const override { return QStringLiteral("test controller"); }
    ui::LinkHealth linkHealth() const override { return health; }
    ui::LinkHealth health;

    void event(const Event &e)
    {
        m_processor.handle(e, m_now);
        deliver();
    }
    void call(int from, const char *number)
    {
        event(Event::hook(from, true));
        for (const char *d = number; *d; ++d)
            event(Event::digit(from, *d));
    }
    /// `from` meets busy `to` (off-hook first) and leaves a callback; hangs up unless camping.
    void leaveCallback(int from, int to, bool hangUp = true)
    {
        if (!m_processor.extension(to).offHook)
            event(Event::hook(to, true));
        call(from, m_processor.extension(to).number.toLatin1().constData());
        event(Event::key(from, core::Key::Callback));
        if (hangUp)
            event(Event::hook(from, false));
    }

    ui::MainWindow *window = nullptr;
    core::CallProcessor m_processor;
    core::Millis m_now = 1000;

private:
    void deliver()
    {
        m_processor.takeCommands();
        const auto notes = m_processor.takeNotifications();
        if (window)
            window->notify(notes);
    }
};

QString shot(QWidget *w, const QString &name)
{
    const QString path = QDir::current().filePath(name + QStringLiteral(".png"));
    w->grab().save(path);
    return path;
}

/// Phones that do nothing: enough to put the phones' tab beside the details.
class IdlePhones : public ui::PhoneBench
{
public:
    using ui::PhoneBench::PhoneBench;
    void act(const QString &) override { }
    void query(int) override { }
    void setTraffic(int) override { }
    int lineCount() const override { return 2; }
};

/// Answers the next message box with the button of `role` once it shows.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, [timer, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            box->button(button)->click();
        }
    });
    timer->start(20);
}

QAction *menuAction(QMenuBar *bar, const QString &menu, const QString &text)
{
    for (QAction *m : bar->actions()) {
        if (m->text() != menu || !m->menu())
            continue;
        for (QAction *a : m->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
    }
    return nullptr;
}

/// The texts on the tile of `row`, laid out as painted.
QVector<ui::ExtensionDelegate::Text> tileTexts(ui::MainWindow &w, int row)
{
    auto *delegate = qobject_cast<ui::ExtensionDelegate *>(w.grid()->itemDelegate());
    QStyleOptionViewItem option;
    option.initFrom(w.grid());
    option.font = w.grid()->font();
    const QModelIndex i = w.filter()->mapFromSource(w.model()->index(row));
    option.rect = w.grid()->visualRect(i);
    return delegate->layout(option, i);
}

/// The texts of a chart as drawn (QtCharts cuts labels that do not fit to "...").
QStringList chartTexts(QChartView *view)
{
    QStringList texts;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (auto *t = dynamic_cast<QGraphicsTextItem *>(item); t && t->isVisible())
            texts << t->toPlainText();
    }
    return texts;
}

int rowOf(ui::MainWindow &w, const QString &number)
{
    for (int r = 0; r < w.model()->rowCount(); ++r) {
        if (w.model()->status(r).number == number)
            return r;
    }
    return -1;
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestBackend> b;
    std::unique_ptr<ui::MainWindow> w;

private slots:
    void init()
    {
        b = std::make_unique<TestBackend>();
        w = std::make_unique<ui::MainWindow>(b.get());
        b->window = w.get();
        w->setLinkState(QStringLiteral("up"), true);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    }
    void cleanup()
    {
        w.reset();
        b.reset();
    }

    // One tile per extension, in number order.
    void gridShowsEveryExtensionInOrder()
    {
        QCOMPARE(w->model()->rowCount(), 24);
        QCOMPARE(w->model()->status(0).number, QStringLiteral("101"));
        QCOMPARE(w->model()->status(23).number, QStringLiteral("124"));
    }

    // A callback left shows on both tiles and in the details queue, in FIFO order (R1, R2).
    void callbackShowsOnBothTilesAndQueueInFifoOrder()
    {
        b->leaveCallback(3, 4);
        b->leaveCallback(5, 4);
        const int target = rowOf(*w, QStringLiteral("104"));
        QTRY_COMPARE(w->model()->status(target).waiting, 2);
        QCOMPARE(w->model()->status(target).firstCaller, 3);
        QCOMPARE(w->model()->status(rowOf(*w, QStringLiteral("103"))).left, 1);
        QVERIFY(w->model()
                    ->index(target)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("first: 103")));
        QVERIFY(w->selectNumber(QStringLiteral("104")));
        QTreeWidget *q = w->details()->queueView();
        QTRY_COMPARE(q->topLevelItemCount(), 2);
        QCOMPARE(q->topLevelItem(0)->text(1), QStringLiteral("103"));
        QCOMPARE(q->topLevelItem(1)->text(1), QStringLiteral("105"));
        QCOMPARE(q->topLevelItem(0)->text(0), QStringLiteral("1"));
        QVERIFY(w->selectNumber(QStringLiteral("103")));
        QTRY_COMPARE(w->details()->leftView()->topLevelItemCount(), 1);
        QCOMPARE(w->details()->leftView()->topLevelItem(0)->text(0), QStringLiteral("104"));
        shot(w.get(), QStringLiteral("console-callbacks"));
    }

    // A camp-on shows its mark while the caller waits off-hook, and loses it when served (R9).
    void campOnMarkShowsAndGoesWhenServed()
    {
        b->leaveCallback(6, 7, false); // 106 stays off-hook
        const int target = rowOf(*w, QStringLiteral("107"));
        QTRY_VERIFY(w->model()->status(target).campedOn);
        QVERIFY(w->model()
                    ->index(target)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("camp-on")));
        b->leaveCallback(3, 4);
        shot(w.get(), QStringLiteral("console-campon"));
        b->event(Event::hook(7, false)); // 107 hangs up: 106's camp-on is served, 107 rings
        QTRY_VERIFY(!w->model()->status(target).campedOn);
        QCOMPARE(w->model()->status(target).state, core::CallState::Ringing);
    }

    // The CLEAR actions clear what they say and only that (R14).
    void clearActionsClearWhatTheySayOnly()
    {
        b->leaveCallback(3, 4);
        b->leaveCallback(3, 5);
        b->leaveCallback(6, 3, false);
        b->act([](core::CallProcessor &p, core::Millis now) { p.setForwarding(3, 8, now); });
        QVERIFY(w->selectNumber(QStringLiteral("103")));
        w->details()->clearCallbacks();
        QCOMPARE(b->processor().requestsLeftBy(3).size(), size_t(0));
        QCOMPARE(b->processor().queueAt(3).size(), size_t(1)); // requests at 103 are not its own
        QCOMPARE(b->processor().extension(3).forwardTo, 8); // forwarding untouched
        w->details()->clearForwarding();
        QCOMPARE(b->processor().extension(3).forwardTo, 0);
        QCOMPARE(b->processor().queueAt(3).size(), size_t(1));
    }

    // DND and forwarding are undone with Ctrl+Z.
    void dndAndForwardingUndo()
    {
        QVERIFY(w->selectNumber(QStringLiteral("110")));
        w->details()->toggleDnd();
        QVERIFY(b->processor().extension(10).dnd);
        w->details()->forwardTo(QStringLiteral("111"));
        QCOMPARE(b->processor().extension(10).forwardTo, 11);
        w->details()->forwardTo(QStringLiteral("999"));
        QCOMPARE(b->processor().extension(10).forwardTo, 11); // no such number: unchanged
        QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(b->processor().extension(10).forwardTo, 0);
        QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!b->processor().extension(10).dnd);
    }

    // A link drop shows at once on every tile and in the status bar.
    void linkDropShowsAtOnce()
    {
        w->setLinkState(QStringLiteral("reconnecting"), false);
        QCOMPARE(w->model()->index(0).data(ui::ExtensionModel::StateTextRole).toString(),
            QStringLiteral("unknown (link down)"));
        QCOMPARE(w->linkLabel()->text(), QStringLiteral("Link reconnecting"));
        shot(w.get(), QStringLiteral("console-link-down"));
        w->setLinkState(QStringLiteral("up"), true);
        QCOMPARE(w->linkLabel()->text(), QStringLiteral("Link up"));
    }

    // The search box filters by number or name; Enter goes to the first match.
    void searchFiltersByNumberOrName()
    {
        QTest::keyClicks(w->search(), QStringLiteral("11"));
        QCOMPARE(w->filter()->rowCount(), 10); // 110 to 119
        w->search()->clear();
        QTest::keyClicks(w->search(), QStringLiteral("attend"));
        QCOMPARE(w->filter()->rowCount(), 1);
        QTest::keyClick(w->search(), Qt::Key_Return);
        QCOMPARE(w->grid()->currentIndex().data(ui::ExtensionModel::NumberRole).toString(),
            QStringLiteral("101"));
        w->search()->clear();
        QCOMPARE(w->filter()->rowCount(), 24);
    }

    // Typing digits in the grid jumps to an extension; arrow keys move.
    void digitsJumpArrowsMove()
    {
        w->grid()->setFocus();
        QTest::keyClicks(w->grid(), QStringLiteral("117"));
        QCOMPARE(w->grid()->currentIndex().data(ui::ExtensionModel::NumberRole).toString(),
            QStringLiteral("117"));
        QCOMPARE(w->details()->port(), 17);
        QTest::keyClick(w->grid(), Qt::Key_Right);
        QCOMPARE(w->grid()->currentIndex().data(ui::ExtensionModel::NumberRole).toString(),
            QStringLiteral("118"));
        QTest::keyClick(w->grid(), Qt::Key_Left);
        QTest::keyClick(w->grid(), Qt::Key_Left);
        QCOMPARE(w->details()->port(), 16);
    }

    // The supervisor sees every live request (sortable, filterable), counters and link health.
    void supervisorSeesRequestsCountersAndLinkHealth()
    {
        w->setRole(ui::MainWindow::Role::Supervisor);
        w->tabs()->setCurrentWidget(w->supervisor());
        b->health = {QStringLiteral("up"), true, QStringLiteral("KTS-64"), 0x0102, 0xCAFE0001, 120,
            118, 3, 1, 0, 0, QString()};
        b->leaveCallback(3, 4);
        b->leaveCallback(5, 4);
        b->leaveCallback(6, 7);
        b->m_now += 4000;
        b->event(Event::hook(7, false)); // 107 free: 106 gets the callback ring
        for (int c = 1; c <= 4; ++c)
            b->event(Event::ringCycle(6, c)); // no answer (R6)
        w->supervisor()->refresh();
        QCOMPARE(w->supervisor()->requests()->rowCount(), 2);
        QTableWidget *c = w->supervisor()->counters();
        QCOMPARE(c->item(0, 0)->text(), QStringLiteral("2")); // waiting now
        QCOMPARE(c->item(2, 1)->text(), QStringLiteral("3")); // left since start
        QCOMPARE(c->item(3 + int(core::EndReason::NoAnswer) - 1, 1)->text(), QStringLiteral("1"));
        QVERIFY(w->supervisor()->healthLabel()->text().contains(QStringLiteral("cafe0001")));
        QVERIFY(w->supervisor()->healthLabel()->text().contains(QStringLiteral("KTS-64")));
        w->supervisor()->requestFilter()->setFilterFixedString(QStringLiteral("105"));
        QCOMPARE(w->supervisor()->requestFilter()->rowCount(), 1);
        w->supervisor()->requestFilter()->setFilterFixedString(QString());
        w->supervisor()->sample();
        shot(w.get(), QStringLiteral("console-supervisor"));
    }

    // Issue 9 item 15: nothing is cut off in English, German or Spanish: the tiles' marks (queue,
    // camp-on, forwarding), the supervisor's counters (both columns) and the chart of how
    // requests ended. Screenshots console-layout-<lang>.png and supervisor-layout-<lang>.png.
    void layoutFitsInEveryLanguage_data() { sb::test::addLanguageRows(); }
    void layoutFitsInEveryLanguage()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(sb::test::installLanguage(translator, language));
        w.reset(); // made again in this language
        w = std::make_unique<ui::MainWindow>(b.get());
        b->window = w.get();
        w->setLinkState(QStringLiteral("up"), true);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));

        // 104: two waiting, one camping on, and forwarded; 103 has left one.
        b->leaveCallback(3, 4);
        b->leaveCallback(5, 4);
        b->leaveCallback(6, 4, false);
        b->act([](core::CallProcessor &p, core::Millis now) { p.setForwarding(4, 14, now); });
        b->act([](core::CallProcessor &p, core::Millis now) { p.setForwarding(11, 14, now); });
        const int target = rowOf(*w, QStringLiteral("104"));
        QTRY_VERIFY(w->model()->status(target).campedOn);
        QTRY_COMPARE(w->model()->status(target).forwardTo, 14);
        // 106 camps on 104: "camped on, waiting" is long in Spanish and takes two lines.
        for (int row : {target, rowOf(*w, QStringLiteral("103")), rowOf(*w, QStringLiteral("106")),
                 rowOf(*w, QStringLiteral("111"))}) {
            const QRect tile = w->grid()->visualRect(w->filter()->index(row, 0));
            for (const ui::ExtensionDelegate::Text &t : tileTexts(*w, row)) {
                QVERIFY2(t.shown == t.full, qPrintable(t.full + QStringLiteral(" → ") + t.shown));
                const QFontMetrics m(t.font);
                QVERIFY2(t.wrap ? m.boundingRect(t.rect, Qt::TextWordWrap, t.full).height()
                            <= t.rect.height()
                                : m.horizontalAdvance(t.full) <= t.rect.width(),
                    qPrintable(t.full));
                QVERIFY2(tile.contains(t.rect), qPrintable(t.full));
            }
        }
        QStringList marks;
        for (const ui::ExtensionDelegate::Text &t : tileTexts(*w, target))
            marks << t.full;
        QVERIFY2(marks.contains(ui::ExtensionDelegate::tr("%1, first %2").arg(3).arg(103)),
            qPrintable(marks.join(QLatin1Char('|'))));
        QVERIFY(marks.contains(ui::ExtensionDelegate::tr("to %1").arg(114)));
        QVERIFY(marks.contains(ui::ExtensionDelegate::tr("camp-on")));
        QVERIFY(QTest::qWaitFor([&] { return !w->grid()->viewport()->grab().isNull(); }));
        shot(w.get(), QStringLiteral("console-layout-") + QTest::currentDataTag());

        w->setRole(ui::MainWindow::Role::Supervisor);
        w->tabs()->setCurrentWidget(w->supervisor());
        w->supervisor()->refresh();
        QApplication::processEvents();
        QTableWidget *c = w->supervisor()->counters();
        QCOMPARE(c->horizontalHeader()->length() <= c->viewport()->width(), true);
        for (int col = 0; col < c->columnCount(); ++col) {
            const QString header = c->horizontalHeaderItem(col)->text();
            QVERIFY2(c->horizontalHeader()->sectionSize(col)
                    >= QFontMetrics(c->horizontalHeader()->font()).horizontalAdvance(header),
                qPrintable(header));
        }
        QVERIFY(c->viewport()->rect().contains(c->visualItemRect(c->item(2, 1))));
        QLabel *health = w->supervisor()->healthLabel();
        QVERIFY2(health->width() >= health->sizeHint().width(),
            qPrintable(
                QStringLiteral("%1 < %2").arg(health->width()).arg(health->sizeHint().width())));
        const QStringList texts = chartTexts(w->supervisor()->endedChart());
        for (const QString &t : texts)
            QVERIFY2(
                !t.endsWith(QLatin1String("...")) && !t.endsWith(QChar(0x2026)), qPrintable(t));
        QVERIFY2(texts.contains(ui::SupervisorView::tr("no answer")),
            qPrintable(texts.join(QLatin1Char('|'))));
        shot(w.get(), QStringLiteral("supervisor-layout-") + QTest::currentDataTag());
        QCoreApplication::removeTranslator(&translator);
    }

    // Review of issue 9 item 15: "how requests ended" keeps every reason's label whole in a
    // font larger than the tests' (10 to 12 pt are common desktop defaults): at a fixed 260 px
    // QtCharts cut all but three of them to "...".
    void endedChartLabelsFitALargerFont()
    {
        const QFont before = QApplication::font();
        const auto restore = qScopeGuard([&] { QApplication::setFont(before); });
        QFont larger = before;
        larger.setPointSizeF(12);
        QApplication::setFont(larger);
        w.reset(); // made again in that font
        w = std::make_unique<ui::MainWindow>(b.get());
        b->window = w.get();
        w->setLinkState(QStringLiteral("up"), true);
        w->setRole(ui::MainWindow::Role::Supervisor);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->supervisor()->refresh();
        QApplication::processEvents();
        const QStringList texts = chartTexts(w->supervisor()->endedChart());
        for (const QString &t : texts)
            QVERIFY2(!t.endsWith(QLatin1String("...")) && !t.endsWith(QChar(0x2026)),
                qPrintable(texts.join(QLatin1Char('|'))));
        for (const char *reason : {"completed", "abandoned", "no answer", "expired"})
            QVERIFY2(texts.contains(ui::SupervisorView::tr(reason)),
                qPrintable(texts.join(QLatin1Char('|'))));
    }

    // Review of issue 9 item 15: the tiles grow with the font, so that a desktop font larger
    // than the tests' cuts no mark (at a fixed 176 x 94 px Spanish "a 114" was cut from 10 pt,
    // German "an 114" at 12 pt).
    void tilesFitALargerFont_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }
    void tilesFitALargerFont()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(sb::test::installLanguage(translator, language));
        const QFont before = QApplication::font();
        const auto restore = qScopeGuard([&] {
            QApplication::setFont(before);
            QCoreApplication::removeTranslator(&translator);
        });
        QFont larger = before;
        larger.setPointSizeF(12);
        QApplication::setFont(larger);
        w.reset(); // made again in that font and language
        w = std::make_unique<ui::MainWindow>(b.get());
        b->window = w.get();
        w->setLinkState(QStringLiteral("up"), true);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        b->leaveCallback(3, 4);
        b->leaveCallback(5, 4);
        b->leaveCallback(6, 4, false);
        b->act([](core::CallProcessor &p, core::Millis now) { p.setForwarding(4, 14, now); });
        const int target = rowOf(*w, QStringLiteral("104"));
        QTRY_VERIFY(w->model()->status(target).campedOn);
        QTRY_COMPARE(w->model()->status(target).forwardTo, 14);
        for (int row :
            {target, rowOf(*w, QStringLiteral("103")), rowOf(*w, QStringLiteral("106"))}) {
            const QRect tile = w->grid()->visualRect(w->filter()->index(row, 0));
            for (const ui::ExtensionDelegate::Text &t : tileTexts(*w, row)) {
                QVERIFY2(t.shown == t.full, qPrintable(t.full + QStringLiteral(" → ") + t.shown));
                QVERIFY2(tile.contains(t.rect), qPrintable(t.full));
            }
        }
    }

    // Issue 9 item 16: the queue depth chart counts what "waiting now" counts (a ringing
    // request is counted by "ringing now" only), and says so.
    void queueDepthChartAgreesWithWaitingNow()
    {
        w->setRole(ui::MainWindow::Role::Supervisor);
        w->tabs()->setCurrentWidget(w->supervisor());
        b->leaveCallback(3, 4);
        b->leaveCallback(5, 4);
        b->leaveCallback(6, 7);
        b->m_now += 4000;
        b->event(Event::hook(7, false)); // 107 free: 106's callback rings
        QCOMPARE(b->processor().liveRequestCount(), 3);
        w->supervisor()->refresh();
        QTableWidget *c = w->supervisor()->counters();
        QCOMPARE(c->item(0, 0)->text(), QStringLiteral("2")); // waiting now
        QCOMPARE(c->item(1, 0)->text(), QStringLiteral("1")); // ringing now
        const QList<QPointF> points = w->supervisor()->depthSeries()->points();
        QVERIFY(!points.isEmpty());
        QCOMPARE(int(points.last().y()), 2);
        w->supervisor()->sample(); // the periodic sample counts the same
        QCOMPARE(int(w->supervisor()->depthSeries()->points().last().y()), 2);
        QCOMPARE(w->supervisor()->depthSeries()->name(), c->verticalHeaderItem(0)->text());
        QVERIFY(w->supervisor()->depthChart()->chart()->title().contains(
            QStringLiteral("not ringing")));
    }

    // The event log exports as CSV, quoted where it must be.
    void eventLogCsvExport()
    {
        ui::EventLogModel log;
        const QDateTime t(QDate(2026, 11, 25), QTime(9, 30, 0, 5));
        log.append(QStringLiteral("HOOK 3 off"), t);
        log.append(QStringLiteral("DISPLAY 3 row 0 \"Busy 104, Bob\""), t.addMSecs(10));
        QCOMPARE(log.toCsv(),
            QByteArray("time,event\r\n"
                       "2026-11-25T09:30:00.005,HOOK 3 off\r\n"
                       "2026-11-25T09:30:00.015,\"DISPLAY 3 row 0 \"\"Busy 104, Bob\"\"\"\r\n"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.csv"));
        QFuture<QString> written = log.exportCsv(path);
        QTRY_VERIFY(written.isFinished());
        QCOMPARE(written.result(), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), log.toCsv());
        const QString nowhere = QStringLiteral("/nonexistent/dir/log.csv");
        QFuture<QString> failed = log.exportCsv(nowhere);
        QTRY_VERIFY(failed.isFinished());
        QVERIFY2(failed.result().contains(nowhere), qPrintable(failed.result()));
    }

    // The console follows the desktop's palette: a dark one gives dark tiles with light text.
    void followsDarkPalette()
    {
        const QPalette before = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, Qt::white);
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        QApplication::setPalette(dark);
        b->leaveCallback(3, 4);
        b->leaveCallback(6, 7, false);
        QTest::qWait(60);
        const QImage img = w->grid()->viewport()->grab().toImage();
        shot(w.get(), QStringLiteral("console-dark"));
        QApplication::setPalette(before);
        // The middle of the first tile is dark, as the palette's base is.
        const QRect tile = w->grid()->visualRect(w->filter()->index(1, 0));
        QVERIFY(img.pixelColor(tile.center() + QPoint(40, 10)).lightness() < 110);
    }

    // New programming takes effect at once on the grid: a renamed extension shows its new name.
    void programmingChangeReachesTheGrid()
    {
        core::Programming p = b->processor().programming();
        p.factory = false;
        p.extensions[4].name = QStringLiteral("Reception desk");
        b->act([&p](core::CallProcessor &proc, core::Millis now) { proc.setProgramming(p, now); });
        QTRY_COMPARE(w->model()->status(rowOf(*w, QStringLiteral("105"))).name,
            QStringLiteral("Reception desk"));
    }

    // Updates are coalesced: many changes, few signals.
    void updatesAreCoalesced()
    {
        QSignalSpy changed(w->model(), &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 50; ++i) {
            b->event(Event::hook(2 + i % 20, true));
            b->event(Event::hook(2 + i % 20, false));
        }
        QTRY_VERIFY(changed.count() >= 1);
        QVERIFY2(changed.count() <= 3, qPrintable(QString::number(changed.count())));
    }

    // Issue 9 item 12: the waiting times in the details tick (they froze at "0:10") and the
    // selected row stays selected while they do and while the queue changes.
    void issue9_item12_detailsWaitingTimesTick()
    {
        b->leaveCallback(3, 4);
        QVERIFY(w->selectNumber(QStringLiteral("104")));
        QTreeWidget *queue = w->details()->queueView();
        QTRY_COMPARE(queue->topLevelItemCount(), 1);
        QCOMPARE(queue->topLevelItem(0)->text(2), QStringLiteral("0:00"));
        queue->setCurrentItem(queue->topLevelItem(0));
        const core::RequestId selected = w->details()->selectedRequest();
        QVERIFY(selected);
        b->m_now += 65000; // no event: only the clock moves
        QTRY_COMPARE(queue->topLevelItem(0)->text(2), QStringLiteral("1:05"));
        b->leaveCallback(5, 4); // the queue is rebuilt
        QTRY_COMPARE(queue->topLevelItemCount(), 2);
        QCOMPARE(w->details()->selectedRequest(), selected);
        QCOMPARE(queue->topLevelItem(1)->text(2), QStringLiteral("0:00"));
        b->m_now += 3000;
        QTRY_COMPARE(queue->topLevelItem(1)->text(2), QStringLiteral("0:03"));
        QCOMPARE(queue->topLevelItem(0)->text(2), QStringLiteral("1:08"));
    }

    // Issue 9 item 13: the Forward-to field shows the selected extension's forwarding, also
    // after undo and after choosing another extension, so one click cannot forward the wrong
    // one.
    void issue9_item13_forwardFieldFollowsUndoAndSelection()
    {
        ui::DetailsPane *d = w->details();
        QVERIFY(w->selectNumber(QStringLiteral("110")));
        QCOMPARE(d->forwardField()->text(), QString());
        QVERIFY(!d->forwardButton()->isEnabled()); // nothing typed
        QTest::keyClicks(d->forwardField(), QStringLiteral("111"));
        QVERIFY(d->forwardButton()->isEnabled());
        d->forwardButton()->click();
        QCOMPARE(b->processor().extension(10).forwardTo, 11);
        QCOMPARE(d->forwardField()->text(), QStringLiteral("111"));
        QVERIFY(!d->forwardButton()->isEnabled()); // already so
        QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(b->processor().extension(10).forwardTo, 0);
        QCOMPARE(d->forwardField()->text(), QString());
        QVERIFY(!d->forwardButton()->isEnabled());

        // Forwarded again; another extension is chosen: its own (no) forwarding shows.
        QTest::keyClicks(d->forwardField(), QStringLiteral("111"));
        d->forwardButton()->click();
        QCOMPARE(b->processor().extension(10).forwardTo, 11);
        QVERIFY(w->selectNumber(QStringLiteral("112")));
        QCOMPARE(d->forwardField()->text(), QString());
        QVERIFY(!d->forwardButton()->isEnabled());
        d->forwardButton()->click();
        QCOMPARE(b->processor().extension(12).forwardTo, 0);
        QVERIFY(w->selectNumber(QStringLiteral("110")));
        QCOMPARE(d->forwardField()->text(), QStringLiteral("111"));
        // A number typed but not applied survives updates of the same extension.
        d->forwardField()->clear();
        QTest::keyClicks(d->forwardField(), QStringLiteral("11"));
        b->event(Event::hook(10, true));
        QTRY_VERIFY(w->model()->status(rowOf(*w, QStringLiteral("110"))).offHook);
        QCOMPARE(d->forwardField()->text(), QStringLiteral("11"));
    }

    // Review of issue 9 item 13: Enter in the Forward-to field, which now shows the live target,
    // changes nothing and leaves no step on the undo stack (Ctrl+Z would have undone nothing,
    // and a second Ctrl+Z the real forward).
    void issue9_item13_enterOnTheLiveTargetIsNoStep()
    {
        ui::DetailsPane *d = w->details();
        QVERIFY(w->selectNumber(QStringLiteral("110")));
        QTest::keyClicks(d->forwardField(), QStringLiteral("111"));
        QTest::keyClick(d->forwardField(), Qt::Key_Return);
        QCOMPARE(b->processor().extension(10).forwardTo, 11);
        QCOMPARE(d->forwardField()->text(), QStringLiteral("111"));
        QTest::keyClick(d->forwardField(), Qt::Key_Return); // the same number again
        QCOMPARE(w->statusBar()->currentMessage(), QStringLiteral("110 already forwards to 111"));
        QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(b->processor().extension(10).forwardTo, 0); // one Ctrl+Z undoes the forward
        QCOMPARE(d->forwardField()->text(), QString());
    }

    // Issue 9 item 14: Cancel request needs a selected row (it took the first one) and asks
    // first, as it cannot be undone.
    void issue9_item14_cancelNeedsASelectedRow()
    {
        ui::DetailsPane *d = w->details();
        b->leaveCallback(3, 4);
        b->leaveCallback(5, 4);
        QVERIFY(w->selectNumber(QStringLiteral("104")));
        QTRY_COMPARE(d->queueView()->topLevelItemCount(), 2);
        QVERIFY(!d->cancelButton()->isEnabled());
        d->cancelSelected();
        QCOMPARE(b->processor().queueAt(4).size(), size_t(2));

        d->queueView()->setCurrentItem(d->queueView()->topLevelItem(1)); // 105's
        QVERIFY(d->cancelButton()->isEnabled());
        answerNextMessageBox(QMessageBox::No);
        d->cancelButton()->click();
        QCOMPARE(b->processor().queueAt(4).size(), size_t(2)); // kept
        answerNextMessageBox(QMessageBox::Yes);
        d->cancelButton()->click();
        QCOMPARE(b->processor().queueAt(4).size(), size_t(1));
        QCOMPARE(b->processor().request(b->processor().queueAt(4).front()).caller, 3);
        QCOMPARE(
            w->statusBar()->currentMessage(), QStringLiteral("Request of 105 for 104 cancelled"));
        QTRY_VERIFY(!d->cancelButton()->isEnabled()); // its row is gone
    }

    // Issue 9 item 14: Delete on a tile does what the Edit menu says: the first Delete picks
    // the extension's first request in the details (cancelling nothing), the second cancels it
    // after the question.
    void issue9_item14_deleteOnATile()
    {
        w->setPhoneBench(new IdlePhones(w.get())); // the phones' tab is in front of the details
        QVERIFY(!w->details()->isVisible());
        QApplication::setActiveWindow(w.get());
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        b->leaveCallback(3, 4);
        QVERIFY(w->selectNumber(QStringLiteral("104")));
        QAction *cancel
            = menuAction(w->menuBar(), QStringLiteral("&Edit"), QStringLiteral("&Cancel request"));
        QVERIFY(cancel);
        QTRY_VERIFY(cancel->isEnabled());
        QCOMPARE(cancel->shortcut(), QKeySequence(QKeySequence::Delete));
        w->grid()->setFocus();
        QTest::keyClick(w->grid(), Qt::Key_Delete);
        QCOMPARE(b->processor().queueAt(4).size(), size_t(1));
        QVERIFY(w->details()->isVisible());
        QVERIFY(w->details()->selectedRequest());
        QCOMPARE(QApplication::focusWidget(), w->details()->queueView());
        answerNextMessageBox(QMessageBox::Yes);
        QTest::keyClick(w->details()->queueView(), Qt::Key_Delete);
        QCOMPARE(b->processor().queueAt(4).size(), size_t(0));
        QTRY_VERIFY(!cancel->isEnabled()); // nothing left to cancel
    }

    // Issue 9 item 17: Enter on a tile goes to the details, shown if the phones were in front.
    void issue9_item17_enterOnATileShowsTheDetails()
    {
        w->setPhoneBench(new IdlePhones(w.get()));
        QApplication::setActiveWindow(w.get());
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QVERIFY(w->selectNumber(QStringLiteral("104")));
        QVERIFY(!w->details()->isVisible());
        w->grid()->setFocus();
        QTest::keyClick(w->grid(), Qt::Key_Return);
        QVERIFY(w->details()->isVisible());
        QVERIFY(QApplication::focusWidget() == w->details()
            || w->details()->isAncestorOf(QApplication::focusWidget()));
    }

    // Issue 9 item 17: View → Supervisor shows the supervisor's tab, not only adds it.
    void issue9_item17_supervisorMenuSwitchesToItsTab()
    {
        QAction *super
            = menuAction(w->menuBar(), QStringLiteral("&View"), QStringLiteral("&Supervisor"));
        QVERIFY(super);
        super->trigger();
        QCOMPARE(w->tabs()->currentWidget(), w->supervisor());
        menuAction(w->menuBar(), QStringLiteral("&View"), QStringLiteral("&Receptionist"))
            ->trigger();
        QVERIFY(!w->tabs()->isTabVisible(1));
    }

    // Issue 9 item 17: the event log's CSV export says where it was written.
    void issue9_item17_csvExportSaysWhere()
    {
        b->leaveCallback(3, 4);
        w->appendLog(QStringLiteral("HOOK 3 off"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.csv"));
        w->supervisor()->exportLogTo(path);
        QTRY_COMPARE(
            w->statusBar()->currentMessage(), QStringLiteral("Event log exported to %1").arg(path));
        QVERIFY(QFile::exists(path));
    }

    // Issue 9, second round (R1): the UI thread never waits on the disk. With the worker pool
    // held, exportLogTo() returns before anything is written; the file and the message come
    // when the worker has written it. A failure is shown (not modal) and names the file.
    void issue9_eventLogExportWritesOffTheUiThread()
    {
        w->appendLog(QStringLiteral("HOOK 3 off"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.csv"));
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        QSemaphore gate;
        pool->setMaxThreadCount(1);
        pool->start([&gate] { gate.acquire(); });
        auto release = qScopeGuard([&] {
            gate.release();
            pool->waitForDone();
            pool->setMaxThreadCount(threads);
        });
        QSignalSpy exported(w->supervisor(), &ui::SupervisorView::logExported);
        w->supervisor()->exportLogTo(path);
        QVERIFY(!QFile::exists(path)); // not written on this thread
        QCOMPARE(exported.count(), 0);
        gate.release();
        QVERIFY(exported.wait(5000));
        QCOMPARE(exported.at(0).at(0).toString(), QString());
        QVERIFY(QFile::exists(path));

        const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/log.csv"));
        w->supervisor()->exportLogTo(nowhere);
        QVERIFY(exported.wait(5000));
        const QString error = exported.at(1).at(0).toString();
        QVERIFY2(error.contains(nowhere), qPrintable(error));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w->supervisor()->findChild<QMessageBox *>()) && box->isVisible());
        QCOMPARE(box->text(), error);
        box->close();
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
