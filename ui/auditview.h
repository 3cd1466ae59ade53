#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace sb::client {
class Client;
}

namespace sb::ui {

/// The audit log of programming changes (who, when, what), as the call service answers the
/// installer's `audit` command; asked again by refresh(), never waited for.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(client::Client *client, QWidget *parent = nullptr);

    /// Asks the service for the whole log; the view fills when the answer comes (refreshed()).
    void refresh();
    /// Empties the view (the page locked: nothing of it stays on the screen).
    void clear();
    QTreeWidget *entries() const { return m_entries; }
    /// Damaged lines, or why the log could not be had; hidden when there is nothing to say.
    QLabel *note() const { return m_note; }

signals:
    /// An answer has been shown: `error` is empty or what went wrong.
    void refreshed(const QString &error);

private:
    client::Client *m_client;
    QTreeWidget *m_entries;
    QLabel *m_note;
    quint64 m_asked = 0; // refresh() calls: only the latest answer is shown
};

} // namespace sb::ui
