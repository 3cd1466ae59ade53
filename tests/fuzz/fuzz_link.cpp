// libFuzzer target for the frame decoder, the link session and what lies behind it.
// The first byte picks the mode:
//   0: raw bytes into the host session (decoder, sequencing, session rules)
//   1: frames built from the input with valid CRCs, through the session into the call
//      processor, whose commands go back out; the processor's self-check must hold
//   2: raw bytes into the simulated controller (the device side)
// Build: cmake -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DSWITCHBOARD_FUZZ=ON
// -DSWITCHBOARD_SANITIZE=ON Run:   build-fuzz/tests/fuzz/fuzz_link -max_total_time=60
// tests/fuzz/corpus

#include "core/callprocessor.h"
#include "hal/hostsession.h"
#include "hal/simulatedcontroller.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace sb;

namespace {

void rawSession(const uint8_t *data, size_t size)
{
    hal::HostSession s;
    hal::Millis now = 0;
    s.opened(now);
    size_t i = 0;
    while (i < size) {
        const size_t n = std::min<size_t>(1 + data[i] % 64, size - i);
        s.receive(reinterpret_cast<const char *>(data + i), qsizetype(n), now);
        i += n;
        now += 37;
        s.advanceTo(now);
        s.takeWire();
        s.takeOutputs();
    }
}

void framedIntoProcessor(const uint8_t *data, size_t size)
{
    hal::HostSession s;
    core::CallProcessor p(core::Programming::factoryDefaults(8, 2));
    hal::Millis now = 0;
    s.opened(now);
    // A session first: IDENTITY of an 8-station, 2-line controller.
    hal::Identity id;
    id.bootId = 1 + (size ? data[0] : 0);
    id.stations = 8;
    id.lines = 2;
    s.receive(hal::encodeFrame(hal::protocol::identity(id)), now);
    quint8 seq = 1;
    size_t i = 0;
    while (i + 2 <= size) {
        hal::Frame f;
        f.type = data[i];
        const size_t len = std::min<size_t>(data[i + 1] % 8, size - i - 2);
        f.payload = QByteArray(reinterpret_cast<const char *>(data + i + 2), qsizetype(len));
        i += 2 + len;
        if (f.type == 0x03 && (f.payload.size() % 2)) {
            f = hal::protocol::identity(id); // now and then a new session, same boot_id
            f.seq = 0;
        } else {
            f.seq = (f.type % 7 == 0) ? quint8(seq - 1) : seq++; // some duplicates
        }
        s.receive(hal::encodeFrame(f), now);
        now += (f.type & 0x0F) * 40;
        s.advanceTo(now);
        for (const auto &o : s.takeOutputs()) {
            if (o.type == hal::HostSession::Output::Type::SessionUp
                || o.type == hal::HostSession::Output::Type::Event
                || o.type == hal::HostSession::Output::Type::PortStates
                || o.type == hal::HostSession::Output::Type::Down)
                p.handle(o.event, now);
        }
        p.advanceTo(now);
        for (const core::Command &c : p.takeCommands())
            s.send(c, now);
        p.clearOutput();
        s.takeWire();
        const QString fault = p.selfCheck();
        if (!fault.isEmpty()) {
            std::fprintf(stderr, "self-check: %s\n", qPrintable(fault));
            std::abort();
        }
    }
}

void rawDevice(const uint8_t *data, size_t size)
{
    hal::SimulatedController::Options o;
    o.stations = 8;
    o.lines = 2;
    o.seed = 1;
    hal::SimulatedController c(o);
    c.powerUp(0);
    c.receive(hal::encodeFrame(hal::protocol::hello()), 0);
    c.receive(reinterpret_cast<const char *>(data), qsizetype(size), 10);
    c.advanceTo(10000);
    c.takeWire();
    c.takeLog();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    switch (data[0] % 3) {
    case 0:
        rawSession(data + 1, size - 1);
        break;
    case 1:
        framedIntoProcessor(data + 1, size - 1);
        break;
    default:
        rawDevice(data + 1, size - 1);
        break;
    }
    return 0;
}
