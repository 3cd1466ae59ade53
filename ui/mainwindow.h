#pragma once

#include <QMainWindow>

namespace sb::core {
class CallProcessor;
}

class QLabel;

/// The attendant console's widgets; talks to core, never to hal.
namespace sb::ui {

/// The main window. For now it shows what the call processor holds; the grid comes with the console issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(core::CallProcessor *processor, QWidget *parent = nullptr);

    /// Shows the processor's current extensions and requests.
    void refresh();
    /// Shows the controller link's state in the status bar.
    void setLinkState(const QString &state, bool up);

private:
    core::CallProcessor *m_processor;
    QLabel *m_summary;
    QString m_linkState;
    bool m_linkUp = false;
};

} // namespace sb::ui
