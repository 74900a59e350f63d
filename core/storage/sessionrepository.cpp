#include "sessionrepository.h"

#include "database.h"
#include "sqlquery.h"

namespace storefront::storage {

namespace {

const QString kInsert = QStringLiteral(
    "INSERT INTO sessions(token_hash, user_id, created_at, last_seen_at, idle_secs, expires_at, "
    "keep_signed_in, kiosk) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
const QString kColumns =
    QStringLiteral("SELECT id, token_hash, user_id, created_at, last_seen_at, idle_secs, "
                   "expires_at, keep_signed_in, kiosk FROM sessions ");
const QString kTouch = QStringLiteral(
    "UPDATE sessions SET last_seen_at = ? WHERE token_hash = ? AND last_seen_at < ?");
const QString kRemove = QStringLiteral("DELETE FROM sessions WHERE token_hash = ?");
const QString kRemoveAll = QStringLiteral("DELETE FROM sessions WHERE user_id = ?");
const QString kPurge =
    QStringLiteral("DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at + idle_secs <= ?");

StoredSession readSession(const SqlQuery &q)
{
    StoredSession s;
    s.id = q.value(0).toLongLong();
    s.tokenHash = q.value(1).toByteArray();
    s.userId = q.value(2).toLongLong();
    s.createdAt = q.value(3).toLongLong();
    s.lastSeenAt = q.value(4).toLongLong();
    s.idleSecs = q.value(5).toLongLong();
    s.expiresAt = q.value(6).toLongLong();
    s.keepSignedIn = q.value(7).toInt() != 0;
    s.kiosk = q.value(8).toInt() != 0;
    return s;
}

} // namespace

Status SessionRepository::insert(QSqlDatabase &connection, const StoredSession &s)
{
    SqlQuery q(connection, kInsert, QStringLiteral("insert session"));
    return q.exec({s.tokenHash, s.userId, s.createdAt, s.lastSeenAt, s.idleSecs, s.expiresAt,
                   s.keepSignedIn ? 1 : 0, s.kiosk ? 1 : 0});
}

Result<std::optional<StoredSession>> SessionRepository::byTokenHash(const QByteArray &hash) const
{
    SqlQuery q(m_db.connection(), kColumns + QStringLiteral("WHERE token_hash = ?"),
               QStringLiteral("read session"));
    if (Status s = q.exec({hash}); !s)
        return s.error();
    if (!q.next())
        return std::optional<StoredSession>{};
    return std::optional<StoredSession>{readSession(q)};
}

Result<std::vector<StoredSession>> SessionRepository::byUser(qint64 userId) const
{
    SqlQuery q(m_db.connection(), kColumns + QStringLiteral("WHERE user_id = ? ORDER BY id"),
               QStringLiteral("read sessions of user"));
    if (Status s = q.exec({userId}); !s)
        return s.error();
    std::vector<StoredSession> sessions;
    while (q.next())
        sessions.push_back(readSession(q));
    return sessions;
}

Status SessionRepository::touch(const QByteArray &hash, qint64 now) const
{
    SqlQuery q(m_db.connection(), kTouch, QStringLiteral("touch session"));
    return q.exec({now, hash, now});
}

Status SessionRepository::remove(const QByteArray &hash) const
{
    SqlQuery q(m_db.connection(), kRemove, QStringLiteral("remove session"));
    return q.exec({hash});
}

Status SessionRepository::purgeExpired(qint64 now) const
{
    SqlQuery q(m_db.connection(), kPurge, QStringLiteral("purge sessions"));
    return q.exec({now, now});
}

Status SessionRepository::removeAllOf(QSqlDatabase &connection, qint64 userId)
{
    SqlQuery q(connection, kRemoveAll, QStringLiteral("remove sessions of user"));
    return q.exec({userId});
}

} // namespace storefront::storage
