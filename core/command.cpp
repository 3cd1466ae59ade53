#include "command.h"

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

DisplayText &DisplayText::append(const QString &text)
{
    for (const QChar ch : text) {
        if (m_length >= maxLength)
            break;
        const char16_t u = ch.unicode();
        m_data[m_length++] = (u >= 0x20 && u <= 0x7e) ? char(u) : '?';
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
