#pragma once

#include "message.h"

#include "core/types.h"

#include <deque>
#include <vector>

namespace sb::hal {

using core::Millis;

/// Timing and window of section 3; the host's defaults.
struct ChannelSettings
{
    Millis retransmitTimeout = 200;
    int maxRetransmissions = 5;
    int window = 8;
};

/// Section 3 of controller-link.md for one end of the link: numbering, the receiver's
/// `expected`, cumulative ACK, a window of outstanding frames and go-back-N retransmission.
/// Both the host and the simulated controller use it. Time is passed in.
class ReliableChannel
{
public:
    explicit ReliableChannel(ChannelSettings settings = ChannelSettings());

    /// Starts numbering again (IDENTITY): next frame is 1, expecting 1, nothing outstanding.
    void reset();

    /// Numbers a frame and sends it when the window allows; frames for the wire go to `wire`.
    void send(Frame frame, Millis now, std::vector<Frame> &wire);
    /// Handles an ACK; frames freed from the window's queue go to `wire`.
    void acknowledge(quint8 last, Millis now, std::vector<Frame> &wire);
    /// Handles a numbered frame: true if it is delivered; the ACK to answer goes to `wire`.
    bool receive(const Frame &frame, std::vector<Frame> &wire);
    /// Retransmits on timeout; returns false once 5 retransmissions of one frame made no progress.
    bool advanceTo(Millis now, std::vector<Frame> &wire);
    /// When advanceTo() is next needed, or -1.
    Millis nextDeadline() const;

    int outstanding() const { return int(m_outstanding.size()); }
    int queued() const { return int(m_queue.size()); }
    quint64 retransmissions() const { return m_retransmissions; }
    quint64 duplicates() const { return m_duplicates; }

private:
    void fill(Millis now, std::vector<Frame> &wire);

    ChannelSettings m_settings;
    quint8 m_next = 1;
    quint8 m_expected = 1;
    std::deque<Frame> m_outstanding; // sent, not acknowledged, oldest first
    std::deque<Frame> m_queue; // numbered, waiting for room in the window
    Millis m_oldestSentAt = 0;
    int m_tries = 0; // retransmissions of the oldest frame without progress
    bool m_failed = false;
    quint64 m_retransmissions = 0;
    quint64 m_duplicates = 0;
};

} // namespace sb::hal
