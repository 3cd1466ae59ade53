#include "command.h"

#include <QList>

#include <cstring>

namespace sb::core {

DisplayText &DisplayText::append(const char *text)
{
    for (; *text && m_length < maxLength; ++text) {
        const char c = *text;
        m_data[m_length++] = (c >= 0x20 && c <= 0x7e) ? c : '?';
    }
    m_data[m_length] = 0;
    return *this;
}

QByteArray DisplayText::transliterate(char32_t c)
{
    if (c >= 0x20 && c <= 0x7e)
        return QByteArray(1, char(c));
    // German umlauts are written out, as phone books and phone systems do; letters that do not
    // decompose get their usual ASCII spelling.
    static const struct
    {
        char32_t letter;
        const char *ascii;
    } table[] = {{U'ä', "ae"}, {U'ö', "oe"}, {U'ü', "ue"}, {U'Ä', "Ae"}, {U'Ö', "Oe"}, {U'Ü', "Ue"},
        {U'ß', "ss"}, {U'ẞ', "SS"}, {U'æ', "ae"}, {U'Æ', "AE"}, {U'ø', "o"}, {U'Ø', "O"},
        {U'œ', "oe"}, {U'Œ', "OE"}, {U'ł', "l"}, {U'Ł', "L"}, {U'đ', "d"}, {U'Đ', "D"}, {U'ð', "d"},
        {U'Ð', "D"}, {U'þ', "th"}, {U'Þ', "Th"}, {U'ı', "i"}, {U'ħ', "h"}, {U'Ħ', "H"}, {U'ŧ', "t"},
        {U'Ŧ', "T"}, {U'ĸ', "q"}, {U'ŋ', "ng"}, {U'Ŋ', "NG"}, {U'‘', "'"}, {U'’', "'"}, {U'‚', ","},
        {U'“', "\""}, {U'”', "\""}, {U'„', "\""}, {U'–', "-"}, {U'—', "-"}, {U'‐', "-"},
        {U'‑', "-"}, {U'…', "..."}};
    for (const auto &t : table) {
        if (t.letter == c)
            return t.ascii;
    }
    // é → e + ´, ñ → n + ˜, ﬁ → fi, full-width Ａ → A: keep the ASCII, drop the marks.
    QByteArray out;
    const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
    for (const QChar d : decomposed) {
        if (d.unicode() >= 0x20 && d.unicode() <= 0x7e)
            out.append(char(d.unicode()));
        else if (!d.isMark())
            return QByteArrayLiteral("?");
    }
    return out; // empty for a lone combining mark
}

DisplayText &DisplayText::append(const QString &text)
{
    // Composed first, so that u + combining diaeresis is ü (ue) too; a character beyond the
    // BMP is one '?'.
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_C).toUcs4();
    for (const uint c : codePoints) {
        if (m_length >= maxLength)
            break;
        const QByteArray ascii = transliterate(char32_t(c));
        for (int i = 0; i < ascii.size() && m_length < maxLength; ++i)
            m_data[m_length++] = ascii.at(i);
    }
    m_data[m_length] = 0;
    return *this;
}

bool DisplayText::operator==(const DisplayText &o) const
{
    return m_length == o.m_length && std::memcmp(m_data.data(), o.m_data.data(), m_length) == 0;
}

Command Command::ring(int station, Cadence c)
{
    Command cmd;
    cmd.type = Type::Ring;
    cmd.idA = quint16(station);
    cmd.value = quint8(c);
    return cmd;
}

Command Command::tone(int station, Tone t)
{
    Command cmd;
    cmd.type = Type::Tone;
    cmd.idA = quint16(station);
    cmd.value = quint8(t);
    return cmd;
}

Command Command::connect(EndpointKind ka, int a, EndpointKind kb, int b)
{
    Command cmd;
    cmd.type = Type::Connect;
    cmd.kindA = ka;
    cmd.idA = quint16(a);
    cmd.kindB = kb;
    cmd.idB = quint16(b);
    return cmd;
}

Command Command::release(EndpointKind k, int id)
{
    Command cmd;
    cmd.type = Type::Release;
    cmd.kindA = k;
    cmd.idA = quint16(id);
    return cmd;
}

Command Command::line(int line, bool seize)
{
    Command cmd;
    cmd.type = Type::Line;
    cmd.kindA = EndpointKind::Line;
    cmd.idA = quint16(line);
    cmd.value = seize ? 1 : 0;
    return cmd;
}

Command Command::display(int station, int row, const DisplayText &text)
{
    Command cmd;
    cmd.type = Type::Display;
    cmd.idA = quint16(station);
    cmd.value = quint8(row);
    cmd.text = text;
    return cmd;
}

Command Command::lamp(int station, quint8 key, LampMode mode)
{
    Command cmd;
    cmd.type = Type::Lamp;
    cmd.idA = quint16(station);
    cmd.value = key;
    cmd.mode = quint8(mode);
    return cmd;
}

bool Command::operator==(const Command &o) const
{
    return type == o.type && kindA == o.kindA && idA == o.idA && kindB == o.kindB && idB == o.idB
        && value == o.value && mode == o.mode && text == o.text;
}

static QString endpoint(EndpointKind k, int id)
{
    return (k == EndpointKind::Station ? QStringLiteral("station %1") : QStringLiteral("line %1"))
        .arg(id);
}

QString Command::toString() const
{
    switch (type) {
    case Type::Ring:
        return QStringLiteral("RING %1 %2").arg(idA).arg(core::toString(Cadence(value)));
    case Type::Tone:
        return QStringLiteral("TONE %1 %2").arg(idA).arg(core::toString(Tone(value)));
    case Type::Connect:
        return QStringLiteral("CONNECT %1 %2").arg(endpoint(kindA, idA), endpoint(kindB, idB));
    case Type::Release:
        return QStringLiteral("RELEASE %1").arg(endpoint(kindA, idA));
    case Type::Line:
        return QStringLiteral("LINE %1 %2").arg(idA).arg(value ? "seize" : "release");
    case Type::Display:
        return QStringLiteral("DISPLAY %1 row %2 \"%3\"")
            .arg(idA)
            .arg(value)
            .arg(QString::fromLatin1(text.toByteArray()));
    case Type::Lamp:
        return QStringLiteral("LAMP %1 %2 %3").arg(idA).arg(keyName(value)).arg(mode);
    }
    return QStringLiteral("?");
}

} // namespace sb::core
