#pragma once

#include "types.h"

#include <vector>

namespace sb::core {

/// What an outside line is doing.
enum class LineActivity : quint8 {
    Free,
    Ringing, ///< ringing in
    Talking, ///< seized by a station
    Reserved, ///< kept free for a line callback whose caller is being rung (R15)
    Held, ///< seized, in no talk path, held at `station` (T2)
    InTransfer, ///< being transferred by `station` to `target`: held for transfer, ringing the
                ///< target or camped on at it (T3-T5)
    Recall ///< ringing `station` (or waiting for the attendant) to come back (T2, T7)
};

/// What the console shows of one outside line.
struct LineStatus
{
    int line = 0;
    LineActivity activity = LineActivity::Free;
    int station = 0; ///< talks to (Talking), kept for (Reserved), first it rings (Ringing),
                     ///< held at (Held), transferred by (InTransfer), recalls (Recall), or 0
    int target = 0; ///< InTransfer: the extension it is transferred to, once dialled, or 0
    RequestId request = 0; ///< InTransfer camped on at a busy target: its transfer request (T5)
    int position = 0; ///< ... and its place in the target's queue (1 = first), or 0
    Millis since = 0; ///< when it began this activity (talking, reserved: for this station)
};

/// The outside lines: each line's state, whom it rings and for whom it is held or kept, and
/// which lines ring which station (programming). The line group's queue of requests is
/// RequestTable's queue at target 0; which line serves it is decided here (firstFree()).
class LineBank
{
public:
    /// A line's state; Held, Transfer and Recall are seized lines in no talk path (music on
    /// hold, T2-T8).
    enum class State : quint8 {
        Free,
        RingingIn, ///< ringing in; `ringing` are the stations it rings now
        Seized, ///< in a talk path with `station`
        Reserved, ///< kept for the line callback `request` of `station` (R15)
        Held, ///< held at `station` (T2); `recallDue` once the hold recall time passed
        Transfer, ///< being transferred by `station` to `target` (0 while dialling); after the
                  ///< hang-up `request` is its transfer request (T3-T5)
        Recall ///< recalls `station` (0: waits for the attendant); `request` as above (T2, T7)
    };
    struct Line
    {
        State state = State::Free;
        int station = 0; ///< who holds it (Seized) or for whom it is kept (Reserved)
        int request = -1; ///< Reserved: the slot of the line callback
        Millis ringingSince = 0;
        Millis since = 0; ///< when state or station last changed (LineStatus)
        std::vector<int> ringing; ///< stations ringing for this line now
        std::vector<int> stations; ///< stations it rings for (programming)
        int target = 0; ///< Transfer: the extension it goes to, or 0
        quint64 gen = 0; ///< generation of its recall timer (Timers::Kind::LineRecall)
        bool recallDue = false; ///< Held: rings its holder as soon as the holder is idle (T2)
        bool rung = false; ///< Recall or Transfer: `station`/`target` is being rung for it now
        quint64 arrival = 0; ///< when it began waiting for the attendant (B3 order, T3, T7)
        LampMode lamp = LampMode::Off; ///< what its line keys show now (T1)
    };

    /// True for the states in which the line is seized (LINE 1 sent, no LINE 0 yet).
    static bool isSeized(State s)
    {
        return s == State::Seized || s == State::Held || s == State::Transfer || s == State::Recall;
    }
    /// The lamp of its line keys for a state (T1): off, fast flash, on or slow flash.
    static LampMode lampFor(State s);

    /// Sizes for lines 1..lines; lines that stay keep their state.
    void resize(int lines);
    int count() const { return int(m_lines.size()) - 1; }
    bool valid(int l) const { return l >= 1 && l < int(m_lines.size()); }
    const Line &at(int l) const { return m_lines[l]; }

    /// Forgets which lines ring which station, for ports 1..stations (programming changes).
    void clearAssignments(int stations);
    /// Line l rings station s (B6); ignored for a line that does not exist or twice.
    void assign(int l, int s);
    /// The lines that ring station s, in programming order.
    const std::vector<int> &linesOf(int s) const { return m_linesOf[s]; }

    /// Sets a line's state and station (its `since` moves if either changed); the request,
    /// target, recall flags are forgotten (setReservation(), setTransfer() set them).
    void set(int l, State state, int station, Millis now);
    /// Line l is being transferred by station s to target (0 while dialling), request slot or -1.
    void setTransfer(int l, int s, int target, int slot, Millis now);
    /// A new generation for line l's recall timer (older deadlines are stale); returns it.
    quint64 nextGen(int l) { return ++m_lines[l].gen; }
    void setRecallDue(int l, bool due)
    {
        m_due += int(due) - int(m_lines[l].recallDue);
        m_lines[l].recallDue = due;
    }
    /// How many held lines wait for their holder to be idle (T2).
    int recallsDue() const { return m_due; }
    void setRung(int l, bool rung) { m_lines[l].rung = rung; }
    void setRequest(int l, int slot) { m_lines[l].request = slot; }
    void setArrival(int l, quint64 arrival) { m_lines[l].arrival = arrival; }
    /// Records the lamp its line keys show; false if they already showed it.
    bool setLamp(int l, LampMode mode);
    /// The first line held at station s, or 0.
    int heldAt(int s) const;
    /// Recalling lines waiting for the attendant (T7), first come first: add, take, remove.
    void queueForAttendant(int l) { m_forAttendant.push_back(l); }
    int takeForAttendant();
    int firstForAttendant() const { return m_forAttendant.empty() ? 0 : m_forAttendant.front(); }
    bool removeForAttendant(int l);
    bool waitsForAttendant(int l) const;
    int waitingForAttendant() const { return int(m_forAttendant.size()); }
    /// Reserves a free line for the line callback at `slot` of station s (R15).
    void setReservation(int l, int s, int slot, Millis now);
    /// The line starts ringing in: it rings nobody yet.
    void startRinging(int l, Millis now);
    /// Station s rings for line l now; false if it already did.
    bool addRinging(int l, int s);
    /// Station s stops ringing for line l; false if it did not.
    bool removeRinging(int l, int s);
    /// The stations ringing for line l, which rings nobody any more.
    std::vector<int> takeRinging(int l);
    bool isRinging(int l, int s) const;
    /// Every line free, ringing nobody (a reset controller).
    void reset(Millis now);

    /// The first free line, or 0.
    int firstFree() const;
    /// The line ringing station s that has rung longest (the one answering takes, B6), or 0.
    int longestRinging(int s) const;
    /// What the console shows of line l; an empty status for another number.
    LineStatus status(int l) const;

private:
    std::vector<Line> m_lines; // index = line; 0 unused
    std::vector<std::vector<int>> m_linesOf; // index = station port
    std::vector<int> m_forAttendant; // recalling lines waiting for the attendant (T7)
    int m_due = 0; // lines with recallDue
};

} // namespace sb::core
