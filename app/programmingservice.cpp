#include "programmingservice.h"

#include "connectionsettings.h"
#include "runtime.h"

#include "hal/serialtransport.h"
#include "hal/usbtransport.h"

#include "core/extensioncsv.h"

#include <QFileInfo>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

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

QString ProgrammingService::installerFile(const QString &programmingFile)
{
    return QFileInfo(programmingFile).absolutePath() + QStringLiteral("/installer.ini");
}

ui::Devices ProgrammingService::systemDevices()
{
    ui::Devices out;
    for (const hal::SerialPortEntry &p : hal::systemSerialPorts()) {
        ui::SerialPortChoice c;
        c.location = p.systemLocation.isEmpty() ? p.portName : p.systemLocation;
        c.description = p.description;
        c.manufacturer = p.manufacturer;
        c.serialNumber = p.serialNumber;
        c.vendorId = p.vendorId;
        c.productId = p.productId;
        out.serialPorts << c;
    }
    for (const hal::UsbDeviceEntry &d : hal::usbDevicesPresent()) {
        ui::UsbDeviceChoice c;
        c.vendorId = d.vendorId;
        c.productId = d.productId;
        c.bus = d.bus;
        c.address = d.address;
        c.description = QStringList {d.manufacturer, d.product}.join(QLatin1Char(' ')).trimmed();
        out.usbDevices << c;
    }
    return out;
}

ProgrammingService::ProgrammingService(
    Runtime *runtime, QString programmingFile, DeviceLister lister)
    : m_runtime(runtime)
    , m_store(programmingFile)
    , m_audit(AuditLog::pathBeside(programmingFile))
    , m_passwordFile(installerFile(programmingFile))
    , m_password(loadPassword(m_passwordFile))
    , m_lister(std::move(lister))
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
    const QStringList problems
        = programming.problems(core::Programming::Checks::Edit, m_runtime->controllerSize());
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
    return record(changes);
}

QString ProgrammingService::record(const QStringList &changes)
{
    const QString user = qEnvironmentVariable("USER", QStringLiteral("unknown"));
    return m_audit.record(QStringLiteral("installer (%1)").arg(user), changes);
}

core::ControllerSize ProgrammingService::controllerSize() const
{
    return m_runtime->controllerSize();
}

void ProgrammingService::setLoadWarnings(const QStringList &warnings)
{
    m_loadWarnings = warnings;
    m_warnedAbout = current();
}

QStringList ProgrammingService::loadWarnings() const
{
    // An applied change rewrites the file without what was ignored.
    return current() == m_warnedAbout ? m_loadWarnings : QStringList();
}

int ProgrammingService::lineCount() const
{
    return m_runtime->processor().lineCount();
}

ui::Connection ProgrammingService::connection() const
{
    return ConnectionSettings::fromOptions(m_runtime->options());
}

QFuture<ui::Devices> ProgrammingService::discoverDevices() const
{
    // Enumeration reads the system: never on the UI thread.
    return QtConcurrent::run(m_lister);
}

QString ProgrammingService::setConnection(const ui::Connection &connection)
{
    if (m_password.mustChange())
        return QObject::tr("Change the factory password before applying a change.");
    const QString problem = connection.problem();
    if (!problem.isEmpty())
        return problem;
    const ui::Connection before = this->connection();
    m_runtime->setConnection(connection);
    // In use now whatever happens next: recorded even when it cannot be kept.
    const QString recorded = record(
        {QObject::tr("connection: %1 → %2").arg(before.describe(), connection.describe())});
    const QString saved = ConnectionSettings::save(m_passwordFile, connection);
    return saved.isEmpty() ? recorded : saved;
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
