#pragma once

#include "client/client.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <vector>

namespace sb::ui {

/// The busy lamp field's model: one row per extension of the client's picture, in number order.
/// It coalesces the picture's change signals into few dataChanged() signals, and marks every
/// tile not current while the picture is not (service offline, link down, picture incomplete).
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
        ForwardRole, ///< number it forwards to, or empty
        CurrentRole, ///< false while the picture is not current
        AttendantRole, ///< true for the attendant position
        TransfersRole ///< QList<int>: lines transferred to it and waiting for it (T4, T5)
    };

    /// How long change signals are gathered before the view hears of them.
    static constexpr int coalesceMs = 25;
    /// A flush signals each run of neighbouring rows that changed, up to this many runs; more
    /// are one signal for their span.
    static constexpr size_t maxRunsSignalled = 128;

    explicit ExtensionModel(const client::Client *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    /// The attendant's tile can be dragged while it has an outside call (T9).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    /// The attendant's outside call (LinesModel::callMimeType()), for a drag onto a tile.
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    /// The cached extension of a row (what the tile shows).
    const client::Extension &extension(int row) const { return m_rows[size_t(row)]; }
    /// The row of an extension number, or -1.
    int rowOfNumber(const QString &number) const { return m_rowOfNumber.value(number, -1); }
    int rowOfPort(int port) const { return m_rowOfPort.value(port, -1); }
    /// The number of the extension on a port (the simulated phones name ports), or the port.
    QString numberOf(int port) const;
    /// The caller first in line at a row's extension, or empty.
    QString firstCaller(int row) const;
    /// The lines transferred to a row's extension that wait for it (live requests of kind
    /// transfer whose target it is, not recalling elsewhere), first in line first.
    QList<int> transfersWaiting(int row) const;
    /// True for a request of kind transfer that recalls elsewhere (T7): state suspended, or its
    /// line in recall. It is still in its target's `waiting` on the bus, but no longer waits there.
    static bool isRecallingTransfer(const client::Picture &picture, const client::Request &r);
    /// Rereads every extension (a reset, new programming, a new epoch).
    void reload();
    /// True while what the tiles show is live (client::Picture::isCurrent()).
    bool isCurrent() const { return m_current; }
    /// Why the picture is not current ("the call service is offline"), or empty.
    QString notCurrentReason() const { return m_reason; }
    /// When the picture was last brought up to date.
    qint64 lastUpdateMs() const { return m_lastUpdate; }
    /// A sentence for a state, e.g. "talking with 104", for tiles and screen readers; tiles show
    /// forwarding as a mark of its own.
    QString stateText(const client::Extension &e, bool withForwarding = true) const;
    /// Why `picture` of `client` is not current, in words, or empty when it is.
    static QString reasonNotCurrent(const client::Client *client);

signals:
    /// Emitted after each coalesced flush, with how many rows changed.
    void flushed(int rows);
    /// isCurrent() or its reason changed.
    void currentChanged(bool current);

private:
    void changed(const QStringList &numbers);
    void flush();
    void updateCurrent();
    void noteFirstCaller(int row);

    const client::Client *m_client;
    std::vector<client::Extension> m_rows;
    QHash<QString, int> m_rowOfNumber;
    QHash<int, int> m_rowOfPort;
    QSet<QString> m_dirty;
    QSet<QString> m_firstMissing; ///< rows whose first caller's request has not arrived yet
    bool m_reloadPending = false;
    bool m_current = false;
    QString m_reason;
    qint64 m_lastUpdate = 0;
    QTimer m_timer;
};

} // namespace sb::ui
