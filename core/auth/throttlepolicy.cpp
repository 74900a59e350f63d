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

Status refuseWhileThrottled(const storage::ThrottleRepository &throttle, const QByteArray &key,
                            qint64 now, const QString &field)
{
    auto waitSecs = secondsUntilNextTry(throttle, key, now);
    if (!waitSecs)
        return waitSecs.error();
    const qint64 wait = *waitSecs;
    if (wait > 0)
        return fail(ThrottleText::tr("Too many failed attempts. Wait %1 before trying again.")
                        .arg(waitText(wait)),
                    field);
    return {};
}

CountedFailure countFailure(const AuthConfig &config, const storage::ThrottleRepository &throttle,
                            const QByteArray &key, qint64 now)
{
    CountedFailure counted;
    auto written =
        throttle.recordFailure(key, now, config.failureWindowSecs, [&](storage::ThrottleState &s) {
            counted.lockedNow = applyFailurePolicy(config, now, s);
        });
    if (!written) {
        qCWarning(lcAuth) << "cannot count a failed attempt:" << written.error().toString();
        return {};
    }
    counted.failures = written->failedCount;
    counted.lockedUntil = written->lockedUntil;
    return counted;
}

} // namespace storefront::auth
