#pragma once

#include "configurator.h"

#include "core/bulkedit.h"

#include <QWidget>

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

namespace sb::ui {

/// The installer's programming, behind the password: the extension table (with range edits),
/// the outside lines, the system options and the connection, checked before anything applies,
/// applied live after a preview, kept in the file.
class ProgrammingPage : public QWidget
{
    Q_OBJECT
public:
    /// The page locks itself after this long without input on it (issue 9 item 17).
    static constexpr int idleLockMs = 10 * 60 * 1000;

    explicit ProgrammingPage(Configurator *configurator, QWidget *parent = nullptr);

    /// Tries the password; the page opens on success.
    void unlock(const QString &password);
    void lock();
    bool isUnlocked() const;
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
    /// Applies without asking (the Apply button asks first, showing pendingChanges()).
    QString applyConfirmed();
    /// Reloads the table from the programming in force.
    void revert();
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
    /// Switches to the chosen connection without asking; returns "" or what is wrong.
    QString connectChosen();
    /// Shows the connection section (behind the password: the lock says why it is asked).
    void showConnectionSection();
    /// Looks for devices again (asynchronously; devicesListed() tells when done).
    void discover();

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
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

    Configurator *m_configurator;
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
    QListWidget *m_problems;
    QLabel *m_message;
    QPushButton *m_apply;
    QLabel *m_passwordMessage;
    QTimer *m_idle;
    bool m_keepEdits = false; // locked when idle: the edits wait for the next unlock
    quint64 m_locks = 0; // lock() calls: work begun before a lock is dropped after it
    core::Programming m_base; // what the edit started from
};

} // namespace sb::ui
