#pragma once

#include "types.h"

#include <QMetaType>
#include <QString>

#include <array>

namespace sb::core {

/// Up to 24 printable ASCII characters, the DISPLAY command's text; no heap.
class DisplayText
{
public:
    static constexpr int maxLength = 24;
    DisplayText() = default;
    /// Appends, replacing anything not printable ASCII by '?', and truncates at 24.
    DisplayText &append(const char *text);
    /// Appends, transliterated to ASCII as phone displays do (ü → ue, é → e, ß → ss; anything
    /// without an ASCII spelling → '?'), and truncates at 24 after transliteration.
    DisplayText &append(const QString &text);
    /// The ASCII spelling of one character for a display ("ue" for ü), "?" if it has none.
    static QByteArray transliterate(char32_t c);
    int size() const { return m_length; }
    bool isEmpty() const { return m_length == 0; }
    const char *data() const { return m_data.data(); }
    QByteArray toByteArray() const { return QByteArray(m_data.data(), m_length); }
    bool operator==(const DisplayText &o) const;

private:
    std::array<char, maxLength + 1> m_data {};
    quint8 m_length = 0;
};

/// A host command of controller-link.md section 5 (RING, TONE, CONNECT, RELEASE, LINE, DISPLAY,
/// LAMP).
struct Command
{
    enum class Type : quint8 { Ring = 0x40, Tone, Connect, Release, Line, Display, Lamp };

    Type type = Type::Ring;
    EndpointKind kindA = EndpointKind::Station;
    quint16 idA = 0; ///< station, line, or first endpoint
    EndpointKind kindB = EndpointKind::Station;
    quint16 idB = 0; ///< second endpoint of CONNECT
    quint8 value = 0; ///< cadence, tone, line state, display row, or lamp key
    quint8 mode = 0; ///< lamp mode
    DisplayText text;

    static Command ring(int station, Cadence c);
    static Command tone(int station, Tone t);
    static Command connect(EndpointKind ka, int a, EndpointKind kb, int b);
    static Command release(EndpointKind k, int id);
    static Command line(int line, bool seize);
    static Command display(int station, int row, const DisplayText &text);
    static Command lamp(int station, quint8 key, LampMode mode);

    bool operator==(const Command &o) const;
    /// One line for logs and --headless, e.g. "RING 3 callback".
    QString toString() const;
};

} // namespace sb::core

Q_DECLARE_METATYPE(sb::core::Command)
