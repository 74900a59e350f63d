#include "userrepository.h"

#include "database.h"
#include "sqlquery.h"

#include <QDateTime>

namespace storefront::storage {

namespace {

const QString kUserColumns =
    QStringLiteral("SELECT id, email, display_name, role, created_at FROM users ");
const QString kInsertUser =
    QStringLiteral("INSERT INTO users(email, display_name, password_hash, role, created_at) "
                   "VALUES (?, ?, ?, ?, ?)");

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Shopper:
        return QStringLiteral("shopper");
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Shopper, Role::Staff, Role::Admin}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

Result<std::optional<User>> UserRepository::fetchOne(const QString &where,
                                                     const QVariant &value) const
{
    SqlQuery q(m_db.connection(), kUserColumns + where, QStringLiteral("read user"));
    if (Status s = q.exec({value}); !s)
        return s.error();
    if (!q.next())
        return std::optional<User>{};
    User u;
    u.id = q.value(0).toLongLong();
    u.email = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromName(q.value(3).toString()).value_or(Role::Shopper);
    u.createdAt = q.value(4).toLongLong();
    return std::optional<User>{u};
}

Result<std::optional<User>> UserRepository::byId(qint64 id) const
{
    return fetchOne(QStringLiteral("WHERE id = ?"), id);
}

Result<std::optional<User>> UserRepository::byEmail(const QString &normalisedEmail) const
{
    return fetchOne(QStringLiteral("WHERE email = ?"), normalisedEmail);
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
    return q.lastInsertId().toLongLong();
}

} // namespace storefront::storage
