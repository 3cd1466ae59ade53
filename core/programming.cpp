#include "programming.h"

#include <QCoreApplication>
#include <QSet>

namespace sb::core {

bool SystemOptions::operator==(const SystemOptions &o) const
{
    return callbackEnabled == o.callbackEnabled && campOnTones == o.campOnTones
        && ringLimit == o.ringLimit && guardDelay == o.guardDelay && expiry == o.expiry
        && maxRequestsPerTarget == o.maxRequestsPerTarget
        && maxRequestsPerCaller == o.maxRequestsPerCaller;
}

bool ExtensionConfig::operator==(const ExtensionConfig &o) const
{
    return number == o.number && name == o.name && type == o.type && port == o.port
        && receivesCampOnTones == o.receivesCampOnTones && lines == o.lines;
}

bool Programming::operator==(const Programming &o) const
{
    return options == o.options && extensions == o.extensions && factory == o.factory;
}

QString Programming::factoryNumber(int port, int stations)
{
    return QString::number((stations <= 899 ? 100 : 1000) + port);
}

Programming Programming::factoryDefaults(int stations, int lines)
{
    Programming p;
    p.extensions.reserve(stations);
    for (int port = 1; port <= stations; ++port) {
        ExtensionConfig e;
        e.port = port;
        e.number = factoryNumber(port, stations);
        if (port == 1) {
            e.type = ExtensionType::Attendant;
            // In the interface language at the time the factory programming is made.
            e.name = QCoreApplication::translate("Programming", "Attendant");
            // Every outside line rings the attendant.
            for (int l = 1; l <= lines; ++l)
                e.lines.append(l);
        }
        p.extensions.append(e);
    }
    return p;
}

QStringList Programming::problems() const
{
    QStringList out;
    QSet<QString> numbers;
    QSet<int> ports;
    for (const ExtensionConfig &e : extensions) {
        const QString where
            = QCoreApplication::translate("Programming", "extension %1")
                  .arg(e.number.isEmpty() ? QStringLiteral("#%1").arg(e.port) : e.number);
        bool digits = !e.number.isEmpty() && e.number.size() <= 8;
        for (const QChar c : e.number)
            digits = digits && c.isDigit() && c.unicode() < 128;
        if (!digits)
            out << QCoreApplication::translate("Programming", "%1: number must be 1 to 8 digits")
                       .arg(where);
        if (numbers.contains(e.number))
            out << QCoreApplication::translate("Programming", "%1: number is used twice")
                       .arg(where);
        numbers.insert(e.number);
        if (e.port < 1 || e.port > 65535)
            out << QCoreApplication::translate("Programming", "%1: port %2 is out of range")
                       .arg(where)
                       .arg(e.port);
        else if (ports.contains(e.port))
            out << QCoreApplication::translate("Programming", "%1: port %2 is used twice")
                       .arg(where)
                       .arg(e.port);
        ports.insert(e.port);
    }
    if (options.ringLimit < 1 || options.ringLimit > 15)
        out << QCoreApplication::translate("Programming", "ring limit must be 1 to 15");
    if (options.guardDelay < 0 || options.guardDelay > 60000)
        out << QCoreApplication::translate("Programming", "guard delay must be 0 to 60 s");
    if (options.expiry < 0)
        out << QCoreApplication::translate("Programming", "expiry must not be negative");
    if (options.maxRequestsPerTarget < 1 || options.maxRequestsPerTarget > 1000)
        out << QCoreApplication::translate(
            "Programming", "requests per extension must be 1 to 1000");
    if (options.maxRequestsPerCaller < 1 || options.maxRequestsPerCaller > 1000)
        out << QCoreApplication::translate("Programming", "requests per caller must be 1 to 1000");
    return out;
}

} // namespace sb::core
