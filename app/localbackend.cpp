#include "localbackend.h"

namespace sb::app {

ui::LinkHealth LocalBackend::linkHealth() const
{
    const service::LinkHealth h = m_runtime->linkHealth();
    ui::LinkHealth out;
    out.state = h.state;
    out.up = h.up;
    out.model = h.model;
    out.firmware = h.firmware;
    out.bootId = h.bootId;
    out.framesSent = h.framesSent;
    out.framesReceived = h.framesReceived;
    out.retransmissions = h.retransmissions;
    out.framingErrors = h.framingErrors;
    out.controllerErrors = h.controllerErrors;
    out.outages = h.outages;
    out.lastReset = h.lastReset;
    return out;
}

} // namespace sb::app
