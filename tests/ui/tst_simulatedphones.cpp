// The simulated phones of issue 11 item 3 against the real simulated controller
// (hal::SimulatorRunner) with a real host session on the other end of its bytes: the test plays
// the engine, so that it can drive what T1-T9 will drive (line-key lamps, holds, the camp-on
// tone) before the engine does. The phones' view is made by the console's own conversion
// (app::SimulatorPhones::view) from the snapshot and a client picture fed with the service's
// state messages (extensions, programming). A screenshot goes to the build folder.

#include "app/simulatorphones.h"
#include "client/client.h"
#include "core/programming.h"
#include "hal/hostsession.h"
#include "hal/simulatorrunner.h"
#include "service/statebuilder.h"
#include "ui/extensionmodel.h"
#include "ui/phonebench.h"
#include "ui/phonespanel.h"
#include "ui/phonewidget.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace sb;

namespace {

constexpr quint8 flashKey = 0x04;
constexpr quint8 holdKey = 0x05;
constexpr quint8 transferKey = 0x06;
constexpr quint8 lineKey(int n)
{
    return quint8(0x10 + n - 1);
}

/// A client whose picture the test feeds with the service's state messages; it sends nothing.
class PictureClient : public client::Client
{
public:
    void start() override { }
    void stop() override { }
    client::Roles roles() const override { return client::allRoles(); }
    QString describe() const override { return QStringLiteral("test"); }
    bool isConnected() const override { return true; }
    void feed(const QString &topic, const QJsonObject &payload)
    {
        mutablePicture().apply(topic, payload);
        mutablePicture().flush();
    }

protected:
    void dispatch(client::Role, client::CommandOperation *) override { }
};

/// The phones of a SimulatorRunner on this thread, as SimulatorPhones gives them to the console.
class RunnerBench : public ui::PhoneBench
{
public:
    RunnerBench(hal::SimulatorRunner *runner, const client::Picture *picture)
        : m_runner(runner)
    {
        connect(runner, &hal::SimulatorRunner::phoneState, this,
            [this, picture](const hal::PhoneSnapshot &s) {
                emit phoneChanged(app::SimulatorPhones::view(s, picture));
            });
        connect(runner, &hal::SimulatorRunner::changed, this, &PhoneBench::changed);
    }
    void act(const QString &action) override
    {
        const QString error = m_runner->act(action);
        if (!error.isEmpty())
            emit failed(error);
    }
    void query(int station) override { m_runner->queryPhone(station); }
    void setTraffic(int) override { }
    int lineCount() const override { return m_runner->controller().options().lines; }

private:
    hal::SimulatorRunner *m_runner;
};

/// 8 stations, 4 lines; a host session on the controller's bytes, as the link would be; the
/// picture holds extensions 101-108 (port 5 a single-line set) and, unless told not to, their
/// programming: every line rings the attendant, line 2 also rings 103.
struct Rig
{
    explicit Rig(bool withProgramming = true)
        : runner([] {
            hal::SimulatedController::Options o;
            o.stations = 8;
            o.lines = 4;
            o.seed = 11;
            return o;
        }())
        , bench(&runner, &client.picture())
        , extensions(&client)
    {
        core::Programming p = core::Programming::factoryDefaults(8, 4);
        for (core::ExtensionConfig &e : p.extensions) {
            if (e.port == 3)
                e.lines = {2};
            if (e.port == 5)
                e.type = core::ExtensionType::SingleLine;
        }
        const QString epoch = QStringLiteral("e1");
        client.feed(QStringLiteral("service"),
            service::StateBuilder::service(QStringLiteral("online"), QStringLiteral("test"),
                QDateTime::currentDateTimeUtc(), epoch));
        QStringList numbers;
        for (const core::ExtensionConfig &e : p.extensions)
            numbers << e.number;
        client.feed(QStringLiteral("index"),
            QJsonObject {{"rev", 1}, {"epoch", epoch},
                {"extensions", QJsonArray::fromStringList(numbers)}, {"lines", QJsonArray {}},
                {"requests", QJsonArray {}}});
        for (const core::ExtensionConfig &e : p.extensions) {
            client.feed(QStringLiteral("extension/") + e.number,
                QJsonObject {{"rev", 1}, {"port", e.port}, {"number", e.number}, {"name", e.name},
                    {"type",
                        e.type == core::ExtensionType::SingleLine      ? "single-line"
                            : e.type == core::ExtensionType::Attendant ? "attendant"
                                                                       : "keyset"},
                    {"state", "idle"}, {"offHook", false}, {"peer", QJsonValue::Null},
                    {"line", QJsonValue::Null}, {"dnd", false}, {"forwardTo", QJsonValue::Null},
                    {"waiting", QJsonArray {}}, {"left", QJsonArray {}}, {"campedOn", false}});
        }
        if (withProgramming)
            client.feed(QStringLiteral("programming"), service::StateBuilder::programming(p, 1, 1));

        clock.start();
        QObject::connect(
            &runner, &hal::SimulatorRunner::transmit, &runner, [this](const QByteArray &bytes) {
                host.receive(bytes, clock.elapsed());
                for (auto &out : host.takeOutputs()) {
                    if (out.type == hal::HostSession::Output::Type::Event)
                        events.push_back(out.event);
                }
                toController();
            });
        host.opened(clock.elapsed());
        runner.powerUp();
        toController();
    }
    bool up()
    {
        return QTest::qWaitFor([this] {
            return host.state() == hal::HostSession::State::Up && extensions.rowCount() == 8;
        });
    }
    /// A command from the host (the engine's part, for now played by the test).
    void command(const core::Command &c)
    {
        host.send(c, clock.elapsed());
        toController();
    }
    /// What the host wrote goes to the controller, queued as from the link's thread.
    void toController()
    {
        const QByteArray bytes = host.takeWire();
        if (!bytes.isEmpty())
            QMetaObject::invokeMethod(
                &runner, [this, bytes] { runner.feed(bytes); }, Qt::QueuedConnection);
    }
    /// The KEY events the host received from `station`, in order.
    QList<quint8> keys(int station) const
    {
        QList<quint8> out;
        for (const core::Event &e : events) {
            if (e.type == core::Event::Type::Key && e.port == station)
                out << e.value;
        }
        return out;
    }

    PictureClient client;
    hal::SimulatorRunner runner;
    RunnerBench bench;
    ui::ExtensionModel extensions;
    hal::HostSession host;
    QElapsedTimer clock;
    std::vector<core::Event> events;
};

/// Visible widgets of `in` that overlap one another or stick out of it.
QStringList overlaps(QWidget *in)
{
    QList<QWidget *> shown;
    for (QWidget *w : in->findChildren<QWidget *>()) {
        if ((qobject_cast<QPushButton *>(w) || qobject_cast<QLabel *>(w)) && w->isVisibleTo(in))
            shown << w;
    }
    auto rect = [in](QWidget *w) { return QRect(w->mapTo(in, QPoint(0, 0)), w->size()); };
    auto name = [](QWidget *w) {
        auto *b = qobject_cast<QPushButton *>(w);
        auto *l = qobject_cast<QLabel *>(w);
        return b ? b->text() : l ? l->text() : QString();
    };
    QStringList out;
    for (int i = 0; i < shown.size(); ++i) {
        if (!in->rect().contains(rect(shown[i])))
            out << QStringLiteral("'%1' sticks out").arg(name(shown[i]));
        for (int j = i + 1; j < shown.size(); ++j) {
            if (shown[i]->isAncestorOf(shown[j]) || shown[j]->isAncestorOf(shown[i]))
                continue;
            if (rect(shown[i]).intersects(rect(shown[j])))
                out << QStringLiteral("'%1' overlaps '%2'").arg(name(shown[i]), name(shown[j]));
        }
    }
    return out;
}

} // namespace

class TestSimulatedPhones : public QObject
{
    Q_OBJECT
private slots:
    // T1: a keyset's line keys show what the host drives: fast flash (ringing in), slow flash
    // (held, waiting), on (talking), off; each flashing lamp goes dark and lit again at its rate,
    // and a lamp that stops flashing stays as told. R4's CALLBACK lamp flashes the same way.
    void t1_lineKeyLampsShowWhatTheHostDrives()
    {
        Rig r;
        QVERIFY(r.up());
        ui::PhoneWidget phone(QStringLiteral("A"), &r.bench, &r.extensions);
        phone.setStation(1); // the attendant: every line rings it (factory default)
        phone.QWidget::show();
        QTRY_VERIFY(phone.key(lineKey(4)));
        QVERIFY(!phone.key(lineKey(5))); // the controller has 4 lines
        for (int l = 1; l <= 4; ++l)
            QCOMPARE(phone.lamp(lineKey(l)), core::LampMode::Off);

        r.command(core::Command::lamp(1, lineKey(1), core::LampMode::FastFlash));
        r.command(core::Command::lamp(1, lineKey(2), core::LampMode::SlowFlash));
        r.command(core::Command::lamp(1, lineKey(3), core::LampMode::On));
        r.command(core::Command::lamp(1, 0x01, core::LampMode::SlowFlash)); // R4
        QTRY_COMPARE(phone.lamp(lineKey(1)), core::LampMode::FastFlash);
        QTRY_COMPARE(phone.lamp(lineKey(2)), core::LampMode::SlowFlash);
        QTRY_COMPARE(phone.lamp(lineKey(3)), core::LampMode::On);
        QTRY_COMPARE(phone.lamp(0x01), core::LampMode::SlowFlash);
        QCOMPARE(phone.lamp(lineKey(4)), core::LampMode::Off);
        QCOMPARE(phone.lamp(holdKey), core::LampMode::Off); // no lamp (T1)

        // Flashing: dark, then lit again; the steady lamp stays lit, the dark one dark.
        for (const quint8 k : {lineKey(1), lineKey(2), quint8(0x01)}) {
            QTRY_VERIFY_WITH_TIMEOUT(!phone.lampLit(k), 2000);
            QVERIFY(phone.key(k)->text().endsWith(QStringLiteral("○")));
            QTRY_VERIFY_WITH_TIMEOUT(phone.lampLit(k), 2000);
            QVERIFY(phone.key(k)->text().endsWith(QStringLiteral("●")));
            QVERIFY(phone.lampLit(lineKey(3)));
            QVERIFY(!phone.lampLit(lineKey(4)));
        }
        // The fast one changes about four times as often as the slow one.
        int fastChanges = 0, slowChanges = 0;
        bool fast = phone.lampLit(lineKey(1)), slow = phone.lampLit(lineKey(2));
        QElapsedTimer watch;
        watch.start();
        while (watch.elapsed() < 1600) {
            QTest::qWait(20);
            fastChanges += phone.lampLit(lineKey(1)) != fast;
            slowChanges += phone.lampLit(lineKey(2)) != slow;
            fast = phone.lampLit(lineKey(1));
            slow = phone.lampLit(lineKey(2));
        }
        // At least twice as often (about four times at ease; timers run late on a loaded machine).
        QVERIFY2(slowChanges >= 1 && slowChanges <= 4 && fastChanges >= 2 * slowChanges,
            qPrintable(QStringLiteral("fast %1, slow %2").arg(fastChanges).arg(slowChanges)));

        // Answered: the line's lamp goes steady; the held one goes out.
        r.command(core::Command::lamp(1, lineKey(1), core::LampMode::On));
        r.command(core::Command::lamp(1, lineKey(2), core::LampMode::Off));
        QTRY_COMPARE(phone.lamp(lineKey(1)), core::LampMode::On);
        QTRY_COMPARE(phone.lamp(lineKey(2)), core::LampMode::Off);
        QVERIFY(phone.lampLit(lineKey(1)));
        QCOMPARE(phone.key(lineKey(2))->text(), QStringLiteral("2")); // no lamp glyph
    }

    // T1: a keyset has a line key for every line that rings it (the programming); a line whose
    // lamp the host lights gets a key too. Without the programming, a key for every line.
    void t1_lineKeysFollowTheProgramming()
    {
        {
            Rig r;
            QVERIFY(r.up());
            ui::PhoneWidget phone(QStringLiteral("A"), &r.bench, &r.extensions);
            phone.setStation(3); // line 2 rings 103
            QTRY_VERIFY(phone.key(lineKey(2)));
            QVERIFY(!phone.key(lineKey(1)));
            r.command(core::Command::lamp(3, lineKey(4), core::LampMode::SlowFlash));
            QTRY_VERIFY(phone.key(lineKey(4)));
            QCOMPARE(phone.lamp(lineKey(4)), core::LampMode::SlowFlash);
            phone.setStation(4); // no line rings 104
            QTRY_VERIFY(!phone.key(lineKey(2)));
            QVERIFY(phone.key(holdKey) && phone.key(transferKey));
        }
        Rig r(false);
        QVERIFY(r.up());
        ui::PhoneWidget phone(QStringLiteral("A"), &r.bench, &r.extensions);
        phone.setStation(4);
        QTRY_VERIFY(phone.key(lineKey(4)));
        QVERIFY(phone.key(lineKey(1)));
    }

    // T1, T2, T3: HOLD, TRANSFER and a line key pressed on a keyset reach the host as KEY frames
    // with codes 0x05, 0x06 and 0x10 + n - 1; a single-line set has FLASH (0x04) and neither
    // HOLD, TRANSFER nor line keys.
    void t2t3_keysSendKeyFramesWithTheirCodes()
    {
        Rig r;
        QVERIFY(r.up());
        ui::PhoneWidget keyset(QStringLiteral("A"), &r.bench, &r.extensions);
        ui::PhoneWidget single(QStringLiteral("B"), &r.bench, &r.extensions);
        keyset.setStation(3);
        single.setStation(5);
        QTRY_VERIFY(keyset.key(lineKey(2)));
        QTRY_VERIFY(single.key(flashKey));
        QVERIFY(!keyset.key(flashKey));
        for (const quint8 k : {holdKey, transferKey, quint8(0x01), quint8(0x02), quint8(0x03)})
            QVERIFY(!single.key(k));

        keyset.handset()->click();
        QTRY_VERIFY(r.runner.controller().station(3).offHook);
        keyset.key(holdKey)->click();
        keyset.key(transferKey)->click();
        keyset.key(lineKey(2))->click();
        QTRY_COMPARE(r.keys(3), (QList<quint8> {0x05, 0x06, 0x11}));

        single.handset()->click();
        single.key(flashKey)->click();
        QTRY_COMPARE(r.keys(5), QList<quint8> {0x04});
    }

    // R8 (and T5): the camp-on tone is a short burst; the phone shows "Camp-on beep", flashing,
    // while it sounds, also in the middle of a call, and not after.
    void r8_campOnBeepShowsWhileItSounds()
    {
        Rig r;
        QVERIFY(r.up());
        ui::PhoneWidget b(QStringLiteral("B"), &r.bench, &r.extensions);
        b.setStation(4);
        b.QWidget::show();
        b.handset()->click();
        r.runner.act(QStringLiteral("off-hook 6"));
        QTRY_VERIFY(r.runner.controller().station(4).offHook);
        r.command(
            core::Command::connect(core::EndpointKind::Station, 4, core::EndpointKind::Station, 6));
        QTRY_VERIFY(b.hearing()->text().startsWith(QStringLiteral("Talking with")));
        QVERIFY(b.campOnBeep()->text().isEmpty());

        QElapsedTimer sounded;
        r.command(core::Command::tone(4, core::Tone::CampOn));
        sounded.start();
        QTRY_VERIFY(b.campOnBeep()->text().contains(QStringLiteral("Camp-on beep")));
        QVERIFY(b.hearing()->text().startsWith(QStringLiteral("Talking with"))); // mixed in
        QTRY_VERIFY_WITH_TIMEOUT(b.campOnBeep()->text().isEmpty(), 2000);
        // Shown for about the burst (0.5 s), by the phone's own timer.
        QVERIFY2(sounded.elapsed() >= 300 && sounded.elapsed() < 3000,
            qPrintable(QString::number(sounded.elapsed())));
    }

    // T2, T3 and CLP/1 RELEASE: a seized line in no talk path hears music on hold, and the
    // phones' lines strip says so; in a path again it does not.
    void t2_heldLineHearsMusicOnHoldOnTheLinesStrip()
    {
        Rig r;
        QVERIFY(r.up());
        ui::PhonesPanel panel(&r.bench, &r.extensions);
        panel.show();
        QTRY_COMPARE(panel.lineStatus()->text(), QStringLiteral("No line rings in or is on hold."));
        QVERIFY(r.runner.controller().ringLineIn(2, r.runner.now()));
        r.runner.act(QStringLiteral("off-hook 3"));
        QTRY_VERIFY(panel.lineStatus()->text().contains(QStringLiteral("Line 2: ringing in")));
        r.command(core::Command::line(2, true));
        r.command(
            core::Command::connect(core::EndpointKind::Station, 3, core::EndpointKind::Line, 2));
        QTRY_COMPARE(panel.lineStatus()->text(), QStringLiteral("No line rings in or is on hold."));
        r.command(core::Command::release(core::EndpointKind::Station, 3)); // HOLD at 103 (T2)
        QTRY_COMPARE(panel.lineStatus()->text(),
            QStringLiteral("Line 2: held, the caller hears music on hold"));
        QVERIFY(r.runner.controller().lineOnHoldMusic(2));
        r.command(core::Command::connect(
            core::EndpointKind::Line, 2, core::EndpointKind::Station, 3)); // retrieved
        QTRY_COMPARE(panel.lineStatus()->text(), QStringLiteral("No line rings in or is on hold."));
    }

    // The phones stay tidy in the side pane (at most 560 wide): with the attendant's line keys
    // on A and a single-line set on B nothing overlaps or sticks out.
    void layoutHasNoOverlap()
    {
        Rig r;
        QVERIFY(r.up());
        ui::PhonesPanel panel(&r.bench, &r.extensions);
        panel.resize(560, 760);
        panel.phone(0)->setStation(1);
        panel.phone(1)->setStation(5);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        r.command(core::Command::lamp(1, lineKey(1), core::LampMode::FastFlash));
        r.command(core::Command::lamp(1, lineKey(2), core::LampMode::On));
        r.command(core::Command::lamp(1, 0x01, core::LampMode::On));
        r.runner.act(QStringLiteral("off-hook 1"));
        QTRY_VERIFY(panel.phone(0)->key(lineKey(4)));
        QTRY_VERIFY(panel.phone(1)->key(flashKey));
        QTRY_COMPARE(panel.phone(0)->lamp(lineKey(1)), core::LampMode::FastFlash);
        r.command(core::Command::tone(1, core::Tone::CampOn));
        QTRY_VERIFY(!panel.phone(0)->campOnBeep()->text().isEmpty());
        panel.grab().save(QDir::current().filePath(QStringLiteral("simulated-phones.png")));
        const QStringList bad = overlaps(&panel);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestSimulatedPhones)
#include "tst_simulatedphones.moc"
