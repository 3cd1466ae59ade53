#pragma once

#include "core/connection.h"
#include "core/programming.h"
#include "core/types.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcPicture)

namespace sb::client {

/// One extension as R/state/extension/<number> describes it.
struct Extension
{
    quint64 rev = 0;
    int port = 0;
    QString number;
    QString name;
    core::ExtensionType type = core::ExtensionType::Keyset;
    core::CallState state = core::CallState::Idle;
    bool offHook = false;
    QString peer; ///< the other extension of an intercom call, or empty
    int line = 0; ///< the outside line it rings for or talks on, or 0
    bool dnd = false;
    QString forwardTo; ///< the extension calls are forwarded to, or empty
    QList<core::RequestId> waiting; ///< requests waiting for it, first in line first
    QList<core::RequestId> left; ///< requests it has left, oldest first
    bool campedOn = false;
    bool clearMenu = false; ///< its CLEAR menu is open (an added member; the simulated phones)
};

/// One live request as R/state/request/<id> describes it.
struct Request
{
    quint64 rev = 0;
    core::RequestId id = 0;
    QString caller;
    QString target; ///< empty for the line group
    core::RequestKind kind = core::RequestKind::Extension;
    bool transfer = false; ///< kind "transfer": an outside call handed to `target`
    QDateTime leftAt;
    int position = 0; ///< 1 = first in line
    core::RequestState state = core::RequestState::Waiting;
    int line = 0; ///< the line it concerns, or 0
};

/// One outside line as R/state/line/<n> describes it.
struct Line
{
    quint64 rev = 0;
    int line = 0;
    QString state; ///< free, ringing, talking, held, transfer, recall
    QString station; ///< the extension it rings, talks to, is held at …, or empty
    QDateTime since;
};

/// The controller link's health (R/state/link).
struct LinkHealth
{
    bool known = false; ///< a message has arrived
    bool up = false;
    QString state;
    QString model;
    int firmware = 0;
    quint32 bootId = 0;
    quint64 framesSent = 0;
    quint64 framesReceived = 0;
    quint64 retransmissions = 0;
    quint64 framingErrors = 0;
    quint64 controllerErrors = 0;
    quint64 outages = 0;
    QDateTime lastReset; ///< invalid when never
    // Added members of the call service (docs/console-bus.md, "The call service").
    /// The connection to the controller in use, once the service has said it.
    std::optional<core::Connection> connection;
    int stations = -1; ///< the controller's size as it reported it; -1 until it has
    int lines = -1;
};

/// The service itself (R/state/service).
struct ServiceState
{
    bool known = false; ///< a message has arrived
    bool online = false;
    QString version;
    QDateTime started;
    QString epoch;
};

/// The client-side picture of the service's retained state (console-bus.md section 2), fed
/// topic by topic through apply(). It keeps per topic the highest rev, starts over on a new
/// epoch, shows only what the index names, and tells the UI what changed in coalesced signals.
class Picture : public QObject
{
    Q_OBJECT
public:
    explicit Picture(QObject *parent = nullptr);

    /// Takes one state message: `topic` is the part after "R/state/" ("extension/104",
    /// "index", …); an empty payload deletes. Bad payloads are ignored with a warning.
    void apply(const QString &topic, const QJsonObject &payload);
    /// Marks the service unreachable (the broker connection is lost): not current until a
    /// state/service message says online again. Keeps what it holds.
    void setReachable(bool reachable);
    /// Drops everything held.
    void clear();
    /// Called on every (re)subscription: the broker now sends its retained copy of each topic,
    /// which replaces what is held whatever its rev, and an epoch change seen before the
    /// index and every item it names have been sent again drops only what has not been. A
    /// state/service "offline" starts the same (the next run may bring a new epoch).
    void beginResync();
    /// Emits the pending change signals now instead of at the next event-loop turn.
    void flush();

    /// The index and every item it names are held.
    bool isComplete() const;
    /// Service online, reachable, link up and complete: what is shown is live.
    bool isCurrent() const;

    // The pointers returned below stay valid until the next apply(), clear() or beginResync().

    /// Shown extensions (named by the index and held), in number order.
    QList<const Extension *> extensions() const;
    /// The shown extension with this number, or null.
    const Extension *extension(const QString &number) const;
    /// The shown request with this id, or null.
    const Request *request(core::RequestId id) const;
    /// Shown requests in the order they were left.
    QList<const Request *> requests() const;
    /// Shown lines by number.
    QList<const Line *> lines() const;
    const LinkHealth &link() const { return m_link; }
    const ServiceState &service() const { return m_service; }
    /// The programming in force, once R/state/programming has arrived.
    const std::optional<core::Programming> &programming() const { return m_programming; }
    /// Its "revision" (the basedOn of an apply-programming), or -1.
    qint64 programmingRevision() const { return m_programmingRevision; }
    /// What loading the programming file ignored (its added member "warnings"), one line each.
    QStringList programmingWarnings() const { return m_programmingWarnings; }
    /// The highest rev seen in this epoch.
    quint64 rev() const { return m_rev; }
    /// The epoch in force, or empty.
    QString epoch() const { return m_epoch; }

    /// Orders extension numbers as numbers ("99" before "100").
    static bool numberLess(const QString &a, const QString &b);

signals:
    /// These shown extensions changed (not emitted for those added or removed: see reset()).
    void extensionsChanged(const QStringList &numbers);
    /// Requests were added, changed or removed.
    void requestsChanged();
    void linesChanged();
    void linkChanged();
    void serviceChanged();
    void programmingChanged();
    /// Everything may have changed (a new epoch, or the set of shown extensions): re-read all.
    void reset();
    /// isCurrent() changed.
    void currentChanged(bool current);

private:
    struct Index
    {
        bool held = false;
        quint64 rev = 0;
        QString epoch;
        QSet<QString> extensions;
        QSet<int> lines;
        QSet<core::RequestId> requests;
    };

    template<typename Item>
    bool accept(const Item *held, quint64 rev, bool named) const;
    bool adoptEpoch(const QString &epoch);
    void dropStale(const QString &epoch);
    void applyService(const QJsonObject &o);
    void applyLink(const QJsonObject &o);
    void applyIndex(const QJsonObject &o);
    void applyProgramming(const QJsonObject &o);
    void applyExtension(const QString &number, const QJsonObject &o);
    void applyRequest(const QString &key, const QJsonObject &o);
    void applyLine(const QString &key, const QJsonObject &o);
    void seeRev(quint64 rev);
    void rebuildShownExtensions();
    bool resynced() const;
    bool confirm(const QString &topic, bool named);
    void countHeld(bool added);
    void showExtension(const QString &number, bool shown);
    void recount() const;
    void schedule();
    void updateCurrent();

    QString m_epoch;
    QSet<QString> m_retiredEpochs;
    quint64 m_rev = 0;
    Index m_index;
    QHash<QString, Extension> m_extensions;
    QHash<core::RequestId, Request> m_requests;
    QHash<int, Line> m_lines;
    QList<QString> m_shownExtensions; // sorted by number
    bool m_shownExtensionsDirty = false;
    // Topics ("extension/104") not received again since beginResync(), while resyncing.
    QSet<QString> m_unconfirmed;
    bool m_resyncing = false;
    // Kept by apply() between full recounts: named items not held, and not yet resent.
    mutable bool m_countsDirty = true;
    mutable int m_missing = 0;
    mutable int m_unconfirmedNamed = 0;
    LinkHealth m_link;
    ServiceState m_service;
    std::optional<core::Programming> m_programming;
    qint64 m_programmingRevision = -1;
    QStringList m_programmingWarnings;
    bool m_reachable = true;
    bool m_current = false;

    // Pending change signals.
    QTimer m_flushTimer;
    QSet<QString> m_dirtyExtensions;
    bool m_dirtyRequests = false;
    bool m_dirtyLines = false;
    bool m_dirtyLink = false;
    bool m_dirtyService = false;
    bool m_dirtyProgramming = false;
    bool m_dirtyReset = false;
};

} // namespace sb::client
