#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;
class QMimeData;
class QPoint;

namespace sb::ui {

/// Lets the attendant's outside call be dropped onto an extension tile of the grid (behaviour.md
/// T9, issue 11 item 4): accepts drags of LinesModel::callMimeType() over a tile other than the
/// attendant's own, and says which tile it was dropped on. Installed on the grid's viewport, it
/// takes these drags before the list view (which would move tiles).
class TileDrop : public QObject
{
    Q_OBJECT
public:
    explicit TileDrop(QAbstractItemView *grid);

    /// The number of the tile at `pos` (viewport coordinates) that may take `data`, or empty.
    QString targetAt(const QPoint &pos, const QMimeData *data) const;
    /// The line a drag carries, or 0.
    static int lineOf(const QMimeData *data);

signals:
    /// The call on `line` (as the drag carried it) was dropped on the tile of `number`.
    void dropped(const QString &number, int line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_grid;
};

} // namespace sb::ui
