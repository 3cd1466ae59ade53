#include "mainwindow.h"

#include "commandfeedback.h"
#include "consolelayout.h"
#include "detailspane.h"
#include "eventlogmodel.h"
#include "extensiondelegate.h"
#include "extensionfilter.h"
#include "extensionmodel.h"
#include "linesmodel.h"
#include "linespanel.h"
#include "linktraceview.h"
#include "phonespanel.h"
#include "programmingpage.h"
#include "requeststatistics.h"
#include "supervisorview.h"
#include "tiledrop.h"
#include "tilegrid.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sb::ui {

MainWindow::MainWindow(client::Client *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_model(new ExtensionModel(client, this))
    , m_filter(new ExtensionFilter(this))
    , m_undo(new QUndoStack(this))
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_grid(new TileGrid(this))
    , m_details(new DetailsPane(client, m_model, m_undo, this))
    , m_log(new EventLogModel(this))
    , m_stats(new RequestStatistics(this))
    , m_supervisor(new SupervisorView(client, m_log, m_stats, this))
    , m_side(new QTabWidget(this))
    , m_lines(new LinesPanel(client, this))
    , m_linkLabel(new QLabel(this))
    , m_controllerLabel(new QLabel(this))
    , m_serviceLabel(new QLabel(this))
    , m_chooseController(new QPushButton(tr("Choose another controller…"), this))
    , m_freshLabel(new QLabel(this))
{
    setWindowTitle(tr("Switchboard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/switchboard.svg")));
    m_log->setPicture(&client->picture()); // names in the event log

    m_filter->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search by number or name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search extensions"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_filter->setText(t);
        if (!m_grid->currentIndex().isValid() && m_filter->rowCount())
            m_grid->setCurrentIndex(m_filter->index(0, 0));
    });
    // Enter in the search box goes to the first match.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount()) {
            m_grid->setCurrentIndex(m_filter->index(0, 0));
            m_grid->setFocus();
        }
    });

    m_grid->setModel(m_filter);
    m_grid->setItemDelegate(new ExtensionDelegate(m_grid));
    m_grid->setDensity(TileGrid::Density::Comfortable);
    m_grid->setAccessibleName(tr("Extensions"));
    m_grid->setMouseTracking(true);
    // T9: the attendant's tile is dragged, with its outside call, onto another tile, as the
    // call's row of the Outside lines panel is (after setMovement(): Static turns drags off).
    m_grid->setDragEnabled(true);
    m_grid->setDefaultDropAction(Qt::CopyAction);
    auto *drop = new TileDrop(m_grid);
    connect(drop, &TileDrop::dropped, this, &MainWindow::transferTo);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::selectionChanged);
    // Enter on a tile moves to its actions, shown first if the phones were in front (issue 9
    // item 17: focus went to the hidden pane).
    connect(m_grid, &QListView::activated, this, [this] {
        m_side->setCurrentWidget(m_details);
        m_details->setFocus(Qt::TabFocusReason);
    });

    // Issue 12 item 4: which tiles (all, busy, callers waiting, DND or forwarded) and how dense,
    // beside the search box; the View menu has the density too.
    m_showBox = new QComboBox(this);
    for (auto show : {ExtensionFilter::Show::All, ExtensionFilter::Show::Busy,
             ExtensionFilter::Show::CallersWaiting, ExtensionFilter::Show::DndOrForwarded})
        m_showBox->addItem(ExtensionFilter::label(show), int(show));
    m_showBox->setAccessibleName(tr("Show extensions"));
    connect(m_showBox, &QComboBox::activated, this,
        [this](int i) { setShow(ExtensionFilter::Show(m_showBox->itemData(i).toInt())); });
    m_densityBox = new QComboBox(this);
    m_densityBox->addItem(tr("Comfortable"), int(TileGrid::Density::Comfortable));
    m_densityBox->addItem(tr("Compact"), int(TileGrid::Density::Compact));
    m_densityBox->setAccessibleName(tr("Tile density"));
    connect(m_densityBox, &QComboBox::activated, this,
        [this](int i) { setDensity(TileGrid::Density(m_densityBox->itemData(i).toInt())); });
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_showBox);
    auto *densityLabel = new QLabel(tr("Densit&y:"), this);
    densityLabel->setBuddy(m_densityBox);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(showLabel);
    bar->addWidget(m_showBox);
    bar->addWidget(densityLabel);
    bar->addWidget(m_densityBox);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_grid);
    auto *split = new QSplitter(this);
    m_split = split;
    split->addWidget(left);
    m_side->addTab(m_details, tr("De&tails"));
    m_side->addTab(m_lines, tr("Outside l&ines"));
    split->addWidget(m_side);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    m_side->setMinimumWidth(380);
    m_side->setMaximumWidth(560);
    // The side pane starts at its widest: the simulated phones' keypads need it (left to the
    // grid's size hint, the pane started narrower once the grid filled before it was shown).
    split->setSizes({640, 560});

    m_tabs->addTab(split, tr("E&xtensions"));
    m_tabs->addTab(m_supervisor, tr("S&upervisor"));
    // The installer's programming, through the client like the rest (its tab is offered only to
    // a console that may apply programming).
    m_programming = new ProgrammingPage(client, this);
    m_tabs->addTab(m_programming, QIcon(QStringLiteral(":/icons/lock.svg")), tr("Pro&gramming"));
    connect(m_programming, &ProgrammingPage::done, this,
        [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    // The tab shows an open lock while programming is unlocked (issue 9 item 17).
    connect(m_programming, &ProgrammingPage::unlockedChanged, this, [this](bool unlocked) {
        m_tabs->setTabIcon(m_tabs->indexOf(m_programming),
            QIcon(unlocked ? QStringLiteral(":/icons/unlock.svg")
                           : QStringLiteral(":/icons/lock.svg")));
    });
    setCentralWidget(m_tabs);

    // Menus: the role, undo, search.
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find extension"), this, [this] {
        m_tabs->setCurrentIndex(0);
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    // Delete cancels the selected request from the details and from a tile (issue 9 item 14).
    m_details->cancelAction()->setText(tr("&Cancel request")); // the menu's own accelerator
    edit->addAction(m_details->cancelAction());
    m_grid->addAction(m_details->cancelAction());
    // Ctrl+T: the attendant's outside call to the selected tile (T9), from anywhere in the window.
    edit->addAction(m_details->transferAction());
    connect(m_details, &DetailsPane::showRequested, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_side->setCurrentWidget(m_details);
    });
    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *roles = new QActionGroup(this);
    QAction *reception
        = view->addAction(tr("&Receptionist"), this, [this] { setRole(Role::Receptionist); });
    QAction *super
        = view->addAction(tr("&Supervisor"), this, [this] { setRole(Role::Supervisor); });
    for (QAction *a : {reception, super}) {
        a->setCheckable(true);
        roles->addAction(a);
    }
    reception->setChecked(true);
    m_supervisorAction = super;
    // The grid's density (issue 12 item 4), as the box beside the search.
    view->addSeparator();
    auto *densities = new QActionGroup(this);
    m_comfortableAction = view->addAction(
        tr("Co&mfortable tiles"), this, [this] { setDensity(TileGrid::Density::Comfortable); });
    m_compactAction = view->addAction(
        tr("Com&pact tiles"), this, [this] { setDensity(TileGrid::Density::Compact); });
    for (QAction *a : {m_comfortableAction, m_compactAction}) {
        a->setCheckable(true);
        densities->addAction(a);
    }
    m_comfortableAction->setChecked(true);
    // The installer's link trace (issue 12 item 3): the wire, kept out of the supervisor's log.
    view->addSeparator();
    m_linkTrace = new LinkTraceView(client, this);
    m_linkTrace->setWindowFlag(Qt::Window);
    m_linkTraceAction = view->addAction(tr("&Link trace"), this, [this] {
        m_linkTrace->show();
        m_linkTrace->raise();
    });
    m_linkTraceAction->setVisible(client->may(QStringLiteral("apply-programming")));
    view->setToolTipsVisible(true);

    connect(m_details, &DetailsPane::done, this,
        [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_lines, &LinesPanel::done, this,
        [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_supervisor, &SupervisorView::done, this,
        [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_undo, &QUndoStack::indexChanged, m_details, &DetailsPane::refresh);
    // The supervisor's view reads every live request: at most about three times a second.
    auto *supervisorRefresh = new QTimer(this);
    supervisorRefresh->setSingleShot(true);
    supervisorRefresh->setInterval(300);
    connect(supervisorRefresh, &QTimer::timeout, this, [this] {
        if (m_supervisor->isVisible())
            m_supervisor->refresh();
    });
    connect(m_model, &ExtensionModel::flushed, this, [this, supervisorRefresh] {
        m_details->refresh();
        if (m_supervisor->isVisible() && !supervisorRefresh->isActive())
            supervisorRefresh->start();
        updateFreshness();
    });
    // Requests change without their extensions (a request served keeps its place).
    const client::Picture *picture = &client->picture();
    connect(picture, &client::Picture::requestsChanged, this, [this, supervisorRefresh] {
        m_details->refresh();
        if (m_supervisor->isVisible() && !supervisorRefresh->isActive())
            supervisorRefresh->start();
    });
    // The event log and the counters from the service's events, translated here: consoles in
    // different languages share one service.
    connect(client, &client::Client::eventReceived, this, [this](const QJsonObject &event) {
        m_log->appendEvent(event);
        m_stats->notify(event);
    });
    for (auto signal : {&client::Picture::linkChanged, &client::Picture::serviceChanged})
        connect(picture, signal, this, &MainWindow::updateStatus);
    connect(picture, &client::Picture::currentChanged, this, &MainWindow::updateStatus);
    connect(client, &client::Client::serviceStateChanged, this, &MainWindow::updateStatus);
    connect(m_model, &ExtensionModel::currentChanged, m_details, &DetailsPane::refresh);

    m_linkLabel->setAccessibleName(tr("Controller link"));
    statusBar()->addPermanentWidget(m_controllerLabel);
    statusBar()->addPermanentWidget(m_serviceLabel);
    // console.md: a controller that cannot be opened shows the link down and offers another.
    m_chooseController->setVisible(false);
    connect(m_chooseController, &QPushButton::clicked, this, [this] {
        if (!m_programming)
            return;
        m_tabs->setCurrentWidget(m_programming);
        m_programming->showConnectionSection();
    });
    statusBar()->addPermanentWidget(m_chooseController);
    statusBar()->addPermanentWidget(m_freshLabel);
    statusBar()->addPermanentWidget(m_linkLabel);
    auto *fresh = new QTimer(this);
    connect(fresh, &QTimer::timeout, this, [this] {
        updateFreshness();
        if (m_supervisor->isVisible())
            m_supervisor->refresh(); // ages and link counters
    });
    fresh->start(1000);
    auto *sampler = new QTimer(this);
    connect(sampler, &QTimer::timeout, m_supervisor, &SupervisorView::sample);
    sampler->start(5000);
    m_supervisor->sample();
    QAction *exportLog
        = file->addAction(tr("&Export event log…"), m_supervisor, &SupervisorView::exportLog);
    file->insertAction(quit, exportLog);
    m_connected = client->isConnected();
    updateStatus();
    applyRoles();
    setRole(Role::Receptionist);
    resize(1200, 760);
    if (m_filter->rowCount())
        m_grid->setCurrentIndex(m_filter->index(0, 0));
}

MainWindow::~MainWindow()
{
    if (m_layoutSave && m_layoutSave->isActive())
        saveLayout(); // a change not written yet
    // The tabs say "current changed" as their pages go, after this window's members.
    if (m_layoutSave)
        disconnect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::layoutChanged);
    // The undo stack says "index changed" while it is destroyed; by then the model is gone.
    m_undo->disconnect();
}

void MainWindow::setDensity(TileGrid::Density density)
{
    m_grid->setDensity(density);
    m_densityBox->setCurrentIndex(m_densityBox->findData(int(density)));
    (density == TileGrid::Density::Compact ? m_compactAction : m_comfortableAction)
        ->setChecked(true);
    // The selected tile stays in sight at the new size.
    if (m_grid->currentIndex().isValid())
        m_grid->scrollTo(m_grid->currentIndex());
    layoutChanged();
}

void MainWindow::setShow(ExtensionFilter::Show show)
{
    m_filter->setShow(show);
    m_showBox->setCurrentIndex(m_showBox->findData(int(show)));
    // Keyboard navigation goes on from a tile that is shown.
    if (!m_grid->currentIndex().isValid() && m_filter->rowCount())
        m_grid->setCurrentIndex(m_filter->index(0, 0));
    layoutChanged();
}

ConsoleLayout MainWindow::layout() const
{
    ConsoleLayout l;
    l.density = m_grid->density();
    l.show = m_filter->show();
    l.splitter = m_split->saveState();
    l.supervisor = m_supervisorAction->isChecked();
    l.tab = m_tabs->currentIndex();
    return l;
}

void MainWindow::applyLayout(const ConsoleLayout &layout)
{
    setDensity(layout.density);
    setShow(layout.show);
    if (!layout.splitter.isEmpty())
        m_split->restoreState(layout.splitter);
    setRole(layout.supervisor ? Role::Supervisor : Role::Receptionist);
    // The tab chosen, if this console may still see it; never the installer's (locked at start).
    if (layout.tab < m_tabs->count() && m_tabs->isTabEnabled(layout.tab)
        && m_tabs->isTabVisible(layout.tab) && m_tabs->widget(layout.tab) != m_programming)
        m_tabs->setCurrentIndex(layout.tab);
}

void MainWindow::keepLayout(const QString &file)
{
    m_layoutFile = file;
    m_restoring = true;
    applyLayout(ConsoleLayout::load(file, m_client->owner()));
    m_restoring = false;
    if (!m_layoutSave) {
        // Gathered: a splitter dragged says so many times a second.
        m_layoutSave = new QTimer(this);
        m_layoutSave->setSingleShot(true);
        m_layoutSave->setInterval(500);
        connect(m_layoutSave, &QTimer::timeout, this, &MainWindow::saveLayout);
        connect(m_split, &QSplitter::splitterMoved, this, &MainWindow::layoutChanged);
        connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::layoutChanged);
    }
}

void MainWindow::layoutChanged()
{
    if (m_layoutSave && !m_restoring)
        m_layoutSave->start();
}

void MainWindow::saveLayout()
{
    if (m_layoutFile.isEmpty())
        return;
    if (m_layoutSave)
        m_layoutSave->stop();
    const QString problem = layout().save(m_layoutFile, m_client->owner());
    if (!problem.isEmpty())
        statusBar()->showMessage(tr("The layout could not be kept: %1").arg(problem), 8000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::setPhoneBench(PhoneBench *bench)
{
    if (m_phones) {
        // Another controller: the old phones go (their simulator is going too).
        m_side->removeTab(m_side->indexOf(m_phones));
        delete m_phones;
        m_phones = nullptr;
    }
    if (!bench)
        return;
    m_phones = new PhonesPanel(bench, m_model, this);
    // On the simulator a newcomer starts with the phones in reach.
    m_side->setCurrentIndex(m_side->addTab(m_phones, tr("Simulated p&hones")));
}

void MainWindow::appendLog(const QString &text)
{
    m_log->append(text);
}

void MainWindow::updateStatus()
{
    const client::Picture &p = m_client->picture();
    const client::LinkHealth &link = p.link();
    const bool connected = m_client->isConnected();
    if (connected != m_connected) {
        m_connected = connected;
        m_log->append(connected
                ? tr("connected to the call service (%1)").arg(m_client->describe())
                : tr("the call service cannot be reached (%1)").arg(m_client->describe()));
    }
    const bool up = connected && p.service().online && link.known && link.up;
    m_controllerLabel->setText(link.model.isEmpty() ? tr("Controller: not known yet")
                                                    : tr("Controller: %1, firmware %2.%3")
                                                          .arg(link.model)
                                                          .arg(link.firmware >> 8)
                                                          .arg(link.firmware & 0xFF));
    const QString service = m_client->describe();
    m_serviceLabel->setText(!connected ? tr("Service: %1, not reachable").arg(service)
            : !p.service().online      ? tr("Service: %1, offline").arg(service)
                                       : tr("Service: %1").arg(service));
    m_chooseController->setVisible(
        !up && m_programming && m_client->may(QStringLiteral("set-connection")));
    const QString state = !connected || !p.service().online ? tr("unknown")
        : link.state.isEmpty()                              ? tr("down")
                                                            : link.state;
    m_linkLabel->setText(up ? tr("Link up") : tr("Link %1").arg(state));
    m_linkLabel->setStyleSheet(up ? QString()
                                  : QStringLiteral("QLabel { color: white; background: #b71c1c; "
                                                   "padding: 1px 6px; font-weight: bold; }"));
    m_linkLabel->setMinimumWidth(m_linkLabel->sizeHint().width());
    m_details->refresh();
    if (m_supervisor->isVisible())
        m_supervisor->refresh();
    updateFreshness();
}

void MainWindow::applyRoles()
{
    // Only what this console's roles allow is offered; the service refuses the rest anyway.
    const bool supervisor = m_client->may(QStringLiteral("cancel-request"));
    m_supervisorAction->setEnabled(supervisor);
    m_supervisorAction->setToolTip(
        supervisor ? QString() : CommandFeedback::needsRole(QStringLiteral("cancel-request")));
    if (!supervisor)
        setRole(Role::Receptionist);
    const int programming = 2;
    const bool installer = m_client->may(QStringLiteral("apply-programming"));
    m_tabs->setTabEnabled(programming, installer);
    m_tabs->setTabToolTip(programming,
        installer ? QString() : CommandFeedback::needsRole(QStringLiteral("apply-programming")));
}

void MainWindow::setRole(Role role)
{
    // The receptionist works on the grid; the supervisor also sees the queues' view, and is
    // taken to it (issue 9 item 17: the tab was added out of sight).
    if (role == Role::Supervisor && !m_client->may(QStringLiteral("cancel-request")))
        role = Role::Receptionist;
    m_tabs->setTabVisible(1, role == Role::Supervisor);
    if (m_supervisorAction)
        m_supervisorAction->setChecked(role == Role::Supervisor);
    if (role == Role::Supervisor) {
        m_tabs->setCurrentWidget(m_supervisor);
        m_supervisor->refresh();
    }
    layoutChanged();
}

bool MainWindow::selectNumber(const QString &number)
{
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex i = m_filter->index(r, 0);
        if (i.data(ExtensionModel::NumberRole).toString() == number) {
            m_grid->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

client::CommandOperation *MainWindow::transferTo(const QString &number, int line)
{
    // As the button and Ctrl+T: only a console whose roles allow it (the service checks too).
    const QString action = QStringLiteral("transfer");
    if (!m_client->may(action)) {
        const QString why = CommandFeedback::needsRole(action);
        statusBar()->showMessage(why, 8000);
        m_log->append(why);
        return nullptr;
    }
    // A drag carries the line it started with; the attendant's call may have changed since.
    const client::Picture &p = m_client->picture();
    const client::Extension *a = p.extension(LinesModel::attendantOf(p));
    const int current = a && a->state == core::CallState::TalkingOutside ? a->line : 0;
    if (line > 0 && line != current) {
        const QString why = current > 0
            ? tr("Not transferred: line %1 is no longer the attendant's call (it is on line %2 "
                 "now)")
                  .arg(line)
                  .arg(current)
            : tr("Not transferred: line %1 is no longer the attendant's call").arg(line);
        statusBar()->showMessage(why, 8000);
        m_log->append(why);
        return nullptr;
    }
    // The tile it went to is shown with its details, where the answer appears.
    selectNumber(number);
    m_tabs->setCurrentIndex(0);
    m_side->setCurrentWidget(m_details);
    return m_details->transferTo(number);
}

void MainWindow::selectionChanged()
{
    const QModelIndex i = m_grid->currentIndex();
    m_details->setNumber(i.isValid() ? i.data(ExtensionModel::NumberRole).toString() : QString());
}

void MainWindow::updateFreshness()
{
    const qint64 age = QDateTime::currentMSecsSinceEpoch() - m_model->lastUpdateMs();
    m_freshLabel->setText(!m_model->isCurrent()
            ? tr("picture not current: %1").arg(ExtensionModel::reasonNotCurrent(m_client))
            : age < 2000 ? tr("up to date")
                         : tr("last change %1 s ago").arg(age / 1000));
    m_freshLabel->setMinimumWidth(m_freshLabel->sizeHint().width());
}

} // namespace sb::ui
