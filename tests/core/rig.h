#pragma once

#include "core/callprocessor.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sb::core::test {

/// A call processor on a small system with a clock the test moves, and the commands it sent.
class Rig
{
public:
    explicit Rig(int stations = 8, int lines = 2, quint32 bootId = 0x1234)
        : processor(Programming::factoryDefaults(stations, lines))
    {
        up(stations, lines, bootId);
    }

    /// Starts a session (IDENTITY) and reports every port idle (SYNC), then forgets the output.
    void up(int stations, int lines, quint32 bootId)
    {
        processor.handle(Event::sessionUp(stations, lines, bootId), now);
        processor.handle(
            Event::portStates(QVector<quint8>(stations, 0), QVector<quint8>(lines, 0)), now);
        processor.clearOutput();
    }

    void hook(int s, bool off) { processor.handle(Event::hook(s, off), now); }
    void offHook(int s) { hook(s, true); }
    void onHook(int s) { hook(s, false); }
    void dial(int s, const char *digits)
    {
        for (; *digits; ++digits)
            processor.handle(Event::digit(s, *digits), now);
    }
    void key(int s, Key k) { processor.handle(Event::key(s, k), now); }
    void ringCycle(int s, int count) { processor.handle(Event::ringCycle(s, count), now); }
    void lineRing(int l, bool on) { processor.handle(Event::lineRing(l, on), now); }
    void lineDrop(int l) { processor.handle(Event::lineDrop(l), now); }
    void advance(Millis ms)
    {
        now += ms;
        processor.advanceTo(now);
    }

    /// The commands sent since the last call, as text (Command::toString), and forgets them.
    QStringList take()
    {
        QStringList out;
        for (const Command &c : processor.takeCommands())
            out << c.toString();
        processor.clearOutput();
        return out;
    }

    ExtensionStatus ext(int port) const { return processor.extension(port); }
    std::vector<RequestId> queue(int port) const { return processor.queueAt(port); }

    CallProcessor processor;
    Millis now = 1000;
};

} // namespace sb::core::test
