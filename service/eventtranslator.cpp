#include "eventtranslator.h"

#include "statebuilder.h"

#include <QJsonValue>

namespace sb::service {

using namespace sb::core;

static bool resting(RequestState state)
{
    return state == RequestState::Waiting || state == RequestState::Suspended
        || state == RequestState::CampedOn;
}

EventTranslator::Known EventTranslator::describe(
    const CallProcessor &processor, const RequestInfo &info) const
{
    Known k;
    k.caller = StateBuilder::numberOrNull(processor, info.caller).toString();
    k.target = StateBuilder::numberOrNull(processor, info.target);
    k.kind = StateBuilder::requestKindName(info.kind);
    k.state = info.state;
    return k;
}

QJsonObject EventTranslator::requestMembers(RequestId id, const Known &k) const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), qint64(id));
    o.insert(QStringLiteral("caller"), k.caller);
    o.insert(QStringLiteral("target"), k.target);
    // "kind" is the event's own (section 3 names both so): the request's is "requestKind".
    o.insert(QStringLiteral("requestKind"), k.kind);
    return o;
}

void EventTranslator::reset(const CallProcessor &processor)
{
    m_stations.clear();
    for (int port = 1; port <= processor.stationCount(); ++port) {
        if (!processor.hasExtension(port))
            continue;
        const ExtensionStatus e = processor.extension(port);
        m_stations[port]
            = {e.number, e.dnd, StateBuilder::numberOrNull(processor, e.forwardTo).toString()};
    }
    m_requests.clear();
    for (RequestId id : processor.liveRequests()) {
        Known k = describe(processor, processor.request(id));
        k.served = !resting(k.state);
        m_requests[id] = k;
    }
}

void EventTranslator::extensionChanged(
    const CallProcessor &processor, int port, const QDateTime &at, QList<QJsonObject> &out)
{
    if (!processor.hasExtension(port)) {
        m_stations.erase(port);
        return;
    }
    const ExtensionStatus e = processor.extension(port);
    const QString forwardTo = StateBuilder::numberOrNull(processor, e.forwardTo).toString();
    auto it = m_stations.find(port);
    if (it == m_stations.end() || it->second.number != e.number) {
        // New to us (programming): its settings are its starting point, not a change.
        m_stations[port] = {e.number, e.dnd, forwardTo};
        return;
    }
    Station &known = it->second;
    if (known.dnd != e.dnd) {
        known.dnd = e.dnd;
        QJsonObject m;
        m.insert(QStringLiteral("extension"), e.number);
        m.insert(QStringLiteral("on"), e.dnd);
        out << StateBuilder::event(QStringLiteral("extension.dnd"), at, m);
    }
    if (known.forwardTo != forwardTo) {
        known.forwardTo = forwardTo;
        QJsonObject m;
        m.insert(QStringLiteral("extension"), e.number);
        m.insert(QStringLiteral("to"),
            forwardTo.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(forwardTo));
        out << StateBuilder::event(QStringLiteral("extension.forwarding"), at, m);
    }
}

QList<QJsonObject> EventTranslator::translate(const CallProcessor &processor,
    const std::vector<Notification> &notifications, const QDateTime &at)
{
    QList<QJsonObject> out;
    // A reset ends every request (reason reset) before it is reported: say why first.
    for (const Notification &n : notifications) {
        if (n.type == Notification::Type::SystemReset) {
            QJsonObject m;
            m.insert(QStringLiteral("bootId"), qint64(processor.bootId()));
            out << StateBuilder::event(QStringLiteral("controller.reset"), at, m);
            break;
        }
    }
    for (const Notification &n : notifications) {
        switch (n.type) {
        case Notification::Type::ExtensionChanged:
            extensionChanged(processor, n.port, at, out);
            break;
        case Notification::Type::RequestAdded: {
            // Described as the processor has it now: it may have moved on within this input.
            Known k = describe(processor, processor.request(n.request));
            k.state = RequestState::Waiting;
            m_requests[n.request] = k;
            out << StateBuilder::event(
                QStringLiteral("request.left"), at, requestMembers(n.request, k));
            break;
        }
        case Notification::Type::RequestChanged: {
            auto it = m_requests.find(n.request);
            if (it == m_requests.end())
                break;
            Known &k = it->second;
            const RequestState now = processor.request(n.request).state;
            // Served: the callback ring starts at the caller, or a camped caller's target
            // starts ringing (R4, R9); counted again after a withdrawal (R7).
            if (!resting(now) && resting(k.state)) {
                k.served = true;
                out << StateBuilder::event(
                    QStringLiteral("request.served"), at, requestMembers(n.request, k));
            }
            k.state = now;
            break;
        }
        case Notification::Type::RequestEnded: {
            auto it = m_requests.find(n.request);
            Known k = it != m_requests.end() ? it->second
                                             : describe(processor, processor.request(n.request));
            if (it != m_requests.end())
                m_requests.erase(it);
            if (n.reason == EndReason::Completed && !k.served) {
                // Connected at once (a camped line callback, R15): served as it completed.
                out << StateBuilder::event(
                    QStringLiteral("request.served"), at, requestMembers(n.request, k));
            }
            QJsonObject m = requestMembers(n.request, k);
            m.insert(QStringLiteral("reason"), StateBuilder::endReasonName(n.reason));
            out << StateBuilder::event(QStringLiteral("request.ended"), at, m);
            break;
        }
        case Notification::Type::SystemReset:
            break; // reported first
        case Notification::Type::LineChanged:
            break; // a line's state is retained (R/state/line/<n>), not an event
        case Notification::Type::ProgrammingChanged:
            // Extensions may have come or gone: forget those gone, take the new as they are.
            for (auto it = m_stations.begin(); it != m_stations.end();) {
                if (!processor.hasExtension(it->first))
                    it = m_stations.erase(it);
                else
                    ++it;
            }
            for (int port = 1; port <= processor.stationCount(); ++port) {
                if (processor.hasExtension(port))
                    extensionChanged(processor, port, at, out);
            }
            break;
        }
    }
    return out;
}

} // namespace sb::service
