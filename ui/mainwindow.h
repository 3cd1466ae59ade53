#pragma once

#include "client/client.h"
#include "ui/extensionfilter.h"
#include "ui/tilegrid.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QSplitter;
class QTabWidget;
class QTimer;
class QUndoStack;

/// The attendant console's widgets; talks to the call service only through client/.
namespace sb::ui {

class DetailsPane;
class PhoneBench;
class PhonesPanel;
class ProgrammingPage;
struct ConsoleLayout;
class EventLogModel;
class ExtensionModel;
class LinesPanel;
class LinkTraceView;
class RequestStatistics;
class SupervisorView;

/// The console: the extension grid (busy lamp field) with search, the selected extension's
/// details and actions, the supervisor's view, and in the status bar the controller, the
/// service (in-process or on the bus), the link's state and how fresh the picture is. It reads
/// the client's picture and events and acts through its commands, never on the processor.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Role { Receptionist, Supervisor };

    explicit MainWindow(client::Client *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    client::Client *client() const { return m_client; }
    /// Shows the receptionist's or the supervisor's view; the supervisor's only when the
    /// console's roles allow supervisor actions.
    void setRole(Role role);
    /// Shows the simulated phones of `bench`; null, or another bench, removes the ones shown.
    void setPhoneBench(PhoneBench *bench);
    PhonesPanel *phones() const { return m_phones; }
    ProgrammingPage *programming() const { return m_programming; }
    /// A line for the event log.
    void appendLog(const QString &text);

    ExtensionModel *model() const { return m_model; }
    TileGrid *grid() const { return m_grid; }
    DetailsPane *details() const { return m_details; }
    QLineEdit *search() const { return m_search; }
    /// The tiles shown: the filter chosen and the search box's text.
    ExtensionFilter *filter() const { return m_filter; }
    /// Beside the search box: which tiles are shown, and the tiles' density (issue 12 item 4).
    QComboBox *showBox() const { return m_showBox; }
    QComboBox *densityBox() const { return m_densityBox; }
    /// View → Comfortable tiles, Compact tiles.
    QAction *comfortableAction() const { return m_comfortableAction; }
    QAction *compactAction() const { return m_compactAction; }
    /// The grid beside the side pane (details, outside lines, phones).
    QSplitter *splitter() const { return m_split; }
    void setDensity(TileGrid::Density density);
    void setShow(ExtensionFilter::Show show);
    /// The layout shown now, and one applied (what the user's roles allow of it).
    ConsoleLayout layout() const;
    void applyLayout(const ConsoleLayout &layout);
    /// Keeps this user's layout (client::Client::owner()) in `file`: applies it now, saves it
    /// half a second after a change and when the window closes. Without it nothing is kept.
    void keepLayout(const QString &file);
    QLabel *linkLabel() const { return m_linkLabel; }
    /// Which controller (model, firmware).
    QLabel *controllerLabel() const { return m_controllerLabel; }
    /// Which service: in-process or on the bus (client::Client::describe()).
    QLabel *serviceLabel() const { return m_serviceLabel; }
    /// How fresh the picture is.
    QLabel *freshLabel() const { return m_freshLabel; }
    /// View → Supervisor (disabled, with a tooltip naming the role, for a reception user).
    QAction *supervisorAction() const { return m_supervisorAction; }
    /// Shown while the link is down: opens the connection section of the programming.
    QPushButton *chooseController() const { return m_chooseController; }
    SupervisorView *supervisor() const { return m_supervisor; }
    /// The receptionist's Outside lines panel (issue 11 item 4), a tab beside the details.
    LinesPanel *lines() const { return m_lines; }
    /// The side pane's tabs: details, outside lines, simulated phones.
    QTabWidget *side() const { return m_side; }
    /// Transfers the attendant's outside call to the extension `number` (T9): the tile is
    /// selected and the details show the answer. The grid's drop does this, with the `line` its
    /// drag carried (0: none). Refused, with the status bar naming why, without the role for
    /// `transfer` or when `line` is no longer the attendant's call; then null.
    client::CommandOperation *transferTo(const QString &number, int line = 0);
    EventLogModel *log() const { return m_log; }
    /// The installer's link trace (a window of its own), and View → Link trace, offered only
    /// to a console that may apply programming.
    LinkTraceView *linkTrace() const { return m_linkTrace; }
    QAction *linkTraceAction() const { return m_linkTraceAction; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Selects an extension by its number; false if there is none.
    bool selectNumber(const QString &number);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void layoutChanged();
    void saveLayout();
    void selectionChanged();
    void updateFreshness();
    /// Link, controller and service in the status bar, from the picture and the client.
    void updateStatus();
    /// Offers only what the console's roles allow (the service enforces it anyway).
    void applyRoles();

    client::Client *m_client;
    ExtensionModel *m_model;
    ExtensionFilter *m_filter;
    QUndoStack *m_undo;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    TileGrid *m_grid;
    DetailsPane *m_details;
    EventLogModel *m_log;
    RequestStatistics *m_stats;
    SupervisorView *m_supervisor;
    QTabWidget *m_side;
    QSplitter *m_split = nullptr;
    QComboBox *m_showBox = nullptr;
    QComboBox *m_densityBox = nullptr;
    QAction *m_comfortableAction = nullptr;
    QAction *m_compactAction = nullptr;
    QString m_layoutFile;
    QTimer *m_layoutSave = nullptr;
    bool m_restoring = false;
    LinesPanel *m_lines;
    PhonesPanel *m_phones = nullptr;
    ProgrammingPage *m_programming = nullptr;
    QLabel *m_linkLabel;
    QLabel *m_controllerLabel;
    QLabel *m_serviceLabel;
    QAction *m_supervisorAction = nullptr;
    LinkTraceView *m_linkTrace = nullptr;
    QAction *m_linkTraceAction = nullptr;
    QPushButton *m_chooseController;
    QLabel *m_freshLabel;
    bool m_connected = false;
};

} // namespace sb::ui
