#include "linesmodel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace sb::ui {

QString LinesModel::callMimeType()
{
    return QStringLiteral("application/x-switchboard-call");
}

LinesModel::LinesModel(const client::Picture *picture, QObject *parent)
    : QAbstractTableModel(parent)
    , m_picture(picture)
{
    // The lines change rarely; a transfer's place changes with the requests; names and the
    // attendant with a reset (programming, new epoch).
    for (auto signal : {&client::Picture::linesChanged, &client::Picture::requestsChanged,
             &client::Picture::reset})
        connect(picture, signal, this, &LinesModel::reload);
    connect(picture, &client::Picture::currentChanged, this, &LinesModel::reload);
    // One timer for every row: only the For column changes with the clock.
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &LinesModel::tick);
    m_ticker.start();
    reload();
}

int LinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int LinesModel::rowOfLine(int line) const
{
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].line.line == line)
            return int(r);
    }
    return -1;
}

QString LinesModel::nameOf(const client::Picture &picture, const QString &number)
{
    const client::Extension *e = number.isEmpty() ? nullptr : picture.extension(number);
    return !e || e->name.isEmpty() ? number : number + QLatin1Char(' ') + e->name;
}

QString LinesModel::attendantOf(const client::Picture &picture)
{
    for (const client::Extension *e : picture.extensions()) {
        if (e->type == core::ExtensionType::Attendant)
            return e->number;
    }
    return QString();
}

QString LinesModel::duration(qint64 sinceMs, qint64 nowMs)
{
    const qint64 s = qMax<qint64>(0, (nowMs - sinceMs) / 1000);
    return s < 3600 ? QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                    : tr("%1 h %2 min").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0'));
}

LinesModel::Row LinesModel::describe(const client::Line &l, const QString &attendant) const
{
    Row row;
    row.line = l;
    const QString who = nameOf(*m_picture, l.station);
    const QString state = l.state;
    if (state == QLatin1String("free")) {
        row.state = tr("free");
        row.tip = tr("Line %1 is free.").arg(l.line);
    } else if (state == QLatin1String("ringing")) {
        // T1: a line rings the stations programmed for it; the service names the first.
        row.state = who.isEmpty() ? tr("ringing, nobody free") : tr("ringing %1").arg(who);
        row.tip = who.isEmpty()
            ? tr("An outside call rings on line %1; every station it rings is busy or in DND.")
                  .arg(l.line)
            : tr("An outside call rings on line %1, at %2.").arg(l.line).arg(who);
    } else if (state == QLatin1String("talking")) {
        row.state = tr("talking with %1").arg(who);
        row.attendantCall = !attendant.isEmpty() && l.station == attendant;
        row.tip = row.attendantCall
            ? tr("The attendant talks on line %1. Drag this row onto a tile, or select the tile "
                 "and press Ctrl+T, to transfer the call there.")
                  .arg(l.line)
            : tr("%1 talks on line %2.").arg(who).arg(l.line);
    } else if (state == QLatin1String("held")) {
        // T2: held at a station, which may retrieve it; T9: or the attendant takes it.
        row.state = tr("held at %1").arg(who);
        row.toAttendant = true;
        row.tip = tr("The caller on line %1 is on hold at %2 (hears music).").arg(l.line).arg(who);
    } else if (state == QLatin1String("transfer")) {
        // T3–T5: a request of kind transfer for the line says where it waits or rings.
        const client::Request *waiting = nullptr;
        for (const client::Request *r : m_picture->requests()) {
            if (r->transfer && r->line == l.line) {
                waiting = r;
                break;
            }
        }
        if (waiting && waiting->state == core::RequestState::RingingTarget) {
            const QString target = nameOf(*m_picture, waiting->target);
            row.state = tr("transferred to %1, ringing").arg(target);
            row.tip = tr("Line %1 rings %2, transferred by %3.").arg(l.line).arg(target, who);
        } else if (waiting) {
            // T5: camped on at a busy target, in its queue.
            const QString target = nameOf(*m_picture, waiting->target);
            row.state = tr("camped on at %1, place %2").arg(target).arg(waiting->position);
            row.toAttendant = true;
            row.tip = tr("Line %1 waits for %2 (place %3 in its queue), transferred by %4.")
                          .arg(l.line)
                          .arg(target)
                          .arg(waiting->position)
                          .arg(who);
        } else {
            row.state = who.isEmpty() ? tr("in transfer") : tr("in transfer by %1").arg(who);
            row.tip = tr("Line %1 is on hold while %2 transfers it.").arg(l.line).arg(who);
        }
    } else if (state == QLatin1String("recall")) {
        // T2 (a hold recall) or T7 (a transfer recall): a live request of kind transfer for the
        // line tells a transfer's from a hold's (console-bus.md "Hold and transfer on the bus");
        // no station: it waits for a busy attendant (B3).
        bool transferred = false;
        for (const client::Request *r : m_picture->requests())
            transferred = transferred || (r->transfer && r->line == l.line);
        row.toAttendant = true;
        if (who.isEmpty()) {
            row.state = tr("waiting for the attendant");
            row.tip = transferred
                ? tr("The transfer of line %1 was not answered: it waits for the attendant, who "
                     "is busy.")
                      .arg(l.line)
                : tr("Line %1 was on hold too long: it waits for the attendant, who is busy.")
                      .arg(l.line);
        } else if (transferred) {
            row.state = tr("recalling %1 (transfer not answered)").arg(who);
            row.tip = tr("The transfer of line %1 was not answered in time (or the line was sent "
                         "to the attendant): it rings %2.")
                          .arg(l.line)
                          .arg(who);
        } else if (!attendant.isEmpty() && l.station == attendant) {
            // A held line rings the attendant when its holder is the attendant, when its recall
            // went unanswered (T7) or when it was sent there (T9): the bus does not tell which.
            row.state = tr("recalling %1 (held line)").arg(who);
            row.tip = tr("The held line %1 rings the attendant %2: it was held too long, or sent "
                         "to the attendant.")
                          .arg(l.line)
                          .arg(who);
        } else {
            row.state = tr("recalling %1 (held too long)").arg(who);
            row.tip = tr("Line %1 was on hold too long: it rings %2, who held it.")
                          .arg(l.line)
                          .arg(who);
        }
    } else {
        row.state = state; // a state of a later version: shown as it came
        row.tip = state;
    }
    return row;
}

void LinesModel::reload()
{
    const QList<const client::Line *> lines = m_picture->lines();
    const QString attendant = attendantOf(*m_picture);
    std::vector<Row> rows;
    rows.reserve(size_t(lines.size()));
    for (const client::Line *l : lines)
        rows.push_back(describe(*l, attendant));
    bool same = rows.size() == m_rows.size();
    for (size_t r = 0; same && r < rows.size(); ++r)
        same = rows[r].line.line == m_rows[r].line.line;
    if (!same) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // The same lines: changed in place, so that the selected row stays selected.
    m_rows = std::move(rows);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void LinesModel::tick()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, ForColumn), index(int(m_rows.size()) - 1, ForColumn),
            {Qt::DisplayRole, Qt::AccessibleTextRole});
}

QVariant LinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return QVariant();
    const Row &row = m_rows[size_t(index.row())];
    const client::Line &l = row.line;
    const bool free = l.state == QLatin1String("free");
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case LineColumn:
            return tr("Line %1").arg(l.line);
        case StateColumn:
            // Never old state as if it were live (console-bus.md section 2).
            return m_picture->isCurrent() ? row.state : tr("not current (was: %1)").arg(row.state);
        case ForColumn:
            return free || !l.since.isValid()
                ? QString()
                : duration(l.since.toMSecsSinceEpoch(), QDateTime::currentMSecsSinceEpoch());
        }
        return QVariant();
    case Qt::ToolTipRole:
        return row.tip;
    case LineRole:
        return l.line;
    case StateRole:
        return l.state;
    case StationRole:
        return l.station;
    case ToAttendantRole:
        return row.toAttendant && m_picture->isCurrent();
    case AttendantCallRole:
        return row.attendantCall && m_picture->isCurrent();
    case SinceRole:
        return l.since.isValid() ? l.since.toMSecsSinceEpoch() : qint64(0);
    default:
        return QVariant();
    }
}

QVariant LinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case StateColumn:
        return tr("State");
    case ForColumn:
        return tr("For");
    }
    return QVariant();
}

Qt::ItemFlags LinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // The attendant's outside call can be dragged onto a tile (T9), by a console that may
    // transfer it.
    if (m_transferAllowed && index.isValid() && index.row() < int(m_rows.size())
        && m_rows[size_t(index.row())].attendantCall && m_picture->isCurrent())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList LinesModel::mimeTypes() const
{
    return {callMimeType()};
}

QMimeData *LinesModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (!(flags(i) & Qt::ItemIsDragEnabled))
            continue;
        auto *data = new QMimeData;
        const int line = m_rows[size_t(i.row())].line.line;
        data->setData(callMimeType(),
            QJsonDocument(QJsonObject {{QStringLiteral("line"), line}})
                .toJson(QJsonDocument::Compact));
        data->setText(tr("Line %1").arg(line));
        return data;
    }
    return nullptr;
}

} // namespace sb::ui
