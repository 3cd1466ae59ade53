#pragma once

// The console's three languages, for tests that run once in each.

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTest>
#include <QTranslator>

namespace sb::test {

/// Rows en, de and es of a QString column "language" (empty for English, the source texts).
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QString();
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("es") << QStringLiteral("es");
}

/// Loads Switchboard's built-in translation for `language` into `translator` and installs it
/// (it uninstalls itself when destroyed); English needs none. False if it does not load.
inline bool installLanguage(QTranslator &translator, const QString &language)
{
    if (language.isEmpty())
        return true;
    if (!translator.load(QLocale(language), QStringLiteral("switchboard"), QStringLiteral("_"),
            QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(&translator);
    return true;
}

} // namespace sb::test
