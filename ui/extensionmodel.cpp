#include "extensionmodel.h"

#include "linesmodel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

#include <algorithm>

namespace sb::ui {

using core::CallState;

ExtensionModel::ExtensionModel(const client::Client *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(coalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &ExtensionModel::flush);
    const client::Picture *picture = &client->picture();
    connect(picture, &client::Picture::extensionsChanged, this, &ExtensionModel::changed);
    connect(picture, &client::Picture::reset, this, [this] {
        m_reloadPending = true;
        if (!m_timer.isActive())
            m_timer.start();
    });
    // A request that arrives after the extension naming it first in line fills in its caller.
    connect(picture, &client::Picture::requestsChanged, this, [this] {
        for (auto it = m_firstMissing.begin(); it != m_firstMissing.end();) {
            const int row = rowOfNumber(*it);
            if (row >= 0 && firstCaller(row).isEmpty()) {
                ++it;
                continue;
            }
            m_dirty.insert(*it);
            it = m_firstMissing.erase(it);
        }
        if (!m_dirty.isEmpty() && !m_timer.isActive())
            m_timer.start();
    });
    // A transfer that starts recalling (its line in recall, T7) leaves its target's tile, which
    // the bus does not republish: the targets of transfers are repainted on a line's change.
    connect(picture, &client::Picture::linesChanged, this, [this] {
        for (const client::Request *r : m_client->picture().requests()) {
            if (r->transfer && !r->target.isEmpty())
                m_dirty.insert(r->target);
        }
        if (!m_dirty.isEmpty() && !m_timer.isActive())
            m_timer.start();
    });
    connect(picture, &client::Picture::currentChanged, this, &ExtensionModel::updateCurrent);
    connect(picture, &client::Picture::linkChanged, this, &ExtensionModel::updateCurrent);
    connect(picture, &client::Picture::serviceChanged, this, &ExtensionModel::updateCurrent);
    connect(client, &client::Client::serviceStateChanged, this, &ExtensionModel::updateCurrent);
    reload();
    m_current = client->picture().isCurrent();
    m_reason = reasonNotCurrent(client);
}

int ExtensionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ExtensionModel::numberOf(int port) const
{
    const int row = rowOfPort(port);
    return row < 0 ? QString::number(port) : m_rows[size_t(row)].number;
}

QString ExtensionModel::firstCaller(int row) const
{
    const client::Extension &e = m_rows[size_t(row)];
    if (e.waiting.isEmpty())
        return QString();
    const client::Request *r = m_client->picture().request(e.waiting.first());
    return r ? r->caller : QString();
}

QList<int> ExtensionModel::transfersWaiting(int row) const
{
    QList<int> lines;
    const client::Picture &p = m_client->picture();
    for (core::RequestId id : m_rows[size_t(row)].waiting) {
        const client::Request *r = p.request(id);
        if (r && r->transfer && r->line > 0 && !isRecallingTransfer(p, *r))
            lines << r->line;
    }
    return lines;
}

bool ExtensionModel::isRecallingTransfer(const client::Picture &picture, const client::Request &r)
{
    // T7: a recalling transfer has left its target; the bus keeps it first in the target's
    // waiting, suspended, so that the positions stay consistent (docs/console-bus.md).
    if (!r.transfer)
        return false;
    if (r.state == core::RequestState::Suspended)
        return true;
    for (const client::Line *l : picture.lines()) {
        if (l->line == r.line)
            return l->state == QLatin1String("recall");
    }
    return false;
}

Qt::ItemFlags ExtensionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    // Only a console that may transfer it offers the call for a drag.
    if (index.isValid() && index.row() < int(m_rows.size()) && m_current
        && m_client->may(QStringLiteral("transfer"))) {
        const client::Extension &e = m_rows[size_t(index.row())];
        if (e.type == core::ExtensionType::Attendant && e.state == CallState::TalkingOutside
            && e.line > 0)
            f |= Qt::ItemIsDragEnabled;
    }
    return f;
}

QStringList ExtensionModel::mimeTypes() const
{
    return {LinesModel::callMimeType()};
}

QMimeData *ExtensionModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (!(flags(i) & Qt::ItemIsDragEnabled))
            continue;
        const int line = m_rows[size_t(i.row())].line;
        auto *data = new QMimeData;
        data->setData(LinesModel::callMimeType(),
            QJsonDocument(QJsonObject {{QStringLiteral("line"), line}})
                .toJson(QJsonDocument::Compact));
        data->setText(tr("Line %1").arg(line));
        return data;
    }
    return nullptr;
}

void ExtensionModel::noteFirstCaller(int row)
{
    const client::Extension &e = m_rows[size_t(row)];
    if (!e.waiting.isEmpty() && firstCaller(row).isEmpty())
        m_firstMissing.insert(e.number);
    else
        m_firstMissing.remove(e.number);
}

QString ExtensionModel::reasonNotCurrent(const client::Client *client)
{
    const client::Picture &p = client->picture();
    if (p.isCurrent())
        return QString();
    if (!client->isConnected())
        return tr("not connected to the call service");
    if (!p.service().known || !p.service().online)
        return tr("the call service is offline");
    if (!p.link().known || !p.link().up)
        return tr("the controller link is down");
    return tr("the picture is still loading");
}

void ExtensionModel::updateCurrent()
{
    const bool current = m_client->picture().isCurrent();
    const QString reason = reasonNotCurrent(m_client);
    if (current == m_current && reason == m_reason)
        return;
    m_current = current;
    m_reason = reason;
    if (!m_rows.empty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1)); // every tile says it at once
    emit currentChanged(current);
}

void ExtensionModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfNumber.clear();
    m_rowOfPort.clear();
    // The picture gives them in number order ("99" before "100").
    const QList<const client::Extension *> all = m_client->picture().extensions();
    m_rows.reserve(size_t(all.size()));
    for (const client::Extension *e : all)
        m_rows.push_back(*e);
    m_firstMissing.clear();
    for (int r = 0; r < int(m_rows.size()); ++r) {
        m_rowOfNumber.insert(m_rows[size_t(r)].number, r);
        m_rowOfPort.insert(m_rows[size_t(r)].port, r);
        noteFirstCaller(r);
    }
    m_dirty.clear();
    m_reloadPending = false;
    m_lastUpdate = QDateTime::currentMSecsSinceEpoch();
    endResetModel();
}

void ExtensionModel::changed(const QStringList &numbers)
{
    for (const QString &n : numbers)
        m_dirty.insert(n);
    if (!m_timer.isActive())
        m_timer.start();
}

void ExtensionModel::flush()
{
    if (m_reloadPending) {
        reload();
        updateCurrent();
        emit flushed(int(m_rows.size()));
        return;
    }
    const client::Picture &picture = m_client->picture();
    std::vector<int> rows;
    rows.reserve(size_t(m_dirty.size()));
    for (const QString &number : std::as_const(m_dirty)) {
        const int row = rowOfNumber(number);
        const client::Extension *e = picture.extension(number);
        if (row < 0 || !e)
            continue; // added or removed: a reset() follows
        client::Extension &held = m_rows[size_t(row)];
        if (e->port != held.port) {
            m_rowOfPort.remove(held.port);
            m_rowOfPort.insert(e->port, row);
        }
        held = *e;
        noteFirstCaller(row);
        rows.push_back(row);
    }
    m_dirty.clear();
    m_lastUpdate = QDateTime::currentMSecsSinceEpoch();
    // One signal per run of neighbouring rows: a view repaints just those tiles (one signal for
    // the whole span made it repaint every tile on screen, 400 of them in the compact grid).
    // Many runs (a burst) are one signal for the span.
    std::sort(rows.begin(), rows.end());
    std::vector<std::pair<int, int>> runs;
    for (int row : rows) {
        if (!runs.empty() && row == runs.back().second + 1)
            runs.back().second = row;
        else
            runs.emplace_back(row, row);
    }
    if (runs.size() > maxRunsSignalled)
        emit dataChanged(index(runs.front().first), index(runs.back().second));
    else {
        for (const auto &[first, last] : runs)
            emit dataChanged(index(first), index(last));
    }
    emit flushed(int(rows.size()));
}

QString ExtensionModel::stateText(const client::Extension &s, bool withForwarding) const
{
    QString text;
    switch (s.state) {
    case CallState::Idle:
        text = tr("idle");
        break;
    case CallState::Dialing:
        text = tr("off-hook");
        break;
    case CallState::Calling:
        text = !s.peer.isEmpty() ? tr("calling %1").arg(s.peer) : tr("calling");
        break;
    case CallState::BusyTone:
        text = tr("hears busy");
        break;
    case CallState::Camped:
        text = tr("camped on, waiting");
        break;
    case CallState::Tone:
        text = tr("off-hook");
        break;
    case CallState::Ringing:
        text = !s.peer.isEmpty() ? tr("ringing: %1 calls").arg(s.peer) : tr("ringing");
        break;
    case CallState::RingingOutside:
        text = tr("ringing: outside call");
        break;
    case CallState::CallbackRinging:
        text = tr("callback ringing");
        break;
    case CallState::Talking:
        text = tr("talking with %1").arg(s.peer);
        break;
    case CallState::TalkingOutside:
        text = tr("on line %1").arg(s.line);
        break;
    }
    if (s.dnd)
        text = tr("do not disturb") + QStringLiteral(" · ") + text;
    if (!s.forwardTo.isEmpty() && withForwarding)
        text += QStringLiteral(" · ") + tr("forwarded to %1").arg(s.forwardTo);
    return text;
}

QVariant ExtensionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return QVariant();
    const client::Extension &s = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return s.name.isEmpty() ? s.number : s.number + QLatin1Char(' ') + s.name;
    case Qt::AccessibleTextRole:
    case StateTextRole:
        return m_current ? stateText(s) : tr("unknown (%1)").arg(m_reason);
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << QStringLiteral("<b>%1</b> %2").arg(s.number, s.name.toHtmlEscaped());
        lines << (m_current
                ? stateText(s)
                : tr("Not current: %1. The last state known was: %2").arg(m_reason, stateText(s)));
        if (!s.waiting.isEmpty())
            lines << tr("%n caller(s) waiting for this extension; first: %1", nullptr,
                int(s.waiting.size()))
                         .arg(firstCaller(index.row()));
        for (int line : transfersWaiting(index.row()))
            lines << tr("Line %1 was transferred here and waits for this extension.").arg(line);
        if (s.campedOn)
            lines << tr(
                "A caller is waiting off-hook (camp-on) and is connected as soon as it is free.");
        if (!s.left.isEmpty())
            lines << tr("Has left %n callback(s) at busy colleagues.", nullptr, int(s.left.size()));
        if (s.dnd)
            lines << tr("Do not disturb: calls get the DND tone; no callbacks can be left here.");
        if (!s.forwardTo.isEmpty())
            lines << tr("All calls are forwarded to %1.").arg(s.forwardTo);
        return lines.join(QStringLiteral("<br>"));
    }
    case PortRole:
        return s.port;
    case NumberRole:
        return s.number;
    case NameRole:
        return s.name;
    case WaitingRole:
        return int(s.waiting.size());
    case LeftRole:
        return int(s.left.size());
    case CampedOnRole:
        return s.campedOn;
    case DndRole:
        return s.dnd;
    case ForwardRole:
        return s.forwardTo;
    case CurrentRole:
        return m_current;
    case AttendantRole:
        return s.type == core::ExtensionType::Attendant;
    case TransfersRole:
        return QVariant::fromValue(transfersWaiting(index.row()));
    default:
        return QVariant();
    }
}

} // namespace sb::ui
