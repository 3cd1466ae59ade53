#include "connectionjson.h"

#include "service/callservice.h"

#include <QJsonArray>

namespace sb::client::connectionjson {

QJsonObject write(const core::Connection &connection)
{
    // One form for both sides: the service's own writer and reader.
    return service::CallService::connectionToJson(connection);
}

std::optional<core::Connection> read(const QJsonObject &json, QString *problem)
{
    return service::CallService::connectionFromJson(json, problem);
}

core::Devices readDevices(const QJsonObject &answer)
{
    const auto id = [](const QJsonObject &o, const char *key) {
        const int v = o.value(QLatin1String(key)).toInt(-1);
        return v >= 0 && v <= 0xFFFF ? std::optional<quint16>(quint16(v)) : std::nullopt;
    };
    core::Devices devices;
    for (const QJsonValue &v : answer.value(QStringLiteral("serialPorts")).toArray()) {
        const QJsonObject o = v.toObject();
        core::SerialPortChoice port;
        port.location = o.value(QStringLiteral("location")).toString();
        if (port.location.isEmpty())
            continue;
        port.description = o.value(QStringLiteral("description")).toString();
        port.manufacturer = o.value(QStringLiteral("manufacturer")).toString();
        port.serialNumber = o.value(QStringLiteral("serialNumber")).toString();
        port.vendorId = id(o, "vendorId").value_or(0);
        port.productId = id(o, "productId").value_or(0);
        devices.serialPorts << port;
    }
    for (const QJsonValue &v : answer.value(QStringLiteral("usbDevices")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto vendor = id(o, "vendorId");
        const auto product = id(o, "productId");
        if (!vendor || !product)
            continue;
        core::UsbDeviceChoice usb;
        usb.vendorId = *vendor;
        usb.productId = *product;
        usb.description = o.value(QStringLiteral("description")).toString();
        usb.bus = o.value(QStringLiteral("bus")).toInt();
        usb.address = o.value(QStringLiteral("address")).toInt();
        devices.usbDevices << usb;
    }
    return devices;
}

} // namespace sb::client::connectionjson
