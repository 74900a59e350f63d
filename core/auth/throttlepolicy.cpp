#include "throttlepolicy.h"

#include "auth/authservice.h"
#include "common/logging.h"
#include "storage/throttlerepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace storefront::auth {

namespace {

/// Back-off and lock-out refusals are shown at log-in and at the kiosk PIN.
struct ThrottleText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::auth::ThrottlePolicy)
};

QString waitText(qint64 secs)
{
    if (secs < 90)
        return ThrottleText::tr("%n second(s)", nullptr, int(secs));
    return ThrottleText::tr("%n minute(s)", nullptr, int((secs + 59) / 60));
}

} // namespace

bool applyFailurePolicy(const AuthConfig &config, qint64 now, storage::ThrottleState &s)
{
    bool lockedNow = false;
    if (s.failedCount >= config.lockoutFailures) {
        if (s.lockedUntil <= now)
            lockedNow = true;
        s.lockedUntil = std::max(s.lockedUntil, now + config.lockoutSecs);
        s.nextAllowedAt = s.lockedUntil;
    } else if (s.failedCount >= config.freeFailures) {
        const int doublings = std::min(s.failedCount - config.freeFailures, 30);
        s.nextAllowedAt = now + std::min(config.backoffMaxSecs,
                                         config.backoffBaseSecs * (qint64(1) << doublings));
    } else {
        s.nextAllowedAt = 0;
    }
    return lockedNow;
}

Result<qint64> secondsUntilNextTry(const storage::ThrottleRepository &throttle,
                                   const QByteArray &key, qint64 now)
{
    auto state = throttle.state(key);
    if (!state)
        return state.error();
    return std::max<qint64>(0, std::max(state->lockedUntil, state->nextAllowedAt) - now);
}

namespace {

Status refuseFor(qint64 wait, const QString &field)
{
    if (wait > 0)
        return fail(ThrottleText::tr("Too many failed attempts. Wait %1 before trying again.")
                        .arg(waitText(wait)),
                    field);
    return {};
}

} // namespace

Result<CountedFailure> admitAttempt(const AuthConfig &config,
                                    const storage::ThrottleRepository &throttle,
                                    const QByteArray &key, qint64 now, const QString &field)
{
    CountedFailure counted;
    auto attempt =
        throttle.admit(key, now, config.failureWindowSecs, [&](storage::ThrottleState &s) {
            counted.lockedNow = applyFailurePolicy(config, now, s);
        });
    if (!attempt)
        return attempt.error();
    if (!attempt->admitted) {
        const auto &s = attempt->state;
        return refuseFor(std::max(s.lockedUntil, s.nextAllowedAt) - now, field).error();
    }
    counted.failures = attempt->state.failedCount;
    counted.lockedUntil = attempt->state.lockedUntil;
    return counted;
}

} // namespace storefront::auth
