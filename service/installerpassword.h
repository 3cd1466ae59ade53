#pragma once

#include <QByteArray>
#include <QString>

namespace sb::service {

/// The installer's password: stored only as a salted slow hash (libsodium crypto_pwhash,
/// Argon2id); the factory password must be changed before the first change is applied; five
/// wrong tries lock programming for 60 s. Time is passed in (milliseconds, any monotonic clock).
class InstallerPassword
{
public:
    static constexpr int maxTries = 5;
    static constexpr qint64 lockoutMs = 60000;
    /// The password of a new system, printed in the installer's manual.
    static QString factoryPassword() { return QStringLiteral("switchboard"); }

    enum class Check { Accepted, Wrong, Locked };

    /// A new system: the factory password, which must be changed.
    InstallerPassword();
    /// A stored hash (from hash()); `mustChange` as stored.
    InstallerPassword(QByteArray hash, bool mustChange);

    Check check(const QString &password, qint64 now);
    /// Milliseconds until programming unlocks, or 0.
    qint64 lockedFor(qint64 now) const;
    bool mustChange() const { return m_mustChange; }
    /// Sets a new password; refuses one shorter than 8 characters or the factory one.
    /// Returns an empty string or what is wrong.
    QString change(const QString &current, const QString &replacement, qint64 now);

    /// The stored form: "$argon2id$…" with its salt and cost; never the password.
    const QByteArray &hash() const { return m_hash; }
    /// Whether `hash` is a whole Argon2id string libsodium can check (not cut short, not garbage).
    static bool isHash(const QByteArray &hash);

    /// Wrong tries since the last right one (fewer than maxTries).
    int wrongTries() const { return m_wrong; }
    /// Takes back the state kept across a restart: the wrong tries, and a lock with `lockedForMs`
    /// left (at most lockoutMs, whatever the caller's clock says).
    void restore(int wrongTries, qint64 lockedForMs, qint64 now);

private:
    static QByteArray hashOf(const QString &password);

    QByteArray m_hash;
    bool m_mustChange = true;
    int m_wrong = 0;
    qint64 m_lockedUntil = 0;
};

} // namespace sb::service
