#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace storefront::storage {

class Database;

/// A stored session. Only the hash of the token is kept: the token itself exists in the
/// memory of the program that holds the session (and, for "keep me signed in", in that
/// user's settings file).
struct StoredSession
{
    qint64 id = 0;
    QByteArray tokenHash; ///< 32 bytes, BLAKE2b of the token
    qint64 userId = 0;
    qint64 createdAt = 0;  ///< seconds since the Unix epoch
    qint64 lastSeenAt = 0; ///< seconds since the Unix epoch
    qint64 idleSecs = 0;   ///< ends when idle this long
    qint64 expiresAt = 0;  ///< absolute end, seconds since the Unix epoch
    bool keepSignedIn = false;
    bool kiosk = false;
};

class SessionRepository
{
public:
    explicit SessionRepository(const Database &db)
        : m_db(db)
    {}

    static Status insert(QSqlDatabase &connection, const StoredSession &session);
    [[nodiscard]] Result<std::optional<StoredSession>> byTokenHash(const QByteArray &hash) const;
    [[nodiscard]] Result<std::vector<StoredSession>> byUser(qint64 userId) const;
    Status touch(const QByteArray &hash, qint64 now) const;
    Status remove(const QByteArray &hash) const;
    /// Deletes every session that has reached its absolute or idle end.
    Status purgeExpired(qint64 now) const;
    /// Ends every session of a user, on `connection` inside the caller's transaction.
    static Status removeAllOf(QSqlDatabase &connection, qint64 userId);

private:
    const Database &m_db;
};

} // namespace storefront::storage
