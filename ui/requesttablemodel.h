#pragma once

#include "client/picture.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace sb::ui {

/// Every live request of the client's picture, one row each, for the supervisor's table (sort
/// and filter by proxy).
class RequestTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Caller, Target, Kind, LeftAt, Age, Position, State, ColumnCount };

    explicit RequestTableModel(const client::Picture *picture, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    /// Rereads the live requests; ages run from their leftAt (the service's wall clock) to
    /// `now` (this PC's).
    void reload(const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString stateName(core::RequestState s);

private:
    const client::Picture *m_picture;
    std::vector<client::Request> m_rows;
    QDateTime m_now;
};

} // namespace sb::ui
