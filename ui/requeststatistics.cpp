#include "requeststatistics.h"

namespace sb::ui {

RequestStatistics::RequestStatistics(QObject *parent)
    : QObject(parent)
    , m_day(QDate::currentDate())
{ }

std::optional<core::EndReason> RequestStatistics::reasonFromName(const QString &name)
{
    static const char *const names[]
        = {"completed", "abandoned", "no-answer", "cleared", "reset", "disabled", "expired"};
    for (int r = int(core::EndReason::Completed); r <= int(core::EndReason::Expired); ++r) {
        if (name == QLatin1String(names[r - 1]))
            return core::EndReason(r);
    }
    return std::nullopt;
}

void RequestStatistics::notify(const QJsonObject &event, const QDate &today)
{
    if (today != m_day) {
        m_today = Counts(); // a new day
        m_day = today;
    }
    const QString kind = event.value(QLatin1String("kind")).toString();
    // console-bus.md section 4's report: "transfers count under outside", not as callbacks.
    if (event.value(QLatin1String("requestKind")).toString() == QLatin1String("transfer")) {
        if (kind != QLatin1String("request.ended"))
            return;
        const QString reason = event.value(QLatin1String("reason")).toString();
        const int end = reason == QLatin1String("completed") ? TransferAnswered
            : reason == QLatin1String("recalled")            ? TransferRecalled
            : reason == QLatin1String("abandoned")           ? TransferAbandoned
                                                             : -1;
        if (end < 0)
            return; // every transfer ends one of these ways (T4–T8)
        ++m_sinceStart.transfers[size_t(end)];
        ++m_today.transfers[size_t(end)];
        emit changed();
        return;
    }
    if (kind == QLatin1String("request.left")) {
        ++m_sinceStart.left;
        ++m_today.left;
        emit changed();
    } else if (kind == QLatin1String("request.ended")) {
        const auto reason = reasonFromName(event.value(QLatin1String("reason")).toString());
        if (!reason)
            return;
        ++m_sinceStart.ended[size_t(*reason)];
        ++m_today.ended[size_t(*reason)];
        emit changed();
    }
}

void RequestStatistics::sample(qint64 msSinceEpoch, int depth)
{
    m_depth.emplace_back(msSinceEpoch, depth);
    if (int(m_depth.size()) > samplesKept)
        m_depth.pop_front();
}

} // namespace sb::ui
