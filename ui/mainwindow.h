#pragma once

#include "backend.h"

#include <QMainWindow>

class QLabel;
class QPushButton;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTabWidget;
class QUndoStack;

/// The attendant console's widgets; talks to core, never to hal.
namespace sb::ui {

class DetailsPane;
class PhoneBench;
class PhonesPanel;
class Configurator;
class ProgrammingPage;
class EventLogModel;
class ExtensionModel;
class RequestStatistics;
class SupervisorView;

/// The console: the extension grid (busy lamp field) with search, the selected extension's
/// details and actions, the supervisor's view, and the link's state in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Role { Receptionist, Supervisor };

    explicit MainWindow(Backend *backend, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The processor's notifications, as they come.
    void notify(const std::vector<core::Notification> &notifications);
    /// The controller link's state: shown in the status bar and, when down, on every tile.
    void setLinkState(const QString &state, bool up);
    void setRole(Role role);
    /// Shows the simulated phones of `bench`; null, or another bench, removes the ones shown.
    void setPhoneBench(PhoneBench *bench);
    PhonesPanel *phones() const { return m_phones; }
    /// Puts the installer's programming page (behind its password) in the Programming tab.
    void setConfigurator(Configurator *configurator);
    ProgrammingPage *programming() const { return m_programming; }
    /// A line for the event log.
    void appendLog(const QString &text);

    ExtensionModel *model() const { return m_model; }
    QListView *grid() const { return m_grid; }
    DetailsPane *details() const { return m_details; }
    QLineEdit *search() const { return m_search; }
    QSortFilterProxyModel *filter() const { return m_filter; }
    QLabel *linkLabel() const { return m_linkLabel; }
    /// Shown while the link is down: opens the connection section of the programming.
    QPushButton *chooseController() const { return m_chooseController; }
    SupervisorView *supervisor() const { return m_supervisor; }
    EventLogModel *log() const { return m_log; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Selects an extension by its number; false if there is none.
    bool selectNumber(const QString &number);

private:
    void selectionChanged();
    void updateFreshness();

    Backend *m_backend;
    ExtensionModel *m_model;
    QSortFilterProxyModel *m_filter;
    QUndoStack *m_undo;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QListView *m_grid;
    DetailsPane *m_details;
    EventLogModel *m_log;
    RequestStatistics *m_stats;
    SupervisorView *m_supervisor;
    QTabWidget *m_side;
    PhonesPanel *m_phones = nullptr;
    ProgrammingPage *m_programming = nullptr;
    QLabel *m_linkLabel;
    QLabel *m_controllerLabel;
    QPushButton *m_chooseController;
    QLabel *m_freshLabel;
    bool m_linkUp = false;
};

} // namespace sb::ui
