#pragma once

#include "commandparser.h"
#include "programmingservice.h"

#include "core/callprocessor.h"
#include "core/connection.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace sb::service {

class EventTranslator;
class HistoryRecorder;
class HistoryStore;
class Runtime;

/// Where a command comes from: the bus (SB-BUS/1 only) or the console of this process (also the
/// in-process-only actions: check-password, change-password, lock, password-state, list-devices).
enum class Origin { Bus, InProcess };

/// The call service (console-bus.md, docs/console-bus.md "The call service"): the call processor
/// and its controller link (Runtime), the programming (ProgrammingService), the bus's `rev`
/// counter, the epoch and the programming's revision. It publishes SB-BUS/1's state and events as
/// `published` (topics relative to the root R) and answers commands. It lives on one thread (the
/// caller moves it there before start()); nothing in it waits on another thread.
class CallService : public QObject
{
    Q_OBJECT
public:
    /// How the service starts.
    struct Settings
    {
        /// The controller. Used when `connectionChosen`; otherwise the connection the installer
        /// kept in installer.ini, when there is one, else this one.
        core::Connection connection;
        bool connectionChosen = false; ///< a transport option was on the command line
        double simulatorSpeed = 1.0;
        /// The programming file; empty = ProgrammingStore::defaultPath() (missing there: the
        /// factory defaults, silently; a named file that is missing is said).
        QString programmingFile;
        QString version; ///< R/state/service's "version"
        /// Finds the serial ports and USB devices (list-devices); tests replace it.
        ProgrammingService::DeviceLister deviceLister = ProgrammingService::systemDevices;
        QString epoch; ///< empty: a random one, new at every start (tests may fix it)
        /// Each command sent to the controller is a line() too; switchboardd says events only.
        bool logCommands = true;
        /// Keeps the history (issue 12): in `historyFile`, or history.db beside the programming
        /// file when that is empty.
        bool keepHistory = true;
        QString historyFile;
        /// The wall clock of events and history (UTC); empty: the system's. Tests set it.
        std::function<QDateTime()> clock;
    };

    /// One message of the service: `topic` relative to R ("state/extension/104", "event").
    struct Message
    {
        QString topic;
        QJsonObject payload; ///< empty on a retained topic: delete it
        bool retained = true;
    };

    /// The answer to one command; called exactly once per answered command, on the service's
    /// thread (now or later: list-devices answers when discovery is done). Never for a drop.
    using Reply = std::function<void(const QJsonObject &reply)>;

    /// An extension is published at most this often in the long run (console-bus.md section 2
    /// "may coalesce"), always with its latest state.
    static constexpr int extensionIntervalMs = 50;
    /// ... after a burst of this many at once: a change goes out at once unless its extension
    /// changes faster than that (a flapping hook), so coalescing never delays ordinary traffic.
    static constexpr int extensionBurst = 3;
    /// The link's counters are published at most this often (state changes at once).
    static constexpr int linkCountersIntervalMs = 1000;
    /// The index goes at most this often (section 2's order holds: items before, deletions
    /// after it).
    static constexpr int indexIntervalMs = 50;
    /// The in-process installer session ends after this long without an in-process command.
    static constexpr int installerIdleMs = 10 * 60 * 1000;

    /// Loads the programming file (and installer.ini's kept connection and revision) at once;
    /// starts nothing.
    explicit CallService(Settings settings, QObject *parent = nullptr);
    ~CallService() override;

    /// What loading said, English, one line each (a broken or missing named programming file,
    /// the kept connection or its problem, load warnings, a damaged installer.ini): the caller
    /// prints them at start; start() also says them through line(). What opening the history
    /// says comes later (startMessagesAdded): it opens on its own thread, and nothing waits.
    QStringList startMessages() const { return m_startMessages; }
    /// What the programming file held that was ignored (state/programming's "warnings").
    QStringList loadWarnings() const;
    /// The programming file in use.
    QString programmingFile() const { return m_programmingFile; }

    /// Starts the processor and the link (on this object's thread) and publishes everything.
    void start();
    /// Publishes state/service offline, stops the link. The object may then be destroyed.
    void stop();
    bool isRunning() const { return m_running; }

    QString epoch() const { return m_epoch; }
    /// The last `rev` published.
    qint64 rev() const { return m_rev; }
    /// The revision of the programming in force (grows across restarts: kept in installer.ini).
    qint64 revision() const { return m_revision; }
    QDateTime started() const { return m_started; }
    QString version() const { return m_settings.version; }

    /// Every retained item now, for a (re)connect: state/service, state/link,
    /// state/programming, every extension, line and request, and state/index last.
    QList<Message> snapshot() const;

    /// A command from the bus, published to R/command/<role>/<user>. Nothing = drop (no valid
    /// response topic or unknown role: neither answered nor carried out) or an answer that comes
    /// later (history, report: use the form with a Reply).
    std::optional<QJsonObject> handleCommand(const QString &role, const QString &user,
        const QByteArray &payload, bool responseTopicOk, bool hasCorrelationData);
    /// A command of either origin; `reply` gets the answer (maybe later), or nothing on a drop.
    /// In-process commands pass responseTopicOk and hasCorrelationData true.
    void handleCommand(Origin origin, const QString &role, const QString &user,
        const QByteArray &payload, bool responseTopicOk, bool hasCorrelationData, Reply reply);

    /// True while the in-process session holds the installer role (check-password until lock
    /// or installerIdleMs without an in-process command).
    bool installerUnlocked() const { return m_unlocked; }

    /// set-connection's "connection" (docs/console-bus.md): {"kind":"simulated"|"serial"|"usb",
    /// "serialPort","serialNumber","baud","usb":"1209:4b54","stations","lines"}.
    static QJsonObject connectionToJson(const core::Connection &connection);
    /// The connection a JSON object describes; nothing, with `problem` (English) naming the
    /// member, when it is malformed. Absent members keep the defaults of core::Connection.
    static std::optional<core::Connection> connectionFromJson(
        const QJsonObject &json, QString *problem = nullptr);

    /// The runtime (the console's simulated phones follow its simulator); null before start().
    Runtime *runtime() const { return m_runtime.get(); }
    /// The history (backups on demand, tests); null when it is not kept.
    HistoryStore *history() const { return m_history.get(); }

signals:
    /// One message to publish under R (state items retained, events not).
    void published(const QString &topic, const QJsonObject &payload, bool retained);
    /// One English line per event, for --headless and the journal.
    void line(const QString &text);
    /// The in-process installer session began or ended (check-password, lock, idle).
    void installerUnlockedChanged(bool unlocked);
    /// Start messages that came after the constructor (what opening the history said); also
    /// said through line() once started.
    void startMessagesAdded(const QStringList &messages);

private:
    void load();
    void onNotified(const std::vector<core::Notification> &notifications);
    void onLinkChanged();
    void flushExtensions();
    /// How long `port` must wait before it may be published again (0: now).
    qint64 extensionWait(int port, qint64 now) const;
    /// Counts a publication of `port` against its rate.
    void notePublished(int port, qint64 now);
    /// Publishes a retained item with the next rev when its content (rev aside) changed.
    bool publishIfChanged(const QString &topic, QJsonObject payload);
    void publishLink();
    void publishProgramming();
    void publishService(const QString &state);
    /// Publishes the index and every item that appeared or went since the last one, in
    /// section 2's order.
    void publishStructure();
    /// Publishes the index if what it names changed, then deletes what it no longer names.
    void publishIndex();
    void publishEvent(const QString &kind, const QJsonObject &members);
    /// An event goes out in order, after the index due and once history batch `batch` (the one
    /// holding its rows) is committed (docs/console-bus.md "History": nothing reported is lost).
    void queueEvent(const QJsonObject &event, qint64 batch = 0);
    void flushEvents();
    void emitMessage(const QString &topic, const QJsonObject &payload, bool retained);
    QJsonObject answer(Origin origin, const ParsedCommand &command);
    QJsonObject applyProgramming(Origin origin, const ParsedCommand &command);
    QJsonObject setConnection(Origin origin, const ParsedCommand &command);
    QJsonObject audit(const ParsedCommand &command);
    /// history and report: answered from the history's thread, later.
    void answerHistory(
        const ParsedCommand &command, const std::function<void(const QJsonObject &)> &done);
    /// The wall clock (Settings::clock).
    QDateTime wallClock() const;
    /// The in-process-only actions; nothing when `action` is not one of them.
    bool handleInProcess(
        const QString &role, const QString &user, const QJsonObject &object, const Reply &reply);
    void finish(
        const QString &user, const QString &action, const QJsonObject &reply, const Reply &out);
    void setUnlocked(bool unlocked);
    QJsonObject linkJson() const;
    QJsonObject programmingJson() const;
    QString saveRevision(qint64 revision) const;

    Settings m_settings;
    QString m_programmingFile;
    QStringList m_startMessages;
    QStringList m_loadWarnings;
    std::optional<core::Programming> m_loadedProgramming;
    core::Connection m_connection;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<ProgrammingService> m_programming;
    std::unique_ptr<EventTranslator> m_events;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<HistoryRecorder> m_recorder;
    bool m_running = false;
    QString m_epoch;
    QDateTime m_started;
    qint64 m_rev = 0;
    qint64 m_revision = 0;
    // What the last index named, to publish items before and deletions after it.
    QStringList m_extensions; ///< numbers, by port
    QList<int> m_lines;
    QList<qint64> m_requests;
    /// The content (rev aside) last published per retained topic, to publish only changes.
    QHash<QString, QJsonObject> m_lastPayload;
    /// What StateBuilder::line() makes a line's payload of, as last built (index = line).
    struct LineSeen
    {
        bool built = false;
        core::LineActivity activity = core::LineActivity::Free;
        int station = 0;
        int target = 0;
        core::Millis since = 0;
        bool operator==(const LineSeen &o) const
        {
            return built == o.built && activity == o.activity && station == o.station
                && target == o.target && since == o.since;
        }
    };
    std::vector<LineSeen> m_lineSeen;
    QSet<int> m_dirtyPorts; ///< extensions changed and not yet published
    // What publishStructure() looks at: only the requests notifications named, and every
    // extension and request after a start, a reset or a programming change (the only times the
    // set of extensions changes), so that an event costs what it changed, not the system's size.
    QSet<qint64> m_dirtyRequests;
    bool m_walkAll = true;
    /// Per port, the generic cell rate algorithm's one number (theoretical arrival time, ms):
    /// it may publish while now >= this - (extensionBurst - 1) * extensionIntervalMs.
    QHash<int, qint64> m_extensionDue;
    QTimer m_extensionTimer;
    QTimer m_linkTimer;
    QTimer m_idleTimer;
    QTimer m_indexTimer;
    bool m_indexDue = false;
    bool m_membershipChanged = false; ///< a request came or went since the last index
    /// An event and the history batch it waits for.
    struct PendingEvent
    {
        QJsonObject event;
        qint64 batch = 0;
    };
    QList<PendingEvent> m_pendingEvents; ///< events waiting for the index due or their rows
    QStringList m_numbers; ///< the extensions' numbers now, by port (kept on a walk)
    QSet<qint64> m_publishedRequests; ///< requests with a retained item on the bus
    bool m_unlocked = false;
    bool m_linkUp = false; ///< as the last link.up / link.down said
    qint64 m_revisionKept = 0; ///< the highest revision written to installer.ini
};

} // namespace sb::service
