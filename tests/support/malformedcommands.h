#pragma once

// The commands the service must refuse (issue 10: "at least 50 malformed commands"), shared by
// the parser's test (tests/service/tst_commandparser) and the system test over the bus
// (tests/system/tst_systemcommands).

#include <QByteArray>
#include <QList>
#include <QString>

namespace sb::test {

/// One command that must be refused: sent as `role`, answered `code` with a message holding
/// `message`.
struct MalformedCommand
{
    QString name;
    QString role;
    QByteArray payload;
    bool correlation;
    QString code;
    QString message;
};

/// The catalogue: not JSON, wrong types, unknown actions, a 1 MB payload, no correlation data,
/// actions above the topic's role.
inline QList<MalformedCommand> malformedCommands()
{
    const char *const okPayload = R"({"action":"set-dnd","extension":"104","on":true})";
    QList<MalformedCommand> cases;
    const auto row = [&cases](const char *name, const char *role, const QByteArray &payload,
                         const char *code, const char *message, bool correlation = true) {
        cases.append({QString::fromLatin1(name), QString::fromLatin1(role), payload, correlation,
            QString::fromLatin1(code), QString::fromUtf8(message)});
    };
    const char *i = "installer";
    // Not JSON, or not an object.
    row("empty", i, "", "bad-request", "the payload is empty");
    row("blank", i, " \r\n\t", "bad-request", "the payload is empty");
    row("open brace", i, "{", "bad-request", "not JSON");
    row("truncated", i, "{\"action\":\"set-dnd\",\"extension\":\"10", "bad-request", "not JSON");
    row("bare word", i, "nul", "bad-request", "not JSON");
    row("trailing garbage", i, QByteArray(okPayload) + " x", "bad-request", "not JSON");
    row("single quotes", i, "{'action':'set-dnd'}", "bad-request", "not JSON");
    row("invalid UTF-8", i, "{\"action\":\"set-dnd\xff\"}", "bad-request", "not JSON");
    row("binary", i, QByteArray("\x00\x01\x02\x03\xfe", 5), "bad-request", "not JSON");
    row("deep nesting", i, QByteArray(5000, '[') + QByteArray(5000, ']'), "bad-request",
        "not JSON");
    // Qt reads a raw tab inside a string; it is no digit.
    row("raw control character", i, "{\"action\":\"set-dnd\",\"extension\":\"1\t4\"}",
        "bad-request", "member \"extension\" must be an extension number");
    row("array", i, "[]", "bad-request", "must be a JSON object");
    row("array of command", i, QByteArray("[") + okPayload + "]", "bad-request",
        "must be a JSON object");
    row("string", i, R"("set-dnd")", "bad-request", "must be a JSON object");
    row("number", i, "42", "bad-request", "must be a JSON object");
    row("null", i, "null", "bad-request", "must be a JSON object");
    // The action.
    row("no action", i, "{}", "bad-request", "member \"action\" is missing");
    row("action number", i, R"({"action":5})", "bad-request", "member \"action\" must be a string");
    row("action null", i, R"({"action":null})", "bad-request",
        "member \"action\" must be a string");
    row("action array", i, R"({"action":["set-dnd"]})", "bad-request",
        "member \"action\" must be a string");
    row("unknown action", i, R"({"action":"dance"})", "unknown-action", "unknown action \"dance\"");
    row("action upper case", i, R"({"action":"SET-DND","extension":"104","on":true})",
        "unknown-action", "unknown action \"SET-DND\"");
    row("action with space", i, R"({"action":"set-dnd ","extension":"104","on":true})",
        "unknown-action", "unknown action");
    row("empty action", i, R"({"action":""})", "unknown-action", "unknown action \"\"");
    row("action with NUL", i, R"({"action":"set-dnd\u0000"})", "unknown-action",
        "unknown action \"set-dnd?\"");
    // Extension numbers: strings of digits.
    row("extension missing", i, R"({"action":"set-dnd","on":true})", "bad-request",
        "member \"extension\" is missing");
    row("extension as number", i, R"({"action":"set-dnd","extension":104,"on":true})",
        "bad-request", "member \"extension\" must be an extension number");
    row("extension letters", i, R"({"action":"clear-callbacks","extension":"10a"})", "bad-request",
        "member \"extension\" must be an extension number");
    row("extension empty", i, R"({"action":"clear-forwarding","extension":""})", "bad-request",
        "member \"extension\" must be an extension number");
    row("extension too long", i, R"({"action":"clear-callbacks","extension":"123456789"})",
        "bad-request", "member \"extension\" must be an extension number");
    row("extension negative", i, R"({"action":"clear-callbacks","extension":"-104"})",
        "bad-request", "member \"extension\" must be an extension number");
    row("extension space", i, R"({"action":"clear-callbacks","extension":" 104"})", "bad-request",
        "member \"extension\" must be an extension number");
    row("extension other digits", i,
        "{\"action\":\"clear-callbacks\",\"extension\":\"\xd9\xa1\xd9\xa0\xd9\xa4\"}",
        "bad-request", "member \"extension\" must be an extension number");
    row("extension escaped NUL", i, R"({"action":"clear-callbacks","extension":"104\u0000"})",
        "bad-request", "member \"extension\" must be an extension number");
    row("extension newline", i, R"({"action":"clear-callbacks","extension":"104\n"})",
        "bad-request", "member \"extension\" must be an extension number");
    row("extension null", i, R"({"action":"clear-callbacks","extension":null})", "bad-request",
        "member \"extension\" must be an extension number");
    // Booleans.
    row("on missing", i, R"({"action":"set-dnd","extension":"104"})", "bad-request",
        "member \"on\" is missing");
    row("on as string", i, R"({"action":"set-dnd","extension":"104","on":"true"})", "bad-request",
        "member \"on\" must be a boolean");
    row("on as number", i, R"({"action":"set-dnd","extension":"104","on":1})", "bad-request",
        "member \"on\" must be a boolean");
    row("on null", i, R"({"action":"set-dnd","extension":"104","on":null})", "bad-request",
        "member \"on\" must be a boolean");
    // Forwarding and transfer targets.
    row("to missing", i, R"({"action":"set-forwarding","extension":"104"})", "bad-request",
        "member \"to\" is missing");
    row("to as number", i, R"({"action":"set-forwarding","extension":"104","to":106})",
        "bad-request", "member \"to\" must be an extension number (a string of digits) or null");
    row("to letters", i, R"({"action":"set-forwarding","extension":"104","to":"abc"})",
        "bad-request", "member \"to\" must be an extension number");
    row("to false", i, R"({"action":"set-forwarding","extension":"104","to":false})", "bad-request",
        "member \"to\" must be an extension number");
    row("transfer without to", i, R"({"action":"transfer"})", "bad-request",
        "member \"to\" is missing");
    row("transfer to null", i, R"({"action":"transfer","to":null})", "bad-request",
        "member \"to\" must be an extension number");
    // Integers only.
    row("line as string", i, R"({"action":"to-attendant","line":"1"})", "bad-request",
        "member \"line\" must be an integer");
    row("line fraction", i, R"({"action":"to-attendant","line":1.5})", "bad-request",
        "member \"line\" must be an integer");
    row("line zero", i, R"({"action":"to-attendant","line":0})", "bad-request",
        "member \"line\" must be from 1 to 65535");
    row("line negative", i, R"({"action":"to-attendant","line":-1})", "bad-request",
        "member \"line\" must be from 1 to 65535");
    row("line huge", i, R"({"action":"to-attendant","line":1e300})", "bad-request",
        "member \"line\" must be an integer");
    row("id missing", i, R"({"action":"cancel-request"})", "bad-request",
        "member \"id\" is missing");
    row("id as string", i, R"({"action":"cancel-request","id":"7"})", "bad-request",
        "member \"id\" must be an integer");
    row("id negative", i, R"({"action":"cancel-request","id":-7})", "bad-request",
        "member \"id\" must be from 1 to");
    row("id zero", i, R"({"action":"cancel-request","id":0})", "bad-request",
        "member \"id\" must be from 1 to");
    row("id fraction", i, R"({"action":"cancel-request","id":1.5})", "bad-request",
        "member \"id\" must be an integer");
    row("id beyond 64 bits", i, R"({"action":"cancel-request","id":9223372036854775808})",
        "bad-request", "member \"id\" must be an integer");
    row("id boolean", i, R"({"action":"cancel-request","id":true})", "bad-request",
        "member \"id\" must be an integer");
    row("id object", i, R"({"action":"cancel-request","id":{"id":1}})", "bad-request",
        "member \"id\" must be an integer");
    // Times.
    const char *t = R"("2026-12-02T00:00:00Z")";
    row("from missing", i, QByteArray(R"({"action":"history","to":)") + t + "}", "bad-request",
        "member \"from\" is missing");
    row("from words", i, QByteArray(R"({"action":"history","from":"yesterday","to":)") + t + "}",
        "bad-request", "member \"from\" must be an RFC 3339 time");
    row("from without offset", i,
        QByteArray(R"({"action":"history","from":"2026-12-02T09:15:04","to":)") + t + "}",
        "bad-request", "member \"from\" must be an RFC 3339 time");
    row("from with space", i,
        QByteArray(R"({"action":"report","from":"2026-12-02 09:15:04Z","to":)") + t + "}",
        "bad-request", "member \"from\" must be an RFC 3339 time");
    row("from as number", i, QByteArray(R"({"action":"report","from":1733130904,"to":)") + t + "}",
        "bad-request", "member \"from\" must be an RFC 3339 time");
    row("to month 13", i,
        QByteArray(R"({"action":"report","from":)") + t + R"(,"to":"2026-13-02T00:00:00Z"})",
        "bad-request", "member \"to\" must be an RFC 3339 time");
    row("to before from", i,
        QByteArray(R"({"action":"history","from":"2026-12-03T00:00:00Z","to":)") + t + "}",
        "bad-request", "member \"to\" is before member \"from\"");
    row("audit from null", i, QByteArray(R"({"action":"audit","from":null,"to":)") + t + "}",
        "bad-request", "member \"from\" must be an RFC 3339 time");
    row("after as string", i,
        QByteArray(R"({"action":"history","from":)") + t + R"(,"to":)" + t + R"(,"after":"x"})",
        "bad-request", "member \"after\" must be an integer");
    row("after negative", i,
        QByteArray(R"({"action":"history","from":)") + t + R"(,"to":)" + t + R"(,"after":-1})",
        "bad-request", "member \"after\" must be from 0 to");
    row("history extension number", i,
        QByteArray(R"({"action":"history","from":)") + t + R"(,"to":)" + t + R"(,"extension":104})",
        "bad-request", "member \"extension\" must be an extension number");
    // Programming and connection.
    row("programming missing", i, R"({"action":"apply-programming","basedOn":1})", "bad-request",
        "member \"programming\" is missing");
    row("programming array", i, R"({"action":"apply-programming","programming":[],"basedOn":1})",
        "bad-request", "member \"programming\" must be an object");
    row("basedOn missing", i, R"({"action":"apply-programming","programming":{}})", "bad-request",
        "member \"basedOn\" is missing");
    row("basedOn string", i, R"({"action":"apply-programming","programming":{},"basedOn":"3"})",
        "bad-request", "member \"basedOn\" must be an integer");
    row("programming not the file's format", i,
        R"({"action":"apply-programming","programming":{"extensions":7},"basedOn":3})",
        "bad-request", "member \"programming\": ");
    row("connection string", i, R"({"action":"set-connection","connection":"mqtt://x"})",
        "bad-request", "member \"connection\" must be an object");
    row("connection missing", i, R"({"action":"set-connection"})", "bad-request",
        "member \"connection\" is missing");
    // Size, correlation, role.
    // moc misreads raw strings holding an odd number of quotes: plain strings here.
    QByteArray huge = "{\"action\":\"set-dnd\",\"extension\":\"104\",\"on\":true,\"pad\":\"";
    huge += QByteArray(1024 * 1024, 'x') + "\"}";
    row("1 MB payload", i, huge, "bad-request", "bytes; at most 524288 are read");
    row("no correlation data", i, okPayload, "bad-request", "no correlation data", false);
    row("reception cancels", "reception", R"({"action":"cancel-request","id":1})", "forbidden",
        "\"cancel-request\" needs the role supervisor or above; this command "
        "came as reception");
    row("reception programs", "reception",
        R"({"action":"apply-programming","programming":{},"basedOn":1})", "forbidden",
        "needs the role installer");
    row("supervisor connects", "supervisor", R"({"action":"set-connection","connection":{}})",
        "forbidden", "needs the role installer");
    row("reception audits", "reception", R"({"action":"audit"})", "forbidden",
        "needs the role installer");
    return cases;
}

} // namespace sb::test
