#pragma once

#include "reportdata.h"

#include <QAbstractTableModel>

namespace sb::ui {

/// The figures of a supervisor's report, one row each under the headings "Callbacks" and
/// "Outside calls": what the Reports page's table, its CSV and its PDF show.
class ReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Figure, Value, ColumnCount };

    explicit ReportModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    /// Shows `report` (or, with nothing, no figures).
    void setReport(const std::optional<ReportData> &report);
    const std::optional<ReportData> &report() const { return m_report; }
    /// True for a heading row ("Callbacks").
    bool isHeading(int row) const;

    /// A time in seconds in words ("1 min 05 s"); "–" for nothing.
    static QString durationText(const std::optional<double> &seconds);
    /// A rate 0 to 1 as a percentage ("83.3 %"); "–" for nothing.
    static QString rateText(const std::optional<double> &rate);

private:
    struct Row
    {
        QString figure;
        QString value;
        bool heading = false;
    };
    QList<Row> m_rows;
    std::optional<ReportData> m_report;
};

} // namespace sb::ui
