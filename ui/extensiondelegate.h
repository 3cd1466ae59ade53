#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace sb::ui {

/// Paints one extension tile: number and name, state by colour, icon and words, the requests
/// waiting at it and left by it, camp-on, DND and forwarding.
class ExtensionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int tileWidth = 176;
    static constexpr int tileHeight = 76;

    explicit ExtensionDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QIcon m_icons[11];
};

} // namespace sb::ui
