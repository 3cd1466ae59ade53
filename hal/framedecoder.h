#pragma once

#include "message.h"

#include <vector>

namespace sb::hal {

/// Splits a byte stream into frames and applies the discard rules of controller-link.md section 2.
class FrameDecoder
{
public:
    /// Bytes without a delimiter after which everything up to the next 0x00 is discarded.
    static constexpr int maxUndelimited = 300;

    /// Takes bytes as they arrive; appends every good frame to `out`.
    void feed(const char *data, qsizetype size, std::vector<Frame> &out);
    void feed(const QByteArray &bytes, std::vector<Frame> &out)
    {
        feed(bytes.constData(), bytes.size(), out);
    }
    /// Forgets a partial frame (after the transport was reopened).
    void reset();

    /// Frames discarded: bad COBS, short body, CRC mismatch, payload that does not fit, or
    /// overlong.
    quint64 framingErrors() const { return m_errors; }
    /// Why the last frame was discarded, for the log.
    const QString &lastError() const { return m_lastError; }

private:
    void frameEnded(std::vector<Frame> &out);
    void error(const QString &why);

    QByteArray m_buffer;
    bool m_skipping = false; // discarding an overlong run up to the next delimiter
    quint64 m_errors = 0;
    QString m_lastError;
};

} // namespace sb::hal
