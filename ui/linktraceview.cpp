#include "linktraceview.h"

#include "eventlogmodel.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace sb::ui {

LinkTraceView::LinkTraceView(client::Client *client, QWidget *parent)
    : QWidget(parent)
    , m_trace(new EventLogModel(this))
    , m_note(new QLabel(this))
    , m_view(new QTableView(this))
    , m_export(new QPushButton(tr("&Export trace as CSV…"), this))
{
    setWindowTitle(tr("Link trace"));
    m_flush.setSingleShot(true);
    m_flush.setInterval(200);
    connect(&m_flush, &QTimer::timeout, this, &LinkTraceView::flush);
    m_view->setModel(m_trace);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Link trace"));
    connect(m_trace, &QAbstractItemModel::rowsInserted, m_view, &QTableView::scrollToBottom);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (client->hasLinkTrace()) {
        m_note->setText(tr("What the controller said and each command sent to it, as the call "
                           "service in this program wrote them (English)."));
        connect(client, &client::Client::linkTraceLine, this, [this](const QString &line) {
            m_pending.emplace_back(QDateTime::currentDateTimeUtc(), line);
            if (int(m_pending.size()) > EventLogModel::capacity)
                m_pending.pop_front();
            if (isVisible() && !m_flush.isActive())
                m_flush.start();
        });
    } else {
        // The bus carries no wire trace (SB-BUS/1 publishes state and events only).
        m_note->setText(tr("This console reaches the call service over the bus, which carries no "
                           "link trace. It is only on the service's PC: its journal (journalctl "
                           "-u switchboardd) has what the controller said and every event; the "
                           "commands sent to the controller are traced only by a console that "
                           "runs the call service itself (without --bus)."));
        m_view->hide();
        m_export->setEnabled(false);
    }
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the link trace"),
            dir
                + QStringLiteral("/switchboard-trace-%1.csv")
                      .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_export, 0, Qt::AlignRight);
    resize(900, 500);
}

void LinkTraceView::showEvent(QShowEvent *event)
{
    flush();
    QWidget::showEvent(event);
}

void LinkTraceView::flush()
{
    QList<std::pair<QDateTime, QString>> lines;
    lines.reserve(qsizetype(m_pending.size()));
    for (auto &[when, line] : m_pending)
        lines.append({when.toLocalTime(), std::move(line)});
    m_pending.clear();
    m_trace->append(lines);
}

void LinkTraceView::exportTo(const QString &path)
{
    flush();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            auto *box = new QMessageBox(
                QMessageBox::Warning, tr("Export the link trace"), error, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit exported(error);
    });
    watcher->setFuture(m_trace->exportCsv(path));
}

} // namespace sb::ui
