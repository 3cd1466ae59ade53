#include "buspassword.h"
#include "options.h"
#include "quitsignals.h"
#include "screenshotdemo.h"
#include "simulatorphones.h"

#include "bus/busurl.h"
#include "client/busclient.h"
#include "client/inprocessclient.h"

#include "ui/consolelayout.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

void printLine(const QString &text)
{
    const QByteArray line
        = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz ")).toUtf8()
        + text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

/// The interface language: --lang, or the system's; Qt's own strings too where installed.
/// Without a translation for it, English, which carries the plural forms ("1 line").
void installTranslations(QCoreApplication *app, const QString &language, bool warn = true)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates and numbers (reports, the event log) in the chosen language too, not the system's.
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(app);
    if (own->load(
            locale, QStringLiteral("switchboard"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        if (warn && !language.isEmpty() && !language.startsWith(QLatin1String("en")))
            std::fprintf(
                stderr, "switchboard: no %s translation; using English\n", qPrintable(language));
        if (own->load(QStringLiteral(":/i18n/switchboard_en.qm")))
            QCoreApplication::installTranslator(own);
    }
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

/// The console's window over a client, with the view asked for.
std::unique_ptr<sb::ui::MainWindow> makeWindow(
    sb::client::Client *client, const sb::app::Options &options)
{
    auto window = std::make_unique<sb::ui::MainWindow>(client);
    // The layout this user left (issue 12 item 4); not for the README's pictures, and --view
    // wins for this start.
    if (options.screenshot.isEmpty())
        window->keepLayout(sb::ui::ConsoleLayout::defaultFile());
    if (options.view == QLatin1String("supervisor")) {
        window->setRole(sb::ui::MainWindow::Role::Supervisor);
        window->tabs()->setCurrentIndex(1);
    }
    return window;
}

/// Without --bus: the call service in this process, on a thread of its own.
int runInProcess(QCoreApplication &app, const sb::app::Options &options)
{
    sb::service::CallService::Settings settings;
    settings.connection = options.connection();
    settings.connectionChosen = options.transportChosen;
    settings.simulatorSpeed = options.simulatorSpeed;
    settings.programmingFile = options.configFile;
    settings.version = QStringLiteral(SWITCHBOARD_VERSION);
    // The service is made on its own thread (the programming file, the history's database):
    // nothing here waits for it; what loading and opening say comes as it is said.
    sb::client::InProcessClient client(settings);
    // A broken programming file, the kept connection, ignored keys, a damaged history.
    QObject::connect(&client, &sb::client::InProcessClient::startMessagesAdded, &app,
        [](const QStringList &messages) {
            for (const QString &m : messages)
                std::fprintf(stderr, "switchboard: %s\n", qPrintable(m));
        });
    std::unique_ptr<sb::ui::MainWindow> window;
    if (options.headless) {
        QObject::connect(&client, &sb::client::InProcessClient::serviceLine, &app, printLine);
        client.start();
    } else {
        window = makeWindow(&client, options);
        sb::ui::MainWindow *w = window.get();
        QObject::connect(&client, &sb::client::InProcessClient::startMessagesAdded, w,
            [w](const QStringList &messages) {
                for (const QString &m : messages)
                    w->appendLog(m);
            });
        client.start();
        // The simulated phones exist only on the simulated controller of this process's service.
        sb::app::SimulatorPhones *phones = sb::app::SimulatorPhones::follow(&client, w);
        if (!options.screenshot.isEmpty()) {
            auto *demo = new sb::app::ScreenshotDemo(w, phones, options.screenshot, w);
            QObject::connect(&client.picture(), &sb::client::Picture::currentChanged, demo,
                [demo](bool current) {
                    if (current && !demo->property("started").toBool()) {
                        demo->setProperty("started", true);
                        demo->start();
                    }
                });
            QObject::connect(demo, &sb::app::ScreenshotDemo::finished, &app,
                [](int status) { QCoreApplication::exit(status); });
        }
        window->show();
    }
    sb::app::QuitSignals::eventLoopStarts(); // a signal now waits for exec() to read it
    const int rc = app.exec();
    // The window is hidden first, so that nothing on screen looks frozen while the service
    // writes its last history batch and says offline; then the service ends, before the window
    // and its simulated phones go (they hear of its simulator on its thread until then).
    if (window)
        window->hide();
    client.shutDown();
    window.reset();
    if (options.headless)
        printLine(QStringLiteral("stopped"));
    return rc;
}

/// With --bus: a console of a remote call service, over the broker.
int runOnBus(QCoreApplication &app, const sb::app::Options &options)
{
    QString problem;
    const auto roles = sb::client::parseRoles(options.roles, &problem);
    if (!roles) {
        std::fprintf(stderr, "switchboard: --roles: %s\n", qPrintable(problem));
        return 2;
    }
    const auto url = sb::bus::BusUrl::parse(options.busUrl, &problem);
    if (!url) { // options.cpp has checked it: kept for safety
        std::fprintf(stderr, "switchboard: --bus: %s\n", qPrintable(problem));
        return 2;
    }
    sb::client::BusClient::Settings settings;
    settings.mqtt.setUrl(*url);
    settings.mqtt.user = options.user;
    settings.mqtt.caFile = options.caFile;
    settings.system = options.system;
    settings.roles = *roles;
    // The password: from the desktop keyring, else asked; never on the command line. Until the
    // broker has taken one, the console waits for its answer (before any window) and asks again
    // after a refusal; a broker not reachable yet is not a refusal: the client keeps trying.
    const QString key = sb::app::BusPassword::key(options.user, options.busUrl, options.system);
    std::optional<QString> password = sb::app::BusPassword::fromKeyring(key);
    bool fromKeyring = password.has_value();
    QString refused;
    std::unique_ptr<sb::client::BusClient> client;
    for (;;) {
        if (!password)
            password = sb::app::BusPassword::ask(options.user, options.busUrl, refused);
        if (!password)
            return 1; // cancelled
        settings.mqtt.password = *password;
        client = std::make_unique<sb::client::BusClient>(settings);
        QEventLoop answer;
        QObject::connect(
            client.get(), &sb::client::Client::serviceStateChanged, &answer, &QEventLoop::quit);
        client->start();
        answer.exec();
        const QString error = client->lastError();
        const bool refusedNow = !client->isConnected()
            && (error.contains(QLatin1String("authori"), Qt::CaseInsensitive)
                || error.contains(QLatin1String("password"), Qt::CaseInsensitive));
        if (!refusedNow) {
            if (client->isConnected() && !fromKeyring)
                sb::app::BusPassword::remember(key, *password);
            break;
        }
        if (fromKeyring)
            sb::app::BusPassword::forget(key);
        fromKeyring = false;
        client.reset();
        password.reset();
        refused = QCoreApplication::translate("main", "The broker refused: %1").arg(error);
    }
    std::unique_ptr<sb::ui::MainWindow> window = makeWindow(client.get(), options);
    window->show();
    sb::app::QuitSignals::eventLoopStarts();
    const int rc = app.exec();
    window.reset();
    client->stop();
    return rc;
}

int run(QCoreApplication &app, const sb::app::Options &options)
{
    installTranslations(&app, options.language);
    sb::app::QuitSignals::listen(&app);
    return options.busUrl.isEmpty() ? runInProcess(app, options) : runOnBus(app, options);
}

} // namespace

int main(int argc, char *argv[])
{
    // Ctrl-C works from the first moment (issue 9 item 6).
    sb::app::QuitSignals::install({SIGINT, SIGTERM}, "switchboard");
    // The arguments first: bad ones and --help need no display, and --headless never does.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    sb::app::Options options;
    sb::app::ParseResult parsed = sb::app::parseArguments(arguments, &options);
    if (parsed.action == sb::app::ParseResult::Action::Help
        || parsed.action == sb::app::ParseResult::Action::Error) {
        // Said again in the interface language, Qt's own words ("Usage:") too: that needs an
        // application object with the translators. Its argv[0] is the command's name, so the
        // help says "Usage: switchboard [options]" however the program was started.
        char name[] = "switchboard";
        char *nameArgv[] = {name, nullptr};
        int nameArgc = 1;
        QCoreApplication texts(nameArgc, nameArgv);
        installTranslations(&texts, sb::app::languageArgument(arguments), false);
        sb::app::Options again;
        parsed = sb::app::parseArguments(arguments, &again);
    }
    if (const std::optional<int> status = parsed.exitStatus("switchboard", SWITCHBOARD_VERSION))
        return *status;
    std::unique_ptr<QCoreApplication> app(
        options.headless ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("switchboard"));
    QCoreApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    return run(*app, options);
}
