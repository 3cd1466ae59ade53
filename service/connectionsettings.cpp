#include "connectionsettings.h"

#include "storage/settingsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace sb::service {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)
};

const QString kindKey = QStringLiteral("connection/kind");

} // namespace

std::optional<core::Connection> ConnectionSettings::load(const QString &iniFile, QString *problem)
{
    // QSettings opens the file at once: a FIFO would block start-up, /dev/zero never end. What
    // else is wrong with it is said by ProgrammingService::installerFileProblem.
    const QFileInfo info(iniFile);
    if (!info.isFile() || !info.isReadable())
        return std::nullopt;
    QSettings s(iniFile, QSettings::IniFormat);
    if (!s.contains(kindKey))
        return std::nullopt;
    core::Connection c;
    const QString kind = s.value(kindKey).toString();
    if (kind == QLatin1String("serial"))
        c.kind = core::Connection::Kind::Serial;
    else if (kind == QLatin1String("usb"))
        c.kind = core::Connection::Kind::Usb;
    else if (kind == QLatin1String("simulated"))
        c.kind = core::Connection::Kind::Simulated;
    else {
        if (problem)
            *problem = Text::tr("%1: connection/kind: '%2' is not simulated, serial or usb")
                           .arg(iniFile, kind);
        return std::nullopt;
    }
    c.serialPort = s.value(QStringLiteral("connection/serialPort")).toString();
    c.serialNumber = s.value(QStringLiteral("connection/serialNumber")).toString();
    // A number that is not one is named as written ("baud=abc"), never read as 0.
    auto number = [&](const char *key, int fallback, int *out) -> bool {
        const QString text = s.value(QLatin1String(key), fallback).toString().trimmed();
        bool ok = false;
        *out = text.toInt(&ok);
        if (!ok && problem)
            *problem
                = Text::tr("%1: %2: '%3' is not a number").arg(iniFile, QLatin1String(key), text);
        return ok;
    };
    if (!number("connection/baud", 115200, &c.baud))
        return std::nullopt;
    const QString usb = s.value(QStringLiteral("connection/usb")).toString().trimmed();
    if (!usb.isEmpty()) { // absent: the default, as --usb alone
        static const QRegularExpression vidPid(
            QStringLiteral("^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})$"));
        const QRegularExpressionMatch m = vidPid.match(usb);
        if (!m.hasMatch()) {
            if (problem)
                *problem = Text::tr("%1: connection/usb: '%2' is not VID:PID (1209:4b54)")
                               .arg(iniFile, usb);
            return std::nullopt;
        }
        c.vendorId = quint16(m.captured(1).toUInt(nullptr, 16));
        c.productId = quint16(m.captured(2).toUInt(nullptr, 16));
    }
    if (!number("connection/stations", 32, &c.stations) || !number("connection/lines", 8, &c.lines))
        return std::nullopt;
    const QString wrong = c.problem();
    if (!wrong.isEmpty()) {
        if (problem)
            *problem = Text::tr("%1: connection: %2").arg(iniFile, wrong);
        return std::nullopt;
    }
    return c;
}

QString ConnectionSettings::save(
    const QString &iniFile, const core::Connection &c, const std::function<QString()> &beforeCommit)
{
    const char *kind = c.kind == core::Connection::Kind::Serial ? "serial"
        : c.kind == core::Connection::Kind::Usb                 ? "usb"
                                                                : "simulated";
    const QVariantMap values {
        {kindKey, QLatin1String(kind)},
        {QStringLiteral("connection/serialPort"), c.serialPort},
        {QStringLiteral("connection/serialNumber"), c.serialNumber},
        {QStringLiteral("connection/baud"), c.baud},
        {QStringLiteral("connection/usb"), core::usbId(c.vendorId, c.productId)},
        {QStringLiteral("connection/stations"), c.stations},
        {QStringLiteral("connection/lines"), c.lines},
    };
    QDir().mkpath(QFileInfo(iniFile).absolutePath());
    QString refused; // beforeCommit's own error, passed on as it is
    const QString error
        = storage::SettingsFile::update(iniFile, values, storage::AtomicFile::ownerOnly, [&] {
              refused = beforeCommit ? beforeCommit() : QString();
              return refused;
          });
    if (error.isEmpty() || error == refused)
        return error;
    return Text::tr("cannot write %1 (%2): the connection is not changed").arg(iniFile, error);
}

} // namespace sb::service
