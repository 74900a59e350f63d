#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <vector>

namespace storefront::storage {

class Database;

/// One product in a shopper's cart.
struct CartItem
{
    qint64 productId = 0;
    int quantity = 0;
    qint64 addedAt = 0; ///< seconds since the Unix epoch, UTC
};

/// A product the shopper keeps (wishlist) or dismissed ("not interested"), with when.
struct MarkedProduct
{
    qint64 productId = 0;
    qint64 at = 0;
};

/// What the recommender needs to know of a shopper besides ratings and events, read in one
/// go on the recommender's worker.
struct StoredShopperContext
{
    std::vector<qint64> cart;
    std::vector<qint64> notInterested;
    QStringList favouriteCategoryPaths;
    std::optional<qint64> minPriceCents;
    std::optional<qint64> maxPriceCents;
};

/// The shopper's own lists: cart, wishlist and "not interested". Rules (who may, limits)
/// live in core/shop; the writers run on the caller's connection inside its transaction.
class ShopperRepository
{
public:
    static constexpr int kMaxQuantity = 999;

    explicit ShopperRepository(const Database &db)
        : m_db(db)
    {}

    [[nodiscard]] Result<std::vector<CartItem>> cart(qint64 userId) const;
    [[nodiscard]] Result<std::vector<MarkedProduct>> wishlist(qint64 userId) const;
    [[nodiscard]] Result<std::vector<MarkedProduct>> notInterested(qint64 userId) const;
    [[nodiscard]] Result<StoredShopperContext> context(qint64 userId) const;

    /// Adds `quantity` to the line (creating it); the sum is capped by the CHECK (1..999).
    static Status addToCart(QSqlDatabase &connection, qint64 userId, qint64 productId, int quantity,
                            qint64 at);
    /// Sets the line's quantity (1..999).
    static Status setCartQuantity(QSqlDatabase &connection, qint64 userId, qint64 productId,
                                  int quantity, qint64 at);
    static Status removeFromCart(QSqlDatabase &connection, qint64 userId, qint64 productId);
    static Status clearCart(QSqlDatabase &connection, qint64 userId);
    /// Returns whether the product was newly added.
    [[nodiscard]] static Result<bool> addToWishlist(QSqlDatabase &connection, qint64 userId,
                                                    qint64 productId, qint64 at);
    static Status removeFromWishlist(QSqlDatabase &connection, qint64 userId, qint64 productId);
    static Status markNotInterested(QSqlDatabase &connection, qint64 userId, qint64 productId,
                                    qint64 at);
    static Status unmarkNotInterested(QSqlDatabase &connection, qint64 userId, qint64 productId);

private:
    [[nodiscard]] Result<std::vector<MarkedProduct>>
    marked(const QString &sql, const QString &purpose, qint64 userId) const;
    const Database &m_db;
};

} // namespace storefront::storage
