// libFuzzer target for the commands of SB-BUS/1 (console-bus.md section 4): CommandParser on
// any bytes, and CommandExecutor on a call processor for what it accepts, followed by the
// state payloads and events the service would publish. The processor's self-check must hold
// and every refusal must carry one of the spec's codes and a message.
// The first byte picks the topic's role (bits 0-1: reception, supervisor, installer, or an
// unknown one), whether a response topic is fine (bit 2) and correlation data is present
// (bit 3). The rest holds up to 16 commands separated by NUL bytes, carried out in order.
// Build: cmake -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DSWITCHBOARD_FUZZ=ON
// -DSWITCHBOARD_SANITIZE=ON Run:   build-fuzz/tests/fuzz/fuzz_command -max_total_time=30
// tests/fuzz/corpus-command

#include "service/commandexecutor.h"
#include "service/commandparser.h"
#include "service/eventtranslator.h"
#include "service/statebuilder.h"

#include "tests/core/rig.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace sb;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(detail));
    std::abort();
}

/// The seed's story halfway: a callback 103 -> 104 waiting, 104 busy, DND at 106.
void halfwayStory(core::test::Rig &r)
{
    r.offHook(4);
    r.offHook(3);
    r.dial(3, "104");
    r.key(3, core::Key::Callback);
    r.onHook(3);
    r.processor.setDnd(6, true, r.now);
    r.take();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const char *const roles[] = {"reception", "supervisor", "installer", "operator"};
    const QString role = QString::fromLatin1(roles[data[0] & 3]);
    const bool responseTopicOk = data[0] & 4;
    const bool correlation = data[0] & 8;
    const QDateTime started = QDateTime::fromMSecsSinceEpoch(1764666904120, Qt::UTC);

    core::test::Rig r;
    halfwayStory(r);
    service::EventTranslator translator;
    translator.reset(r.processor);

    const QList<QByteArray> commands
        = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)).split('\0');
    for (int i = 0; i < commands.size() && i < 16; ++i) {
        const service::ParseResult result = service::CommandParser::parse(
            role, QStringLiteral("ana"), commands[i], responseTopicOk, correlation);
        switch (result.outcome) {
        case service::ParseResult::Outcome::Drop:
            if (responseTopicOk && (data[0] & 3) != 3)
                fail("dropped", QString::fromUtf8(commands[i].left(200)));
            continue;
        case service::ParseResult::Outcome::Refuse: {
            const QString code = result.error.code;
            if ((code != "bad-request" && code != "unknown-action" && code != "forbidden")
                || result.error.message.isEmpty())
                fail("refusal", code + ": " + result.error.message);
            continue;
        }
        case service::ParseResult::Outcome::Execute:
            break;
        }
        if (!service::CommandExecutor::handles(result.command.action))
            continue;
        r.now += 250;
        const QJsonObject answer
            = service::CommandExecutor::execute(r.processor, result.command, r.now);
        if (!answer.contains("ok") || (!answer.value("ok").toBool() && !answer.contains("error")))
            fail("answer", QString::number(answer.size()));
        // What the service publishes next.
        translator.translate(r.processor, r.processor.notifications(),
            service::StateBuilder::wallClock(started, r.now));
        r.take();
        for (int port = 1; port <= r.processor.stationCount(); ++port)
            service::StateBuilder::extension(r.processor, port, i);
        for (core::RequestId id : r.processor.liveRequests())
            service::StateBuilder::request(r.processor, id, i, started);
        const QString fault = r.processor.selfCheck();
        if (!fault.isEmpty())
            fail("self-check", fault);
    }
    return 0;
}
