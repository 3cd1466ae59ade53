#include "consolelayout.h"

#include "storage/settingsfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace sb::ui {

namespace {

/// The group of an owner: its words as they are, QSettings escapes what INI keys cannot hold.
QString group(const QString &owner)
{
    return QStringLiteral("layout/") + owner + QLatin1Char('/');
}

QString densityName(ExtensionDelegate::Density d)
{
    return d == ExtensionDelegate::Density::Compact ? QStringLiteral("compact")
                                                    : QStringLiteral("comfortable");
}

const char *const showNames[] = {"all", "busy", "callers-waiting", "dnd-or-forwarded"};

} // namespace

QString ConsoleLayout::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/layout.ini");
}

ConsoleLayout ConsoleLayout::load(const QString &file, const QString &owner)
{
    ConsoleLayout l;
    if (!QFile::exists(file))
        return l;
    const QSettings s(file, QSettings::IniFormat);
    const QString g = group(owner);
    // Words, not numbers, in the file: a person may read it, and an unknown word is a default.
    if (s.value(g + QStringLiteral("density")).toString() == QLatin1String("compact"))
        l.density = ExtensionDelegate::Density::Compact;
    const QString show = s.value(g + QStringLiteral("filter")).toString();
    for (int i = 0; i < int(std::size(showNames)); ++i) {
        if (show == QLatin1String(showNames[i]))
            l.show = ExtensionFilter::Show(i);
    }
    l.splitter = QByteArray::fromBase64(s.value(g + QStringLiteral("splitter")).toByteArray());
    l.supervisor = s.value(g + QStringLiteral("view")).toString() == QLatin1String("supervisor");
    l.tab = qMax(0, s.value(g + QStringLiteral("tab")).toInt());
    l.sideTab = qMax(0, s.value(g + QStringLiteral("side-tab")).toInt());
    return l;
}

QString ConsoleLayout::save(const QString &file, const QString &owner) const
{
    QDir().mkpath(QFileInfo(file).absolutePath()); // the first layout kept makes the folder
    const QString g = group(owner);
    return storage::SettingsFile::update(file,
        {{g + QStringLiteral("density"), densityName(density)},
            {g + QStringLiteral("filter"), QLatin1String(showNames[int(show)])},
            {g + QStringLiteral("splitter"), QString::fromLatin1(splitter.toBase64())},
            {g + QStringLiteral("view"),
                supervisor ? QStringLiteral("supervisor") : QStringLiteral("receptionist")},
            {g + QStringLiteral("tab"), tab}, {g + QStringLiteral("side-tab"), sideTab}});
}

} // namespace sb::ui
