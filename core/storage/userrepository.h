#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace storefront::storage {

class Database;

enum class Role
{
    Shopper,
    Staff,
    Admin
};

[[nodiscard]] QString roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(const QString &name);

struct User
{
    qint64 id = 0;
    QString email; ///< normalised: trimmed and case-folded
    QString displayName;
    Role role = Role::Shopper;
    qint64 createdAt = 0;
};

/// Accounts as stored. Rules (password policy, who may change roles) live in core/auth.
class UserRepository
{
public:
    explicit UserRepository(const Database &db)
        : m_db(db)
    {}

    [[nodiscard]] Result<std::optional<User>> byId(qint64 id) const;
    [[nodiscard]] Result<std::optional<User>> byEmail(const QString &normalisedEmail) const;

    /// Inserts on `connection` inside the caller's transaction; `passwordHash` may be empty
    /// (an account that cannot log in until a password is set). Returns the new id.
    [[nodiscard]] static Result<qint64> insert(QSqlDatabase &connection, const User &user,
                                               const QString &passwordHash);

private:
    [[nodiscard]] Result<std::optional<User>> fetchOne(const QString &where,
                                                       const QVariant &value) const;
    const Database &m_db;
};

} // namespace storefront::storage
