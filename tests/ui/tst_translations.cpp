// The German and Spanish translations load and cover every string of the main window: each
// text a person can see or hear (labels, buttons, titles, tabs, menus, headers, placeholders,
// tooltips, accessible names) differs from the English, except a few that are the same on purpose.

#include "client/inprocessclient.h"
#include "ui/mainwindow.h"
#include "ui/phonebench.h"
#include "ui/programmingpage.h"

#include "tests/support/languages.h"

#include "ui/detailspane.h"
#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <QtTest>

using namespace sb;

namespace {

/// The call service in this process on a simulated controller of 8 stations and 2 lines: the
/// window shows what a console shows.
class Service
{
public:
    Service()
    {
        service::CallService::Settings s;
        s.connection.stations = 8;
        s.connection.lines = 2;
        s.connectionChosen = true;
        s.programmingFile = m_dir.filePath(QStringLiteral("programming.json"));
        s.version = QStringLiteral("test");
        s.deviceLister = [] { return core::Devices {}; };
        client = std::make_unique<client::InProcessClient>(s);
        client->start();
    }
    bool current() const
    {
        return QTest::qWaitFor(
            [this] {
                return client->picture().isCurrent() && client->picture().extensions().size() == 8;
            },
            20000);
    }
    std::unique_ptr<client::InProcessClient> client;

private:
    QTemporaryDir m_dir;
};

class Phones : public ui::PhoneBench
{
public:
    void act(const QString &) override { }
    void query(int) override { }
    void setTraffic(int) override { }
    int lineCount() const override { return 2; }
};

/// Every text of the window, in a fixed order, with where it was found.
QList<QPair<QString, QString>> texts(QWidget *w)
{
    QList<QPair<QString, QString>> out;
    auto add = [&](const QString &where, const QString &t) {
        if (!t.trimmed().isEmpty())
            out.append({where, t});
    };
    add(QStringLiteral("title"), w->windowTitle());
    for (QWidget *c : w->findChildren<QWidget *>()) {
        const QString where = QString::fromLatin1(c->metaObject()->className());
        add(where + QStringLiteral(" tooltip"), c->toolTip());
        add(where + QStringLiteral(" accessible"), c->accessibleName());
        if (auto *l = qobject_cast<QLabel *>(c))
            add(where, l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(c))
            add(where, b->text());
        if (auto *g = qobject_cast<QGroupBox *>(c))
            add(where, g->title());
        if (auto *e = qobject_cast<QLineEdit *>(c))
            add(where + QStringLiteral(" placeholder"), e->placeholderText());
        if (auto *t = qobject_cast<QTabWidget *>(c)) {
            for (int i = 0; i < t->count(); ++i)
                add(QStringLiteral("tab"), t->tabText(i));
        }
        if (auto *tree = qobject_cast<QTreeWidget *>(c)) {
            for (int i = 0; i < tree->columnCount(); ++i)
                add(QStringLiteral("tree header"), tree->headerItem()->text(i));
        }
        if (auto *table = qobject_cast<QTableView *>(c); table && table->model()) {
            for (int i = 0; i < table->model()->columnCount(); ++i)
                add(QStringLiteral("table header"),
                    table->model()->headerData(i, Qt::Horizontal).toString());
            for (int i = 0; i < table->model()->rowCount() && i < 20; ++i)
                add(QStringLiteral("table row header"),
                    table->model()->headerData(i, Qt::Vertical).toString());
        }
    }
    for (QAction *menu : static_cast<QMainWindow *>(w)->menuBar()->actions()) {
        add(QStringLiteral("menu"), menu->text());
        if (menu->menu()) {
            for (QAction *a : menu->menu()->actions())
                add(QStringLiteral("menu item"), a->text());
        }
    }
    return out;
}

QList<QPair<QString, QString>> windowTexts(Service &b, Phones &phones)
{
    ui::MainWindow w(b.client.get()); // with the programming page, locked and editing side
    w.setPhoneBench(&phones);
    w.setRole(ui::MainWindow::Role::Supervisor);
    w.selectNumber(QStringLiteral("103"));
    return texts(&w);
}

bool isData(const QString &t)
{
    // Numbers, extension labels ("101 Attendant"), dial keys and lamp glyphs are data, not
    // language.
    // Device paths ("/dev/ttyUSB0") too.
    return t.isEmpty() || t.at(0).isDigit() || t.size() == 1 || t == QLatin1String("line 1")
        || t.startsWith(QLatin1Char('/'));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everyStringOfTheMainWindowIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("German") << QStringLiteral("de");
        QTest::addRow("Spanish") << QStringLiteral("es");
    }
    void everyStringOfTheMainWindowIsTranslated()
    {
        QFETCH(QString, language);
        Service b;
        QVERIFY(b.current());
        Phones phones;
        const auto english = windowTexts(b, phones);

        QTranslator translator;
        QVERIFY2(translator.load(QLocale(language), QStringLiteral("switchboard"),
                     QStringLiteral("_"), QStringLiteral(":/i18n")),
            "the translation is built into the program");
        QVERIFY(QCoreApplication::installTranslator(&translator));
        // Qt's own strings (scroll buttons of a tab bar) come from Qt's translations, as in the
        // program.
        QTranslator qt;
        QVERIFY2(qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
            "qt6-translations-l10n is installed");
        QCoreApplication::installTranslator(&qt);
        const auto translated = windowTexts(b, phones);
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&translator);

        QCOMPARE(translated.size(), english.size());
        // The same in every language on purpose: the product's name and the keys' engravings.
        const QStringList same {QStringLiteral("Switchboard"), QStringLiteral("CALLBACK"),
            QStringLiteral("CLEAR"), QStringLiteral("DND"), QStringLiteral("CALLBACK ◐"),
            QStringLiteral("DND ●"), QStringLiteral("HOLD"), QStringLiteral("TRANSFER"),
            QStringLiteral("FLASH"), QStringLiteral("Name") /* the same word in German */};
        QStringList untranslated;
        int checked = 0;
        for (int i = 0; i < english.size(); ++i) {
            const QString &e = english.at(i).second;
            if (isData(e) || same.contains(e))
                continue;
            ++checked;
            if (translated.at(i).second == e)
                untranslated << QStringLiteral("%1: \"%2\"").arg(english.at(i).first, e);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
        QVERIFY2(checked > 120, qPrintable(QString::number(checked)));
    }

    // issue 9 item 18: the .ts files are the one source of the translations, so an unfinished,
    // empty or vanished text there is a missing translation. German and Spanish translate every
    // text, keeping its placeholders; English gives only the plural forms.
    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("German") << QStringLiteral("de");
        QTest::addRow("Spanish") << QStringLiteral("es");
        QTest::addRow("English") << QStringLiteral("en");
    }
    void tsFilesAreComplete()
    {
        QFETCH(QString, language);
        QFile file(QStringLiteral(SWITCHBOARD_TS_DIR "/switchboard_%1.ts").arg(language));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const bool pluralsOnly = language == QLatin1String("en");
        static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
        QStringList problems;
        int messages = 0;
        QString context;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            if (xml.name() != QLatin1String("message"))
                continue;
            ++messages;
            const bool numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            QString source;
            QString type;
            QStringList forms;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    type = xml.attributes().value(QLatin1String("type")).toString();
                    if (numerus) {
                        while (xml.readNextStartElement())
                            forms << xml.readElementText();
                    } else {
                        forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (pluralsOnly && !numerus)
                continue; // the source text is the English
            const QString where = context + QStringLiteral(": \"") + source + QLatin1Char('"');
            if (!type.isEmpty())
                problems << where + QStringLiteral(" is ") + type;
            else if (forms.isEmpty() || forms.contains(QString()))
                problems << where + QStringLiteral(" has an empty translation");
            auto it = placeholder.globalMatch(source);
            while (it.hasNext()) {
                const QString p = it.next().captured();
                for (const QString &f : std::as_const(forms)) {
                    if (type.isEmpty() && !f.contains(p))
                        problems << where + QStringLiteral(" loses ") + p + QStringLiteral(": ")
                                + f;
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(messages > 400, qPrintable(QString::number(messages)));
    }

    // Alt+letter reaches each control of the window: no two visible ones share a letter.
    void mnemonicsAreUnique_data() { sb::test::addLanguageRows(); }
    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(sb::test::installLanguage(translator, language));
        Service b;
        QVERIFY(b.current());
        Phones phones;
        ui::MainWindow w(b.client.get()); // the programming page's sections and choices too
        w.setPhoneBench(&phones);
        w.setRole(ui::MainWindow::Role::Supervisor);
        w.selectNumber(QStringLiteral("103"));
        QStringList texts;
        for (QAbstractButton *button : w.programming()->findChildren<QRadioButton *>())
            texts << button->text();
        for (QAction *a : w.menuBar()->actions())
            texts << a->text();
        for (QTabWidget *t : w.findChildren<QTabWidget *>()) {
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i);
        }
        for (QAbstractButton *button : w.details()->findChildren<QAbstractButton *>())
            texts << button->text();
        QMap<QChar, QString> seen;
        QStringList clashes;
        for (const QString &t : texts) {
            const int amp = t.indexOf(QLatin1Char('&'));
            if (amp < 0 || amp + 1 >= t.size())
                continue;
            const QChar key = t.at(amp + 1).toLower();
            if (seen.contains(key) && seen[key] != t)
                clashes << QStringLiteral("Alt+%1: %2 / %3").arg(key, seen[key], t);
            seen[key] = t;
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QVERIFY(seen.size() >= 10);
    }

    // --lang switches the language of the program's own strings.
    void translatorSwitchesLanguage()
    {
        QTranslator de;
        QVERIFY(de.load(QLocale(QStringLiteral("de")), QStringLiteral("switchboard"),
            QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(de.translate("sb::ui::ExtensionModel", "talking with %1"),
            QStringLiteral("spricht mit %1"));
        QTranslator es;
        QVERIFY(es.load(QLocale(QStringLiteral("es")), QStringLiteral("switchboard"),
            QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(es.translate("sb::ui::ExtensionModel", "callback ringing"),
            QStringLiteral("rellamada timbrando"));
        QCOMPARE(es.translate("sb::ui::ExtensionModel",
                     "%n caller(s) waiting for this extension; first: %1", nullptr, 2),
            QStringLiteral("%n llamantes esperan a esta extensión; primero: %1"));
    }

    // English carries only its plural forms: "1 station", "2 stations", never "station(s)".
    void englishPlurals()
    {
        QTranslator en;
        QVERIFY(en.load(QLocale(QStringLiteral("en_US")), QStringLiteral("switchboard"),
            QStringLiteral("_"), QStringLiteral(":/i18n")));
        const char *header = "Line %1\n%n station(s)";
        QCOMPARE(en.translate("sb::ui::ProgrammingPage", header, nullptr, 1),
            QStringLiteral("Line %1\n%n station"));
        QCOMPARE(en.translate("sb::ui::ProgrammingPage", header, nullptr, 2),
            QStringLiteral("Line %1\n%n stations"));
        QCOMPARE(en.translate(
                     "sb::ui::ProgrammingPage", "%n change(s) take effect at once:", nullptr, 1),
            QStringLiteral("%n change takes effect at once:"));
        QCOMPARE(en.translate("sb::ui::ProgrammingPage", "Check"), QString()); // the source stands
        QCoreApplication::installTranslator(&en);
        QCOMPARE(ui::ProgrammingPage::tr("Line %1\n%n station(s)", nullptr, 1).arg(2),
            QStringLiteral("Line 2\n1 station"));
        QCoreApplication::removeTranslator(&en);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
