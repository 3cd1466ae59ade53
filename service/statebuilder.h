#pragma once

#include "linkhealth.h"

#include "core/callprocessor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace sb::service {

/// The retained state payloads of SB-BUS/1 (console-bus.md section 2) and the event envelope
/// (section 3), built from the call processor. Pure: time is passed in, never read. The
/// processor's clock is Millis since the service started; `started` is the wall-clock time of
/// processor time 0.
class StateBuilder
{
public:
    /// "2026-12-02T09:15:04.120Z": RFC 3339, UTC, milliseconds.
    static QString rfc3339(const QDateTime &time);
    /// rfc3339(time), or null for an invalid time.
    static QJsonValue rfc3339OrNull(const QDateTime &time);
    /// The wall-clock time of processor time `at`.
    static QDateTime wallClock(const QDateTime &started, core::Millis at);

    /// The bus's word for an extension's state ("busy-tone", "talking-outside" …).
    static QString callStateName(core::CallState state);
    /// The bus's word for a request's state ("ringing-caller" …).
    static QString requestStateName(core::RequestState state);
    /// "extension", "line" (the line group) or "transfer".
    static QString requestKindName(core::RequestKind kind);
    /// The bus's word for a line's state ("free", "ringing", "talking", "held", "transfer",
    /// "recall").
    static QString lineStateName(core::LineActivity activity);
    /// The bus's word for how a request ended ("no-answer" …), or empty for None.
    static QString endReasonName(core::EndReason reason);

    /// The extension number of a port as a JSON string, or null for 0 or no extension.
    static QJsonValue numberOrNull(const core::CallProcessor &processor, int port);

    /// The transfers recalling (T7) that were transferred to `target`, oldest first: out of its
    /// queue in the engine, on the bus still first in its `waiting`, `suspended`
    /// (docs/console-bus.md "Hold and transfer on the bus").
    static std::vector<core::RequestId> recallingAt(
        const core::CallProcessor &processor, int target);
    /// A request's `position` on the bus: its place in its target's `waiting` (recalling
    /// transfers first).
    static int position(const core::CallProcessor &processor, const core::RequestInfo &request);

    /// R/state/extension/<number>.
    static QJsonObject extension(const core::CallProcessor &processor, int port, qint64 rev);
    /// R/state/request/<id> of a live request (an ended one is described as it ended).
    static QJsonObject request(const core::CallProcessor &processor, core::RequestId id, qint64 rev,
        const QDateTime &started);
    /// R/state/line/<n>.
    static QJsonObject line(
        const core::CallProcessor &processor, int n, qint64 rev, const QDateTime &started);
    /// R/state/index.
    static QJsonObject index(qint64 rev, const QString &epoch, const QStringList &extensions,
        const QList<int> &lines, const std::vector<core::RequestId> &requests);
    /// R/state/index of everything the processor holds now.
    static QJsonObject index(
        const core::CallProcessor &processor, qint64 rev, const QString &epoch);
    /// The numbers of the programmed extensions, by port.
    static QStringList extensionNumbers(const core::CallProcessor &processor);
    /// R/state/link (with "rev" added).
    static QJsonObject link(const LinkHealth &health, qint64 rev);
    /// R/state/service: `state` is "online" or "offline" (no rev: it is also the MQTT will).
    static QJsonObject service(const QString &state, const QString &version,
        const QDateTime &started, const QString &epoch);
    /// R/state/programming: the programming file's format plus "revision" (and "rev").
    static QJsonObject programming(
        const core::Programming &programming, qint64 revision, qint64 rev);

    /// One R/event message: {"at","kind"} and `members`.
    static QJsonObject event(
        const QString &kind, const QDateTime &at, const QJsonObject &members = {});
};

} // namespace sb::service
