#pragma once

#include <QObject>
#include <QStringList>

namespace sb::ui {
class MainWindow;
class PhoneBench;
} // namespace sb::ui

namespace sb::app {

/// --screenshot: plays a short demonstration on the simulated phones (callbacks queued at a busy
/// colleague, a camp-on, a call in progress, an outside call), then saves the window as PNG.
class ScreenshotDemo : public QObject
{
    Q_OBJECT
public:
    ScreenshotDemo(
        ui::MainWindow *window, ui::PhoneBench *phones, QString file, QObject *parent = nullptr);

    /// Starts once the link is up; emits finished() with the exit status.
    void start();

signals:
    void finished(int status);

private:
    void next();
    void save();

    ui::MainWindow *m_window;
    ui::PhoneBench *m_phones;
    QString m_file;
    QStringList m_script;
};

} // namespace sb::app
