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
    /// Counts one more failure at `now` in one transaction: the count restarts at 1 when the
    /// previous failure is older than `windowSecs` or a lock-out has ended; then
    /// `decide(count)` gives the new next-allowed and locked-until times. Returns the state
    /// as written.
    [[nodiscard]] Result<ThrottleState>
    recordFailure(const QByteArray &key, qint64 now, qint64 windowSecs,
                  const std::function<void(ThrottleState &)> &decide) const;
    Status clear(const QByteArray &key) const;
    /// Forgets keys with no failure in `windowSecs` and no lock-out running.
    Status purge(qint64 now, qint64 windowSecs) const;

private:
    const Database &m_db;
};

} // namespace storefront::storage
