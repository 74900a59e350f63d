#include "authsettings.h"

#include <QSettings>

namespace storefront::auth {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

struct Key
{
    const char *name;
    qint64 min;
    qint64 max;
    qint64 unitSecs; ///< 1 for counts and seconds
};

} // namespace

Result<AuthConfig> AuthSettings::apply(const QSettings &settings, AuthConfig base)
{
    const QString group = QStringLiteral("security/");
    const auto where = [&](const char *key) {
        return QStringLiteral("%1: [security] %2").arg(settings.fileName(), QLatin1String(key));
    };
    // Reads one key into `target` (unit-scaled); absent keys leave it as it is.
    const auto read = [&](const Key &key, auto &target) -> Status {
        const QVariant value = settings.value(group + QLatin1String(key.name));
        if (!value.isValid())
            return {};
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (!ok || n < key.min || n > key.max)
            return fail(tr("\"%1\" is not a whole number from %2 to %3")
                            .arg(value.toString())
                            .arg(key.min)
                            .arg(key.max),
                        where(key.name));
        target = static_cast<std::remove_reference_t<decltype(target)>>(n * key.unitSecs);
        return {};
    };
    AuthConfig c = base;
    for (Status s : {
             read({"session_idle_minutes", 1, 1440, kMinute}, c.idleSecs),
             read({"session_lifetime_hours", 1, 168, kHour}, c.absoluteSecs),
             read({"keep_signed_in_idle_days", 1, 365, kDay}, c.keepIdleSecs),
             read({"keep_signed_in_days", 1, 365, kDay}, c.keepAbsoluteSecs),
             // At least 2 minutes: the kiosk's idle countdown must end before its session does.
             read({"kiosk_session_idle_minutes", 2, 60, kMinute}, c.kioskIdleSecs),
             read({"kiosk_session_lifetime_minutes", 5, 1440, kMinute}, c.kioskAbsoluteSecs),
             read({"free_failures", 0, 20, 1}, c.freeFailures),
             read({"backoff_max_seconds", 1, 3600, 1}, c.backoffMaxSecs),
             read({"lockout_failures", 2, 100, 1}, c.lockoutFailures),
             read({"lockout_minutes", 1, 10080, kMinute}, c.lockoutSecs),
         })
        if (!s)
            return s.error();
    const auto notLonger = [&](qint64 idle, qint64 lifetime, const char *idleKey,
                               const char *lifetimeKey) -> Status {
        if (idle <= lifetime)
            return {};
        return fail(tr("the idle limit is longer than the session's lifetime (%1)")
                        .arg(QLatin1String(lifetimeKey)),
                    where(idleKey));
    };
    for (Status s : {
             notLonger(c.idleSecs, c.absoluteSecs, "session_idle_minutes",
                       "session_lifetime_hours"),
             notLonger(c.keepIdleSecs, c.keepAbsoluteSecs, "keep_signed_in_idle_days",
                       "keep_signed_in_days"),
             notLonger(c.kioskIdleSecs, c.kioskAbsoluteSecs, "kiosk_session_idle_minutes",
                       "kiosk_session_lifetime_minutes"),
         })
        if (!s)
            return s.error();
    if (c.freeFailures >= c.lockoutFailures)
        return fail(tr("must be below lockout_failures (%1)").arg(c.lockoutFailures),
                    where("free_failures"));
    return c;
}

} // namespace storefront::auth
