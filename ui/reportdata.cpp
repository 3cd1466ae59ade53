#include "reportdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sb::ui {

namespace {

int count(const QJsonObject &o, const char *member, bool *ok)
{
    const QJsonValue v = o.value(QLatin1String(member));
    if (!v.isDouble()) {
        *ok = false;
        return 0;
    }
    return v.toInt();
}

std::optional<double> seconds(const QJsonObject &o, const char *member)
{
    const QJsonValue v = o.value(QLatin1String(member));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

/// The report's `busiestTargets`, `[{"target","left"}]`: nothing when the answer has no such
/// member; `ok` false when it is there but not that (a target not a string, `left` not a whole
/// number from 0).
std::optional<QList<QPair<QString, int>>> targets(const QJsonObject &answer, bool *ok)
{
    const QJsonValue v = answer.value(QLatin1String("busiestTargets"));
    if (v.isUndefined())
        return std::nullopt;
    QList<QPair<QString, int>> out;
    if (!v.isArray()) {
        *ok = false;
        return out;
    }
    for (const QJsonValue &e : v.toArray()) {
        const QJsonValue target = e.toObject().value(QLatin1String("target"));
        const QJsonValue left = e.toObject().value(QLatin1String("left"));
        const double n = left.toDouble(-1);
        if (!target.isString() || !left.isDouble() || n < 0 || n != std::floor(n)
            || n > std::numeric_limits<int>::max()) {
            *ok = false;
            return out;
        }
        out.append({target.toString(), int(n)});
    }
    return out;
}

QDateTime time(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

} // namespace

std::optional<ReportData> ReportData::fromReport(const QJsonObject &answer, QString *problem)
{
    const QJsonObject c = answer.value(QLatin1String("callbacks")).toObject();
    const QJsonObject o = answer.value(QLatin1String("outside")).toObject();
    const QJsonArray hours = answer.value(QLatin1String("leftByHour")).toArray();
    bool ok = true;
    ReportData r;
    r.callbacks.left = count(c, "left", &ok);
    r.callbacks.completed = count(c, "completed", &ok);
    r.callbacks.abandoned = count(c, "abandoned", &ok);
    r.callbacks.noAnswer = count(c, "noAnswer", &ok);
    r.callbacks.cleared = count(c, "cleared", &ok);
    r.callbacks.reset = count(c, "reset", &ok);
    r.callbacks.disabled = count(c, "disabled", &ok);
    r.callbacks.expired = count(c, "expired", &ok);
    r.callbacks.medianToCompletedSeconds = seconds(c, "medianToCompletedSeconds");
    r.callbacks.p90ToCompletedSeconds = seconds(c, "p90ToCompletedSeconds");
    r.outside.rang = count(o, "rang", &ok);
    r.outside.answered = count(o, "answered", &ok);
    r.outside.abandoned = count(o, "abandoned", &ok);
    r.outside.transferred = count(o, "transferred", &ok);
    r.outside.recalled = count(o, "recalled", &ok);
    r.outside.medianToAnswerSeconds = seconds(o, "medianToAnswerSeconds");
    r.outside.p90ToAnswerSeconds = seconds(o, "p90ToAnswerSeconds");
    r.reportedTargets = targets(answer, &ok);
    if (!ok || hours.size() != 24) {
        if (problem)
            *problem = tr("the service's report is not one this console can read");
        return std::nullopt;
    }
    for (int h = 0; h < 24; ++h)
        r.leftByHour[size_t(h)] = hours.at(h).toInt();
    return r;
}

std::optional<QJsonValue> ReportData::addHistory(const QJsonObject &answer, QString *problem)
{
    const QJsonValue list = answer.value(QLatin1String("requests"));
    if (!list.isArray()) {
        if (problem)
            *problem = tr("the service's history is not one this console can read");
        return std::nullopt;
    }
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        Request q;
        q.id = o.value(QLatin1String("id")).toInteger();
        q.caller = o.value(QLatin1String("caller")).toString();
        q.target = o.value(QLatin1String("target")).toString();
        q.kind = o.value(QLatin1String("kind")).toString();
        q.leftAt = time(o.value(QLatin1String("leftAt")));
        q.servedAt = time(o.value(QLatin1String("servedAt")));
        q.endedAt = time(o.value(QLatin1String("endedAt")));
        q.reason = o.value(QLatin1String("reason")).toString();
        requests.append(q);
    }
    const QJsonValue next = answer.value(QLatin1String("next"));
    return next.isUndefined() ? QJsonValue(QJsonValue::Null) : next;
}

int ReportData::ended() const
{
    const Callbacks &c = callbacks;
    return c.completed + c.abandoned + c.noAnswer + c.cleared + c.reset + c.disabled + c.expired;
}

std::optional<double> ReportData::completionRate() const
{
    const int all = ended();
    return all > 0 ? std::optional<double>(double(callbacks.completed) / all) : std::nullopt;
}

QList<QPair<QString, int>> ReportData::busiestTargets(int most) const
{
    if (reportedTargets)
        return reportedTargets->mid(0, most);
    // Another service's report: the service's rule as near as the history list allows (it lists
    // the requests that ended in the range, not those left in it).
    QHash<QString, int> counts;
    for (const Request &q : requests) {
        if ((q.kind == QLatin1String("extension") || q.kind == QLatin1String("line"))
            && !q.target.isEmpty())
            ++counts[q.target];
    }
    QList<QPair<QString, int>> out;
    for (auto i = counts.cbegin(); i != counts.cend(); ++i)
        out.append({i.key(), i.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (out.size() > most)
        out.resize(most);
    return out;
}

} // namespace sb::ui
