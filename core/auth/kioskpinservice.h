#pragma once

#include "auth/session.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace storefront::storage {
class Database;
}

namespace storefront::auth {

class AuthService;

/// The kiosk's staff PIN (issue #7): 4 to 12 digits that unlock the kiosk's exit and staff
/// functions. Stored only as an Argon2id hash with the AuthService's hasher; checked with
/// the same back-off and lock-out as e-mail log-ins (one throttle key for the PIN), so it
/// cannot be guessed by trying: 10,000 four-digit PINs at one try per minute after the
/// first few failures, and a 15-minute lock after 10. A wrong PIN gets one generic message.
class KioskPinService
{
    Q_DECLARE_TR_FUNCTIONS(storefront::auth::KioskPinService)

public:
    /// The English source of the wrong-PIN message; verify() returns wrongPin(), the same
    /// text in the current language.
    static const QString kWrongPin;
    [[nodiscard]] static QString wrongPin();
    static constexpr int kMinDigits = 4;
    static constexpr int kMaxDigits = 12;

    KioskPinService(const storage::Database &db, AuthService &auth);

    /// Success when `pin` is 4 to 12 ASCII digits; else a message saying so.
    static Status validateFormat(const QString &pin);

    /// Whether a PIN has been set for this store.
    [[nodiscard]] Result<bool> hasPin() const;
    /// Sets the PIN; only an administrator's session may.
    Status setPin(const Session &admin, const QString &pin);
    /// Sets the PIN from the command line (storefront-cli kiosk set-pin): whoever can run the
    /// CLI on the database file owns the store, as for create-admin.
    Status setPinLocally(const QString &pin);
    /// Checks a PIN typed at the kiosk. Refused while backing off or locked (saying how long
    /// to wait), with kWrongPin when wrong or when no PIN is set.
    Status verify(const QString &pin);
    /// Seconds before the next PIN is checked (0: now), for a "try again in" message.
    [[nodiscard]] qint64 secondsUntilNextTry() const;

private:
    Status store(const QString &pin, qint64 actorUserId);
    [[nodiscard]] QByteArray throttleKey() const;

    const storage::Database &m_db;
    AuthService &m_auth;
};

} // namespace storefront::auth
