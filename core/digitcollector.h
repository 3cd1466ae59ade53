#pragma once

#include "dialplan.h"
#include "types.h"

#include <QString>

#include <string>
#include <vector>

namespace sb::core {

/// Digit collection over the dial plan: the digits each station has dialled, the generation of
/// its dial timer, and what the digits mean so far (B1, B4, B5, the codes, R14's #0).
class DigitCollector
{
public:
    /// Dial tone or an unfinished number times out to reorder after this long.
    static constexpr Millis dialTimeout = 15000;
    /// Digits that are a whole number and the start of a longer one wait this long.
    static constexpr Millis criticalTimeout = 3000;

    /// What the digits dialled so far ask for.
    enum class Action : quint8 {
        Wait, ///< more digits may follow: wait `wait` ms
        Refuse, ///< nothing, a number that does not exist, one's own code gone wrong: reorder
        DndOn, ///< *1
        DndOff, ///< #1
        ClearForwarding, ///< #2
        ClearCallbacks, ///< #0 (R14)
        Forward, ///< *2 + the number of `port` (B4)
        Line, ///< 9: a line of the group (B5)
        Call ///< the extension at `port`
    };
    struct Result
    {
        Action action = Action::Refuse;
        int port = 0;
        Millis wait = 0;
    };

    /// Sizes for ports 1..ports; stations that stay keep their digits.
    void resize(int ports);
    /// Starts the dial plan again (programming changed); then addNumber() each, then finish().
    void clearPlan() { m_plan.clear(); }
    void addNumber(const QString &number, int port) { m_plan.add(number.toStdString(), port); }
    void finishPlan() { m_plan.finish(); }
    /// The port of this exact number, or 0.
    int portOf(const QString &number) const { return m_plan.find(number.toStdString()); }

    /// Dial tone: no digits yet; the generation the dial timer must carry.
    quint32 start(int s);
    /// Every station stops dialling (a reset controller).
    void reset();
    /// The station stopped dialling: digits forgotten, any dial timer goes stale.
    void stop(int s);
    /// A new dial timer: the generation it must carry (older ones go stale).
    quint32 rearm(int s) { return ++m_stations[s].gen; }
    bool isCurrent(int s, quint64 gen) const { return m_stations[s].gen == gen; }
    bool isEmpty(int s) const { return m_stations[s].digits.empty(); }
    void push(int s, char digit) { m_stations[s].digits.push_back(digit); }
    /// What the digits mean; `final` when no more will come (the timer ran out).
    Result interpret(int s, bool final) const;

private:
    struct Station
    {
        std::string digits;
        quint32 gen = 0;
    };
    std::vector<Station> m_stations; // index = port; 0 unused
    DialPlan m_plan;
};

} // namespace sb::core
