#pragma once

#include <QString>

#include <optional>

namespace sb::bus {

/// Where the broker is: `mqtt://HOST[:PORT]` (port 1883 by default) or `mqtts://HOST[:PORT]`
/// (TLS, 8883). User names and passwords are not part of it.
struct BusUrl
{
    static constexpr quint16 defaultPort = 1883;
    static constexpr quint16 defaultTlsPort = 8883;

    QString host;
    quint16 port = defaultPort;
    bool tls = false;

    /// The address in `text`, or nothing with `*error` naming what is wrong (the scheme, the
    /// port, a missing host, a path, query or user name present), translated in the context
    /// "BusUrl".
    static std::optional<BusUrl> parse(const QString &text, QString *error);
    /// The address written out, e.g. `mqtts://broker.example:8883` (IPv6 hosts in brackets).
    QString toString() const;

    bool operator==(const BusUrl &other) const
    {
        return host == other.host && port == other.port && tls == other.tls;
    }
    bool operator!=(const BusUrl &other) const { return !(*this == other); }
};

} // namespace sb::bus
