#include "passwordhasher.h"

#include "auth/normalisation.h"
#include "common/logging.h"

#include <sodium.h>

#include <mutex>

namespace storefront::auth {

namespace {

/// Wipes a password's bytes when it goes out of scope.
struct WipedBytes
{
    QByteArray bytes;
    ~WipedBytes()
    {
        if (!bytes.isEmpty())
            sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    }
};

} // namespace

struct PasswordHasher::Dummy
{
    std::once_flag once;
    QByteArray hash; // NUL-terminated crypto_pwhash_str output
};

HashLimits HashLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

HashLimits HashLimits::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool PasswordHasher::initialise()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

PasswordHasher::PasswordHasher(HashLimits limits)
    : m_limits(limits)
    , m_dummy(std::make_shared<Dummy>())
{
    if (!initialise())
        qCCritical(lcAuth) << "libsodium failed to initialise";
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    if (!initialise())
        return fail(QStringLiteral("libsodium failed to initialise"), QStringLiteral("password"));
    WipedBytes utf8{passwordBytes(password)};
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.bytes.constData(),
                              static_cast<unsigned long long>(utf8.bytes.size()), m_limits.opsLimit,
                              m_limits.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(QStringLiteral("not enough memory to hash the password"),
                    QStringLiteral("password"));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password) const
{
    if (!initialise())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    WipedBytes utf8{passwordBytes(password)};
    // QByteArray keeps a terminating NUL after its data, as crypto_pwhash_str_verify needs.
    return crypto_pwhash_str_verify(stored.constData(), utf8.bytes.constData(),
                                    static_cast<unsigned long long>(utf8.bytes.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash) const
{
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return true;
    // 1: other limits; -1: not an Argon2id string of ours (e.g. Argon2i). Both mean rehash.
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_limits.opsLimit,
                                          m_limits.memLimit) != 0;
}

void PasswordHasher::prepareDummy() const
{
    std::call_once(m_dummy->once, [this] {
        unsigned char secret[32];
        randombytes_buf(secret, sizeof secret);
        char out[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str_alg(out, reinterpret_cast<const char *>(secret), sizeof secret,
                                  m_limits.opsLimit, m_limits.memLimit,
                                  crypto_pwhash_ALG_ARGON2ID13) == 0)
            m_dummy->hash = QByteArray(out);
        sodium_memzero(secret, sizeof secret);
    });
}

void PasswordHasher::verifyDummy(const QString &password) const
{
    prepareDummy();
    if (m_dummy->hash.isEmpty())
        return;
    WipedBytes utf8{passwordBytes(password)};
    [[maybe_unused]] const int ignored =
        crypto_pwhash_str_verify(m_dummy->hash.constData(), utf8.bytes.constData(),
                                 static_cast<unsigned long long>(utf8.bytes.size()));
}

} // namespace storefront::auth
