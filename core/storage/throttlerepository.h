#pragma once

#include "common/result.h"

#include <QByteArray>

#include <functional>

namespace storefront::storage {

class Database;

/// Failed log-in bookkeeping for one key (a keyed hash of the email typed).
struct ThrottleState
{
    int failedCount = 0;
    qint64 lastFailedAt = 0;
    qint64 nextAllowedAt = 0; ///< back-off: no attempt is checked before this time
    qint64 lockedUntil = 0;   ///< lock-out end, 0 when not locked
};

/// The login_throttle table and the per-database key that hashes its emails.
class ThrottleRepository
{
public:
    explicit ThrottleRepository(const Database &db)
        : m_db(db)
    {}

    /// The 32-byte random key made by the migration.
    [[nodiscard]] Result<QByteArray> throttleKey() const;
    [[nodiscard]] Result<ThrottleState> state(const QByteArray &key) const;
    /// An attempt about to be checked, in one transaction: refused (admitted false, the
    /// state as stored) while `key` backs off or is locked out at `now`; otherwise counted as
    /// a failure up front, before the slow check of the secret, so that attempts made at
    /// once are all counted and the back-off applies to them. The count restarts at 1 when
    /// the previous failure is older than `windowSecs` or a lock-out has ended; then
    /// `decide(state)` sets the new next-allowed and locked-until times. The caller clears
    /// the key when the secret was right.
    struct Attempt
    {
        bool admitted = false;
        ThrottleState state;
    };
    [[nodiscard]] Result<Attempt> admit(const QByteArray &key, qint64 now, qint64 windowSecs,
                                        const std::function<void(ThrottleState &)> &decide) const;
    Status clear(const QByteArray &key) const;
    /// Forgets keys with no failure in `windowSecs` and no lock-out running.
    Status purge(qint64 now, qint64 windowSecs) const;

private:
    const Database &m_db;
};

} // namespace storefront::storage
