#pragma once

#include "ui/phonebench.h"

#include <functional>

namespace sb::client {
class InProcessClient;
class Picture;
} // namespace sb::client

namespace sb::hal {
struct PhoneSnapshot;
} // namespace sb::hal

namespace sb::service {
class CallService;
} // namespace sb::service

namespace sb::ui {
class MainWindow;
} // namespace sb::ui

namespace sb::app {

/// The console's PhoneBench on the simulated controller of the in-process call service: actions
/// go to the service's thread, which hands them to its runtime's simulator of the moment; the
/// simulator's answers come back as queued signals. Nothing waits.
class SimulatorPhones : public ui::PhoneBench
{
    Q_OBJECT
public:
    /// Phones of the simulated controller of `service` (living on its own thread, or this one);
    /// `picture` says whether a phone's CLEAR menu is open. attach() makes them work.
    SimulatorPhones(
        service::CallService *service, const client::Picture *picture, QObject *parent = nullptr);

    /// Follows the service's simulator (once the service has started; again whenever its
    /// connection changes): availabilityChanged() tells.
    void attach();

    /// Gives `window` the phones of the service's simulated controller once the service is made
    /// and has started, and again whenever its connection changes (none on real hardware). Call
    /// after client->start().
    static SimulatorPhones *follow(client::InProcessClient *client, ui::MainWindow *window);

    void act(const QString &action) override;
    void query(int station) override;
    void setTraffic(int callsPerMinute) override;
    void setOperated(const QVector<int> &stations) override;
    int lineCount() const override { return m_lines; }
    /// True while the service runs on a simulated controller.
    bool isAvailable() const { return m_available; }

    /// What a phone shows, from the simulator's snapshot and, when known, the service's picture
    /// (whether its CLEAR menu is open; its type and line keys as programmed; without the
    /// programming a keyset with a key for every line).
    static ui::PhoneView view(const hal::PhoneSnapshot &snapshot, const client::Picture *picture);

signals:
    /// The service's controller changed: simulated with `lines` lines, or not simulated.
    void availabilityChanged(bool available);

private:
    /// Runs `action` on the simulator of the moment, on the simulator's thread.
    void onSimulator(const std::function<void(QObject *simulator)> &action);

    service::CallService *m_service;
    const client::Picture *m_picture;
    int m_lines = 0;
    bool m_available = false;
};

} // namespace sb::app
