#include "tilegrid.h"

#include <QPaintEvent>
#include <QScrollBar>
#include <QStyle>

namespace sb::ui {

TileGrid::TileGrid(QWidget *parent)
    : QListView(parent)
{
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setMovement(QListView::Static);
    setSelectionMode(QAbstractItemView::SingleSelection);
    updateCell();
}

void TileGrid::setDensity(Density density)
{
    if (auto *delegate = qobject_cast<ExtensionDelegate *>(itemDelegate()))
        delegate->setDensity(density);
    const bool changed = density != m_density;
    m_density = density;
    updateCell();
    viewport()->update();
    if (changed)
        emit densityChanged(density);
}

int TileGrid::tilesFullyVisible() const
{
    const QAbstractItemModel *m = model();
    if (!m)
        return 0;
    int count = 0;
    const QRect area = viewport()->rect();
    for (int r = 0; r < m->rowCount(rootIndex()); ++r) {
        const QRect tile = visualRect(m->index(r, modelColumn(), rootIndex()));
        if (tile.isValid() && area.contains(tile))
            ++count;
    }
    return count;
}

void TileGrid::updateCell()
{
    // The width QListView lays out in: the viewport's largest, less the scroll bar it may need
    // (QListViewPrivate::prepareItemsLayout), so that the columns never change as it comes.
    int width = maximumViewportSize().width();
    if (verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded) {
        width -= style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
        if (style()->styleHint(QStyle::SH_ScrollView_FrameOnlyAroundContents))
            width -= 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    }
    const QSize least = ExtensionDelegate::tileSize(font(), m_density);
    const int columns = qMax(1, width / least.width());
    const QSize cell(qMax(least.width(), width / columns), least.height());
    if (cell != gridSize())
        setGridSize(cell);
}

void TileGrid::resizeEvent(QResizeEvent *event)
{
    updateCell();
    QListView::resizeEvent(event);
}

void TileGrid::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateCell();
}

void TileGrid::paintEvent(QPaintEvent *event)
{
    // QListView paints every item in the bounding rectangle of the region to repaint: for a few
    // scattered tiles that changed, most of the viewport. Painted rectangle by rectangle, only
    // those tiles are (a tile's row is one band of the region, so no tile is cut in two).
    const QRegion &region = event->region();
    if (region.rectCount() <= 1 || region.rectCount() > 256)
        return QListView::paintEvent(event);
    for (const QRect &r : region) {
        QPaintEvent part(r);
        QListView::paintEvent(&part);
    }
}

} // namespace sb::ui
