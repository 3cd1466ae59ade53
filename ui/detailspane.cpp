#include "detailspane.h"

#include "extensionmodel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
{
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
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
    m_port = port;
    refresh();
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
    m_queue->clear();
    m_left->clear();
    if (!valid) {
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
    }
    for (core::RequestId id : p.requestsLeftBy(m_port)) {
        const core::RequestInfo r = p.request(id);
        auto *item = new QTreeWidgetItem(m_left,
            {numberOf(r.target), QString::number(r.position), age(r.leftAt, now), describe(r)});
        item->setData(0, Qt::UserRole, QVariant::fromValue<qulonglong>(id));
    }
    m_clearCallbacks->setEnabled(s.left > 0);
    m_clearForwarding->setEnabled(s.forwardTo != 0);
    m_cancel->setEnabled(s.waiting > 0 || s.left > 0);
    m_dnd->setChecked(s.dnd);
    m_dnd->setText(s.dnd ? tr("End &do not disturb") : tr("&Do not disturb"));
    if (s.forwardTo && !m_forward->hasFocus())
        m_forward->setText(numberOf(s.forwardTo));
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
    QTreeWidgetItem *item = m_queue->currentItem() ? m_queue->currentItem() : m_left->currentItem();
    if (!item)
        item = m_queue->topLevelItemCount()
            ? m_queue->topLevelItem(0)
            : (m_left->topLevelItemCount() ? m_left->topLevelItem(0) : nullptr);
    if (!item)
        return;
    const auto id = core::RequestId(item->data(0, Qt::UserRole).toULongLong());
    const core::RequestInfo r = m_backend->processor().request(id);
    bool changed = false;
    m_backend->act(
        [&](core::CallProcessor &p, core::Millis now) { changed = p.cancelRequest(id, now); });
    if (changed)
        emit done(tr("Request of %1 for %2 cancelled").arg(numberOf(r.caller), numberOf(r.target)));
    refresh();
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
    if (!to) {
        emit done(tr("No extension %1: forwarding of %2 unchanged").arg(trimmed, s.number));
        return;
    }
    if (to == m_port) {
        emit done(tr("%1 cannot forward to itself").arg(s.number));
        return;
    }
    m_undo->push(new ForwardCommand(
        m_backend, m_port, s.forwardTo, to, tr("forward %1 to %2").arg(s.number, trimmed)));
    emit done(tr("%1 now forwards to %2 (Ctrl+Z undoes)").arg(s.number, trimmed));
    refresh();
}

} // namespace sb::ui
