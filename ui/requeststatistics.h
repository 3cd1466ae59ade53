#pragma once

#include "core/types.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>

#include <optional>

#include <array>
#include <deque>

namespace sb::ui {

/// Counters of how requests end, today and since start, and samples of the queue depth.
class RequestStatistics : public QObject
{
    Q_OBJECT
public:
    static constexpr int reasons = int(core::EndReason::Expired) + 1;
    /// Queue depth samples kept (one per sampling period).
    static constexpr int samplesKept = 2880;

    /// How transfers ended (behaviour.md T4–T8): answered at the target, recalled, abandoned.
    enum TransferEnd { TransferAnswered, TransferRecalled, TransferAbandoned, TransferEnds };

    /// Callbacks (requests of kind extension and line, as the service's report counts them)
    /// left and ended by reason, and transfers (kind transfer) by how they ended.
    struct Counts
    {
        int left = 0;
        std::array<int, reasons> ended {};
        std::array<int, TransferEnds> transfers {};
    };

    explicit RequestStatistics(QObject *parent = nullptr);

    /// Counts one event of the service (request.left, request.ended; others are ignored). A
    /// request of kind transfer (its `requestKind`) counts among the transfers only.
    void notify(const QJsonObject &event, const QDate &today = QDate::currentDate());
    /// The reason of a request.ended event ("no-answer"), or nothing for one not counted.
    static std::optional<core::EndReason> reasonFromName(const QString &name);
    /// Records the number of live requests now (the chart's queue depth).
    void sample(qint64 msSinceEpoch, int depth);

    const Counts &sinceStart() const { return m_sinceStart; }
    const Counts &today() const { return m_today; }
    const std::deque<std::pair<qint64, int>> &depth() const { return m_depth; }

signals:
    void changed();

private:
    Counts m_sinceStart, m_today;
    QDate m_day;
    std::deque<std::pair<qint64, int>> m_depth;
};

} // namespace sb::ui
