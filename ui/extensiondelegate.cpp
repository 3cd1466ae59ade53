#include "extensiondelegate.h"

#include "extensionmodel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QPainter>

namespace sb::ui {

namespace {

enum Icon {
    Idle,
    OffHook,
    Talking,
    Ringing,
    Callback,
    Dnd,
    Forward,
    CampOn,
    Queue,
    LinkDown,
    IconCount
};

const char *iconFile(int i)
{
    static const char *files[] = {":/icons/idle.svg", ":/icons/offhook.svg", ":/icons/talking.svg",
        ":/icons/ringing.svg", ":/icons/callback.svg", ":/icons/dnd.svg", ":/icons/forward.svg",
        ":/icons/campon.svg", ":/icons/queue.svg", ":/icons/linkdown.svg"};
    return files[i];
}

/// The state's colour, blended with the palette's base so that it reads in light and dark themes.
QColor stateColour(core::CallState s, bool dnd, const QPalette &pal)
{
    QColor c;
    switch (s) {
    case core::CallState::Idle:
        c = dnd ? QColor(0x75, 0x75, 0x75) : QColor(0x2e, 0x7d, 0x32);
        break;
    case core::CallState::Ringing:
    case core::CallState::RingingOutside:
        c = QColor(0xef, 0x6c, 0x00);
        break;
    case core::CallState::CallbackRinging:
        c = QColor(0x6a, 0x1b, 0x9a);
        break;
    case core::CallState::Talking:
    case core::CallState::TalkingOutside:
        c = QColor(0xc6, 0x28, 0x28);
        break;
    default:
        c = QColor(0x15, 0x65, 0xc0);
        break;
    }
    const QColor base = pal.color(QPalette::Base);
    const qreal k = base.lightness() > 128 ? 0.18 : 0.35;
    return QColor::fromRgbF(base.redF() * (1 - k) + c.redF() * k,
        base.greenF() * (1 - k) + c.greenF() * k, base.blueF() * (1 - k) + c.blueF() * k);
}

Icon stateIcon(core::CallState s, bool dnd)
{
    switch (s) {
    case core::CallState::Idle:
        return dnd ? Dnd : Idle;
    case core::CallState::Ringing:
    case core::CallState::RingingOutside:
        return Ringing;
    case core::CallState::CallbackRinging:
        return Callback;
    case core::CallState::Talking:
    case core::CallState::TalkingOutside:
        return Talking;
    default:
        return OffHook;
    }
}

} // namespace

ExtensionDelegate::ExtensionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    for (int i = 0; i < IconCount; ++i)
        m_icons[i] = QIcon(QString::fromLatin1(iconFile(i)));
}

QSize ExtensionDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return QSize(tileWidth, tileHeight);
}

void ExtensionDelegate::paint(
    QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The view may show the model through a filter: read the extension from the source row.
    QModelIndex source = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model()))
        source = proxy->mapToSource(source);
    const auto *model = qobject_cast<const ExtensionModel *>(source.model());
    if (!model)
        return QStyledItemDelegate::paint(p, option, index);
    const core::ExtensionStatus &s = model->status(source.row());
    const QPalette &pal = option.palette;
    const QRect r = option.rect.adjusted(3, 3, -3, -3);
    const bool up = model->linkUp();
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    // The tile: the state's colour, or grey hatching when the link is down.
    QColor fill = up ? stateColour(s.state, s.dnd, pal) : pal.color(QPalette::Window);
    p->setPen(QPen(option.state & QStyle::State_Selected ? pal.color(QPalette::Highlight)
                                                         : pal.color(QPalette::Mid),
        option.state & QStyle::State_Selected ? 3 : 1));
    p->setBrush(fill);
    p->drawRoundedRect(r, 6, 6);
    if (!up) {
        p->setBrush(QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern));
        p->drawRoundedRect(r, 6, 6);
    }
    if (option.state & QStyle::State_HasFocus) {
        p->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(r.adjusted(2, 2, -2, -2), 5, 5);
    }

    const int pad = 6;
    const QRect iconRect(r.left() + pad, r.top() + pad, 20, 20);
    m_icons[up ? stateIcon(s.state, s.dnd) : LinkDown].paint(p, iconRect);

    QFont bold = option.font;
    bold.setBold(true);
    bold.setPointSizeF(option.font.pointSizeF() * 1.1);
    p->setPen(pal.color(QPalette::Text));
    p->setFont(bold);
    const QFontMetrics bm(bold);
    const int textLeft = iconRect.right() + 6;
    const QRect numberRect(
        textLeft, r.top() + pad, bm.horizontalAdvance(s.number) + 2, bm.height());
    p->drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, s.number);
    p->setFont(option.font);
    const QFontMetrics fm(option.font);
    const QRect nameRect(numberRect.right() + 6, numberRect.top(),
        r.right() - pad - numberRect.right() - 6, bm.height());
    p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(s.name, Qt::ElideRight, nameRect.width()));

    // The state in words.
    const QString state = index.data(ExtensionModel::StateTextRole).toString();
    const QRect stateRect(
        r.left() + pad, numberRect.bottom() + 3, r.width() - 2 * pad, fm.height());
    p->drawText(stateRect, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(state, Qt::ElideRight, stateRect.width()));

    // Marks: requests waiting here (and who is first), requests left, camp-on, forwarding.
    int x = r.left() + pad;
    const int y = stateRect.bottom() + 3;
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    p->setFont(small);
    const QFontMetrics sm(small);
    auto mark = [&](Icon icon, const QString &text) {
        if (x > r.right() - 30)
            return;
        m_icons[icon].paint(p, QRect(x, y, 14, 14));
        x += 16;
        const QString t = sm.elidedText(text, Qt::ElideRight, r.right() - pad - x);
        p->drawText(
            QRect(x, y, sm.horizontalAdvance(t) + 1, 14), Qt::AlignLeft | Qt::AlignVCenter, t);
        x += sm.horizontalAdvance(t) + 8;
    };
    if (s.campedOn)
        mark(CampOn, tr("camp-on"));
    if (s.waiting)
        mark(Queue, tr("%1, first %2").arg(s.waiting).arg(model->numberOf(s.firstCaller)));
    if (s.left)
        mark(Callback, tr("left %1").arg(s.left));
    p->restore();
}

} // namespace sb::ui
