// The codec of controller-link.md section 2 and 5: COBS, CRC-16/CCITT-FALSE, frames, payloads.

#include "hal/cobs.h"
#include "hal/crc16.h"
#include "hal/framedecoder.h"
#include "hal/protocol.h"

#include <QtTest>

using namespace sb;
using namespace sb::hal;

namespace {

QByteArray hex(const char *s)
{
    return QByteArray::fromHex(QByteArray(s).replace(' ', ""));
}

std::vector<Frame> decodeAll(const QByteArray &wire, FrameDecoder *decoder = nullptr)
{
    FrameDecoder local;
    std::vector<Frame> out;
    (decoder ? decoder : &local)->feed(wire, out);
    return out;
}

/// One frame of every message type of section 5, with plausible contents.
std::vector<Frame> everyMessage()
{
    using core::Command;
    using core::EndpointKind;
    std::vector<Frame> all;
    all.push_back(protocol::ack(7));
    all.push_back(protocol::hello());
    Identity id;
    id.bootId = 0xDEADBEEF;
    id.stations = 64;
    id.lines = 8;
    id.firmware = 0x0102;
    id.model = "KTS-64 Controller";
    all.push_back(protocol::identity(id));
    all.push_back(protocol::ping(0x01020304));
    all.push_back(protocol::pong(0xFFFFFFFF));
    all.push_back(*protocol::event(core::Event::hook(3, true)));
    all.push_back(*protocol::event(core::Event::digit(300, '#')));
    all.push_back(*protocol::event(core::Event::key(4, core::Key::Callback)));
    all.push_back(*protocol::event(core::Event::key(4, protocol::key::hold))); // T2
    all.push_back(*protocol::event(core::Event::key(4, protocol::key::transfer))); // T3
    all.push_back(*protocol::event(core::Event::key(4, protocol::key::line(16)))); // T1
    all.push_back(*protocol::event(core::Event::ringCycle(5, 255)));
    all.push_back(*protocol::event(core::Event::lineRing(2, true)));
    all.push_back(*protocol::event(core::Event::lineDrop(8)));
    all.push_back(protocol::stateReport(StateReport {0, 1, QByteArray(200, '\1')}));
    all.push_back(protocol::stateReport(StateReport {1, 3, hex("00 01 02 03")}));
    all.push_back(protocol::syncDone());
    all.push_back(protocol::command(Command::ring(3, core::Cadence::Callback)));
    all.push_back(protocol::command(Command::tone(0x1234, core::Tone::CampOn)));
    all.push_back(
        protocol::command(Command::connect(EndpointKind::Station, 3, EndpointKind::Line, 2)));
    all.push_back(protocol::command(Command::release(EndpointKind::Line, 2)));
    all.push_back(protocol::command(Command::line(2, true)));
    core::DisplayText text;
    text.append("Callback to 102 Bob Smith, the long name");
    all.push_back(protocol::command(Command::display(3, 1, text)));
    all.push_back(protocol::command(Command::display(3, 0, core::DisplayText())));
    all.push_back(protocol::command(Command::lamp(3, 0x01, core::LampMode::SlowFlash)));
    all.push_back(
        protocol::command(Command::lamp(3, protocol::key::line(2), core::LampMode::FastFlash)));
    all.push_back(protocol::sync());
    all.push_back(protocol::error(ErrorReport {3, 0x40, 17}));
    quint8 seq = 1;
    for (Frame &f : all)
        f.seq = f.isNumbered() ? seq++ : 0;
    return all;
}

} // namespace

class TestCodec : public QObject
{
    Q_OBJECT
private slots:
    // Section 2 test vectors.
    void crcTestVector() { QCOMPARE(crc16(QByteArray("123456789")), quint16(0x29B1)); }

    void cobsTestVectors()
    {
        QCOMPARE(cobs::encode(hex("11 22 00 33")), hex("03 11 22 02 33"));
        QCOMPARE(cobs::encode(hex("00")), hex("01 01"));
        const QByteArray full(254, '\x42');
        QCOMPARE(cobs::encode(full), QByteArray(1, '\xFF') + full);
        QCOMPARE(cobs::decode(hex("03 11 22 02 33")).value(), hex("11 22 00 33"));
        QCOMPARE(cobs::decode(hex("01 01")).value(), hex("00"));
        QCOMPARE(cobs::decode(QByteArray(1, '\xFF') + full).value(), full);
        // A decoder accepts a trailing 01 after a full block that ends the body.
        QCOMPARE(cobs::decode(QByteArray(1, '\xFF') + full + QByteArray(1, '\x01')).value(), full);
        QVERIFY(!cobs::decode(hex("05 11 22")).has_value()); // block past the end
        QVERIFY(!cobs::decode(QByteArray()).has_value());
    }

    void cobsRoundTripsAnyLength()
    {
        for (int n = 0; n < 700; ++n) {
            QByteArray data(n, '\0');
            for (int i = 0; i < n; ++i)
                data[i] = char((i * 37 + n) % 5 == 0 ? 0 : (i * 13 + 1) & 0xFF);
            const QByteArray enc = cobs::encode(data);
            QVERIFY(!enc.contains('\0'));
            QCOMPARE(cobs::decode(enc).value(), data);
        }
    }

    void pingGolden()
    {
        Frame f = protocol::ping(0x01020304);
        f.seq = 5;
        QCOMPARE(encodeFrame(f), hex("09 05 05 01 02 03 04 63 45 00"));
    }

    void hookGolden()
    {
        const QByteArray wire = hex("03 01 10 05 03 01 E5 88 00");
        const std::vector<Frame> frames = decodeAll(wire);
        QCOMPARE(frames.size(), size_t(1));
        QCOMPARE(frames[0].seq, quint8(1));
        const auto e = protocol::parseEvent(frames[0]);
        QVERIFY(e.has_value());
        QCOMPARE(e->type, core::Event::Type::Hook);
        QCOMPARE(e->port, quint16(3));
        QCOMPARE(e->value, quint8(1));
        Frame again = *protocol::event(*e);
        again.seq = 1;
        QCOMPARE(encodeFrame(again), wire);
    }

    // Issue 11: KEY frames with HOLD 0x05 and TRANSFER 0x06 (T2, T3), byte for byte, and back.
    void holdAndTransferKeys()
    {
        QCOMPARE(protocol::key::flash, quint8(0x04));
        QCOMPARE(protocol::key::hold, quint8(0x05));
        QCOMPARE(protocol::key::transfer, quint8(0x06));
        QCOMPARE(protocol::key::line(1), quint8(0x10)); // T1: 0x10 + n - 1
        QCOMPARE(protocol::key::line(16), quint8(0x1F));
        for (const quint8 k : {protocol::key::hold, protocol::key::transfer}) {
            Frame f = *protocol::event(core::Event::key(3, k));
            f.seq = 7;
            QCOMPARE(f.type, quint8(MessageType::Key));
            QCOMPARE(f.payload, QByteArray::fromRawData("\x00\x03", 2) + char(k));
            const std::vector<Frame> frames = decodeAll(encodeFrame(f));
            QCOMPARE(frames.size(), size_t(1));
            QCOMPARE(frames[0], f);
            const auto e = protocol::parseEvent(frames[0]);
            QVERIFY(e.has_value());
            QCOMPARE(e->type, core::Event::Type::Key);
            QCOMPARE(e->port, quint16(3));
            QCOMPARE(e->value, k);
        }
    }

    // The keys' engravings, as the simulator's "key S NAME" takes them.
    void keyNames()
    {
        QCOMPARE(protocol::key::name(protocol::key::hold), QStringLiteral("HOLD"));
        QCOMPARE(protocol::key::name(protocol::key::transfer), QStringLiteral("TRANSFER"));
        QCOMPARE(protocol::key::name(protocol::key::flash), QStringLiteral("FLASH"));
        QCOMPARE(protocol::key::name(0x11), QStringLiteral("LINE2"));
        QVERIFY(protocol::key::name(0x00).isEmpty());
        QVERIFY(protocol::key::name(0x07).isEmpty());
        QVERIFY(protocol::key::name(0x20).isEmpty());
        for (quint8 k = 0; k < 0x20; ++k) {
            if (!protocol::key::name(k).isEmpty())
                QCOMPARE(protocol::key::fromName(protocol::key::name(k).toLower()), k);
        }
        QCOMPARE(protocol::key::lineOf(0x1F), 16);
        QCOMPARE(protocol::key::lineOf(protocol::key::hold), 0);
        QCOMPARE(protocol::key::fromName(QStringLiteral("LINE17")), quint8(0));
        QCOMPARE(protocol::key::fromName(QStringLiteral("LINE0")), quint8(0));
        QCOMPARE(protocol::key::fromName(QStringLiteral("PARK")), quint8(0));
    }

    // Every message of section 5 survives encode, the wire and decode, and reads back the same.
    void roundTripEveryMessage()
    {
        const std::vector<Frame> all = everyMessage();
        QByteArray wire;
        for (const Frame &f : all)
            wire += encodeFrame(f);
        FrameDecoder decoder;
        std::vector<Frame> out;
        // Fed one byte at a time, as a slow serial line would.
        for (char c : wire)
            decoder.feed(&c, 1, out);
        QCOMPARE(decoder.framingErrors(), quint64(0));
        QCOMPARE(out.size(), all.size());
        for (size_t i = 0; i < all.size(); ++i)
            QVERIFY2(out[i] == all[i], qPrintable(describe(all[i])));
        QCOMPARE(protocol::parseIdentity(out[2])->model, QByteArray("KTS-64 Controller"));
        QCOMPARE(protocol::parseIdentity(out[2])->bootId, 0xDEADBEEFu);
        QCOMPARE(*protocol::parseToken(out[3]), 0x01020304u);
        QCOMPARE(protocol::parseStateReport(out[14])->states.size(), 200);
        QCOMPARE(protocol::parseError(out.back())->offendingType, quint8(0x40));
        for (const Frame &f : out) {
            if (auto c = protocol::parseCommand(f))
                QCOMPARE(protocol::command(*c).payload, f.payload);
            if (auto e = protocol::parseEvent(f))
                QCOMPARE(protocol::event(*e)->payload, f.payload);
        }
    }

    // Every single-byte corruption of a valid frame is rejected, never misdelivered.
    void singleByteCorruptionRejected()
    {
        int tried = 0;
        for (const Frame &f : everyMessage()) {
            const QByteArray wire = encodeFrame(f);
            for (int at = 0; at < wire.size() - 1; ++at) {
                for (int v = 0; v < 256; ++v) {
                    if (char(v) == wire.at(at))
                        continue;
                    QByteArray bad = wire;
                    bad[at] = char(v);
                    FrameDecoder decoder;
                    const std::vector<Frame> out = decodeAll(bad, &decoder);
                    ++tried;
                    QVERIFY2(out.empty(),
                        qPrintable(QStringLiteral("%1 with byte %2 = %3 delivered")
                                       .arg(describe(f))
                                       .arg(at)
                                       .arg(v)));
                    QVERIFY(decoder.framingErrors() >= 1);
                }
            }
        }
        QVERIFY(tried > 100000);
    }

    // Every truncation of a valid frame is rejected.
    void truncationRejected()
    {
        for (const Frame &f : everyMessage()) {
            const QByteArray wire = encodeFrame(f);
            for (int n = 1; n < wire.size() - 1; ++n) {
                FrameDecoder decoder;
                QVERIFY2(decodeAll(wire.left(n) + QByteArray(1, '\0'), &decoder).empty(),
                    qPrintable(describe(f)));
                QCOMPARE(decoder.framingErrors(), quint64(1));
            }
        }
    }

    // More than 300 bytes without a delimiter: discard up to the next 0x00; the next frame is good.
    void overlongRunDiscarded()
    {
        FrameDecoder decoder;
        const QByteArray junk(400, '\x55');
        Frame f = protocol::ping(9);
        f.seq = 1;
        const std::vector<Frame> out
            = decodeAll(junk + QByteArray(1, '\0') + encodeFrame(f), &decoder);
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(out[0], f);
        QCOMPARE(decoder.framingErrors(), quint64(1));
    }

    // A payload whose length does not fit its type, and a body under 4 bytes, are framing errors.
    void lengthRulesEnforced()
    {
        Frame f;
        f.seq = 1;
        f.type = quint8(MessageType::Hook);
        f.payload = hex("00 03");
        FrameDecoder decoder;
        QVERIFY(decodeAll(encodeFrame(f), &decoder).empty());
        QVERIFY(decoder.lastError().contains(QStringLiteral("does not fit")));
        QVERIFY(decodeAll(cobs::encode(hex("01 10 00")) + QByteArray(1, '\0'), &decoder).empty());
        QCOMPARE(decoder.framingErrors(), quint64(2));
        QVERIFY(!payloadFits(quint8(MessageType::StateReport), hex("00 00 01 00")));
        QVERIFY(!payloadFits(quint8(MessageType::StateReport), hex("00 00 01 02 00")));
        QVERIFY(payloadFits(quint8(MessageType::StateReport), hex("00 00 01 02 00 00")));
        QVERIFY(!payloadFits(quint8(MessageType::Display), QByteArray(28, 'a')));
        // Empty frames (two delimiters in a row) are not errors.
        QVERIFY(decodeAll(QByteArray(5, '\0'), &decoder).empty());
        QCOMPARE(decoder.framingErrors(), quint64(2));
    }
};

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
