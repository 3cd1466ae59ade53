#include "historyrecorder.h"

#include "historystore.h"
#include "statebuilder.h"

namespace sb::service {

using core::LineActivity;

HistoryRecorder::HistoryRecorder(QString run)
    : m_run(std::move(run))
{ }

bool HistoryRecorder::record(const core::CallProcessor &processor,
    const std::vector<core::Notification> &notifications, const QList<QJsonObject> &events,
    qint64 atMs, HistoryStore &store)
{
    if (!store.isOn())
        return false;
    bool requests = false;
    for (const QJsonObject &e : events)
        requests |= requestEvent(e, atMs, store);
    for (const core::Notification &n : notifications) {
        if (n.type == core::Notification::Type::LineChanged)
            lineChanged(processor, n.port, atMs, store);
        else if (n.type == core::Notification::Type::ExtensionChanged && m_ringing > 0)
            stationChanged(processor, n.port, atMs, store);
    }
    return requests;
}

bool HistoryRecorder::requestEvent(const QJsonObject &event, qint64 atMs, HistoryStore &store)
{
    const QString kind = event.value(QLatin1String("kind")).toString();
    if (!kind.startsWith(QLatin1String("request.")))
        return false;
    const qint64 id = event.value(QLatin1String("id")).toInteger();
    auto it = m_requests.find(id);
    if (it == m_requests.end()) {
        // Left before this recorder saw it (none at a start): known from now on.
        RequestRecord r;
        r.run = m_run;
        r.id = id;
        r.caller = event.value(QLatin1String("caller")).toString();
        r.target = event.value(QLatin1String("target")).toString(); // null: the line group
        r.kind = event.value(QLatin1String("requestKind")).toString();
        r.leftAt = atMs;
        it = m_requests.emplace(id, r).first;
    }
    RequestRecord &r = it->second;
    if (kind == QLatin1String("request.served")) {
        if (r.servedAt)
            return false; // served again after a withdrawal (R7): the first time counts
        r.servedAt = atMs;
    } else if (kind == QLatin1String("request.ended")) {
        r.endedAt = atMs;
        r.reason = event.value(QLatin1String("reason")).toString();
    } else if (kind != QLatin1String("request.left")) {
        return false;
    }
    store.add(r);
    if (r.endedAt)
        m_requests.erase(it);
    return true;
}

void HistoryRecorder::lineChanged(
    const core::CallProcessor &processor, int n, qint64 atMs, HistoryStore &store)
{
    if (n < 1)
        return;
    if (int(m_lines.size()) <= n)
        m_lines.resize(size_t(n) + 1);
    Line &line = m_lines[size_t(n)];
    const core::LineStatus status = processor.line(n);
    const LineActivity was = line.activity;
    const bool ringingBefore = line.inCall && was == LineActivity::Ringing;
    line.activity = status.activity;
    const QString station = StateBuilder::numberOrNull(processor, status.station).toString();
    OutsideCallRecord &call = line.call;
    bool changed = false;
    if (!line.inCall) {
        // Only a call that rings in is an outside call of the history (a seized line is not).
        if (status.activity != LineActivity::Ringing)
            return;
        line.inCall = true;
        call = OutsideCallRecord();
        call.run = m_run;
        call.call = m_nextCall++;
        call.line = n;
        call.rangAt = atMs;
        changed = true;
    }
    switch (status.activity) {
    case LineActivity::Ringing:
        if (!station.isEmpty() && !call.stations.contains(station)) {
            call.stations << station;
            changed = true;
        }
        break;
    case LineActivity::Talking:
        if (!call.answeredAt) {
            call.answeredAt = atMs;
            call.answeredBy = station;
            changed = true;
        }
        break;
    case LineActivity::Held:
        if (was != LineActivity::Held) {
            ++call.held;
            changed = true;
        }
        break;
    case LineActivity::InTransfer: {
        if (was != LineActivity::InTransfer) {
            ++call.transfers;
            changed = true;
        }
        const QString to = StateBuilder::numberOrNull(processor, status.target).toString();
        if (!to.isEmpty() && (call.transferredTo.isEmpty() || call.transferredTo.last() != to)) {
            call.transferredTo << to;
            changed = true;
        }
        break;
    }
    case LineActivity::Recall:
        if (!call.recalled) {
            call.recalled = true;
            changed = true;
        }
        break;
    case LineActivity::Free:
    case LineActivity::Reserved:
        call.endedAt = atMs;
        call.abandoned = !call.answeredAt;
        line.inCall = false;
        changed = true;
        break;
    }
    const bool ringingAfter = line.inCall && line.activity == LineActivity::Ringing;
    m_ringing += int(ringingAfter) - int(ringingBefore);
    if (changed)
        store.add(call);
}

void HistoryRecorder::stationChanged(
    const core::CallProcessor &processor, int port, qint64 atMs, HistoryStore &store)
{
    Q_UNUSED(atMs);
    if (!processor.hasExtension(port))
        return;
    const core::ExtensionStatus e = processor.extension(port);
    if (e.state != core::CallState::RingingOutside || e.peer < 1 || e.peer >= int(m_lines.size()))
        return;
    Line &line = m_lines[size_t(e.peer)];
    if (!line.inCall || line.activity != LineActivity::Ringing
        || line.call.stations.contains(e.number))
        return;
    line.call.stations << e.number;
    store.add(line.call);
}

} // namespace sb::service
