#include "programmingpage.h"

#include "core/extensioncsv.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

enum Column { Port, Number, Name, Type, CampOn, Lines, ColumnCount };

} // namespace

ProgrammingPage::ProgrammingPage(Configurator *configurator, QWidget *parent)
    : QWidget(parent)
    , m_configurator(configurator)
    , m_stack(new QStackedWidget(this))
    , m_password(new QLineEdit(this))
    , m_newPassword(new QLineEdit(this))
    , m_newPassword2(new QLineEdit(this))
    , m_changeBox(new QGroupBox(tr("Change the installer password"), this))
    , m_lockMessage(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_callback(new QCheckBox(tr("Callback enabled"), this))
    , m_campOn(new QCheckBox(tr("Camp-on tones system-wide"), this))
    , m_ringLimit(new QSpinBox(this))
    , m_guard(new QSpinBox(this))
    , m_expiry(new QSpinBox(this))
    , m_perTarget(new QSpinBox(this))
    , m_perCaller(new QSpinBox(this))
    , m_problems(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_apply(new QPushButton(tr("Apply…"), this))
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
    lockLayout->addWidget(m_lockMessage);
    lockLayout->addStretch();

    // The editor.
    auto *editPage = new QWidget(this);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Port"), tr("Number"), tr("Name"), tr("Type"), tr("Camp-on tones"), tr("Lines")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(true);
    m_table->setAccessibleName(tr("Extension table"));
    m_ringLimit->setRange(1, 15);
    m_guard->setRange(0, 60);
    m_guard->setSuffix(tr(" s"));
    m_expiry->setRange(0, 1440);
    m_expiry->setSuffix(tr(" min"));
    m_expiry->setSpecialValueText(tr("never"));
    m_perTarget->setRange(1, 1000);
    m_perCaller->setRange(1, 1000);
    auto *options = new QGroupBox(tr("System options"), this);
    auto *form = new QFormLayout(options);
    form->addRow(m_callback);
    form->addRow(m_campOn);
    form->addRow(tr("Callback rings before it is cancelled:"), m_ringLimit);
    form->addRow(tr("Guard delay:"), m_guard);
    form->addRow(tr("Requests expire after:"), m_expiry);
    form->addRow(tr("Requests waiting at one extension:"), m_perTarget);
    form->addRow(tr("Requests one caller may leave:"), m_perCaller);

    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword2->setEchoMode(QLineEdit::Password);
    auto *changeButton = new QPushButton(tr("Change password"), this);
    auto *changeForm = new QFormLayout(m_changeBox);
    changeForm->addRow(tr("New password:"), m_newPassword);
    changeForm->addRow(tr("Again:"), m_newPassword2);
    changeForm->addRow(changeButton);
    connect(changeButton, &QPushButton::clicked, this, [this] {
        if (m_newPassword->text() != m_newPassword2->text()) {
            m_message->setText(tr("The two new passwords differ."));
            return;
        }
        const QString error
            = m_configurator->changePassword(m_password->text(), m_newPassword->text());
        m_message->setText(error.isEmpty() ? tr("The installer password is changed.") : error);
        if (error.isEmpty()) {
            m_password->setText(m_newPassword->text());
            m_newPassword->clear();
            m_newPassword2->clear();
        }
        m_apply->setEnabled(!m_configurator->mustChangePassword());
    });

    auto *checkButton = new QPushButton(tr("Check"), this);
    auto *revertButton = new QPushButton(tr("Revert"), this);
    auto *importButton = new QPushButton(tr("Import CSV…"), this);
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    auto *lockButton = new QPushButton(tr("Lock"), this);
    connect(checkButton, &QPushButton::clicked, this, [this] { check(); });
    connect(revertButton, &QPushButton::clicked, this, &ProgrammingPage::revert);
    connect(importButton, &QPushButton::clicked, this, &ProgrammingPage::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &ProgrammingPage::exportCsv);
    connect(lockButton, &QPushButton::clicked, this, &ProgrammingPage::lock);
    connect(m_apply, &QPushButton::clicked, this, &ProgrammingPage::applyAsked);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b :
        {checkButton, m_apply, revertButton, importButton, exportButton, lockButton})
        buttons->addWidget(b);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setMaximumHeight(110);
    m_message->setWordWrap(true);

    auto *side = new QVBoxLayout;
    side->addWidget(options);
    side->addWidget(m_changeBox);
    side->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 3);
    top->addLayout(side, 1);
    auto *editLayout = new QVBoxLayout(editPage);
    editLayout->addLayout(top);
    editLayout->addWidget(m_problems);
    editLayout->addWidget(m_message);
    editLayout->addLayout(buttons);

    m_stack->addWidget(lockPage);
    m_stack->addWidget(editPage);
    (new QVBoxLayout(this))->addWidget(m_stack);
}

bool ProgrammingPage::isUnlocked() const
{
    return m_stack->currentIndex() == 1;
}

void ProgrammingPage::unlock(const QString &password)
{
    switch (m_configurator->checkPassword(password)) {
    case Configurator::Check::Locked:
        m_lockMessage->setText(tr("Locked for %1 s after too many wrong passwords.")
                                   .arg(m_configurator->lockedSeconds()));
        return;
    case Configurator::Check::Wrong:
        m_lockMessage->setText(tr("Wrong password."));
        return;
    case Configurator::Check::Accepted:
        break;
    }
    m_password->setText(password);
    m_lockMessage->clear();
    m_stack->setCurrentIndex(1);
    m_changeBox->setVisible(true);
    m_apply->setEnabled(!m_configurator->mustChangePassword());
    m_message->setText(m_configurator->mustChangePassword()
            ? tr("This is the factory password: change it before applying a change.")
            : QString());
    revert();
}

void ProgrammingPage::lock()
{
    m_password->clear();
    m_stack->setCurrentIndex(0);
}

void ProgrammingPage::revert()
{
    m_base = m_configurator->current();
    fill(m_base);
    m_problems->clear();
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
        auto *type = new QComboBox(m_table);
        type->addItem(tr("keyset"), int(core::ExtensionType::Keyset));
        type->addItem(tr("single-line"), int(core::ExtensionType::SingleLine));
        type->addItem(tr("attendant"), int(core::ExtensionType::Attendant));
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
    for (int r = 0; r < m_table->rowCount(); ++r) {
        core::ExtensionConfig e;
        e.port = m_table->item(r, Port)->text().trimmed().toInt();
        e.number = m_table->item(r, Number)->text().trimmed();
        e.name = m_table->item(r, Name)->text();
        if (auto *type = qobject_cast<QComboBox *>(m_table->cellWidget(r, Type)))
            e.type = core::ExtensionType(type->currentData().toInt());
        e.receivesCampOnTones = m_table->item(r, CampOn)->checkState() == Qt::Checked;
        for (const QString &l : m_table->item(r, Lines)->text().split(
                 QRegularExpression(QStringLiteral("[ ;,]+")), Qt::SkipEmptyParts))
            e.lines << (l.toInt() > 0 ? l.toInt() : -1); // -1: "line … is out of range" names it
        p.extensions << e;
    }
    return p;
}

QStringList ProgrammingPage::check()
{
    const QStringList problems = edited().problems();
    m_apply->setEnabled(!m_configurator->mustChangePassword());
    m_problems->clear();
    m_problems->addItems(problems);
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
    if (m_configurator->mustChangePassword())
        return tr("This is the factory password: change it before applying a change.");
    const QString error = m_configurator->apply(edited());
    if (!error.isEmpty()) {
        m_message->setText(error);
        return error;
    }
    const int n = int(pendingChanges().size());
    revert();
    m_message->setText(tr("Applied and saved: %n change(s).", nullptr, n));
    emit done(m_message->text());
    return QString();
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
    QMessageBox box(QMessageBox::Question, tr("Apply the programming"),
        tr("%n change(s) take effect at once:", nullptr, int(changes.size())),
        QMessageBox::Apply | QMessageBox::Cancel, this);
    box.setDetailedText(changes.join(QLatin1Char('\n')));
    box.setInformativeText(changes.mid(0, 8).join(QLatin1Char('\n'))
        + (changes.size() > 8 ? QStringLiteral("\n…") : QString()));
    if (box.exec() == QMessageBox::Apply)
        applyConfirmed();
}

void ProgrammingPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import extensions"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    QStringList errors;
    const auto rows = core::extensioncsv::read(f.readAll(), &errors);
    if (!rows) {
        m_problems->clear();
        m_problems->addItems(errors);
        m_message->setText(tr("%1 was not imported: mend the rows listed.").arg(path));
        return;
    }
    core::Programming p = edited();
    p.extensions = *rows;
    fill(p);
    m_message->setText(
        tr("%n extension(s) imported; Apply to use them.", nullptr, int(rows->size())));
}

void ProgrammingPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export extensions"), QStringLiteral("extensions.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(core::extensioncsv::write(edited().extensions)) < 0
        || !f.commit())
        m_message->setText(tr("Cannot write %1: %2").arg(path, f.errorString()));
    else
        m_message->setText(tr("Extensions exported to %1.").arg(path));
}

} // namespace sb::ui
