// Commands of SB-BUS/1 (../shared/spec/console-bus.md section 4): CommandParser's roles,
// actions, typed members and named errors, and CommandExecutor's call-control actions on a
// real call processor. Issue 10: "At least 50 malformed commands ... Each is answered with its
// named error or dropped ... nothing changes".

#include "service/commandexecutor.h"
#include "service/commandparser.h"
#include "service/statebuilder.h"
#include "tests/support/malformedcommands.h"

#include "../core/rig.h"
#include "core/programmingjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sb::core;
using namespace sb::core::test;
using namespace sb::service;

namespace {

ParseResult parseAs(const QString &role, const QByteArray &payload)
{
    return CommandParser::parse(role, QStringLiteral("ana"), payload, true, true);
}

/// Everything a command could change, as the bus would publish it.
QByteArray picture(const CallProcessor &p)
{
    const QDateTime started = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    QJsonArray all;
    for (int port = 1; port <= p.stationCount(); ++port)
        all.append(StateBuilder::extension(p, port, 0));
    for (RequestId id : p.liveRequests())
        all.append(StateBuilder::request(p, id, 0, started));
    for (int l = 1; l <= p.lineCount(); ++l)
        all.append(StateBuilder::line(p, l, 0, started));
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

/// The seed's story halfway (a callback 103 -> 104 waiting) plus DND at 106 and 107
/// forwarded to 108: a picture a wrong command could spoil.
void halfwayStory(Rig &r)
{
    r.offHook(4);
    r.offHook(3);
    r.dial(3, "104");
    r.key(3, Key::Callback);
    r.onHook(3);
    r.processor.setDnd(6, true, r.now);
    r.processor.setForwarding(7, 8, r.now);
    r.take();
}

const char *const okPayload = R"({"action":"set-dnd","extension":"104","on":true})";

} // namespace

class TestCommandParser : public QObject
{
    Q_OBJECT

private slots:
    // Section 4's table: each action's members, typed.
    void wellFormedCommands()
    {
        ParseResult r = parseAs("reception", okPayload);
        QCOMPARE(r.outcome, ParseResult::Outcome::Execute);
        QCOMPARE(r.command.action, Action::SetDnd);
        QCOMPARE(r.command.extension, QStringLiteral("104"));
        QCOMPARE(r.command.on, true);
        QCOMPARE(r.command.user, QStringLiteral("ana"));
        QCOMPARE(r.command.role, Role::Reception);

        r = parseAs("reception", R"({"action":"set-forwarding","extension":"104","to":null})");
        QCOMPARE(r.outcome, ParseResult::Outcome::Execute);
        QVERIFY(r.command.to.isEmpty());
        r = parseAs("reception", R"({"action":"set-forwarding","extension":"104","to":"2001"})");
        QCOMPARE(r.command.to, QStringLiteral("2001"));
        r = parseAs("reception", R"({"action":"transfer","to":"105"})");
        QCOMPARE(r.command.action, Action::Transfer);
        QCOMPARE(r.command.to, QStringLiteral("105"));
        r = parseAs("reception", R"({"action":"to-attendant","line":2})");
        QCOMPARE(r.command.line, 2);
        r = parseAs("supervisor", R"({"action":"cancel-request","id":9007199254740993})");
        QCOMPARE(r.outcome, ParseResult::Outcome::Execute);
        QCOMPARE(r.command.id, qint64(9007199254740993LL)); // a JSON integer beyond 2^53, exact
        r = parseAs("supervisor",
            R"({"action":"history","from":"2026-12-02T00:00:00Z","to":"2026-12-02T10:15:04.120+01:00",
                "extension":"104","after":17,"unknown":[1,2]})");
        QCOMPARE(r.outcome, ParseResult::Outcome::Execute);
        QCOMPARE(r.command.from, QDateTime(QDate(2026, 12, 2), QTime(0, 0), Qt::UTC));
        QCOMPARE(r.command.until, QDateTime(QDate(2026, 12, 2), QTime(9, 15, 4, 120), Qt::UTC));
        QCOMPARE(r.command.extension, QStringLiteral("104"));
        QCOMPARE(r.command.after, std::optional<qint64>(17));
        r = parseAs("supervisor",
            R"({"action":"report","from":"2026-12-01T00:00:00Z","to":"2026-12-02T00:00:00Z"})");
        QCOMPARE(r.outcome, ParseResult::Outcome::Execute);
        QVERIFY(r.command.extension.isEmpty());
        QVERIFY(!r.command.after);
        r = parseAs("supervisor",
            R"({"action":"history","from":"2026-12-01T00:00:00Z","to":"2026-12-02T00:00:00Z",
                "extension":null,"after":null})");
        QCOMPARE(r.outcome, ParseResult::Outcome::Execute); // optional members may be null
        QVERIFY(r.command.extension.isEmpty());
        QVERIFY(!r.command.after);
        r = parseAs("installer",
            R"({"action":"audit","from":"2026-12-01T00:00:00Z","to":"2026-12-01T00:00:00Z"})");
        QCOMPARE(r.outcome, ParseResult::Outcome::Execute);
        r = parseAs("installer",
            R"({"action":"set-connection","connection":{"kind":"simulated","stations":8}})");
        QCOMPARE(r.command.connection.value("stations").toInt(), 8);
    }

    // apply-programming: the file's format, "revision" (and "rev") ignored, so that the
    // retained R/state/programming can be sent back as it came.
    void applyProgrammingReadsTheFileFormat()
    {
        Programming p = Programming::factoryDefaults(8, 2);
        p.factory = false;
        p.extensions[3].name = QStringLiteral("Bea");
        QJsonObject command;
        command.insert("action", "apply-programming");
        command.insert("programming", StateBuilder::programming(p, 5, 99));
        command.insert("basedOn", 5);
        const ParseResult r = parseAs("installer", QJsonDocument(command).toJson());
        QCOMPARE(r.outcome, ParseResult::Outcome::Execute);
        QCOMPARE(r.command.basedOn, qint64(5));
        QVERIFY(r.command.programming == p);
        QVERIFY(!r.command.programmingJson.contains("revision"));
    }

    // The payload limit leaves room for a programming of 1,000 extensions (issue 10's scale).
    void thousandExtensionsFit()
    {
        Programming p = Programming::factoryDefaults(1000, 8);
        p.factory = false;
        for (ExtensionConfig &e : p.extensions) {
            e.name = QStringLiteral("Reception desk %1").arg(e.port);
            e.lines = {1, 2, 3, 4, 5, 6, 7, 8};
        }
        QJsonObject command;
        command.insert("action", "apply-programming");
        command.insert("programming", StateBuilder::programming(p, 1, 1));
        command.insert("basedOn", 1);
        const QByteArray payload = QJsonDocument(command).toJson(QJsonDocument::Indented);
        QVERIFY2(payload.size() < CommandParser::maxPayload,
            qPrintable(QString::number(payload.size())));
        const ParseResult r = parseAs("installer", payload);
        QCOMPARE(r.outcome, ParseResult::Outcome::Execute);
        QCOMPARE(r.command.programming.extensions.size(), 1000);
    }

    // Section 4: "A supervisor may also send every reception action, and an installer every
    // action"; above the topic's role: forbidden.
    void roleTable()
    {
        const QList<QPair<const char *, Role>> table
            = {{"clear-callbacks", Role::Reception}, {"clear-forwarding", Role::Reception},
                {"set-dnd", Role::Reception}, {"set-forwarding", Role::Reception},
                {"transfer", Role::Reception}, {"to-attendant", Role::Reception},
                {"cancel-request", Role::Supervisor}, {"history", Role::Supervisor},
                {"report", Role::Supervisor}, {"apply-programming", Role::Installer},
                {"set-connection", Role::Installer}, {"audit", Role::Installer}};
        for (const auto &[name, least] : table) {
            const std::optional<Action> action = CommandParser::actionFromString(name);
            QVERIFY2(action, name);
            QCOMPARE(CommandParser::actionName(*action), QString::fromLatin1(name));
            QCOMPARE(CommandParser::leastRole(*action), least);
            for (Role role : {Role::Reception, Role::Supervisor, Role::Installer}) {
                // Members are checked after the role: an empty command shows the role check.
                const ParseResult r = parseAs(
                    CommandParser::roleName(role), QByteArray("{\"action\":\"") + name + "\"}");
                QCOMPARE(r.outcome, ParseResult::Outcome::Refuse);
                QCOMPARE(r.error.code,
                    role < least ? QStringLiteral("forbidden") : QStringLiteral("bad-request"));
            }
        }
    }

    // Section 4: without a response topic under R/reply/<user>/, or from a topic whose role is
    // not one of the three, a command is neither answered nor carried out.
    void droppedWithoutAnswer()
    {
        QCOMPARE(CommandParser::parse("reception", "ana", okPayload, false, true).outcome,
            ParseResult::Outcome::Drop);
        QCOMPARE(CommandParser::parse("admin", "ana", okPayload, true, true).outcome,
            ParseResult::Outcome::Drop);
        QCOMPARE(CommandParser::parse("Reception", "ana", okPayload, true, true).outcome,
            ParseResult::Outcome::Drop);
        QCOMPARE(CommandParser::parse("reception", "", okPayload, true, true).outcome,
            ParseResult::Outcome::Drop);
        // Garbage without a response topic is dropped too, unread.
        QCOMPARE(CommandParser::parse("reception", "ana", "\xff{", false, false).outcome,
            ParseResult::Outcome::Drop);

        const QString root = QStringLiteral("switchboard/1/office");
        QVERIFY(CommandParser::isReplyTopicOf(root, "ana", "switchboard/1/office/reply/ana/x1"));
        QVERIFY(CommandParser::isReplyTopicOf(root, "ana", "switchboard/1/office/reply/ana/a/b"));
        QVERIFY(!CommandParser::isReplyTopicOf(root, "ana", "switchboard/1/office/reply/ana/"));
        QVERIFY(!CommandParser::isReplyTopicOf(root, "ana", "switchboard/1/office/reply/ana"));
        QVERIFY(!CommandParser::isReplyTopicOf(root, "ana", "switchboard/1/office/reply/bob/x"));
        QVERIFY(!CommandParser::isReplyTopicOf(root, "ana", "switchboard/1/office/reply/anab/x"));
        QVERIFY(!CommandParser::isReplyTopicOf(root, "ana", "switchboard/1/other/reply/ana/x"));
        QVERIFY(!CommandParser::isReplyTopicOf(root, "ana", "switchboard/1/office/reply/ana/#"));
        QVERIFY(!CommandParser::isReplyTopicOf(root, "ana", "switchboard/1/office/reply/ana/+/x"));
        QVERIFY(!CommandParser::isReplyTopicOf(root, "", "switchboard/1/office/reply//x"));
        QVERIFY(!CommandParser::isReplyTopicOf(root, "ana", ""));
    }

    // Issue 10: at least 50 malformed commands, each refused with its named error, and the
    // processor's picture unchanged.
    void malformedCommands_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("correlation");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        for (const sb::test::MalformedCommand &c : sb::test::malformedCommands())
            QTest::newRow(qPrintable(c.name))
                << c.role << c.payload << c.correlation << c.code << c.message;
    }

    void malformedCommands()
    {
        QFETCH(QString, role);
        QFETCH(QByteArray, payload);
        QFETCH(bool, correlation);
        QFETCH(QString, code);
        QFETCH(QString, message);

        Rig r;
        halfwayStory(r);
        const QByteArray before = picture(r.processor);
        const ParseResult result
            = CommandParser::parse(role, QStringLiteral("ana"), payload, true, correlation);
        QCOMPARE(result.outcome, ParseResult::Outcome::Refuse);
        QCOMPARE(result.error.code, code);
        QVERIFY2(result.error.message.contains(message), qPrintable(result.error.message));
        // A refused command never reaches the executor: the picture is as it was.
        QCOMPARE(picture(r.processor), before);
        QVERIFY(r.processor.commands().empty());
    }

    // Section 4: the call-control actions on the processor; "A command that changes nothing
    // still answers ok with "changed": false".
    void executorChangesAndAnswers()
    {
        Rig r;
        halfwayStory(r);
        const auto run = [&r](const char *role, const char *payload) {
            const ParseResult p = parseAs(role, payload);
            if (p.outcome != ParseResult::Outcome::Execute)
                return QJsonObject {{"parse", p.error.code}};
            return CommandExecutor::execute(r.processor, p.command, r.now);
        };
        const QJsonObject changed = CommandExecutor::success(true);
        const QJsonObject unchanged = CommandExecutor::success(false);

        QCOMPARE(run("reception", R"({"action":"set-dnd","extension":"105","on":true})"), changed);
        QVERIFY(r.processor.extension(5).dnd);
        QCOMPARE(
            run("reception", R"({"action":"set-dnd","extension":"105","on":true})"), unchanged);
        QCOMPARE(run("reception", R"({"action":"set-forwarding","extension":"102","to":"105"})"),
            changed);
        QCOMPARE(r.processor.extension(2).forwardTo, 5);
        QCOMPARE(run("reception", R"({"action":"set-forwarding","extension":"102","to":"105"})"),
            unchanged);
        QCOMPARE(run("reception", R"({"action":"set-forwarding","extension":"102","to":null})"),
            changed);
        QCOMPARE(r.processor.extension(2).forwardTo, 0);
        QCOMPARE(run("reception", R"({"action":"clear-forwarding","extension":"102"})"), unchanged);
        QCOMPARE(run("reception", R"({"action":"clear-forwarding","extension":"107"})"), changed);
        QCOMPARE(run("reception", R"({"action":"clear-callbacks","extension":"103"})"), changed);
        QCOMPARE(r.processor.liveRequestCount(), 0);
        QCOMPARE(run("reception", R"({"action":"clear-callbacks","extension":"103"})"), unchanged);
    }

    void executorRefusals()
    {
        Rig r;
        halfwayStory(r);
        const RequestId live = r.processor.requestsLeftBy(3).front();
        const QByteArray before = picture(r.processor);
        const auto error = [&r](const char *role, const QByteArray &payload) {
            const ParseResult p = parseAs(role, payload);
            if (p.outcome != ParseResult::Outcome::Execute)
                return QStringLiteral("parse: ") + p.error.code;
            const QJsonObject answer = CommandExecutor::execute(r.processor, p.command, r.now);
            if (answer.value("ok").toBool())
                return QStringLiteral("ok");
            if (answer.value("message").toString().isEmpty())
                return QStringLiteral("no message");
            return answer.value("error").toString();
        };
        QCOMPARE(error("reception", R"({"action":"set-dnd","extension":"199","on":true})"),
            QStringLiteral("not-found"));
        QCOMPARE(error("reception", R"({"action":"clear-callbacks","extension":"1"})"),
            QStringLiteral("not-found"));
        QCOMPARE(error("reception", R"({"action":"set-forwarding","extension":"104","to":"199"})"),
            QStringLiteral("not-found"));
        QCOMPARE(error("reception", R"({"action":"set-forwarding","extension":"104","to":"104"})"),
            QStringLiteral("not-possible"));
        QCOMPARE(error("supervisor", R"({"action":"cancel-request","id":4242})"),
            QStringLiteral("not-found"));
        QCOMPARE(error("reception", R"({"action":"transfer","to":"105"})"),
            QStringLiteral("not-possible"));
        QCOMPARE(error("reception", R"({"action":"to-attendant","line":1})"),
            QStringLiteral("not-possible"));
        QCOMPARE(picture(r.processor), before);

        // A request that ended is no longer live: not-found, and only once cleared.
        QCOMPARE(
            error("supervisor",
                QByteArray(R"({"action":"cancel-request","id":)") + QByteArray::number(live) + "}"),
            QStringLiteral("ok"));
        QCOMPARE(
            error("supervisor",
                QByteArray(R"({"action":"cancel-request","id":)") + QByteArray::number(live) + "}"),
            QStringLiteral("not-found"));

        // The service's own actions are not the executor's.
        QVERIFY(!CommandExecutor::handles(Action::ApplyProgramming));
        QVERIFY(!CommandExecutor::handles(Action::History));
        QVERIFY(CommandExecutor::handles(Action::CancelRequest));
        QCOMPARE(error("installer", R"({"action":"set-connection","connection":{}})"),
            QStringLiteral("not-possible"));
    }
};

QTEST_GUILESS_MAIN(TestCommandParser)
#include "tst_commandparser.moc"
