#pragma once

#include "types.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace sb::core {

/// System options of behaviour.md; the defaults are the factory's.
struct SystemOptions
{
    bool callbackEnabled = true; ///< R13
    bool campOnTones = true; ///< R8, system-wide
    int ringLimit = 4; ///< R6: callback rings before it is cancelled (1..15)
    Millis guardDelay = 0; ///< X2: how long a target must have been idle (0..60 s)
    Millis expiry = 0; ///< X1: requests older than this end as expired; 0 = never
    int maxRequestsPerTarget = 32; ///< R2
    int maxRequestsPerCaller = 16; ///< R2
    int holdRecallSeconds = 60; ///< T2: a held line rings its holder after this long (10..600)
    int transferRecallSeconds = 30; ///< T7: an unanswered transfer recalls after this (10..300)
    int historyRetentionDays = 400; ///< issue 12: the history keeps this many days (1..3650)
    int historyMaxMegabytes = 1024; ///< ... and at most this much data (16..102400)

    bool operator==(const SystemOptions &o) const;
    bool operator!=(const SystemOptions &o) const { return !(*this == o); }
};

/// One row of the extension table.
struct ExtensionConfig
{
    QString number; ///< digits only
    QString name;
    ExtensionType type = ExtensionType::Keyset;
    int port = 0; ///< station port 1..S
    bool receivesCampOnTones = true; ///< R8
    QVector<int> lines; ///< outside lines that ring this extension (B6)

    bool operator==(const ExtensionConfig &o) const;
};

/// The controller's size a table must fit; -1 while it is not known (only 1..65535 is checked
/// then).
struct ControllerSize
{
    int stations = -1;
    int lines = -1;
};

/// One problem Check finds: where it is (so that a view can select the cell) and what it says.
struct ProgrammingProblem
{
    /// The field a problem is in: a column of the extension table, or one option.
    enum class Field {
        Table, ///< the whole table (it is empty)
        Number,
        Name,
        Type,
        Port,
        CampOn,
        Lines,
        RingLimit,
        GuardDelay,
        Expiry,
        RequestsPerTarget,
        RequestsPerCaller,
        HoldRecall,
        TransferRecall
    };
    int row = -1; ///< index into the extension table; -1 for an option or the whole table
    Field field = Field::Table;
    QString text; ///< translated; names the row (as the person sees it) and the field

    bool operator==(const ProgrammingProblem &o) const
    {
        return row == o.row && field == o.field && text == o.text;
    }
};

/// Everything an installer programs: the options and the extension table.
class Programming
{
public:
    /// The factory defaults of behaviour.md for a controller of this size.
    static Programming factoryDefaults(int stations, int lines);

    /// True for what can be an extension number: 1 to 8 ASCII digits.
    static bool isNumber(const QString &number);

    /// Extension number of station port p by the factory rule (100 + p, or 1000 + p above 899
    /// stations).
    static QString factoryNumber(int port, int stations);

    SystemOptions options;
    QVector<ExtensionConfig> extensions;
    /// True while nothing was programmed: the table then follows the controller's size.
    bool factory = true;

    /// Which checks: a file being loaded skips those added after format 1 was first written (the
    /// attendant's), so a file that loaded before still loads; an edit gets them all.
    enum class Checks { Load, Edit };
    using Size = ControllerSize;
    using Problem = ProgrammingProblem;
    /// Problems that would stop the table from working, each with its row and field; empty if
    /// none. A message shows row r as `rowNumbers[r]` (a CSV file's row), or r + 1 without it.
    QVector<Problem> findProblems(
        Checks checks = Checks::Edit, Size size = {}, const QVector<int> &rowNumbers = {}) const;
    /// The texts of findProblems(), each naming the field; empty if none.
    QStringList problems(Checks checks = Checks::Edit, Size size = {}) const;

    /// What makes `name` unfit for displays and logs (a control character, a line break, a
    /// bidirectional override), naming the character; empty if nothing.
    static QString nameProblem(const QString &name);

    bool operator==(const Programming &o) const;
};

} // namespace sb::core
