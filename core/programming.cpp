#include "programming.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace sb::core {

namespace {

/// Messages, translated in the context "Programming".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Programming)
};

} // namespace

bool SystemOptions::operator==(const SystemOptions &o) const
{
    return callbackEnabled == o.callbackEnabled && campOnTones == o.campOnTones
        && ringLimit == o.ringLimit && guardDelay == o.guardDelay && expiry == o.expiry
        && maxRequestsPerTarget == o.maxRequestsPerTarget
        && maxRequestsPerCaller == o.maxRequestsPerCaller
        && holdRecallSeconds == o.holdRecallSeconds
        && transferRecallSeconds == o.transferRecallSeconds
        && historyRetentionDays == o.historyRetentionDays
        && historyMaxMegabytes == o.historyMaxMegabytes;
}

bool ExtensionConfig::operator==(const ExtensionConfig &o) const
{
    return number == o.number && name == o.name && type == o.type && port == o.port
        && receivesCampOnTones == o.receivesCampOnTones && lines == o.lines;
}

bool Programming::operator==(const Programming &o) const
{
    return options == o.options && extensions == o.extensions && factory == o.factory;
}

bool Programming::isNumber(const QString &number)
{
    if (number.isEmpty() || number.size() > 8)
        return false;
    return std::all_of(
        number.begin(), number.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
}

QString Programming::factoryNumber(int port, int stations)
{
    return QString::number((stations <= 899 ? 100 : 1000) + port);
}

Programming Programming::factoryDefaults(int stations, int lines)
{
    Programming p;
    p.extensions.reserve(stations);
    for (int port = 1; port <= stations; ++port) {
        ExtensionConfig e;
        e.port = port;
        e.number = factoryNumber(port, stations);
        if (port == 1) {
            e.type = ExtensionType::Attendant;
            // In the interface language at the time the factory programming is made.
            e.name = QCoreApplication::translate("Programming", "Attendant");
            // Every outside line rings the attendant.
            for (int l = 1; l <= lines; ++l)
                e.lines.append(l);
        }
        p.extensions.append(e);
    }
    return p;
}

QString Programming::nameProblem(const QString &name)
{
    int position = 0; // in characters, as a person counts them
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isLowSurrogate())
            continue;
        ++position;
        const char16_t u = c.unicode();
        QString what;
        if (u == '\n' || u == '\r' || u == 0x0B || u == 0x0C || u == 0x85
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            what = Text::tr("a line break");
        else if (c.category() == QChar::Other_Control)
            what = Text::tr("a control character");
        else if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E
            || u == 0x200F || u == 0x061C)
            // They reorder the text around them: a name could show as something it is not.
            what = Text::tr("a text-direction control");
        if (!what.isEmpty())
            return Text::tr("name: character %1 (U+%2) is %3, which a name may not hold")
                .arg(position)
                .arg(int(u), 4, 16, QLatin1Char('0'))
                .arg(what);
    }
    return QString();
}

QStringList Programming::problems(Checks checks, Size size) const
{
    QStringList out;
    for (const Problem &p : findProblems(checks, size))
        out << p.text;
    return out;
}

QVector<Programming::Problem> Programming::findProblems(
    Checks checks, Size size, const QVector<int> &rowNumbers) const
{
    using Field = Problem::Field;
    // Each message names the row (1 = the first extension) and the field in words; row and
    // field travel with it so that a view links it to its cell without reading the words.
    QVector<Problem> out;
    auto add = [&out](int row, Field field, const QString &text) {
        out.append({row, field, text});
    };
    // Every phone would be dead: never what an installer means.
    if (extensions.isEmpty())
        add(-1, Field::Table,
            Text::tr("extensions: the table is empty, so no phone would work; keep at least "
                     "the attendant"));
    QSet<QString> numbers;
    QSet<int> ports;
    struct Valid
    {
        QString number;
        QString where;
        int row;
        bool operator<(const Valid &o) const { return number < o.number; }
    };
    QList<Valid> valid;
    int attendants = 0;
    for (int row = 0; row < extensions.size(); ++row) {
        const ExtensionConfig &e = extensions.at(row);
        const QString where = Text::tr("extension %1 (row %2)")
                                  .arg(e.number.isEmpty() ? QStringLiteral("?") : e.number)
                                  .arg(rowNumbers.value(row, row + 1));
        if (!isNumber(e.number)) {
            add(row, Field::Number, Text::tr("%1: number must be 1 to 8 digits").arg(where));
        } else if (e.number.startsWith(QLatin1Char('9'))) {
            add(row, Field::Number, Text::tr("%1: number clashes with the line code 9").arg(where));
        } else {
            if (numbers.contains(e.number))
                add(row, Field::Number, Text::tr("%1: number is used twice").arg(where));
            else
                valid.append({e.number, where, row});
            numbers.insert(e.number);
        }
        if (e.port < 1 || e.port > 65535)
            add(row, Field::Port, Text::tr("%1: port %2 is out of range").arg(where).arg(e.port));
        else if (size.stations >= 0 && e.port > size.stations)
            add(row, Field::Port,
                Text::tr("%1: port %2 is beyond the controller's stations (it has %3)")
                    .arg(where)
                    .arg(e.port)
                    .arg(size.stations));
        else if (ports.contains(e.port))
            add(row, Field::Port, Text::tr("%1: port %2 is used twice").arg(where).arg(e.port));
        ports.insert(e.port);
        // Port 1 is the attendant position (behaviour.md), wired for a keyset.
        if (checks == Checks::Edit && e.port == 1 && e.type == ExtensionType::SingleLine)
            add(row, Field::Type,
                Text::tr("%1: type: port 1 is the attendant position and takes a keyset, "
                         "not a single-line set")
                    .arg(where));
        attendants += e.type == ExtensionType::Attendant ? 1 : 0;
        for (int l : e.lines) {
            if (l < 1 || l > 65535)
                add(row, Field::Lines, Text::tr("%1: line %2 is out of range").arg(where).arg(l));
            else if (size.lines >= 0 && l > size.lines)
                add(row, Field::Lines,
                    Text::tr("%1: line %2 is beyond the controller's lines (it has %3)")
                        .arg(where)
                        .arg(l)
                        .arg(size.lines));
        }
        if (const QString bad = nameProblem(e.name); !bad.isEmpty())
            add(row, Field::Name, Text::tr("%1: %2").arg(where, bad));
    }
    // B3 and R10 need an attendant: the position that is never busy.
    if (checks == Checks::Edit && !extensions.isEmpty() && attendants == 0)
        add(-1, Field::Type,
            Text::tr("type: no extension is the attendant; give one keyset the type attendant"));
    // A number that starts another would never be reached by dialling (or only after a wait).
    std::stable_sort(valid.begin(), valid.end());
    for (int i = 0; i + 1 < valid.size(); ++i) {
        const Valid &a = valid.at(i), &b = valid.at(i + 1);
        if (b.number.startsWith(a.number))
            add(a.row, Field::Number,
                Text::tr("%1: number %2 is the start of %3 (%4)")
                    .arg(a.where, a.number, b.number, b.where));
    }
    if (options.ringLimit < 1 || options.ringLimit > 15)
        add(-1, Field::RingLimit, Text::tr("ring limit must be 1 to 15"));
    if (options.guardDelay < 0 || options.guardDelay > 60000)
        add(-1, Field::GuardDelay, Text::tr("guard delay must be 0 to 60 s"));
    if (options.expiry < 0)
        add(-1, Field::Expiry, Text::tr("expiry must not be negative"));
    if (options.maxRequestsPerTarget < 1 || options.maxRequestsPerTarget > 1000)
        add(-1, Field::RequestsPerTarget, Text::tr("requests per extension must be 1 to 1000"));
    if (options.maxRequestsPerCaller < 1 || options.maxRequestsPerCaller > 1000)
        add(-1, Field::RequestsPerCaller, Text::tr("requests per caller must be 1 to 1000"));
    if (options.holdRecallSeconds < 10 || options.holdRecallSeconds > 600)
        add(-1, Field::HoldRecall, Text::tr("hold recall time must be 10 to 600 s"));
    if (options.transferRecallSeconds < 10 || options.transferRecallSeconds > 300)
        add(-1, Field::TransferRecall, Text::tr("transfer recall time must be 10 to 300 s"));
    return out;
}

} // namespace sb::core
