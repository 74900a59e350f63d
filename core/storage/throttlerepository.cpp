#include "throttlerepository.h"

#include "database.h"
#include "sqlquery.h"

namespace storefront::storage {

namespace {

const QString kKey = QStringLiteral("SELECT value FROM auth_keys WHERE name = 'throttle'");
const QString kState = QStringLiteral(
    "SELECT failed_count, last_failed_at, next_allowed_at, locked_until FROM login_throttle "
    "WHERE key_hash = ?");
// A failure counted: the count restarts after the window or an ended lock-out.
const QString kCountFailure = QStringLiteral(R"sql(
INSERT INTO login_throttle(key_hash, failed_count, last_failed_at) VALUES (?, 1, ?)
ON CONFLICT(key_hash) DO UPDATE SET
    failed_count = CASE
        WHEN (locked_until > 0 AND locked_until <= excluded.last_failed_at)
             OR last_failed_at + ? < excluded.last_failed_at THEN 1
        ELSE failed_count + 1 END,
    locked_until = CASE WHEN locked_until <= excluded.last_failed_at THEN 0
                        ELSE locked_until END,
    last_failed_at = excluded.last_failed_at)sql");
// A write that changes nothing, run first so that the transaction takes SQLite's write lock
// (waiting on the busy timeout) before it reads: attempts at once are decided one by one.
const QString kClaim = QStringLiteral(
    "INSERT INTO login_throttle(key_hash) VALUES (?) ON CONFLICT(key_hash) DO NOTHING");
const QString kDecide = QStringLiteral(
    "UPDATE login_throttle SET next_allowed_at = ?, locked_until = ? WHERE key_hash = ?");
const QString kClear = QStringLiteral("DELETE FROM login_throttle WHERE key_hash = ?");
const QString kPurge =
    QStringLiteral("DELETE FROM login_throttle WHERE last_failed_at + ? < ? AND locked_until <= ?");

Result<ThrottleState> readState(const QSqlDatabase &connection, const QByteArray &key)
{
    SqlQuery q(connection, kState, QStringLiteral("read log-in throttle"));
    if (Status s = q.exec({key}); !s)
        return s.error();
    ThrottleState state;
    if (q.next()) {
        state.failedCount = q.value(0).toInt();
        state.lastFailedAt = q.value(1).toLongLong();
        state.nextAllowedAt = q.value(2).toLongLong();
        state.lockedUntil = q.value(3).toLongLong();
    }
    return state;
}

} // namespace

Result<QByteArray> ThrottleRepository::throttleKey() const
{
    SqlQuery q(m_db.connection(), kKey, QStringLiteral("read throttle key"));
    auto key = q.scalar();
    if (!key)
        return key.error();
    return key->toByteArray();
}

Result<ThrottleState> ThrottleRepository::state(const QByteArray &key) const
{
    return readState(m_db.connection(), key);
}

namespace {

/// Counts one failure for `key` in the caller's transaction (which holds the write lock).
Result<ThrottleState> countFailure(QSqlDatabase &connection, const QByteArray &key, qint64 now,
                                   qint64 windowSecs,
                                   const std::function<void(ThrottleState &)> &decide)
{
    SqlQuery count(connection, kCountFailure, QStringLiteral("count failed log-in"));
    if (Status c = count.exec({key, now, windowSecs}); !c)
        return c.error();
    auto state = readState(connection, key);
    if (!state)
        return state.error();
    decide(*state);
    SqlQuery update(connection, kDecide, QStringLiteral("update log-in throttle"));
    if (Status u = update.exec({state->nextAllowedAt, state->lockedUntil, key}); !u)
        return u.error();
    return state;
}

} // namespace

Result<ThrottleRepository::Attempt>
ThrottleRepository::admit(const QByteArray &key, qint64 now, qint64 windowSecs,
                          const std::function<void(ThrottleState &)> &decide) const
{
    Attempt attempt;
    Status s = m_db.transaction([&](QSqlDatabase &connection) -> Status {
        SqlQuery claim(connection, kClaim, QStringLiteral("claim log-in throttle"));
        if (Status c = claim.exec({key}); !c)
            return c;
        auto state = readState(connection, key);
        if (!state)
            return state.error();
        attempt.state = *state;
        if (std::max(state->lockedUntil, state->nextAllowedAt) > now)
            return {}; // refused: nothing counted, nothing changed
        auto counted = countFailure(connection, key, now, windowSecs, decide);
        if (!counted)
            return counted.error();
        attempt.admitted = true;
        attempt.state = *counted;
        return {};
    });
    if (!s)
        return s.error();
    return attempt;
}

Status ThrottleRepository::clear(const QByteArray &key) const
{
    SqlQuery q(m_db.connection(), kClear, QStringLiteral("clear log-in throttle"));
    return q.exec({key});
}

Status ThrottleRepository::purge(qint64 now, qint64 windowSecs) const
{
    SqlQuery q(m_db.connection(), kPurge, QStringLiteral("purge log-in throttle"));
    return q.exec({windowSecs, now, now});
}

} // namespace storefront::storage
