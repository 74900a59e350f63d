#pragma once

#include "common/result.h"

#include <QString>

#include <cstddef>
#include <memory>

namespace storefront::auth {

/// Argon2id cost limits (libsodium's opslimit and memlimit).
struct HashLimits
{
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;

    /// crypto_pwhash_OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE: the production setting.
    [[nodiscard]] static HashLimits interactive();
    /// crypto_pwhash_OPSLIMIT_MIN / MEMLIMIT_MIN: for tests only, never for stored passwords.
    [[nodiscard]] static HashLimits minimum();
    bool operator==(const HashLimits &) const = default;
};

/// libsodium's crypto_pwhash_str (Argon2id) with chosen limits. Passwords are NFKC-normalised
/// before hashing (see normalisation.h), so that equivalent Unicode forms verify alike.
/// Copyable and thread-safe; copies share the dummy hash.
class PasswordHasher
{
public:
    explicit PasswordHasher(HashLimits limits = HashLimits::interactive());

    /// Calls sodium_init() once per process; false if libsodium cannot start.
    static bool initialise();

    [[nodiscard]] HashLimits limits() const { return m_limits; }

    /// A crypto_pwhash_str string ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"), fresh salt.
    [[nodiscard]] Result<QString> hash(const QString &password) const;
    /// Whether `password` matches `storedHash` (false for a malformed hash).
    [[nodiscard]] bool verify(const QString &storedHash, const QString &password) const;
    /// Whether `storedHash` was made with other limits or another algorithm than ours.
    [[nodiscard]] bool needsRehash(const QString &storedHash) const;
    /// Verifies `password` against a hash of a random secret made once with our limits:
    /// the no-such-account path then costs the same time as a wrong password.
    void verifyDummy(const QString &password) const;
    /// Computes the dummy hash now (otherwise the first verifyDummy() does, and takes twice
    /// as long as a real check). Safe to call from a worker thread at start-up.
    void prepareDummy() const;

private:
    struct Dummy;
    HashLimits m_limits;
    std::shared_ptr<Dummy> m_dummy;
};

} // namespace storefront::auth
