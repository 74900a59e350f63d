#pragma once

#include "common/result.h"

#include <QSet>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace storefront::storage {

class Database;

struct Rating
{
    qint64 userId = 0;
    qint64 productId = 0;
    int stars = 0;        ///< 1..5
    qint64 updatedAt = 0; ///< seconds since the Unix epoch, UTC
};

class RatingRepository
{
public:
    explicit RatingRepository(const Database &db)
        : m_db(db)
    {}

    /// Sets (or replaces) a user's rating of a product. Refuses stars outside 1..5.
    Status rate(qint64 userId, qint64 productId, int stars) const;
    Status remove(qint64 userId, qint64 productId) const;
    [[nodiscard]] Result<std::optional<int>> starsOf(qint64 userId, qint64 productId) const;
    [[nodiscard]] Result<std::vector<Rating>> byUser(qint64 userId) const;
    /// Every rating, for training; ordered by user then product.
    [[nodiscard]] Result<std::vector<Rating>> all() const;

    /// Inserts or replaces on `connection`, inside the caller's transaction.
    static Status upsert(QSqlDatabase &connection, const Rating &rating);

    // "Don't use for recommendations": an excluded rating still counts in the product's
    // rating statistics, but the recommender neither trains on it nor folds it in.

    /// The user's ratings the recommender may use (not excluded), newest first.
    [[nodiscard]] Result<std::vector<Rating>> usableByUser(qint64 userId) const;
    /// Every rating the recommender may use, for training; ordered by user then product.
    [[nodiscard]] Result<std::vector<Rating>> usableAll() const;
    /// Products whose rating by `userId` is excluded from recommendations.
    [[nodiscard]] Result<QSet<qint64>> excludedProducts(qint64 userId) const;
    /// Sets or clears the flag; returns false when the user has no rating of the product.
    [[nodiscard]] static Result<bool> setExcluded(QSqlDatabase &connection, qint64 userId,
                                                  qint64 productId, bool excluded);

private:
    const Database &m_db;
};

} // namespace storefront::storage
