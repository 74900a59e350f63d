#pragma once

#include "common/result.h"

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

private:
    const Database &m_db;
};

} // namespace storefront::storage
