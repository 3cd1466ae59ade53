// switchboardd: the call service (issue 10; console.md "Command line"; docs/console-bus.md
// "The call service"). QtCore only: no display, no widgets.

#include "daemonoptions.h"
#include "linewriter.h"
#include "quitsignals.h"

#include "bus/busurl.h"
#include "service/busservice.h"
#include "service/callservice.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <csignal>
#include <cstdio>
#include <memory>

namespace {

int run(QCoreApplication &app, const sb::app::DaemonOptions &options)
{
    sb::app::QuitSignals::listen(&app);
    sb::service::CallService::Settings settings;
    settings.connection = options.connection;
    settings.connectionChosen = options.transportChosen;
    settings.simulatorSpeed = options.simulatorSpeed;
    settings.programmingFile = options.configFile;
    settings.version = QStringLiteral(SWITCHBOARD_VERSION);
    // One line per event (console.md): not the commands each event sends, which at thousands of
    // events a second would be most of the journal and of the service's own work.
    settings.logCommands = false;
    // One line per event on standard output: the journal adds its own time, a terminal reads
    // ours.
    sb::app::LineWriter out(stdout, !sb::app::LineWriter::isJournal());
    const auto printLine = [&out](const QString &text) { out.add(text); };
    sb::service::CallService service(settings);
    QObject::connect(&service, &sb::service::CallService::line, &app, printLine);

    std::unique_ptr<sb::service::BusService> bus;
    if (!options.busUrl.isEmpty()) {
        sb::bus::MqttClient::Settings mqtt;
        mqtt.setUrl(*sb::bus::BusUrl::parse(options.busUrl, nullptr));
        mqtt.user = options.user;
        mqtt.password = options.password;
        mqtt.caFile = options.caFile;
        mqtt.keepaliveSeconds = sb::service::BusService::maxKeepaliveSeconds;
        bus = std::make_unique<sb::service::BusService>(&service, mqtt, options.system);
        QObject::connect(bus.get(), &sb::service::BusService::line, &app, printLine);
    } else {
        printLine(QStringLiteral("no --bus: running without a broker"));
    }

    service.start();
    if (bus)
        bus->start();
    sb::app::QuitSignals::eventLoopStarts(); // a signal now waits for exec() to read it
    const int rc = app.exec();
    // The service first, while the bus still carries what it says as it stops (the index due,
    // the deletions after it, the last events, offline); then a clean disconnect (the broker
    // drops the will).
    service.stop();
    if (bus) {
        QEventLoop loop;
        QObject::connect(bus.get(), &sb::service::BusService::stopped, &loop, &QEventLoop::quit);
        bus->stop();
        loop.exec();
        bus.reset();
    }
    out.add(QStringLiteral("stopped"));
    out.flush();
    return rc;
}

} // namespace

int main(int argc, char *argv[])
{
    sb::app::QuitSignals::install({SIGINT, SIGTERM}, "switchboardd");
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    sb::app::DaemonOptions options;
    const sb::app::DaemonParseResult parsed = sb::app::parseDaemonArguments(arguments, &options);
    if (const std::optional<int> status = parsed.exitStatus("switchboardd", SWITCHBOARD_VERSION))
        return *status;
    // Qt's own event dispatcher instead of GLib's: the service has no GLib sources to serve, and
    // at thousands of socket and timer events a second GLib's bookkeeping is a cost of its own.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboardd"));
    QCoreApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    return run(app, options);
}
