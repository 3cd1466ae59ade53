#pragma once

#include <QByteArray>

namespace sb::hal {

/// CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, not reflected, no final xor.
quint16 crc16(const char *data, qsizetype size);
inline quint16 crc16(const QByteArray &data)
{
    return crc16(data.constData(), data.size());
}

} // namespace sb::hal
