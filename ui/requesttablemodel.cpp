#include "requesttablemodel.h"

namespace sb::ui {

RequestTableModel::RequestTableModel(const client::Picture *picture, QObject *parent)
    : QAbstractTableModel(parent)
    , m_picture(picture)
{ }

int RequestTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestTableModel::stateName(core::RequestState s)
{
    switch (s) {
    case core::RequestState::Waiting:
        return tr("waiting");
    case core::RequestState::Suspended:
        return tr("suspended");
    case core::RequestState::RingingCaller:
        return tr("ringing the caller");
    case core::RequestState::RingingTarget:
        return tr("ringing the target");
    case core::RequestState::CampedOn:
        return tr("camped on");
    }
    return QString();
}

void RequestTableModel::reload(const QDateTime &now)
{
    beginResetModel();
    m_now = now;
    m_rows.clear();
    for (const client::Request *r : m_picture->requests())
        m_rows.push_back(*r);
    endResetModel();
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Caller:
        return tr("Caller");
    case Target:
        return tr("Waiting for");
    case Kind:
        return tr("Kind");
    case LeftAt:
        return tr("Left at");
    case Age:
        return tr("Waiting (s)");
    case Position:
        return tr("Place");
    case State:
        return tr("State");
    }
    return QVariant();
}

QVariant RequestTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return QVariant();
    const client::Request &r = m_rows[size_t(index.row())];
    const bool sort = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !sort)
        return QVariant();
    // Ages from the service's wall clock and this PC's: never below zero if they disagree.
    const qint64 ageMs = qMax<qint64>(0, r.leftAt.msecsTo(m_now));
    switch (index.column()) {
    case Caller:
        return r.caller;
    case Target:
        return r.kind == core::RequestKind::LineGroup ? tr("outside line") : r.target;
    case Kind:
        return r.kind == core::RequestKind::LineGroup ? tr("line queue")
            : r.transfer                              ? tr("transfer")
                                                      : tr("callback");
    case LeftAt:
        return sort ? QVariant(r.leftAt.toMSecsSinceEpoch())
                    : QVariant(r.leftAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    case Age:
        return sort ? QVariant(qlonglong(ageMs)) : QVariant(qlonglong(ageMs / 1000));
    case Position:
        return r.position;
    case State:
        return stateName(r.state);
    }
    return QVariant();
}

} // namespace sb::ui
