#include "extensionmodel.h"

#include <QDateTime>

#include <algorithm>

namespace sb::ui {

using core::CallState;

ExtensionModel::ExtensionModel(const core::CallProcessor *processor, QObject *parent)
    : QAbstractListModel(parent)
    , m_processor(processor)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(coalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &ExtensionModel::flush);
    reload();
}

int ExtensionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExtensionModel::rowOfPort(int port) const
{
    auto it = m_rowOfPort.find(port);
    return it == m_rowOfPort.end() ? -1 : it->second;
}

QString ExtensionModel::numberOf(int port) const
{
    const int row = rowOfPort(port);
    return row < 0 ? QString::number(port) : m_rows[size_t(row)].number;
}

void ExtensionModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfPort.clear();
    for (int port = 1; port <= m_processor->stationCount(); ++port) {
        if (m_processor->hasExtension(port))
            m_rows.push_back(m_processor->extension(port));
    }
    // In number order: shorter numbers first, then as strings (101 < 102 < 1001).
    std::sort(m_rows.begin(), m_rows.end(), [](const auto &a, const auto &b) {
        return a.number.size() != b.number.size() ? a.number.size() < b.number.size()
                                                  : a.number < b.number;
    });
    for (int r = 0; r < int(m_rows.size()); ++r)
        m_rowOfPort[m_rows[size_t(r)].port] = r;
    m_dirty.clear();
    m_reloadPending = false;
    m_lastUpdate = QDateTime::currentMSecsSinceEpoch();
    endResetModel();
}

void ExtensionModel::notify(const std::vector<core::Notification> &notifications)
{
    for (const core::Notification &n : notifications) {
        if (n.type == core::Notification::Type::SystemReset
            || n.type == core::Notification::Type::ProgrammingChanged)
            m_reloadPending = true; // the rows themselves may change
        else if (n.type == core::Notification::Type::ExtensionChanged)
            m_dirty.insert(n.port);
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void ExtensionModel::flush()
{
    int changed = 0;
    if (m_reloadPending) {
        reload();
        emit flushed(int(m_rows.size()));
        return;
    }
    int lo = INT_MAX, hi = -1;
    for (int port : m_dirty) {
        const int row = rowOfPort(port);
        if (row < 0)
            continue;
        m_rows[size_t(row)] = m_processor->extension(port);
        lo = std::min(lo, row);
        hi = std::max(hi, row);
        ++changed;
    }
    m_dirty.clear();
    m_lastUpdate = QDateTime::currentMSecsSinceEpoch();
    if (hi >= 0) {
        // One signal for the span; views repaint only what is visible of it.
        emit dataChanged(index(lo), index(hi));
    }
    emit flushed(changed);
}

void ExtensionModel::setLinkUp(bool up)
{
    if (m_linkUp == up)
        return;
    m_linkUp = up;
    if (!m_rows.empty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1)); // every tile says it at once
}

QString ExtensionModel::stateText(const core::ExtensionStatus &s, bool withForwarding) const
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
        text = s.peer ? tr("calling %1").arg(numberOf(s.peer)) : tr("calling");
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
        text = s.peer ? tr("ringing: %1 calls").arg(numberOf(s.peer)) : tr("ringing");
        break;
    case CallState::RingingOutside:
        text = tr("ringing: outside call");
        break;
    case CallState::CallbackRinging:
        text = tr("callback ringing");
        break;
    case CallState::Talking:
        text = tr("talking with %1").arg(numberOf(s.peer));
        break;
    case CallState::TalkingOutside:
        text = tr("on line %1").arg(s.peer);
        break;
    }
    if (s.dnd)
        text = tr("do not disturb") + QStringLiteral(" · ") + text;
    if (s.forwardTo && withForwarding)
        text += QStringLiteral(" · ") + tr("forwarded to %1").arg(numberOf(s.forwardTo));
    return text;
}

QVariant ExtensionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return QVariant();
    const core::ExtensionStatus &s = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return s.name.isEmpty() ? s.number : s.number + QLatin1Char(' ') + s.name;
    case Qt::AccessibleTextRole:
    case StateTextRole:
        return m_linkUp ? stateText(s) : tr("unknown (link down)");
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << QStringLiteral("<b>%1</b> %2").arg(s.number, s.name.toHtmlEscaped());
        lines << (m_linkUp ? stateText(s)
                           : tr("The controller link is down: this state is not current."));
        if (s.waiting)
            lines << tr("%n caller(s) waiting for this extension; first: %1", nullptr, s.waiting)
                         .arg(numberOf(s.firstCaller));
        if (s.campedOn)
            lines << tr(
                "A caller is waiting off-hook (camp-on) and is connected as soon as it is free.");
        if (s.left)
            lines << tr("Has left %n callback(s) at busy colleagues.", nullptr, s.left);
        if (s.dnd)
            lines << tr("Do not disturb: calls get the DND tone; no callbacks can be left here.");
        if (s.forwardTo)
            lines << tr("All calls are forwarded to %1.").arg(numberOf(s.forwardTo));
        return lines.join(QStringLiteral("<br>"));
    }
    case PortRole:
        return s.port;
    case NumberRole:
        return s.number;
    case NameRole:
        return s.name;
    case WaitingRole:
        return s.waiting;
    case LeftRole:
        return s.left;
    case CampedOnRole:
        return s.campedOn;
    case DndRole:
        return s.dnd;
    case ForwardRole:
        return s.forwardTo ? numberOf(s.forwardTo) : QString();
    default:
        return QVariant();
    }
}

} // namespace sb::ui
