#pragma once

#include "core/callprocessor.h"

#include <QAbstractListModel>
#include <QTimer>

#include <unordered_map>
#include <unordered_set>

namespace sb::ui {

/// The busy lamp field's model: one row per extension in number order. It reads the call
/// processor and coalesces its notifications into few dataChanged() signals.
class ExtensionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        PortRole = Qt::UserRole + 1,
        NumberRole,
        NameRole,
        StateTextRole, ///< what the tile says in words (never colour alone)
        WaitingRole, ///< requests queued at it
        LeftRole, ///< requests it has left
        CampedOnRole,
        DndRole,
        ForwardRole ///< number it forwards to, or empty
    };

    /// How long notifications are gathered before the view hears of them.
    static constexpr int coalesceMs = 25;

    explicit ExtensionModel(const core::CallProcessor *processor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    /// The cached status of a row (what the tile shows).
    const core::ExtensionStatus &status(int row) const { return m_rows[size_t(row)]; }
    int rowOfPort(int port) const;
    /// The processor's notifications: the rows they touch are refreshed soon, together.
    void notify(const std::vector<core::Notification> &notifications);
    /// Rereads every extension (a reset, new programming, another controller size).
    void reload();
    void setLinkUp(bool up);
    bool linkUp() const { return m_linkUp; }
    /// When the picture was last brought up to date.
    qint64 lastUpdateMs() const { return m_lastUpdate; }
    /// A sentence for a state, e.g. "talking with 104", for tiles and screen readers; tiles show
    /// forwarding as a mark of its own.
    QString stateText(const core::ExtensionStatus &s, bool withForwarding = true) const;
    QString numberOf(int port) const;

signals:
    /// Emitted after each coalesced flush, with how many rows changed.
    void flushed(int rows);

private:
    void flush();

    const core::CallProcessor *m_processor;
    std::vector<core::ExtensionStatus> m_rows;
    std::unordered_map<int, int> m_rowOfPort;
    std::unordered_set<int> m_dirty;
    bool m_reloadPending = false;
    bool m_linkUp = false;
    qint64 m_lastUpdate = 0;
    QTimer m_timer;
};

} // namespace sb::ui
