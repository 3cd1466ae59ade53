#include "extensioncsv.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExtensionCsv)
};

/// CSV text as rows of fields (quotes, doubled quotes, CRLF or LF).
struct Parsed
{
    QList<QStringList> rows;
    int unclosedQuoteRow = 0; ///< the row (1 = the first) whose quote never closes, or 0
};

Parsed parse(const QByteArray &csv)
{
    Parsed out;
    QStringList row;
    QByteArray cur;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv.at(i + 1) == '"') {
                cur += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << QString::fromUtf8(cur);
            cur.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < csv.size() && csv.at(i + 1) == '\n')
                ++i;
            row << QString::fromUtf8(cur);
            cur.clear();
            out.rows << row;
            row.clear();
        } else {
            cur += c;
        }
    }
    if (quoted) // the rest of the file went into one field: that row is the broken one
        out.unclosedQuoteRow = int(out.rows.size()) + 1;
    if (!cur.isEmpty() || !row.isEmpty()) {
        row << QString::fromUtf8(cur);
        out.rows << row;
    }
    return out;
}

} // namespace

QByteArray csvField(const QString &text)
{
    QByteArray f = text.toUtf8();
    if (f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r')) {
        f.replace("\"", "\"\"");
        f = '"' + f + '"';
    }
    return f;
}

namespace extensioncsv {

QByteArray write(const QVector<ExtensionConfig> &extensions)
{
    QByteArray out = "number,name,type,port,receivesCampOnTones,lines\r\n";
    for (const ExtensionConfig &e : extensions) {
        QStringList lines;
        for (int l : e.lines)
            lines << QString::number(l);
        out += csvField(e.number) + ',' + csvField(e.name) + ',' + toString(e.type) + ','
            + QByteArray::number(e.port) + ',' + (e.receivesCampOnTones ? "yes" : "no") + ','
            + csvField(lines.join(QLatin1Char(';'))) + "\r\n";
    }
    return out;
}

std::optional<QVector<ExtensionConfig>> read(
    const QByteArray &csv, QStringList *errors, ControllerSize size)
{
    // Every problem of the file in one pass: its structure, each row's fields, then the table's
    // own checks on the rows that read.
    QStringList bad;
    QVector<ExtensionConfig> out;
    QVector<int> fileRow; // out[i] came from row fileRow[i] of the file (1 = the header)
    bool rowsBad = false;
    // A spreadsheet may start the file with a byte-order mark.
    const Parsed parsed = parse(csv.startsWith("\xEF\xBB\xBF") ? csv.mid(3) : csv);
    const QList<QStringList> &rows = parsed.rows;
    static const QStringList header {QStringLiteral("number"), QStringLiteral("name"),
        QStringLiteral("type"), QStringLiteral("port"), QStringLiteral("receivesCampOnTones"),
        QStringLiteral("lines")};
    QStringList first;
    for (const QString &f : rows.value(0))
        first << f.trimmed();
    if (first != header)
        bad << Text::tr(
            "row 1: the header must be number,name,type,port,receivesCampOnTones,lines");
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList &f = rows.at(r);
        const QString where = Text::tr("row %1").arg(r + 1);
        if (r + 1 == parsed.unclosedQuoteRow) {
            bad << Text::tr("%1: a quote \" opens a field and is never closed").arg(where);
            rowsBad = true;
            continue;
        }
        if (f.size() == 1 && f.first().trimmed().isEmpty())
            continue; // a blank line
        if (f.size() != 6) {
            bad << Text::tr("%1: 6 fields expected, %2 found").arg(where).arg(f.size());
            rowsBad = true;
            continue;
        }
        const qsizetype before = bad.size();
        ExtensionConfig e;
        e.number = f.at(0).trimmed();
        e.name = f.at(1);
        const QString type = f.at(2).trimmed();
        if (const auto t = extensionTypeFromString(type))
            e.type = *t;
        else
            bad << Text::tr("%1: type '%2' is not keyset, single-line or attendant")
                       .arg(where, type);
        bool ok = false;
        e.port = f.at(3).trimmed().toInt(&ok);
        if (!ok)
            bad << Text::tr("%1: port '%2' is not a number").arg(where, f.at(3));
        const QString campOn = f.at(4).trimmed().toLower();
        if (campOn == QLatin1String("yes") || campOn == QLatin1String("true"))
            e.receivesCampOnTones = true;
        else if (campOn == QLatin1String("no") || campOn == QLatin1String("false"))
            e.receivesCampOnTones = false;
        else
            bad << Text::tr("%1: receivesCampOnTones '%2' is not yes or no").arg(where, f.at(4));
        for (const QString &l : f.at(5).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const int line = l.trimmed().toInt(&ok);
            if (!ok)
                bad << Text::tr("%1: line '%2' is not a number").arg(where, l);
            else
                e.lines << line;
        }
        if (bad.size() != before) {
            rowsBad = true;
            continue;
        }
        out << e;
        fileRow << r + 1;
    }
    // The table's own checks (numbers, ports, names, the controller's size) on what was read,
    // by row of the file.
    Programming p;
    p.extensions = out;
    for (const Programming::Problem &problem :
        p.findProblems(Programming::Checks::Edit, size, fileRow)) {
        // Of the whole table ("no extension is the attendant"): only when every row read, as a
        // bad row may be the one missing.
        if (problem.row < 0 && rowsBad)
            continue;
        bad << problem.text; // rows are named as the file's rows
    }
    if (!bad.isEmpty()) {
        if (errors)
            *errors = bad;
        return std::nullopt;
    }
    return out;
}

} // namespace extensioncsv

QStringList describeChanges(const Programming &before, const Programming &after)
{
    QStringList out;
    const SystemOptions &a = before.options, &b = after.options;
    auto option = [&out](const QString &what, const QString &from, const QString &to) {
        if (from != to)
            out << Text::tr("%1: %2 → %3").arg(what, from, to);
    };
    auto yesNo = [](bool v) { return v ? Text::tr("on") : Text::tr("off"); };
    option(Text::tr("callback"), yesNo(a.callbackEnabled), yesNo(b.callbackEnabled));
    option(Text::tr("camp-on tones"), yesNo(a.campOnTones), yesNo(b.campOnTones));
    option(Text::tr("ring limit"), QString::number(a.ringLimit), QString::number(b.ringLimit));
    option(Text::tr("guard delay (s)"), QString::number(a.guardDelay / 1000.0),
        QString::number(b.guardDelay / 1000.0));
    option(Text::tr("expiry (min)"), QString::number(a.expiry / 60000.0),
        QString::number(b.expiry / 60000.0));
    option(Text::tr("requests per extension"), QString::number(a.maxRequestsPerTarget),
        QString::number(b.maxRequestsPerTarget));
    option(Text::tr("requests per caller"), QString::number(a.maxRequestsPerCaller),
        QString::number(b.maxRequestsPerCaller));
    option(Text::tr("hold recall (s)"), QString::number(a.holdRecallSeconds),
        QString::number(b.holdRecallSeconds));
    option(Text::tr("transfer recall (s)"), QString::number(a.transferRecallSeconds),
        QString::number(b.transferRecallSeconds));
    option(Text::tr("history kept (days)"), QString::number(a.historyRetentionDays),
        QString::number(b.historyRetentionDays));
    option(Text::tr("history at most (MB)"), QString::number(a.historyMaxMegabytes),
        QString::number(b.historyMaxMegabytes));
    // Extensions are matched by port: the port is the wire to the phone.
    QMap<int, ExtensionConfig> old, now;
    for (const ExtensionConfig &e : before.extensions)
        old.insert(e.port, e);
    for (const ExtensionConfig &e : after.extensions)
        now.insert(e.port, e);
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!now.contains(it.key()))
            out << Text::tr("extension %1 (port %2) removed").arg(it->number).arg(it.key());
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!old.contains(it.key())) {
            out << Text::tr("extension %1 (port %2) added").arg(it->number).arg(it.key());
            continue;
        }
        const ExtensionConfig &x = old[it.key()], &y = *it;
        const QString who = Text::tr("extension %1 (port %2)").arg(x.number).arg(it.key());
        if (x.number != y.number)
            out << Text::tr("%1: number %2 → %3").arg(who, x.number, y.number);
        if (x.name != y.name)
            out << Text::tr("%1: name '%2' → '%3'").arg(who, x.name, y.name);
        if (x.type != y.type)
            out << Text::tr("%1: type %2 → %3")
                       .arg(who, QLatin1String(toString(x.type)), QLatin1String(toString(y.type)));
        if (x.receivesCampOnTones != y.receivesCampOnTones)
            out << Text::tr("%1: camp-on tones %2 → %3")
                       .arg(who, yesNo(x.receivesCampOnTones), yesNo(y.receivesCampOnTones));
        if (x.lines != y.lines) {
            QStringList from, to;
            for (int l : x.lines)
                from << QString::number(l);
            for (int l : y.lines)
                to << QString::number(l);
            out << Text::tr("%1: lines %2 → %3")
                       .arg(who, from.join(QLatin1Char(' ')), to.join(QLatin1Char(' ')));
        }
    }
    return out;
}

} // namespace sb::core
