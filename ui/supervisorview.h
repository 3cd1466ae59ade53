#pragma once

#include "backend.h"
#include "configurator.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTreeWidget;
class QGroupBox;

QT_BEGIN_NAMESPACE
class QChartView;
class QLineSeries;
class QBarSet;
class QDateTimeAxis;
class QValueAxis;
class QBarCategoryAxis;
QT_END_NAMESPACE

namespace sb::ui {

class EventLogModel;
class ExtensionModel;
class RequestStatistics;
class RequestTableModel;

/// The supervisor's view: every live request, counters, charts of queue depth and of how
/// requests ended, the event log with CSV export, and the link's health.
class SupervisorView : public QWidget
{
    Q_OBJECT
public:
    SupervisorView(Backend *backend, ExtensionModel *extensions, EventLogModel *log,
        RequestStatistics *statistics, QWidget *parent = nullptr);

    /// Rereads requests, counters, charts and link health.
    void refresh();
    /// Takes a queue depth sample for the chart.
    void sample();
    /// Asks for a file name and writes the event log as CSV.
    void exportLog();
    /// Writes the event log as CSV to `path` off the UI thread; once written, says where in
    /// done(), or shows what failed; logExported() follows either way.
    void exportLogTo(const QString &path);
    /// Shows the audit log of programming changes (who, when, what).
    void setConfigurator(const Configurator *configurator);
    QTreeWidget *auditView() const { return m_auditView; }

    RequestTableModel *requests() const { return m_requests; }
    QSortFilterProxyModel *requestFilter() const { return m_filter; }
    QTableWidget *counters() const { return m_counters; }
    QLabel *healthLabel() const { return m_health; }

    /// The "how requests ended" chart.
    QChartView *endedChart() const { return m_endedView; }
    /// The queue-depth chart over time.
    QChartView *depthChart() const { return m_depthView; }
    /// The queue-depth chart's line: one point per sample.
    QLineSeries *depthSeries() const { return m_depthSeries; }

signals:
    /// A line for the status bar ("Event log exported to …").
    void done(const QString &message);
    /// An export of the event log has ended: `error` is empty or what went wrong.
    void logExported(const QString &error);

private:
    void fitCounters();

    Backend *m_backend;
    RequestStatistics *m_stats;
    EventLogModel *m_log;
    RequestTableModel *m_requests;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    QTableWidget *m_counters;
    QLabel *m_health;
    QChartView *m_depthView;
    QLineSeries *m_depthSeries;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_depthAxis;
    QChartView *m_endedView;
    QBarSet *m_endedToday;
    QBarSet *m_endedSinceStart;
    QValueAxis *m_endedAxis;
    const Configurator *m_configurator = nullptr;
    QTreeWidget *m_auditView = nullptr;
    QGroupBox *m_auditBox = nullptr;
    QLabel *m_auditNote = nullptr; ///< damaged lines of the audit log, when there are any
    int m_auditShown = -1;
};

} // namespace sb::ui
