#include "extensiondelegate.h"

#include "extensionmodel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QFontInfo>
#include <QPainter>
#include <QPixmapCache>
#include <QtMath>

#include <iterator>

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
    static_assert(std::size(files) == IconCount, "one file per icon");
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
    m_icons.reserve(IconCount);
    for (int i = 0; i < IconCount; ++i)
        m_icons.append(QIcon(QString::fromLatin1(iconFile(i))));
}

namespace {

// A compact tile: 1 px around it, 3 px inside, two lines, icons of 14 px (state) and 12 px (marks).
constexpr int compactMargin = 1;
constexpr int compactPad = 3;
constexpr int compactIcon = 14;
constexpr int compactMark = 12;

int compactLine(const QFontMetrics &fm)
{
    return qMax(fm.height(), compactIcon);
}

QFont boldOf(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

} // namespace

QFont ExtensionDelegate::compactFont(const QFont &font)
{
    QFont f = font;
    const qreal points = font.pointSizeF() > 0 ? font.pointSizeF() : QFontInfo(font).pointSizeF();
    f.setPointSizeF(qMax(compactMinPointSize, points - 1.0));
    return f;
}

QSize ExtensionDelegate::tileSize(const QFont &font, Density density)
{
    if (density == Density::Compact) {
        const QFont f = compactFont(font);
        const QFontMetrics fm(f);
        const QFontMetrics bm(boldOf(f));
        // A four-digit number beside the state's icon and a one-digit count (more widen the
        // count's pill into the number's room); under them about eight letters of the name.
        const int line = compactLine(fm);
        const int numberRow = compactIcon + 4 + bm.horizontalAdvance(QStringLiteral("0000")) + 3
            + qMax(bm.horizontalAdvance(QStringLiteral("0")) + 8, line - 2);
        const int nameRow = fm.horizontalAdvance(QStringLiteral("Reception"));
        const int width = 2 * (compactMargin + compactPad) + qMax(numberRow, nameRow);
        return QSize(width, 2 * (compactMargin + compactPad) + 2 * line + 1);
    }
    const qreal scale = qMax<qreal>(1.0, QFontInfo(font).pixelSize() / 12.0);
    return QSize(qCeil(tileWidth * scale), qCeil(tileHeight * scale));
}

QSize ExtensionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // The list view passes its grid's cell; tiles fill it, so that the columns fill the width.
    const QSize least = tileSize(option.font, m_density);
    const QSize cell = option.rect.size();
    return cell.width() >= least.width() && cell.height() >= least.height() ? cell : least;
}

namespace {

const ExtensionModel *sourceModel(const QModelIndex &index, QModelIndex *source)
{
    // The view may show the model through a filter: read the extension from the source row.
    *source = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source->model()))
        *source = proxy->mapToSource(*source);
    return qobject_cast<const ExtensionModel *>(source->model());
}

} // namespace

QVector<ExtensionDelegate::Text> ExtensionDelegate::layout(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QVector<Text> out;
    QModelIndex source;
    const ExtensionModel *model = sourceModel(index, &source);
    if (!model)
        return out;
    if (m_density == Density::Compact)
        return compactLayout(option, source, model);
    const client::Extension &s = model->extension(source.row());
    const bool up = model->isCurrent();
    const QRect r = option.rect.adjusted(3, 3, -3, -3);
    const int pad = 6;
    const QRect iconRect(r.left() + pad, r.top() + pad, 20, 20);

    QFont bold = option.font;
    bold.setBold(true);
    bold.setPointSizeF(option.font.pointSizeF() * 1.1);
    const QFontMetrics bm(bold);
    const QFontMetrics fm(option.font);
    auto add = [&out](const QRect &rect, const QString &full, const QFont &font,
                   const QFontMetrics &m, int icon = -1, const QRect &iconAt = QRect()) {
        out.append(
            {rect, m.elidedText(full, Qt::ElideRight, rect.width()), full, font, icon, iconAt});
    };
    // Number and name: the name is elided, never the number; the tooltip and the details show
    // it whole.
    const QRect numberRect(iconRect.right() + 6, r.top() + pad, bm.horizontalAdvance(s.number) + 2,
        qMax(bm.height(), 20));
    add(numberRect, s.number, bold, bm, up ? stateIcon(s.state, s.dnd) : LinkDown, iconRect);
    const QRect nameRect(numberRect.right() + 6, numberRect.top(),
        r.right() - pad - numberRect.right() - 6, numberRect.height());
    if (!s.name.isEmpty())
        add(nameRect, s.name, option.font, fm);

    // The state in words; forwarding has a mark of its own below.
    const QString state
        = up ? model->stateText(s, false) : index.data(ExtensionModel::StateTextRole).toString();
    QRect stateRect(r.left() + pad, numberRect.bottom() + 2, r.width() - 2 * pad, fm.height());
    // A state too long for one line ("en llamada en espera, descolgado") takes two, and leaves
    // one row for the marks.
    const bool twoLines = fm.horizontalAdvance(state) > stateRect.width()
        && fm.boundingRect(QRect(0, 0, stateRect.width(), 0), Qt::TextWordWrap, state).height()
            <= 2 * fm.height();
    if (twoLines) {
        stateRect.setHeight(2 * fm.height());
        out.append({stateRect, state, state, option.font, -1, QRect(), true});
    } else {
        add(stateRect, state, option.font, fm);
    }

    // Marks: requests waiting here (and who is first), requests left, camp-on, forwarding. Each
    // goes on the first of two rows with room for it whole; one that fits nowhere is elided on
    // the row with most room (the tooltip says it all).
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics sm(small);
    const int rowHeight = qMax(sm.height(), 14) + 2;
    const int left = r.left() + pad, right = r.right() - pad;
    const int top = stateRect.bottom() + 3;
    int x[2] = {left, left};
    auto mark = [&](Icon icon, const QString &text) {
        const int width = 16 + sm.horizontalAdvance(text);
        const int rows = twoLines ? 1 : 2;
        int row = x[0] + width <= right ? 0 : rows > 1 && x[1] + width <= right ? 1 : -1;
        if (row < 0)
            row = rows > 1 && x[1] < x[0] ? 1 : 0;
        if (x[row] > right - 30)
            return; // no room at all
        const int y = top + row * rowHeight;
        const QRect textRect(x[row] + 16, y, right - x[row] - 16, rowHeight - 2);
        add(textRect, text, small, sm, icon, QRect(x[row], y + (rowHeight - 2 - 14) / 2, 14, 14));
        out.last().rect.setWidth(
            qMin(textRect.width(), sm.horizontalAdvance(out.last().shown) + 1));
        x[row] += 16 + out.last().rect.width() + 6;
    };
    // T4, T5: an outside line transferred here waits for this extension.
    const QList<int> transfers = model->transfersWaiting(source.row());
    if (transfers.size() == 1)
        mark(Ringing, tr("line %1 waiting").arg(transfers.first()));
    else if (transfers.size() > 1)
        mark(Ringing, tr("lines %1 waiting").arg([&] {
            QStringList l;
            for (int n : transfers)
                l << QString::number(n);
            return l.join(QStringLiteral(", "));
        }()));
    if (!s.waiting.isEmpty())
        mark(Queue, tr("%1, first %2").arg(s.waiting.size()).arg(model->firstCaller(source.row())));
    if (!s.left.isEmpty())
        mark(Callback, tr("left %1").arg(s.left.size()));
    if (s.campedOn)
        mark(CampOn, tr("camp-on"));
    if (!s.forwardTo.isEmpty())
        mark(Forward, tr("to %1").arg(s.forwardTo));
    return out;
}

QVector<ExtensionDelegate::Text> ExtensionDelegate::compactLayout(
    const QStyleOptionViewItem &option, const QModelIndex &source,
    const ExtensionModel *model) const
{
    QVector<Text> out;
    const client::Extension &s = model->extension(source.row());
    const bool up = model->isCurrent();
    const QFont font = compactFont(option.font);
    const QFont bold = boldOf(font);
    const QFontMetrics fm(font);
    const QFontMetrics bm(bold);
    const int line = compactLine(fm);
    const QRect r = option.rect.adjusted(compactMargin + compactPad, compactMargin + compactPad,
        -compactMargin - compactPad, -compactMargin - compactPad);
    const QRect first(r.left(), r.top(), r.width(), line);
    const QRect second = first.translated(0, line + 1);

    // The state's icon and the number (never elided), the callers waiting as a count.
    const QRect icon(
        first.left(), first.top() + (line - compactIcon) / 2, compactIcon, compactIcon);
    const QRect number(icon.right() + 4, first.top(), bm.horizontalAdvance(s.number) + 1, line);
    out.append({number, s.number, s.number, bold, up ? stateIcon(s.state, s.dnd) : LinkDown, icon});
    // Marks right to left on the second line, then as much of the name as fits (the state in
    // words when it has no name; colour and icon say it anyway, the tooltip in full).
    int right = second.right();
    if (!s.waiting.isEmpty()) {
        // Beside the number; a count too wide for the room left there leads the marks.
        const QString count = QString::number(s.waiting.size());
        const int width = qMax(bm.horizontalAdvance(count) + 8, line - 2);
        QRect at(first.right() - width + 1, first.top() + 1, width, line - 2);
        if (at.left() <= number.right() + 2) {
            at.moveTop(second.top() + 1);
            right = at.left() - 2;
        }
        out.append({at, count, count, bold, -1, QRect(), false, true});
    }
    auto mark = [&](Icon i) {
        const QRect at(right - compactMark + 1, second.top() + (line - compactMark) / 2,
            compactMark, compactMark);
        out.append({at, QString(), QString(), font, i, at});
        right = at.left() - 2;
    };
    if (s.campedOn)
        mark(CampOn);
    if (!s.forwardTo.isEmpty())
        mark(Forward);
    if (s.dnd && !(up && s.state == core::CallState::Idle)) // idle in DND has the DND icon
        mark(Dnd);
    const QString text = !s.name.isEmpty() ? s.name
        : up                               ? model->stateText(s, false)
                                           : source.data(ExtensionModel::StateTextRole).toString();
    const QRect name(second.left(), second.top(), right - second.left() + 1, line);
    out.append({name, fm.elidedText(text, Qt::ElideRight, name.width()), text, font, -1, QRect()});
    return out;
}

void ExtensionDelegate::paint(
    QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QModelIndex source;
    const ExtensionModel *model = sourceModel(index, &source);
    if (!model)
        return QStyledItemDelegate::paint(p, option, index);
    const client::Extension &s = model->extension(source.row());
    const QPalette &pal = option.palette;
    const int margin = m_density == Density::Compact ? compactMargin : 3;
    const QRect r = option.rect.adjusted(margin, margin, -margin, -margin);
    const bool up = model->isCurrent();
    const int radius = m_density == Density::Compact ? 4 : 6;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    // The tile: the state's colour, or grey hatching when the link is down. Drawn once per look
    // and size, then copied: an antialiased rounded outline was half the time of a tile at
    // 2,000 changes/s (docs/performance.md).
    const QColor fill = up ? stateColour(s.state, s.dnd, pal) : pal.color(QPalette::Window);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focus = option.state & QStyle::State_HasFocus;
    const QColor border = pal.color(selected ? QPalette::Highlight : QPalette::Mid);
    const int penWidth = selected ? (m_density == Density::Compact ? 2 : 3) : 1;
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    const QString key = QString::asprintf("sb-tile/%x/%x/%x/%x/%d/%d/%d/%d/%d/%d/%g", fill.rgba(),
        border.rgba(), pal.color(QPalette::Mid).rgba(), pal.color(QPalette::Highlight).rgba(),
        penWidth, int(up), int(focus), radius, r.width(), r.height(), dpr);
    const int out = 2; // the outline's half outside the rectangle
    QPixmap tile;
    if (!QPixmapCache::find(key, &tile)) {
        tile = QPixmap((r.size() + QSize(2 * out, 2 * out)) * dpr);
        tile.setDevicePixelRatio(dpr);
        tile.fill(Qt::transparent);
        QPainter q(&tile);
        q.setRenderHint(QPainter::Antialiasing);
        const QRect at(QPoint(out, out), r.size());
        q.setPen(QPen(border, penWidth));
        q.setBrush(fill);
        q.drawRoundedRect(at, radius, radius);
        if (!up) {
            q.setBrush(QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern));
            q.drawRoundedRect(at, radius, radius);
        }
        if (focus) {
            q.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
            q.setBrush(Qt::NoBrush);
            q.drawRoundedRect(at.adjusted(2, 2, -2, -2), radius - 1, radius - 1);
        }
        q.end();
        QPixmapCache::insert(key, tile);
    }
    p->drawPixmap(r.topLeft() - QPoint(out, out), tile);
    p->setPen(pal.color(QPalette::Text));
    for (const Text &t : layout(option, index)) {
        if (t.icon >= 0)
            m_icons[t.icon].paint(p, t.iconRect);
        if (t.shown.isEmpty())
            continue;
        p->setFont(t.font);
        if (t.badge) {
            // Light on dark in either palette, so that the count reads on every state's colour.
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0x37, 0x47, 0x4f));
            p->drawRoundedRect(t.rect, t.rect.height() / 2.0, t.rect.height() / 2.0);
            p->setPen(Qt::white);
            p->drawText(t.rect, Qt::AlignCenter, t.shown);
            p->setPen(pal.color(QPalette::Text));
            continue;
        }
        p->drawText(
            t.rect, Qt::AlignLeft | Qt::AlignVCenter | (t.wrap ? Qt::TextWordWrap : 0), t.shown);
    }
    p->restore();
}

} // namespace sb::ui
