#include "detailspane.h"

#include "commandfeedback.h"
#include "extensionmodel.h"
#include "linesmodel.h"

#include <QAction>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
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

QJsonObject command(const char *action, const QString &extension)
{
    return QJsonObject {{QStringLiteral("action"), QLatin1String(action)},
        {QStringLiteral("extension"), extension}};
}

QJsonObject dndCommand(const QString &extension, bool on)
{
    QJsonObject c = command("set-dnd", extension);
    c.insert(QStringLiteral("on"), on);
    return c;
}

QJsonObject forwardCommand(const QString &extension, const QString &to)
{
    if (to.isEmpty())
        return command("clear-forwarding", extension);
    QJsonObject c = command("set-forwarding", extension);
    c.insert(QStringLiteral("to"), to);
    return c;
}

/// A step the service has already carried out, pushed once it answered ok: the first redo()
/// (QUndoStack::push calls it) sends nothing; undo and redo later send their commands.
class SentCommand : public QUndoCommand
{
public:
    SentCommand(DetailsPane *pane, QWidget *control, QJsonObject forward, QJsonObject back,
        const QString &text)
        : QUndoCommand(text)
        , m_pane(pane)
        , m_control(control)
        , m_forward(std::move(forward))
        , m_back(std::move(back))
    { }
    void redo() override
    {
        if (m_done) // the first time: already done
            return send(m_forward, DetailsPane::tr("Redo: %1").arg(text()));
        m_done = true;
    }
    void undo() override { send(m_back, DetailsPane::tr("Undo: %1").arg(text())); }

private:
    void send(const QJsonObject &command, const QString &what)
    {
        m_pane->send(command, m_control, what, DetailsPane::tr("%1: done").arg(what));
    }
    DetailsPane *m_pane;
    QWidget *m_control;
    QJsonObject m_forward, m_back;
    bool m_done = false;
};

} // namespace

DetailsPane::DetailsPane(
    client::Client *client, ExtensionModel *model, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
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
    , m_transfer(new QPushButton(tr("Transfer here"), this))
    , m_cancelAction(new QAction(tr("Cancel &request"), this))
    , m_transferAction(new QAction(tr("&Transfer the attendant's call here"), this))
    , m_pendingLabel(new QLabel(this))
    , m_resultLabel(new QLabel(this))
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
    m_transfer->setToolTip(tr("Transfer the attendant's outside call to this extension (Ctrl+T; "
                              "or drag the call onto its tile)"));
    m_transfer->setIcon(QIcon(QStringLiteral(":/icons/forward.svg")));
    for (QWidget *w : std::initializer_list<QWidget *> {m_clearCallbacks, m_clearForwarding,
             m_cancel, m_dnd, m_forward, m_forwardButton, m_transfer})
        m_tooltips.insert(w, w->toolTip());
    m_pendingLabel->setWordWrap(true);
    m_pendingLabel->setVisible(false);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setVisible(false);
    m_resultLabel->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_resultLabel->setAccessibleName(tr("Last refusal"));

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
    auto *row3 = new QHBoxLayout;
    row3->addWidget(m_transfer);
    row3->addStretch();
    grid->addLayout(row3);
    grid->addLayout(row1);
    grid->addLayout(row2);
    grid->addWidget(m_pendingLabel);
    grid->addWidget(m_resultLabel);

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
    // Ctrl+T transfers the attendant's call to the tile shown (T9); the window adds it to its
    // menu, which makes it work wherever the focus is.
    m_transferAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_transferAction, &QAction::triggered, this, &DetailsPane::transferHere);
    connect(m_transfer, &QPushButton::clicked, this, &DetailsPane::transferHere);
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
    connect(m_client, &client::Client::serviceStateChanged, this, &DetailsPane::refresh);
    setNumber(QString());
}

void DetailsPane::setNumber(const QString &number)
{
    if (number != m_number) {
        // Another extension: nothing of the last one's may be acted on by mistake (issue 9
        // item 13: its number stayed in the Forward-to field).
        m_queue->clear();
        m_left->clear();
        m_forward->setModified(false);
        m_resultLabel->setVisible(false);
    }
    m_number = number;
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
    allow(m_cancel, QStringLiteral("cancel-request"), selectedRequest() != 0);
}

void DetailsPane::updateForwardButton()
{
    const QString typed = m_forward->text().trimmed();
    allow(m_forwardButton, QStringLiteral("set-forwarding"),
        m_forward->isEnabled() && !typed.isEmpty() && typed != m_forwardShown);
}

/// "2:05" from when a request was left (the service's wall clock) to now (this PC's).
static QString age(qint64 sinceMs, qint64 nowMs)
{
    const qint64 s = qMax<qint64>(0, (nowMs - sinceMs) / 1000);
    return s < 3600 ? QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                    : QStringLiteral("%1 h %2 min").arg(s / 3600).arg(s / 60 % 60);
}

QString DetailsPane::describe(const client::Request &r) const
{
    // T7: a recalling transfer keeps its place on the bus but no longer waits here.
    if (ExtensionModel::isRecallingTransfer(m_client->picture(), r))
        return tr("recalling elsewhere (see Outside lines)");
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

void DetailsPane::allow(QWidget *control, const QString &action, bool enabled)
{
    const bool may = m_client->may(action);
    const bool pending
        = std::find(m_pending.cbegin(), m_pending.cend(), control) != m_pending.cend();
    control->setEnabled(enabled && may && !pending);
    // A control of an action above this console's roles says which role it needs.
    control->setToolTip(may ? m_tooltips.value(control) : CommandFeedback::needsRole(action));
}

void DetailsPane::refresh()
{
    const client::Picture &p = m_client->picture();
    const client::Extension *e = m_number.isEmpty() ? nullptr : p.extension(m_number);
    const bool valid = e != nullptr;
    // The rows are rebuilt; the selected request stays selected.
    const core::RequestId keep = selectedRequest();
    QTreeWidget *keepIn = m_queue->selectedItems().isEmpty() ? m_left : m_queue;
    m_queue->clear();
    m_left->clear();
    if (!valid) {
        for (QWidget *w : std::initializer_list<QWidget *> {m_clearCallbacks, m_clearForwarding,
                 m_cancel, m_dnd, m_forward, m_forwardButton, m_transfer})
            w->setEnabled(false);
        m_cancelAction->setEnabled(false);
        m_transferAction->setEnabled(false);
        m_transfer->setText(tr("Transfer here"));
        m_forward->clear();
        m_forwardShown.clear();
        m_title->setText(tr("No extension selected"));
        m_state->setText(tr("Choose an extension in the grid (arrow keys, or type its number)."));
        return;
    }
    const client::Extension s = *e; // the picture's pointers last until its next change
    m_title->setText(s.name.isEmpty() ? s.number : QStringLiteral("%1  %2").arg(s.number, s.name));
    QString stateText = m_model->stateText(s);
    // T4, T5: lines transferred here and waiting for this extension.
    const int row = m_model->rowOfNumber(s.number);
    for (int line : row < 0 ? QList<int>() : m_model->transfersWaiting(row))
        stateText += QStringLiteral(" · ") + tr("line %1 transferred here, waiting").arg(line);
    m_state->setText(m_model->isCurrent() ? stateText
                                          : tr("Not current: %1. The last state known was: %2")
                                                .arg(m_model->notCurrentReason(), stateText));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (core::RequestId id : s.waiting) {
        const client::Request *r = p.request(id);
        if (!r)
            continue; // not arrived yet: the picture says so when it does
        auto *item = new QTreeWidgetItem(m_queue,
            {QString::number(r->position),
                r->transfer ? tr("line %1 (from %2)").arg(r->line).arg(r->caller) : r->caller,
                age(r->leftAt.toMSecsSinceEpoch(), now), describe(*r)});
        item->setData(0, Qt::UserRole, QVariant::fromValue<qulonglong>(id));
        item->setData(2, Qt::UserRole, QVariant::fromValue<qint64>(r->leftAt.toMSecsSinceEpoch()));
    }
    for (core::RequestId id : s.left) {
        const client::Request *r = p.request(id);
        if (!r)
            continue;
        auto *item = new QTreeWidgetItem(m_left,
            {r->target.isEmpty() ? tr("the line group") : r->target, QString::number(r->position),
                age(r->leftAt.toMSecsSinceEpoch(), now), describe(*r)});
        item->setData(0, Qt::UserRole, QVariant::fromValue<qulonglong>(id));
        item->setData(2, Qt::UserRole, QVariant::fromValue<qint64>(r->leftAt.toMSecsSinceEpoch()));
    }
    for (int i = 0; keep && i < keepIn->topLevelItemCount(); ++i) {
        if (keepIn->topLevelItem(i)->data(0, Qt::UserRole).toULongLong() == keep)
            keepIn->setCurrentItem(keepIn->topLevelItem(i));
    }
    allow(m_clearCallbacks, QStringLiteral("clear-callbacks"), !s.left.isEmpty());
    allow(m_clearForwarding, QStringLiteral("clear-forwarding"), !s.forwardTo.isEmpty());
    // Cancel needs a selected row (issue 9 item 14: it took the first one).
    allow(m_cancel, QStringLiteral("cancel-request"), selectedRequest() != 0);
    m_cancelAction->setEnabled(m_client->may(QStringLiteral("cancel-request"))
        && m_queue->topLevelItemCount() + m_left->topLevelItemCount() > 0);
    allow(m_dnd, QStringLiteral("set-dnd"), true);
    // T9: the attendant's outside call, to any extension but the attendant itself.
    const int line = attendantLine();
    const QString attendant = LinesModel::attendantOf(p);
    const QString here = LinesModel::nameOf(p, s.number);
    m_transfer->setText(line > 0 && s.number != attendant
            ? tr("Transfer line %1 to %2").arg(line).arg(here)
            : tr("Transfer here"));
    allow(m_transfer, QStringLiteral("transfer"),
        line > 0 && s.number != attendant && m_model->isCurrent());
    m_transferAction->setEnabled(m_transfer->isEnabled());
    allow(m_forward, QStringLiteral("set-forwarding"), true);
    m_dnd->setChecked(s.dnd);
    m_dnd->setText(s.dnd ? tr("End &do not disturb") : tr("&Do not disturb"));
    // The field shows the live forwarding, unless a number typed there waits to be applied.
    m_forwardShown = s.forwardTo;
    if (!m_forward->isModified())
        m_forward->setText(m_forwardShown);
    updateForwardButton();
}

void DetailsPane::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (QTreeWidget *t : {m_queue, m_left}) {
        for (int i = 0; i < t->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = t->topLevelItem(i);
            item->setText(2, age(item->data(2, Qt::UserRole).toLongLong(), now));
        }
    }
}

client::CommandOperation *DetailsPane::send(const QJsonObject &command, QWidget *control,
    const QString &pendingText, const QString &ok,
    const std::function<void(const client::CommandOperation &)> &then)
{
    client::CommandOperation *op = m_client->send(command);
    m_pending.insert(op, control);
    m_pendingLabel->setText(tr("Waiting for the call service: %1…").arg(pendingText));
    m_pendingLabel->setVisible(true);
    m_resultLabel->setVisible(false);
    connect(op, &client::CommandOperation::finished, this, [this, op, pendingText, ok, then] {
        m_pending.remove(op);
        m_pendingLabel->setVisible(!m_pending.isEmpty());
        if (op->isOk()) {
            if (then)
                then(*op);
            if (!ok.isEmpty())
                emit done(ok);
        } else {
            const QString why = tr("%1: refused: %2").arg(pendingText, CommandFeedback::why(*op));
            m_resultLabel->setText(why);
            m_resultLabel->setVisible(true);
            emit done(why);
        }
        refresh();
    });
    refresh(); // the control shows it pending
    return op;
}

void DetailsPane::clearCallbacks()
{
    const QString number = m_number;
    send(command("clear-callbacks", number), m_clearCallbacks,
        tr("clear the callbacks of %1").arg(number), QString(),
        [this, number](const client::CommandOperation &op) {
            if (op.reply().value(QLatin1String("changed")).toBool(true))
                emit done(tr("Callbacks left by %1 cleared").arg(number));
        });
}

void DetailsPane::clearForwarding()
{
    const client::Extension *e = m_client->picture().extension(m_number);
    if (!e || e->forwardTo.isEmpty())
        return;
    const QString number = e->number, before = e->forwardTo;
    const QString text = tr("clear forwarding of %1").arg(number);
    m_forward->clear();
    send(forwardCommand(number, QString()), m_clearForwarding, text,
        tr("Forwarding of %1 cleared (Ctrl+Z undoes)").arg(number),
        [this, number, before, text](const client::CommandOperation &) {
            m_undo->push(new SentCommand(this, m_clearForwarding, forwardCommand(number, QString()),
                forwardCommand(number, before), text));
        });
}

void DetailsPane::cancelSelected()
{
    const core::RequestId id = selectedRequest();
    if (!id || !m_client->may(QStringLiteral("cancel-request")))
        return;
    const client::Request *r = m_client->picture().request(id);
    if (!r)
        return;
    const QString caller = r->caller,
                  target = r->target.isEmpty() ? tr("the line group") : r->target;
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
    const QJsonObject c {{QStringLiteral("action"), QStringLiteral("cancel-request")},
        {QStringLiteral("id"), qint64(id)}};
    send(c, m_cancel, tr("cancel the request of %1 for %2").arg(caller, target), QString(),
        [this, caller, target](const client::CommandOperation &op) {
            emit done(op.reply().value(QLatin1String("changed")).toBool(true)
                    ? tr("Request of %1 for %2 cancelled").arg(caller, target)
                    : tr("The request of %1 for %2 had already ended").arg(caller, target));
        });
}

void DetailsPane::requestCancel()
{
    if (!m_client->may(QStringLiteral("cancel-request")))
        return;
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

int DetailsPane::attendantLine() const
{
    const client::Picture &p = m_client->picture();
    const client::Extension *a = p.extension(LinesModel::attendantOf(p));
    return a && a->state == core::CallState::TalkingOutside ? a->line : 0;
}

void DetailsPane::transferHere()
{
    if (!m_number.isEmpty() && m_transfer->isEnabled())
        transferTo(m_number);
}

client::CommandOperation *DetailsPane::transferTo(const QString &number)
{
    const int line = attendantLine();
    const QString to = LinesModel::nameOf(m_client->picture(), number);
    const QString text = line > 0 ? tr("transfer line %1 to %2").arg(line).arg(to)
                                  : tr("transfer the attendant's call to %1").arg(to);
    // Whether it can be done now (the attendant has an outside call) is the service's to say.
    return send(QJsonObject {{QStringLiteral("action"), QStringLiteral("transfer")},
                    {QStringLiteral("to"), number}},
        m_transfer, text,
        line > 0 ? tr("Line %1 transferred to %2").arg(line).arg(to)
                 : tr("Call transferred to %1").arg(to));
}

void DetailsPane::toggleDnd()
{
    const client::Extension *e = m_client->picture().extension(m_number);
    if (!e)
        return;
    const QString number = e->number;
    const bool on = !e->dnd;
    const QString text
        = on ? tr("do not disturb at %1").arg(number) : tr("end do not disturb at %1").arg(number);
    send(dndCommand(number, on), m_dnd, text,
        on ? tr("%1: do not disturb (Ctrl+Z undoes)").arg(number)
           : tr("%1: do not disturb ended").arg(number),
        [this, number, on, text](const client::CommandOperation &) {
            m_undo->push(new SentCommand(
                this, m_dnd, dndCommand(number, on), dndCommand(number, !on), text));
        });
}

void DetailsPane::forwardTo(const QString &to)
{
    const client::Extension *e = m_client->picture().extension(m_number);
    if (!e)
        return;
    const QString trimmed = to.trimmed();
    const QString number = e->number, before = e->forwardTo;
    if (trimmed.isEmpty()) {
        emit done(tr("Type the number to forward %1 to").arg(number));
        return;
    }
    if (trimmed == number) {
        emit done(tr("%1 cannot forward to itself").arg(number));
        return;
    }
    if (trimmed == before) {
        // Enter in the field it was refilled with: no change, so no step for Ctrl+Z to undo.
        m_forward->setModified(false);
        emit done(tr("%1 already forwards to %2").arg(number, trimmed));
        return;
    }
    // Whether the number exists is the service's to say (not-found names it).
    const QString text = tr("forward %1 to %2").arg(number, trimmed);
    send(forwardCommand(number, trimmed), m_forwardButton, text,
        tr("%1 now forwards to %2 (Ctrl+Z undoes)").arg(number, trimmed),
        [this, number, before, trimmed, text](const client::CommandOperation &) {
            // Applied: from now on the field follows the live state.
            m_forward->setModified(false);
            m_undo->push(new SentCommand(this, m_forwardButton, forwardCommand(number, trimmed),
                forwardCommand(number, before), text));
        });
}

} // namespace sb::ui
