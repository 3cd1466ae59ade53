#include "bus/busurl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace sb::bus {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BusUrl", text);
}

} // namespace

std::optional<BusUrl> BusUrl::parse(const QString &input, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<BusUrl> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString text = input.trimmed();
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd < 0) {
        return fail(tr("“%1” is not a broker address: write mqtt://HOST[:PORT] or "
                       "mqtts://HOST[:PORT]")
                        .arg(text));
    }
    BusUrl url;
    const QString scheme = text.left(schemeEnd).toLower();
    if (scheme == QLatin1String("mqtts")) {
        url.tls = true;
        url.port = defaultTlsPort;
    } else if (scheme != QLatin1String("mqtt")) {
        return fail(tr("unknown scheme “%1”: use mqtt:// or mqtts://").arg(text.left(schemeEnd)));
    }

    QString rest = text.mid(schemeEnd + 3);
    const qsizetype authorityEnd = rest.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    const QString tail = authorityEnd < 0 ? QString() : rest.mid(authorityEnd);
    const QString authority = authorityEnd < 0 ? rest : rest.left(authorityEnd);
    if (tail.contains(QLatin1Char('?')))
        return fail(tr("a query (“%1”) has no place in a broker address").arg(tail));
    if (tail.contains(QLatin1Char('#')))
        return fail(tr("a fragment (“%1”) has no place in a broker address").arg(tail));
    if (!tail.isEmpty() && tail != QLatin1String("/"))
        return fail(tr("a path (“%1”) has no place in a broker address").arg(tail));
    if (authority.contains(QLatin1Char('@'))) {
        return fail(tr("a user name or password has no place in a broker address: they are set "
                       "separately"));
    }

    QString host = authority;
    QString port;
    bool hasPort = false;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(tr("the IPv6 address in “%1” lacks its closing ]").arg(authority));
        host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return fail(tr("“%1” after the IPv6 address is not a port").arg(after));
        if (!after.isEmpty()) {
            hasPort = true;
            port = after.mid(1);
        }
        QHostAddress address;
        if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(tr("“%1” is not an IPv6 address").arg(host));
    } else {
        const qsizetype colon = authority.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            hasPort = true;
            host = authority.left(colon);
            port = authority.mid(colon + 1);
        }
        static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._-]+$"));
        if (host.isEmpty())
            return fail(tr("the host is missing: write mqtt://HOST[:PORT]"));
        if (!hostName.match(host).hasMatch())
            return fail(tr("“%1” is not a host name").arg(host));
    }
    if (host.isEmpty())
        return fail(tr("the host is missing: write mqtt://HOST[:PORT]"));
    if (hasPort) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        const uint number = digits.match(port).hasMatch() ? port.toUInt() : 0;
        if (number < 1 || number > 65535)
            return fail(tr("the port “%1” is not a number from 1 to 65535").arg(port));
        url.port = quint16(number);
    }
    url.host = host.toLower();
    return url;
}

QString BusUrl::toString() const
{
    const QString shownHost
        = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("%1://%2:%3")
        .arg(tls ? QLatin1String("mqtts") : QLatin1String("mqtt"), shownHost)
        .arg(port);
}

} // namespace sb::bus
