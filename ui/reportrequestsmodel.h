#pragma once

#include "reportdata.h"

#include <QAbstractTableModel>

#include <functional>

namespace sb::ui {

/// The requests of a report's `history`, one row each, oldest first: the Reports page's list of
/// requests (who waited for whom, when, how long and how it ended).
class ReportRequestsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Caller, Target, Kind, LeftAt, Waited, Reason, ColumnCount };

    /// `who` names an extension ("104 Anna Berger").
    explicit ReportRequestsModel(
        std::function<QString(const QString &)> who, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    /// Shows `requests`; their times with the date when the report spans more than a day.
    void setRequests(const QList<ReportData::Request> &requests, bool withDates);
    /// A request's kind ("extension") and how it ended ("no-answer") in words.
    static QString kindText(const QString &kind);
    static QString reasonText(const QString &reason);

private:
    std::function<QString(const QString &)> m_who;
    QList<ReportData::Request> m_requests;
    bool m_withDates = false;
};

} // namespace sb::ui
