#pragma once

#include "client/client.h"

#include <QHash>

#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace sb::ui {

class ExtensionModel;

/// The selected extension: its queue in FIFO order, the requests it has left, and the actions
/// (the CLEAR menu's two, cancel one request, DND and forwarding with undo). Every action is a
/// command to the call service: its control shows it pending until the answer, and a refusal
/// is shown naming why.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    DetailsPane(
        client::Client *client, ExtensionModel *model, QUndoStack *undo, QWidget *parent = nullptr);

    /// Shows the extension with this number (empty: none).
    void setNumber(const QString &number);
    QString number() const { return m_number; }
    /// Rereads the picture (cheap: one extension).
    void refresh();

    /// The extension's state in words (with the lines transferred here and waiting).
    QLabel *stateLabel() const { return m_state; }
    QTreeWidget *queueView() const { return m_queue; }
    QTreeWidget *leftView() const { return m_left; }
    /// The Forward-to number field.
    QLineEdit *forwardField() const { return m_forward; }
    /// Forward: forwards the extension shown to the field's number.
    QPushButton *forwardButton() const { return m_forwardButton; }
    QPushButton *dndButton() const { return m_dnd; }
    QPushButton *clearCallbacksButton() const { return m_clearCallbacks; }
    QPushButton *clearForwardingButton() const { return m_clearForwarding; }
    /// Cancel request: cancels the request selected in either list.
    QPushButton *cancelButton() const { return m_cancel; }
    /// Edit → Cancel request (Delete), for the menu and the grid: enabled while the extension
    /// has requests; see requestCancel().
    QAction *cancelAction() const { return m_cancelAction; }
    /// Transfers the attendant's outside call to the extension shown (T9); its text names it.
    QPushButton *transferButton() const { return m_transfer; }
    /// The same as a window action with Ctrl+T, for the menu and the grid.
    QAction *transferAction() const { return m_transferAction; }
    /// The attendant's outside line now, or 0 (the attendant position talking on a line).
    int attendantLine() const;
    /// "Waiting for the call service: …" while a command runs, else hidden.
    QLabel *pendingLabel() const { return m_pendingLabel; }
    /// The last refusal, naming why; hidden after a success.
    QLabel *resultLabel() const { return m_resultLabel; }
    /// The request selected in either list, or 0.
    core::RequestId selectedRequest() const;
    /// Commands sent and not answered yet.
    int pendingCount() const { return int(m_pending.size()); }

    // The actions, also for keyboard shortcuts and tests.
    void clearCallbacks();
    void clearForwarding();
    /// Cancels the request selected in either list, after a confirmation (it cannot be undone);
    /// nothing without a selected row.
    void cancelSelected();
    /// Delete (Edit → Cancel request): cancelSelected() when a row is selected; otherwise
    /// selects the first request in the lists, so that a second Delete cancels it.
    void requestCancel();
    void toggleDnd();
    void forwardTo(const QString &number);
    /// Sends `transfer` {to: the extension shown} (T9) and shows its answer.
    void transferHere();
    /// Sends `transfer` {to: number}: the attendant's outside call goes there (T9); the answer
    /// is shown here as every action's is.
    client::CommandOperation *transferTo(const QString &number);
    /// Updates the waiting times (every second while shown).
    void tick();

    /// Sends `command`, shows `control` pending until the answer, then tells done(): `ok` on
    /// success (unless empty), or the refusal naming why. `then` runs on success.
    client::CommandOperation *send(const QJsonObject &command, QWidget *control,
        const QString &pendingText, const QString &ok,
        const std::function<void(const client::CommandOperation &)> &then = {});

signals:
    /// A line for the status bar after an action ("Callbacks of 104 cleared").
    void done(const QString &message);
    /// The pane wants to be seen (it was asked to pick a request while perhaps hidden).
    void showRequested();

private:
    QString describe(const client::Request &r) const;
    void selectionChanged(QTreeWidget *in);
    void updateForwardButton();
    /// Enables a control when its action may be sent and none of its commands is pending.
    void allow(QWidget *control, const QString &action, bool enabled);

    client::Client *m_client;
    ExtensionModel *m_model;
    QUndoStack *m_undo;
    QString m_number;
    QLabel *m_title;
    QLabel *m_state;
    QTreeWidget *m_queue;
    QTreeWidget *m_left;
    QPushButton *m_clearCallbacks;
    QPushButton *m_clearForwarding;
    QPushButton *m_cancel;
    QPushButton *m_dnd;
    QLineEdit *m_forward;
    QPushButton *m_forwardButton;
    QPushButton *m_transfer;
    QAction *m_cancelAction;
    QAction *m_transferAction;
    QLabel *m_pendingLabel;
    QLabel *m_resultLabel;
    QString m_forwardShown; ///< the live forwarding target the field was last set to
    QHash<client::CommandOperation *, QWidget *> m_pending;
    QHash<QWidget *, QString> m_tooltips; ///< each control's own tooltip
};

} // namespace sb::ui
