#include "programmingjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::core::programmingjson {

namespace {

/// Messages, translated in the context "ProgrammingFile".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammingFile)
};

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

std::optional<Programming> read(const QByteArray &json, QString *error)
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
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("switchboard-programming"))
        return fail(Text::tr("format: not a Switchboard programming file"));
    const QJsonValue v = root.value(QStringLiteral("version"));
    if (!v.isDouble() || v.toInt() != version)
        return fail(Text::tr("version: %1 is not a version this program reads (it reads %2)")
                        .arg(v.isDouble() ? QString::number(v.toDouble()) : Text::tr("missing"))
                        .arg(version));

    Programming p;
    p.factory = false;
    const QJsonObject o = root.value(QStringLiteral("options")).toObject();
    auto boolean = [&](const char *key, bool *out) -> bool {
        const QJsonValue x = o.value(QLatin1String(key));
        if (x.isUndefined())
            return true; // the factory value stays
        if (!x.isBool()) {
            fail(Text::tr("options.%1: must be true or false").arg(QLatin1String(key)));
            return false;
        }
        *out = x.toBool();
        return true;
    };
    auto number = [&](const char *key, double lo, double hi, double *out) -> bool {
        const QJsonValue x = o.value(QLatin1String(key));
        if (x.isUndefined())
            return true;
        if (!x.isDouble() || x.toDouble() < lo || x.toDouble() > hi) {
            fail(Text::tr("options.%1: must be a number from %2 to %3")
                     .arg(QLatin1String(key))
                     .arg(lo)
                     .arg(hi));
            return false;
        }
        *out = x.toDouble();
        return true;
    };
    double ringLimit = p.options.ringLimit, guard = 0, expiry = 0;
    double perTarget = p.options.maxRequestsPerTarget, perCaller = p.options.maxRequestsPerCaller;
    if (!boolean("callbackEnabled", &p.options.callbackEnabled)
        || !boolean("campOnTones", &p.options.campOnTones)
        || !number("ringLimit", 1, 15, &ringLimit) || !number("guardDelaySeconds", 0, 60, &guard)
        || !number("expiryMinutes", 0, 24 * 60, &expiry)
        || !number("maxRequestsPerTarget", 1, 1000, &perTarget)
        || !number("maxRequestsPerCaller", 1, 1000, &perCaller))
        return std::nullopt;
    p.options.ringLimit = int(ringLimit);
    p.options.guardDelay = Millis(guard * 1000);
    p.options.expiry = Millis(expiry * 60000);
    p.options.maxRequestsPerTarget = int(perTarget);
    p.options.maxRequestsPerCaller = int(perCaller);

    const QJsonValue list = root.value(QStringLiteral("extensions"));
    if (!list.isArray())
        return fail(Text::tr("extensions: must be a list"));
    const QJsonArray extensions = list.toArray();
    for (int i = 0; i < extensions.size(); ++i) {
        const QString where = QStringLiteral("extensions[%1]").arg(i);
        if (!extensions.at(i).isObject())
            return fail(Text::tr("%1: must be an object").arg(where));
        const QJsonObject x = extensions.at(i).toObject();
        ExtensionConfig e;
        const QJsonValue port = x.value(QStringLiteral("port"));
        if (!port.isDouble() || port.toDouble() != double(port.toInt()) || port.toInt() < 1
            || port.toInt() > 65535)
            return fail(Text::tr("%1.port: must be a whole number from 1 to 65535").arg(where));
        e.port = port.toInt();
        const QJsonValue num = x.value(QStringLiteral("number"));
        if (!num.isString())
            return fail(Text::tr("%1.number: must be a string of digits").arg(where));
        e.number = num.toString();
        e.name = x.value(QStringLiteral("name")).toString();
        const QString type = x.value(QStringLiteral("type")).toString(QStringLiteral("keyset"));
        if (const auto t = extensionTypeFromString(type))
            e.type = *t;
        else
            return fail(
                Text::tr("%1.type: '%2' is not keyset, single-line or attendant").arg(where, type));
        const QJsonValue campOn = x.value(QStringLiteral("receivesCampOnTones"));
        if (!campOn.isUndefined() && !campOn.isBool())
            return fail(Text::tr("%1.receivesCampOnTones: must be true or false").arg(where));
        e.receivesCampOnTones = campOn.toBool(true);
        const QJsonValue lines = x.value(QStringLiteral("lines"));
        if (!lines.isUndefined() && !lines.isArray())
            return fail(Text::tr("%1.lines: must be a list of line numbers").arg(where));
        for (const QJsonValue &l : lines.toArray()) {
            if (!l.isDouble() || l.toInt() < 1 || l.toInt() > 65535)
                return fail(Text::tr("%1.lines: %2 is not a line number")
                                .arg(where, l.toVariant().toString()));
            e.lines.append(l.toInt());
        }
        p.extensions.append(e);
    }
    // The rules of a working programming (numbers, ports, options) apply to a file as to an edit.
    const QStringList problems = p.problems(Programming::Checks::Load);
    if (!problems.isEmpty())
        return fail(problems.constFirst());
    return p;
}

} // namespace sb::core::programmingjson
