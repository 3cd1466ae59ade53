#include "requeststatistics.h"

namespace sb::ui {

RequestStatistics::RequestStatistics(QObject *parent)
    : QObject(parent)
    , m_day(QDate::currentDate())
{ }

void RequestStatistics::notify(
    const std::vector<core::Notification> &notifications, const QDate &today)
{
    if (today != m_day) {
        m_today = Counts(); // a new day
        m_day = today;
    }
    bool any = false;
    for (const core::Notification &n : notifications) {
        if (n.type == core::Notification::Type::RequestAdded) {
            ++m_sinceStart.left;
            ++m_today.left;
            any = true;
        } else if (n.type == core::Notification::Type::RequestEnded) {
            ++m_sinceStart.ended[size_t(n.reason)];
            ++m_today.ended[size_t(n.reason)];
            any = true;
        }
    }
    if (any)
        emit changed();
}

void RequestStatistics::sample(qint64 msSinceEpoch, int depth)
{
    m_depth.emplace_back(msSinceEpoch, depth);
    if (int(m_depth.size()) > samplesKept)
        m_depth.pop_front();
}

} // namespace sb::ui
