#pragma once

#include <QFont>
#include <QIcon>
#include <QStyledItemDelegate>
#include <QVector>

namespace sb::ui {

class ExtensionModel;

/// Paints one extension tile: number and name, state by colour, icon and words, the requests
/// waiting at it and left by it, camp-on, DND and forwarding. Compact tiles (issue 12 item 4)
/// keep the number, the name, the state's colour and icon, a count of the callers waiting and
/// icons for DND, forwarding and camp-on; their tooltip says the rest in words.
class ExtensionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// How much a tile shows; the values are kept in the user's layout, so never renumbered.
    enum class Density { Comfortable = 0, Compact = 1 };
    Q_ENUM(Density)

    /// Fixed, so that a long name or a long translation never changes the grid's columns.
    static constexpr int tileWidth = 176;
    /// Room for two rows of marks (issue 9 item 15: they were cut off on one).
    static constexpr int tileHeight = 94;
    /// The smallest text a compact tile writes, in points (legible on a 1080p screen).
    static constexpr qreal compactMinPointSize = 8.0;

    /// The smallest tile in `font` (the grid widens them to fill its width). Comfortable:
    /// tileWidth × tileHeight for a 12 px font (9 pt at 96 dpi), larger in proportion for a
    /// larger one, so that a larger desktop font cuts nothing. Compact: two lines of
    /// compactFont(), as wide as a number, a short name and the marks need.
    static QSize tileSize(const QFont &font, Density density = Density::Comfortable);
    /// The font of a compact tile: `font` a size smaller, never under compactMinPointSize.
    static QFont compactFont(const QFont &font);

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
        bool badge = false; ///< a count on a dark pill (a compact tile's callers waiting)
    };

    explicit ExtensionDelegate(QObject *parent = nullptr);

    void setDensity(Density density) { m_density = density; }
    Density density() const { return m_density; }

    /// The texts of a tile as paint() lays them out (tests check that nothing is cut off). An
    /// icon without words (a compact tile's marks) has an empty text and `rect` = `iconRect`.
    QVector<Text> layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    /// The grid's cell (the view gives it in option.rect), else tileSize().
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QVector<Text> compactLayout(const QStyleOptionViewItem &option, const QModelIndex &source,
        const ExtensionModel *model) const;

    QVector<QIcon> m_icons; // one per icon of the .cpp's Icon, in its order
    Density m_density = Density::Comfortable;
};

} // namespace sb::ui
