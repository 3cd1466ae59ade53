#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <cstdio>

namespace sb::app {

/// switchboardd's one line per event on standard output, written once per event-loop turn.
///
/// At thousands of events a second a write and a time-zone lookup per line cost the service
/// more than the events themselves: lines are gathered and written together when the loop
/// comes back, still within the same turn, and the local time is worked out once a second.
/// Under systemd (JOURNAL_STREAM set) the journal stamps each line itself, so no time is added.
class LineWriter : public QObject
{
    Q_OBJECT
public:
    /// Writes to `out`; `stamped` puts the local time ("HH:mm:ss.zzz ") before each line.
    explicit LineWriter(std::FILE *out, bool stamped, QObject *parent = nullptr);
    ~LineWriter() override;

    /// True when standard output is the systemd journal's stream.
    static bool isJournal();

    /// Adds a line; it is written when the event loop comes back, or by flush().
    void add(const QString &text);
    /// Writes what is gathered now.
    void flush();

private:
    QByteArray stamp(qint64 msecsSinceEpoch);

    std::FILE *m_out;
    bool m_stamped;
    bool m_flushQueued = false;
    QByteArray m_pending;
    qint64 m_second = -1; ///< the second m_secondText shows
    QByteArray m_secondText; ///< "HH:mm:ss" of m_second, local time
};

} // namespace sb::app
