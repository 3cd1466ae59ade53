#include "crc16.h"

#include <array>

namespace sb::hal {

namespace {

constexpr std::array<quint16, 256> makeTable()
{
    std::array<quint16, 256> t {};
    for (int i = 0; i < 256; ++i) {
        quint16 c = quint16(i << 8);
        for (int b = 0; b < 8; ++b)
            c = (c & 0x8000) ? quint16((c << 1) ^ 0x1021) : quint16(c << 1);
        t[size_t(i)] = c;
    }
    return t;
}

constexpr std::array<quint16, 256> table = makeTable();

} // namespace

quint16 crc16(const char *data, qsizetype size)
{
    quint16 crc = 0xFFFF;
    for (qsizetype i = 0; i < size; ++i)
        crc = quint16((crc << 8) ^ table[((crc >> 8) ^ quint8(data[i])) & 0xFF]);
    return crc;
}

} // namespace sb::hal
