#include "programmingservice.h"

#include "runtime.h"

#include "core/extensioncsv.h"

#include <QFileInfo>
#include <QSettings>

namespace sb::app {

namespace {

InstallerPassword loadPassword(const QString &file)
{
    QSettings s(file, QSettings::IniFormat);
    const QByteArray hash = s.value(QStringLiteral("installer/hash")).toByteArray();
    if (hash.isEmpty())
        return InstallerPassword(); // a new system: the factory password, to be changed
    return InstallerPassword(hash, s.value(QStringLiteral("installer/mustChange"), true).toBool());
}

} // namespace

ProgrammingService::ProgrammingService(Runtime *runtime, QString programmingFile)
    : m_runtime(runtime)
    , m_store(programmingFile)
    , m_audit(AuditLog::pathBeside(programmingFile))
    , m_passwordFile(QFileInfo(programmingFile).absolutePath() + QStringLiteral("/installer.ini"))
    , m_password(loadPassword(m_passwordFile))
{
    m_clock.start();
}

core::Programming ProgrammingService::current() const
{
    return m_runtime->processor().programming();
}

QString ProgrammingService::apply(const core::Programming &programming)
{
    if (m_password.mustChange())
        return QObject::tr("Change the factory password before applying a change.");
    const QStringList problems = programming.problems();
    if (!problems.isEmpty())
        return problems.constFirst();
    const QStringList changes = core::describeChanges(current(), programming);
    // Live first (R13 takes effect at once), then kept, then recorded.
    m_runtime->act([&programming](core::CallProcessor &p, core::Millis now) {
        p.setProgramming(programming, now);
    });
    const QString saved = m_store.save(programming);
    if (!saved.isEmpty())
        return saved;
    const QString user = qEnvironmentVariable("USER", QStringLiteral("unknown"));
    return m_audit.record(QStringLiteral("installer (%1)").arg(user), changes);
}

ui::Configurator::Check ProgrammingService::checkPassword(const QString &password)
{
    switch (m_password.check(password, m_clock.elapsed())) {
    case InstallerPassword::Check::Accepted:
        return Check::Accepted;
    case InstallerPassword::Check::Wrong:
        return Check::Wrong;
    case InstallerPassword::Check::Locked:
        return Check::Locked;
    }
    return Check::Wrong;
}

int ProgrammingService::lockedSeconds() const
{
    return int((m_password.lockedFor(m_clock.elapsed()) + 999) / 1000);
}

QString ProgrammingService::changePassword(const QString &current, const QString &replacement)
{
    const QString error = m_password.change(current, replacement, m_clock.elapsed());
    if (error.isEmpty())
        savePassword();
    return error;
}

void ProgrammingService::savePassword() const
{
    QSettings s(m_passwordFile, QSettings::IniFormat);
    s.setValue(QStringLiteral("installer/hash"), m_password.hash());
    s.setValue(QStringLiteral("installer/mustChange"), m_password.mustChange());
    s.sync();
}

QList<ui::Configurator::AuditEntry> ProgrammingService::audit() const
{
    QList<AuditEntry> out;
    for (const AuditLog::Entry &e : m_audit.entries())
        out << AuditEntry {e.when, e.who, e.changes};
    return out;
}

} // namespace sb::app
