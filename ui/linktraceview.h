#pragma once

#include "client/client.h"

#include <QWidget>

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

    EventLogModel *trace() const { return m_trace; }
    /// What the view says about the trace (where it is when not here).
    QLabel *note() const { return m_note; }
    QPushButton *exportButton() const { return m_export; }
    /// Writes the trace as CSV to `path` off the UI thread; exported() follows.
    void exportTo(const QString &path);

signals:
    /// An export ended: `error` is empty, or what went wrong.
    void exported(const QString &error);

private:
    EventLogModel *m_trace;
    QLabel *m_note;
    QTableView *m_view;
    QPushButton *m_export;
};

} // namespace sb::ui
