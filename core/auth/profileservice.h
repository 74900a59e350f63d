#pragma once

#include "auth/session.h"
#include "catalog/product.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace storefront::storage {
class Database;
}

namespace storefront::auth {

class AuthService;

/// A shopper's profile as the profile page shows it.
struct Profile
{
    QString email;
    QString displayName;
    Role role = Role::Shopper;
    QList<qint64> favouriteCategoryIds; ///< used for cold-start recommendations
    std::optional<qint64> priceMinCents;
    std::optional<qint64> priceMaxCents;
    bool onboarded = false; ///< asked for favourite categories already
};

/// The signed-in user's own profile. Every call takes the session and has AuthService
/// check it; guests have no profile.
class ProfileService
{
    Q_DECLARE_TR_FUNCTIONS(storefront::auth::ProfileService)

public:
    static constexpr int kMaxFavourites = 20;
    static constexpr qint64 kMaxPriceCents = 100'000'000; // one million in any currency

    ProfileService(const storage::Database &db, AuthService &auth);

    [[nodiscard]] Result<Profile> profile(const Session &session);
    Status setDisplayName(const Session &session, const QString &name);
    /// Replaces the favourite categories and marks the shopper as onboarded.
    Status setFavouriteCategories(const Session &session, const QList<qint64> &categoryIds);
    /// The shopper skipped picking favourites: do not ask again.
    Status skipOnboarding(const Session &session);
    /// Whether to ask this session's user for favourite categories (new shoppers).
    [[nodiscard]] Result<bool> needsOnboarding(const Session &session);
    /// Either end may be open (nullopt); both are whole cents, min <= max.
    Status setPriceRange(const Session &session, std::optional<qint64> minCents,
                         std::optional<qint64> maxCents);
    /// The top-level categories, to pick favourites from.
    [[nodiscard]] Result<std::vector<catalog::Category>> topLevelCategories() const;

private:
    const storage::Database &m_db;
    AuthService &m_auth;
};

} // namespace storefront::auth
