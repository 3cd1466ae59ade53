#include "settingsfile.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace sb::storage {

namespace {

/// Messages, translated in the context "SettingsFile".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)
};

} // namespace

QString SettingsFile::update(const QString &path, const QVariantMap &values,
    QFileDevice::Permissions permissions, const std::function<QString()> &beforeCommit)
{
    QVariantMap all;
    {
        const QSettings old(path, QSettings::IniFormat);
        for (const QString &key : old.allKeys())
            all.insert(key, old.value(key));
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        all.insert(it.key(), it.value());

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return scratch.errorString();
    const QString draft = scratch.filePath(QStringLiteral("draft.ini"));
    {
        QSettings s(draft, QSettings::IniFormat);
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            s.setValue(it.key(), it.value());
        s.sync();
    }
    // Read back what QSettings wrote: a failed write shows as a missing or short value. Under
    // another name, or QSettings answers from its cache of what it meant to write.
    const QString written = scratch.filePath(QStringLiteral("written.ini"));
    if (!QFile::rename(draft, written))
        return Text::tr("the settings could not be written");
    {
        const QSettings check(written, QSettings::IniFormat);
        if (check.status() != QSettings::NoError)
            return Text::tr("the settings could not be written");
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (check.value(it.key()).toString() != it.value().toString())
                return Text::tr("the settings could not be written (%1)").arg(it.key());
        }
    }
    QFile text(written);
    if (!text.open(QIODevice::ReadOnly))
        return text.errorString();
    const QByteArray bytes = text.readAll();
    if (text.error() != QFileDevice::NoError)
        return text.errorString();

    AtomicFile file(path, permissions);
    if (!file.write(bytes))
        return file.errorString();
    if (beforeCommit) {
        const QString refused = beforeCommit();
        if (!refused.isEmpty())
            return refused; // the old file stays: the destructor drops the new one
    }
    if (!file.commit())
        return file.errorString();
    return QString();
}

} // namespace sb::storage
