#include "tiledrop.h"

#include "extensionmodel.h"
#include "linesmodel.h"

#include <QAbstractItemView>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace sb::ui {

TileDrop::TileDrop(QAbstractItemView *grid)
    : QObject(grid)
    , m_grid(grid)
{
    grid->viewport()->setAcceptDrops(true);
    grid->viewport()->installEventFilter(this);
}

int TileDrop::lineOf(const QMimeData *data)
{
    if (!data || !data->hasFormat(LinesModel::callMimeType()))
        return 0;
    const QJsonObject o = QJsonDocument::fromJson(data->data(LinesModel::callMimeType())).object();
    return o.value(QLatin1String("line")).toInt();
}

QString TileDrop::targetAt(const QPoint &pos, const QMimeData *data) const
{
    if (lineOf(data) <= 0)
        return QString();
    const QModelIndex i = m_grid->indexAt(pos);
    if (!i.isValid() || !i.data(ExtensionModel::CurrentRole).toBool())
        return QString();
    // The attendant's own tile is where the call already is.
    if (i.data(ExtensionModel::AttendantRole).toBool())
        return QString();
    return i.data(ExtensionModel::NumberRole).toString();
}

bool TileDrop::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDragMoveEvent *>(event);
        if (lineOf(e->mimeData()) <= 0)
            return false; // not ours: the view's own handling
        // Over a tile that can take it: a copy; elsewhere the drag goes on, refused here.
        if (!targetAt(e->position().toPoint(), e->mimeData()).isEmpty()) {
            e->setDropAction(Qt::CopyAction);
            e->accept();
        } else if (event->type() == QEvent::DragEnter) {
            e->accept(); // keep receiving moves over the grid
            e->setDropAction(Qt::IgnoreAction);
        } else {
            e->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        if (lineOf(e->mimeData()) <= 0)
            return false;
        const QString number = targetAt(e->position().toPoint(), e->mimeData());
        if (number.isEmpty()) {
            e->ignore();
            return true;
        }
        e->setDropAction(Qt::CopyAction);
        e->accept();
        emit dropped(number, lineOf(e->mimeData()));
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace sb::ui
