#include "kioskpinservice.h"

#include "auth/authservice.h"
#include "auth/throttlepolicy.h"
#include "common/logging.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/kioskrepository.h"
#include "storage/throttlerepository.h"

#include <sodium.h>

#include <algorithm>

namespace storefront::auth {

namespace {

const char *const kWrongPinText =
    QT_TRANSLATE_NOOP("storefront::auth::KioskPinService", "The PIN is not correct.");

const QString kPinField = QStringLiteral("pin");

void auditPin(const storage::Database &db, qint64 at, const QString &action, qint64 actor)
{
    storage::AuditEntry e{0, at, actor, action, 0, {}};
    if (Status s = storage::AuditRepository(db).record(e); !s)
        qCWarning(lcAuth) << "cannot write the audit log:" << s.error().toString();
}

} // namespace

const QString KioskPinService::kWrongPin = QString::fromUtf8(kWrongPinText);

QString KioskPinService::wrongPin()
{
    return tr(kWrongPinText);
}

KioskPinService::KioskPinService(const storage::Database &db, AuthService &auth)
    : m_db(db)
    , m_auth(auth)
{}

Status KioskPinService::validateFormat(const QString &pin)
{
    const bool digits = std::all_of(pin.cbegin(), pin.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (!digits || pin.size() < kMinDigits || pin.size() > kMaxDigits)
        return fail(tr("The PIN must be %1 to %2 digits.").arg(kMinDigits).arg(kMaxDigits),
                    kPinField);
    return {};
}

Result<bool> KioskPinService::hasPin() const
{
    auto hash = storage::KioskRepository(m_db).pinHash();
    if (!hash)
        return hash.error();
    return hash->has_value();
}

Status KioskPinService::setPin(const Session &admin, const QString &pin)
{
    if (Status allowed = m_auth.requireRole(admin, Role::Admin); !allowed)
        return allowed;
    auto user = m_auth.currentUser(admin);
    if (!user)
        return user.error();
    return store(pin, user->id);
}

Status KioskPinService::setPinLocally(const QString &pin)
{
    return store(pin, 0);
}

Status KioskPinService::store(const QString &pin, qint64 actorUserId)
{
    if (Status s = validateFormat(pin); !s)
        return s;
    auto hash = m_auth.hasher().hash(pin);
    if (!hash)
        return hash.error();
    const qint64 now = m_auth.now();
    return m_db.transaction([&](QSqlDatabase &c) -> Status {
        if (Status s = storage::KioskRepository::setPinHash(c, *hash, now); !s)
            return s;
        return storage::AuditRepository::insert(
            c, {0, now, actorUserId, QStringLiteral("kiosk_pin_set"), 0, {}});
    });
}

QByteArray KioskPinService::throttleKey() const
{
    auto secret = storage::ThrottleRepository(m_db).throttleKey();
    if (!secret || secret->size() != crypto_generichash_KEYBYTES)
        return {};
    // A fixed label under the database's throttle key: one throttle row for the PIN, which
    // no normalised e-mail can collide with (those never start with a control character).
    static const QByteArray kLabel = QByteArrayLiteral("\x01kiosk-pin");
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), std::size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(kLabel.constData()),
                       static_cast<unsigned long long>(kLabel.size()),
                       reinterpret_cast<const unsigned char *>(secret->constData()),
                       std::size_t(secret->size()));
    return out;
}

qint64 KioskPinService::secondsUntilNextTry() const
{
    const QByteArray key = throttleKey();
    if (key.isEmpty())
        return 0;
    auto wait = auth::secondsUntilNextTry(storage::ThrottleRepository(m_db), key, m_auth.now());
    return wait ? *wait : 0;
}

Status KioskPinService::verify(const QString &pin)
{
    const qint64 now = m_auth.now();
    const QByteArray key = throttleKey();
    if (key.isEmpty())
        return fail(tr("PIN checks are unavailable: the database has no throttle key"), kPinField);
    const storage::ThrottleRepository throttle(m_db);
    // Counted before the slow check, as log-ins are: PINs tried at once are all counted.
    auto admitted = admitAttempt(m_auth.config(), throttle, key, now, kPinField);
    if (!admitted)
        return admitted.error();

    auto stored = storage::KioskRepository(m_db).pinHash();
    if (!stored)
        return stored.error();
    bool ok = false;
    if (stored->has_value())
        ok = m_auth.hasher().verify(**stored, pin);
    else
        m_auth.hasher().verifyDummy(pin);
    if (!ok) {
        auditPin(m_db, now, QStringLiteral("kiosk_pin_failed"), 0);
        if (admitted->lockedNow)
            auditPin(m_db, now, QStringLiteral("kiosk_pin_lockout"), 0);
        return fail(ErrorCode::WrongPin, wrongPin(), kPinField);
    }
    if (Status s = throttle.clear(key); !s)
        qCWarning(lcAuth) << "cannot reset the PIN throttle:" << s.error().toString();
    auditPin(m_db, now, QStringLiteral("kiosk_unlocked"), 0);
    return {};
}

} // namespace storefront::auth
