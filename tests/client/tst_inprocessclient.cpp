// sb::client::InProcessClient (issue 10 item 4, "the embedded default stays"): the call service
// on a thread of this process, a simulated controller, no broker; the picture and the commands
// are those of SB-BUS/1.

#include "client/inprocessclient.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sb;
using namespace sb::client;

class TestInProcessClient : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    service::CallService::Settings settings() const
    {
        service::CallService::Settings s;
        s.connectionChosen = true; // the simulated controller of core::Connection's defaults
        s.programmingFile = m_dir.filePath("programming.json"); // missing: factory defaults
        s.version = "test";
        s.deviceLister = [] { return core::Devices {}; };
        return s;
    }

private slots:
    // The service publishes its whole state at start; the picture becomes current.
    void pictureBecomesCurrent()
    {
        InProcessClient client(settings());
        QCOMPARE(client.describe(), QString("in-process"));
        QVERIFY(client.roles() == allRoles());
        QVERIFY(client.asksInstallerPassword());
        QVERIFY(client.service()->thread() != QThread::currentThread()); // never the UI thread
        client.start();
        QVERIFY(client.isConnected());
        QTRY_VERIFY_WITH_TIMEOUT(client.picture().isCurrent(), 10000);
        QVERIFY(client.picture().service().online);
        QVERIFY(!client.picture().extensions().isEmpty());
        QVERIFY(client.picture().programming());
    }

    // A command answers through its operation; the change reaches the picture and an event.
    void commandRoundTrip()
    {
        InProcessClient client(settings());
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(client.picture().isCurrent(), 10000);
        const QString number = client.picture().extensions().last()->number;
        QSignalSpy events(&client, &Client::eventReceived);

        CommandOperation *op = client.send(
            Role::Reception, {{"action", "set-dnd"}, {"extension", number}, {"on", true}});
        QSignalSpy finished(op, &CommandOperation::finished);
        QVERIFY(finished.wait());
        QVERIFY2(op->isOk(), qPrintable(op->errorCode() + ": " + op->errorMessage()));
        QTRY_VERIFY(client.picture().extension(number)->dnd);
        QTRY_VERIFY(!events.isEmpty());

        op = client.send({{"action", "set-dnd"}, {"extension", "99999"}, {"on", true}});
        QSignalSpy refused(op, &CommandOperation::finished);
        QVERIFY(refused.wait());
        QCOMPARE(op->errorCode(), QString("not-found"));
        QVERIFY(!op->errorMessage().isEmpty());
    }

    // Issue 11 item 4, T9: Client::transfer and Client::toAttendant send the section 4
    // commands on the reception topic; with no outside call at the attendant and a free line
    // the service refuses both as not-possible, naming why.
    void transferAndToAttendant()
    {
        InProcessClient client(settings());
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(client.picture().isCurrent(), 10000);
        QSignalSpy sent(&client, &Client::commandSent);
        CommandOperation *op = client.transfer("104");
        QCOMPARE(op->command(), QJsonObject({{"action", "transfer"}, {"to", "104"}}));
        QCOMPARE(op->role(), Role::Reception);
        QSignalSpy finished(op, &CommandOperation::finished);
        QVERIFY(finished.wait());
        QCOMPARE(op->errorCode(), QString("not-possible"));
        QVERIFY(!op->errorMessage().isEmpty());

        op = client.toAttendant(1);
        QCOMPARE(op->command(), QJsonObject({{"action", "to-attendant"}, {"line", 1}}));
        QSignalSpy finished2(op, &CommandOperation::finished);
        QVERIFY(finished2.wait());
        QCOMPARE(op->errorCode(), QString("not-possible"));
        QCOMPARE(sent.count(), 2);
    }

    // Stopping publishes offline; commands then fail at once; destroying with a command on its
    // way is safe (ASan in CI).
    void stopAndDestroy()
    {
        auto client = std::make_unique<InProcessClient>(settings());
        client->start();
        QTRY_VERIFY_WITH_TIMEOUT(client->picture().isCurrent(), 10000);
        client->send({{"action", "clear-callbacks"}, {"extension", "101"}});
        client->stop();
        QVERIFY(!client->isConnected());
        QTRY_VERIFY(!client->picture().isCurrent());
        CommandOperation *op = client->send({{"action", "set-dnd"}});
        QSignalSpy finished(op, &CommandOperation::finished);
        QVERIFY(finished.wait());
        QCOMPARE(op->errorCode(), CommandOperation::notConnectedError);

        auto second = std::make_unique<InProcessClient>(settings());
        second->start();
        second->send({{"action", "clear-callbacks"}, {"extension", "101"}});
        second.reset();
    }
};

QTEST_GUILESS_MAIN(TestInProcessClient)
#include "tst_inprocessclient.moc"
