#include "linespanel.h"

#include "commandfeedback.h"
#include "linesmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sb::ui {

LinesPanel::LinesPanel(client::Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new LinesModel(&client->picture(), this))
    , m_table(new QTableView(this))
    , m_toAttendant(new QPushButton(tr("Send to &attendant"), this))
    , m_pendingLabel(new QLabel(this))
    , m_resultLabel(new QLabel(this))
    , m_hint(new QLabel(this))
{
    m_table->setModel(m_model);
    m_model->setTransferAllowed(client->may(QStringLiteral("transfer")));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(
        LinesModel::LineColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        LinesModel::StateColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        LinesModel::ForColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Outside lines"));
    // The attendant's outside call is dragged from its row onto a tile (T9).
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setDefaultDropAction(Qt::CopyAction);

    m_hint->setWordWrap(true);
    m_hint->setText(tr("To transfer the attendant's call: select a tile and press Ctrl+T, or drag "
                       "the call (its row here, or the attendant's tile) onto a tile."));
    m_toAttendant->setToolTip(
        tr("The selected line, held, camped on or recalling, goes to the attendant"));
    m_pendingLabel->setWordWrap(true);
    m_pendingLabel->setVisible(false);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setVisible(false);
    m_resultLabel->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_resultLabel->setAccessibleName(tr("Last refusal"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_toAttendant);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_pendingLabel);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_hint);

    connect(m_toAttendant, &QPushButton::clicked, this, [this] {
        if (const int line = selectedLine())
            sendToAttendant(line);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &LinesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LinesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LinesPanel::updateButtons);
    updateButtons();
}

int LinesPanel::selectedLine() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(LinesModel::LineRole).toInt() : 0;
}

bool LinesPanel::selectLine(int line)
{
    const int row = m_model->rowOfLine(line);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, LinesModel::StateColumn));
    return true;
}

void LinesPanel::updateButtons()
{
    // Only a console that may send it gets it (reception and above); the service checks anyway.
    const QString action = QStringLiteral("to-attendant");
    const bool may = m_client->may(action);
    const QModelIndex i = m_table->currentIndex();
    m_toAttendant->setEnabled(
        may && m_pending == 0 && i.isValid() && i.data(LinesModel::ToAttendantRole).toBool());
    m_toAttendant->setToolTip(may
            ? tr("The selected line, held, camped on or recalling, goes to the attendant")
            : CommandFeedback::needsRole(action));
}

client::CommandOperation *LinesPanel::sendToAttendant(int line)
{
    const QString what = tr("send line %1 to the attendant").arg(line);
    client::CommandOperation *op = m_client->toAttendant(line);
    ++m_pending;
    m_pendingLabel->setText(tr("Waiting for the call service: %1…").arg(what));
    m_pendingLabel->setVisible(true);
    m_resultLabel->setVisible(false);
    connect(op, &client::CommandOperation::finished, this, [this, op, what, line] {
        --m_pending;
        m_pendingLabel->setVisible(m_pending > 0);
        if (op->isOk()) {
            emit done(tr("Line %1 sent to the attendant").arg(line));
        } else {
            const QString why = tr("%1: refused: %2").arg(what, CommandFeedback::why(*op));
            m_resultLabel->setText(why);
            m_resultLabel->setVisible(true);
            emit done(why);
        }
        updateButtons();
    });
    updateButtons();
    return op;
}

} // namespace sb::ui
