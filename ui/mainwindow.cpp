#include "mainwindow.h"

#include "core/callprocessor.h"

#include <QLabel>
#include <QStatusBar>

namespace sb::ui {

MainWindow::MainWindow(core::CallProcessor *processor, QWidget *parent)
    : QMainWindow(parent)
    , m_processor(processor)
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Switchboard"));
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setMargin(24);
    setCentralWidget(m_summary);
    resize(640, 360);
    refresh();
}

void MainWindow::refresh()
{
    int extensions = 0;
    for (int port = 1; port <= m_processor->stationCount(); ++port)
        extensions += m_processor->hasExtension(port) ? 1 : 0;
    m_summary->setText(tr("Call processor ready: %n extension(s), %1 outside line(s), "
                          "%2 callback request(s).",
                          nullptr, extensions)
                           .arg(m_processor->lineCount())
                           .arg(m_processor->liveRequestCount()));
    if (m_linkState.isEmpty())
        statusBar()->showMessage(m_processor->linkUp() ? tr("Controller link up")
                                                       : tr("No controller link yet"));
    else
        statusBar()->showMessage(m_linkUp ? tr("Controller link up")
                                          : tr("Controller link %1").arg(m_linkState));
}

void MainWindow::setLinkState(const QString &state, bool up)
{
    m_linkState = state;
    m_linkUp = up;
    refresh();
}

} // namespace sb::ui
