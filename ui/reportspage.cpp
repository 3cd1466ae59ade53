#include "reportspage.h"

#include "commandfeedback.h"
#include "reportmodel.h"
#include "reportrequestsmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace sb::ui {

namespace {

/// A top for an axis of whole numbers with 4 steps, so that every tick is a whole number.
int niceCeiling(int most)
{
    return std::max(4, (most + 3) / 4 * 4);
}

QChartView *chartView(QChart *chart, QWidget *parent)
{
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

} // namespace

ReportsPage::ReportsPage(client::Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_kind(new QComboBox(this))
    , m_from(new QDateEdit(QDate::currentDate(), this))
    , m_toLabel(new QLabel(tr("to"), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_extension(new QComboBox(this))
    , m_run(new QPushButton(tr("&Show report"), this))
    , m_csv(new QPushButton(tr("Export &CSV…"), this))
    , m_pdf(new QPushButton(tr("Export P&DF…"), this))
    , m_status(new QLabel(this))
    , m_figures(new ReportModel(this))
    , m_table(new QTableView(this))
    , m_requests(new ReportRequestsModel([this](const QString &n) { return who(n); }, this))
    , m_requestsTable(new QTableView(this))
    , m_lists(new QTabWidget(this))
{
    m_kind->addItem(tr("Day"), ReportPeriod::Day);
    m_kind->addItem(tr("Week (Monday to Sunday)"), ReportPeriod::Week);
    m_kind->addItem(tr("Month"), ReportPeriod::Month);
    m_kind->addItem(tr("Range of days"), ReportPeriod::Range);
    m_kind->setAccessibleName(tr("Period"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_extension->setAccessibleName(tr("Extensions"));
    m_extension->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::kindChanged);
    connect(m_run, &QPushButton::clicked, this, &ReportsPage::run);
    connect(m_csv, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
    // Reports are a supervisor's action (console-bus.md section 4): offered only with the role.
    const bool allowed = client->may(QStringLiteral("report"));
    m_run->setEnabled(allowed);
    m_run->setToolTip(allowed ? QString() : CommandFeedback::needsRole(QStringLiteral("report")));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_kind);
    auto *extensionLabel = new QLabel(tr("Extensio&ns:"), this);
    extensionLabel->setBuddy(m_extension);
    auto *controls = new QHBoxLayout;
    controls->addWidget(periodLabel);
    controls->addWidget(m_kind);
    controls->addWidget(m_from);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_to);
    controls->addSpacing(12);
    controls->addWidget(extensionLabel);
    controls->addWidget(m_extension);
    controls->addWidget(m_run);
    controls->addStretch(1);
    controls->addWidget(m_csv);
    controls->addWidget(m_pdf);

    m_table->setModel(m_figures);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ReportModel::Figure, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        ReportModel::Value, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Report figures"));
    m_table->setMinimumWidth(340);
    m_requestsTable->setModel(m_requests);
    m_requestsTable->verticalHeader()->hide();
    m_requestsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_requestsTable->horizontalHeader()->setStretchLastSection(true);
    m_requestsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requestsTable->setAccessibleName(tr("Requests of the report"));
    // No Alt+letters: the window's letters are taken (the Wallboard's tabs say why).
    m_lists->addTab(m_table, tr("Figures"));
    m_lists->addTab(m_requestsTable, tr("Requests"));

    // Callbacks left by hour of the day.
    m_hourSet = new QBarSet(tr("callbacks left"), this);
    QStringList hours;
    for (int h = 0; h < 24; ++h) {
        hours << QString::number(h);
        *m_hourSet << 0;
    }
    auto *hourSeries = new QBarSeries(this);
    hourSeries->append(m_hourSet);
    auto *hourChart = new QChart;
    hourChart->addSeries(hourSeries);
    hourChart->setTitle(tr("Callbacks left by hour of the day"));
    auto *hourNames = new QBarCategoryAxis(this);
    hourNames->append(hours);
    m_hourAxis = new QValueAxis(this);
    m_hourAxis->setLabelFormat(QStringLiteral("%d"));
    hourChart->addAxis(hourNames, Qt::AlignBottom);
    hourChart->addAxis(m_hourAxis, Qt::AlignLeft);
    hourSeries->attachAxis(hourNames);
    hourSeries->attachAxis(m_hourAxis);
    m_hourView = chartView(hourChart, this);

    // The busiest targets: bars across, the names down the side, read whole.
    m_targetsSet = new QBarSet(tr("callbacks"), this);
    auto *targetSeries = new QHorizontalBarSeries(this);
    targetSeries->append(m_targetsSet);
    auto *targetsChart = new QChart;
    targetsChart->addSeries(targetSeries);
    targetsChart->setTitle(tr("Busiest targets: callbacks left for them"));
    m_targetsNames = new QBarCategoryAxis(this);
    m_targetsAxis = new QValueAxis(this);
    m_targetsAxis->setLabelFormat(QStringLiteral("%d"));
    targetsChart->addAxis(m_targetsNames, Qt::AlignLeft);
    targetsChart->addAxis(m_targetsAxis, Qt::AlignBottom);
    targetSeries->attachAxis(m_targetsNames);
    targetSeries->attachAxis(m_targetsAxis);
    m_targetsView = chartView(targetsChart, this);

    auto *body = new QGridLayout;
    body->addWidget(m_lists, 0, 0, 2, 1);
    body->addWidget(m_hourView, 0, 1);
    body->addWidget(m_targetsView, 1, 1);
    body->setColumnStretch(0, 4); // the requests' six columns whole
    body->setColumnStretch(1, 5); // the 24 hours' labels whole
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addLayout(body, 1);

    kindChanged();
    fillExtensions();
    m_status->setText(tr("Choose a period and show its report."));
}

void ReportsPage::showEvent(QShowEvent *event)
{
    fillExtensions();
    QWidget::showEvent(event);
}

void ReportsPage::fillExtensions()
{
    const QString chosen = extension();
    m_extension->clear();
    m_extension->addItem(tr("All extensions"), QString());
    for (const client::Extension *e : m_client->picture().extensions())
        m_extension->addItem(who(e->number), e->number);
    setExtension(chosen);
}

void ReportsPage::kindChanged()
{
    const bool range = m_kind->currentData().toInt() == ReportPeriod::Range;
    m_toLabel->setVisible(range);
    m_to->setVisible(range);
}

ReportPeriod ReportsPage::period() const
{
    return ReportPeriod(
        ReportPeriod::Kind(m_kind->currentData().toInt()), m_from->date(), m_to->date());
}

void ReportsPage::setPeriod(const ReportPeriod &period)
{
    m_kind->setCurrentIndex(m_kind->findData(period.kind()));
    m_from->setDate(period.first());
    m_to->setDate(period.last());
}

QString ReportsPage::extension() const
{
    return m_extension->currentData().toString();
}

void ReportsPage::setExtension(const QString &number)
{
    int i = m_extension->findData(number);
    if (i < 0 && !number.isEmpty()) {
        m_extension->addItem(who(number), number); // one no longer programmed: kept as chosen
        i = m_extension->count() - 1;
    }
    m_extension->setCurrentIndex(std::max(0, i));
}

QString ReportsPage::who(const QString &number) const
{
    const client::Extension *e = m_client->picture().extension(number);
    return e && !e->name.isEmpty() ? tr("%1 %2").arg(number, e->name) : number;
}

void ReportsPage::run()
{
    const quint64 run = ++m_runs;
    m_running = true;
    m_pending.reset();
    m_shownPeriod = period();
    m_shownExtension = extension();
    m_status->setStyleSheet(QString());
    m_status->setText(
        tr("Asking the call service for the report of %1…").arg(m_shownPeriod.text()));
    QJsonObject command {{QStringLiteral("action"), QStringLiteral("report")},
        {QStringLiteral("from"), m_shownPeriod.fromText()},
        {QStringLiteral("to"), m_shownPeriod.toText()}};
    if (!m_shownExtension.isEmpty())
        command.insert(QStringLiteral("extension"), m_shownExtension);
    client::CommandOperation *op = m_client->send(command);
    connect(op, &client::CommandOperation::finished, this, [this, op, run] {
        if (run != m_runs)
            return; // a newer run replaced this one
        if (!op->isOk())
            return fail(tr("No report: %1").arg(CommandFeedback::why(*op)));
        QString problem;
        m_pending = ReportData::fromReport(op->reply(), &problem);
        if (!m_pending)
            return fail(tr("No report: %1").arg(problem));
        m_historyPages = 0;
        m_historyCut = false;
        askHistory(run, QJsonValue());
    });
}

void ReportsPage::askHistory(quint64 run, const QJsonValue &after)
{
    QJsonObject command {{QStringLiteral("action"), QStringLiteral("history")},
        {QStringLiteral("from"), m_shownPeriod.fromText()},
        {QStringLiteral("to"), m_shownPeriod.toText()}};
    if (!m_shownExtension.isEmpty())
        command.insert(QStringLiteral("extension"), m_shownExtension);
    if (!after.isNull() && !after.isUndefined())
        command.insert(QStringLiteral("after"), after);
    client::CommandOperation *op = m_client->send(command);
    connect(op, &client::CommandOperation::finished, this, [this, op, run] {
        if (run != m_runs)
            return;
        if (!op->isOk())
            return fail(tr("No list of requests: %1").arg(CommandFeedback::why(*op)));
        QString problem;
        const std::optional<QJsonValue> next = m_pending->addHistory(op->reply(), &problem);
        if (!next)
            return fail(tr("No list of requests: %1").arg(problem));
        ++m_historyPages;
        m_historyCut = !next->isNull() && m_historyPages >= maxHistoryPages;
        if (!next->isNull() && !m_historyCut) {
            m_status->setText(tr("Reading the list of requests: %n so far…", nullptr,
                int(m_pending->requests.size())));
            return askHistory(run, *next);
        }
        const ReportData report = *m_pending;
        m_pending.reset();
        showReport(report);
    });
}

void ReportsPage::fail(const QString &why)
{
    m_running = false;
    m_pending.reset();
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_status->setText(why);
    emit finished(why);
}

void ReportsPage::showReport(const ReportData &report)
{
    m_running = false;
    m_figures->setReport(report);
    m_requests->setRequests(report.requests, m_shownPeriod.first() != m_shownPeriod.last());
    m_table->resizeColumnToContents(ReportModel::Value);
    int most = 1;
    for (int h = 0; h < 24; ++h) {
        m_hourSet->replace(h, report.leftByHour[size_t(h)]);
        most = std::max(most, report.leftByHour[size_t(h)]);
    }
    m_hourAxis->setRange(0, niceCeiling(most));
    m_hourAxis->setTickCount(5);
    // Most on top: a horizontal bar chart draws its first category at the bottom.
    const QList<QPair<QString, int>> targets = report.busiestTargets();
    QStringList names;
    QList<qreal> counts;
    most = 1;
    for (auto i = targets.crbegin(); i != targets.crend(); ++i) {
        names << who(i->first);
        counts << i->second;
        most = std::max(most, i->second);
    }
    m_targetsSet->remove(0, m_targetsSet->count());
    m_targetsSet->append(counts);
    m_targetsNames->clear();
    m_targetsNames->append(names.isEmpty() ? QStringList {tr("none")} : names);
    m_targetsAxis->setRange(0, niceCeiling(most));
    m_targetsAxis->setTickCount(5);
    m_csv->setEnabled(true);
    m_pdf->setEnabled(true);
    m_status->setStyleSheet(QString());
    m_status->setText(m_shownExtension.isEmpty()
            ? tr("Report of %1, all extensions: %n request(s) ended.", nullptr,
                int(report.requests.size()))
                  .arg(m_shownPeriod.text())
            : tr("Report of %1 for %2: %n request(s) ended.", nullptr, int(report.requests.size()))
                  .arg(m_shownPeriod.text(), who(m_shownExtension)));
    // The service's busiest targets count every callback left in the period; counted here from
    // the list (another service's report has none), they are those that ended, as far as read.
    if (m_historyCut && report.targetsFromReport()) {
        m_status->setText(m_status->text() + QLatin1Char(' ')
            + tr("The list shows the first %1 requests.").arg(report.requests.size()));
    } else if (m_historyCut) {
        m_status->setText(m_status->text() + QLatin1Char(' ')
            + tr("The list and the busiest targets show the first %1 requests.")
                  .arg(report.requests.size()));
    }
    if (!report.targetsFromReport()) {
        m_status->setText(m_status->text() + QLatin1Char(' ')
            + tr("The busiest targets count the requests that ended in the period (the service's "
                 "report does not name them)."));
    }
    emit finished(QString());
}

ReportExport::Header ReportsPage::header() const
{
    ReportExport::Header h;
    h.title = tr("Switchboard report: callbacks and outside calls");
    h.lines << tr("Period: %1 (%2 to %3)")
                   .arg(m_shownPeriod.text(),
                       QLocale().toString(m_shownPeriod.from(), QLocale::ShortFormat),
                       QLocale().toString(m_shownPeriod.to(), QLocale::ShortFormat));
    h.lines << (m_shownExtension.isEmpty() ? tr("Extensions: all")
                                           : tr("Extension: %1").arg(who(m_shownExtension)));
    h.lines << tr("Made %1 from %2")
                   .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat),
                       m_client->describe());
    if (const std::optional<ReportData> &r = m_figures->report()) {
        for (const auto &[number, count] : r->busiestTargets())
            h.targets.append({who(number), count});
    }
    return h;
}

void ReportsPage::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as CSV"),
        dir
            + QStringLiteral("/switchboard-report-%1.csv")
                  .arg(m_shownPeriod.first().toString(QStringLiteral("yyyyMMdd"))),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void ReportsPage::exportPdf()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as PDF"),
        dir
            + QStringLiteral("/switchboard-report-%1.pdf")
                  .arg(m_shownPeriod.first().toString(QStringLiteral("yyyyMMdd"))),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdfTo(path);
}

void ReportsPage::exportCsvTo(const QString &path)
{
    saved(path, tr("Report exported to %1"),
        ReportExport::save(path, ReportExport::csv(header(), *m_figures)));
}

void ReportsPage::exportPdfTo(const QString &path)
{
    const QByteArray pdf
        = ReportExport::pdf(header(), *m_figures, m_hourView->chart(), m_targetsView->chart());
    saved(path, tr("Report exported to %1"), ReportExport::save(path, pdf));
}

void ReportsPage::saved(const QString &path, const QString &what, QFuture<QString> future)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, what] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            m_status->setStyleSheet(
                QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
            m_status->setText(error);
            auto *box = new QMessageBox(
                QMessageBox::Warning, tr("Export the report"), error, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else {
            emit done(what.arg(QDir::toNativeSeparators(path)));
        }
        emit exported(error);
    });
    watcher->setFuture(future);
}

} // namespace sb::ui
