#pragma once

#include "backend.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace sb::ui {

class ExtensionModel;

/// The selected extension: its queue in FIFO order, the requests it has left, and the actions
/// (the CLEAR menu's two, cancel one request, DND and forwarding with undo).
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    DetailsPane(
        Backend *backend, ExtensionModel *model, QUndoStack *undo, QWidget *parent = nullptr);

    void setPort(int port);
    int port() const { return m_port; }
    /// Rereads the processor (cheap: one extension).
    void refresh();

    QTreeWidget *queueView() const { return m_queue; }
    QTreeWidget *leftView() const { return m_left; }
    /// The Forward-to number field.
    QLineEdit *forwardField() const { return m_forward; }
    /// Forward: forwards the extension shown to the field's number.
    QPushButton *forwardButton() const { return m_forwardButton; }
    /// Cancel request: cancels the request selected in either list.
    QPushButton *cancelButton() const { return m_cancel; }
    /// Edit → Cancel request (Delete), for the menu and the grid: enabled while the extension
    /// has requests; see requestCancel().
    QAction *cancelAction() const { return m_cancelAction; }
    /// The request selected in either list, or 0.
    core::RequestId selectedRequest() const;

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
    /// Updates the waiting times (every second while shown).
    void tick();

signals:
    /// A line for the status bar after an action ("Callbacks of 104 cleared").
    void done(const QString &message);
    /// The pane wants to be seen (it was asked to pick a request while perhaps hidden).
    void showRequested();

private:
    QString numberOf(int port) const;
    QString describe(const core::RequestInfo &r) const;
    void selectionChanged(QTreeWidget *in);
    void updateForwardButton();

    Backend *m_backend;
    ExtensionModel *m_model;
    QUndoStack *m_undo;
    int m_port = 0;
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
    QAction *m_cancelAction;
    QString m_forwardShown; ///< the live forwarding target the field was last set to
};

} // namespace sb::ui
