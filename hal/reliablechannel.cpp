#include "reliablechannel.h"

#include "protocol.h"

namespace sb::hal {

ReliableChannel::ReliableChannel(ChannelSettings settings)
    : m_settings(settings)
{ }

void ReliableChannel::reset()
{
    m_next = 1;
    m_expected = 1;
    m_outstanding.clear();
    m_queue.clear();
    m_tries = 0;
    m_failed = false;
}

void ReliableChannel::send(Frame frame, Millis now, std::vector<Frame> &wire)
{
    frame.seq = m_next++; // modulo 256, skipping nothing
    m_queue.push_back(std::move(frame));
    fill(now, wire);
}

void ReliableChannel::fill(Millis now, std::vector<Frame> &wire)
{
    while (!m_queue.empty() && int(m_outstanding.size()) < m_settings.window) {
        if (m_outstanding.empty()) {
            m_oldestSentAt = now;
            m_tries = 0;
        }
        wire.push_back(m_queue.front());
        m_outstanding.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
}

void ReliableChannel::acknowledge(quint8 last, Millis now, std::vector<Frame> &wire)
{
    // Cumulative: `last` and everything sent before it. An ACK for nothing outstanding is stale.
    int found = -1;
    for (int i = 0; i < int(m_outstanding.size()); ++i) {
        if (m_outstanding[size_t(i)].seq == last) {
            found = i;
            break;
        }
    }
    if (found < 0)
        return;
    m_outstanding.erase(m_outstanding.begin(), m_outstanding.begin() + found + 1);
    m_tries = 0; // progress
    m_oldestSentAt = now;
    fill(now, wire);
}

bool ReliableChannel::receive(const Frame &frame, std::vector<Frame> &wire)
{
    const quint8 behind = quint8(m_expected - frame.seq);
    if (frame.seq == m_expected) {
        ++m_expected;
        wire.push_back(protocol::ack(frame.seq));
        return true;
    }
    if (behind >= 1 && behind <= 128)
        ++m_duplicates; // a duplicate; otherwise a gap: an earlier frame was lost
    wire.push_back(protocol::ack(quint8(m_expected - 1)));
    return false;
}

bool ReliableChannel::advanceTo(Millis now, std::vector<Frame> &wire)
{
    if (m_failed)
        return false;
    if (m_outstanding.empty() || now < m_oldestSentAt + m_settings.retransmitTimeout)
        return true;
    if (m_tries >= m_settings.maxRetransmissions) {
        m_failed = true; // 5 retransmissions of the same frame without progress
        return false;
    }
    ++m_tries;
    for (const Frame &f : m_outstanding) {
        wire.push_back(f); // go-back-N: all outstanding, oldest first
        ++m_retransmissions;
    }
    m_oldestSentAt = now;
    return true;
}

Millis ReliableChannel::nextDeadline() const
{
    if (m_failed || m_outstanding.empty())
        return -1;
    return m_oldestSentAt + m_settings.retransmitTimeout;
}

} // namespace sb::hal
