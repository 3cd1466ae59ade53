// A first-time user plays the seed's story in the console on the built-in simulated controller,
// only by clicking the simulated phones: leave a callback at a busy colleague, see it queued,
// see the callback ring, answer, and be connected. The real call service in this process
// (client::InProcessClient, as `switchboard` without --bus runs it), its link and simulator.

#include "app/simulatorphones.h"
#include "client/inprocessclient.h"
#include "core/programmingjson.h"
#include "storage/atomicfile.h"
#include "ui/extensionmodel.h"
#include "ui/mainwindow.h"
#include "ui/phonespanel.h"
#include "ui/phonewidget.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;

namespace {

QPushButton *button(QWidget *in, const QString &text)
{
    for (QPushButton *b : in->findChildren<QPushButton *>()) {
        if (b->text() == text || b->text().startsWith(text + QLatin1Char(' ')))
            return b;
    }
    return nullptr;
}

void dial(ui::PhoneWidget *phone, const QString &digits)
{
    for (const QChar d : digits) {
        QPushButton *k = button(phone, QString(d));
        QVERIFY(k);
        k->click();
    }
}

int rowOf(ui::ExtensionModel *m, const QString &number)
{
    return m->rowOfNumber(number);
}

/// The console over the call service in this process on the built-in simulated controller (16
/// stations, 2 lines, 4 times real time), with its phones, started and linked.
struct Console
{
    explicit Console(std::optional<core::Programming> programming = std::nullopt)
        : client(settings(programming))
        , window(&client)
    {
        window.show();
    }
    service::CallService::Settings settings(const std::optional<core::Programming> &programming)
    {
        service::CallService::Settings s;
        s.connection.stations = 16;
        s.connection.lines = 2;
        s.connectionChosen = true;
        s.simulatorSpeed = 4;
        s.programmingFile = dir.filePath(QStringLiteral("programming.json"));
        if (programming)
            storage::AtomicFile::save(
                s.programmingFile, core::programmingjson::write(*programming));
        s.version = QStringLiteral("test");
        s.deviceLister = [] { return core::Devices {}; };
        return s;
    }
    bool start()
    {
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        client.start();
        app::SimulatorPhones::follow(&client, &window);
        return QTest::qWaitFor(
            [this] {
                return window.model()->isCurrent() && window.model()->rowCount() == 16
                    && window.phones();
            },
            10000);
    }
    QTemporaryDir dir;
    client::InProcessClient client;
    ui::MainWindow window;
};

} // namespace

class TestConsoleStory : public QObject
{
    Q_OBJECT
private slots:
    void seedStoryByClickingThePhones()
    {
        Console c;
        QVERIFY(c.start());
        ui::MainWindow &w = c.window;

        ui::PhoneWidget *a = w.phones()->phone(0); // 103
        ui::PhoneWidget *b = w.phones()->phone(1); // 104
        QCOMPARE(a->station(), 3);
        QCOMPARE(b->station(), 4);

        // B is on the phone.
        b->handset()->click();
        QTRY_COMPARE(b->hearing()->text(), QStringLiteral("Hears: dial tone"));
        // A calls B: busy; the display hints at CALLBACK.
        a->handset()->click();
        QTRY_COMPARE(a->hearing()->text(), QStringLiteral("Hears: dial tone"));
        dial(a, QStringLiteral("104"));
        QTRY_COMPARE(a->hearing()->text(), QStringLiteral("Hears: busy tone"));
        QTRY_VERIFY(a->displayRow(1)->text().contains(QStringLiteral("CALLBACK")));
        button(a, QStringLiteral("CALLBACK"))->click();
        QTRY_VERIFY(a->displayRow(0)->text().startsWith(QStringLiteral("Callback 104")));
        a->handset()->click(); // hang up: a callback now
        // The grid shows it queued at 104 and left by 103.
        QTRY_COMPARE(
            w.model()->extension(rowOf(w.model(), QStringLiteral("104"))).waiting.size(), 1);
        QTRY_COMPARE(w.model()->extension(rowOf(w.model(), QStringLiteral("103"))).left.size(), 1);
        QTest::qWait(200);
        w.grab().save(QStringLiteral("story-1-callback-queued.png"));

        // B hangs up: A gets the callback ring.
        b->handset()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            a->findChildren<QLabel *>().size() > 0 && button(a, QStringLiteral("Answer")), 3000);
        QTRY_COMPARE(w.model()->extension(rowOf(w.model(), QStringLiteral("103"))).state,
            core::CallState::CallbackRinging);
        QTest::qWait(200);
        w.grab().save(QStringLiteral("story-2-callback-ring.png"));
        // A answers: B rings; B answers: connected, the request is complete.
        button(a, QStringLiteral("Answer"))->click();
        QTRY_VERIFY(button(b, QStringLiteral("Answer")));
        button(b, QStringLiteral("Answer"))->click();
        QTRY_COMPARE(a->hearing()->text(), QStringLiteral("Talking with 104"));
        QTRY_COMPARE(b->hearing()->text(), QStringLiteral("Talking with 103"));
        QTRY_COMPARE(w.model()->extension(rowOf(w.model(), QStringLiteral("103"))).state,
            core::CallState::Talking);
        QTRY_COMPARE(
            w.model()->extension(rowOf(w.model(), QStringLiteral("104"))).waiting.size(), 0);
        QTest::qWait(200);
        w.grab().save(QStringLiteral("story-3-connected.png"));
    }

    // Issue 9 item 11: the simulated phone shows "Jürgen Müller-Straße" transliterated, cut to
    // the display's 24 characters after transliteration (it showed "J?rgen M?l").
    void issue9_item11_phoneDisplayTransliteratesNames()
    {
        core::Programming p = core::Programming::factoryDefaults(16, 2);
        p.factory = false;
        for (core::ExtensionConfig &e : p.extensions) {
            if (e.port == 3)
                e.name = QStringLiteral("Jürgen Müller-Straße");
        }
        Console c(p);
        QVERIFY(c.start());
        ui::PhoneWidget *a = c.window.phones()->phone(0); // 103
        ui::PhoneWidget *b = c.window.phones()->phone(1); // 104
        a->handset()->click();
        QTRY_COMPARE(a->hearing()->text(), QStringLiteral("Hears: dial tone"));
        dial(a, QStringLiteral("104"));
        QTRY_COMPARE(b->displayRow(0)->text(), QStringLiteral("Call from 103 Juergen Mu"));
    }

    // Issue 9 item 17: digits on a phone whose handset is down get a hint, which goes when the
    // handset is lifted.
    void issue9_item17_digitsOnTheHookGetAHint()
    {
        Console c;
        QVERIFY(c.start());
        ui::PhoneWidget *a = c.window.phones()->phone(0);
        QTRY_COMPARE(a->hearing()->text(), QStringLiteral("Handset down"));
        QVERIFY(a->hint()->text().isEmpty());
        dial(a, QStringLiteral("1"));
        QVERIFY2(a->hint()->text().startsWith(QStringLiteral("Lift the handset first")),
            qPrintable(a->hint()->text()));
        a->handset()->click();
        QTRY_COMPARE(a->hearing()->text(), QStringLiteral("Hears: dial tone"));
        QVERIFY(a->hint()->text().isEmpty());
        dial(a, QStringLiteral("1"));
        QVERIFY(a->hint()->text().isEmpty());
        a->handset()->click();
        QTRY_COMPARE(a->hearing()->text(), QStringLiteral("Handset down"));

        // Round 2: whether digits count on the hook is the CLEAR menu's being open (the call
        // processor's state, PhoneView::clearMenu, from the service's state/extension), not text
        // in the display's second row. The menu open: no hint.
        QPushButton *clear = nullptr;
        for (QPushButton *p : a->findChildren<QPushButton *>())
            clear = p->text() == QStringLiteral("CLEAR") ? p : clear;
        QVERIFY(clear);
        clear->click();
        QTRY_COMPARE(a->displayRow(1)->text().trimmed(), QStringLiteral("2 Clear forwarding"));
        // The service's state says the menu is open (state/extension's clearMenu), and the phone
        // has asked again since.
        QTRY_VERIFY(c.client.picture().extension(QStringLiteral("103"))->clearMenu);
        auto *bench = c.window.findChild<app::SimulatorPhones *>();
        QVERIFY(bench);
        QSignalSpy viewed(bench, &ui::PhoneBench::phoneChanged);
        QTRY_VERIFY(std::any_of(viewed.cbegin(), viewed.cend(), [](const QList<QVariant> &v) {
            const auto view = v.at(0).value<ui::PhoneView>();
            return view.station == 3 && view.clearMenu;
        }));
        dial(a, QStringLiteral("2"));
        QVERIFY2(a->hint()->text().isEmpty(), qPrintable(a->hint()->text()));
        QTRY_VERIFY(a->displayRow(1)->text().trimmed() != QStringLiteral("2 Clear forwarding"));

        // The menu closed by the choice: digits on the hook get the hint again.
        dial(a, QStringLiteral("1"));
        QVERIFY2(a->hint()->text().startsWith(QStringLiteral("Lift the handset first")),
            qPrintable(a->hint()->text()));
    }

    // Issue 9 item 17: the traffic generator drives the office but not the two phones a person
    // operates as A and B, also after choosing another extension on one of them.
    void issue9_item17_trafficSparesThePhonesInUse()
    {
        Console c;
        QVERIFY(c.start());
        ui::PhoneWidget *b = c.window.phones()->phone(1);
        b->setStation(6); // B now plays 106; 104 is free for the traffic
        QSet<QString> lifted;
        QObject::connect(c.window.model(), &QAbstractItemModel::dataChanged, [&] {
            for (int r = 0; r < c.window.model()->rowCount(); ++r) {
                const client::Extension &s = c.window.model()->extension(r);
                if (s.offHook || s.state == core::CallState::Ringing)
                    lifted.insert(s.number);
            }
        });
        QCheckBox *traffic = c.window.phones()->findChild<QCheckBox *>();
        QVERIFY(traffic);
        for (QSpinBox *rate : c.window.phones()->findChildren<QSpinBox *>()) {
            if (rate->maximum() == 600)
                rate->setValue(600); // calls per minute
        }
        traffic->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            lifted.size() >= 6 && lifted.contains(QStringLiteral("104")), 10000);
        traffic->click();
        QVERIFY2(!lifted.contains(QStringLiteral("103")) && !lifted.contains(QStringLiteral("106")),
            qPrintable(QStringList(lifted.values()).join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestConsoleStory)
#include "tst_consolestory.moc"
