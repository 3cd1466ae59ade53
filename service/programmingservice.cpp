#include "programmingservice.h"

#include "connectionsettings.h"
#include "runtime.h"

#include "hal/serialtransport.h"
#include "hal/usbtransport.h"

#include "core/extensioncsv.h"
#include "storage/settingsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace sb::service {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammingService)
};

const QString hashKey = QStringLiteral("installer/hash");
const QString mustChangeKey = QStringLiteral("installer/mustChange");
const QString wrongTriesKey = QStringLiteral("installer/wrongTries");
const QString lockedUntilKey = QStringLiteral("installer/lockedUntil");

InstallerPassword loadPassword(const QString &file)
{
    const QSettings s(file, QSettings::IniFormat);
    const QByteArray hash = s.value(hashKey).toByteArray();
    if (hash.isEmpty())
        return InstallerPassword(); // a new system: the factory password, to be changed
    return InstallerPassword(hash, s.value(mustChangeKey, true).toBool());
}

QString damaged(const QFileInfo &info, const QString &what)
{
    return Text::tr("The installer's password file %1 is damaged: %2. Programming stays locked. "
                    "Restore the file from a backup, or delete it to go back to the factory "
                    "password (to be changed at once; the kept connection goes with it).")
        .arg(QDir::toNativeSeparators(info.absoluteFilePath()), what);
}

} // namespace

QString ProgrammingService::installerFileProblem(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists() && !info.isSymLink())
        return QString(); // a new system
    // Only a regular file is read: QSettings opens it when constructed, and a FIFO would block
    // start-up there, /dev/zero would never end (as --config, issue 9 item 6).
    if (!info.isFile() || !info.isReadable())
        return damaged(info, Text::tr("it cannot be read"));
    QString what;
    const QSettings s(file, QSettings::IniFormat);
    if (info.size() == 0)
        what = Text::tr("it is empty");
    else if (s.status() != QSettings::NoError)
        what = Text::tr("it is not in the INI format");
    else if (s.contains(hashKey)) {
        if (!InstallerPassword::isHash(s.value(hashKey).toByteArray()))
            what = Text::tr("installer/hash is cut short or is not an Argon2id hash");
    } else {
        // Only the kept connection (written by hand, or by an older version) and the
        // programming's revision (CallService) are fine; anything else without the hash would
        // silently bring back the factory password.
        const QStringList keys = s.allKeys();
        const bool ours
            = !keys.isEmpty() && std::all_of(keys.cbegin(), keys.cend(), [](const QString &k) {
                  return k.startsWith(QLatin1String("connection/"))
                      || k.startsWith(QLatin1String("programming/"));
              });
        if (!ours)
            what = Text::tr("installer/hash is missing");
    }
    return what.isEmpty() ? QString() : damaged(info, what);
}

QString ProgrammingService::accountName()
{
    // The account, not $USER: anyone can set an environment variable.
    const uid_t uid = ::getuid();
    if (const passwd *pw = ::getpwuid(uid); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("uid %1").arg(uid);
}

QString ProgrammingService::installerFile(const QString &programmingFile)
{
    return ProgrammingStore(programmingFile).installerPath();
}

core::Devices ProgrammingService::systemDevices()
{
    core::Devices out;
    for (const hal::SerialPortEntry &p : hal::systemSerialPorts()) {
        core::SerialPortChoice c;
        c.location = p.systemLocation.isEmpty() ? p.portName : p.systemLocation;
        c.description = p.description;
        c.manufacturer = p.manufacturer;
        c.serialNumber = p.serialNumber;
        c.vendorId = p.vendorId;
        c.productId = p.productId;
        out.serialPorts << c;
    }
    for (const hal::UsbDeviceEntry &d : hal::usbDevicesPresent()) {
        core::UsbDeviceChoice c;
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
    , m_passwordProblem(installerFileProblem(m_passwordFile))
    , m_password(m_passwordProblem.isEmpty() ? loadPassword(m_passwordFile) : InstallerPassword())
    , m_lister(std::move(lister))
{
    m_clock.start();
    if (m_passwordProblem.isEmpty()) // a damaged file is not read (it may be a FIFO)
        restoreLockout();
}

void ProgrammingService::restoreLockout()
{
    // The lock is kept as a wall-clock time (the monotonic clock starts again at a restart). A
    // clock set back cannot lengthen it: what is left is capped at the lock's own length.
    const QSettings s(m_passwordFile, QSettings::IniFormat);
    const QDateTime until
        = QDateTime::fromString(s.value(lockedUntilKey).toString(), Qt::ISODateWithMs);
    const qint64 left = until.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(until) : 0;
    m_password.restore(s.value(wrongTriesKey, 0).toInt(), left, m_clock.elapsed());
}

core::Programming ProgrammingService::current() const
{
    return m_runtime->processor().programming();
}

QString ProgrammingService::apply(const core::Programming &programming, const QString &by,
    const std::function<QString()> &beforeCommit)
{
    if (!m_passwordProblem.isEmpty())
        return m_passwordProblem;
    if (by.isEmpty() && m_password.mustChange())
        return QObject::tr("Change the factory password before applying a change.");
    const QStringList problems
        = programming.problems(core::Programming::Checks::Edit, m_runtime->controllerSize());
    if (!problems.isEmpty())
        return problems.constFirst();
    const QStringList changes = core::describeChanges(current(), programming);
    // Kept and recorded first, live last: a change that cannot be saved or recorded changes
    // nothing. The audit entry is written once the new file is whole on disk, before it
    // replaces the old one.
    bool recorded = false;
    const QString saved = m_store.save(programming, [&] {
        const QString error = record(changes, by);
        recorded = error.isEmpty();
        return error.isEmpty() && beforeCommit ? beforeCommit() : error;
    });
    if (!saved.isEmpty()) {
        if (recorded) // only the rename failed, after the entry was written: correct it
            record({Text::tr("not applied: %1").arg(saved)}, by);
        return saved;
    }
    m_runtime->act([&programming](core::CallProcessor &p, core::Millis now) {
        p.setProgramming(programming, now);
    });
    return QString();
}

QString ProgrammingService::record(const QStringList &changes, const QString &by)
{
    return m_audit.record(
        by.isEmpty() ? QStringLiteral("installer (%1)").arg(accountName()) : by, changes);
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

core::Connection ProgrammingService::connection() const
{
    return m_runtime->connection();
}

QFuture<core::Devices> ProgrammingService::discoverDevices() const
{
    // Enumeration reads the system: never on the UI thread.
    return QtConcurrent::run(m_lister);
}

QString ProgrammingService::setConnection(const core::Connection &connection, const QString &by)
{
    // As apply(): a damaged installer.ini is never rewritten around what could be read of it.
    if (!m_passwordProblem.isEmpty())
        return m_passwordProblem;
    if (by.isEmpty() && m_password.mustChange())
        return QObject::tr("Change the factory password before applying a change.");
    const QString problem = connection.problem();
    if (!problem.isEmpty())
        return problem;
    const core::Connection before = this->connection();
    // As apply(): kept and recorded first; switched only when both worked.
    bool recorded = false;
    const QString saved = ConnectionSettings::save(m_passwordFile, connection, [&] {
        const QString error = record(
            {QObject::tr("connection: %1 → %2").arg(before.describe(), connection.describe())}, by);
        recorded = error.isEmpty();
        return error;
    });
    if (!saved.isEmpty()) {
        if (recorded)
            record({Text::tr("not applied: %1").arg(saved)}, by);
        return saved;
    }
    m_runtime->setConnection(connection);
    return QString();
}

InstallerPassword::Check ProgrammingService::checkPassword(const QString &password)
{
    if (!m_passwordProblem.isEmpty())
        return InstallerPassword::Check::Locked; // passwordProblem() says why
    const int wrongBefore = m_password.wrongTries();
    const bool lockedBefore = m_password.lockedFor(m_clock.elapsed()) > 0;
    const InstallerPassword::Check result = m_password.check(password, m_clock.elapsed());
    // Wrong tries and a lockout are kept across a restart. Best effort: if installer.ini cannot
    // be written the lock still holds until this program ends.
    if (m_password.wrongTries() != wrongBefore
        || (!lockedBefore && result == InstallerPassword::Check::Locked))
        savePassword(m_password);
    return result;
}

int ProgrammingService::lockedSeconds() const
{
    return int((m_password.lockedFor(m_clock.elapsed()) + 999) / 1000);
}

QString ProgrammingService::changePassword(const QString &current, const QString &replacement)
{
    if (!m_passwordProblem.isEmpty())
        return m_passwordProblem;
    // On a copy: the new password is in force only once it is kept.
    InstallerPassword next = m_password;
    const int wrongBefore = m_password.wrongTries();
    const QString error = next.change(current, replacement, m_clock.elapsed());
    if (!error.isEmpty()) {
        m_password = next; // a wrong current password counts as a wrong try
        if (m_password.wrongTries() != wrongBefore || m_password.lockedFor(m_clock.elapsed()) > 0)
            savePassword(m_password);
        return error;
    }
    const QString saved = savePassword(next);
    if (!saved.isEmpty())
        return Text::tr("The password is not changed: %1. The old password stays in force.")
            .arg(saved);
    m_password = next;
    return QString();
}

QString ProgrammingService::savePassword(const InstallerPassword &password) const
{
    const qint64 left = password.lockedFor(m_clock.elapsed());
    const QVariantMap values {
        {hashKey, password.hash()},
        {mustChangeKey, password.mustChange()},
        {wrongTriesKey, password.wrongTries()},
        {lockedUntilKey,
            left > 0 ? QDateTime::currentDateTimeUtc().addMSecs(left).toString(Qt::ISODateWithMs)
                     : QString()},
    };
    QDir().mkpath(QFileInfo(m_passwordFile).absolutePath());
    const QString error
        = storage::SettingsFile::update(m_passwordFile, values, storage::AtomicFile::ownerOnly);
    return error.isEmpty() ? QString() : Text::tr("cannot write %1: %2").arg(m_passwordFile, error);
}

QList<AuditLog::Entry> ProgrammingService::audit() const
{
    return m_audit.entries(&m_auditSkipped);
}

} // namespace sb::service
