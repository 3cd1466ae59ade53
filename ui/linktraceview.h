#pragma once

#include "client/client.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <deque>

class QLabel;
class QPushButton;
class QTableView;

namespace sb::ui {

class EventLogModel;

/// The installer's link trace (issue 12 item 3): the call service's lines as they come, what
/// the controller said and each command sent to it ("-> TONE 4 reorder"), with CSV export. Kept
/// out of the supervisor's event log. On the bus there is none (the service does not publish
/// it): the view says it is only on the service's PC.
class LinkTraceView : public QWidget
{
    Q_OBJECT
public:
    explicit LinkTraceView(client::Client *client, QWidget *parent = nullptr);

    /// The lines shown (those that came while the window was closed are added when it opens).
    EventLogModel *trace() const { return m_trace; }
    /// What the view says about the trace (where it is when not here).
    QLabel *note() const { return m_note; }
    QPushButton *exportButton() const { return m_export; }
    /// Writes the trace as CSV to `path` off the UI thread; exported() follows.
    void exportTo(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

signals:
    /// An export ended: `error` is empty, or what went wrong.
    void exported(const QString &error);

private:
    /// Moves the lines kept meanwhile into the model, in one insertion.
    void flush();

    /// Lines not in the model yet: with the window closed they cost a copy each, not a row (the
    /// service writes a line for every command at thousands of changes a second).
    std::deque<std::pair<QDateTime, QString>> m_pending;
    QTimer m_flush;
    EventLogModel *m_trace;
    QLabel *m_note;
    QTableView *m_view;
    QPushButton *m_export;
};

} // namespace sb::ui
