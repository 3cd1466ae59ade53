#include "programmingjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace sb::core::programmingjson {

namespace {

/// Messages, translated in the context "ProgrammingFile".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammingFile)
};

/// What a JSON value is, for a message: "the string \"1\"", "the number 4.7", "a list".
QString found(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return v.toBool() ? Text::tr("true") : Text::tr("false");
    case QJsonValue::Double:
        return Text::tr("the number %1").arg(v.toDouble());
    case QJsonValue::String:
        return Text::tr("the text \"%1\"").arg(v.toString().left(40));
    case QJsonValue::Array:
        return Text::tr("a list [ … ]");
    case QJsonValue::Object:
        return Text::tr("an object { … }");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

/// Names each key of `o` that is not one of `known` (a misspelling is ignored, not guessed).
void unknownKeys(const QJsonObject &o, std::initializer_list<const char *> known,
    const QString &prefix, QStringList *out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const auto same = [&key](const char *k) { return key == QLatin1String(k); };
        if (std::any_of(known.begin(), known.end(), same))
            continue;
        const auto *near = std::find_if(known.begin(), known.end(), [&key](const char *k) {
            return key.compare(QLatin1String(k), Qt::CaseInsensitive) == 0;
        });
        *out << (near != known.end() ? Text::tr("%1%2: unknown key, ignored (did you mean %3?)")
                                           .arg(prefix, key, QLatin1String(*near))
                                     : Text::tr("%1%2: unknown key, ignored").arg(prefix, key));
    }
}

} // namespace

QByteArray write(const Programming &p)
{
    QJsonObject options;
    options.insert(QStringLiteral("callbackEnabled"), p.options.callbackEnabled);
    options.insert(QStringLiteral("campOnTones"), p.options.campOnTones);
    options.insert(QStringLiteral("ringLimit"), p.options.ringLimit);
    options.insert(QStringLiteral("guardDelaySeconds"), double(p.options.guardDelay) / 1000.0);
    options.insert(QStringLiteral("expiryMinutes"), double(p.options.expiry) / 60000.0);
    options.insert(QStringLiteral("maxRequestsPerTarget"), p.options.maxRequestsPerTarget);
    options.insert(QStringLiteral("maxRequestsPerCaller"), p.options.maxRequestsPerCaller);
    options.insert(QStringLiteral("holdRecallSeconds"), p.options.holdRecallSeconds);
    options.insert(QStringLiteral("transferRecallSeconds"), p.options.transferRecallSeconds);
    options.insert(QStringLiteral("historyRetentionDays"), p.options.historyRetentionDays);
    options.insert(QStringLiteral("historyMaxMegabytes"), p.options.historyMaxMegabytes);
    QJsonArray extensions;
    for (const ExtensionConfig &e : p.extensions) {
        QJsonObject o;
        o.insert(QStringLiteral("port"), e.port);
        o.insert(QStringLiteral("number"), e.number);
        o.insert(QStringLiteral("name"), e.name);
        o.insert(QStringLiteral("type"),
            QLatin1String(toString(e.type)) /* keyset, single-line, attendant */);
        o.insert(QStringLiteral("receivesCampOnTones"), e.receivesCampOnTones);
        QJsonArray lines;
        for (int l : e.lines)
            lines.append(l);
        o.insert(QStringLiteral("lines"), lines);
        extensions.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("switchboard-programming"));
    root.insert(QStringLiteral("version"), version);
    root.insert(QStringLiteral("options"), options);
    root.insert(QStringLiteral("extensions"), extensions);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Programming> read(const QByteArray &json, QString *error, QStringList *warnings)
{
    auto fail = [error](const QString &e) -> std::optional<Programming> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        // Say where, as an editor would: line and column of the offset.
        const QByteArray before = json.left(parse.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parse.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return fail(
            Text::tr("line %1, column %2: %3").arg(line).arg(column).arg(parse.errorString()));
    }
    if (!doc.isObject())
        return fail(Text::tr("the file is not a JSON object"));
    const QJsonObject root = doc.object();
    QStringList unknown;
    unknownKeys(root, {"format", "version", "options", "extensions"}, QString(), &unknown);
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("switchboard-programming"))
        return fail(Text::tr("format: not a Switchboard programming file"));
    const QJsonValue v = root.value(QStringLiteral("version"));
    if (v.isUndefined())
        return fail(Text::tr("version: missing (this program reads %1)").arg(version));
    if (!v.isDouble())
        // "1" in quotes is not missing: say what was found.
        return fail(
            Text::tr("version: must be the number %1; found %2").arg(version).arg(found(v)));
    if (v.toDouble() != version)
        return fail(Text::tr("version: %1 is not a version this program reads (it reads %2)")
                        .arg(v.toDouble())
                        .arg(version));

    Programming p;
    p.factory = false;
    const QJsonValue optionsValue = root.value(QStringLiteral("options"));
    if (!optionsValue.isUndefined() && !optionsValue.isObject())
        return fail(
            Text::tr("options: must be an object { … }; found %1").arg(found(optionsValue)));
    const QJsonObject o = optionsValue.toObject();
    unknownKeys(o,
        {"callbackEnabled", "campOnTones", "ringLimit", "guardDelaySeconds", "expiryMinutes",
            "maxRequestsPerTarget", "maxRequestsPerCaller", "holdRecallSeconds",
            "transferRecallSeconds", "historyRetentionDays", "historyMaxMegabytes"},
        QStringLiteral("options."), &unknown);
    auto boolean = [&](const char *key, bool *out) -> bool {
        const QJsonValue x = o.value(QLatin1String(key));
        if (x.isUndefined())
            return true; // the factory value stays
        if (!x.isBool()) {
            fail(Text::tr("options.%1: must be true or false; found %2")
                     .arg(QLatin1String(key), found(x)));
            return false;
        }
        *out = x.toBool();
        return true;
    };
    auto number = [&](const char *key, double lo, double hi, bool whole, double *out) -> bool {
        const QJsonValue x = o.value(QLatin1String(key));
        if (x.isUndefined())
            return true;
        const double d = x.toDouble();
        if (!x.isDouble() || d < lo || d > hi || (whole && d != std::floor(d))) {
            fail((whole ? Text::tr("options.%1: must be a whole number from %2 to %3; found %4")
                        : Text::tr("options.%1: must be a number from %2 to %3; found %4"))
                     .arg(QLatin1String(key))
                     .arg(lo)
                     .arg(hi)
                     .arg(found(x)));
            return false;
        }
        *out = d;
        return true;
    };
    double ringLimit = p.options.ringLimit, guard = 0, expiry = 0;
    double perTarget = p.options.maxRequestsPerTarget, perCaller = p.options.maxRequestsPerCaller;
    double holdRecall = p.options.holdRecallSeconds,
           transferRecall = p.options.transferRecallSeconds;
    double retention = p.options.historyRetentionDays, megabytes = p.options.historyMaxMegabytes;
    if (!boolean("callbackEnabled", &p.options.callbackEnabled)
        || !boolean("campOnTones", &p.options.campOnTones)
        || !number("ringLimit", 1, 15, true, &ringLimit)
        || !number("guardDelaySeconds", 0, 60, false, &guard)
        || !number("expiryMinutes", 0, 24 * 60, false, &expiry)
        || !number("maxRequestsPerTarget", 1, 1000, true, &perTarget)
        || !number("maxRequestsPerCaller", 1, 1000, true, &perCaller)
        || !number("holdRecallSeconds", 10, 600, true, &holdRecall)
        || !number("transferRecallSeconds", 10, 300, true, &transferRecall)
        || !number("historyRetentionDays", 1, 3650, true, &retention)
        || !number("historyMaxMegabytes", 16, 102400, true, &megabytes))
        return std::nullopt;
    p.options.ringLimit = int(ringLimit);
    p.options.guardDelay = Millis(guard * 1000);
    p.options.expiry = Millis(expiry * 60000);
    p.options.maxRequestsPerTarget = int(perTarget);
    p.options.maxRequestsPerCaller = int(perCaller);
    p.options.holdRecallSeconds = int(holdRecall);
    p.options.transferRecallSeconds = int(transferRecall);
    p.options.historyRetentionDays = int(retention);
    p.options.historyMaxMegabytes = int(megabytes);

    const QJsonValue list = root.value(QStringLiteral("extensions"));
    if (!list.isArray())
        return fail(Text::tr("extensions: must be a list [ … ]; found %1").arg(found(list)));
    const QJsonArray extensions = list.toArray();
    for (int i = 0; i < extensions.size(); ++i) {
        const QString where = QStringLiteral("extensions[%1]").arg(i);
        if (!extensions.at(i).isObject())
            return fail(Text::tr("%1: must be an object { … }; found %2")
                            .arg(where, found(extensions.at(i))));
        const QJsonObject x = extensions.at(i).toObject();
        unknownKeys(x, {"port", "number", "name", "type", "receivesCampOnTones", "lines"},
            where + QLatin1Char('.'), &unknown);
        ExtensionConfig e;
        const QJsonValue port = x.value(QStringLiteral("port"));
        if (!port.isDouble() || port.toDouble() != std::floor(port.toDouble())
            || port.toDouble() < 1 || port.toDouble() > 65535)
            return fail(Text::tr("%1.port: must be a whole number from 1 to 65535; found %2")
                            .arg(where, found(port)));
        e.port = port.toInt();
        const QJsonValue num = x.value(QStringLiteral("number"));
        if (!num.isString())
            return fail(Text::tr("%1.number: must be digits in quotes (\"104\"); found %2")
                            .arg(where, found(num)));
        e.number = num.toString();
        const QJsonValue name = x.value(QStringLiteral("name"));
        if (!name.isUndefined() && !name.isString())
            return fail(
                Text::tr("%1.name: must be text in quotes; found %2").arg(where, found(name)));
        e.name = name.toString();
        const QJsonValue typeValue = x.value(QStringLiteral("type"));
        if (!typeValue.isUndefined() && !typeValue.isString())
            return fail(Text::tr("%1.type: must be \"keyset\", \"single-line\" or \"attendant\"; "
                                 "found %2")
                            .arg(where, found(typeValue)));
        const QString type = typeValue.toString(QStringLiteral("keyset"));
        if (const auto t = extensionTypeFromString(type))
            e.type = *t;
        else
            return fail(
                Text::tr("%1.type: '%2' is not keyset, single-line or attendant").arg(where, type));
        const QJsonValue campOn = x.value(QStringLiteral("receivesCampOnTones"));
        if (!campOn.isUndefined() && !campOn.isBool())
            return fail(Text::tr("%1.receivesCampOnTones: must be true or false; found %2")
                            .arg(where, found(campOn)));
        e.receivesCampOnTones = campOn.toBool(true);
        const QJsonValue lines = x.value(QStringLiteral("lines"));
        if (!lines.isUndefined() && !lines.isArray())
            return fail(Text::tr("%1.lines: must be a list of line numbers [1, 2]; found %2")
                            .arg(where, found(lines)));
        for (const QJsonValue &l : lines.toArray()) {
            if (!l.isDouble() || l.toDouble() != std::floor(l.toDouble()) || l.toDouble() < 1
                || l.toDouble() > 65535)
                return fail(Text::tr("%1.lines: %2 is not a line number (a whole number from 1)")
                                .arg(where, found(l)));
            e.lines.append(l.toInt());
        }
        p.extensions.append(e);
    }
    // The rules of a working programming (numbers, ports, options) apply to a file as to an edit.
    const QStringList problems = p.problems(Programming::Checks::Load);
    if (!problems.isEmpty())
        return fail(problems.constFirst());
    if (warnings)
        *warnings = unknown;
    return p;
}

} // namespace sb::core::programmingjson
