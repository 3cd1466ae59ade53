#pragma once

#include "configurator.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace sb::ui {

/// The installer's programming, behind the password: the extension table and the system
/// options, checked before anything applies, applied live after a preview, kept in the file.
class ProgrammingPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProgrammingPage(Configurator *configurator, QWidget *parent = nullptr);

    /// Tries the password; the page opens on success.
    void unlock(const QString &password);
    void lock();
    bool isUnlocked() const;
    /// The programming as edited (not yet applied).
    core::Programming edited() const;
    /// The problems of the edited programming, each naming row and field.
    QStringList check();
    /// What applying would change, a line each.
    QStringList pendingChanges() const;
    /// Applies without asking (the Apply button asks first, showing pendingChanges()).
    QString applyConfirmed();
    /// Reloads the table from the programming in force.
    void revert();

    QTableWidget *table() const { return m_table; }
    QListWidget *problems() const { return m_problems; }
    QLabel *message() const { return m_message; }
    QSpinBox *ringLimit() const { return m_ringLimit; }

signals:
    /// A line for the status bar.
    void done(const QString &message);

private:
    void fill(const core::Programming &p);
    void applyAsked();
    void importCsv();
    void exportCsv();

    Configurator *m_configurator;
    QStackedWidget *m_stack;
    QLineEdit *m_password;
    QLineEdit *m_newPassword;
    QLineEdit *m_newPassword2;
    QWidget *m_changeBox;
    QLabel *m_lockMessage;
    QTableWidget *m_table;
    QCheckBox *m_callback;
    QCheckBox *m_campOn;
    QSpinBox *m_ringLimit;
    QSpinBox *m_guard;
    QSpinBox *m_expiry;
    QSpinBox *m_perTarget;
    QSpinBox *m_perCaller;
    QListWidget *m_problems;
    QLabel *m_message;
    QPushButton *m_apply;
    core::Programming m_base; // what the edit started from
};

} // namespace sb::ui
