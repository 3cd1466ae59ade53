#pragma once

#include "programming.h"

#include <QFlags>

namespace sb::core {

/// Edits of many rows of the extension table at once: renumber a range, copy settings from one
/// row to many. The result is checked like any edit (Programming::problems()) before it applies.
class BulkEdit
{
public:
    enum Setting {
        Type = 0x1,
        CampOnTones = 0x2,
        Lines = 0x4,
    };
    Q_DECLARE_FLAGS(Settings, Setting)

    /// Numbers `rows`, in the order given, first, first + step, …, keeping the width of `first`
    /// ("0100" gives "0101"); returns what is wrong (and changes nothing) or an empty string.
    static QString renumber(QVector<ExtensionConfig> &extensions, const QVector<int> &rows,
        const QString &first, int step = 1);

    /// Copies the chosen settings of row `from` to `rows`; returns what is wrong or "".
    static QString copySettings(QVector<ExtensionConfig> &extensions, int from,
        const QVector<int> &rows, Settings settings);
};

} // namespace sb::core

Q_DECLARE_OPERATORS_FOR_FLAGS(sb::core::BulkEdit::Settings)
