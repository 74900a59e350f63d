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

struct CountedFailure
{
    int failures = 0;       ///< failures within the window, this one included
    bool lockedNow = false; ///< this failure started a lock-out
    qint64 lockedUntil = 0;
};

/// Admits one attempt for `key` before its secret is checked, counting it as a failure up
/// front (one transaction), so that attempts made at once are all counted and back-off and
/// lock-out apply to them; refused, saying how long to wait, while `key` backs off or is
/// locked out. The counted failure is what to audit if the secret is wrong; when it is
/// right, the caller clears the key.
[[nodiscard]] Result<CountedFailure> admitAttempt(const AuthConfig &config,
                                                  const storage::ThrottleRepository &throttle,
                                                  const QByteArray &key, qint64 now,
                                                  const QString &field);

} // namespace storefront::auth
