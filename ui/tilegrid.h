#pragma once

#include "extensiondelegate.h"

#include <QListView>

namespace sb::ui {

/// The busy lamp field's view (issue 12 item 4): tiles of one size, in number order, in rows
/// that fill the viewport's width (the tiles widen; no empty column beside them), comfortable or
/// compact. A change repaints the tiles that changed, not every tile between them.
class TileGrid : public QListView
{
    Q_OBJECT
public:
    using Density = ExtensionDelegate::Density;

    explicit TileGrid(QWidget *parent = nullptr);

    /// Sets the density of the grid and of its ExtensionDelegate (set the delegate first).
    void setDensity(Density density);
    Density density() const { return m_density; }
    /// How many tiles the viewport shows whole now.
    int tilesFullyVisible() const;

signals:
    void densityChanged(sb::ui::TileGrid::Density density);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /// The cell for the width the list view lays out in: as many of the density's smallest tiles
    /// as fit, widened to share what is left.
    void updateCell();

    Density m_density = Density::Comfortable;
};

} // namespace sb::ui
