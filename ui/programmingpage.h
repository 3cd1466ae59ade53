#pragma once

#include "core/bulkedit.h"
#include "core/connection.h"
#include "core/programming.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;
class QTabWidget;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTableWidgetItem;
class QListWidgetItem;
class QTimer;

namespace sb::client {
class Client;
class CommandOperation;
} // namespace sb::client

namespace sb::ui {

class AuditView;

/// The installer's programming: the extension table (with range edits), the outside lines, the
/// system options, the connection and the audit log, checked before anything applies, applied
/// live after a preview, kept in the file. Everything goes through the client as commands
/// (apply-programming, set-connection, audit, and in-process the password's): the page never
/// waits for an answer; it shows that one is pending, then what it said.
class ProgrammingPage : public QWidget
{
    Q_OBJECT
public:
    /// The page locks itself after this long without input on it (issue 9 item 17).
    static constexpr int idleLockMs = 10 * 60 * 1000;

    /// How the installer role is had. Password: the service runs in this process and the page
    /// asks the installer password (check-password, change-password, lock). Account: the
    /// console is on the bus and its broker account holds the installer role: no second
    /// password, no lock (docs/console.md). Client::asksInstallerPassword() decides.
    enum class Access { Password, Account };

    explicit ProgrammingPage(client::Client *client, QWidget *parent = nullptr);

    Access access() const { return m_access; }
    /// Sends the password (check-password); the page opens when the service accepts it, else
    /// the lock says why. answered("check-password", …) tells.
    void unlock(const QString &password);
    void lock();
    bool isUnlocked() const;
    /// A command of the page (apply, connect, password) waits for its answer.
    bool isPending() const { return m_pending > 0; }
    /// Shortens the idle lock (tests).
    void setIdleLockInterval(int ms);
    /// Milliseconds until the idle lock, or -1 while locked.
    int idleLockRemaining() const;
    /// Selects the cell or field a problem of the list names (clicking one does it).
    void goToProblem(QListWidgetItem *item);
    /// The programming as edited (not yet applied).
    core::Programming edited() const;
    /// The problems of the edited programming, each naming row and field.
    QStringList check();
    /// What applying would change, a line each.
    QStringList pendingChanges() const;
    /// How many extensions in force applying would remove (by port).
    int removedExtensions() const;
    /// The question Apply asks, removals counted first ("25 extension(s) will be removed. …").
    QString applyQuestion() const;
    /// Sends the edited programming without asking (the Apply button asks first, showing
    /// pendingChanges()): returns what stops it (a problem, the factory password) or an empty
    /// string once sent; answered("apply-programming", error) tells the outcome.
    QString applyConfirmed();
    /// Reloads the table from the programming in force (dropping the edits).
    void revert();
    /// The revision the edits are based on (apply-programming's basedOn), or -1.
    qint64 baseRevision() const { return m_baseRevision; }
    /// Reads a CSV file of extensions off the UI thread, then fills the table if it is good;
    /// csvImported() tells the outcome.
    void importCsvFile(const QString &path);
    /// Writes the edited extensions as CSV to `path` off the UI thread; csvExported() tells the
    /// outcome, and the page's message says it.
    void exportCsvTo(const QString &path);

    /// The rows selected in the extension table, in order.
    QVector<int> selectedRows() const;
    /// Renumbers the selected rows from `first`; returns an empty string or what is wrong.
    QString renumberSelected(const QString &first, int step);
    /// Copies settings of the current row to the other selected rows.
    QString copySettingsToSelected(core::BulkEdit::Settings settings);

    /// The connection as chosen on the page (not yet in use).
    core::Connection chosenConnection() const;
    /// Sends the chosen connection without asking (set-connection): returns what is wrong with
    /// it, or an empty string once sent; answered("set-connection", error) tells the outcome.
    QString connectChosen();
    /// Shows the connection section (behind the password: the lock says why it is asked).
    void showConnectionSection();
    /// Asks the service for its devices again (list-devices; devicesListed() tells when done).
    void discover();
    /// The connection the service uses now, as it publishes it.
    core::Connection connectionInForce() const;

    QTabWidget *sections() const { return m_sections; }
    QTableWidget *linesTable() const { return m_linesTable; }
    QComboBox *serialPorts() const { return m_serialPort; }
    QComboBox *usbDevices() const { return m_usbDevice; }
    QComboBox *baud() const { return m_baud; }
    QRadioButton *simulatedChoice() const { return m_simRadio; }
    QSpinBox *simulatedStations() const { return m_simStations; }
    QSpinBox *simulatedLines() const { return m_simLines; }
    QRadioButton *serialChoice() const { return m_serialRadio; }
    QRadioButton *usbChoice() const { return m_usbRadio; }
    QLabel *connectionInUse() const { return m_connectionNow; }
    /// Reloads after a conflict (shown with the message while it applies).
    QPushButton *reloadButton() const { return m_reload; }
    /// The audit log of programming changes (a section of its own).
    AuditView *audit() const { return m_audit; }

    QTableWidget *table() const { return m_table; }
    QListWidget *problems() const { return m_problems; }
    /// Lists `problems` in place of the list's items, each linked to its cell or option by its
    /// row and field (a click selects it), not by its words (issue 9 item 17).
    void showProblems(const QVector<core::ProgrammingProblem> &problems);
    QLabel *message() const { return m_message; }
    /// What became of a password change, beside the password fields.
    QLabel *passwordMessage() const { return m_passwordMessage; }
    /// The guard delay option (X2), in seconds.
    QSpinBox *guardDelay() const { return m_guard; }
    /// The ring limit option (R6).
    QSpinBox *ringLimit() const { return m_ringLimit; }
    /// The hold recall time (T2), in seconds.
    QSpinBox *holdRecall() const { return m_holdRecall; }
    /// The transfer recall time (T7), in seconds.
    QSpinBox *transferRecall() const { return m_transferRecall; }

signals:
    /// A line for the status bar.
    void done(const QString &message);
    /// Discovery has filled the lists of serial ports and USB devices.
    void devicesListed();
    /// A CSV import has ended: `error` is empty or what is wrong (the rows are listed).
    void csvImported(const QString &error);
    /// A CSV export has ended: `error` is empty or what went wrong, naming the file.
    void csvExported(const QString &error);
    /// The page was unlocked or locked (the tab shows an open or a closed lock).
    void unlockedChanged(bool unlocked);
    /// A command of the page was answered: `error` is empty or what the page says of it.
    void answered(const QString &action, const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Sends a command of the page; `done` gets the finished operation (ok or not).
    void send(
        const QJsonObject &command, const std::function<void(client::CommandOperation *op)> &done);
    void askPasswordState();
    void opened(const QString &password);
    void programmingInForceChanged();
    void applyAnswered(client::CommandOperation *op, const core::Programming &sent, int changes);
    QString refusal(client::CommandOperation *op);
    core::Programming inForce() const;
    core::ControllerSize controllerSize() const;
    int lineCount() const;
    void setApplyEnabled();
    QWidget *buildExtensions();
    QWidget *buildLines();
    QWidget *buildOptions();
    QWidget *buildConnection();
    void fill(const core::Programming &p);
    void fillLines(const core::Programming &p);
    void lineToggled(QTableWidgetItem *item);
    void updateLineHeaders();
    void showConnection();
    void applyAsked();
    void importCsv();
    void exportCsv();
    QString csvRead(const QString &path, const QByteArray &text);
    void renumberAsked();
    void copyAsked();
    void connectAsked();
    void selectRows(const QVector<int> &rows);
    QVector<QWidget *> optionFields() const;
    void idleLock();

    client::Client *m_client;
    Access m_access;
    QStackedWidget *m_stack;
    QLineEdit *m_password;
    QLineEdit *m_newPassword;
    QLineEdit *m_newPassword2;
    QWidget *m_changeBox;
    QLabel *m_lockMessage;
    QTabWidget *m_sections;
    QTableWidget *m_table;
    QTableWidget *m_linesTable;
    QLabel *m_linesNote;
    QRadioButton *m_simRadio;
    QRadioButton *m_serialRadio;
    QRadioButton *m_usbRadio;
    QSpinBox *m_simStations;
    QSpinBox *m_simLines;
    QComboBox *m_serialPort;
    QComboBox *m_baud;
    QComboBox *m_usbDevice;
    QLabel *m_connectionNow;
    QLabel *m_discoveryNote;
    bool m_fillingLines = false;
    QCheckBox *m_callback;
    QCheckBox *m_campOn;
    QSpinBox *m_ringLimit;
    QSpinBox *m_guard;
    QSpinBox *m_expiry;
    QSpinBox *m_perTarget;
    QSpinBox *m_perCaller;
    QSpinBox *m_holdRecall;
    QSpinBox *m_transferRecall;
    QSpinBox *m_historyDays; ///< issue 12: the history's retention
    QSpinBox *m_historyMegabytes;
    QListWidget *m_problems;
    QLabel *m_message;
    QPushButton *m_apply;
    QPushButton *m_reload;
    QPushButton *m_look;
    QPushButton *m_connect;
    AuditView *m_audit;
    QLabel *m_passwordMessage;
    QTimer *m_idle;
    bool m_keepEdits = false; // locked when idle: the edits wait for the next unlock
    quint64 m_locks = 0; // lock() calls: work begun before a lock is dropped after it
    core::Programming m_base; // what the edit started from
    qint64 m_baseRevision = -1; // its revision: apply-programming's basedOn
    int m_pending = 0; // commands of the page not yet answered
    bool m_applying = false;
    qint64 m_awaitRevision = -1; // applied: reload once the picture holds this revision
    // The password's state, as password-state last answered (Password access).
    bool m_mustChange = false;
    QString m_passwordProblem;
};

} // namespace sb::ui
