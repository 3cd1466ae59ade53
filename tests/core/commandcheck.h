#pragma once

// What the call processor's scenario tests (tst_callprocessor_rules, tst_holdtransfer) check
// its output with: the commands and notifications since the last take, and macros that name
// the missing or unexpected command.

#include "rig.h"

#include <QtTest>

#include <algorithm>

namespace sb::core::test {

/// The commands (as text) and notifications since the last take.
struct Out
{
    QStringList cmds;
    std::vector<Notification> notes;

    QString text() const { return cmds.join(QStringLiteral(" | ")); }

    /// How many RequestEnded notifications name this request.
    int endedCount(RequestId id) const
    {
        return int(std::count_if(notes.begin(), notes.end(), [id](const Notification &n) {
            return n.type == Notification::Type::RequestEnded && n.request == id;
        }));
    }
    /// The reason of the (last) RequestEnded notification for this request, or "live".
    QString ended(RequestId id) const
    {
        QString out = QString::fromLatin1(toString(EndReason::None));
        for (const Notification &n : notes) {
            if (n.type == Notification::Type::RequestEnded && n.request == id)
                out = QString::fromLatin1(toString(n.reason));
        }
        return out;
    }
    /// How many notifications of type `t`.
    int count(Notification::Type t) const
    {
        return int(std::count_if(
            notes.begin(), notes.end(), [t](const Notification &n) { return n.type == t; }));
    }
    /// How many notifications of type `t` name `port`.
    int count(Notification::Type t, int port) const
    {
        return int(std::count_if(notes.begin(), notes.end(),
            [&](const Notification &n) { return n.type == t && n.port == port; }));
    }
    int indexOf(const QString &c) const { return int(cmds.indexOf(c)); }
};

/// Takes the processor's output since the last take.
inline Out grab(Rig &r)
{
    Out o;
    o.notes = r.processor.notifications();
    o.cmds = r.take();
    return o;
}

/// The factory number of a port (101 for port 1).
inline QByteArray num(int port)
{
    return QByteArray::number(100 + port);
}

/// Applies programming changed by `change` and forgets the output.
template<typename F>
void program(Rig &r, F change)
{
    Programming p = r.processor.programming();
    change(p);
    r.processor.setProgramming(p, r.now);
    r.take();
}

} // namespace sb::core::test

#define HAS(out, c)                                                                                \
    do {                                                                                           \
        const QString c_ = QString(c);                                                             \
        QVERIFY2((out).cmds.contains(c_),                                                          \
            qPrintable(QStringLiteral("expected [%1] in: %2").arg(c_, (out).text())));             \
    } while (0)

#define LACKS(out, c)                                                                              \
    do {                                                                                           \
        const QString c_ = QString(c);                                                             \
        QVERIFY2(!(out).cmds.contains(c_),                                                         \
            qPrintable(QStringLiteral("unexpected [%1] in: %2").arg(c_, (out).text())));           \
    } while (0)

#define BEFORE(out, a, b)                                                                          \
    do {                                                                                           \
        const int ia_ = (out).indexOf(QString(a)), ib_ = (out).indexOf(QString(b));                \
        QVERIFY2(ia_ >= 0 && ib_ >= 0 && ia_ < ib_,                                                \
            qPrintable(QStringLiteral("expected [%1] before [%2] in: %3")                          \
                           .arg(QString(a), QString(b), (out).text())));                           \
    } while (0)
