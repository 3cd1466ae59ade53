// sb::bus::Topics (issue 10): the topic names of SB-BUS/1 (console-bus.md sections 1 to 4).

#include "bus/topics.h"

#include <QTest>

using sb::bus::Topics;

class TstTopics : public QObject
{
    Q_OBJECT

private slots:
    // §1: 1 to 32 characters of a-z, 0-9, -; the error names the system.
    void systemNames()
    {
        QVERIFY(Topics::isValidSystem(QStringLiteral("office")));
        QVERIFY(Topics::isValidSystem(QStringLiteral("a")));
        QVERIFY(Topics::isValidSystem(QStringLiteral("branch-2")));
        QVERIFY(Topics::isValidSystem(QString(32, QLatin1Char('x'))));
        for (const QString &bad : {QString(), QString(33, QLatin1Char('x')),
                 QStringLiteral("Office"), QStringLiteral("my office"), QStringLiteral("a/b"),
                 QStringLiteral("a+"), QStringLiteral("#"), QStringLiteral("büro")}) {
            QString error;
            QVERIFY2(!Topics::isValidSystem(bad, &error), qPrintable(bad));
            QVERIFY2(error.contains(QLatin1Char('"') + bad + QLatin1Char('"'))
                    || error.contains(QStringLiteral("“") + bad + QStringLiteral("”")),
                qPrintable(error));
        }
    }

    void builders()
    {
        const Topics topics(QStringLiteral("branch-2"));
        QCOMPARE(topics.root(), QStringLiteral("switchboard/1/branch-2"));
        QCOMPARE(Topics().root(), QStringLiteral("switchboard/1/office"));
        QCOMPARE(topics.state(Topics::Item::Service),
            QStringLiteral("switchboard/1/branch-2/state/service"));
        QCOMPARE(
            topics.state(Topics::Item::Link), QStringLiteral("switchboard/1/branch-2/state/link"));
        QCOMPARE(topics.state(Topics::Item::Index),
            QStringLiteral("switchboard/1/branch-2/state/index"));
        QCOMPARE(topics.state(Topics::Item::Programming),
            QStringLiteral("switchboard/1/branch-2/state/programming"));
        QCOMPARE(topics.extension(QStringLiteral("104")),
            QStringLiteral("switchboard/1/branch-2/state/extension/104"));
        QCOMPARE(topics.request(17), QStringLiteral("switchboard/1/branch-2/state/request/17"));
        QCOMPARE(topics.line(2), QStringLiteral("switchboard/1/branch-2/state/line/2"));
        QCOMPARE(topics.stateFilter(), QStringLiteral("switchboard/1/branch-2/state/#"));
        QCOMPARE(topics.event(), QStringLiteral("switchboard/1/branch-2/event"));
        QCOMPARE(topics.command(QStringLiteral("supervisor"), QStringLiteral("alice")),
            QStringLiteral("switchboard/1/branch-2/command/supervisor/alice"));
        QCOMPARE(topics.commandFilter(), QStringLiteral("switchboard/1/branch-2/command/#"));
        QCOMPARE(topics.reply(QStringLiteral("alice"), QStringLiteral("console-1")),
            QStringLiteral("switchboard/1/branch-2/reply/alice/console-1"));
        QCOMPARE(topics.replyFilter(QStringLiteral("alice")),
            QStringLiteral("switchboard/1/branch-2/reply/alice/#"));
    }

    // §4: the role and user come from the command topic; anything else is not a command.
    void parseCommand()
    {
        const Topics topics;
        const auto command
            = topics.parseCommand(QStringLiteral("switchboard/1/office/command/installer/bob"));
        QVERIFY(command);
        QCOMPARE(command->role, QStringLiteral("installer"));
        QCOMPARE(command->user, QStringLiteral("bob"));
        for (const char *bad :
            {"switchboard/1/office/command/admin/bob", "switchboard/1/office/command/reception",
                "switchboard/1/office/command/reception/",
                "switchboard/1/office/command/reception/bob/x",
                "switchboard/1/other/command/reception/bob", "switchboard/1/office/state/service",
                "switchboard/1/office/command/reception/+"}) {
            QVERIFY2(!topics.parseCommand(QString::fromUtf8(bad)), bad);
        }
        QCOMPARE(Topics::roles(),
            QStringList({QStringLiteral("reception"), QStringLiteral("supervisor"),
                QStringLiteral("installer")}));
    }

    // §4: answers only under R/reply/<the command's user>/.
    void replyTopicBelongsToUser()
    {
        const Topics topics;
        QVERIFY(topics.isReplyTopicOf(
            QStringLiteral("switchboard/1/office/reply/alice/x"), QStringLiteral("alice")));
        QVERIFY(topics.isReplyTopicOf(
            QStringLiteral("switchboard/1/office/reply/alice/a/b"), QStringLiteral("alice")));
        QVERIFY(!topics.isReplyTopicOf(
            QStringLiteral("switchboard/1/office/reply/bob/x"), QStringLiteral("alice")));
        QVERIFY(!topics.isReplyTopicOf(
            QStringLiteral("switchboard/1/office/reply/alice/"), QStringLiteral("alice")));
        QVERIFY(!topics.isReplyTopicOf(
            QStringLiteral("switchboard/1/office/reply/alice"), QStringLiteral("alice")));
        QVERIFY(!topics.isReplyTopicOf(
            QStringLiteral("switchboard/1/office/reply/alicex/y"), QStringLiteral("alice")));
        QVERIFY(!topics.isReplyTopicOf(
            QStringLiteral("switchboard/1/office/reply/alice/#"), QStringLiteral("alice")));
        QVERIFY(!topics.isReplyTopicOf(
            QStringLiteral("switchboard/1/other/reply/alice/x"), QStringLiteral("alice")));
        QVERIFY(!topics.isReplyTopicOf(QString(), QStringLiteral("alice")));
    }

    // §2: the state items and their keys.
    void parseState()
    {
        const Topics topics;
        const auto check = [&](const Topics::Item item, const QString &key, const QString &topic) {
            const auto parsed = topics.parseState(topic);
            QVERIFY2(parsed, qPrintable(topic));
            QCOMPARE(parsed->item, item);
            QCOMPARE(parsed->key, key);
        };
        check(Topics::Item::Service, {}, topics.state(Topics::Item::Service));
        check(Topics::Item::Link, {}, topics.state(Topics::Item::Link));
        check(Topics::Item::Index, {}, topics.state(Topics::Item::Index));
        check(Topics::Item::Programming, {}, topics.state(Topics::Item::Programming));
        check(Topics::Item::Extension, QStringLiteral("104"),
            topics.extension(QStringLiteral("104")));
        check(Topics::Item::Request, QStringLiteral("17"), topics.request(17));
        check(Topics::Item::Line, QStringLiteral("2"), topics.line(2));
        for (const char *bad :
            {"switchboard/1/office/state/unknown", "switchboard/1/office/state/service/x",
                "switchboard/1/office/state/extension", "switchboard/1/office/state/extension/",
                "switchboard/1/office/state/extension/1/2",
                "switchboard/1/office/state/request/abc", "switchboard/1/office/state/line/-1",
                "switchboard/1/office/state/request/01", "switchboard/1/office/event",
                "switchboard/1/other/state/service"}) {
            QVERIFY2(!topics.parseState(QString::fromUtf8(bad)), bad);
        }
    }
};

QTEST_GUILESS_MAIN(TstTopics)
#include "tst_topics.moc"
