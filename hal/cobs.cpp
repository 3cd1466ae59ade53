#include "cobs.h"

namespace sb::hal::cobs {

QByteArray encode(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size() + data.size() / 254 + 2);
    int codeAt = out.size();
    out.append('\0');
    quint8 code = 1;
    for (int i = 0; i < data.size(); ++i) {
        const char byte = data.at(i);
        if (byte == 0) {
            out[codeAt] = char(code);
            codeAt = out.size();
            out.append('\0');
            code = 1;
            continue;
        }
        out.append(byte);
        if (++code == 0xFF) {
            out[codeAt] = char(code);
            code = 1;
            if (i + 1 == data.size())
                return out; // a full block ends the data: no overhead byte after it
            codeAt = out.size();
            out.append('\0');
        }
    }
    out[codeAt] = char(code);
    return out;
}

std::optional<QByteArray> decode(const QByteArray &encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    int i = 0;
    const int n = encoded.size();
    if (n == 0)
        return std::nullopt;
    while (i < n) {
        const quint8 code = quint8(encoded.at(i));
        if (code == 0)
            return std::nullopt;
        if (i + code > n)
            return std::nullopt; // the block runs past the end
        for (int k = 1; k < code; ++k) {
            const char byte = encoded.at(i + k);
            if (byte == 0)
                return std::nullopt;
            out.append(byte);
        }
        i += code;
        // A block shorter than 254 bytes stands for a zero, unless it ends the frame. (So a
        // trailing 01 after a full block that ends the data adds nothing, as the spec allows.)
        if (code != 0xFF && i < n)
            out.append('\0');
    }
    return out;
}

} // namespace sb::hal::cobs
