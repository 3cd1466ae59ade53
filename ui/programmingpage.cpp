#include "programmingpage.h"

#include "auditview.h"
#include "commandfeedback.h"

#include "client/client.h"
#include "client/connectionjson.h"
#include "core/extensioncsv.h"
#include "core/programmingjson.h"
#include "storage/atomicfile.h"
#include "storage/regularfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace sb::ui {

namespace {

enum Column { Port, Number, Name, Type, CampOn, Lines, ColumnCount };
/// Where a problem of the list leads (item data roles).
enum ProblemRole { ProblemRow = Qt::UserRole, ProblemColumn, ProblemOption };
enum Section { ExtensionsSection, LinesSection, OptionsSection, ConnectionSection, AuditSection };

/// The choice of an extension's type, as each row of the table has it.
QComboBox *typeChoice(QWidget *parent)
{
    auto *type = new QComboBox(parent);
    type->addItem(ProgrammingPage::tr("keyset"), int(core::ExtensionType::Keyset));
    type->addItem(ProgrammingPage::tr("single-line"), int(core::ExtensionType::SingleLine));
    type->addItem(ProgrammingPage::tr("attendant"), int(core::ExtensionType::Attendant));
    return type;
}

/// The entries of a Lines cell ("1 2", "1;2", "1, 2").
QStringList lineTokens(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[ ;,]+"));
    return cell.split(separators, Qt::SkipEmptyParts);
}

/// The item of `combo` shown as `text` or whose data is `text` (a device typed bare), or -1.
int findChoice(const QComboBox *combo, const QString &text)
{
    const int i = combo->findText(text);
    return i >= 0 ? i : combo->findData(text);
}

} // namespace

ProgrammingPage::ProgrammingPage(client::Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_access(client->asksInstallerPassword() ? Access::Password : Access::Account)
    , m_stack(new QStackedWidget(this))
    , m_password(new QLineEdit(this))
    , m_newPassword(new QLineEdit(this))
    , m_newPassword2(new QLineEdit(this))
    , m_changeBox(new QGroupBox(tr("Change the installer password"), this))
    , m_lockMessage(new QLabel(this))
    , m_sections(new QTabWidget(this))
    , m_table(new QTableWidget(this))
    , m_linesTable(new QTableWidget(this))
    , m_linesNote(new QLabel(this))
    , m_simRadio(new QRadioButton(tr("Simulated controller"), this))
    , m_serialRadio(new QRadioButton(tr("Serial port"), this))
    , m_usbRadio(new QRadioButton(tr("USB device"), this))
    , m_simStations(new QSpinBox(this))
    , m_simLines(new QSpinBox(this))
    , m_serialPort(new QComboBox(this))
    , m_baud(new QComboBox(this))
    , m_usbDevice(new QComboBox(this))
    , m_connectionNow(new QLabel(this))
    , m_discoveryNote(new QLabel(this))
    , m_callback(new QCheckBox(tr("Callback enabled"), this))
    , m_campOn(new QCheckBox(tr("Camp-on tones system-wide"), this))
    , m_ringLimit(new QSpinBox(this))
    , m_guard(new QSpinBox(this))
    , m_expiry(new QSpinBox(this))
    , m_perTarget(new QSpinBox(this))
    , m_perCaller(new QSpinBox(this))
    , m_holdRecall(new QSpinBox(this))
    , m_transferRecall(new QSpinBox(this))
    , m_historyDays(new QSpinBox(this))
    , m_historyMegabytes(new QSpinBox(this))
    , m_problems(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_apply(new QPushButton(tr("Apply…"), this))
    , m_reload(new QPushButton(tr("Reload"), this))
    , m_look(new QPushButton(tr("Look for devices"), this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_audit(new AuditView(client, this))
    , m_passwordMessage(new QLabel(this))
    , m_idle(new QTimer(this))
{
    // The lock: the password, and the forced change of the factory password.
    auto *lockPage = new QWidget(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("installer password"));
    m_password->setAccessibleName(tr("Installer password"));
    auto *unlockButton = new QPushButton(tr("Unlock"), this);
    connect(unlockButton, &QPushButton::clicked, this, [this] { unlock(m_password->text()); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { unlock(m_password->text()); });
    auto *lockLayout = new QVBoxLayout(lockPage);
    lockLayout->addStretch();
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(new QLabel(tr("Programming is for installers. Password:"), this));
    row->addWidget(m_password);
    row->addWidget(unlockButton);
    row->addStretch();
    lockLayout->addLayout(row);
    m_lockMessage->setAlignment(Qt::AlignCenter);
    m_lockMessage->setWordWrap(true);
    lockLayout->addWidget(m_lockMessage);
    lockLayout->addStretch();

    // The editor: a section each, one set of problems and buttons for all.
    m_sections->addTab(buildExtensions(), tr("Extension t&able"));
    m_sections->addTab(buildLines(), tr("Outside &lines"));
    m_sections->addTab(buildOptions(), tr("System o&ptions"));
    m_sections->addTab(buildConnection(), tr("Co&nnection"));
    m_sections->addTab(m_audit, tr("Changes &made"));
    m_sections->setAccessibleName(tr("Programming sections"));
    connect(m_sections, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == LinesSection)
            fillLines(edited()); // the extension table may have changed since
        if (index == AuditSection && isUnlocked())
            m_audit->refresh();
    });

    auto *checkButton = new QPushButton(tr("Check"), this);
    auto *revertButton = new QPushButton(tr("Revert"), this);
    auto *lockButton = new QPushButton(tr("Lock"), this);
    connect(checkButton, &QPushButton::clicked, this, [this] { check(); });
    connect(revertButton, &QPushButton::clicked, this, &ProgrammingPage::revert);
    connect(lockButton, &QPushButton::clicked, this, &ProgrammingPage::lock);
    connect(m_apply, &QPushButton::clicked, this, &ProgrammingPage::applyAsked);
    // After a conflict: start again from what the other installer applied.
    m_reload->setToolTip(tr("Drop the edits and load the programming in force"));
    m_reload->setVisible(false);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        revert();
        m_message->setText(
            tr("Reloaded: the programming in force (revision %1).").arg(m_baseRevision));
    });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {checkButton, m_apply, revertButton, m_reload})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(lockButton);
    // On the bus the broker account is the installer's key: there is nothing to lock with.
    lockButton->setVisible(m_access == Access::Password);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setMaximumHeight(110);
    m_message->setWordWrap(true);

    // Issue 9 item 17: a problem of the list takes the installer to its cell or field.
    m_problems->setToolTip(tr("Click a problem to go to its cell or field"));
    connect(m_problems, &QListWidget::itemClicked, this, &ProgrammingPage::goToProblem);
    connect(m_problems, &QListWidget::itemActivated, this, &ProgrammingPage::goToProblem);
    // The page locks itself after a while without input on it (docs/console.md).
    m_idle->setSingleShot(true);
    m_idle->setInterval(idleLockMs);
    connect(m_idle, &QTimer::timeout, this, &ProgrammingPage::idleLock);
    qApp->installEventFilter(this);

    auto *editPage = new QWidget(this);
    auto *editLayout = new QVBoxLayout(editPage);
    editLayout->addWidget(m_sections, 1);
    editLayout->addWidget(m_problems);
    editLayout->addWidget(m_message);
    editLayout->addLayout(buttons);

    m_stack->addWidget(lockPage);
    m_stack->addWidget(editPage);
    (new QVBoxLayout(this))->addWidget(m_stack);

    const client::Picture &picture = m_client->picture();
    connect(&picture, &client::Picture::programmingChanged, this,
        &ProgrammingPage::programmingInForceChanged);
    connect(&picture, &client::Picture::reset, this, &ProgrammingPage::programmingInForceChanged);
    connect(&picture, &client::Picture::linkChanged, this, [this] {
        if (isUnlocked())
            showConnection();
    });
    connect(&picture, &client::Picture::linesChanged, this, [this] {
        if (isUnlocked() && m_linesTable->columnCount() != lineCount())
            fillLines(edited());
    });
    // Another installer's change (or this one's) shows in the audit section if it is open.
    connect(m_client, &client::Client::eventReceived, this, [this](const QJsonObject &event) {
        if (isUnlocked() && m_sections->currentIndex() == AuditSection
            && event.value(QStringLiteral("kind")).toString()
                == QLatin1String("programming.applied"))
            m_audit->refresh();
    });
    // The service ends the in-process installer session by itself after a while without a
    // command: the page locks with it.
    connect(m_client, &client::Client::installerUnlockedChanged, this, [this](bool unlocked) {
        if (!unlocked && isUnlocked() && m_access == Access::Password) {
            const bool edited = !pendingChanges().isEmpty();
            lock();
            m_keepEdits = edited; // as the page's own idle lock: the edits wait
            m_lockMessage->setText(tr("The call service ended the installer session. Unlock "
                                      "to go on."));
        }
    });
    if (m_access == Access::Account) {
        m_changeBox->setVisible(false);
        m_stack->setCurrentIndex(1);
        revert();
        showConnection();
        m_look->setEnabled(false);
        m_discoveryNote->setText(tr("The call service's ports and devices are listed only on "
                                    "its own PC: type the port or the USB device's VID:PID."));
    } else {
        // A damaged password file is named where the password is asked, before anyone tries:
        // asked once the service can be reached (the window is made before it starts).
        connect(m_client, &client::Client::serviceStateChanged, this, [this] {
            if (m_client->isConnected() && !isUnlocked())
                askPasswordState();
        });
        if (m_client->isConnected())
            askPasswordState();
    }
}

void ProgrammingPage::send(
    const QJsonObject &command, const std::function<void(client::CommandOperation *op)> &done)
{
    // The page's commands need the installer role (in-process: the service holds the session
    // once check-password accepted the password).
    client::CommandOperation *op = m_client->send(client::Role::Installer, command);
    ++m_pending;
    connect(op, &client::CommandOperation::finished, this, [this, op, done] {
        --m_pending;
        done(op);
    });
}

QString ProgrammingPage::refusal(client::CommandOperation *op)
{
    const QString code = op->errorCode();
    if (code == QLatin1String("conflict"))
        return tr("Not applied: someone applied a change first (the programming in force is "
                  "revision %1, these edits are based on %2). Nothing of them was applied; "
                  "Reload to start from the programming in force.")
            .arg(m_client->picture().programmingRevision())
            .arg(m_baseRevision);
    if (code == QLatin1String("forbidden") && m_access == Access::Password) {
        // The service ended the installer session (idle there, or locked): so does the page.
        return tr("Refused: the call service has locked programming; unlock again (%1).")
            .arg(op->errorMessage());
    }
    if (code == QLatin1String("not-possible") && !op->errorMessage().isEmpty())
        return op->errorMessage(); // what the service could not do names itself (a full disk)
    return tr("Refused: %1").arg(CommandFeedback::why(*op));
}

QWidget *ProgrammingPage::buildExtensions()
{
    auto *page = new QWidget(this);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Port"), tr("Number"), tr("Name"), tr("Type"), tr("Camp-on tones"), tr("Lines")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(CampOn, QHeaderView::ResizeToContents);
    // The Type column holds a choice per row: as wide as the widest choice in the language in
    // use, so that "Systemtelefon" or "monolínea" is not cut (issue 9 item 15).
    {
        const std::unique_ptr<QComboBox> type(typeChoice(nullptr));
        m_table->horizontalHeader()->resizeSection(Type,
            qMax(type->sizeHint().width(), m_table->horizontalHeader()->sectionSizeHint(Type)));
    }
    m_table->verticalHeader()->setVisible(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAccessibleName(tr("Extension table"));

    auto *renumber = new QPushButton(tr("Renumber…"), this);
    renumber->setToolTip(tr("Give the selected rows consecutive numbers"));
    auto *copy = new QPushButton(tr("Copy settings…"), this);
    copy->setToolTip(
        tr("Copy type, camp-on tones or lines of the current row to the other selected rows"));
    auto *importButton = new QPushButton(tr("Import CSV…"), this);
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    connect(renumber, &QPushButton::clicked, this, &ProgrammingPage::renumberAsked);
    connect(copy, &QPushButton::clicked, this, &ProgrammingPage::copyAsked);
    connect(importButton, &QPushButton::clicked, this, &ProgrammingPage::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &ProgrammingPage::exportCsv);
    auto *bar = new QHBoxLayout;
    bar->addWidget(renumber);
    bar->addWidget(copy);
    bar->addStretch();
    bar->addWidget(importButton);
    bar->addWidget(exportButton);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_table, 1);
    layout->addLayout(bar);
    return page;
}

QWidget *ProgrammingPage::buildLines()
{
    auto *page = new QWidget(this);
    m_linesTable->setParent(page);
    m_linesTable->setAccessibleName(tr("Stations each outside line rings"));
    m_linesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_linesTable, &QTableWidget::itemChanged, this, &ProgrammingPage::lineToggled);
    m_linesNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    auto *about
        = new QLabel(tr("Tick the stations each outside line rings. Calls on a line that rings no "
                        "station go unanswered."),
            this);
    about->setWordWrap(true);
    layout->addWidget(about);
    layout->addWidget(m_linesTable, 1);
    layout->addWidget(m_linesNote);
    return page;
}

QWidget *ProgrammingPage::buildOptions()
{
    auto *page = new QWidget(this);
    m_ringLimit->setRange(1, 15);
    m_guard->setRange(0, 60);
    m_guard->setSuffix(tr(" s"));
    m_expiry->setRange(0, 1440);
    m_expiry->setSuffix(tr(" min"));
    m_expiry->setSpecialValueText(tr("never"));
    m_perTarget->setRange(1, 1000);
    m_perCaller->setRange(1, 1000);
    // T2, T7: the ranges core::Programming checks.
    m_holdRecall->setRange(10, 600);
    m_holdRecall->setSuffix(tr(" s"));
    m_transferRecall->setRange(10, 300);
    m_transferRecall->setSuffix(tr(" s"));
    // Issue 12: the ranges the programming file allows.
    m_historyDays->setRange(1, 3650);
    m_historyDays->setSuffix(tr(" days"));
    m_historyMegabytes->setRange(16, 102400);
    m_historyMegabytes->setSuffix(tr(" MB"));
    auto *options = new QGroupBox(tr("System options"), this);
    auto *form = new QFormLayout(options);
    form->addRow(m_callback);
    form->addRow(m_campOn);
    form->addRow(tr("Callback rings before it is cancelled:"), m_ringLimit);
    form->addRow(tr("Guard delay:"), m_guard);
    form->addRow(tr("Requests expire after:"), m_expiry);
    form->addRow(tr("Requests waiting at one extension:"), m_perTarget);
    form->addRow(tr("Requests one caller may leave:"), m_perCaller);
    form->addRow(tr("A held line rings back after:"), m_holdRecall);
    form->addRow(tr("An unanswered transfer comes back after:"), m_transferRecall);
    form->addRow(tr("History is kept for:"), m_historyDays);
    form->addRow(tr("History takes at most:"), m_historyMegabytes);

    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword2->setEchoMode(QLineEdit::Password);
    auto *changeButton = new QPushButton(tr("Change password"), this);
    auto *changeForm = new QFormLayout(m_changeBox);
    changeForm->addRow(tr("New password:"), m_newPassword);
    changeForm->addRow(tr("Again:"), m_newPassword2);
    changeForm->addRow(changeButton);
    // What became of a change is said beside the fields, not at the foot of the page.
    m_passwordMessage->setWordWrap(true);
    m_passwordMessage->setAccessibleName(tr("Password change"));
    changeForm->addRow(m_passwordMessage);
    connect(changeButton, &QPushButton::clicked, this, [this] {
        if (m_newPassword->text() != m_newPassword2->text()) {
            m_passwordMessage->setText(tr("The two new passwords differ."));
            m_newPassword2->setFocus();
            return;
        }
        const QString replacement = m_newPassword->text();
        const quint64 locks = m_locks;
        m_passwordMessage->setText(tr("Changing the password…"));
        send({{QStringLiteral("action"), QStringLiteral("change-password")},
                 {QStringLiteral("current"), m_password->text()},
                 {QStringLiteral("replacement"), replacement}},
            [this, replacement, locks](client::CommandOperation *op) {
                const QString error = op->isOk() ? QString() : refusal(op);
                if (m_locks == locks) { // nothing of it is shown after a lock
                    m_passwordMessage->setText(
                        error.isEmpty() ? tr("The installer password is changed.") : error);
                    if (error.isEmpty()) {
                        if (m_mustChange)
                            m_message->clear(); // the "change the factory password" notice
                        m_mustChange = false;
                        m_password->setText(replacement);
                        m_newPassword->clear();
                        m_newPassword2->clear();
                    }
                    setApplyEnabled();
                }
                emit answered(QStringLiteral("change-password"), error);
            });
    });

    auto *layout = new QHBoxLayout(page);
    layout->addWidget(options, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_changeBox);
    side->addStretch();
    layout->addLayout(side, 1);
    return page;
}

QWidget *ProgrammingPage::buildConnection()
{
    auto *page = new QWidget(this);
    m_simStations->setRange(2, 9999);
    m_simLines->setRange(0, 16);
    m_serialPort->setEditable(true);
    m_serialPort->lineEdit()->setPlaceholderText(QStringLiteral("/dev/ttyUSB0"));
    m_serialPort->setAccessibleName(tr("Serial port"));
    m_serialPort->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (qint32 rate : core::Connection::baudRates())
        m_baud->addItem(tr("%1 baud").arg(rate), rate);
    m_baud->setAccessibleName(tr("Rate"));
    m_usbDevice->setEditable(true);
    m_usbDevice->lineEdit()->setPlaceholderText(QStringLiteral("1209:4b54"));
    m_usbDevice->setAccessibleName(tr("USB device"));
    m_usbDevice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connectionNow->setWordWrap(true);
    m_discoveryNote->setWordWrap(true);

    auto *form = new QGridLayout;
    form->addWidget(m_simRadio, 0, 0);
    auto *size = new QHBoxLayout;
    size->addWidget(new QLabel(tr("Stations:"), this));
    size->addWidget(m_simStations);
    size->addWidget(new QLabel(tr("Lines:"), this));
    size->addWidget(m_simLines);
    size->addStretch();
    form->addLayout(size, 0, 1);
    form->addWidget(m_serialRadio, 1, 0);
    auto *serial = new QHBoxLayout;
    serial->addWidget(m_serialPort, 1);
    serial->addWidget(m_baud);
    form->addLayout(serial, 1, 1);
    form->addWidget(m_usbRadio, 2, 0);
    form->addWidget(m_usbDevice, 2, 1);
    form->setColumnStretch(1, 1);
    auto sync = [this] {
        m_simStations->setEnabled(m_simRadio->isChecked());
        m_simLines->setEnabled(m_simRadio->isChecked());
        m_serialPort->setEnabled(m_serialRadio->isChecked());
        m_baud->setEnabled(m_serialRadio->isChecked());
        m_usbDevice->setEnabled(m_usbRadio->isChecked());
    };
    for (QRadioButton *r : {m_simRadio, m_serialRadio, m_usbRadio})
        connect(r, &QRadioButton::toggled, this, sync);
    m_simRadio->setChecked(true);
    sync();

    m_connect->setToolTip(tr("Switch to this connection now and keep it for the next start"));
    connect(m_look, &QPushButton::clicked, this, &ProgrammingPage::discover);
    connect(m_connect, &QPushButton::clicked, this, &ProgrammingPage::connectAsked);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_look);
    bar->addStretch();
    bar->addWidget(m_connect);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_connectionNow);
    layout->addLayout(form);
    layout->addWidget(m_discoveryNote);
    layout->addLayout(bar);
    layout->addStretch();
    return page;
}

bool ProgrammingPage::isUnlocked() const
{
    return m_stack->currentIndex() == 1;
}

void ProgrammingPage::askPasswordState()
{
    send({{QStringLiteral("action"), QStringLiteral("password-state")}},
        [this](client::CommandOperation *op) {
            if (!op->isOk()) {
                emit answered(QStringLiteral("password-state"), refusal(op));
                return;
            }
            const QJsonObject r = op->reply();
            m_mustChange = r.value(QStringLiteral("mustChange")).toBool();
            m_passwordProblem = r.value(QStringLiteral("problem")).toString();
            if (!isUnlocked() && !m_passwordProblem.isEmpty())
                m_lockMessage->setText(m_passwordProblem);
            setApplyEnabled();
            emit answered(QStringLiteral("password-state"), QString());
        });
}

void ProgrammingPage::unlock(const QString &password)
{
    if (m_access == Access::Account || isUnlocked())
        return;
    // The service decides (and counts the wrong tries, and locks after too many); the page
    // only shows what it answered.
    const quint64 locks = m_locks;
    send({{QStringLiteral("action"), QStringLiteral("check-password")},
             {QStringLiteral("password"), password}},
        [this, password, locks](client::CommandOperation *op) {
            if (m_locks != locks) {
                // Locked again while the password was checked: stay locked, and end the session
                // the answer may have opened.
                if (op->isOk())
                    send({{QStringLiteral("action"), QStringLiteral("lock")}},
                        [](client::CommandOperation *) {});
                emit answered(QStringLiteral("check-password"), tr("Locked meanwhile."));
                return;
            }
            if (!op->isOk()) {
                const int seconds = op->reply().value(QStringLiteral("lockedSeconds")).toInt();
                QString error;
                if (seconds > 0)
                    error = tr("Locked for %1 s after too many wrong passwords.").arg(seconds);
                else if (op->errorCode() == QLatin1String("forbidden"))
                    error = tr("Wrong password.");
                else if (op->errorCode() == QLatin1String("not-possible"))
                    error = op->errorMessage(); // a damaged password file, named by the service
                else
                    error = tr("Refused: %1").arg(CommandFeedback::why(*op));
                m_lockMessage->setText(error);
                emit answered(QStringLiteral("check-password"), error);
                return;
            }
            m_mustChange = op->reply().value(QStringLiteral("mustChange")).toBool();
            opened(password);
            emit answered(QStringLiteral("check-password"), QString());
        });
}

void ProgrammingPage::opened(const QString &password)
{
    m_password->setText(password);
    m_lockMessage->clear();
    m_stack->setCurrentIndex(1);
    m_changeBox->setVisible(true);
    setApplyEnabled();
    const QString factory = m_mustChange
        ? tr("This is the factory password: change it before applying a change.")
        : QString();
    m_message->setText(factory);
    m_passwordMessage->setText(factory);
    if (m_mustChange)
        m_sections->setCurrentIndex(OptionsSection); // where the password is changed
    if (!m_keepEdits)
        revert();
    m_keepEdits = false;
    m_idle->start();
    emit unlockedChanged(true);
    showConnection();
    discover();
    if (m_sections->currentIndex() == AuditSection)
        m_audit->refresh();
}

void ProgrammingPage::lock()
{
    if (m_access == Access::Account)
        return; // nothing to unlock with again: the account is the key
    // Nothing typed into a password field outlasts the lock (idle or on purpose): the next
    // person at the console must not find it (issue 9 item 17).
    m_password->clear();
    m_newPassword->clear();
    m_newPassword2->clear();
    m_passwordMessage->clear();
    m_keepEdits = false; // Lock on purpose: the next unlock starts from the programming in force
    m_idle->stop();
    const bool wasUnlocked = isUnlocked();
    m_stack->setCurrentIndex(0);
    m_audit->clear();
    m_reload->setVisible(false);
    ++m_locks;
    // The service ends the installer session too: no command of this console is an installer's
    // until the password is given again.
    if (wasUnlocked)
        send({{QStringLiteral("action"), QStringLiteral("lock")}},
            [](client::CommandOperation *) {});
    emit unlockedChanged(false);
}

void ProgrammingPage::idleLock()
{
    if (!isUnlocked() || m_access == Access::Account)
        return;
    const bool edited = !pendingChanges().isEmpty();
    lock();
    // Nothing is applied without the password; the edits wait for whoever unlocks next (who
    // knows the password too), so that a walk to a phone costs no work.
    m_keepEdits = true;
    const int minutes = qMax(1, m_idle->interval() / 60000);
    m_lockMessage->setText(edited
            ? tr("Locked after %n minute(s) without input. The edits not "
                 "yet applied are kept: unlock to go on.",
                nullptr, minutes)
            : tr("Locked after %n minute(s) without input.", nullptr, minutes));
}

void ProgrammingPage::setIdleLockInterval(int ms)
{
    m_idle->setInterval(ms);
    if (m_idle->isActive())
        m_idle->start();
}

int ProgrammingPage::idleLockRemaining() const
{
    return m_idle->isActive() ? m_idle->remainingTime() : -1;
}

bool ProgrammingPage::eventFilter(QObject *watched, QEvent *event)
{
    // Input on the page keeps it open.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (isUnlocked() && m_access == Access::Password) {
            // On the page, or in a dialog it opened (the Apply question).
            auto *w = qobject_cast<QWidget *>(watched);
            QWidget *owner = w && w->window() != window() ? w->window()->parentWidget() : w;
            if (owner && (owner == this || isAncestorOf(owner)))
                m_idle->start();
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

core::Programming ProgrammingPage::inForce() const
{
    const std::optional<core::Programming> &p = m_client->picture().programming();
    if (p)
        return *p;
    // Not yet heard from the service: an empty table, nothing to apply against.
    core::Programming none;
    none.extensions.clear();
    return none;
}

void ProgrammingPage::revert()
{
    m_base = inForce();
    m_baseRevision = m_client->picture().programmingRevision();
    fill(m_base);
    m_problems->clear();
    m_reload->setVisible(false);
    if (isUnlocked()) {
        // What loading the file ignored (a misspelt key) is said here too, not only at start.
        m_problems->addItems(m_client->picture().programmingWarnings());
    }
    setApplyEnabled();
}

void ProgrammingPage::programmingInForceChanged()
{
    const client::Picture &picture = m_client->picture();
    const qint64 revision = picture.programmingRevision();
    if (!picture.programming() || revision == m_baseRevision)
        return;
    if (m_awaitRevision >= 0 && revision >= m_awaitRevision) {
        // This page's own change is in force now: start from it.
        m_awaitRevision = -1;
        const QString said = m_message->text();
        revert();
        m_message->setText(said);
        return;
    }
    if (m_applying)
        return; // the answer comes first, then the table follows
    if (!isUnlocked() && !m_keepEdits) {
        revert(); // nothing edited behind the lock: the next unlock starts from it anyway
        return;
    }
    if (m_baseRevision < 0 || pendingChanges().isEmpty()) {
        // Nothing edited here: show what is in force, whoever applied it.
        revert();
        if (m_baseRevision >= 0 && isUnlocked())
            m_message->setText(
                tr("The programming in force changed (revision %1): shown.").arg(revision));
        return;
    }
    // Edits here and a change applied elsewhere: nothing is merged behind the installer's back.
    m_message->setText(tr("Someone applied a change (revision %1) while you edited: Apply would "
                          "be refused. Reload to start from it (your edits are dropped).")
                           .arg(revision));
    m_reload->setVisible(true);
}

void ProgrammingPage::fill(const core::Programming &p)
{
    m_table->setRowCount(int(p.extensions.size()));
    for (int r = 0; r < p.extensions.size(); ++r) {
        const core::ExtensionConfig &e = p.extensions.at(r);
        QStringList lines;
        for (int l : e.lines)
            lines << QString::number(l);
        m_table->setItem(r, Port, new QTableWidgetItem(QString::number(e.port)));
        m_table->setItem(r, Number, new QTableWidgetItem(e.number));
        m_table->setItem(r, Name, new QTableWidgetItem(e.name));
        auto *type = typeChoice(m_table);
        type->setCurrentIndex(type->findData(int(e.type)));
        m_table->setCellWidget(r, Type, type);
        auto *campOn = new QTableWidgetItem;
        campOn->setFlags(campOn->flags() | Qt::ItemIsUserCheckable);
        campOn->setCheckState(e.receivesCampOnTones ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(r, CampOn, campOn);
        m_table->setItem(r, Lines, new QTableWidgetItem(lines.join(QLatin1Char(' '))));
    }
    m_callback->setChecked(p.options.callbackEnabled);
    m_campOn->setChecked(p.options.campOnTones);
    m_ringLimit->setValue(p.options.ringLimit);
    m_guard->setValue(int(p.options.guardDelay / 1000));
    m_expiry->setValue(int(p.options.expiry / 60000));
    m_perTarget->setValue(p.options.maxRequestsPerTarget);
    m_perCaller->setValue(p.options.maxRequestsPerCaller);
    m_holdRecall->setValue(p.options.holdRecallSeconds);
    m_transferRecall->setValue(p.options.transferRecallSeconds);
    m_historyDays->setValue(p.options.historyRetentionDays);
    m_historyMegabytes->setValue(p.options.historyMaxMegabytes);
    fillLines(p);
}

void ProgrammingPage::fillLines(const core::Programming &p)
{
    // One row per extension, one column per outside line: a tick where the line rings it.
    // Only the controller's lines get a column: a line beyond them (99, or 70000 typed in the
    // Lines column) stays in that column's text, for Check to name (issue 9 item 5).
    const int lines = lineCount();
    const QSignalBlocker blocker(m_linesTable);
    m_fillingLines = true;
    m_linesTable->clear();
    m_linesTable->setRowCount(int(p.extensions.size()));
    m_linesTable->setColumnCount(lines);
    QStringList rows;
    for (int r = 0; r < p.extensions.size(); ++r) {
        const core::ExtensionConfig &e = p.extensions.at(r);
        rows << (e.name.isEmpty() ? e.number : e.number + QLatin1Char(' ') + e.name);
        for (int l = 1; l <= lines; ++l) {
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(e.lines.contains(l) ? Qt::Checked : Qt::Unchecked);
            m_linesTable->setItem(r, l - 1, item);
        }
    }
    m_linesTable->setVerticalHeaderLabels(rows);
    m_fillingLines = false;
    updateLineHeaders();
}

void ProgrammingPage::lineToggled(QTableWidgetItem *item)
{
    if (m_fillingLines || !item)
        return;
    // The extension table's Lines column is what edited() reads: keep it in step. What the
    // ticks cannot show (a mistyped entry) stays, for the check to name.
    const int r = item->row();
    QStringList lines;
    if (QTableWidgetItem *cell = m_table->item(r, Lines)) {
        for (const QString &token : lineTokens(cell->text())) {
            bool ok = false;
            const int l = token.toInt(&ok);
            if (!ok || l < 1 || l > m_linesTable->columnCount())
                lines << token;
        }
    }
    for (int c = 0; c < m_linesTable->columnCount(); ++c) {
        if (m_linesTable->item(r, c)->checkState() == Qt::Checked)
            lines << QString::number(c + 1);
    }
    if (QTableWidgetItem *cell = m_table->item(r, Lines))
        cell->setText(lines.join(QLatin1Char(' ')));
    updateLineHeaders();
}

void ProgrammingPage::updateLineHeaders()
{
    QStringList headers;
    QStringList silent;
    for (int c = 0; c < m_linesTable->columnCount(); ++c) {
        int count = 0;
        for (int r = 0; r < m_linesTable->rowCount(); ++r)
            count += m_linesTable->item(r, c)->checkState() == Qt::Checked ? 1 : 0;
        headers << tr("Line %1\n%n station(s)", nullptr, count).arg(c + 1);
        if (count == 0)
            silent << QString::number(c + 1);
    }
    m_linesTable->setHorizontalHeaderLabels(headers);
    m_linesNote->setText(silent.isEmpty()
            ? QString()
            : tr("Rings no station: line %1. Its calls would go unanswered.")
                  .arg(silent.join(QStringLiteral(", "))));
}

core::Programming ProgrammingPage::edited() const
{
    core::Programming p;
    p.factory = false;
    p.options.callbackEnabled = m_callback->isChecked();
    p.options.campOnTones = m_campOn->isChecked();
    p.options.ringLimit = m_ringLimit->value();
    p.options.guardDelay = core::Millis(m_guard->value()) * 1000;
    p.options.expiry = core::Millis(m_expiry->value()) * 60000;
    p.options.maxRequestsPerTarget = m_perTarget->value();
    p.options.maxRequestsPerCaller = m_perCaller->value();
    p.options.holdRecallSeconds = m_holdRecall->value();
    p.options.transferRecallSeconds = m_transferRecall->value();
    p.options.historyRetentionDays = m_historyDays->value();
    p.options.historyMaxMegabytes = m_historyMegabytes->value();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        core::ExtensionConfig e;
        e.port = m_table->item(r, Port)->text().trimmed().toInt();
        e.number = m_table->item(r, Number)->text().trimmed();
        e.name = m_table->item(r, Name)->text();
        if (auto *type = qobject_cast<QComboBox *>(m_table->cellWidget(r, Type)))
            e.type = core::ExtensionType(type->currentData().toInt());
        e.receivesCampOnTones = m_table->item(r, CampOn)->checkState() == Qt::Checked;
        for (const QString &l : lineTokens(m_table->item(r, Lines)->text()))
            e.lines << (l.toInt() > 0 ? l.toInt() : -1); // -1: "line … is out of range" names it
        p.extensions << e;
    }
    return p;
}

QStringList ProgrammingPage::check()
{
    const QVector<core::ProgrammingProblem> found
        = edited().findProblems(core::Programming::Checks::Edit, controllerSize());
    QStringList problems;
    for (const core::ProgrammingProblem &p : found)
        problems << p.text;
    setApplyEnabled();
    showProblems(found);
    m_message->setText(problems.isEmpty()
            ? tr("No problems: the programming can be applied.")
            : tr("%n problem(s): nothing is applied until they are mended.", nullptr,
                int(problems.size())));
    return problems;
}

QStringList ProgrammingPage::pendingChanges() const
{
    return core::describeChanges(m_base, edited());
}

QString ProgrammingPage::applyConfirmed()
{
    if (!check().isEmpty())
        return m_message->text();
    if (m_mustChange)
        return tr("This is the factory password: change it before applying a change.");
    if (m_applying)
        return tr("A change is being applied: wait for its answer.");
    if (m_baseRevision < 0)
        return tr("The programming in force has not arrived from the call service yet.");
    const core::Programming sent = edited();
    const int changes = int(pendingChanges().size());
    // The programming file's format, as R/state/programming carries it.
    const QJsonObject programming
        = QJsonDocument::fromJson(core::programmingjson::write(sent)).object();
    m_applying = true;
    setApplyEnabled();
    m_reload->setVisible(false);
    m_message->setText(tr("Applying %n change(s)…", nullptr, changes));
    const quint64 locks = m_locks;
    send({{QStringLiteral("action"), QStringLiteral("apply-programming")},
             {QStringLiteral("programming"), programming},
             {QStringLiteral("basedOn"), m_baseRevision}},
        [this, sent, changes, locks](client::CommandOperation *op) {
            m_applying = false;
            if (m_locks != locks && !op->isOk()) {
                // Locked meanwhile: the refusal is not shown to whoever comes next.
                setApplyEnabled();
                emit answered(QStringLiteral("apply-programming"), refusal(op));
                return;
            }
            applyAnswered(op, sent, changes);
        });
    return QString();
}

void ProgrammingPage::applyAnswered(
    client::CommandOperation *op, const core::Programming &sent, int changes)
{
    setApplyEnabled();
    if (!op->isOk()) {
        // Nothing was applied: the edits stay, for another try or a reload.
        const QString error = refusal(op);
        m_message->setText(error);
        m_reload->setVisible(op->errorCode() == QLatin1String("conflict"));
        if (op->errorCode() == QLatin1String("forbidden") && m_access == Access::Password) {
            lock();
            m_lockMessage->setText(error);
        }
        emit answered(QStringLiteral("apply-programming"), error);
        return;
    }
    // In force from the revision the answer names; the table follows once the picture holds
    // it (it may already).
    const qint64 revision = op->reply().value(QStringLiteral("revision")).toInteger(-1);
    m_base = sent;
    m_awaitRevision = revision;
    if (revision >= 0 && m_client->picture().programmingRevision() >= revision) {
        m_awaitRevision = -1;
        revert();
    }
    m_message->setText(tr("Applied and saved: %n change(s).", nullptr, changes));
    emit done(m_message->text());
    emit answered(QStringLiteral("apply-programming"), QString());
    if (m_sections->currentIndex() == AuditSection)
        m_audit->refresh();
}

void ProgrammingPage::setApplyEnabled()
{
    m_apply->setEnabled(!m_mustChange && !m_applying);
}

core::ControllerSize ProgrammingPage::controllerSize() const
{
    const client::LinkHealth &link = m_client->picture().link();
    core::ControllerSize size;
    size.stations = link.stations;
    size.lines = link.lines;
    return size;
}

int ProgrammingPage::lineCount() const
{
    return int(m_client->picture().lines().size());
}

int ProgrammingPage::removedExtensions() const
{
    QSet<int> kept;
    for (const core::ExtensionConfig &e : edited().extensions)
        kept.insert(e.port);
    return int(std::count_if(m_base.extensions.cbegin(), m_base.extensions.cend(),
        [&kept](const core::ExtensionConfig &e) { return !kept.contains(e.port); }));
}

QString ProgrammingPage::applyQuestion() const
{
    const QStringList changes = pendingChanges();
    QString text = tr("%n change(s) take effect at once:", nullptr, int(changes.size()));
    // Removals first and counted (a CSV import replaces the whole table): they may be past the
    // first lines the box shows.
    if (const int removed = removedExtensions(); removed > 0)
        text = tr("%n extension(s) will be removed.", nullptr, removed) + QLatin1Char(' ') + text;
    return text;
}

void ProgrammingPage::applyAsked()
{
    if (!check().isEmpty())
        return;
    const QStringList changes = pendingChanges();
    if (changes.isEmpty()) {
        m_message->setText(tr("Nothing has changed."));
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Apply the programming"), applyQuestion(),
        QMessageBox::Apply | QMessageBox::Cancel, this);
    box.setDetailedText(changes.join(QLatin1Char('\n')));
    box.setInformativeText(changes.mid(0, 8).join(QLatin1Char('\n'))
        + (changes.size() > 8 ? QStringLiteral("\n…") : QString()));
    // The page may have locked itself while the question waited.
    if (box.exec() == QMessageBox::Apply && isUnlocked())
        applyConfirmed();
}

void ProgrammingPage::showProblems(const QVector<core::ProgrammingProblem> &problems)
{
    // core says where each problem is: no reading back of its (translated) words.
    using Field = core::ProgrammingProblem::Field;
    m_problems->clear();
    for (const core::ProgrammingProblem &p : problems) {
        auto *item = new QListWidgetItem(p.text, m_problems);
        int column = Number;
        QWidget *option = nullptr;
        switch (p.field) {
        case Field::Table:
        case Field::Number:
            column = Number;
            break;
        case Field::Name:
            column = Name;
            break;
        case Field::Type:
            column = Type;
            break;
        case Field::Port:
            column = Port;
            break;
        case Field::CampOn:
            column = CampOn;
            break;
        case Field::Lines:
            column = Lines;
            break;
        case Field::RingLimit:
            option = m_ringLimit;
            break;
        case Field::GuardDelay:
            option = m_guard;
            break;
        case Field::Expiry:
            option = m_expiry;
            break;
        case Field::RequestsPerTarget:
            option = m_perTarget;
            break;
        case Field::RequestsPerCaller:
            option = m_perCaller;
            break;
        case Field::HoldRecall:
            option = m_holdRecall;
            break;
        case Field::TransferRecall:
            option = m_transferRecall;
            break;
        }
        // A problem of the whole table: no attendant goes to port 1's type; an empty table to
        // the table itself (row -1).
        const int row = p.row >= 0 || p.field == Field::Table ? p.row : 0;
        item->setData(ProblemRow, row);
        item->setData(ProblemColumn, column);
        item->setData(ProblemOption, option ? int(optionFields().indexOf(option)) : -1);
    }
}

QVector<QWidget *> ProgrammingPage::optionFields() const
{
    return {m_ringLimit, m_guard, m_expiry, m_perTarget, m_perCaller, m_holdRecall,
        m_transferRecall, m_historyDays, m_historyMegabytes};
}

void ProgrammingPage::goToProblem(QListWidgetItem *item)
{
    if (!item || !item->data(ProblemColumn).isValid())
        return;
    const int option = item->data(ProblemOption).toInt();
    if (option >= 0) {
        m_sections->setCurrentIndex(OptionsSection);
        QWidget *w = optionFields().value(option);
        if (!w)
            return;
        w->setFocus(Qt::OtherFocusReason);
        if (auto *spin = qobject_cast<QSpinBox *>(w))
            spin->selectAll();
        return;
    }
    const int row = item->data(ProblemRow).toInt();
    const int column = item->data(ProblemColumn).toInt();
    m_sections->setCurrentIndex(ExtensionsSection);
    if (row < 0 || row >= m_table->rowCount()) {
        m_table->setFocus(Qt::OtherFocusReason); // the whole table (it is empty)
        return;
    }
    m_table->setCurrentCell(row, column);
    m_table->scrollTo(m_table->model()->index(row, column));
    if (QWidget *cell = m_table->cellWidget(row, column))
        cell->setFocus(Qt::OtherFocusReason);
    else
        m_table->setFocus(Qt::OtherFocusReason);
}

void ProgrammingPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import extensions"), QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        importCsvFile(path);
}

void ProgrammingPage::importCsvFile(const QString &path)
{
    // Reading waits on the disk: a worker reads, the table is filled here once the text is in.
    struct Read
    {
        QByteArray text;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Read>(this);
    const quint64 locks = m_locks;
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher, path, locks] {
        watcher->deleteLater();
        // Like Apply: a page locked meanwhile (on purpose or idle, even if unlocked again since)
        // takes nothing from a file chosen before the lock.
        if (!isUnlocked() || m_locks != locks) {
            emit csvImported(tr("%1 was not imported: the page was locked.").arg(path));
            return;
        }
        const Read read = watcher->result();
        if (!read.error.isEmpty())
            m_message->setText(tr("Cannot read %1: %2").arg(path, read.error));
        emit csvImported(read.error.isEmpty() ? csvRead(path, read.text) : m_message->text());
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Read read;
        // A FIFO or a device would block the worker (and the exit) or never end: only a
        // regular file is read, checked once open, and only up to a bound.
        if (std::optional<QByteArray> text = storage::RegularFile::read(path, &read.error))
            read.text = std::move(*text);
        return read;
    }));
}

QString ProgrammingPage::csvRead(const QString &path, const QByteArray &text)
{
    QStringList errors;
    const auto rows = core::extensioncsv::read(text, &errors, controllerSize());
    if (!rows) {
        // Nothing of a bad file is kept: the table stays as it was.
        m_problems->clear();
        m_problems->addItems(errors);
        m_message->setText(tr("%1 was not imported: mend the rows listed.").arg(path));
        return m_message->text();
    }
    core::Programming p = edited();
    p.extensions = *rows;
    fill(p);
    m_problems->clear();
    // The file replaces the whole table: say what goes, not only what comes.
    const int removed = removedExtensions();
    m_message->setText(
        tr("%n extension(s) imported; Apply to use them.", nullptr, int(rows->size()))
        + (removed > 0 ? QLatin1Char(' ')
                    + tr("The file replaces the whole table: %n extension(s) not in it will be "
                         "removed.",
                        nullptr, removed)
                       : QString()));
    return QString();
}

void ProgrammingPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export extensions"), QStringLiteral("extensions.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void ProgrammingPage::exportCsvTo(const QString &path)
{
    // The text is made here, from the table; writing and fsync wait on the disk, so a worker
    // does them. Checked and synced: a full disk is reported, never an export cut short.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        m_message->setText(error.isEmpty() ? tr("Extensions exported to %1.").arg(path) : error);
        emit csvExported(error);
    });
    watcher->setFuture(
        QtConcurrent::run([path, csv = core::extensioncsv::write(edited().extensions)] {
            const QString error = storage::AtomicFile::save(path, csv);
            return error.isEmpty() ? QString() : tr("Cannot write %1: %2").arg(path, error);
        }));
}

QVector<int> ProgrammingPage::selectedRows() const
{
    QVector<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes()) {
        if (!rows.contains(i.row()))
            rows << i.row();
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ProgrammingPage::selectRows(const QVector<int> &rows)
{
    m_table->clearSelection();
    for (int r : rows)
        m_table->selectionModel()->select(
            m_table->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QString ProgrammingPage::renumberSelected(const QString &first, int step)
{
    const QVector<int> rows = selectedRows();
    core::Programming p = edited();
    const QString error = core::BulkEdit::renumber(p.extensions, rows, first.trimmed(), step);
    if (!error.isEmpty()) {
        m_message->setText(error);
        return error;
    }
    fill(p);
    selectRows(rows);
    check(); // a clash with a row outside the range shows at once
    return QString();
}

QString ProgrammingPage::copySettingsToSelected(core::BulkEdit::Settings settings)
{
    const int from = m_table->currentRow();
    QVector<int> rows = selectedRows();
    rows.removeAll(from);
    core::Programming p = edited();
    const QString error = core::BulkEdit::copySettings(p.extensions, from, rows, settings);
    if (!error.isEmpty()) {
        m_message->setText(error);
        return error;
    }
    fill(p);
    selectRows(rows);
    m_message->setText(
        tr("Settings of extension %1 copied to %n row(s).", nullptr, int(rows.size()))
            .arg(p.extensions.at(from).number));
    return QString();
}

void ProgrammingPage::renumberAsked()
{
    const QVector<int> rows = selectedRows();
    if (rows.isEmpty()) {
        m_message->setText(tr("Select the rows to renumber first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Renumber extensions"));
    auto *first = new QLineEdit(m_table->item(rows.first(), Number)->text(), &dialog);
    auto *step = new QSpinBox(&dialog);
    step->setRange(1, 1000);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(
        new QLabel(tr("%n selected row(s), in table order.", nullptr, int(rows.size())), &dialog));
    form->addRow(tr("First number:"), first);
    form->addRow(tr("Step:"), step);
    form->addRow(box);
    if (dialog.exec() == QDialog::Accepted)
        renumberSelected(first->text(), step->value());
}

void ProgrammingPage::copyAsked()
{
    const int from = m_table->currentRow();
    QVector<int> rows = selectedRows();
    rows.removeAll(from);
    if (from < 0 || rows.isEmpty()) {
        m_message->setText(tr("Select the rows to copy to, with the row to copy from current."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Copy settings"));
    auto *type = new QCheckBox(tr("Type"), &dialog);
    auto *campOn = new QCheckBox(tr("Camp-on tones"), &dialog);
    auto *lines = new QCheckBox(tr("Lines"), &dialog);
    campOn->setChecked(true);
    lines->setChecked(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("From extension %1 to %n other row(s):", nullptr, int(rows.size()))
                       .arg(m_table->item(from, Number)->text()),
            &dialog));
    for (QCheckBox *c : {type, campOn, lines})
        layout->addWidget(c);
    layout->addWidget(box);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::BulkEdit::Settings what;
    what.setFlag(core::BulkEdit::Type, type->isChecked());
    what.setFlag(core::BulkEdit::CampOnTones, campOn->isChecked());
    what.setFlag(core::BulkEdit::Lines, lines->isChecked());
    copySettingsToSelected(what);
}

core::Connection ProgrammingPage::connectionInForce() const
{
    return m_client->picture().link().connection.value_or(core::Connection());
}

void ProgrammingPage::showConnection()
{
    if (!m_client->picture().link().connection) {
        m_connectionNow->setText(tr("In use: not yet known (waiting for the call service)."));
        return;
    }
    const core::Connection now = connectionInForce();
    // Described here, in the console's language (the service's description is English).
    m_connectionNow->setText(tr("In use: %1.").arg(now.describe()));
    switch (now.kind) {
    case core::Connection::Kind::Simulated:
        m_simRadio->setChecked(true);
        break;
    case core::Connection::Kind::Serial:
        m_serialRadio->setChecked(true);
        break;
    case core::Connection::Kind::Usb:
        m_usbRadio->setChecked(true);
        break;
    }
    m_simStations->setValue(now.stations);
    m_simLines->setValue(now.lines);
    if (now.kind == core::Connection::Kind::Serial) {
        m_serialPort->setCurrentIndex(m_serialPort->findData(now.serialPort));
        if (m_serialPort->currentIndex() < 0)
            m_serialPort->setEditText(now.serialPort);
    }
    m_baud->setCurrentIndex(qMax(0, m_baud->findData(now.baud)));
    if (now.kind == core::Connection::Kind::Usb)
        m_usbDevice->setEditText(core::usbId(now.vendorId, now.productId));
}

void ProgrammingPage::showConnectionSection()
{
    m_sections->setCurrentIndex(ConnectionSection);
    if (!isUnlocked()) {
        m_lockMessage->setText(tr("Unlock to choose another controller."));
        m_password->setFocus();
    }
}

void ProgrammingPage::discover()
{
    if (m_access == Access::Account)
        return; // list-devices is for the console beside the service only
    m_discoveryNote->setText(tr("Looking for serial ports and USB devices…"));
    m_look->setEnabled(false);
    send({{QStringLiteral("action"), QStringLiteral("list-devices")}},
        [this](client::CommandOperation *op) {
            m_look->setEnabled(true);
            if (!op->isOk()) {
                m_discoveryNote->setText(
                    tr("The devices could not be listed: %1").arg(CommandFeedback::why(*op)));
                emit devicesListed();
                return;
            }
            const core::Devices found = client::connectionjson::readDevices(op->reply());
            const QString serialText = m_serialPort->currentText();
            const QString usbText = m_usbDevice->currentText();
            m_serialPort->clear();
            for (const core::SerialPortChoice &c : found.serialPorts) {
                m_serialPort->addItem(c.text(), c.location);
                m_serialPort->setItemData(
                    m_serialPort->count() - 1, c.serialNumber, Qt::UserRole + 1);
            }
            m_usbDevice->clear();
            for (const core::UsbDeviceChoice &c : found.usbDevices)
                m_usbDevice->addItem(c.text(), core::usbId(c.vendorId, c.productId));
            // Keep what was chosen or typed.
            const int s = findChoice(m_serialPort, serialText);
            if (s >= 0)
                m_serialPort->setCurrentIndex(s);
            else
                m_serialPort->setEditText(serialText);
            const int u = m_usbDevice->findText(usbText);
            if (u >= 0)
                m_usbDevice->setCurrentIndex(u);
            else
                m_usbDevice->setEditText(usbText);
            m_discoveryNote->setText(tr("Serial ports found: %1. USB devices found: %2.")
                                         .arg(found.serialPorts.size())
                                         .arg(found.usbDevices.size()));
            emit devicesListed();
        });
}

core::Connection ProgrammingPage::chosenConnection() const
{
    core::Connection c = connectionInForce();
    if (m_simRadio->isChecked()) {
        c.kind = core::Connection::Kind::Simulated;
        c.stations = m_simStations->value();
        c.lines = m_simLines->value();
    } else if (m_serialRadio->isChecked()) {
        c.kind = core::Connection::Kind::Serial;
        // A port from the list is named by its device; anything else is taken as typed.
        const QString typed = m_serialPort->currentText().trimmed();
        const int i = findChoice(m_serialPort, typed);
        if (i >= 0) {
            c.serialPort = m_serialPort->itemData(i).toString();
            c.serialNumber = m_serialPort->itemData(i, Qt::UserRole + 1).toString();
        } else if (typed != c.serialPort) {
            c.serialPort = typed;
            c.serialNumber.clear();
        } // else the port in use, with the serial number it was found by
        c.baud = m_baud->currentData().toInt();
    } else {
        c.kind = core::Connection::Kind::Usb;
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("^\\s*([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\\b"))
                  .match(m_usbDevice->currentText());
        c.vendorId = m.hasMatch() ? quint16(m.captured(1).toUInt(nullptr, 16)) : 0;
        c.productId = m.hasMatch() ? quint16(m.captured(2).toUInt(nullptr, 16)) : 0;
    }
    return c;
}

QString ProgrammingPage::connectChosen()
{
    const core::Connection c = chosenConnection();
    QString error = c.problem();
    if (error.isEmpty() && c == connectionInForce())
        error = tr("Already connected that way.");
    if (!error.isEmpty()) {
        m_message->setText(error);
        return error;
    }
    m_message->setText(tr("Switching to the %1…").arg(c.describe()));
    m_connect->setEnabled(false);
    const quint64 locks = m_locks;
    send({{QStringLiteral("action"), QStringLiteral("set-connection")},
             {QStringLiteral("connection"), client::connectionjson::write(c)}},
        [this, c, locks](client::CommandOperation *op) {
            m_connect->setEnabled(true);
            const QString error = op->isOk() ? QString() : refusal(op);
            if (m_locks == locks) {
                m_message->setText(error.isEmpty()
                        ? tr("Connecting to the %1; it is kept for the next start.")
                              .arg(c.describe())
                        : error);
                if (op->errorCode() == QLatin1String("forbidden") && m_access == Access::Password) {
                    lock();
                    m_lockMessage->setText(error);
                }
            }
            showConnection(); // the service says what is in use, even when it was not kept
            if (error.isEmpty())
                emit done(m_message->text());
            emit answered(QStringLiteral("set-connection"), error);
            if (error.isEmpty() && m_sections->currentIndex() == AuditSection)
                m_audit->refresh();
        });
    return QString();
}

void ProgrammingPage::connectAsked()
{
    const core::Connection c = chosenConnection();
    if (!c.problem().isEmpty() || c == connectionInForce()) {
        connectChosen(); // says what is wrong
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Switch the connection"),
        tr("Switch to the %1 now?").arg(c.describe()), QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box.setInformativeText(
        tr("The link drops for a moment. Requests are kept when the same controller answers "
           "again; another controller starts afresh (a reset)."));
    if (box.exec() == QMessageBox::Yes && isUnlocked())
        connectChosen();
}

} // namespace sb::ui
