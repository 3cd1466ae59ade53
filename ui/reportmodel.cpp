#include "reportmodel.h"

#include <QFont>
#include <QLocale>

namespace sb::ui {

ReportModel::ReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == Figure ? tr("Figure") : tr("Value");
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return QVariant();
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Figure ? r.figure : r.value;
    case Qt::FontRole:
        if (r.heading) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Value ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return QVariant();
    }
}

bool ReportModel::isHeading(int row) const
{
    return row >= 0 && row < int(m_rows.size()) && m_rows.at(row).heading;
}

QString ReportModel::durationText(const std::optional<double> &seconds)
{
    if (!seconds)
        return QStringLiteral("–");
    const qint64 s = qRound64(*seconds);
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString ReportModel::rateText(const std::optional<double> &rate)
{
    if (!rate)
        return QStringLiteral("–");
    return tr("%1 %").arg(QLocale().toString(*rate * 100.0, 'f', 1));
}

void ReportModel::setReport(const std::optional<ReportData> &report)
{
    beginResetModel();
    m_report = report;
    m_rows.clear();
    if (report) {
        const QLocale locale;
        auto add = [this, &locale](const QString &figure, int value) {
            m_rows.append({figure, locale.toString(value), false});
        };
        const ReportData::Callbacks &c = report->callbacks;
        m_rows.append({tr("Callbacks"), QString(), true});
        add(tr("left"), c.left);
        add(tr("completed"), c.completed);
        add(tr("abandoned"), c.abandoned);
        add(tr("no answer"), c.noAnswer);
        add(tr("cleared"), c.cleared);
        add(tr("expired"), c.expired);
        add(tr("reset"), c.reset);
        add(tr("disabled"), c.disabled);
        m_rows.append({tr("completion rate"), rateText(report->completionRate()), false});
        m_rows.append(
            {tr("median, left to completed"), durationText(c.medianToCompletedSeconds), false});
        m_rows.append({tr("90th percentile, left to completed"),
            durationText(c.p90ToCompletedSeconds), false});
        const ReportData::Outside &o = report->outside;
        m_rows.append({tr("Outside calls"), QString(), true});
        add(tr("rang"), o.rang);
        add(tr("answered"), o.answered);
        add(tr("abandoned while ringing"), o.abandoned);
        m_rows.append({tr("median time to answer"), durationText(o.medianToAnswerSeconds), false});
        m_rows.append(
            {tr("90th percentile time to answer"), durationText(o.p90ToAnswerSeconds), false});
        add(tr("transferred"), o.transferred);
        add(tr("recalled"), o.recalled);
    }
    endResetModel();
}

} // namespace sb::ui
