// sb::bus::BusUrl (issue 10): the broker's address, mqtt:// or mqtts://, and a message naming
// what is wrong with a bad one.

#include "bus/busurl.h"

#include <QTest>

using sb::bus::BusUrl;

class TstBusUrl : public QObject
{
    Q_OBJECT

private slots:
    void parsesGoodAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("tls");
        QTest::newRow("default port") << "mqtt://broker"
                                      << "broker" << 1883 << false;
        QTest::newRow("tls default port") << "mqtts://broker.example"
                                          << "broker.example" << 8883 << true;
        QTest::newRow("port") << "mqtt://10.0.0.5:11883"
                              << "10.0.0.5" << 11883 << false;
        QTest::newRow("tls port") << "mqtts://Broker.Example:443"
                                  << "broker.example" << 443 << true;
        QTest::newRow("scheme in capitals, slash, blanks") << "  MQTT://host/ "
                                                           << "host" << 1883 << false;
        QTest::newRow("ipv6") << "mqtt://[::1]:1884"
                              << "::1" << 1884 << false;
        QTest::newRow("ipv6 default port") << "mqtts://[fe80::1]"
                                           << "fe80::1" << 8883 << true;
    }
    void parsesGoodAddresses()
    {
        QFETCH(QString, text);
        QString error;
        const auto url = BusUrl::parse(text, &error);
        QVERIFY2(url, qPrintable(error));
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, tls);
        QCOMPARE(url->host, host);
        QCOMPARE(int(url->port), port);
        QCOMPARE(url->tls, tls);
        // Written out and read again, it is the same address.
        QCOMPARE(BusUrl::parse(url->toString(), &error), url);
    }

    void refusesBadAddressesNamingTheProblem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named"); // what the message must mention
        QTest::newRow("no scheme") << "broker:1883"
                                   << "mqtt://HOST";
        QTest::newRow("empty") << ""
                               << "mqtt://HOST";
        QTest::newRow("wrong scheme") << "http://broker"
                                      << "scheme “http”";
        QTest::newRow("tcp scheme") << "tcp://broker:1883"
                                    << "scheme “tcp”";
        QTest::newRow("port zero") << "mqtt://broker:0"
                                   << "port “0”";
        QTest::newRow("port too large") << "mqtt://broker:65536"
                                        << "port “65536”";
        QTest::newRow("port not a number") << "mqtt://broker:abc"
                                           << "port “abc”";
        QTest::newRow("port empty") << "mqtt://broker:"
                                    << "port “”";
        QTest::newRow("empty host") << "mqtt://:1883"
                                    << "host is missing";
        QTest::newRow("nothing after scheme") << "mqtts://"
                                              << "host is missing";
        QTest::newRow("path") << "mqtt://broker/switchboard"
                              << "path (“/switchboard”)";
        QTest::newRow("query") << "mqtt://broker?x=1"
                               << "query (“?x=1”)";
        QTest::newRow("fragment") << "mqtt://broker#top"
                                  << "fragment";
        QTest::newRow("user info") << "mqtt://alice:pw@broker"
                                   << "user name or password";
        QTest::newRow("bad host") << "mqtt://bro ker"
                                  << "“bro ker” is not a host name";
        QTest::newRow("bad ipv6") << "mqtt://[zz::1]"
                                  << "not an IPv6 address";
        QTest::newRow("unclosed ipv6") << "mqtt://[::1"
                                       << "closing ]";
    }
    void refusesBadAddressesNamingTheProblem()
    {
        QFETCH(QString, text);
        QFETCH(QString, named);
        QString error;
        QVERIFY(!BusUrl::parse(text, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstBusUrl)
#include "tst_busurl.moc"
