#pragma once

#include "core/callprocessor.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <unordered_map>
#include <vector>

namespace sb::service {

/// Turns the call processor's notifications into R/event messages (console-bus.md section 3):
/// request.left, request.served, request.ended, extension.dnd, extension.forwarding and
/// controller.reset. It remembers what it has seen (DND and forwarding per port, the live
/// requests) to tell what changed; link.*, programming.applied and command are the service's.
class EventTranslator
{
public:
    /// Takes the processor's current picture as known, silently (at start, or after a
    /// programming change).
    void reset(const core::CallProcessor &processor);
    /// The events for `notifications` (taken from `processor` after one input), in order,
    /// all stamped `at`.
    QList<QJsonObject> translate(const core::CallProcessor &processor,
        const std::vector<core::Notification> &notifications, const QDateTime &at);

private:
    struct Known
    {
        QString caller;
        QJsonValue target;
        QString kind;
        core::RequestState state = core::RequestState::Waiting;
        bool served = false;
    };
    struct Station
    {
        QString number;
        bool dnd = false;
        QString forwardTo;
    };

    QJsonObject requestMembers(core::RequestId id, const Known &k) const;
    Known describe(const core::CallProcessor &processor, const core::RequestInfo &info) const;
    void extensionChanged(const core::CallProcessor &processor, int port, const QDateTime &at,
        QList<QJsonObject> &out);

    std::unordered_map<core::RequestId, Known> m_requests;
    std::unordered_map<int, Station> m_stations;
};

} // namespace sb::service
