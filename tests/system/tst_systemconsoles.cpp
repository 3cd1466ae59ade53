// Issue 10's system tests, consoles side: switchboardd on switchboard-sim's pty over a real
// Mosquitto with console-bus.md section 5's ACL, consoles as BusClients. Items of "How it must
// be tested": two consoles and the service; a console killed; roles and forgery; two installers
// applying programming on the same revision.

#include "tests/support/servicerig.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace sb;
using sb::client::BusClient;
using sb::client::Role;
using sb::test::Answer;
using sb::test::ServiceRig;

#define VERIFY_RIG(call) QVERIFY2((call), qPrintable(rig.errorString()))
#define COMPARE_PICTURE(client)                                                                    \
    do {                                                                                           \
        const QStringList diff_ = rig.waitEqual((client)->picture());                              \
        QVERIFY2(diff_.isEmpty(), qPrintable(diff_.join(QLatin1Char('\n'))));                      \
    } while (false)

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The name of extension `number` in a programming (the file's format).
QString nameIn(const QJsonObject &programming, const QString &number)
{
    for (const QJsonValue &v : programming[u"extensions"].toArray()) {
        if (v[u"number"].toString() == number)
            return v[u"name"].toString();
    }
    return QStringLiteral("<no extension %1>").arg(number);
}

/// `programming` with extension `number` renamed.
QJsonObject renamed(QJsonObject programming, const QString &number, const QString &name)
{
    QJsonArray extensions = programming[u"extensions"].toArray();
    for (qsizetype i = 0; i < extensions.size(); ++i) {
        QJsonObject e = extensions.at(i).toObject();
        if (e[u"number"].toString() == number) {
            e.insert(QStringLiteral("name"), name);
            extensions.replace(i, e);
        }
    }
    programming.insert(QStringLiteral("extensions"), extensions);
    programming.remove(QStringLiteral("revision"));
    programming.remove(QStringLiteral("rev"));
    return programming;
}

/// The sockets of /proc/net/tcp (IPv4): local port, remote port, state, inode.
struct TcpSocket
{
    quint16 local;
    quint16 remote;
    int state;
    QByteArray inode;
};

QList<TcpSocket> tcpSockets()
{
    QList<TcpSocket> sockets;
    QFile f(QStringLiteral("/proc/net/tcp"));
    if (!f.open(QIODevice::ReadOnly))
        return sockets;
    f.readLine(); // the header
    while (!f.atEnd()) {
        const QList<QByteArray> w = f.readLine().simplified().split(' ');
        if (w.size() < 10)
            continue;
        sockets.append({quint16(w.at(1).split(':').value(1).toUInt(nullptr, 16)),
            quint16(w.at(2).split(':').value(1).toUInt(nullptr, 16)), w.at(3).toInt(nullptr, 16),
            w.at(9)});
    }
    return sockets;
}

/// The inodes of the sockets process `pid` holds ("self" for this one).
QSet<QByteArray> socketInodes(const QString &pid)
{
    QSet<QByteArray> inodes;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::System)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.contains(QLatin1String("socket:[")))
            inodes.insert(target.section(QLatin1Char('['), 1).chopped(1).toLatin1());
    }
    return inodes;
}

/// The local port of the TCP connection of child process `pid` that is its own (not one of
/// this process's, which a child inherits), or 0.
quint16 localPort(qint64 pid)
{
    const QSet<QByteArray> inherited = socketInodes(QStringLiteral("self"));
    for (const QByteArray &inode : socketInodes(QString::number(pid))) {
        if (inherited.contains(inode))
            continue;
        for (const TcpSocket &s : tcpSockets()) {
            if (s.inode == inode)
                return s.local;
        }
    }
    return 0;
}

/// True while the broker's end of the connection from `clientPort` is open (established, or
/// closed by the client and not yet by the broker: CLOSE_WAIT).
bool brokerHolds(quint16 brokerPort, quint16 clientPort)
{
    const QList<TcpSocket> sockets = tcpSockets();
    return std::any_of(sockets.begin(), sockets.end(), [&](const TcpSocket &s) {
        return s.local == brokerPort && s.remote == clientPort && (s.state == 1 || s.state == 8);
    });
}

} // namespace

class TestSystemConsoles : public QObject
{
    Q_OBJECT
private:
    /// Broker, simulator (8 stations, 2 lines) and service, all up.
    static bool startAll(ServiceRig &rig)
    {
        return rig.startBroker() && rig.startSim(8, 2) && rig.startService();
    }

    /// 103 calls busy 104 and leaves a callback (R1), then hangs up: one live request.
    static bool leaveCallback(ServiceRig &rig)
    {
        return rig.play({QStringLiteral("off-hook 4")}, QStringLiteral("^host TONE 4 dial"))
            && rig.play({QStringLiteral("off-hook 3"), QStringLiteral("dial 3 104")},
                QStringLiteral("^host TONE 3 busy"))
            && rig.play({QStringLiteral("key 3 CALLBACK")}, QStringLiteral("^host TONE 3 confirm"))
            && rig.play({QStringLiteral("on-hook 3")}, QString())
            && QTest::qWaitFor(
                [&] {
                    return rig.raw().requestIds().size() == 1
                        && !rig.raw().item(QStringLiteral("extension/103"))[u"offHook"].toBool();
                },
                10000);
    }

    /// The rest of the seed's story: B hangs up, A gets the callback ring (R4), answers, B
    /// rings (R5), answers: connected, the request completed.
    static bool serveCallback(ServiceRig &rig)
    {
        return rig.play({QStringLiteral("on-hook 4")}, QStringLiteral("^host RING 3 callback"))
            && rig.play({QStringLiteral("off-hook 3")}, QStringLiteral("^host RING 4 intercom"))
            && rig.play(
                {QStringLiteral("off-hook 4")}, QStringLiteral("^host CONNECT station 3 station 4"))
            && QTest::qWaitFor([&] { return rig.raw().requestIds().isEmpty(); }, 10000);
    }

private slots:
    // "Two consoles and the service: after the seed's story, both show exactly the service's
    // picture." Compared at the story's two resting points: a callback waiting (R1), and A and
    // B connected after it was served (R4, R5).
    void twoConsolesShowTheServicesPictureThroughTheSeedStory()
    {
        ServiceRig rig;
        VERIFY_RIG(startAll(rig));
        BusClient *alice = rig.console(QStringLiteral("alice"));
        BusClient *bob = rig.console(QStringLiteral("bob"));
        COMPARE_PICTURE(alice);
        COMPARE_PICTURE(bob);

        VERIFY_RIG(leaveCallback(rig));
        COMPARE_PICTURE(alice);
        COMPARE_PICTURE(bob);
        const client::Extension *target = alice->picture().extension(QStringLiteral("104"));
        QVERIFY(target);
        QCOMPARE(target->waiting.size(), 1);
        QCOMPARE(alice->picture().requests().size(), 1);
        QCOMPARE(alice->picture().requests().first()->caller, QStringLiteral("103"));

        VERIFY_RIG(serveCallback(rig));
        COMPARE_PICTURE(alice);
        COMPARE_PICTURE(bob);
        QCOMPARE(bob->picture().extension(QStringLiteral("103"))->state, core::CallState::Talking);
        QCOMPARE(bob->picture().extension(QStringLiteral("104"))->peer, QStringLiteral("103"));
        QVERIFY(bob->picture().requests().isEmpty());

        // SIGTERM ends the service cleanly: exit status 0, and the consoles see it offline.
        VERIFY_RIG(rig.stopService());
        QTRY_VERIFY_WITH_TIMEOUT(!alice->picture().service().online, 10000);
        QVERIFY(!bob->picture().isCurrent());
        QVERIFY(!rig.raw().online());
    }

    // "A console killed: the other consoles and call processing do not notice." The killed
    // console is a real subscriber of its own process (mosquitto_sub as carol on R/state/# and
    // R/event), ended with SIGKILL: its connection drops without DISCONNECT.
    void consoleKilledIsNotNoticed()
    {
        ServiceRig rig;
        VERIFY_RIG(startAll(rig));
        BusClient *alice = rig.console(QStringLiteral("alice"));
        COMPARE_PICTURE(alice);
        VERIFY_RIG(leaveCallback(rig));
        COMPARE_PICTURE(alice);

        test::LineProcess carol(QStringLiteral("mosquitto_sub"));
        const QString root = rig.broker().root();
        QVERIFY(carol.start(QStringLiteral("mosquitto_sub"),
            {QStringLiteral("-V"), QStringLiteral("mqttv5"), QStringLiteral("-h"),
                rig.broker().host(), QStringLiteral("-p"), QString::number(rig.broker().port()),
                QStringLiteral("-u"), QStringLiteral("carol"), QStringLiteral("-P"),
                ServiceRig::password(QStringLiteral("carol")), QStringLiteral("-i"),
                QStringLiteral("carol-console"), QStringLiteral("-q"), QStringLiteral("1"),
                QStringLiteral("-v"), QStringLiteral("-t"), root + QStringLiteral("/state/#"),
                QStringLiteral("-t"), root + QStringLiteral("/event")}));
        // It holds the picture: the retained index has reached it.
        QVERIFY2(carol.waitFor(QStringLiteral("/state/index "), 0, 10000) >= 0,
            qPrintable(carol.tail()));

        QSignalSpy events(alice, &client::Client::eventReceived);
        const QMap<QString, QJsonObject> before = rig.raw().withoutCounters();
        const quint16 carolPort = localPort(carol.pid());
        QVERIFY(carolPort != 0);
        QVERIFY(brokerHolds(rig.broker().port(), carolPort));
        carol.kill();
        // The broker has seen the connection go: its end of carol's TCP connection is closed.
        QTRY_VERIFY_WITH_TIMEOUT(!brokerHolds(rig.broker().port(), carolPort), 10000);
        // A command after it is answered, and nothing was published because of the kill: the
        // only event is that command's.
        const Answer fence = test::await(alice->send(
            Role::Reception, {{"action", "set-dnd"}, {"extension", "105"}, {"on", false}}));
        QVERIFY2(fence.ok, qPrintable(fence.error));
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 10000);
        QCOMPARE(
            events.first().at(0).toJsonObject()[u"kind"].toString(), QStringLiteral("command"));
        QCOMPARE(rig.raw().withoutCounters(), before);
        // A call still completes: the seed's callback is served and connects (R4, R5).
        VERIFY_RIG(serveCallback(rig));
        COMPARE_PICTURE(alice);
        QVERIFY(rig.service().isRunning());
        QCOMPARE(rig.service().count(QStringLiteral("carol")), 0);
    }

    // "Roles and forgery: a receptionist sending installer commands is refused." By the broker
    // when sent on the installer's topic (PUBACK 0x87), by the service (forbidden) when sent on
    // reception's own topic; nothing changes either way.
    void receptionistInstallerCommandsAreRefused()
    {
        ServiceRig rig;
        VERIFY_RIG(startAll(rig));
        // A console configured with roles its user does not hold on the broker.
        BusClient *alice = rig.console(
            QStringLiteral("alice"), Role::Reception | Role::Supervisor | Role::Installer);
        COMPARE_PICTURE(alice);
        const QMap<QString, QJsonObject> before = rig.raw().withoutCounters();
        const QByteArray file = readFile(rig.configFile());

        QJsonObject programming = renamed(rig.raw().item(QStringLiteral("programming")),
            QStringLiteral("102"), QStringLiteral("Forged"));
        const QJsonObject apply {{"action", "apply-programming"}, {"programming", programming},
            {"basedOn", rig.raw().item(QStringLiteral("programming"))[u"revision"]}};

        Answer a = test::await(alice->send(Role::Installer, apply));
        QVERIFY(a.done);
        QCOMPARE(a.error, client::CommandOperation::brokerRefusedError);
        a = test::await(alice->send(Role::Supervisor,
            {{"action", "history"}, {"from", "2026-01-01T00:00:00Z"},
                {"to", "2026-12-31T00:00:00Z"}}));
        QCOMPARE(a.error, client::CommandOperation::brokerRefusedError);

        // On its own topic the service refuses an action above the role (section 4).
        for (const QJsonObject &command : {apply,
                 QJsonObject {{"action", "set-connection"},
                     {"connection", QJsonObject {{"transport", "serial"}}}},
                 QJsonObject {{"action", "audit"}, {"from", "2026-01-01T00:00:00Z"},
                     {"to", "2026-12-31T00:00:00Z"}},
                 QJsonObject {{"action", "cancel-request"}, {"id", 1}},
                 QJsonObject {{"action", "report"}, {"from", "2026-01-01T00:00:00Z"},
                     {"to", "2026-12-31T00:00:00Z"}}}) {
            a = test::await(alice->send(Role::Reception, command));
            QVERIFY(a.done);
            QVERIFY2(a.error == QLatin1String("forbidden"),
                qPrintable(command[u"action"].toString() + QStringLiteral(": ") + a.error));
        }
        // A reception action on the same topic works (the refusals were about the role).
        a = test::await(alice->send(
            Role::Reception, {{"action", "set-dnd"}, {"extension", "105"}, {"on", false}}));
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.reply[u"changed"].toBool(true), false);

        QCOMPARE(rig.raw().withoutCounters(), before);
        QCOMPARE(readFile(rig.configFile()), file);
        QCOMPARE(alice->picture().extension(QStringLiteral("102"))->name,
            before.value(QStringLiteral("extension/102"))[u"name"].toString());
    }

    // "A console publishing under R/state/# is blocked by the ACL: no other client ever sees
    // it." And "a user publishing under another user's name is blocked."
    void forgedStateAndForeignNamesAreBlocked()
    {
        ServiceRig rig;
        VERIFY_RIG(startAll(rig));
        BusClient *bob = rig.console(QStringLiteral("bob"));
        COMPARE_PICTURE(bob);
        const QMap<QString, QJsonObject> before = rig.raw().withoutCounters();
        const QString root = rig.broker().root();

        // A watcher of everything a console may read, and bob's events.
        bus::MqttClient watcher(rig.settings(QStringLiteral("sue")));
        QList<bus::Message> seen;
        QObject::connect(&watcher, &bus::MqttClient::messageReceived,
            [&seen](const bus::Message &m) { seen << m; });
        watcher.subscribe(root + QStringLiteral("/state/#"));
        watcher.subscribe(root + QStringLiteral("/event"));
        QSignalSpy watching(&watcher, &bus::MqttClient::subscribed);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watching.count(), 2, 10000);
        QSignalSpy bobEvents(bob, &client::Client::eventReceived);

        bus::MqttClient alice(rig.settings(QStringLiteral("alice")));
        QSignalSpy published(&alice, &bus::MqttClient::published);
        QSignalSpy connected(&alice, &bus::MqttClient::connected);
        alice.start();
        QVERIFY(connected.wait(10000));

        const QByteArray forged = json({{"rev", 999999}, {"port", 2}, {"number", "102"},
            {"name", "FORGED"}, {"type", "keyset"}, {"state", "talking"}, {"offHook", true},
            {"peer", QJsonValue::Null}, {"line", QJsonValue::Null}, {"dnd", false},
            {"forwardTo", QJsonValue::Null}, {"waiting", QJsonArray {}}, {"left", QJsonArray {}},
            {"campedOn", false}});
        const QString reply = root + QStringLiteral("/reply/alice/forge");
        const QByteArray setDnd = json({{"action", "set-dnd"}, {"extension", "102"}, {"on", true}});
        QList<int> mids;
        // Under R/state (retained and not), and R/event: only the service may publish there.
        mids << alice.publish(root + QStringLiteral("/state/extension/102"), forged, true);
        mids << alice.publish(root + QStringLiteral("/state/extension/102"), forged, false);
        mids << alice.publish(root + QStringLiteral("/state/index"),
            json({{"rev", 999999}, {"epoch", "FORGED"}, {"extensions", QJsonArray {"102"}},
                {"lines", QJsonArray {}}, {"requests", QJsonArray {}}}),
            true);
        mids << alice.publish(root + QStringLiteral("/state/service"),
            json({{"state", "offline"}, {"epoch", "FORGED"}}), true);
        mids << alice.publish(root + QStringLiteral("/event"),
            json({{"at", "2026-12-02T09:15:04.120Z"}, {"kind", "link.down"}, {"FORGED", true}}));
        // Commands under another user's name, and a role alice does not hold.
        mids << alice.publish(
            root + QStringLiteral("/command/reception/bob"), setDnd, false, 1, reply, "c1");
        mids << alice.publish(
            root + QStringLiteral("/command/installer/ian"), setDnd, false, 1, reply, "c2");
        mids << alice.publish(
            root + QStringLiteral("/command/supervisor/alice"), setDnd, false, 1, reply, "c3");
        // A reply forged to bob's reply topic.
        mids << alice.publish(root + QStringLiteral("/reply/bob/x"), json({{"ok", true}}));
        QVERIFY(!mids.contains(-1));
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), int(mids.size()), 10000);
        for (const QList<QVariant> &args : std::as_const(published))
            QCOMPARE(args.at(1).toInt(), bus::MqttClient::NotAuthorized);

        // On her own command topic with a reply topic of bob's: neither answered nor carried out
        // (section 4). Then a fence: alice's own command, answered; the service handles
        // commands in order, so the one before it has been dropped by then.
        QList<bus::Message> replies;
        QObject::connect(&alice, &bus::MqttClient::messageReceived,
            [&replies](const bus::Message &m) { replies << m; });
        QSignalSpy subscribed(&alice, &bus::MqttClient::subscribed);
        alice.subscribe(root + QStringLiteral("/reply/alice/#"));
        QVERIFY(subscribed.wait(10000));
        QVERIFY(alice.publish(root + QStringLiteral("/command/reception/alice"), setDnd, false, 1,
                    root + QStringLiteral("/reply/bob/steal"), "c4")
            > 0);
        QVERIFY(alice.publish(root + QStringLiteral("/command/reception/alice"),
                    json({{"action", "set-dnd"}, {"extension", "105"}, {"on", false}}), false, 1,
                    reply, "fence")
            > 0);
        QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 1, 10000);
        QCOMPARE(replies.first().correlationData, QByteArray("fence"));
        // The fence's command event reaches the watcher after anything published before it.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(seen.begin(), seen.end(),
                [](const bus::Message &m) { return m.payload.contains("\"command\""); }),
            10000);

        for (const bus::Message &m : std::as_const(seen))
            QVERIFY2(!m.payload.contains("FORGED"), qPrintable(m.topic));
        for (const QList<QVariant> &args : std::as_const(bobEvents)) {
            const QJsonObject event = args.at(0).toJsonObject();
            QCOMPARE(event[u"kind"].toString(), QStringLiteral("command"));
            QCOMPARE(event[u"by"].toString(), QStringLiteral("alice"));
            QCOMPARE(event[u"action"].toString(), QStringLiteral("set-dnd"));
        }
        QCOMPARE(rig.raw().withoutCounters(), before);
        QCOMPARE(bob->picture().extension(QStringLiteral("102"))->dnd, false);
        QCOMPARE(bob->picture().extension(QStringLiteral("102"))->name,
            before.value(QStringLiteral("extension/102"))[u"name"].toString());
        COMPARE_PICTURE(bob);
        // A client that joins now gets only the service's retained state.
        test::RawState late(rig.settings(QStringLiteral("carol")), root);
        QTRY_VERIFY_WITH_TIMEOUT(late.isComplete() && late.withoutCounters() == before, 10000);
        alice.stop();
        watcher.stop();
    }

    // "Two installers apply programming based on the same revision: the second gets conflict,
    // and neither change is lost or half-applied."
    void twoInstallersOnOneRevision()
    {
        ServiceRig rig;
        // 32 stations and 8 lines: the factory programming the service publishes is that size
        // whatever the controller, and apply-programming refuses a port or line the controller
        // lacks, so on a smaller controller it could not be sent back unchanged.
        VERIFY_RIG(rig.startBroker() && rig.startSim(32, 8) && rig.startService());
        BusClient *ian = rig.console(QStringLiteral("ian"), Role::Installer);
        BusClient *ivy = rig.console(QStringLiteral("ivy"), Role::Installer);
        COMPARE_PICTURE(ian);
        COMPARE_PICTURE(ivy);
        const QJsonObject base = rig.raw().item(QStringLiteral("programming"));
        const qint64 revision = base[u"revision"].toInteger(-1);
        QVERIFY(revision >= 0);
        QCOMPARE(ian->picture().programmingRevision(), revision);

        // Both edited revision `revision`; both send at once.
        const auto apply = [&](const QJsonObject &programming, qint64 basedOn) {
            return QJsonObject {{"action", "apply-programming"}, {"programming", programming},
                {"basedOn", basedOn}};
        };
        client::CommandOperation *ianOp = ian->send(
            apply(renamed(base, QStringLiteral("102"), QStringLiteral("Ian's desk")), revision));
        client::CommandOperation *ivyOp = ivy->send(
            apply(renamed(base, QStringLiteral("103"), QStringLiteral("Ivy's desk")), revision));
        const Answer ianAnswer = test::await(ianOp);
        const Answer ivyAnswer = test::await(ivyOp);
        QVERIFY(ianAnswer.done && ivyAnswer.done);
        // Exactly one is applied; the other is refused as conflict (which one depends on the
        // order the broker delivered them).
        QVERIFY2(ianAnswer.ok != ivyAnswer.ok,
            qPrintable(ianAnswer.message + QLatin1Char('\n') + ivyAnswer.message));
        const bool ianFirst = ianAnswer.ok;
        QCOMPARE(ianFirst ? ivyAnswer.error : ianAnswer.error, QStringLiteral("conflict"));
        const QString winner = ianFirst ? QStringLiteral("102") : QStringLiteral("103");
        const QString loser = ianFirst ? QStringLiteral("103") : QStringLiteral("102");
        const QString winnerName
            = ianFirst ? QStringLiteral("Ian's desk") : QStringLiteral("Ivy's desk");
        const QString loserName
            = ianFirst ? QStringLiteral("Ivy's desk") : QStringLiteral("Ian's desk");

        // The first is in force (published and in the file); nothing of the second is.
        QTRY_VERIFY_WITH_TIMEOUT(
            rig.raw().item(QStringLiteral("programming"))[u"revision"].toInteger() > revision,
            10000);
        const QJsonObject inForce = rig.raw().item(QStringLiteral("programming"));
        QCOMPARE(nameIn(inForce, winner), winnerName);
        QCOMPARE(nameIn(inForce, loser), nameIn(base, loser));
        QTRY_COMPARE_WITH_TIMEOUT(
            rig.raw().item(QStringLiteral("extension/") + winner)[u"name"].toString(), winnerName,
            10000);
        QJsonObject file = QJsonDocument::fromJson(readFile(rig.configFile())).object();
        QCOMPARE(nameIn(file, winner), winnerName);
        QCOMPARE(nameIn(file, loser), nameIn(base, loser));
        COMPARE_PICTURE(ian);
        COMPARE_PICTURE(ivy);

        // The second re-applies its change on the new revision: both are in force.
        BusClient *second = ianFirst ? ivy : ian;
        const qint64 newRevision = inForce[u"revision"].toInteger();
        QCOMPARE(second->picture().programmingRevision(), newRevision);
        const Answer again
            = test::await(second->send(apply(renamed(inForce, loser, loserName), newRevision)));
        QVERIFY2(again.ok, qPrintable(again.error));
        QTRY_VERIFY_WITH_TIMEOUT(
            rig.raw().item(QStringLiteral("programming"))[u"revision"].toInteger() > newRevision,
            10000);
        const QJsonObject last = rig.raw().item(QStringLiteral("programming"));
        QCOMPARE(nameIn(last, winner), winnerName);
        QCOMPARE(nameIn(last, loser), loserName);
        file = QJsonDocument::fromJson(readFile(rig.configFile())).object();
        QCOMPARE(nameIn(file, winner), winnerName);
        QCOMPARE(nameIn(file, loser), loserName);
        COMPARE_PICTURE(ian);
        COMPARE_PICTURE(ivy);
        QCOMPARE(ivy->picture().extension(winner)->name, winnerName);
        QCOMPARE(ivy->picture().extension(loser)->name, loserName);
        VERIFY_RIG(rig.stopService());
    }
};

QTEST_GUILESS_MAIN(TestSystemConsoles)
#include "tst_systemconsoles.moc"
