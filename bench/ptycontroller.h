#pragma once

// The controller of issue 10's benchmarks: the simulated controller (hal::SimulatedController)
// on the master side of a pseudo-terminal, on a thread of its own, so that the service under
// test (switchboardd --serial, or the in-process service with a serial connection) reads real
// CLP/1 frames from the slave side. Phone actions are posted to it; each one's frames are on
// the wire within microseconds of the time the action records. Header-only.

#include "hal/simulatedcontroller.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <deque>
#include <fcntl.h>
#include <functional>
#include <mutex>
#include <poll.h>
#include <pthread.h>
#include <pty.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

namespace sb::bench {

/// A simulated controller playing the device end of a pty, on its own thread.
class PtyController
{
public:
    using Clock = std::chrono::steady_clock;
    /// Runs on the controller's thread with the controller and its clock (ms since start).
    using Action = std::function<void(hal::SimulatedController &, hal::Millis)>;

    PtyController(int stations, int lines)
        : m_controller([&] {
            hal::SimulatedController::Options o;
            o.stations = stations;
            o.lines = lines;
            o.seed = 7;
            return o;
        }())
    {
        char name[256] = {};
        int slave = -1;
        if (::openpty(&m_master, &slave, name, nullptr, nullptr) != 0)
            return;
        termios tio;
        tcgetattr(slave, &tio);
        cfmakeraw(&tio);
        tcsetattr(slave, TCSANOW, &tio);
        // The slave stays open here too, so the pty survives the service closing and reopening.
        m_slave = slave;
        ::fcntl(m_master, F_SETFL, O_NONBLOCK);
        m_name = QString::fromLocal8Bit(name);
    }
    ~PtyController()
    {
        stop();
        if (m_master >= 0)
            ::close(m_master);
        if (m_slave >= 0)
            ::close(m_slave);
    }
    PtyController(const PtyController &) = delete;
    PtyController &operator=(const PtyController &) = delete;

    /// The slave side's device name, for --serial; empty when no pty could be opened.
    QString device() const { return m_name; }

    /// Powers the controller up and starts its thread.
    void start()
    {
        m_start = Clock::now();
        m_running = true;
        m_thread = std::thread([this] { run(); });
        pthread_setname_np(m_thread.native_handle(), "bench ctrl"); // apart in /proc
    }
    void stop()
    {
        if (!m_running.exchange(false))
            return;
        m_thread.join();
    }

    /// Runs `action` on the controller's thread at its next turn (within a millisecond).
    void post(Action action)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_actions.push_back(std::move(action));
    }
    /// Runs `tick` on the controller's thread at every turn (about every millisecond), e.g. to
    /// generate traffic at a rate; replaces the previous one (null: none).
    void setTick(Action tick)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_tick = std::move(tick);
    }

    /// A session with the host is up (the controller saw its SYNC).
    bool hasSession() const { return m_session; }
    /// Posted actions not yet run.
    size_t pendingActions()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_actions.size();
    }
    /// Bytes written to the host but not yet taken by the pty, plus frames the controller still
    /// holds: zero when the wire is quiet.
    bool wireIdle() const { return m_idle; }
    /// Host commands received so far.
    quint64 commandsReceived() const { return m_commands; }

private:
    hal::Millis now() const
    {
        return hal::Millis(
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - m_start).count());
    }

    void run()
    {
        m_controller.powerUp(now());
        QByteArray out;
        while (m_running) {
            pollfd p {m_master, short(POLLIN | (out.isEmpty() ? 0 : POLLOUT)), 0};
            ::poll(&p, 1, 1);
            char buffer[8192];
            ssize_t n;
            while ((n = ::read(m_master, buffer, sizeof buffer)) > 0)
                m_controller.receive(buffer, n, now());
            m_controller.advanceTo(now());
            std::deque<Action> actions;
            Action tick;
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                actions.swap(m_actions);
                tick = m_tick;
            }
            for (Action &a : actions)
                a(m_controller, now());
            if (tick)
                tick(m_controller, now());
            out += m_controller.takeWire();
            while (!out.isEmpty()) {
                const ssize_t w = ::write(m_master, out.constData(), size_t(out.size()));
                if (w <= 0)
                    break;
                out.remove(0, qsizetype(w));
            }
            m_controller.takeLog();
            m_session = m_controller.hasSession();
            m_commands = m_controller.commandsReceived();
            m_idle = out.isEmpty() && actions.empty();
        }
    }

    hal::SimulatedController m_controller;
    int m_master = -1;
    int m_slave = -1;
    QString m_name;
    Clock::time_point m_start;
    std::thread m_thread;
    std::atomic<bool> m_running {false};
    std::atomic<bool> m_session {false};
    std::atomic<bool> m_idle {true};
    std::atomic<quint64> m_commands {0};
    std::mutex m_mutex;
    std::deque<Action> m_actions;
    Action m_tick;
};

} // namespace sb::bench
