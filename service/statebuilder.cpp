#include "statebuilder.h"

#include "core/programmingjson.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

namespace sb::service {

using namespace sb::core;

QString StateBuilder::rfc3339(const QDateTime &time)
{
    // Qt's own ISO form: "yyyy-MM-ddTHH:mm:ss.zzzZ" for UTC, without parsing a format per call.
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue StateBuilder::rfc3339OrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(rfc3339(time)) : QJsonValue(QJsonValue::Null);
}

QDateTime StateBuilder::wallClock(const QDateTime &started, Millis at)
{
    return started.addMSecs(at);
}

QString StateBuilder::callStateName(CallState state)
{
    switch (state) {
    case CallState::Idle:
        return QStringLiteral("idle");
    case CallState::Dialing:
        return QStringLiteral("dialing");
    case CallState::Calling:
        return QStringLiteral("calling");
    case CallState::BusyTone:
        return QStringLiteral("busy-tone");
    case CallState::Camped:
        return QStringLiteral("camped-on");
    case CallState::Tone:
        return QStringLiteral("tone");
    case CallState::Ringing:
        return QStringLiteral("ringing");
    case CallState::RingingOutside:
        return QStringLiteral("ringing-outside");
    case CallState::CallbackRinging:
        return QStringLiteral("callback-ringing");
    case CallState::Talking:
        return QStringLiteral("talking");
    case CallState::TalkingOutside:
        return QStringLiteral("talking-outside");
    }
    return QStringLiteral("idle");
}

QString StateBuilder::requestStateName(RequestState state)
{
    switch (state) {
    case RequestState::Waiting:
        return QStringLiteral("waiting");
    case RequestState::Suspended:
        return QStringLiteral("suspended");
    case RequestState::RingingCaller:
        return QStringLiteral("ringing-caller");
    case RequestState::RingingTarget:
        return QStringLiteral("ringing-target");
    case RequestState::CampedOn:
        return QStringLiteral("camped-on");
    }
    return QStringLiteral("waiting");
}

QString StateBuilder::requestKindName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Extension:
        break;
    case RequestKind::LineGroup:
        return QStringLiteral("line");
    case RequestKind::Transfer:
        return QStringLiteral("transfer");
    }
    return QStringLiteral("extension");
}

QString StateBuilder::lineStateName(LineActivity activity)
{
    switch (activity) {
    case LineActivity::Ringing:
        return QStringLiteral("ringing");
    case LineActivity::Talking:
        return QStringLiteral("talking");
    case LineActivity::Held:
        return QStringLiteral("held");
    case LineActivity::InTransfer:
        return QStringLiteral("transfer");
    case LineActivity::Recall:
        return QStringLiteral("recall");
    case LineActivity::Free:
    case LineActivity::Reserved: // nobody is on it; it waits for its callback (docs/console-bus.md)
        break;
    }
    return QStringLiteral("free");
}

QString StateBuilder::endReasonName(EndReason reason)
{
    return reason == EndReason::None ? QString() : QString::fromLatin1(toString(reason));
}

QJsonValue StateBuilder::numberOrNull(const CallProcessor &processor, int port)
{
    if (port < 1 || !processor.hasExtension(port))
        return QJsonValue::Null;
    return processor.extension(port).number;
}

static QJsonArray idArray(const std::vector<RequestId> &ids)
{
    QJsonArray out;
    for (RequestId id : ids)
        out.append(qint64(id));
    return out;
}

static QJsonValue lineOrNull(int line)
{
    return line > 0 ? QJsonValue(line) : QJsonValue(QJsonValue::Null);
}

std::vector<RequestId> StateBuilder::recallingAt(const CallProcessor &processor, int target)
{
    // Found through the lines (a handful), not the requests: the engine has taken them out of
    // the target's queue (T7, position 0), and a line in recall names its transfer.
    std::vector<RequestId> out;
    for (int n = 1; n <= processor.lineCount(); ++n) {
        const LineStatus l = processor.line(n);
        if (l.activity != LineActivity::Recall || l.request == 0)
            continue;
        const RequestInfo r = processor.request(l.request);
        if (r.kind == RequestKind::Transfer && r.reason == EndReason::None && r.target == target
            && r.position == 0)
            out.push_back(r.id);
    }
    std::sort(out.begin(), out.end()); // the oldest first
    return out;
}

QJsonObject StateBuilder::extension(const CallProcessor &processor, int port, qint64 rev)
{
    const ExtensionStatus e = processor.extension(port);
    QJsonValue peer = QJsonValue::Null;
    int line = 0;
    switch (e.state) {
    case CallState::Calling:
    case CallState::Ringing:
    case CallState::Talking:
        peer = numberOrNull(processor, e.peer); // intercom: the peer is a station
        break;
    case CallState::RingingOutside:
    case CallState::TalkingOutside:
        line = e.peer; // outside: the peer is a line
        break;
    case CallState::CallbackRinging:
        // A line callback (R15) rings for the line kept for it.
        for (RequestId id : processor.requestsLeftBy(port)) {
            const RequestInfo r = processor.request(id);
            if (r.state == RequestState::RingingCaller && r.line)
                line = r.line;
        }
        break;
    default:
        break;
    }
    QJsonObject o;
    o.insert(QStringLiteral("rev"), rev);
    o.insert(QStringLiteral("port"), e.port);
    o.insert(QStringLiteral("number"), e.number);
    o.insert(QStringLiteral("name"), e.name);
    o.insert(QStringLiteral("type"), QString::fromLatin1(toString(e.type)));
    o.insert(QStringLiteral("state"), callStateName(e.state));
    o.insert(QStringLiteral("offHook"), e.offHook);
    o.insert(QStringLiteral("peer"), peer);
    o.insert(QStringLiteral("line"), lineOrNull(line));
    o.insert(QStringLiteral("dnd"), e.dnd);
    o.insert(QStringLiteral("forwardTo"), numberOrNull(processor, e.forwardTo));
    std::vector<RequestId> waiting = recallingAt(processor, port);
    const std::vector<RequestId> queue = processor.queueAt(port);
    waiting.insert(waiting.end(), queue.begin(), queue.end());
    o.insert(QStringLiteral("waiting"), idArray(waiting));
    o.insert(QStringLiteral("left"), idArray(processor.requestsLeftBy(port)));
    o.insert(QStringLiteral("campedOn"), e.campedOn);
    return o;
}

int StateBuilder::position(const CallProcessor &processor, const RequestInfo &r)
{
    if (r.kind == RequestKind::LineGroup || r.target <= 0)
        return r.position;
    const std::vector<RequestId> recalling = recallingAt(processor, r.target);
    if (r.kind == RequestKind::Transfer && r.position == 0) {
        const auto it = std::find(recalling.begin(), recalling.end(), r.id);
        return it == recalling.end() ? 1 : int(it - recalling.begin()) + 1;
    }
    return r.position + int(recalling.size());
}

QJsonObject StateBuilder::request(
    const CallProcessor &processor, RequestId id, qint64 rev, const QDateTime &started)
{
    const RequestInfo r = processor.request(id);
    QJsonObject o;
    o.insert(QStringLiteral("rev"), rev);
    o.insert(QStringLiteral("id"), qint64(id));
    o.insert(QStringLiteral("caller"), numberOrNull(processor, r.caller));
    o.insert(QStringLiteral("target"), numberOrNull(processor, r.target));
    o.insert(QStringLiteral("kind"), requestKindName(r.kind));
    o.insert(QStringLiteral("leftAt"), rfc3339(wallClock(started, r.leftAt)));
    o.insert(QStringLiteral("position"), position(processor, r));
    o.insert(QStringLiteral("state"), requestStateName(r.state));
    o.insert(QStringLiteral("line"), lineOrNull(r.line));
    return o;
}

QJsonObject StateBuilder::line(
    const CallProcessor &processor, int n, qint64 rev, const QDateTime &started)
{
    const LineStatus l = processor.line(n);
    QJsonObject o;
    o.insert(QStringLiteral("rev"), rev);
    o.insert(QStringLiteral("line"), n);
    o.insert(QStringLiteral("state"), lineStateName(l.activity));
    const bool reserved = l.activity == LineActivity::Reserved;
    o.insert(QStringLiteral("station"),
        reserved ? QJsonValue(QJsonValue::Null) : numberOrNull(processor, l.station));
    o.insert(QStringLiteral("since"), rfc3339(wallClock(started, l.since)));
    // An added member (section 1 allows it): the extension whose line callback keeps it.
    o.insert(QStringLiteral("reservedFor"),
        reserved ? numberOrNull(processor, l.station) : QJsonValue(QJsonValue::Null));
    // Added member: the extension a line in transfer goes to, once dialled (T3-T5); its queue
    // place, while camped on there, is its request's "position".
    o.insert(QStringLiteral("target"),
        l.activity == LineActivity::InTransfer ? numberOrNull(processor, l.target)
                                               : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject StateBuilder::index(qint64 rev, const QString &epoch, const QStringList &extensions,
    const QList<int> &lines, const std::vector<RequestId> &requests)
{
    QJsonObject o;
    o.insert(QStringLiteral("rev"), rev);
    o.insert(QStringLiteral("epoch"), epoch);
    o.insert(QStringLiteral("extensions"), QJsonArray::fromStringList(extensions));
    QJsonArray lineArray;
    for (int l : lines)
        lineArray.append(l);
    o.insert(QStringLiteral("lines"), lineArray);
    o.insert(QStringLiteral("requests"), idArray(requests));
    return o;
}

QStringList StateBuilder::extensionNumbers(const CallProcessor &processor)
{
    QStringList out;
    for (int port = 1; port <= processor.stationCount(); ++port) {
        if (processor.hasExtension(port))
            out << processor.extension(port).number;
    }
    return out;
}

QJsonObject StateBuilder::index(const CallProcessor &processor, qint64 rev, const QString &epoch)
{
    QList<int> lines;
    for (int l = 1; l <= processor.lineCount(); ++l)
        lines << l;
    return index(rev, epoch, extensionNumbers(processor), lines, processor.liveRequests());
}

QJsonObject StateBuilder::link(const LinkHealth &health, qint64 rev)
{
    QDateTime lastReset = QDateTime::fromString(health.lastReset, Qt::ISODateWithMs);
    QJsonObject o;
    o.insert(QStringLiteral("rev"), rev);
    o.insert(QStringLiteral("up"), health.up);
    o.insert(QStringLiteral("state"), health.state);
    o.insert(QStringLiteral("model"), health.model);
    o.insert(QStringLiteral("firmware"), health.firmware);
    o.insert(QStringLiteral("bootId"), qint64(health.bootId));
    o.insert(QStringLiteral("framesSent"), qint64(health.framesSent));
    o.insert(QStringLiteral("framesReceived"), qint64(health.framesReceived));
    o.insert(QStringLiteral("retransmissions"), qint64(health.retransmissions));
    o.insert(QStringLiteral("framingErrors"), qint64(health.framingErrors));
    o.insert(QStringLiteral("controllerErrors"), qint64(health.controllerErrors));
    o.insert(QStringLiteral("outages"), qint64(health.outages));
    o.insert(QStringLiteral("lastReset"), rfc3339OrNull(lastReset));
    return o;
}

QJsonObject StateBuilder::service(
    const QString &state, const QString &version, const QDateTime &started, const QString &epoch)
{
    QJsonObject o;
    o.insert(QStringLiteral("state"), state);
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("started"), rfc3339OrNull(started));
    o.insert(QStringLiteral("epoch"), epoch);
    return o;
}

QJsonObject StateBuilder::programming(const Programming &programming, qint64 revision, qint64 rev)
{
    QJsonObject o = QJsonDocument::fromJson(programmingjson::write(programming)).object();
    o.insert(QStringLiteral("revision"), revision);
    o.insert(QStringLiteral("rev"), rev);
    return o;
}

QJsonObject StateBuilder::event(
    const QString &kind, const QDateTime &at, const QJsonObject &members)
{
    QJsonObject o = members;
    o.insert(QStringLiteral("at"), rfc3339(at));
    o.insert(QStringLiteral("kind"), kind);
    return o;
}

} // namespace sb::service
