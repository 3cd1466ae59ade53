#pragma once

#include <QString>

/// The controller link: codec, session, transports and the simulated controller (issue 3).
namespace sb::hal {

/// What a controller says of itself in IDENTITY (controller-link.md section 5).
struct ControllerInfo
{
    quint32 bootId = 0;
    int stations = 0;
    int lines = 0;
    int firmware = 0;
    QString model;

    /// e.g. "SIM-1 fw 1.0, 32 stations, 8 lines".
    QString describe() const;
};

} // namespace sb::hal
