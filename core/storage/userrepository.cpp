#include "userrepository.h"

#include "database.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>

namespace storefront::storage {

namespace {

/// Refusals the GUI shows.
struct UserText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::storage::UserRepository)
};

const QString kUserColumns =
    QStringLiteral("SELECT id, email, display_name, role, created_at, price_min_cents, "
                   "price_max_cents, onboarded, password_hash IS NOT NULL FROM users ");
const QString kInsertUser =
    QStringLiteral("INSERT INTO users(email, display_name, password_hash, role, created_at) "
                   "VALUES (?, ?, ?, ?, ?) RETURNING id");
const QString kCredentials = QStringLiteral("SELECT id, coalesce(password_hash, '') FROM users ");
const QString kCountRole = QStringLiteral("SELECT count(*) FROM users WHERE role = ?");
const QString kReplaceHash =
    QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?");
const QString kSetHash = QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?");
const QString kSetRole = QStringLiteral("UPDATE users SET role = ? WHERE id = ?");
// A write that changes nothing: it takes the write lock (SQLite) or the row lock (PostgreSQL)
// before the role is read, so the role stays what was read until the transaction ends.
const QString kRoleForUpdate =
    QStringLiteral("UPDATE users SET role = role WHERE id = ? RETURNING role");
const QString kSetName = QStringLiteral("UPDATE users SET display_name = ? WHERE id = ?");
const QString kSetEmail = QStringLiteral("UPDATE users SET email = ? WHERE id = ?");
const QString kSetPrices =
    QStringLiteral("UPDATE users SET price_min_cents = ?, price_max_cents = ? WHERE id = ?");
const QString kSetOnboarded = QStringLiteral("UPDATE users SET onboarded = ? WHERE id = ?");
const QString kFavourites = QStringLiteral(
    "SELECT category_id FROM user_favourite_categories WHERE user_id = ? ORDER BY category_id");
const QString kClearFavourites =
    QStringLiteral("DELETE FROM user_favourite_categories WHERE user_id = ?");
const QString kAddFavourite =
    QStringLiteral("INSERT INTO user_favourite_categories(user_id, category_id) VALUES (?, ?) "
                   "ON CONFLICT DO NOTHING");
const QString kDeleteUser = QStringLiteral("DELETE FROM users WHERE id = ?");

QVariant optionalCents(std::optional<qint64> cents)
{
    return cents ? QVariant(*cents) : QVariant();
}

User readUser(const SqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.email = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromName(q.value(3).toString()).value_or(Role::Shopper);
    u.createdAt = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        u.priceMinCents = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        u.priceMaxCents = q.value(6).toLongLong();
    u.onboarded = q.value(7).toInt() != 0;
    u.hasPassword = q.value(8).toInt() != 0;
    return u;
}

/// Runs one UPDATE and fails when it touched no row.
Status updateOne(QSqlDatabase &connection, const QString &sql, const QString &purpose,
                 std::initializer_list<QVariant> values)
{
    SqlQuery q(connection, sql, purpose);
    if (Status s = q.exec(values); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return fail(UserText::tr("the account no longer exists; it may have been deleted "
                                 "meanwhile"),
                    purpose);
    return {};
}

} // namespace

Result<std::optional<User>> UserRepository::fetchOne(const QString &where,
                                                     const QVariant &value) const
{
    SqlQuery q(m_db.connection(), kUserColumns + where, QStringLiteral("read user"));
    if (Status s = q.exec({value}); !s)
        return s.error();
    if (!q.next())
        return std::optional<User>{};
    return std::optional<User>{readUser(q)};
}

Result<std::optional<User>> UserRepository::byId(qint64 id) const
{
    return fetchOne(QStringLiteral("WHERE id = ?"), id);
}

Result<std::optional<User>> UserRepository::byEmail(const QString &normalisedEmail) const
{
    return fetchOne(QStringLiteral("WHERE email = ?"), normalisedEmail);
}

Result<std::vector<User>> UserRepository::list() const
{
    SqlQuery q(m_db.connection(), kUserColumns + QStringLiteral("ORDER BY id"),
               QStringLiteral("list users"));
    if (Status s = q.exec(); !s)
        return s.error();
    std::vector<User> users;
    while (q.next())
        users.push_back(readUser(q));
    return users;
}

Result<int> UserRepository::countWithRole(Role role) const
{
    QSqlDatabase connection = m_db.connection();
    return countWithRole(connection, role);
}

Result<int> UserRepository::countWithRole(QSqlDatabase &connection, Role role)
{
    SqlQuery q(connection, kCountRole, QStringLiteral("count users by role"));
    auto n = q.scalar({roleName(role)});
    if (!n)
        return n.error();
    return n->toInt();
}

Result<std::optional<Credentials>> UserRepository::fetchCredentials(const QString &where,
                                                                    const QVariant &value) const
{
    SqlQuery q(m_db.connection(), kCredentials + where, QStringLiteral("read credentials"));
    if (Status s = q.exec({value}); !s)
        return s.error();
    if (!q.next())
        return std::optional<Credentials>{};
    return std::optional<Credentials>{Credentials{q.value(0).toLongLong(), q.value(1).toString()}};
}

Result<std::optional<Credentials>>
UserRepository::credentialsByEmail(const QString &normalisedEmail) const
{
    return fetchCredentials(QStringLiteral("WHERE email = ?"), normalisedEmail);
}

Result<std::optional<Credentials>> UserRepository::credentialsById(qint64 id) const
{
    return fetchCredentials(QStringLiteral("WHERE id = ?"), id);
}

Result<bool> UserRepository::replacePasswordHash(QSqlDatabase &connection, qint64 id,
                                                 const QString &expected, const QString &newHash)
{
    SqlQuery q(connection, kReplaceHash, QStringLiteral("replace password hash"));
    if (Status s = q.exec({newHash, id, expected}); !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

Result<QList<qint64>> UserRepository::favouriteCategories(qint64 userId) const
{
    SqlQuery q(m_db.connection(), kFavourites, QStringLiteral("read favourite categories"));
    if (Status s = q.exec({userId}); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<qint64> UserRepository::insert(QSqlDatabase &connection, const User &user,
                                      const QString &passwordHash)
{
    SqlQuery q(connection, kInsertUser, QStringLiteral("insert user"));
    if (Status s = q.exec({user.email, user.displayName,
                           passwordHash.isEmpty() ? QVariant() : QVariant(passwordHash),
                           roleName(user.role),
                           user.createdAt ? user.createdAt : QDateTime::currentSecsSinceEpoch()});
        !s)
        return s.error();
    return q.insertedId();
}

Status UserRepository::setPasswordHash(QSqlDatabase &connection, qint64 id, const QString &hash)
{
    return updateOne(connection, kSetHash, QStringLiteral("set password hash"),
                     {hash.isEmpty() ? QVariant() : QVariant(hash), id});
}

Result<std::optional<Role>> UserRepository::roleForUpdate(QSqlDatabase &connection, qint64 id)
{
    SqlQuery q(connection, kRoleForUpdate, QStringLiteral("read role for update"));
    if (Status s = q.exec({id}); !s)
        return s.error();
    if (!q.next())
        return std::optional<Role>{};
    return std::optional<Role>{roleFromName(q.value(0).toString()).value_or(Role::Shopper)};
}

Status UserRepository::setRole(QSqlDatabase &connection, qint64 id, Role role)
{
    return updateOne(connection, kSetRole, QStringLiteral("set role"), {roleName(role), id});
}

Status UserRepository::setDisplayName(QSqlDatabase &connection, qint64 id, const QString &name)
{
    return updateOne(connection, kSetName, QStringLiteral("set display name"), {name, id});
}

Status UserRepository::setEmail(QSqlDatabase &connection, qint64 id, const QString &normalisedEmail)
{
    return updateOne(connection, kSetEmail, QStringLiteral("set email"), {normalisedEmail, id});
}

Status UserRepository::setPriceRange(QSqlDatabase &connection, qint64 id,
                                     std::optional<qint64> minCents, std::optional<qint64> maxCents)
{
    return updateOne(connection, kSetPrices, QStringLiteral("set price range"),
                     {optionalCents(minCents), optionalCents(maxCents), id});
}

Status UserRepository::setOnboarded(QSqlDatabase &connection, qint64 id, bool onboarded)
{
    return updateOne(connection, kSetOnboarded, QStringLiteral("set onboarded"),
                     {onboarded ? 1 : 0, id});
}

Status UserRepository::setFavouriteCategories(QSqlDatabase &connection, qint64 id,
                                              const QList<qint64> &categoryIds)
{
    SqlQuery clear(connection, kClearFavourites, QStringLiteral("clear favourite categories"));
    if (Status s = clear.exec({id}); !s)
        return s;
    SqlQuery add(connection, kAddFavourite, QStringLiteral("add favourite category"));
    for (qint64 category : categoryIds) {
        if (Status s = add.exec({id, category}); !s)
            return s;
    }
    return {};
}

Status UserRepository::remove(QSqlDatabase &connection, qint64 id)
{
    return updateOne(connection, kDeleteUser, QStringLiteral("delete user"), {id});
}

} // namespace storefront::storage
