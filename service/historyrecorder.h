#pragma once

#include "historydatabase.h"

#include "core/callprocessor.h"

#include <QJsonObject>
#include <QList>

#include <unordered_map>
#include <vector>

namespace sb::service {

class HistoryStore;

/// Turns what the call service publishes into the history's rows (issue 12 item 1,
/// docs/console-bus.md "History"): every request from its request.left, request.served (the
/// first) and request.ended events, so that the history holds exactly what the bus said, at the
/// events' times; every outside call that rang in from the processor's line notifications: when
/// it rang, the extensions it rang, who answered and when, holds, transfers (to whom), recalls,
/// abandoned, its end.
class HistoryRecorder
{
public:
    /// `run` names this run of the service (its epoch): request ids count again in each run.
    explicit HistoryRecorder(QString run);

    /// Adds the rows for one input: the processor's `notifications` (read from `processor`) and
    /// the `events` the service made of them, all at `atMs` (ms since 1970 UTC). True if a row
    /// about a request was added (its event waits for the row's batch).
    bool record(const core::CallProcessor &processor,
        const std::vector<core::Notification> &notifications, const QList<QJsonObject> &events,
        qint64 atMs, HistoryStore &store);

private:
    struct Line
    {
        core::LineActivity activity = core::LineActivity::Free;
        bool inCall = false; ///< a call that rang in is on the line
        OutsideCallRecord call;
    };

    bool requestEvent(const QJsonObject &event, qint64 atMs, HistoryStore &store);
    void lineChanged(const core::CallProcessor &processor, int n, qint64 atMs, HistoryStore &store);
    void stationChanged(
        const core::CallProcessor &processor, int port, qint64 atMs, HistoryStore &store);

    QString m_run;
    qint64 m_nextCall = 1;
    int m_ringing = 0; ///< calls ringing in now (only then are stations looked at)
    std::unordered_map<qint64, RequestRecord> m_requests; ///< live ones
    std::vector<Line> m_lines; ///< index = line
};

} // namespace sb::service
