#pragma once

#include "auth/authservice.h"
#include "common/result.h"

#include <QCoreApplication>

class QSettings;

namespace storefront::auth {

/// The store's session and log-in limits from the settings' `[security]` group, so that a
/// store sets them for all its terminals (QSettings also reads the system-wide file, e.g.
/// /etc/xdg/Storefront/Storefront.conf) without a rebuild. Keys, all whole numbers:
///   session_idle_minutes (1..1440)          session_lifetime_hours (1..168)
///   keep_signed_in_idle_days (1..365)       keep_signed_in_days (1..365)
///   kiosk_session_idle_minutes (2..60)      kiosk_session_lifetime_minutes (5..1440)
///   free_failures (0..20)                   backoff_max_seconds (1..3600)
///   lockout_failures (2..100)               lockout_minutes (1..10080)
/// A key that is absent keeps `base`'s value.
class AuthSettings
{
    Q_DECLARE_TR_FUNCTIONS(storefront::auth::AuthSettings)

public:
    /// `base` with the keys present in `settings` applied, or the first bad key: not a whole
    /// number, out of its range, or inconsistent with another (an idle limit longer than the
    /// lifetime, free failures not below the lock-out count); the error's `where` names the
    /// file and the key.
    [[nodiscard]] static Result<AuthConfig> apply(const QSettings &settings, AuthConfig base);
};

} // namespace storefront::auth
