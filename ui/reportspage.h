#pragma once

#include "client/client.h"
#include "reportexport.h"
#include "reportperiod.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QValueAxis;
QT_END_NAMESPACE

namespace sb::ui {

class ReportModel;
class ReportRequestsModel;

/// The supervisor's Reports page (issue 12 item 2): a period and all extensions or one; it asks
/// the service for `report` and every page of `history` through the client (never waiting on
/// them), then shows the figures in a table, callbacks left by hour and the busiest targets as
/// charts, and exports them as CSV or PDF.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(client::Client *client, QWidget *parent = nullptr);

    /// The period chosen in the controls.
    ReportPeriod period() const;
    void setPeriod(const ReportPeriod &period);
    /// The extension chosen, or empty for all.
    QString extension() const;
    void setExtension(const QString &number);

    /// The history pages one report reads at most (1,000 requests each): the figures and the
    /// busiest targets come from `report` whatever the range, the list of requests from the
    /// first maxHistoryPages × 1,000 requests, so a range of years cannot fill the console's
    /// memory (a report without `busiestTargets` counts them from that list).
    static constexpr int maxHistoryPages = 200;

    /// Sends `report`, then `history` page by page (`next`); finished() follows. A run started
    /// while one is under way replaces it (the older answers are dropped).
    void run();
    bool isRunning() const { return m_running; }

    /// Asks for a file name and exports the report shown.
    void exportCsv();
    void exportPdf();
    /// Writes the report shown to `path` (the file off the UI thread; the PDF is drawn on it, the
    /// charts being widgets); exported() follows, and done() names the file when it worked.
    void exportCsvTo(const QString &path);
    void exportPdfTo(const QString &path);

    /// What the report files say besides the figures: title, period, extensions, the targets.
    ReportExport::Header header() const;
    /// "104 Anna Berger", from the picture; the number alone when it has no such extension.
    QString who(const QString &number) const;

    ReportModel *figures() const { return m_figures; }
    QTableView *table() const { return m_table; }
    /// The requests of the history, one row each, beside the figures (a tab of their own).
    ReportRequestsModel *requests() const { return m_requests; }
    QTableView *requestsTable() const { return m_requestsTable; }
    /// The figures' and the requests' tabs.
    QTabWidget *lists() const { return m_lists; }
    QChartView *hourChart() const { return m_hourView; }
    QChartView *targetsChart() const { return m_targetsView; }
    /// What the last run or export said: a refusal or failure naming why, or what is shown.
    QLabel *status() const { return m_status; }
    QPushButton *runButton() const { return m_run; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *extensionBox() const { return m_extension; }

signals:
    /// A run ended: `error` is empty, or why it failed (translated).
    void finished(const QString &error);
    /// An export ended: `error` is empty, or what went wrong.
    void exported(const QString &error);
    /// A line for the status bar ("Report exported to …").
    void done(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillExtensions();
    void kindChanged();
    void askHistory(quint64 run, const QJsonValue &after);
    void fail(const QString &why);
    void showReport(const ReportData &report);
    void saved(const QString &path, const QString &what, QFuture<QString> future);

    client::Client *m_client;
    QComboBox *m_kind;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QComboBox *m_extension;
    QPushButton *m_run;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QLabel *m_status;
    ReportModel *m_figures;
    QTableView *m_table;
    ReportRequestsModel *m_requests;
    QTableView *m_requestsTable;
    QTabWidget *m_lists;
    QChartView *m_hourView;
    QBarSet *m_hourSet;
    QValueAxis *m_hourAxis;
    QChartView *m_targetsView;
    QBarSet *m_targetsSet;
    QBarCategoryAxis *m_targetsNames;
    QValueAxis *m_targetsAxis;
    std::optional<ReportData> m_pending; ///< the report whose history pages are coming
    ReportPeriod m_shownPeriod {ReportPeriod::Day, QDate::currentDate()};
    QString m_shownExtension;
    quint64 m_runs = 0;
    bool m_running = false;
    int m_historyPages = 0; ///< history pages read in this run
    bool m_historyCut = false; ///< stopped at maxHistoryPages with more to read
};

} // namespace sb::ui
