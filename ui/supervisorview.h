#pragma once

#include "client/client.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTreeWidget;
class QGroupBox;
class QTabWidget;

QT_BEGIN_NAMESPACE
class QChartView;
class QLineSeries;
class QBarSet;
class QDateTimeAxis;
class QValueAxis;
class QBarCategoryAxis;
QT_END_NAMESPACE

namespace sb::ui {

class AuditView;
class EventLogModel;
class ReportsPage;
class RequestStatistics;
class RequestTableModel;

/// The supervisor's view, in three pages: *Wallboard* (the key figures large, readable from a
/// distance, every live request, counters, charts of queue depth and of how requests ended, the
/// event log in people's words with CSV export), *Reports* (history, issue 12 item 2) and *Link
/// and changes* (the link's health and the audit log of programming changes).
class SupervisorView : public QWidget
{
    Q_OBJECT
public:
    SupervisorView(client::Client *client, EventLogModel *log, RequestStatistics *statistics,
        QWidget *parent = nullptr);

    /// The key figures of the Wallboard page, large (issue 12 item 3).
    enum KeyFigure {
        WaitingNow,
        RingingNow,
        CompletedToday,
        CompletionRateToday,
        OutsideWaiting,
        KeyFigures
    };

    /// Rereads requests, counters, key figures, charts and link health.
    void refresh();
    /// Takes a queue depth sample for the chart.
    void sample();
    /// Asks for a file name and writes the event log as CSV.
    void exportLog();
    /// Writes the event log as CSV to `path` off the UI thread; once written, says where in
    /// done(), or shows what failed; logExported() follows either way.
    void exportLogTo(const QString &path);
    /// The audit log of programming changes (who, when, what): shown when this console may ask
    /// for it (the audit action), asked again after each programming change.
    AuditView *audit() const { return m_audit; }

    /// The key figure's value ("3", "83 %") and its caption.
    QLabel *keyFigure(KeyFigure which) const { return m_keyValues[which]; }
    QLabel *keyCaption(KeyFigure which) const { return m_keyCaptions[which]; }
    /// The pages: Wallboard, Reports, Link and changes.
    QTabWidget *pages() const { return m_pages; }
    ReportsPage *reports() const { return m_reports; }

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

    client::Client *m_client;
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
    AuditView *m_audit = nullptr;
    QGroupBox *m_auditBox = nullptr;
    QLabel *m_keyValues[KeyFigures] = {};
    QLabel *m_keyCaptions[KeyFigures] = {};
    QTabWidget *m_pages = nullptr;
    ReportsPage *m_reports = nullptr;
};

} // namespace sb::ui
