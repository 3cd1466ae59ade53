#pragma once

#include "backend.h"

#include <QWidget>

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

    // The actions, also for keyboard shortcuts and tests.
    void clearCallbacks();
    void clearForwarding();
    void cancelSelected();
    void toggleDnd();
    void forwardTo(const QString &number);

signals:
    /// A line for the status bar after an action ("Callbacks of 104 cleared").
    void done(const QString &message);

private:
    QString numberOf(int port) const;
    QString describe(const core::RequestInfo &r) const;

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
};

} // namespace sb::ui
