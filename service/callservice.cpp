#include "callservice.h"

#include "commandexecutor.h"
#include "connectionsettings.h"
#include "eventtranslator.h"
#include "historyrecorder.h"
#include "historystore.h"
#include "programmingstore.h"
#include "runtime.h"
#include "statebuilder.h"

#include "storage/settingsfile.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>

namespace sb::service {

namespace {

const QString revisionKey = QStringLiteral("programming/revision");

/// The in-process-only actions (never from the bus).
enum class LocalAction { CheckPassword, ChangePassword, Lock, PasswordState, ListDevices };

std::optional<LocalAction> localAction(const QString &name)
{
    if (name == QLatin1String("check-password"))
        return LocalAction::CheckPassword;
    if (name == QLatin1String("change-password"))
        return LocalAction::ChangePassword;
    if (name == QLatin1String("lock"))
        return LocalAction::Lock;
    if (name == QLatin1String("password-state"))
        return LocalAction::PasswordState;
    if (name == QLatin1String("list-devices"))
        return LocalAction::ListDevices;
    return std::nullopt;
}

QString extensionTopic(const QString &number)
{
    return QStringLiteral("state/extension/") + number;
}

QString requestTopic(qint64 id)
{
    return QStringLiteral("state/request/") + QString::number(id);
}

QString lineTopic(int n)
{
    return QStringLiteral("state/line/") + QString::number(n);
}

/// The extensions of the processor: (port, number), by port.
QList<QPair<int, QString>> extensionsOf(const core::CallProcessor &p)
{
    QList<QPair<int, QString>> out;
    for (int port = 1; port <= p.stationCount(); ++port) {
        if (p.hasExtension(port))
            out.append({port, p.extension(port).number});
    }
    return out;
}

QList<qint64> idList(const std::vector<core::RequestId> &ids)
{
    QList<qint64> out;
    for (core::RequestId id : ids)
        out << qint64(id);
    return out;
}

QString randomEpoch()
{
    const quint64 a = QRandomGenerator::system()->generate64();
    return QStringLiteral("%1").arg(a, 16, 16, QLatin1Char('0'));
}

/// The revision kept in installer.ini, or 0. Only a regular file is read (as ConnectionSettings).
qint64 keptRevision(const QString &iniFile)
{
    if (!QFileInfo(iniFile).isFile())
        return 0;
    const QSettings s(iniFile, QSettings::IniFormat);
    bool ok = false;
    const qint64 r = s.value(revisionKey).toLongLong(&ok);
    return ok && r > 0 ? r : 0;
}

QJsonObject devicesJson(const core::Devices &devices)
{
    QJsonArray ports;
    for (const core::SerialPortChoice &p : devices.serialPorts) {
        QJsonObject o;
        o.insert(QStringLiteral("location"), p.location);
        o.insert(QStringLiteral("description"), p.description);
        o.insert(QStringLiteral("manufacturer"), p.manufacturer);
        o.insert(QStringLiteral("serialNumber"), p.serialNumber);
        o.insert(QStringLiteral("vendorId"), int(p.vendorId));
        o.insert(QStringLiteral("productId"), int(p.productId));
        o.insert(QStringLiteral("text"), p.text());
        ports.append(o);
    }
    QJsonArray usb;
    for (const core::UsbDeviceChoice &u : devices.usbDevices) {
        QJsonObject o;
        o.insert(QStringLiteral("vendorId"), int(u.vendorId));
        o.insert(QStringLiteral("productId"), int(u.productId));
        o.insert(QStringLiteral("description"), u.description);
        o.insert(QStringLiteral("bus"), u.bus);
        o.insert(QStringLiteral("address"), u.address);
        o.insert(QStringLiteral("text"), u.text());
        usb.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("ok"), true);
    o.insert(QStringLiteral("serialPorts"), ports);
    o.insert(QStringLiteral("usbDevices"), usb);
    return o;
}

QJsonObject failure(const char *code, const QString &message)
{
    return CommandExecutor::failure(QLatin1String(code), message);
}

} // namespace

CallService::CallService(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_extensionTimer(this)
    , m_linkTimer(this)
    , m_idleTimer(this)
    , m_indexTimer(this)
{
    m_epoch = m_settings.epoch.isEmpty() ? randomEpoch() : m_settings.epoch;
    load();
    m_started = QDateTime::currentDateTimeUtc();
    // A child: it follows this object to the service's thread (the link has a thread of its own).
    m_runtime.reset(
        new Runtime(m_connection, m_loadedProgramming, m_settings.simulatorSpeed, this));
    m_runtime->setLogCommands(m_settings.logCommands);
    m_programming = std::make_unique<ProgrammingService>(
        m_runtime.get(), m_programmingFile, m_settings.deviceLister);
    m_programming->setLoadWarnings(m_loadWarnings);
    m_events = std::make_unique<EventTranslator>();
    m_events->reset(m_runtime->processor());
    if (m_settings.keepHistory) {
        // Beside the programming file, as installer.ini and audit.jsonl (docs/deployment.md).
        QString file = m_settings.historyFile;
        if (file.isEmpty()) {
            // Beside the programming file. The default one's folder is the service's own, which
            // a console's first start has not made yet (nothing saved): made here. A folder named
            // on the command line is the caller's to make (a mistyped --config makes none).
            const QDir folder = QFileInfo(m_programmingFile).absoluteDir();
            if (m_settings.programmingFile.isEmpty() && !folder.exists()
                && !QDir().mkpath(folder.absolutePath()))
                m_startMessages << QStringLiteral("cannot make the folder %1 for the history")
                                       .arg(folder.absolutePath());
            file = folder.filePath(QStringLiteral("history.db"));
        }
        m_history.reset(new HistoryStore(file, this)); // a child: it follows to the thread
        connect(m_history.get(), &HistoryStore::opened, this, [this] {
            QStringList said = m_history->messages();
            if (!m_history->isOn())
                said << m_history->problem();
            if (said.isEmpty())
                return;
            m_startMessages << said;
            if (m_running) { // else start() says them
                for (const QString &m : std::as_const(said))
                    emit line(m);
            }
            emit startMessagesAdded(said);
        });
        m_recorder = std::make_unique<HistoryRecorder>(m_epoch);
        connect(m_history.get(), &HistoryStore::line, this, &CallService::line);
        connect(m_history.get(), &HistoryStore::committed, this, [this] {
            if (!m_indexDue)
                flushEvents();
        });
    }

    connect(m_runtime.get(), &Runtime::line, this, &CallService::line);
    connect(m_runtime.get(), &Runtime::notified, this, &CallService::onNotified);
    connect(m_runtime.get(), &Runtime::linkStateChanged, this, &CallService::onLinkChanged);

    m_extensionTimer.setSingleShot(true);
    connect(&m_extensionTimer, &QTimer::timeout, this, &CallService::flushExtensions);
    m_linkTimer.setInterval(linkCountersIntervalMs);
    connect(&m_linkTimer, &QTimer::timeout, this, &CallService::publishLink);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(installerIdleMs);
    m_indexTimer.setSingleShot(true);
    m_indexTimer.setInterval(indexIntervalMs);
    connect(&m_indexTimer, &QTimer::timeout, this, &CallService::publishIndex);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { setUnlocked(false); });
}

CallService::~CallService()
{
    stop();
    // While the service is whole: the history answers its queries in flight (not-possible).
    m_recorder.reset();
    m_history.reset();
    // The programming service points at the runtime: it goes first.
    m_programming.reset();
    m_runtime.reset();
}

void CallService::load()
{
    // As the console did in app/main.cpp: a missing default file means the factory defaults,
    // silently; a named one that is missing, or a broken one, is said.
    const ProgrammingStore store(m_settings.programmingFile.isEmpty()
            ? ProgrammingStore::defaultPath()
            : m_settings.programmingFile);
    m_programmingFile = store.path();
    store.removeStaleTemporaries(); // what interrupted saves left in the folder (issue 9 item 9)
    ProgrammingStore::Loaded loaded = store.load();
    if (!m_settings.programmingFile.isEmpty() && !loaded.programming && loaded.message.isEmpty()
        && !QFileInfo::exists(store.path()))
        loaded.message = QStringLiteral("The programming file %1 does not exist yet: running on "
                                        "the factory defaults; Apply creates it.")
                             .arg(store.path());
    m_loadedProgramming = loaded.programming;
    if (!loaded.message.isEmpty())
        m_startMessages << loaded.message;
    for (const QString &w : loaded.warnings)
        m_loadWarnings << QStringLiteral("The programming file %1: %2").arg(store.path(), w);
    // A damaged installer.ini is named at start too; programming stays locked (issue 9 item 7).
    const QString installerFile = store.installerPath();
    const QString installerProblem = ProgrammingService::installerFileProblem(installerFile);
    if (!installerProblem.isEmpty())
        m_loadWarnings << installerProblem;
    m_startMessages << m_loadWarnings;
    // Without a transport on the command line, the connection an installer chose (if any).
    m_connection = m_settings.connection;
    if (!m_settings.connectionChosen) {
        QString problem;
        if (const auto kept = ConnectionSettings::load(installerFile, &problem)) {
            m_connection = *kept;
            m_startMessages
                << QStringLiteral("the installer's connection: %1").arg(kept->describe());
        } else if (!problem.isEmpty()) {
            m_startMessages << problem;
        }
    }
    m_revision = installerProblem.isEmpty() ? keptRevision(installerFile) : 0;
    m_revisionKept = m_revision;
}

QStringList CallService::loadWarnings() const
{
    return m_programming->loadWarnings();
}

void CallService::start()
{
    if (m_running)
        return;
    m_running = true;
    for (const QString &m : std::as_const(m_startMessages))
        emit line(m);
    // Online first: a client that sees the new epoch drops the old run's items before the new
    // ones come (their rev starts again).
    publishService(QStringLiteral("online"));
    publishLink();
    publishProgramming();
    publishStructure();
    m_dirtyPorts.clear();
    for (const auto &[port, number] : extensionsOf(m_runtime->processor()))
        notePublished(port, m_runtime->now());
    m_linkTimer.start();
    if (m_history) {
        const core::SystemOptions &o = m_runtime->processor().programming().options;
        m_history->setRetention(o.historyRetentionDays, o.historyMaxMegabytes);
        m_history->start();
    }
    m_runtime->start();
}

void CallService::stop()
{
    if (!m_running)
        return;
    if (m_history)
        m_history->waitForWrites(); // the events waiting for their rows go too
    publishIndex(); // what is due, and the events waiting for it
    flushEvents();
    m_running = false;
    m_linkTimer.stop();
    m_extensionTimer.stop();
    m_idleTimer.stop();
    m_indexTimer.stop();
    publishService(QStringLiteral("offline"));
    m_runtime->stop();
}

void CallService::emitMessage(const QString &topic, const QJsonObject &payload, bool retained)
{
    emit published(topic, payload, retained);
}

bool CallService::publishIfChanged(const QString &topic, QJsonObject payload)
{
    static const QString rev = QStringLiteral("rev");
    auto it = m_lastPayload.find(topic);
    if (it != m_lastPayload.end()) {
        // Given the published rev, the rest compares without a copy (a walk by key would make a
        // QString of every key).
        payload.insert(rev, it->value(rev));
        if (*it == payload)
            return false;
    }
    payload.insert(rev, ++m_rev);
    // Kept as published (shared, not copied): compared "rev" aside next time.
    m_lastPayload.insert(topic, payload);
    emitMessage(topic, payload, true);
    return true;
}

void CallService::publishService(const QString &state)
{
    emitMessage(QStringLiteral("state/service"),
        StateBuilder::service(state, m_settings.version, m_started, m_epoch), true);
}

QJsonObject CallService::linkJson() const
{
    QJsonObject o = StateBuilder::link(m_runtime->linkHealth(), m_rev);
    // Added members (section 1): what the console's connection page and status bar show.
    QJsonObject connection = connectionToJson(m_runtime->connection());
    connection.insert(QStringLiteral("description"), m_runtime->connection().describe());
    o.insert(QStringLiteral("connection"), connection);
    const core::ControllerSize size = m_runtime->controllerSize();
    o.insert(QStringLiteral("stations"),
        size.stations >= 0 ? QJsonValue(size.stations) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("lines"),
        size.lines >= 0 ? QJsonValue(size.lines) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject CallService::programmingJson() const
{
    QJsonObject o
        = StateBuilder::programming(m_runtime->processor().programming(), m_revision, m_rev);
    // Added member: what the file held that was ignored, while that programming is in force.
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(m_programming->loadWarnings()));
    return o;
}

void CallService::publishLink()
{
    static const QString topic = QStringLiteral("state/link");
    publishIfChanged(topic, linkJson());
}

void CallService::onLinkChanged()
{
    if (!m_running)
        return;
    const bool up = m_runtime->linkHealth().up;
    publishLink();
    if (up != m_linkUp) {
        m_linkUp = up;
        QJsonObject m;
        m.insert(QStringLiteral("state"), m_runtime->linkHealth().state);
        publishEvent(up ? QStringLiteral("link.up") : QStringLiteral("link.down"), m);
    }
}

void CallService::publishProgramming()
{
    static const QString topic = QStringLiteral("state/programming");
    publishIfChanged(topic, programmingJson());
}

void CallService::publishEvent(const QString &kind, const QJsonObject &members)
{
    queueEvent(StateBuilder::event(kind, wallClock(), members));
}

QDateTime CallService::wallClock() const
{
    return m_settings.clock ? m_settings.clock() : QDateTime::currentDateTimeUtc();
}

void CallService::queueEvent(const QJsonObject &event, qint64 batch)
{
    // Events follow the state they describe: while an index (and the deletions after it) is
    // due, they wait for it, in order; and for the history's batch holding their rows.
    m_pendingEvents.append({event, batch});
    if (!m_indexDue)
        flushEvents();
}

void CallService::flushEvents()
{
    const qint64 committed = m_history ? m_history->lastCommitted() : 0;
    while (!m_pendingEvents.isEmpty() && m_pendingEvents.constFirst().batch <= committed) {
        const QJsonObject e = m_pendingEvents.takeFirst().event;
        emitMessage(QStringLiteral("event"), e, false);
    }
}

void CallService::publishStructure()
{
    const core::CallProcessor &p = m_runtime->processor();
    const bool walkAll = m_walkAll || !m_lastPayload.contains(QStringLiteral("state/index"));
    m_walkAll = false;

    // Items first: a new one before the index that names it. Extensions come and go only
    // with a start, a reset or a programming change.
    if (walkAll) {
        m_numbers.clear();
        const QSet<QString> known(m_extensions.begin(), m_extensions.end());
        for (const auto &[port, number] : extensionsOf(p)) {
            m_numbers << number;
            if (known.contains(number))
                continue;
            const QString topic = extensionTopic(number);
            QJsonObject o = StateBuilder::extension(p, port, m_rev);
            o.insert(QStringLiteral("clearMenu"), p.extension(port).clearMenu);
            if (publishIfChanged(topic, std::move(o)))
                notePublished(port, m_runtime->now());
        }
    }
    // A line's payload is built only when what it is made of changed (building every line's at
    // every change cost a third of the service's thread at 2,000 changes/s).
    m_lineSeen.resize(size_t(p.lineCount()) + 1);
    for (int n = 1; n <= p.lineCount(); ++n) {
        const core::LineStatus l = p.line(n);
        LineSeen &seen = m_lineSeen[size_t(n)];
        const LineSeen now {true, l.activity, l.station, l.target, l.since};
        if (!walkAll && seen == now)
            continue;
        seen = now;
        publishIfChanged(lineTopic(n), StateBuilder::line(p, n, m_rev, m_started));
    }
    // The requests a notification named (added, moved up, changed state), or all of them.
    QList<qint64> touched;
    if (walkAll) {
        touched = idList(p.liveRequests());
    } else {
        for (const qint64 id : std::as_const(m_dirtyRequests)) {
            if (p.request(core::RequestId(id)).reason == core::EndReason::None)
                touched << id;
        }
        std::sort(touched.begin(), touched.end());
    }
    m_dirtyRequests.clear();
    for (qint64 id : std::as_const(touched)) {
        const QString topic = requestTopic(id);
        if (publishIfChanged(
                topic, StateBuilder::request(p, core::RequestId(id), m_rev, m_started))) {
            m_publishedRequests.insert(id);
        }
    }

    // The index names every live request: at 5,000 of them it is tens of kilobytes, so it
    // goes at most every indexIntervalMs (at once after a start, a reset or new programming).
    if (walkAll) {
        m_indexDue = true;
        publishIndex();
    } else if (std::exchange(m_membershipChanged, false)) {
        m_indexDue = true;
        if (!m_indexTimer.isActive())
            m_indexTimer.start();
    }
}

void CallService::publishIndex()
{
    m_indexTimer.stop();
    if (!m_running || !m_indexDue)
        return;
    m_indexDue = false;
    m_membershipChanged = false;
    const core::CallProcessor &p = m_runtime->processor();
    QList<int> lines;
    for (int n = 1; n <= p.lineCount(); ++n)
        lines << n;
    const std::vector<core::RequestId> live = p.liveRequests();
    const QList<qint64> requests = idList(live);
    const QSet<qint64> liveNow(requests.begin(), requests.end());
    const QStringList &numbers = m_numbers;

    const bool changed = numbers != m_extensions || lines != m_lines || requests != m_requests
        || !m_lastPayload.contains(QStringLiteral("state/index"));
    QStringList goneExtensions;
    QList<int> goneLines;
    if (changed) {
        const QSet<QString> now(numbers.begin(), numbers.end());
        for (const QString &n : std::as_const(m_extensions)) {
            if (!now.contains(n))
                goneExtensions << n;
        }
        for (int n : std::as_const(m_lines)) {
            if (!lines.contains(n))
                goneLines << n;
        }
        m_extensions = numbers;
        m_lines = lines;
        m_requests = requests;
        QJsonObject index = StateBuilder::index(++m_rev, m_epoch, numbers, lines, live);
        m_lastPayload.insert(QStringLiteral("state/index"), index);
        emitMessage(QStringLiteral("state/index"), index, true);
    }
    // Then what it no longer names is deleted: also a request that came and went between two
    // indexes (published, never named).
    QList<qint64> goneRequests;
    for (qint64 id : std::as_const(m_publishedRequests)) {
        if (!liveNow.contains(id))
            goneRequests << id;
    }
    std::sort(goneRequests.begin(), goneRequests.end());
    for (const QString &n : std::as_const(goneExtensions)) {
        m_lastPayload.remove(extensionTopic(n));
        emitMessage(extensionTopic(n), QJsonObject(), true);
    }
    for (int n : std::as_const(goneLines)) {
        m_lastPayload.remove(lineTopic(n));
        emitMessage(lineTopic(n), QJsonObject(), true);
    }
    for (qint64 id : std::as_const(goneRequests)) {
        m_publishedRequests.remove(id);
        m_lastPayload.remove(requestTopic(id));
        emitMessage(requestTopic(id), QJsonObject(), true);
    }
    flushEvents();
}

void CallService::onNotified(const std::vector<core::Notification> &notifications)
{
    const core::CallProcessor &p = m_runtime->processor();
    bool programmingChanged = false;
    for (const core::Notification &n : notifications) {
        using T = core::Notification::Type;
        switch (n.type) {
        case T::ExtensionChanged:
            m_dirtyPorts.insert(n.port);
            break;
        case T::RequestAdded:
        case T::RequestChanged:
        case T::RequestEnded: {
            if (n.type != T::RequestChanged)
                m_membershipChanged = true; // the index names every live request
            if (n.type != T::RequestEnded)
                m_dirtyRequests.insert(qint64(n.request));
            const core::RequestInfo r = p.request(n.request);
            if (r.caller > 0)
                m_dirtyPorts.insert(r.caller);
            if (r.target > 0)
                m_dirtyPorts.insert(r.target);
            if (n.type == T::RequestEnded && r.kind == core::RequestKind::Transfer
                && r.target > 0) {
                // A recalling transfer was listed first at its target (StateBuilder::position):
                // those behind it move up on the bus, unknown to the engine.
                for (const core::RequestId id : p.queueAt(r.target))
                    m_dirtyRequests.insert(qint64(id));
            }
            break;
        }
        case T::LineChanged:
            break; // every line is compared with what was published at each publishStructure()
        case T::ProgrammingChanged:
        case T::SystemReset:
            // A reset resizes the factory programming to the controller (published only when
            // its content changed): R/state/programming is the programming in force.
            programmingChanged = true;
            m_walkAll = true;
            for (int port = 1; port <= p.stationCount(); ++port)
                m_dirtyPorts.insert(port);
            break;
        }
    }
    const QDateTime at = wallClock();
    const QList<QJsonObject> events = m_events->translate(p, notifications, at);
    if (!m_running)
        return; // nothing is published before start() (its picture is whole) or after stop()
    // The rows first: the events wait for their batch to be committed (never the state).
    qint64 batch = 0;
    if (m_recorder
        && m_recorder->record(p, notifications, events, at.toMSecsSinceEpoch(), *m_history))
        batch = m_history->collecting();
    if (programmingChanged) {
        publishProgramming(); // also when the runtime fell back to the factory defaults
        if (m_history) {
            const core::SystemOptions &o = p.programming().options;
            m_history->setRetention(o.historyRetentionDays, o.historyMaxMegabytes);
        }
    }
    publishStructure();
    flushExtensions(); // the state first, then the events that tell how it came about
    for (const QJsonObject &e : events)
        queueEvent(e, batch);
}

qint64 CallService::extensionWait(int port, qint64 now) const
{
    const qint64 due = m_extensionDue.value(port, now);
    const qint64 earliest = due - qint64(extensionBurst - 1) * extensionIntervalMs;
    return std::max<qint64>(0, earliest - now);
}

void CallService::notePublished(int port, qint64 now)
{
    const qint64 due = m_extensionDue.value(port, now);
    m_extensionDue.insert(port, std::max(due, now) + extensionIntervalMs);
}

void CallService::flushExtensions()
{
    if (!m_running || m_dirtyPorts.isEmpty())
        return;
    const core::CallProcessor &p = m_runtime->processor();
    const qint64 now = m_runtime->now();
    qint64 wait = -1; // until the first port that must wait may go
    QList<int> ready;
    for (auto it = m_dirtyPorts.begin(); it != m_dirtyPorts.end();) {
        const int port = *it;
        if (!p.hasExtension(port)) {
            it = m_dirtyPorts.erase(it);
            continue;
        }
        // A flapping extension waits for its rate, and then goes with its latest state.
        if (const qint64 left = extensionWait(port, now); left > 0) {
            wait = wait < 0 ? left : std::min(wait, left);
            ++it;
            continue;
        }
        ready.append(port);
        it = m_dirtyPorts.erase(it);
    }
    std::sort(ready.begin(), ready.end());
    for (int port : std::as_const(ready)) {
        const QString number = p.extension(port).number;
        const QString topic = extensionTopic(number);
        QJsonObject o = StateBuilder::extension(p, port, m_rev);
        o.insert(QStringLiteral("clearMenu"), p.extension(port).clearMenu);
        if (publishIfChanged(topic, std::move(o)))
            notePublished(port, now);
    }
    if (wait >= 0 && !m_extensionTimer.isActive())
        m_extensionTimer.start(int(wait));
}

QList<CallService::Message> CallService::snapshot() const
{
    const core::CallProcessor &p = m_runtime->processor();
    QList<Message> out;
    out.append({QStringLiteral("state/service"),
        StateBuilder::service(m_running ? QStringLiteral("online") : QStringLiteral("offline"),
            m_settings.version, m_started, m_epoch),
        true});
    out.append({QStringLiteral("state/link"), linkJson(), true});
    out.append({QStringLiteral("state/programming"), programmingJson(), true});
    QStringList numbers;
    for (const auto &[port, number] : extensionsOf(p)) {
        numbers << number;
        QJsonObject o = StateBuilder::extension(p, port, m_rev);
        o.insert(QStringLiteral("clearMenu"), p.extension(port).clearMenu);
        out.append({extensionTopic(number), o, true});
    }
    QList<int> lines;
    for (int n = 1; n <= p.lineCount(); ++n) {
        lines << n;
        out.append({lineTopic(n), StateBuilder::line(p, n, m_rev, m_started), true});
    }
    const std::vector<core::RequestId> live = p.liveRequests();
    for (core::RequestId id : live)
        out.append(
            {requestTopic(qint64(id)), StateBuilder::request(p, id, m_rev, m_started), true});
    out.append({QStringLiteral("state/index"),
        StateBuilder::index(m_rev, m_epoch, numbers, lines, live), true});
    return out;
}

std::optional<QJsonObject> CallService::handleCommand(const QString &role, const QString &user,
    const QByteArray &payload, bool responseTopicOk, bool hasCorrelationData)
{
    std::optional<QJsonObject> out;
    // Every bus action answers at once (list-devices, the only late one, is in-process only).
    handleCommand(Origin::Bus, role, user, payload, responseTopicOk, hasCorrelationData,
        [&out](const QJsonObject &reply) { out = reply; });
    return out;
}

void CallService::handleCommand(Origin origin, const QString &role, const QString &user,
    const QByteArray &payload, bool responseTopicOk, bool hasCorrelationData, Reply reply)
{
    if (origin == Origin::InProcess) {
        if (m_unlocked)
            m_idleTimer.start(); // the session stays while the console is used
        if (payload.size() <= CommandParser::maxPayload) {
            const QJsonObject object = QJsonDocument::fromJson(payload).object();
            if (handleInProcess(role, user, object, reply))
                return;
        }
    }
    const ParseResult parsed
        = CommandParser::parse(role, user, payload, responseTopicOk, hasCorrelationData);
    switch (parsed.outcome) {
    case ParseResult::Outcome::Drop:
        return;
    case ParseResult::Outcome::Refuse: {
        // The action as sent, when there was one, for the command event.
        const QJsonValue action
            = QJsonDocument::fromJson(payload).object().value(QLatin1String("action"));
        finish(user, action.isString() ? action.toString() : QString(),
            CommandExecutor::failure(parsed.error.code, parsed.error.message), reply);
        return;
    }
    case ParseResult::Outcome::Execute:
        break;
    }
    const ParsedCommand &command = parsed.command;
    const QString action = CommandParser::actionName(command.action);
    if (command.action == Action::History || command.action == Action::Report) {
        answerHistory(command, [this, user, action, reply](const QJsonObject &out) {
            finish(user, action, out, reply);
        });
        return;
    }
    finish(user, action, answer(origin, command), reply);
}

QJsonObject CallService::answer(Origin origin, const ParsedCommand &command)
{
    // In this process the installer's role needs the installer's password (check-password).
    if (origin == Origin::InProcess && CommandParser::leastRole(command.action) == Role::Installer
        && !m_unlocked)
        return failure("forbidden", QStringLiteral("the installer's password is needed first"));
    if (CommandExecutor::handles(command.action)) {
        QJsonObject out;
        // act() sends what the processor produced; its notifications publish what changed.
        m_runtime->act([&out, &command](core::CallProcessor &p, core::Millis now) {
            out = CommandExecutor::execute(p, command, now);
        });
        return out;
    }
    switch (command.action) {
    case Action::ApplyProgramming:
        return applyProgramming(origin, command);
    case Action::SetConnection:
        return setConnection(origin, command);
    case Action::Audit:
        return audit(command);
    default:
        return failure("unknown-action", QStringLiteral("the action is not carried out here"));
    }
}

QString CallService::saveRevision(qint64 revision) const
{
    const QString file = ProgrammingStore(m_programmingFile).installerPath();
    const QString error = storage::SettingsFile::update(file, {{revisionKey, revision}});
    return error.isEmpty()
        ? QString()
        : QStringLiteral("cannot keep the programming's revision in %1: %2").arg(file, error);
}

QJsonObject CallService::applyProgramming(Origin origin, const ParsedCommand &command)
{
    if (command.basedOn != m_revision)
        return failure("conflict",
            QStringLiteral("the programming was changed meanwhile: revision %1 is in force, the "
                           "change is based on %2")
                .arg(m_revision)
                .arg(command.basedOn));
    // The one in force already changes nothing (console-bus.md section 4), whatever its
    // problems; a parsed programming is never `factory`, so the content is compared.
    const core::Programming &inForce = m_runtime->processor().programming();
    if (command.programming.options == inForce.options
        && command.programming.extensions == inForce.extensions)
        return CommandExecutor::success(false);
    const QStringList problems = command.programming.problems(
        core::Programming::Checks::Edit, m_runtime->controllerSize());
    if (!problems.isEmpty())
        return failure("bad-request", problems.constFirst());
    // The revision is kept before the new file replaces the old one, so it never goes back
    // (one lost to a failed rename is skipped, never reused).
    const qint64 next = std::max(m_revision, m_revisionKept) + 1;
    const qint64 before = m_revision;
    m_revision = next; // published with the programming's own change
    const QString by = origin == Origin::Bus ? command.user : QString();
    const QString error = m_programming->apply(command.programming, by, [this, next] {
        const QString e = saveRevision(next);
        if (e.isEmpty())
            m_revisionKept = next;
        return e;
    });
    if (!error.isEmpty()) {
        m_revision = before;
        return failure("not-possible", error);
    }
    publishProgramming();
    QJsonObject m;
    m.insert(QStringLiteral("by"), command.user);
    m.insert(QStringLiteral("revision"), m_revision);
    publishEvent(QStringLiteral("programming.applied"), m);
    emit line(
        QStringLiteral("programming revision %1 applied by %2").arg(m_revision).arg(command.user));
    QJsonObject out = CommandExecutor::success(true);
    out.insert(QStringLiteral("revision"), m_revision);
    return out;
}

QJsonObject CallService::setConnection(Origin origin, const ParsedCommand &command)
{
    QString problem;
    const std::optional<core::Connection> connection
        = connectionFromJson(command.connection, &problem);
    if (!connection)
        return failure("bad-request", problem);
    if (*connection == m_runtime->connection())
        return CommandExecutor::success(false);
    const QString error = m_programming->setConnection(
        *connection, origin == Origin::Bus ? command.user : QString());
    if (!error.isEmpty())
        return failure("not-possible", error);
    m_linkUp = false;
    publishLink();
    return CommandExecutor::success(true);
}

QJsonObject CallService::audit(const ParsedCommand &command)
{
    QJsonArray entries;
    for (const AuditLog::Entry &e : m_programming->audit()) {
        const QDateTime when = e.when.toUTC();
        if (when < command.from || when > command.until)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("at"), StateBuilder::rfc3339(when));
        o.insert(QStringLiteral("by"), e.who);
        o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(e.changes));
        entries.append(o);
    }
    QJsonObject out;
    out.insert(QStringLiteral("ok"), true);
    out.insert(QStringLiteral("entries"), entries);
    out.insert(QStringLiteral("skipped"), m_programming->auditSkipped());
    return out;
}

void CallService::answerHistory(
    const ParsedCommand &command, const std::function<void(const QJsonObject &)> &done)
{
    if (!m_history || !m_history->isOn()) {
        done(failure("not-possible",
            m_history ? m_history->problem()
                      : QStringLiteral("this service was started without history")));
        return;
    }
    HistoryQuery query;
    query.from = command.from.toMSecsSinceEpoch();
    query.to = command.until.toMSecsSinceEpoch();
    query.extension = command.extension;
    query.after = command.after;
    if (command.action == Action::History)
        m_history->history(query, done);
    else
        m_history->report(query, done);
}

bool CallService::handleInProcess(
    const QString &role, const QString &user, const QJsonObject &object, const Reply &reply)
{
    Q_UNUSED(role);
    Q_UNUSED(user);
    const std::optional<LocalAction> action
        = localAction(object.value(QLatin1String("action")).toString());
    if (!action)
        return false;
    const auto stringMember = [&object](const char *name) -> std::optional<QString> {
        const QJsonValue v = object.value(QLatin1String(name));
        return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
    };
    const auto badMember = [](const char *name) {
        return failure("bad-request",
            QStringLiteral("member \"%1\" must be a string").arg(QLatin1String(name)));
    };
    switch (*action) {
    case LocalAction::CheckPassword: {
        const std::optional<QString> password = stringMember("password");
        if (!password) {
            reply(badMember("password"));
            return true;
        }
        const InstallerPassword::Check result = m_programming->checkPassword(*password);
        QJsonObject out;
        if (result == InstallerPassword::Check::Accepted) {
            setUnlocked(true);
            out = CommandExecutor::success(true);
            out.insert(QStringLiteral("mustChange"), m_programming->mustChangePassword());
        } else if (result == InstallerPassword::Check::Wrong) {
            out = failure("forbidden", QStringLiteral("the password is wrong"));
        } else {
            const QString problem = m_programming->passwordProblem();
            out = failure("not-possible",
                problem.isEmpty() ? QStringLiteral("programming is locked for %1 s after wrong "
                                                   "passwords")
                                        .arg(m_programming->lockedSeconds())
                                  : problem);
        }
        out.insert(QStringLiteral("lockedSeconds"), m_programming->lockedSeconds());
        reply(out);
        return true;
    }
    case LocalAction::ChangePassword: {
        const std::optional<QString> current = stringMember("current");
        const std::optional<QString> replacement = stringMember("replacement");
        if (!current || !replacement) {
            reply(badMember(current ? "replacement" : "current"));
            return true;
        }
        const QString error = m_programming->changePassword(*current, *replacement);
        if (!error.isEmpty()) {
            QJsonObject out = failure("not-possible", error);
            out.insert(QStringLiteral("lockedSeconds"), m_programming->lockedSeconds());
            reply(out);
            return true;
        }
        setUnlocked(true); // the current password was given
        reply(CommandExecutor::success(true));
        return true;
    }
    case LocalAction::Lock: {
        const bool was = m_unlocked;
        setUnlocked(false);
        reply(CommandExecutor::success(was));
        return true;
    }
    case LocalAction::PasswordState: {
        QJsonObject out;
        out.insert(QStringLiteral("ok"), true);
        out.insert(QStringLiteral("mustChange"), m_programming->mustChangePassword());
        out.insert(QStringLiteral("lockedSeconds"), m_programming->lockedSeconds());
        out.insert(QStringLiteral("problem"), m_programming->passwordProblem());
        out.insert(QStringLiteral("unlocked"), m_unlocked);
        reply(out);
        return true;
    }
    case LocalAction::ListDevices: {
        if (!m_unlocked) {
            reply(failure("forbidden", QStringLiteral("the installer's password is needed first")));
            return true;
        }
        // Enumeration reads the system: off this thread; answered when it is done.
        auto *watcher = new QFutureWatcher<core::Devices>(this);
        connect(watcher, &QFutureWatcher<core::Devices>::finished, this, [watcher, reply] {
            reply(devicesJson(watcher->result()));
            watcher->deleteLater();
        });
        watcher->setFuture(m_programming->discoverDevices());
        return true;
    }
    }
    return false;
}

void CallService::finish(
    const QString &user, const QString &action, const QJsonObject &reply, const Reply &out)
{
    const bool ok = reply.value(QLatin1String("ok")).toBool();
    QJsonObject m;
    m.insert(QStringLiteral("by"), user);
    m.insert(QStringLiteral("action"), action);
    m.insert(QStringLiteral("ok"), ok);
    if (!ok)
        m.insert(QStringLiteral("error"), reply.value(QLatin1String("error")).toString());
    publishEvent(QStringLiteral("command"), m);
    emit line(ok ? QStringLiteral("command %1 by %2: ok").arg(action, user)
                 : QStringLiteral("command %1 by %2: %3 (%4)")
                       .arg(action, user, reply.value(QLatin1String("error")).toString(),
                           reply.value(QLatin1String("message")).toString()));
    out(reply);
}

void CallService::setUnlocked(bool unlocked)
{
    if (unlocked)
        m_idleTimer.start();
    else
        m_idleTimer.stop();
    if (unlocked == m_unlocked)
        return;
    m_unlocked = unlocked;
    emit installerUnlockedChanged(unlocked);
}

QJsonObject CallService::connectionToJson(const core::Connection &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"),
        c.kind == core::Connection::Kind::Serial    ? QStringLiteral("serial")
            : c.kind == core::Connection::Kind::Usb ? QStringLiteral("usb")
                                                    : QStringLiteral("simulated"));
    o.insert(QStringLiteral("serialPort"), c.serialPort);
    o.insert(QStringLiteral("serialNumber"), c.serialNumber);
    o.insert(QStringLiteral("baud"), c.baud);
    o.insert(QStringLiteral("usb"), core::usbId(c.vendorId, c.productId));
    o.insert(QStringLiteral("stations"), c.stations);
    o.insert(QStringLiteral("lines"), c.lines);
    return o;
}

std::optional<core::Connection> CallService::connectionFromJson(
    const QJsonObject &json, QString *problem)
{
    const auto fail = [problem](const QString &text) {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    core::Connection c;
    const QJsonValue kind = json.value(QLatin1String("kind"));
    if (kind == QLatin1String("simulated"))
        c.kind = core::Connection::Kind::Simulated;
    else if (kind == QLatin1String("serial"))
        c.kind = core::Connection::Kind::Serial;
    else if (kind == QLatin1String("usb"))
        c.kind = core::Connection::Kind::Usb;
    else
        return fail(QStringLiteral(
            "member \"kind\" of the connection must be \"simulated\", \"serial\" or \"usb\""));
    for (const char *name : {"serialPort", "serialNumber"}) {
        const QJsonValue v = json.value(QLatin1String(name));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return fail(QStringLiteral("member \"%1\" of the connection must be a string")
                            .arg(QLatin1String(name)));
    }
    c.serialPort = json.value(QLatin1String("serialPort")).toString();
    c.serialNumber = json.value(QLatin1String("serialNumber")).toString();
    const auto integer = [&json](const char *name, int low, int high, int *out) {
        const QJsonValue v = json.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        if (d != double(qint64(d)) || d < low || d > high)
            return false;
        *out = int(d);
        return true;
    };
    int baud = c.baud;
    if (!integer("baud", 1, 100000000, &baud))
        return fail(QStringLiteral("member \"baud\" of the connection must be a positive integer"));
    c.baud = baud;
    if (!integer("stations", 1, 65535, &c.stations))
        return fail(
            QStringLiteral("member \"stations\" of the connection must be an integer from 1"));
    if (!integer("lines", 0, 65535, &c.lines))
        return fail(QStringLiteral("member \"lines\" of the connection must be an integer from 0"));
    const QJsonValue usb = json.value(QLatin1String("usb"));
    if (!usb.isUndefined() && !usb.isNull()) {
        static const QRegularExpression pattern(
            QStringLiteral("^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})$"));
        const QRegularExpressionMatch m = pattern.match(usb.toString());
        if (!usb.isString() || !m.hasMatch())
            return fail(QStringLiteral(
                "member \"usb\" of the connection must be VID:PID in hex, e.g. \"1209:4b54\""));
        c.vendorId = quint16(m.captured(1).toUInt(nullptr, 16));
        c.productId = quint16(m.captured(2).toUInt(nullptr, 16));
    }
    const QString wrong = c.problem();
    if (!wrong.isEmpty())
        return fail(wrong);
    return c;
}

} // namespace sb::service
