#include "supervisorview.h"

#include "auditview.h"
#include "eventlogmodel.h"
#include "extensionmodel.h"
#include "reportmodel.h"
#include "reportspage.h"
#include "requeststatistics.h"
#include "requesttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QFutureWatcher>
#include <QGraphicsTextItem>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace sb::ui {

namespace {

QString reasonName(core::EndReason r)
{
    switch (r) {
    case core::EndReason::None:
        return QString();
    case core::EndReason::Completed:
        return SupervisorView::tr("completed");
    case core::EndReason::Abandoned:
        return SupervisorView::tr("abandoned");
    case core::EndReason::NoAnswer:
        return SupervisorView::tr("no answer");
    case core::EndReason::Cleared:
        return SupervisorView::tr("cleared");
    case core::EndReason::Reset:
        return SupervisorView::tr("reset");
    case core::EndReason::Disabled:
        return SupervisorView::tr("disabled");
    case core::EndReason::Expired:
        return SupervisorView::tr("expired");
    case core::EndReason::Recalled: // transfers only: counted in their own rows
        return SupervisorView::tr("recalled");
    }
    return QString();
}

/// A top for an axis of whole numbers with 4 steps: 4, 8, 12 … so that every tick is a whole
/// number.
int niceCeiling(int most)
{
    return std::max(4, (most + 3) / 4 * 4);
}

bool isRinging(core::RequestState s)
{
    return s == core::RequestState::RingingCaller || s == core::RequestState::RingingTarget;
}

/// What "waiting now" and the queue depth chart both count: live requests not ringing (issue 9
/// item 16). A ringing request is being served; "ringing now" counts it.
int waitingNow(const client::Picture &picture)
{
    int waiting = 0;
    for (const client::Request *r : picture.requests())
        waiting += isRinging(r->state) ? 0 : 1;
    return waiting;
}

} // namespace

SupervisorView::SupervisorView(
    client::Client *client, EventLogModel *log, RequestStatistics *statistics, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_stats(statistics)
    , m_log(log)
    , m_requests(new RequestTableModel(&client->picture(), this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_counters(new QTableWidget(this))
    , m_health(new QLabel(this))
{
    // Live requests, sortable and filterable.
    m_filter->setSourceModel(m_requests);
    m_filter->setSortRole(Qt::UserRole);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Filter requests by number or state"));
    m_search->setClearButtonEnabled(true);
    connect(
        m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestTableModel::LeftAt, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns as wide as their text, so that all of them fit beside the log (issue 12 item 4).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Live requests"));
    auto *requestsBox = new QGroupBox(tr("Live requests"), this);
    auto *rl = new QVBoxLayout(requestsBox);
    rl->addWidget(m_search);
    rl->addWidget(m_table);

    // Counters: now, today, since start.
    QStringList rows {tr("waiting now"), tr("ringing now"), tr("left")};
    for (int r = int(core::EndReason::Completed); r <= int(core::EndReason::Expired); ++r)
        rows << tr("ended: %1").arg(reasonName(core::EndReason(r)));
    // Issue 11 item 4: transfers by how they ended (T4–T8), after the callbacks' rows.
    rows << tr("transfers answered") << tr("transfers recalled") << tr("transfers abandoned");
    m_counters->setRowCount(int(rows.size()));
    m_counters->setColumnCount(2);
    m_counters->setHorizontalHeaderLabels({tr("Today"), tr("Since start")});
    m_counters->setVerticalHeaderLabels(rows);
    m_counters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counters->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed); // fitCounters()
    m_counters->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows as high as their text: every counter in view at 1280 x 800 (issue 12 item 3).
    m_counters->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_counters->verticalHeader()->setDefaultSectionSize(m_counters->fontMetrics().height() + 6);
    m_counters->verticalHeaderItem(0)->setToolTip(
        tr("Requests not ringing yet: waiting, suspended or camped on. The queue depth chart "
           "counts the same."));
    m_counters->verticalHeaderItem(1)->setToolTip(
        tr("Requests whose callback is ringing at the caller or the target."));
    m_counters->verticalHeaderItem(3 + int(core::EndReason::Expired))
        ->setToolTip(tr("Outside calls transferred to an extension: answered there, recalled to "
                        "whoever transferred them (not answered in time), or abandoned by the "
                        "caller."));
    auto *countersBox = new QGroupBox(tr("Counters"), this);
    (new QVBoxLayout(countersBox))->addWidget(m_counters);

    m_health->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_health->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *healthBox = new QGroupBox(tr("Controller link"), this);
    (new QVBoxLayout(healthBox))->addWidget(m_health);

    // Charts.
    m_depthSeries = new QLineSeries(this);
    m_depthSeries->setName(tr("waiting now"));
    auto *depthChart = new QChart;
    depthChart->addSeries(m_depthSeries);
    depthChart->setTitle(tr("Queue depth: requests waiting (not ringing)"));
    depthChart->legend()->hide();
    m_timeAxis = new QDateTimeAxis(this);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_depthAxis = new QValueAxis(this);
    m_depthAxis->setLabelFormat(QStringLiteral("%d"));
    depthChart->addAxis(m_timeAxis, Qt::AlignBottom);
    depthChart->addAxis(m_depthAxis, Qt::AlignLeft);
    m_depthSeries->attachAxis(m_timeAxis);
    m_depthSeries->attachAxis(m_depthAxis);
    m_depthView = new QChartView(depthChart, this);
    m_depthView->setRenderHint(QPainter::Antialiasing);
    m_depthView->setMinimumHeight(200);

    m_endedToday = new QBarSet(tr("today"), this);
    m_endedSinceStart = new QBarSet(tr("since start"), this);
    QStringList categories;
    for (int r = int(core::EndReason::Completed); r <= int(core::EndReason::Expired); ++r) {
        categories << reasonName(core::EndReason(r));
        *m_endedToday << 0;
        *m_endedSinceStart << 0;
    }
    // Bars across, the reasons down the side: their names are read whole in every language
    // (under the bars they were cut to "erledi…").
    auto *bars = new QHorizontalBarSeries(this);
    bars->append(m_endedToday);
    bars->append(m_endedSinceStart);
    auto *endedChart = new QChart;
    endedChart->addSeries(bars);
    endedChart->setTitle(tr("How requests ended"));
    auto *cat = new QBarCategoryAxis(this);
    cat->append(categories);
    m_endedAxis = new QValueAxis(this);
    m_endedAxis->setLabelFormat(QStringLiteral("%d"));
    endedChart->addAxis(cat, Qt::AlignLeft);
    endedChart->addAxis(m_endedAxis, Qt::AlignBottom);
    bars->attachAxis(cat);
    bars->attachAxis(m_endedAxis);
    m_endedView = new QChartView(endedChart, this);
    m_endedView->setRenderHint(QPainter::Antialiasing);
    // Tall enough for every reason's label in the font in use (QtCharts cuts a label to "..."
    // when its row is lower than the text): the plot, the title, the legend and the axis.
    {
        const QFontMetrics labels(cat->labelsFont());
        const QFontMetrics title(endedChart->titleFont());
        const int rows = int(categories.size());
        m_endedView->setMinimumHeight(qMax(
            260, rows * labels.height() * 3 / 2 + 2 * title.height() + 3 * labels.height() + 60));
    }

    // The event log.
    auto *logView = new QTableView(this);
    logView->setModel(m_log);
    logView->horizontalHeader()->setStretchLastSection(true);
    logView->verticalHeader()->hide();
    logView->setAccessibleName(tr("Event log"));
    // A long line wraps in its row rather than being cut (issue 12 item 4): each new row takes
    // the height of its text once, not the whole log at every change.
    // The rows in view are fitted again when the column's width changes or they scroll in.
    logView->setWordWrap(true);
    connect(m_log, &QAbstractItemModel::rowsInserted, logView,
        [logView](const QModelIndex &, int first, int last) {
            for (int r = first; r <= last; ++r)
                logView->resizeRowToContents(r);
            logView->scrollToBottom();
        });
    const auto fitShown = [logView] {
        const int first = std::max(0, logView->rowAt(0));
        int last = logView->rowAt(logView->viewport()->height());
        if (last < 0)
            last = logView->model()->rowCount() - 1;
        for (int r = first; r <= last; ++r)
            logView->resizeRowToContents(r);
    };
    connect(logView->horizontalHeader(), &QHeaderView::sectionResized, logView, fitShown);
    connect(logView->verticalScrollBar(), &QScrollBar::valueChanged, logView, fitShown);
    auto *exportButton = new QPushButton(tr("Export &log as CSV…"), this);
    connect(exportButton, &QPushButton::clicked, this, &SupervisorView::exportLog);
    // Programming changes (the audit log): an installer's action (console-bus.md section 4),
    // shown to a console that may ask for it.
    m_audit = new AuditView(client, this);
    m_auditBox = new QGroupBox(tr("Programming changes"), this);
    (new QVBoxLayout(m_auditBox))->addWidget(m_audit);
    m_auditBox->setVisible(client->may(QStringLiteral("audit")));
    connect(client, &client::Client::eventReceived, this, [this](const QJsonObject &event) {
        if (!m_auditBox->isHidden()
            && event.value(QLatin1String("kind")).toString()
                == QLatin1String("programming.applied"))
            m_audit->refresh();
    });
    // Asked for at once (the box is not on screen yet, hence not isVisible()), and again when the
    // installer password opens or closes the log on the single-PC console (the service answers
    // `audit` to an in-process console only while unlocked; the note says so meanwhile).
    if (!m_auditBox->isHidden())
        m_audit->refresh();
    connect(client, &client::Client::installerUnlockedChanged, this, [this] {
        if (!m_auditBox->isHidden())
            m_audit->refresh();
    });

    auto *logBox = new QGroupBox(tr("Event log"), this);
    auto *ll = new QVBoxLayout(logBox);
    ll->addWidget(logView);
    ll->addWidget(exportButton, 0, Qt::AlignRight);

    // The key figures, large: read from across the room (issue 12 item 3).
    const QString captions[KeyFigures] = {tr("waiting now"), tr("ringing now"),
        tr("completed today"), tr("completion rate today"), tr("outside calls waiting")};
    const QString tips[KeyFigures] = {m_counters->verticalHeaderItem(0)->toolTip(),
        m_counters->verticalHeaderItem(1)->toolTip(),
        tr("Callbacks completed since local midnight."),
        tr("Completed among the callbacks that ended since local midnight."),
        tr("Outside callers not talking with anyone: ringing, held, being transferred or "
           "recalling.")};
    auto *figures = new QWidget(this);
    auto *fl = new QHBoxLayout(figures);
    fl->setContentsMargins(0, 0, 0, 0);
    for (int k = 0; k < KeyFigures; ++k) {
        auto *frame = new QFrame(figures);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setToolTip(tips[k]);
        auto *value = new QLabel(QStringLiteral("0"), frame);
        QFont large = value->font();
        large.setPointSizeF(large.pointSizeF() * 3);
        large.setBold(true);
        value->setFont(large);
        value->setAlignment(Qt::AlignCenter);
        auto *caption = new QLabel(captions[k], frame);
        caption->setAlignment(Qt::AlignCenter);
        caption->setWordWrap(true);
        auto *kl = new QVBoxLayout(frame);
        kl->setContentsMargins(6, 4, 6, 4);
        kl->setSpacing(0);
        kl->addWidget(value);
        kl->addWidget(caption);
        value->setAccessibleName(captions[k]);
        m_keyValues[k] = value;
        m_keyCaptions[k] = caption;
        fl->addWidget(frame, 1);
    }

    // Wallboard: the figures, the counters beside both charts, the live requests beside the log.
    auto *middle = new QWidget(this);
    auto *grid = new QHBoxLayout(middle);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(countersBox, 0);
    grid->addWidget(m_endedView, 1);
    grid->addWidget(m_depthView, 1);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(requestsBox);
    bottom->addWidget(logBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setSizes({720, 480}); // the requests' seven columns whole, the log wraps
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(middle);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *now = new QWidget(this);
    auto *nl = new QVBoxLayout(now);
    nl->addWidget(figures);
    nl->addWidget(split, 1);

    // The link's health and the programming changes: looked at now and then, a page of their own.
    auto *link = new QWidget(this);
    auto *linkLayout = new QHBoxLayout(link);
    linkLayout->addWidget(healthBox, 0);
    linkLayout->addWidget(m_auditBox, 1);
    if (m_auditBox->isHidden())
        linkLayout->addStretch(1);

    m_reports = new ReportsPage(client, this);
    connect(m_reports, &ReportsPage::done, this, &SupervisorView::done);
    m_pages = new QTabWidget(this);
    // No Alt+letters of their own: their letters are taken in the window in one language or
    // another (Ctrl+Tab moves between the pages).
    m_pages->addTab(now, tr("Wallboard"));
    m_pages->addTab(m_reports, tr("Reports"));
    m_pages->addTab(link, tr("Lin&k and changes"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    refresh();
}

void SupervisorView::refresh()
{
    const client::Picture &picture = m_client->picture();
    m_requests->reload();
    // The depth chart also takes a point whenever the depth changes; it counts what "waiting
    // now" counts.
    const int waiting = waitingNow(picture);
    const int ringing = int(picture.requests().size()) - waiting;
    if (m_stats->depth().empty() || m_stats->depth().back().second != waiting)
        sample();
    auto set = [this](int row, int col, int v) {
        auto *item = m_counters->item(row, col);
        if (!item) {
            item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counters->setItem(row, col, item);
        }
        item->setText(QString::number(v));
    };
    // "Now" has no history: only the first column.
    set(0, 0, waiting);
    set(1, 0, ringing);
    set(2, 0, m_stats->today().left);
    set(2, 1, m_stats->sinceStart().left);
    int most = 1;
    for (int r = int(core::EndReason::Completed); r <= int(core::EndReason::Expired); ++r) {
        const int row = 3 + r - int(core::EndReason::Completed);
        set(row, 0, m_stats->today().ended[size_t(r)]);
        set(row, 1, m_stats->sinceStart().ended[size_t(r)]);
        m_endedToday->replace(r - 1, m_stats->today().ended[size_t(r)]);
        m_endedSinceStart->replace(r - 1, m_stats->sinceStart().ended[size_t(r)]);
        most = std::max(most, m_stats->sinceStart().ended[size_t(r)]);
    }
    const int transfersRow = 3 + int(core::EndReason::Expired);
    for (int t = 0; t < RequestStatistics::TransferEnds; ++t) {
        set(transfersRow + t, 0, m_stats->today().transfers[size_t(t)]);
        set(transfersRow + t, 1, m_stats->sinceStart().transfers[size_t(t)]);
    }
    m_endedAxis->setRange(0, niceCeiling(most));
    m_endedAxis->setTickCount(5);
    fitCounters();

    // The key figures: what the counters say, large; the rate of today's ended callbacks.
    const RequestStatistics::Counts &today = m_stats->today();
    int ended = 0;
    for (int r = int(core::EndReason::Completed); r <= int(core::EndReason::Expired); ++r)
        ended += today.ended[size_t(r)];
    const int completed = today.ended[size_t(core::EndReason::Completed)];
    int outside = 0;
    for (const client::Line *l : picture.lines()) {
        const QString &s = l->state;
        outside += s == QLatin1String("ringing") || s == QLatin1String("held")
                || s == QLatin1String("transfer") || s == QLatin1String("recall")
            ? 1
            : 0;
    }
    m_keyValues[WaitingNow]->setText(QString::number(waiting));
    m_keyValues[RingingNow]->setText(QString::number(ringing));
    m_keyValues[CompletedToday]->setText(QString::number(completed));
    m_keyValues[CompletionRateToday]->setText(ReportModel::rateText(
        ended > 0 ? std::optional<double>(double(completed) / ended) : std::nullopt));
    m_keyValues[OutsideWaiting]->setText(QString::number(outside));

    const client::LinkHealth &h = picture.link();
    m_health->setText(tr("<table>"
                         "<tr><td>State</td><td><b>%1</b></td></tr>"
                         "<tr><td>Controller</td><td>%2</td></tr>"
                         "<tr><td>Firmware</td><td>%3.%4</td></tr>"
                         "<tr><td>boot_id</td><td>%5</td></tr>"
                         "<tr><td>Frames sent</td><td>%6</td></tr>"
                         "<tr><td>Frames received</td><td>%7</td></tr>"
                         "<tr><td>Retransmissions</td><td>%8</td></tr>"
                         "<tr><td>Framing errors</td><td>%9</td></tr>"
                         "<tr><td>Controller errors</td><td>%10</td></tr>"
                         "<tr><td>Outages</td><td>%11</td></tr>"
                         "<tr><td>Last reset</td><td>%12</td></tr></table>")
                          .arg(h.state.isEmpty() ? tr("unknown") : h.state.toHtmlEscaped(),
                              h.model.isEmpty() ? tr("none yet") : h.model.toHtmlEscaped())
                          .arg(h.firmware >> 8)
                          .arg(h.firmware & 0xFF)
                          .arg(h.bootId, 8, 16, QLatin1Char('0'))
                          .arg(h.framesSent)
                          .arg(h.framesReceived)
                          .arg(h.retransmissions)
                          .arg(h.framingErrors)
                          .arg(h.controllerErrors)
                          .arg(h.outages)
                          .arg(h.lastReset.isValid() ? h.lastReset.toLocalTime().toString(
                                   QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                                     : tr("none since start")));
    // A picture not current says so above the figures: they are the last known.
    const QString reason = ExtensionModel::reasonNotCurrent(m_client);
    if (!reason.isEmpty())
        m_health->setText(QStringLiteral("<p style=\"color:#b71c1c\"><b>%1</b></p>")
                              .arg(tr("Not current: %1").arg(reason).toHtmlEscaped())
            + m_health->text());
    // Its lines never wrap: as wide as the longest, in every language (issue 9 item 15).
    m_health->setMinimumWidth(qMax(260, m_health->sizeHint().width()));
}

void SupervisorView::fitCounters()
{
    // As wide as the row names and both columns, with room for a vertical scroll bar: a
    // translation never hides "since start" (issue 9 item 15).
    const QFontMetrics fm(m_counters->font());
    int width = 2 * m_counters->frameWidth() + m_counters->verticalHeader()->sizeHint().width()
        + m_counters->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_counters);
    for (int c = 0; c < m_counters->columnCount(); ++c) {
        int column = m_counters->horizontalHeader()->sectionSizeHint(c);
        for (int r = 0; r < m_counters->rowCount(); ++r) {
            if (const QTableWidgetItem *item = m_counters->item(r, c))
                column = qMax(column, fm.horizontalAdvance(item->text()) + 12);
        }
        m_counters->horizontalHeader()->resizeSection(c, column);
        width += column;
    }
    m_counters->setMinimumWidth(width);
}

void SupervisorView::sample()
{
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    m_stats->sample(t, waitingNow(m_client->picture()));
    QList<QPointF> points;
    int most = 1;
    for (const auto &[when, depth] : m_stats->depth()) {
        points.append(QPointF(qreal(when), depth));
        most = std::max(most, depth);
    }
    m_depthSeries->replace(points);
    const qint64 first = m_stats->depth().empty() ? t : m_stats->depth().front().first;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first),
        QDateTime::fromMSecsSinceEpoch(std::max(t, first + 60000)));
    m_depthAxis->setRange(0, niceCeiling(most));
    m_depthAxis->setTickCount(5);
    m_timeAxis->setFormat(
        t - first < 600000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

void SupervisorView::exportLog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the event log"),
        dir
            + QStringLiteral("/switchboard-log-%1.csv")
                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportLogTo(path);
}

void SupervisorView::exportLogTo(const QString &path)
{
    // The UI never waits on the disk: the file is written on a worker, the outcome told here.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            // Not modal: nothing else waits for the warning to be closed.
            auto *box = new QMessageBox(
                QMessageBox::Warning, tr("Export the event log"), error, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else {
            // Issue 9 item 17: the export said nothing when it worked.
            emit done(tr("Event log exported to %1").arg(QDir::toNativeSeparators(path)));
        }
        emit logExported(error);
    });
    watcher->setFuture(m_log->exportCsv(path));
}

} // namespace sb::ui
