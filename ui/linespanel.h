#pragma once

#include "client/client.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sb::ui {

class LinesModel;

/// The receptionist's Outside lines panel (issue 11 item 4): every line, what it does and for
/// how long (LinesModel), the attendant's outside call to drag onto a tile, and "Send to
/// attendant" for a held, queued or recalling line (behaviour.md T9). Its command's answer is
/// shown as the details pane shows its own: pending, then done or the refusal naming why.
class LinesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LinesPanel(client::Client *client, QWidget *parent = nullptr);

    LinesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Send to attendant: the selected line goes to the attendant (`to-attendant`).
    QPushButton *toAttendantButton() const { return m_toAttendant; }
    /// "Waiting for the call service: …" while the command runs, else hidden.
    QLabel *pendingLabel() const { return m_pendingLabel; }
    /// The last refusal, naming why; hidden after a success.
    QLabel *resultLabel() const { return m_resultLabel; }
    /// The line of the selected row, or 0.
    int selectedLine() const;
    /// Selects a line's row; false if there is none.
    bool selectLine(int line);

    /// Sends `to-attendant` for `line` (T9) and shows its answer.
    client::CommandOperation *sendToAttendant(int line);

signals:
    /// A line for the status bar after an action.
    void done(const QString &message);

private:
    void updateButtons();

    client::Client *m_client;
    LinesModel *m_model;
    QTableView *m_table;
    QPushButton *m_toAttendant;
    QLabel *m_pendingLabel;
    QLabel *m_resultLabel;
    QLabel *m_hint;
    int m_pending = 0;
};

} // namespace sb::ui
