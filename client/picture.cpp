#include "picture.h"

#include "connectionjson.h"

#include "core/programmingjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcPicture, "sb.client.picture")

namespace sb::client {

namespace {

/// Reads members of one payload by console-bus.md's types; the first wrong one makes it bad.
class Reader
{
public:
    explicit Reader(const QJsonObject &o)
        : m_o(o)
    { }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    bool has(const char *key) const { return m_o.contains(QLatin1String(key)); }

    /// A non-negative JSON integer (exact in a double); required unless `optional`.
    quint64 unsignedInt(const char *key, bool optional = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (!optional)
                fail(key, "is missing");
            return 0;
        }
        const auto n = toUnsigned(v);
        if (!n)
            fail(key, "must be a non-negative integer");
        return n.value_or(0);
    }

    /// An integer or null (0); absent is 0.
    int intOrNull(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return 0;
        const auto n = toUnsigned(v);
        if (!n || *n > quint64(std::numeric_limits<int>::max())) {
            fail(key, "must be an integer or null");
            return 0;
        }
        return int(*n);
    }

    bool boolean(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(key, "must be a boolean");
        return v.toBool();
    }

    QString string(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isString())
            fail(key, "must be a string");
        return v.toString();
    }

    QString stringOrNull(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(key, "must be a string or null");
        return v.toString();
    }

    /// An RFC 3339 time, or null / absent (invalid QDateTime).
    QDateTime time(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        QDateTime t;
        if (v.isString())
            t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            fail(key, "must be an RFC 3339 time or null");
        return t.toUTC();
    }

    QList<quint64> unsignedList(const char *key)
    {
        QList<quint64> out;
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail(key, "must be a list of integers");
            return out;
        }
        const QJsonArray a = v.toArray();
        out.reserve(a.size());
        for (const QJsonValue &e : a) {
            const auto n = toUnsigned(e);
            if (!n) {
                fail(key, "must be a list of integers");
                return {};
            }
            out << *n;
        }
        return out;
    }

    QStringList stringList(const char *key)
    {
        QStringList out;
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail(key, "must be a list of strings");
            return out;
        }
        const QJsonArray a = v.toArray();
        out.reserve(a.size());
        for (const QJsonValue &e : a) {
            if (!e.isString()) {
                fail(key, "must be a list of strings");
                return {};
            }
            out << e.toString();
        }
        return out;
    }

    /// A word of `words` (index), or -1 with a failure; absent is `fallback`.
    int word(const char *key, std::initializer_list<const char *> words, int fallback = 0)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (v.isString()) {
            const QString s = v.toString();
            int i = 0;
            for (const char *w : words) {
                if (s == QLatin1String(w))
                    return i;
                ++i;
            }
        }
        fail(key, "is not one of the words it may be");
        return -1;
    }

    void fail(const char *key, const char *what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("\"%1\" %2").arg(QLatin1String(key), QLatin1String(what));
    }

private:
    static std::optional<quint64> toUnsigned(const QJsonValue &v)
    {
        if (!v.isDouble())
            return std::nullopt;
        const double d = v.toDouble();
        // Integers only, and only those a double holds exactly (2^53).
        if (!(d >= 0) || d > 9007199254740992.0 || std::floor(d) != d)
            return std::nullopt;
        return quint64(d);
    }

    const QJsonObject &m_o;
    QString m_error;
};

bool isNumber(const QString &s)
{
    return !s.isEmpty() && s.size() <= 32
        && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

const char *const extensionTopic = "extension/";
const char *const requestTopic = "request/";
const char *const lineTopic = "line/";

} // namespace

Picture::Picture(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &Picture::flush);
}

bool Picture::numberLess(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

void Picture::apply(const QString &topic, const QJsonObject &payload)
{
    if (topic == QLatin1String("service"))
        applyService(payload);
    else if (topic == QLatin1String("link"))
        applyLink(payload);
    else if (topic == QLatin1String("index"))
        applyIndex(payload);
    else if (topic == QLatin1String("programming"))
        applyProgramming(payload);
    else if (topic.startsWith(QLatin1String(extensionTopic)))
        applyExtension(topic.mid(int(strlen(extensionTopic))), payload);
    else if (topic.startsWith(QLatin1String(requestTopic)))
        applyRequest(topic.mid(int(strlen(requestTopic))), payload);
    else if (topic.startsWith(QLatin1String(lineTopic)))
        applyLine(topic.mid(int(strlen(lineTopic))), payload);
    else
        qCDebug(lcPicture) << "ignoring unknown state topic" << topic;
    // Unknown topics are ignored: members and topics may be added without a new version.
    schedule();
}

void Picture::setReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    m_dirtyService = true;
    schedule();
}

void Picture::clear()
{
    m_index = {};
    m_extensions.clear();
    m_requests.clear();
    m_lines.clear();
    m_link = {};
    m_service = {};
    m_programming.reset();
    m_programmingRevision = -1;
    m_rev = 0;
    m_unconfirmed.clear();
    m_countsDirty = true;
    m_shownExtensionsDirty = true;
    m_dirtyReset = true;
    schedule();
}

void Picture::beginResync()
{
    m_unconfirmed.clear();
    for (auto it = m_extensions.cbegin(); it != m_extensions.cend(); ++it)
        m_unconfirmed.insert(QLatin1String(extensionTopic) + it.key());
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        m_unconfirmed.insert(QLatin1String(requestTopic) + QString::number(it.key()));
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        m_unconfirmed.insert(QLatin1String(lineTopic) + QString::number(it.key()));
    m_unconfirmed.insert(QStringLiteral("index"));
    m_unconfirmed.insert(QStringLiteral("link"));
    m_unconfirmed.insert(QStringLiteral("programming"));
    m_resyncing = true;
    m_countsDirty = true;
}

template<typename Item>
bool Picture::accept(const Item *held, quint64 rev, bool named) const
{
    // Older than the index and not named by it: gone already (section 2).
    if (!named && m_index.held && rev < m_index.rev)
        return false;
    return !held || rev > held->rev;
}

bool Picture::adoptEpoch(const QString &epoch)
{
    if (epoch.isEmpty() || epoch == m_epoch)
        return true;
    if (m_retiredEpochs.contains(epoch)) {
        qCDebug(lcPicture) << "ignoring a message of the earlier epoch" << epoch;
        return false;
    }
    if (!m_epoch.isEmpty()) {
        m_retiredEpochs.insert(m_epoch);
        // A new run of the service: its revs start over, so nothing held compares (section 2).
        // While resyncing, what the broker has sent again since is the new run's and stays.
        dropStale(epoch);
        m_dirtyReset = true;
    }
    m_epoch = epoch;
    return true;
}

void Picture::dropStale(const QString &epoch)
{
    const bool keepResent = m_resyncing;
    const auto stale
        = [&](const QString &topic) { return !keepResent || m_unconfirmed.contains(topic); };
    for (auto it = m_extensions.begin(); it != m_extensions.end();) {
        if (stale(QLatin1String(extensionTopic) + it.key()))
            it = m_extensions.erase(it);
        else
            ++it;
    }
    for (auto it = m_requests.begin(); it != m_requests.end();) {
        if (stale(QLatin1String(requestTopic) + QString::number(it.key())))
            it = m_requests.erase(it);
        else
            ++it;
    }
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (stale(QLatin1String(lineTopic) + QString::number(it.key())))
            it = m_lines.erase(it);
        else
            ++it;
    }
    // The index names its epoch: the earlier run's goes even when resent.
    if (stale(QStringLiteral("index")) || m_index.epoch != epoch)
        m_index = {};
    m_rev = 0;
    for (const auto &e : std::as_const(m_extensions))
        m_rev = std::max(m_rev, e.rev);
    for (const auto &r : std::as_const(m_requests))
        m_rev = std::max(m_rev, r.rev);
    for (const auto &l : std::as_const(m_lines))
        m_rev = std::max(m_rev, l.rev);
    if (m_index.held)
        m_rev = std::max(m_rev, m_index.rev);
    if (stale(QStringLiteral("link")))
        m_link = {};
    if (stale(QStringLiteral("programming"))) {
        m_programming.reset();
        m_programmingRevision = -1;
    }
    m_dirtyLink = m_dirtyProgramming = true;
    m_countsDirty = true;
    m_shownExtensionsDirty = true;
    m_dirtyRequests = m_dirtyLines = true;
}

void Picture::seeRev(quint64 rev)
{
    m_rev = std::max(m_rev, rev);
}

void Picture::applyService(const QJsonObject &o)
{
    Reader r(o);
    ServiceState s;
    s.known = true;
    const int state = r.word("state", {"offline", "online"}, -1);
    s.online = state == 1;
    s.version = r.string("version");
    s.started = r.time("started");
    s.epoch = r.string("epoch");
    if (o.isEmpty() || state < 0 || !r.ok()) {
        qCWarning(lcPicture) << "ignoring a bad state/service:"
                             << (r.ok() ? QStringLiteral("\"state\" is missing") : r.error());
        return;
    }
    if (!adoptEpoch(s.epoch))
        return;
    // The next run may start a new epoch before its state/service arrives (a crash leaves
    // only the will): from now on what the service sends replaces what is held.
    if (!s.online && (!m_service.known || m_service.online))
        beginResync();
    m_service = s;
    m_dirtyService = true;
}

void Picture::applyLink(const QJsonObject &o)
{
    m_unconfirmed.remove(QStringLiteral("link"));
    if (o.isEmpty()) {
        m_link = {};
        m_dirtyLink = true;
        return;
    }
    Reader r(o);
    LinkHealth l;
    l.known = true;
    l.up = r.boolean("up");
    l.state = r.string("state");
    l.model = r.string("model");
    l.firmware = int(std::min<quint64>(r.unsignedInt("firmware", true), INT_MAX));
    l.bootId = quint32(std::min<quint64>(r.unsignedInt("bootId", true), UINT32_MAX));
    l.framesSent = r.unsignedInt("framesSent", true);
    l.framesReceived = r.unsignedInt("framesReceived", true);
    l.retransmissions = r.unsignedInt("retransmissions", true);
    l.framingErrors = r.unsignedInt("framingErrors", true);
    l.controllerErrors = r.unsignedInt("controllerErrors", true);
    l.outages = r.unsignedInt("outages", true);
    l.lastReset = r.time("lastReset");
    // The service's added members; a connection it cannot read is left unknown.
    if (const QJsonValue c = o.value(QLatin1String("connection")); c.isObject())
        l.connection = connectionjson::read(c.toObject());
    // null (not reported yet) is unknown, -1, as core::ControllerSize has it.
    const auto size = [&o, &r](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isUndefined() || v.isNull() ? -1 : r.intOrNull(key);
    };
    l.stations = size("stations");
    l.lines = size("lines");
    if (!r.has("up") || !r.ok()) {
        qCWarning(lcPicture) << "ignoring a bad state/link:"
                             << (r.ok() ? QStringLiteral("\"up\" is missing") : r.error());
        return;
    }
    m_link = l;
    m_dirtyLink = true;
}

void Picture::applyIndex(const QJsonObject &o)
{
    const bool resent = m_unconfirmed.remove(QStringLiteral("index"));
    m_countsDirty = true;
    if (o.isEmpty()) {
        m_index = {};
        m_shownExtensionsDirty = true;
        m_dirtyLines = true;
        return;
    }
    Reader r(o);
    const quint64 rev = r.unsignedInt("rev");
    const QString epoch = r.string("epoch");
    const QStringList extensions = r.stringList("extensions");
    const QList<quint64> lines = r.unsignedList("lines");
    const QList<quint64> requests = r.unsignedList("requests");
    if (!r.ok()) {
        qCWarning(lcPicture) << "ignoring a bad state/index:" << r.error();
        return;
    }
    for (const QString &n : extensions) {
        if (!isNumber(n)) {
            qCWarning(lcPicture) << "ignoring a bad state/index: not an extension number:" << n;
            return;
        }
    }
    if (!adoptEpoch(epoch))
        return;
    if (m_index.held && rev <= m_index.rev && !resent)
        return;
    Index index;
    index.held = true;
    index.rev = rev;
    index.epoch = m_epoch;
    index.extensions = QSet<QString>(extensions.begin(), extensions.end());
    for (quint64 l : lines)
        index.lines.insert(int(std::min<quint64>(l, INT_MAX)));
    index.requests = QSet<core::RequestId>(requests.begin(), requests.end());
    seeRev(rev);

    // What this index no longer names, and is older than it, has gone.
    for (auto it = m_extensions.begin(); it != m_extensions.end();) {
        if (!index.extensions.contains(it.key()) && it->rev < rev)
            it = m_extensions.erase(it);
        else
            ++it;
    }
    for (auto it = m_requests.begin(); it != m_requests.end();) {
        if (!index.requests.contains(it.key()) && it->rev < rev)
            it = m_requests.erase(it);
        else
            ++it;
    }
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (!index.lines.contains(it.key()) && it->rev < rev)
            it = m_lines.erase(it);
        else
            ++it;
    }
    if (index.extensions != m_index.extensions)
        m_shownExtensionsDirty = true;
    if (index.requests != m_index.requests)
        m_dirtyRequests = true;
    if (index.lines != m_index.lines)
        m_dirtyLines = true;
    m_index = std::move(index);
}

void Picture::applyProgramming(const QJsonObject &o)
{
    m_unconfirmed.remove(QStringLiteral("programming"));
    if (o.isEmpty()) {
        m_programming.reset();
        m_programmingRevision = -1;
        m_dirtyProgramming = true;
        return;
    }
    Reader r(o);
    const quint64 revision = r.unsignedInt("revision");
    if (!r.ok()) {
        qCWarning(lcPicture) << "ignoring a bad state/programming:" << r.error();
        return;
    }
    QJsonObject file = o;
    file.remove(QStringLiteral("revision"));
    QString error;
    auto programming = core::programmingjson::read(QJsonDocument(file).toJson(), &error);
    if (!programming) {
        qCWarning(lcPicture) << "ignoring a bad state/programming:" << error;
        return;
    }
    m_programming = std::move(programming);
    m_programmingRevision = qint64(revision);
    m_programmingWarnings.clear();
    for (const QJsonValue &w : o.value(QLatin1String("warnings")).toArray())
        m_programmingWarnings << w.toString();
    m_dirtyProgramming = true;
}

void Picture::applyExtension(const QString &number, const QJsonObject &o)
{
    if (!isNumber(number)) {
        qCWarning(lcPicture) << "ignoring state/extension/ with a bad number:" << number;
        return;
    }
    const QString topic = QLatin1String(extensionTopic) + number;
    const bool named = m_index.extensions.contains(number);
    const bool resent = confirm(topic, named);
    if (o.isEmpty()) {
        if (m_extensions.remove(number) && named) {
            countHeld(false);
            showExtension(number, false);
        }
        return;
    }
    Reader r(o);
    Extension e;
    e.rev = r.unsignedInt("rev");
    e.port = int(std::min<quint64>(r.unsignedInt("port", true), INT_MAX));
    e.number = r.string("number");
    e.name = r.string("name");
    const int type = r.word("type", {"keyset", "single-line", "attendant"});
    e.type = core::ExtensionType(std::max(type, 0));
    const int state = r.word("state",
        {"idle", "dialing", "calling", "busy-tone", "camped-on", "tone", "ringing",
            "ringing-outside", "callback-ringing", "talking", "talking-outside"});
    e.state = core::CallState(std::max(state, 0));
    e.offHook = r.boolean("offHook");
    e.peer = r.stringOrNull("peer");
    e.line = r.intOrNull("line");
    e.dnd = r.boolean("dnd");
    e.forwardTo = r.stringOrNull("forwardTo");
    const QList<quint64> waiting = r.unsignedList("waiting");
    const QList<quint64> left = r.unsignedList("left");
    e.waiting = QList<core::RequestId>(waiting.begin(), waiting.end());
    e.left = QList<core::RequestId>(left.begin(), left.end());
    e.campedOn = r.boolean("campedOn");
    // An added member (section 1): absent from another service, false then.
    e.clearMenu = o.value(QLatin1String("clearMenu")).toBool();
    if (r.ok() && e.number.isEmpty())
        e.number = number;
    if (r.ok() && e.number != number)
        r.fail("number", "differs from the topic's number");
    if (!r.ok()) {
        qCWarning(lcPicture) << "ignoring a bad state/extension/" + number + ":" << r.error();
        return;
    }
    const auto it = m_extensions.constFind(number);
    const Extension *held = it == m_extensions.cend() ? nullptr : &*it;
    if (!resent && !accept(held, e.rev, named))
        return;
    seeRev(e.rev);
    const bool added = !held;
    m_extensions.insert(number, std::move(e));
    if (added && named) {
        countHeld(true);
        showExtension(number, true);
    }
    if (named)
        m_dirtyExtensions.insert(number);
}

void Picture::applyRequest(const QString &key, const QJsonObject &o)
{
    bool isInt = false;
    const core::RequestId id = key.toULongLong(&isInt);
    if (!isInt || key.startsWith(u'+') || QString::number(id) != key) {
        qCWarning(lcPicture) << "ignoring state/request/ with a bad id:" << key;
        return;
    }
    const bool named = m_index.requests.contains(id);
    const bool resent = confirm(QLatin1String(requestTopic) + key, named);
    if (o.isEmpty()) {
        if (m_requests.remove(id)) {
            if (named)
                countHeld(false);
            m_dirtyRequests = true;
        }
        return;
    }
    Reader r(o);
    Request q;
    q.rev = r.unsignedInt("rev");
    q.id = r.unsignedInt("id", true);
    q.caller = r.string("caller");
    q.target = r.stringOrNull("target");
    const int kind = r.word("kind", {"extension", "line", "transfer"});
    q.kind = kind == 1 ? core::RequestKind::LineGroup : core::RequestKind::Extension;
    q.transfer = kind == 2;
    q.leftAt = r.time("leftAt");
    q.position = int(std::min<quint64>(r.unsignedInt("position", true), INT_MAX));
    const int state = r.word(
        "state", {"waiting", "suspended", "ringing-caller", "ringing-target", "camped-on"});
    q.state = core::RequestState(std::max(state, 0));
    q.line = r.intOrNull("line");
    if (r.ok() && r.has("id") && q.id != id)
        r.fail("id", "differs from the topic's id");
    q.id = id;
    if (!r.ok()) {
        qCWarning(lcPicture) << "ignoring a bad state/request/" + key + ":" << r.error();
        return;
    }
    const auto it = m_requests.constFind(id);
    const Request *held = it == m_requests.cend() ? nullptr : &*it;
    if (!resent && !accept(held, q.rev, named))
        return;
    seeRev(q.rev);
    const bool added = !held;
    m_requests.insert(id, std::move(q));
    if (added && named)
        countHeld(true);
    if (named)
        m_dirtyRequests = true;
}

void Picture::applyLine(const QString &key, const QJsonObject &o)
{
    bool isInt = false;
    const int n = key.toInt(&isInt);
    if (!isInt || n < 0 || QString::number(n) != key) {
        qCWarning(lcPicture) << "ignoring state/line/ with a bad number:" << key;
        return;
    }
    const bool named = m_index.lines.contains(n);
    const bool resent = confirm(QLatin1String(lineTopic) + key, named);
    if (o.isEmpty()) {
        if (m_lines.remove(n)) {
            if (named)
                countHeld(false);
            m_dirtyLines = true;
        }
        return;
    }
    Reader r(o);
    Line l;
    l.rev = r.unsignedInt("rev");
    l.line = n;
    if (r.has("line") && r.intOrNull("line") != n)
        r.fail("line", "differs from the topic's line");
    l.state = r.string("state");
    l.station = r.stringOrNull("station");
    l.since = r.time("since");
    if (!r.ok()) {
        qCWarning(lcPicture) << "ignoring a bad state/line/" + key + ":" << r.error();
        return;
    }
    const auto it = m_lines.constFind(n);
    const Line *held = it == m_lines.cend() ? nullptr : &*it;
    if (!resent && !accept(held, l.rev, named))
        return;
    seeRev(l.rev);
    const bool added = !held;
    m_lines.insert(n, std::move(l));
    if (added && named)
        countHeld(true);
    if (named)
        m_dirtyLines = true;
}

void Picture::rebuildShownExtensions()
{
    QList<QString> shown;
    shown.reserve(m_index.extensions.size());
    for (const QString &n : std::as_const(m_index.extensions)) {
        if (m_extensions.contains(n))
            shown << n;
    }
    std::sort(shown.begin(), shown.end(), &Picture::numberLess);
    if (shown != m_shownExtensions) {
        m_shownExtensions = std::move(shown);
        m_dirtyReset = true;
    }
    m_shownExtensionsDirty = false;
}

void Picture::schedule()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void Picture::updateCurrent()
{
    const bool current = isCurrent();
    if (current != m_current) {
        m_current = current;
        emit currentChanged(current);
    }
}

void Picture::flush()
{
    m_flushTimer.stop();
    if (m_shownExtensionsDirty)
        rebuildShownExtensions();
    if (m_resyncing && resynced()) {
        m_resyncing = false;
        m_unconfirmed.clear();
    }
    // Copies first: a slot may call apply() again.
    const bool reset = std::exchange(m_dirtyReset, false);
    QSet<QString> extensions = std::exchange(m_dirtyExtensions, {});
    const bool requests = std::exchange(m_dirtyRequests, false);
    const bool lines = std::exchange(m_dirtyLines, false);
    const bool link = std::exchange(m_dirtyLink, false);
    const bool service = std::exchange(m_dirtyService, false);
    const bool programming = std::exchange(m_dirtyProgramming, false);
    if (reset) {
        emit this->reset();
    } else if (!extensions.isEmpty()) {
        QStringList numbers;
        numbers.reserve(extensions.size());
        for (const QString &n : std::as_const(extensions)) {
            if (m_index.extensions.contains(n) && m_extensions.contains(n))
                numbers << n;
        }
        if (!numbers.isEmpty()) {
            std::sort(numbers.begin(), numbers.end(), &Picture::numberLess);
            emit extensionsChanged(numbers);
        }
    }
    if (requests || reset)
        emit requestsChanged();
    if (lines || reset)
        emit linesChanged();
    if (link || reset)
        emit linkChanged();
    if (service || reset)
        emit serviceChanged();
    if (programming || reset)
        emit programmingChanged();
    updateCurrent();
}

bool Picture::confirm(const QString &topic, bool named)
{
    if (m_unconfirmed.isEmpty() || !m_unconfirmed.remove(topic))
        return false;
    if (named && !m_countsDirty)
        --m_unconfirmedNamed;
    return true;
}

void Picture::countHeld(bool added)
{
    if (!m_countsDirty)
        m_missing += added ? -1 : 1;
}

void Picture::showExtension(const QString &number, bool shown)
{
    if (m_shownExtensionsDirty)
        return; // rebuilt whole at the flush
    const auto it
        = std::lower_bound(m_shownExtensions.begin(), m_shownExtensions.end(), number, &numberLess);
    const bool there = it != m_shownExtensions.end() && *it == number;
    if (shown && !there)
        m_shownExtensions.insert(it, number);
    else if (!shown && there)
        m_shownExtensions.erase(it);
    else
        return;
    m_dirtyReset = true;
}

void Picture::recount() const
{
    // Once per index (or epoch, or resync): between them, apply() keeps the counts.
    m_missing = 0;
    m_unconfirmedNamed = 0;
    const bool resyncing = !m_unconfirmed.isEmpty();
    for (const QString &n : m_index.extensions) {
        if (!m_extensions.contains(n))
            ++m_missing;
        if (resyncing && m_unconfirmed.contains(QLatin1String(extensionTopic) + n))
            ++m_unconfirmedNamed;
    }
    for (int l : m_index.lines) {
        if (!m_lines.contains(l))
            ++m_missing;
        if (resyncing && m_unconfirmed.contains(QLatin1String(lineTopic) + QString::number(l)))
            ++m_unconfirmedNamed;
    }
    for (core::RequestId id : m_index.requests) {
        if (!m_requests.contains(id))
            ++m_missing;
        if (resyncing && m_unconfirmed.contains(QLatin1String(requestTopic) + QString::number(id)))
            ++m_unconfirmedNamed;
    }
    m_countsDirty = false;
}

bool Picture::resynced() const
{
    if (!isComplete() || m_unconfirmed.contains(QStringLiteral("index")))
        return false;
    return m_unconfirmedNamed == 0;
}

bool Picture::isComplete() const
{
    if (!m_index.held)
        return false;
    if (m_countsDirty)
        recount();
    return m_missing == 0;
}

bool Picture::isCurrent() const
{
    return m_reachable && m_service.known && m_service.online && m_link.up && isComplete();
}

QList<const Extension *> Picture::extensions() const
{
    QList<const Extension *> out;
    out.reserve(m_shownExtensions.size());
    for (const QString &n : m_shownExtensions) {
        const auto it = m_extensions.constFind(n);
        if (it != m_extensions.cend())
            out << &*it;
    }
    return out;
}

const Extension *Picture::extension(const QString &number) const
{
    if (!m_index.extensions.contains(number))
        return nullptr;
    const auto it = m_extensions.constFind(number);
    return it == m_extensions.cend() ? nullptr : &*it;
}

const Request *Picture::request(core::RequestId id) const
{
    if (!m_index.requests.contains(id))
        return nullptr;
    const auto it = m_requests.constFind(id);
    return it == m_requests.cend() ? nullptr : &*it;
}

QList<const Request *> Picture::requests() const
{
    QList<const Request *> out;
    out.reserve(m_index.requests.size());
    for (core::RequestId id : m_index.requests) {
        const auto it = m_requests.constFind(id);
        if (it != m_requests.cend())
            out << &*it;
    }
    std::sort(out.begin(), out.end(), [](const Request *a, const Request *b) {
        if (a->leftAt != b->leftAt)
            return a->leftAt < b->leftAt;
        return a->id < b->id;
    });
    return out;
}

QList<const Line *> Picture::lines() const
{
    QList<const Line *> out;
    for (int n : m_index.lines) {
        const auto it = m_lines.constFind(n);
        if (it != m_lines.cend())
            out << &*it;
    }
    std::sort(
        out.begin(), out.end(), [](const Line *a, const Line *b) { return a->line < b->line; });
    return out;
}

} // namespace sb::client
