#include "requesttablemodel.h"

#include "extensionmodel.h"

#include <QDateTime>

namespace sb::ui {

RequestTableModel::RequestTableModel(
    const core::CallProcessor *processor, const ExtensionModel *extensions, QObject *parent)
    : QAbstractTableModel(parent)
    , m_processor(processor)
    , m_extensions(extensions)
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

void RequestTableModel::reload(core::Millis now)
{
    beginResetModel();
    m_now = now;
    m_rows.clear();
    for (core::RequestId id : m_processor->liveRequests())
        m_rows.push_back(m_processor->request(id));
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
    const core::RequestInfo &r = m_rows[size_t(index.row())];
    const bool sort = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !sort)
        return QVariant();
    switch (index.column()) {
    case Caller:
        return m_extensions->numberOf(r.caller);
    case Target:
        return r.kind == core::RequestKind::LineGroup ? tr("outside line")
                                                      : m_extensions->numberOf(r.target);
    case Kind:
        return r.kind == core::RequestKind::LineGroup ? tr("line queue") : tr("callback");
    case LeftAt:
        // The processor's clock is monotonic: show the wall time it corresponds to.
        return sort ? QVariant(qlonglong(r.leftAt))
                    : QVariant(QDateTime::currentDateTime()
                                   .addMSecs(r.leftAt - m_now)
                                   .toString(QStringLiteral("HH:mm:ss")));
    case Age:
        return sort ? QVariant(qlonglong(m_now - r.leftAt))
                    : QVariant(qMax<qlonglong>(0, (m_now - r.leftAt) / 1000));
    case Position:
        return r.position;
    case State:
        return stateName(r.state);
    }
    return QVariant();
}

} // namespace sb::ui
