#include "detailspane.h"

#include "extensionmodel.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

/// DND on or off at one extension; undoable.
class DndCommand : public QUndoCommand
{
public:
    DndCommand(Backend *b, int port, bool on, const QString &text)
        : QUndoCommand(text)
        , m_backend(b)
        , m_port(port)
        , m_on(on)
    { }
    void redo() override { set(m_on); }
    void undo() override { set(!m_on); }

private:
    void set(bool on)
    {
        m_backend->act(
            [this, on](core::CallProcessor &p, core::Millis now) { p.setDnd(m_port, on, now); });
    }
    Backend *m_backend;
    int m_port;
    bool m_on;
};

/// Forwarding set, changed or cleared at one extension; undo puts back what was there.
class ForwardCommand : public QUndoCommand
{
public:
    ForwardCommand(Backend *b, int port, int before, int after, const QString &text)
        : QUndoCommand(text)
        , m_backend(b)
        , m_port(port)
        , m_before(before)
        , m_after(after)
    { }
    void redo() override { set(m_after); }
    void undo() override { set(m_before); }

private:
    void set(int to)
    {
        m_backend->act([this, to](core::CallProcessor &p, core::Millis now) {
            if (to)
                p.setForwarding(m_port, to, now);
            else
                p.clearForwarding(m_port, now);
        });
    }
    Backend *m_backend;
    int m_port, m_before, m_after;
};

} // namespace

DetailsPane::DetailsPane(Backend *backend, ExtensionModel *model, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_model(model)
    , m_undo(undo)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_queue(new QTreeWidget(this))
    , m_left(new QTreeWidget(this))
    , m_clearCallbacks(new QPushButton(tr("Clear its &callbacks"), this))
    , m_clearForwarding(new QPushButton(tr("Clear its for&warding"), this))
    , m_cancel(new QPushButton(tr("Cancel &request"), this))
    , m_dnd(new QPushButton(tr("&Do not disturb"), this))
    , m_forward(new QLineEdit(this))
    , m_forwardButton(new QPushButton(tr("F&orward"), this))
    , m_cancelAction(new QAction(tr("Cancel &request"), this))
{
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true); // a long name shows whole (issue 9 item 11)
    m_state->setWordWrap(true);

    m_queue->setHeaderLabels({tr("#"), tr("Caller"), tr("Waiting"), tr("State")});
    m_queue->setRootIsDecorated(false);
    m_queue->setAccessibleName(tr("Callers waiting for this extension, first in line first"));
    m_left->setHeaderLabels({tr("For"), tr("Place"), tr("Waiting"), tr("State")});
    m_left->setRootIsDecorated(false);
    m_left->setAccessibleName(tr("Callbacks this extension has left"));
    for (QTreeWidget *t : {m_queue, m_left})
        t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_clearCallbacks->setToolTip(
        tr("Cancel every callback this extension has left (as its CLEAR key, choice 1)"));
    m_clearForwarding->setToolTip(
        tr("Stop forwarding this extension's calls (as its CLEAR key, choice 2)"));
    m_cancel->setToolTip(tr("Cancel the request selected in either list (Delete)"));
    m_dnd->setCheckable(true);
    m_dnd->setToolTip(tr("Do not disturb: callers hear the DND tone and cannot leave callbacks "
                         "here (undo: Ctrl+Z)"));
    m_forward->setPlaceholderText(tr("extension number"));
    m_forward->setMaximumWidth(140);
    m_forwardButton->setToolTip(
        tr("Forward all calls of this extension to the number given (undo: Ctrl+Z)"));

    auto *queueBox = new QGroupBox(tr("Waiting for this extension (first in line first)"), this);
    (new QVBoxLayout(queueBox))->addWidget(m_queue);
    auto *leftBox = new QGroupBox(tr("Callbacks it has left"), this);
    (new QVBoxLayout(leftBox))->addWidget(m_left);
    auto *actions = new QGroupBox(tr("Actions"), this);
    auto *grid = new QVBoxLayout(actions);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_clearCallbacks);
    row1->addWidget(m_clearForwarding);
    row1->addWidget(m_cancel);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_dnd);
    row2->addStretch();
    row2->addWidget(new QLabel(tr("Forward to:"), this));
    row2->addWidget(m_forward);
    row2->addWidget(m_forwardButton);
    grid->addLayout(row1);
    grid->addLayout(row2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(queueBox, 2);
    layout->addWidget(leftBox, 1);
    layout->addWidget(actions);

    connect(m_clearCallbacks, &QPushButton::clicked, this, &DetailsPane::clearCallbacks);
    connect(m_clearForwarding, &QPushButton::clicked, this, &DetailsPane::clearForwarding);
    connect(m_cancel, &QPushButton::clicked, this, &DetailsPane::cancelSelected);
    // Delete works here and, added by the window, on the grid's tiles (issue 9 item 14).
    m_cancelAction->setShortcut(QKeySequence::Delete);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_cancelAction);
    connect(m_cancelAction, &QAction::triggered, this, &DetailsPane::requestCancel);
    for (QTreeWidget *t : {m_queue, m_left})
        connect(t, &QTreeWidget::itemSelectionChanged, this, [this, t] { selectionChanged(t); });
    connect(m_forward, &QLineEdit::textChanged, this, &DetailsPane::updateForwardButton);
    // Waiting times tick as the supervisor's do (issue 9 item 12), without a rebuild that would
    // lose the selected row.
    auto *ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, this, [this] {
        if (isVisible())
            tick();
    });
    ticker->start(1000);
    connect(m_dnd, &QPushButton::clicked, this, &DetailsPane::toggleDnd);
    connect(m_forwardButton, &QPushButton::clicked, this, [this] { forwardTo(m_forward->text()); });
    connect(m_forward, &QLineEdit::returnPressed, this, [this] { forwardTo(m_forward->text()); });
    setPort(0);
}

QString DetailsPane::numberOf(int port) const
{
    return port ? m_model->numberOf(port) : tr("the line group");
}

void DetailsPane::setPort(int port)
{
    if (port != m_port) {
        // Another extension: nothing of the last one's may be acted on by mistake (issue 9
        // item 13: its number stayed in the Forward-to field).
        m_queue->clear();
        m_left->clear();
        m_forward->setModified(false);
    }
    m_port = port;
    refresh();
}

core::RequestId DetailsPane::selectedRequest() const
{
    for (const QTreeWidget *t : {m_queue, m_left}) {
        const QList<QTreeWidgetItem *> items = t->selectedItems();
        if (!items.isEmpty())
            return core::RequestId(items.first()->data(0, Qt::UserRole).toULongLong());
    }
    return 0;
}

void DetailsPane::selectionChanged(QTreeWidget *in)
{
    // One selected request at a time, in either list.
    if (!in->selectedItems().isEmpty())
        (in == m_queue ? m_left : m_queue)->clearSelection();
    m_cancel->setEnabled(selectedRequest() != 0);
}

void DetailsPane::updateForwardButton()
{
    const QString typed = m_forward->text().trimmed();
    m_forwardButton->setEnabled(
        m_forward->isEnabled() && !typed.isEmpty() && typed != m_forwardShown);
}

static QString age(core::Millis since, core::Millis now)
{
    const qint64 s = qMax<qint64>(0, (now - since) / 1000);
    return s < 3600 ? QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                    : QStringLiteral("%1 h %2 min").arg(s / 3600).arg(s / 60 % 60);
}

QString DetailsPane::describe(const core::RequestInfo &r) const
{
    switch (r.state) {
    case core::RequestState::Waiting:
        return tr("waiting");
    case core::RequestState::Suspended:
        return tr("suspended (caller busy)");
    case core::RequestState::RingingCaller:
        return tr("calling the caller back");
    case core::RequestState::RingingTarget:
        return tr("ringing this extension");
    case core::RequestState::CampedOn:
        return tr("camped on (off-hook)");
    }
    return QString();
}

void DetailsPane::refresh()
{
    const core::CallProcessor &p = m_backend->processor();
    const bool valid = m_port > 0 && p.hasExtension(m_port);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_clearCallbacks, m_clearForwarding, m_cancel, m_dnd, m_forward, m_forwardButton})
        w->setEnabled(valid);
    m_cancelAction->setEnabled(false);
    // The rows are rebuilt; the selected request stays selected.
    const core::RequestId keep = selectedRequest();
    QTreeWidget *keepIn = m_queue->selectedItems().isEmpty() ? m_left : m_queue;
    m_queue->clear();
    m_left->clear();
    if (!valid) {
        m_forward->clear();
        m_forwardShown.clear();
        m_title->setText(tr("No extension selected"));
        m_state->setText(tr("Choose an extension in the grid (arrow keys, or type its number)."));
        return;
    }
    const core::ExtensionStatus s = p.extension(m_port);
    m_title->setText(s.name.isEmpty() ? s.number : QStringLiteral("%1  %2").arg(s.number, s.name));
    m_state->setText(m_model->linkUp()
            ? m_model->stateText(s)
            : tr("The controller link is down: this state is not current."));
    const core::Millis now = m_backend->now();
    for (core::RequestId id : p.queueAt(m_port)) {
        const core::RequestInfo r = p.request(id);
        auto *item = new QTreeWidgetItem(m_queue,
            {QString::number(r.position), numberOf(r.caller), age(r.leftAt, now), describe(r)});
        item->setData(0, Qt::UserRole, QVariant::fromValue<qulonglong>(id));
        item->setData(2, Qt::UserRole, QVariant::fromValue<qint64>(r.leftAt));
    }
    for (core::RequestId id : p.requestsLeftBy(m_port)) {
        const core::RequestInfo r = p.request(id);
        auto *item = new QTreeWidgetItem(m_left,
            {numberOf(r.target), QString::number(r.position), age(r.leftAt, now), describe(r)});
        item->setData(0, Qt::UserRole, QVariant::fromValue<qulonglong>(id));
        item->setData(2, Qt::UserRole, QVariant::fromValue<qint64>(r.leftAt));
    }
    for (int i = 0; keep && i < keepIn->topLevelItemCount(); ++i) {
        if (keepIn->topLevelItem(i)->data(0, Qt::UserRole).toULongLong() == keep)
            keepIn->setCurrentItem(keepIn->topLevelItem(i));
    }
    m_clearCallbacks->setEnabled(s.left > 0);
    m_clearForwarding->setEnabled(s.forwardTo != 0);
    // Cancel needs a selected row (issue 9 item 14: it took the first one).
    m_cancel->setEnabled(selectedRequest() != 0);
    m_cancelAction->setEnabled(m_queue->topLevelItemCount() + m_left->topLevelItemCount() > 0);
    m_dnd->setChecked(s.dnd);
    m_dnd->setText(s.dnd ? tr("End &do not disturb") : tr("&Do not disturb"));
    // The field shows the live forwarding, unless a number typed there waits to be applied.
    m_forwardShown = s.forwardTo ? numberOf(s.forwardTo) : QString();
    if (!m_forward->isModified())
        m_forward->setText(m_forwardShown);
    updateForwardButton();
}

void DetailsPane::tick()
{
    const core::Millis now = m_backend->now();
    for (QTreeWidget *t : {m_queue, m_left}) {
        for (int i = 0; i < t->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = t->topLevelItem(i);
            item->setText(2, age(item->data(2, Qt::UserRole).toLongLong(), now));
        }
    }
}

void DetailsPane::clearCallbacks()
{
    const int port = m_port;
    bool changed = false;
    m_backend->act(
        [&](core::CallProcessor &p, core::Millis now) { changed = p.clearCallbacks(port, now); });
    if (changed)
        emit done(tr("Callbacks left by %1 cleared").arg(numberOf(port)));
    refresh();
}

void DetailsPane::clearForwarding()
{
    const core::ExtensionStatus s = m_backend->processor().extension(m_port);
    if (!s.forwardTo)
        return;
    m_undo->push(new ForwardCommand(
        m_backend, m_port, s.forwardTo, 0, tr("clear forwarding of %1").arg(s.number)));
    m_forward->clear();
    emit done(tr("Forwarding of %1 cleared (Ctrl+Z undoes)").arg(s.number));
    refresh();
}

void DetailsPane::cancelSelected()
{
    const core::RequestId id = selectedRequest();
    if (!id)
        return;
    const core::RequestInfo r = m_backend->processor().request(id);
    const QString caller = numberOf(r.caller), target = numberOf(r.target);
    // A cancelled request cannot get its place back, so this one action asks first.
    QMessageBox box(QMessageBox::Question, tr("Cancel request"),
        tr("Cancel the request %1 left for %2?\nThis cannot be undone: %1 would have to leave "
           "it again and would lose its place.")
            .arg(caller, target),
        QMessageBox::Yes | QMessageBox::No, this);
    box.button(QMessageBox::Yes)->setText(tr("Cancel request"));
    box.button(QMessageBox::No)->setText(tr("Keep it"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    bool changed = false;
    m_backend->act(
        [&](core::CallProcessor &p, core::Millis now) { changed = p.cancelRequest(id, now); });
    emit done(changed ? tr("Request of %1 for %2 cancelled").arg(caller, target)
                      : tr("The request of %1 for %2 had already ended").arg(caller, target));
    refresh();
}

void DetailsPane::requestCancel()
{
    if (selectedRequest()) {
        cancelSelected();
        return;
    }
    // Delete on a tile with no row chosen: point at the first request, cancel nothing yet.
    QTreeWidget *t = m_queue->topLevelItemCount() ? m_queue : m_left;
    if (!t->topLevelItemCount())
        return;
    emit showRequested();
    t->setCurrentItem(t->topLevelItem(0));
    t->setFocus(Qt::OtherFocusReason);
    emit done(tr("Choose the request to cancel (arrow keys), then press Delete again"));
}

void DetailsPane::toggleDnd()
{
    const core::ExtensionStatus s = m_backend->processor().extension(m_port);
    m_undo->push(new DndCommand(m_backend, m_port, !s.dnd,
        s.dnd ? tr("end do not disturb at %1").arg(s.number)
              : tr("do not disturb at %1").arg(s.number)));
    emit done(s.dnd ? tr("%1: do not disturb ended").arg(s.number)
                    : tr("%1: do not disturb (Ctrl+Z undoes)").arg(s.number));
    refresh();
}

void DetailsPane::forwardTo(const QString &number)
{
    const core::CallProcessor &p = m_backend->processor();
    const QString trimmed = number.trimmed();
    const int to = p.portOfNumber(trimmed);
    const core::ExtensionStatus s = p.extension(m_port);
    if (trimmed.isEmpty()) {
        emit done(tr("Type the number to forward %1 to").arg(s.number));
        return;
    }
    if (!to) {
        emit done(tr("No extension %1: forwarding of %2 unchanged").arg(trimmed, s.number));
        return;
    }
    if (to == m_port) {
        emit done(tr("%1 cannot forward to itself").arg(s.number));
        return;
    }
    if (to == s.forwardTo) {
        // Enter in the field it was refilled with: no change, so no step for Ctrl+Z to undo.
        m_forward->setModified(false);
        emit done(tr("%1 already forwards to %2").arg(s.number, trimmed));
        return;
    }
    m_undo->push(new ForwardCommand(
        m_backend, m_port, s.forwardTo, to, tr("forward %1 to %2").arg(s.number, trimmed)));
    m_forward->setModified(false); // applied: from now on the field follows the live state
    emit done(tr("%1 now forwards to %2 (Ctrl+Z undoes)").arg(s.number, trimmed));
    refresh();
}

} // namespace sb::ui
