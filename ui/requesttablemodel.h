#pragma once

#include "core/callprocessor.h"

#include <QAbstractTableModel>

namespace sb::ui {

class ExtensionModel;

/// Every live request, one row each, for the supervisor's table (sort and filter by proxy).
class RequestTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Caller, Target, Kind, LeftAt, Age, Position, State, ColumnCount };

    RequestTableModel(const core::CallProcessor *processor, const ExtensionModel *extensions,
        QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    /// Rereads the live requests; `now` is the processor's clock, for their age.
    void reload(core::Millis now);
    static QString stateName(core::RequestState s);

private:
    const core::CallProcessor *m_processor;
    const ExtensionModel *m_extensions;
    std::vector<core::RequestInfo> m_rows;
    core::Millis m_now = 0;
};

} // namespace sb::ui
