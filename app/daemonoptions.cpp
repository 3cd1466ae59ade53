#include "daemonoptions.h"
#include "controlleroptions.h"

#include "bus/busurl.h"
#include "bus/topics.h"

#include <QCommandLineParser>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace sb::app {

QString readPasswordFile(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(name.constData(), &st) != 0) {
        *error = QStringLiteral("--password-file: %1: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return QString();
    }
    if (!S_ISREG(st.st_mode)) {
        *error = QStringLiteral("--password-file: %1 is not a regular file").arg(path);
        return QString();
    }
    // A password every user of the machine can read is no secret: refused, not used.
    if (st.st_mode & S_IROTH) {
        *error = QStringLiteral("--password-file: %1 is readable by every user; make it "
                                "readable only by the service (chmod o-r %1)")
                     .arg(path);
        return QString();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--password-file: %1: %2").arg(path, file.errorString());
        return QString();
    }
    QByteArray bytes = file.read(4096);
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty()) {
        *error = QStringLiteral("--password-file: %1 is empty").arg(path);
        return QString();
    }
    return QString::fromUtf8(bytes);
}

DaemonParseResult parseDaemonArguments(const QStringList &arguments, DaemonOptions *o)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Switchboard's call service: the controller link, the call processor, the programming "
        "and the audit log; consoles reach it over an MQTT broker (SB-BUS/1). Without --bus it "
        "runs without a broker. One line per event on standard output; SIGTERM ends it."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
        QStringLiteral("Shows this help."));
    const QCommandLineOption version(
        QStringLiteral("version"), QStringLiteral("Shows the version."));
    const QCommandLineOption bus(QStringLiteral("bus"),
        QStringLiteral("The MQTT broker: mqtt://HOST[:PORT] or mqtts://HOST[:PORT]. Without it, "
                       "no broker."),
        QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"),
        QStringLiteral("The service's user name on the broker."), QStringLiteral("NAME"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        QStringLiteral("The file holding its password (a final newline is ignored; not readable "
                       "by every user)."),
        QStringLiteral("FILE"));
    const QCommandLineOption ca(QStringLiteral("ca"),
        QStringLiteral("The CA certificate for mqtts:// (default: the system's)."),
        QStringLiteral("FILE"));
    const QCommandLineOption system(QStringLiteral("system"),
        QStringLiteral("The installation's name on the bus (default office)."),
        QStringLiteral("NAME"));
    p.addOptions({help, version});
    // --sim-speed is for tests: not in the help.
    ControllerOptions controller(
        QStringLiteral("The programming file (default: in the user's configuration directory; "
                       "the system service passes /var/lib/switchboard/programming.json)."),
        QStringLiteral("Run the simulated controller's cadences this many times faster."), false);
    const QStringList args = controller.prepare(&p, arguments);
    p.addOptions({bus, user, passwordFile, ca, system});

    DaemonParseResult r;
    auto error = [&](const QString &m) {
        r.action = DaemonParseResult::Action::Error;
        r.message = m;
        return r;
    };
    if (!p.parse(args))
        return error(p.errorText());
    if (p.isSet(help)) {
        r.action = DaemonParseResult::Action::Help;
        r.message = p.helpText();
        return r;
    }
    if (p.isSet(version)) {
        r.action = DaemonParseResult::Action::Version;
        return r;
    }
    if (!p.positionalArguments().isEmpty())
        return error(
            QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().constFirst()));

    const QString controllerProblem = controller.read(p, &o->connection);
    o->transportChosen = controller.transportChosen();
    o->simulatorSpeed = controller.simulatorSpeed();
    o->configFile = controller.configFile();
    if (!controllerProblem.isEmpty())
        return error(controllerProblem);

    // The bus: every bus option needs --bus.
    o->busUrl = p.value(bus);
    if (!p.isSet(bus)) {
        for (const QCommandLineOption *needsBus : {&user, &passwordFile, &ca, &system}) {
            if (p.isSet(*needsBus))
                return error(QStringLiteral("--%1 only applies with --bus")
                                 .arg(needsBus->names().constFirst()));
        }
        return r;
    }
    QString problem;
    const std::optional<bus::BusUrl> url = bus::BusUrl::parse(o->busUrl, &problem);
    if (!url)
        return error(QStringLiteral("--bus: %1").arg(problem));
    o->user = p.value(user);
    if (p.isSet(user) && o->user.isEmpty())
        return error(QStringLiteral("--user needs a name"));
    if (p.isSet(passwordFile)) {
        if (!p.isSet(user))
            return error(QStringLiteral("--password-file needs --user"));
        o->passwordFile = p.value(passwordFile);
        o->password = readPasswordFile(o->passwordFile, &problem);
        if (o->password.isEmpty())
            return error(problem);
    }
    if (p.isSet(ca)) {
        if (!url->tls)
            return error(QStringLiteral("--ca only applies to mqtts:// addresses"));
        o->caFile = p.value(ca);
        if (!QFile(o->caFile).open(QIODevice::ReadOnly))
            return error(QStringLiteral("--ca: cannot read %1").arg(o->caFile));
    }
    if (p.isSet(system)) {
        o->system = p.value(system);
        if (!bus::Topics::isValidSystem(o->system, &problem))
            return error(QStringLiteral("--system: %1").arg(problem));
    }
    return r;
}

} // namespace sb::app
