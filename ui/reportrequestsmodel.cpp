#include "reportrequestsmodel.h"

#include "eventlogmodel.h"
#include "reportmodel.h"

#include <QLocale>

namespace sb::ui {

ReportRequestsModel::ReportRequestsModel(
    std::function<QString(const QString &)> who, QObject *parent)
    : QAbstractTableModel(parent)
    , m_who(std::move(who))
{ }

int ReportRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int ReportRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportRequestsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Caller:
        return tr("Caller");
    case Target:
        return tr("Waited for");
    case Kind:
        return tr("Kind");
    case LeftAt:
        return tr("Left at");
    case Waited:
        return tr("Waited");
    case Reason:
        return tr("Ended");
    default:
        return QVariant();
    }
}

QString ReportRequestsModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("extension"))
        return tr("callback");
    if (kind == QLatin1String("line"))
        return tr("outside line");
    if (kind == QLatin1String("transfer"))
        return tr("transfer");
    return kind;
}

QString ReportRequestsModel::reasonText(const QString &reason)
{
    return EventLogModel::reasonText(reason);
}

QVariant ReportRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_requests.size()))
        return QVariant();
    const ReportData::Request &q = m_requests.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Waited)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Caller:
        return m_who(q.caller);
    case Target:
        return q.target.isEmpty() ? tr("an outside line") : m_who(q.target);
    case Kind:
        return kindText(q.kind);
    case LeftAt:
        return m_withDates ? QLocale().toString(q.leftAt.toLocalTime(), QLocale::ShortFormat)
                           : q.leftAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    case Waited:
        return q.leftAt.isValid() && q.endedAt.isValid()
            ? ReportModel::durationText(q.leftAt.msecsTo(q.endedAt) / 1000.0)
            : QString();
    case Reason:
        return reasonText(q.reason);
    default:
        return QVariant();
    }
}

void ReportRequestsModel::setRequests(const QList<ReportData::Request> &requests, bool withDates)
{
    beginResetModel();
    m_requests = requests;
    m_withDates = withDates;
    endResetModel();
}

} // namespace sb::ui
