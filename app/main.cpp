#include "localbackend.h"
#include "localconfigurator.h"
#include "options.h"
#include "quitsignals.h"
#include "screenshotdemo.h"
#include "simulatorphones.h"

#include "service/connectionsettings.h"
#include "service/programmingservice.h"
#include "service/programmingstore.h"
#include "service/runtime.h"

#include "ui/mainwindow.h"

#include <QApplication>
#include <QDateTime>
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

int run(QCoreApplication &app, const sb::app::Options &options)
{
    installTranslations(&app, options.language);
    sb::app::QuitSignals::listen(&app);
    // The programming file: a missing one means the factory defaults; a broken one is named.
    const sb::service::ProgrammingStore store(options.configFile.isEmpty()
            ? sb::service::ProgrammingStore::defaultPath()
            : options.configFile);
    store.removeStaleTemporaries(); // what interrupted saves left in the folder (issue 9 item 9)
    sb::service::ProgrammingStore::Loaded loaded = store.load();
    // Only the default location starts silently on the factory defaults: a file named with
    // --config that is not there yet is said (a bad path never gets here: options.cpp).
    if (!options.configFile.isEmpty() && !loaded.programming && loaded.message.isEmpty()
        && !QFileInfo::exists(store.path()))
        loaded.message = QCoreApplication::translate("main",
            "The programming file %1 does not exist yet: running on the factory defaults; Apply "
            "creates it.")
                             .arg(store.path());
    if (!loaded.message.isEmpty())
        std::fprintf(stderr, "switchboard: %s\n", qPrintable(loaded.message));
    // Unknown keys (a misspelt "ringlimit") are ignored, never silently.
    QStringList warnings;
    for (const QString &w : loaded.warnings)
        warnings << QCoreApplication::translate("main", "The programming file %1: %2")
                        .arg(store.path(), w);
    // A damaged installer.ini is named at start too; programming stays locked (issue 9 item 7).
    const QString installerProblem = sb::service::ProgrammingService::installerFileProblem(
        sb::service::ProgrammingService::installerFile(store.path()));
    if (!installerProblem.isEmpty())
        warnings << installerProblem;
    for (const QString &w : warnings)
        std::fprintf(stderr, "switchboard: %s\n", qPrintable(w));
    // Without a transport on the command line, the connection an installer chose (if any).
    sb::app::Options effective = options;
    QString kept;
    if (!options.transportChosen) {
        QString problem;
        const auto connection = sb::service::ConnectionSettings::load(
            sb::service::ProgrammingService::installerFile(store.path()), &problem);
        if (connection) {
            effective.setConnection(*connection);
            kept = QCoreApplication::translate("main", "the installer's connection: %1")
                       .arg(connection->describe());
        } else if (!problem.isEmpty()) {
            std::fprintf(stderr, "switchboard: %s\n", qPrintable(problem));
            kept = problem;
        }
    }
    sb::service::Runtime runtime(
        effective.connection(), loaded.programming, effective.simulatorSpeed);
    sb::app::LocalBackend backend(&runtime);
    std::unique_ptr<sb::ui::MainWindow> window;
    if (options.headless) {
        QObject::connect(&runtime, &sb::service::Runtime::line, &app, printLine);
    } else {
        window = std::make_unique<sb::ui::MainWindow>(&backend);
        sb::ui::MainWindow *w = window.get();
        QObject::connect(&runtime, &sb::service::Runtime::notified, w,
            [w](const std::vector<sb::core::Notification> &n) { w->notify(n); });
        QObject::connect(&runtime, &sb::service::Runtime::linkStateChanged, w,
            &sb::ui::MainWindow::setLinkState);
        QObject::connect(&runtime, &sb::service::Runtime::line, w, &sb::ui::MainWindow::appendLog);
        sb::ui::PhoneBench *phones = sb::app::SimulatorPhones::follow(&runtime, w);
        auto *programming = new sb::service::ProgrammingService(&runtime, store.path());
        programming->setLoadWarnings(warnings);
        auto *configurator = new sb::app::LocalConfigurator(programming);
        w->setConfigurator(configurator);
        QObject::connect(w, &QObject::destroyed, [programming, configurator] {
            delete configurator;
            delete programming;
        });
        if (options.view == QLatin1String("supervisor")) {
            w->setRole(sb::ui::MainWindow::Role::Supervisor);
            w->tabs()->setCurrentIndex(1);
        }
        if (!options.screenshot.isEmpty()) {
            auto *demo = new sb::app::ScreenshotDemo(w, phones, options.screenshot, w);
            QObject::connect(&runtime, &sb::service::Runtime::linkStateChanged, demo,
                [demo](const QString &, bool up) {
                    if (up && !demo->property("started").toBool()) {
                        demo->setProperty("started", true);
                        demo->start();
                    }
                });
            QObject::connect(demo, &sb::app::ScreenshotDemo::finished, &app,
                [](int status) { QCoreApplication::exit(status); });
        }
        window->show();
    }
    for (const QString &m : QStringList {loaded.message, kept} + warnings) {
        if (!m.isEmpty())
            QMetaObject::invokeMethod(
                &runtime, [&runtime, m] { emit runtime.line(m); }, Qt::QueuedConnection);
    }
    runtime.start();
    sb::app::QuitSignals::eventLoopStarts(); // a signal now waits for exec() to read it
    const int rc = app.exec();
    runtime.stop();
    if (options.headless)
        printLine(QStringLiteral("stopped"));
    return rc;
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
    switch (parsed.action) {
    case sb::app::ParseResult::Action::Error:
        std::fprintf(stderr, "switchboard: %s\n", qPrintable(parsed.message));
        return 2;
    case sb::app::ParseResult::Action::Help:
        std::fputs(qPrintable(parsed.message), stdout);
        return 0;
    case sb::app::ParseResult::Action::Version:
        std::printf("switchboard %s\n", SWITCHBOARD_VERSION);
        return 0;
    case sb::app::ParseResult::Action::Run:
        break;
    }
    std::unique_ptr<QCoreApplication> app(
        options.headless ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("switchboard"));
    QCoreApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    return run(*app, options);
}
