#pragma once

#include "common/result.h"
#include "storage/role.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace storefront::storage {

class Database;

struct User
{
    qint64 id = 0;
    QString email; ///< normalised: NFKC, trimmed and case-folded
    QString displayName;
    Role role = Role::Shopper;
    qint64 createdAt = 0;
    /// Preferred price range in cents; either end may be open.
    std::optional<qint64> priceMinCents = std::nullopt;
    std::optional<qint64> priceMaxCents = std::nullopt;
    /// The shopper has been asked for favourite categories (answered or skipped).
    bool onboarded = false;
    /// Whether a password is set (the hash itself never leaves the repository's
    /// credentials() call).
    bool hasPassword = false;
};

/// What log-in needs: the id and the stored crypto_pwhash string (empty when none is set).
struct Credentials
{
    qint64 userId = 0;
    QString passwordHash;
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
    /// Every account, by id (no password hashes).
    [[nodiscard]] Result<std::vector<User>> list() const;
    [[nodiscard]] Result<int> countWithRole(Role role) const;
    [[nodiscard]] static Result<int> countWithRole(QSqlDatabase &connection, Role role);

    [[nodiscard]] Result<std::optional<Credentials>>
    credentialsByEmail(const QString &normalisedEmail) const;
    [[nodiscard]] Result<std::optional<Credentials>> credentialsById(qint64 id) const;

    /// Replaces the hash only if it is still `expected` (a rehash at log-in must not undo
    /// a password change made meanwhile). Returns whether it was replaced.
    [[nodiscard]] static Result<bool> replacePasswordHash(QSqlDatabase &connection, qint64 id,
                                                          const QString &expected,
                                                          const QString &newHash);

    [[nodiscard]] Result<QList<qint64>> favouriteCategories(qint64 userId) const;

    /// Inserts on `connection` inside the caller's transaction; `passwordHash` may be empty
    /// (an account that cannot log in until a password is set). Returns the new id.
    [[nodiscard]] static Result<qint64> insert(QSqlDatabase &connection, const User &user,
                                               const QString &passwordHash);
    static Status setPasswordHash(QSqlDatabase &connection, qint64 id, const QString &hash);
    /// The account's role, read in the caller's transaction after taking the write lock, so
    /// that no other connection can change it before the transaction ends. nullopt when no
    /// account has `id`.
    [[nodiscard]] static Result<std::optional<Role>> roleForUpdate(QSqlDatabase &connection,
                                                                   qint64 id);
    static Status setRole(QSqlDatabase &connection, qint64 id, Role role);
    static Status setDisplayName(QSqlDatabase &connection, qint64 id, const QString &name);
    static Status setEmail(QSqlDatabase &connection, qint64 id, const QString &normalisedEmail);
    static Status setPriceRange(QSqlDatabase &connection, qint64 id, std::optional<qint64> minCents,
                                std::optional<qint64> maxCents);
    static Status setOnboarded(QSqlDatabase &connection, qint64 id, bool onboarded);
    /// Replaces the user's favourite categories with `categoryIds`.
    static Status setFavouriteCategories(QSqlDatabase &connection, qint64 id,
                                         const QList<qint64> &categoryIds);
    /// Deletes the account; its ratings, events, sessions and favourites go with it
    /// (ON DELETE CASCADE).
    static Status remove(QSqlDatabase &connection, qint64 id);

private:
    [[nodiscard]] Result<std::optional<User>> fetchOne(const QString &where,
                                                       const QVariant &value) const;
    [[nodiscard]] Result<std::optional<Credentials>> fetchCredentials(const QString &where,
                                                                      const QVariant &value) const;
    const Database &m_db;
};

} // namespace storefront::storage
