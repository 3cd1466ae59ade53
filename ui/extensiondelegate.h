#pragma once

#include <QFont>
#include <QIcon>
#include <QStyledItemDelegate>
#include <QVector>

namespace sb::ui {

/// Paints one extension tile: number and name, state by colour, icon and words, the requests
/// waiting at it and left by it, camp-on, DND and forwarding.
class ExtensionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Fixed, so that a long name or a long translation never changes the grid's columns.
    static constexpr int tileWidth = 176;
    /// Room for two rows of marks (issue 9 item 15: they were cut off on one).
    static constexpr int tileHeight = 94;

    /// The tile's size in `font`: tileWidth × tileHeight for a 12 px font (9 pt at 96 dpi),
    /// larger in proportion for a larger one, so that a larger desktop font cuts nothing.
    static QSize tileSize(const QFont &font);

    /// One text painted on a tile, where, and what it would say in full.
    struct Text
    {
        QRect rect;
        QString shown; ///< elided to fit `rect` when it must be
        QString full;
        QFont font;
        int icon = -1; ///< painted left of the text, or -1
        QRect iconRect;
        bool wrap = false; ///< over two lines (a long state in words)
    };

    explicit ExtensionDelegate(QObject *parent = nullptr);

    /// The texts of a tile as paint() lays them out (tests check that nothing is cut off).
    QVector<Text> layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QVector<QIcon> m_icons; // one per icon of the .cpp's Icon, in its order
};

} // namespace sb::ui
