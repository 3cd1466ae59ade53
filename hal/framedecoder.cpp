#include "framedecoder.h"

#include "cobs.h"
#include "crc16.h"

namespace sb::hal {

void FrameDecoder::reset()
{
    m_buffer.clear();
    m_skipping = false;
}

void FrameDecoder::error(const QString &why)
{
    ++m_errors;
    m_lastError = why;
}

void FrameDecoder::feed(const char *data, qsizetype size, std::vector<Frame> &out)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char byte = data[i];
        if (byte == 0) {
            if (m_skipping)
                m_skipping = false;
            else if (!m_buffer.isEmpty())
                frameEnded(out);
            m_buffer.clear();
            continue;
        }
        if (m_skipping)
            continue;
        m_buffer.append(byte);
        if (m_buffer.size() > maxUndelimited) {
            error(QStringLiteral("more than %1 bytes without a delimiter").arg(maxUndelimited));
            m_buffer.clear();
            m_skipping = true;
        }
    }
}

void FrameDecoder::frameEnded(std::vector<Frame> &out)
{
    const std::optional<QByteArray> body = cobs::decode(m_buffer);
    if (!body) {
        error(QStringLiteral("COBS decoding failed"));
        return;
    }
    if (body->size() < 4) {
        error(QStringLiteral("body of %1 bytes is shorter than 4").arg(body->size()));
        return;
    }
    const qsizetype n = body->size() - 2;
    const quint16 crc = quint16((quint8(body->at(n)) << 8) | quint8(body->at(n + 1)));
    if (crc16(body->constData(), n) != crc) {
        error(QStringLiteral("CRC mismatch"));
        return;
    }
    Frame f;
    f.seq = quint8(body->at(0));
    f.type = quint8(body->at(1));
    f.payload = body->mid(2, n - 2);
    // An unknown type is passed on (the session acknowledges and logs it); a known one must fit.
    if (isKnownType(f.type) && !payloadFits(f.type, f.payload)) {
        error(QStringLiteral("%1 payload of %2 bytes does not fit its type")
                  .arg(typeName(f.type))
                  .arg(f.payload.size()));
        return;
    }
    out.push_back(std::move(f));
}

} // namespace sb::hal
