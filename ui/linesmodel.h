#pragma once

#include "client/picture.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <vector>

namespace sb::ui {

/// The Outside lines panel's model (issue 11 item 4): one row per outside line of the picture,
/// saying in words what it does (behaviour.md T1–T9): free, ringing whom, talking with whom,
/// held at whom, in transfer by whom, camped on at whom and in which place, recalling whom, and
/// for how long. One timer ticks the For column once a second.
class LinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, StateColumn, ForColumn, ColumnCount };
    enum Role {
        LineRole = Qt::UserRole + 1, ///< the line's number
        StateRole, ///< the state's word on the bus ("held")
        StationRole, ///< the station's number, or empty
        ToAttendantRole, ///< true when `to-attendant` may take it: held, queued or recalling
        AttendantCallRole, ///< true when it is the attendant's outside call (it can be dragged)
        SinceRole ///< when it entered its state (ms since the epoch), or 0
    };

    /// The drag's MIME type: the attendant's outside call, as `{"line": n}` in JSON.
    static QString callMimeType();

    explicit LinesModel(const client::Picture *picture, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    /// Whether this console may send `transfer` (its roles): without it the attendant's call is
    /// not offered for a drag (T9). True until said otherwise.
    void setTransferAllowed(bool allowed) { m_transferAllowed = allowed; }
    bool transferAllowed() const { return m_transferAllowed; }
    /// Rereads every line from the picture (on its change signals).
    void reload();
    /// The row of a line, or -1.
    int rowOfLine(int line) const;
    /// "201 Anna" for an extension number, or the number alone when it has no name or is not
    /// known.
    static QString nameOf(const client::Picture &picture, const QString &number);
    /// The number of the first attendant position, or empty.
    static QString attendantOf(const client::Picture &picture);
    /// "1:05" (or "1 h 05 min") from `sinceMs` to `nowMs`, never below zero.
    static QString duration(qint64 sinceMs, qint64 nowMs);

private:
    struct Row
    {
        client::Line line;
        QString state; ///< in words
        QString tip;
        bool toAttendant = false;
        bool attendantCall = false;
    };
    Row describe(const client::Line &l, const QString &attendant) const;
    void tick();

    const client::Picture *m_picture;
    std::vector<Row> m_rows;
    QTimer m_ticker;
    bool m_transferAllowed = true;
};

} // namespace sb::ui
