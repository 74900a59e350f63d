#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace storefront::storage {
struct ThrottleState;
class ThrottleRepository;
} // namespace storefront::storage

namespace storefront::auth {

struct AuthConfig;

/// The back-off and lock-out rule shared by e-mail log-ins and the kiosk's staff PIN: after
/// `freeFailures`, each failure doubles the wait before the next attempt is checked (capped
/// at `backoffMaxSecs`); at `lockoutFailures` the key is locked for `lockoutSecs`.
/// Updates `state` (whose failedCount already counts this failure); true when this failure
/// started a lock-out.
bool applyFailurePolicy(const AuthConfig &config, qint64 now, storage::ThrottleState &state);

/// Seconds before `key` may try again (0: now).
[[nodiscard]] Result<qint64> secondsUntilNextTry(const storage::ThrottleRepository &throttle,
                                                 const QByteArray &key, qint64 now);

/// Refuses an attempt while `key` backs off or is locked out, saying how long to wait.
/// Checked before the secret is: a throttled guess costs nothing and reveals nothing.
Status refuseWhileThrottled(const storage::ThrottleRepository &throttle, const QByteArray &key,
                            qint64 now, const QString &field);

struct CountedFailure
{
    int failures = 0;       ///< failures within the window, this one included
    bool lockedNow = false; ///< this failure started a lock-out
    qint64 lockedUntil = 0;
};

/// Counts one failed attempt for `key` (one transaction) under `config`'s rule. A storage
/// failure is logged and counts as zero: the attempt has been refused anyway.
CountedFailure countFailure(const AuthConfig &config, const storage::ThrottleRepository &throttle,
                            const QByteArray &key, qint64 now);

} // namespace storefront::auth
