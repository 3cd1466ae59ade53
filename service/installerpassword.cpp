#include "installerpassword.h"

#include <QCoreApplication>

#include <algorithm>

#include <sodium.h>

namespace sb::service {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InstallerPassword)
};

void initSodium()
{
    static const bool ok = sodium_init() >= 0;
    Q_ASSERT(ok);
}

} // namespace

QByteArray InstallerPassword::hashOf(const QString &password)
{
    initSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // Interactive limits: about a tenth of a second and 64 MiB on this class of machine.
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return QByteArray();
    return QByteArray(out);
}

InstallerPassword::InstallerPassword()
    : m_hash(hashOf(factoryPassword()))
    , m_mustChange(true)
{ }

InstallerPassword::InstallerPassword(QByteArray hash, bool mustChange)
    : m_hash(std::move(hash))
    , m_mustChange(mustChange)
{ }

bool InstallerPassword::isHash(const QByteArray &hash)
{
    initSodium();
    if (!hash.startsWith(crypto_pwhash_argon2id_STRPREFIX))
        return false;
    const QByteArray stored = hash + '\0';
    // -1: not a string it can decode (cut short, garbage); 0 or 1: a usable hash.
    return crypto_pwhash_argon2id_str_needs_rehash(stored.constData(),
               crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        >= 0;
}

void InstallerPassword::restore(int wrongTries, qint64 lockedForMs, qint64 now)
{
    m_wrong = std::clamp(wrongTries, 0, maxTries - 1);
    m_lockedUntil = lockedForMs > 0 ? now + std::min(lockedForMs, lockoutMs) : 0;
}

qint64 InstallerPassword::lockedFor(qint64 now) const
{
    return now < m_lockedUntil ? m_lockedUntil - now : 0;
}

InstallerPassword::Check InstallerPassword::check(const QString &password, qint64 now)
{
    if (lockedFor(now) > 0)
        return Check::Locked; // not even checked: no guessing while locked
    initSodium();
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = m_hash + '\0';
    if (!m_hash.isEmpty()
        && crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size()))
            == 0) {
        m_wrong = 0;
        return Check::Accepted;
    }
    if (++m_wrong >= maxTries) {
        m_wrong = 0;
        m_lockedUntil = now + lockoutMs;
        return Check::Locked;
    }
    return Check::Wrong;
}

QString InstallerPassword::change(const QString &current, const QString &replacement, qint64 now)
{
    switch (check(current, now)) {
    case Check::Locked:
        return Text::tr("Programming is locked for %1 s after too many wrong passwords.")
            .arg((lockedFor(now) + 999) / 1000);
    case Check::Wrong:
        return Text::tr("The current password is wrong.");
    case Check::Accepted:
        break;
    }
    if (replacement.size() < 8)
        return Text::tr("The new password needs at least 8 characters.");
    if (replacement == factoryPassword() || replacement == current)
        return Text::tr(
            "The new password must differ from the factory password and the current one.");
    const QByteArray h = hashOf(replacement);
    if (h.isEmpty())
        return Text::tr("The password could not be stored (out of memory).");
    m_hash = h;
    m_mustChange = false;
    return QString();
}

} // namespace sb::service
