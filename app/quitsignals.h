#pragma once

#include <initializer_list>

class QCoreApplication;

namespace sb::app {

/// Signals that end a program cleanly (SIGINT, SIGTERM …), for the console and the simulator.
/// Until the event loop runs, a signal ends the program at once (start-up never ignores Ctrl-C);
/// from then on the handler only writes a byte to a socket pair, and the event loop quits.
class QuitSignals
{
public:
    /// Installs the handlers of `which`, first thing in main(); `program` names it in the start-up
    /// message.
    static void install(std::initializer_list<int> which, const char *program);
    /// The event loop of `app` reads the socket pair and quits when a signal came.
    static void listen(QCoreApplication *app);
    /// From now on a signal waits for the event loop instead of ending the program.
    static void eventLoopStarts();
};

} // namespace sb::app
