#include "quitsignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace sb::app {

namespace {

int signalPipe[2] = {-1, -1};
volatile sig_atomic_t eventLoopRunning = 0;
char startUpMessage[128] = "interrupted during start-up\n";

void onSignal(int signal)
{
    if (!eventLoopRunning || signalPipe[1] < 0) {
        // Start-up (a display that does not answer, a slow disk), or no pipe to the event loop
        // could be made: end at once. Only async-signal-safe calls here.
        [[maybe_unused]] const ssize_t n
            = ::write(STDERR_FILENO, startUpMessage, std::strlen(startUpMessage));
        ::_exit(128 + signal);
    }
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &c, 1);
}

} // namespace

void QuitSignals::install(std::initializer_list<int> which, const char *program)
{
    std::snprintf(
        startUpMessage, sizeof startUpMessage, "%s: interrupted during start-up\n", program);
    // Non-blocking: a full pipe already holds a pending quit, and the handler must never block.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, signalPipe) != 0)
        signalPipe[0] = signalPipe[1] = -1;
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (const int s : which)
        sigaction(s, &sa, nullptr);
}

void QuitSignals::listen(QCoreApplication *app)
{
    if (signalPipe[0] < 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] {
        char c;
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], &c, 1);
        QCoreApplication::quit();
    });
}

void QuitSignals::eventLoopStarts()
{
    eventLoopRunning = 1;
}

} // namespace sb::app
