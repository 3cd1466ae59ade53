#include "options.h"
#include "controlleroptions.h"

#include "bus/busurl.h"
#include "bus/topics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>

namespace sb::app {

namespace {

/// The command line's messages, translated in the context "Options".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Options)
};

} // namespace

ParseResult parseArguments(const QStringList &arguments, Options *o)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("Runs a key telephone system from this PC. With no transport "
                 "option it runs on the built-in simulated controller."));
    const QCommandLineOption help(
        QStringList {QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Shows this help."));
    const QCommandLineOption version(QStringLiteral("version"), Text::tr("Shows the version."));
    const QCommandLineOption headless(QStringLiteral("headless"),
        Text::tr("No window: call processing only, one line per event."));
    const QCommandLineOption lang(QStringLiteral("lang"),
        Text::tr("Interface language (default: the system's)."), Text::tr("CODE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        Text::tr("Save a picture of the main window to FILE and exit."), Text::tr("FILE"));
    const QCommandLineOption view(QStringLiteral("view"),
        Text::tr("The view to start in: extensions or supervisor."), Text::tr("VIEW"));
    const QCommandLineOption bus(QStringLiteral("bus"),
        Text::tr("A console of a remote call service: mqtt://HOST[:PORT] or mqtts://HOST[:PORT]."),
        Text::tr("URL"));
    const QCommandLineOption user(QStringLiteral("user"),
        Text::tr("The console's user name on the broker."), Text::tr("NAME"));
    const QCommandLineOption ca(
        QStringLiteral("ca"), Text::tr("The CA certificate for mqtts://."), Text::tr("FILE"));
    const QCommandLineOption system(QStringLiteral("system"),
        Text::tr("The installation's name on the bus (default office)."), Text::tr("NAME"));
    const QCommandLineOption roles(QStringLiteral("roles"),
        Text::tr("The roles the broker gives this user: reception, supervisor, installer, "
                 "separated by commas (default reception)."),
        Text::tr("LIST"));
    p.addOptions({help, version});
    ControllerOptions controller(
        Text::tr("The programming file (default: in the user's configuration directory)."),
        Text::tr("Run the simulated controller's ring cadences this many times faster."), true);
    const QStringList args = controller.prepare(&p, arguments);
    p.addOptions({headless, lang, screenshot, view, bus, user, ca, system, roles});

    ParseResult r;
    auto error = [&](const QString &m) {
        r.action = ParseResult::Action::Error;
        r.message = m;
        return r;
    };
    if (!p.parse(args))
        return error(p.errorText());
    if (p.isSet(help)) {
        r.action = ParseResult::Action::Help;
        r.message = p.helpText();
        return r;
    }
    if (p.isSet(version)) {
        r.action = ParseResult::Action::Version;
        return r;
    }
    if (!p.positionalArguments().isEmpty())
        return error(
            Text::tr("unexpected argument '%1'").arg(p.positionalArguments().constFirst()));

    core::Connection connection = o->connection();
    const QString problem = controller.read(p, &connection);
    o->setConnection(connection);
    o->transportChosen = controller.transportChosen();
    o->simulatorSpeed = controller.simulatorSpeed();
    o->configFile = controller.configFile();
    if (!problem.isEmpty())
        return error(problem);
    o->headless = p.isSet(headless);
    o->language = p.value(lang);
    o->screenshot = p.value(screenshot);
    o->view = p.value(view);
    if (p.isSet(view) && o->view != QLatin1String("extensions")
        && o->view != QLatin1String("supervisor"))
        return error(Text::tr("--view takes extensions or supervisor; got '%1'").arg(o->view));
    if (!o->screenshot.isEmpty() && o->headless)
        return error(Text::tr("--screenshot needs the window: leave out --headless"));
    // The console of a remote service: the broker, who, and what it may do.
    o->busUrl = p.value(bus);
    o->user = p.value(user);
    o->caFile = p.value(ca);
    if (p.isSet(system))
        o->system = p.value(system);
    if (p.isSet(roles))
        o->roles = p.value(roles);
    if (p.isSet(bus)) {
        QString why;
        if (!bus::BusUrl::parse(o->busUrl, &why))
            return error(Text::tr("--bus: '%1' is not a broker address: %2").arg(o->busUrl, why));
        if (o->user.isEmpty())
            return error(Text::tr("--bus needs --user NAME (the console's user on the broker)"));
        if (controller.anyGiven())
            return error(Text::tr("--bus: the controller and the programming are the call "
                                  "service's; leave out --simulate, --serial, --usb, --config and "
                                  "--sim-speed"));
        if (o->headless)
            return error(Text::tr("--bus needs the window: leave out --headless"));
        if (!bus::Topics::isValidSystem(o->system))
            return error(
                Text::tr("--system takes 1 to 32 of a-z, 0-9 and -; got '%1'").arg(o->system));
    } else {
        for (const QCommandLineOption *only : {&user, &ca, &system, &roles}) {
            if (p.isSet(*only))
                return error(Text::tr("--%1 needs --bus URL").arg(only->names().constFirst()));
        }
    }
    if (p.isSet(lang)
        && !QRegularExpression(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"))
                .match(o->language)
                .hasMatch())
        return error(
            Text::tr("--lang takes a language code such as de or es; got '%1'").arg(o->language));
    return r;
}

QString languageArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return QString();
}

core::Connection Options::connection() const
{
    core::Connection c;
    switch (transport) {
    case Transport::Simulated:
        c.kind = core::Connection::Kind::Simulated;
        break;
    case Transport::Serial:
        c.kind = core::Connection::Kind::Serial;
        break;
    case Transport::Usb:
        c.kind = core::Connection::Kind::Usb;
        break;
    }
    c.serialPort = serialDevice;
    c.serialNumber = serialNumber;
    c.baud = baud;
    c.vendorId = vendorId;
    c.productId = productId;
    c.stations = stations;
    c.lines = lines;
    return c;
}

void Options::setConnection(const core::Connection &c)
{
    switch (c.kind) {
    case core::Connection::Kind::Simulated:
        transport = Transport::Simulated;
        break;
    case core::Connection::Kind::Serial:
        transport = Transport::Serial;
        break;
    case core::Connection::Kind::Usb:
        transport = Transport::Usb;
        break;
    }
    serialDevice = c.serialPort;
    serialNumber = c.serialNumber;
    baud = c.baud;
    vendorId = c.vendorId;
    productId = c.productId;
    stations = c.stations;
    lines = c.lines;
}

std::optional<int> ParseResult::exitStatus(const char *program, const char *version) const
{
    switch (action) {
    case Action::Error:
        std::fprintf(stderr, "%s: %s\n", program, qPrintable(message));
        return 2;
    case Action::Help:
        std::fputs(qPrintable(message), stdout);
        return 0;
    case Action::Version:
        std::printf("%s %s\n", program, version);
        return 0;
    case Action::Run:
        break;
    }
    return std::nullopt;
}

} // namespace sb::app
