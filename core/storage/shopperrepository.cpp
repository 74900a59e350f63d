#include "shopperrepository.h"

#include "database.h"
#include "sqlquery.h"

#include <QCoreApplication>

namespace storefront::storage {

namespace {

/// Refusals the GUI shows.
struct ShopperText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::storage::ShopperRepository)
};

const QString kCart =
    QStringLiteral("SELECT product_id, quantity, added_at FROM cart_items WHERE user_id = ? "
                   "ORDER BY added_at, product_id");
const QString kWishlist =
    QStringLiteral("SELECT product_id, added_at FROM wishlist_items WHERE user_id = ? "
                   "ORDER BY added_at DESC, product_id");
const QString kNotInterested =
    QStringLiteral("SELECT product_id, marked_at FROM not_interested WHERE user_id = ? "
                   "ORDER BY marked_at DESC, product_id");
const QString kFavouritePaths = QStringLiteral(
    "SELECT c.path FROM user_favourite_categories f JOIN categories c ON c.id = f.category_id "
    "WHERE f.user_id = ? ORDER BY c.path");
const QString kPriceRange =
    QStringLiteral("SELECT price_min_cents, price_max_cents FROM users WHERE id = ?");
const QString kAddToCart = QStringLiteral(R"sql(
INSERT INTO cart_items(user_id, product_id, quantity, added_at) VALUES (?, ?, ?, ?)
ON CONFLICT(user_id, product_id) DO UPDATE SET quantity = quantity + excluded.quantity)sql");
const QString kSetQuantity = QStringLiteral(R"sql(
INSERT INTO cart_items(user_id, product_id, quantity, added_at) VALUES (?, ?, ?, ?)
ON CONFLICT(user_id, product_id) DO UPDATE SET quantity = excluded.quantity)sql");
const QString kRemoveFromCart =
    QStringLiteral("DELETE FROM cart_items WHERE user_id = ? AND product_id = ?");
const QString kClearCart = QStringLiteral("DELETE FROM cart_items WHERE user_id = ?");
const QString kAddToWishlist =
    QStringLiteral("INSERT INTO wishlist_items(user_id, product_id, added_at) VALUES (?, ?, ?) "
                   "ON CONFLICT(user_id, product_id) DO NOTHING");
const QString kRemoveFromWishlist =
    QStringLiteral("DELETE FROM wishlist_items WHERE user_id = ? AND product_id = ?");
const QString kMarkNotInterested =
    QStringLiteral("INSERT INTO not_interested(user_id, product_id, marked_at) VALUES (?, ?, ?) "
                   "ON CONFLICT(user_id, product_id) DO NOTHING");
const QString kUnmarkNotInterested =
    QStringLiteral("DELETE FROM not_interested WHERE user_id = ? AND product_id = ?");

Status checkQuantity(int quantity)
{
    if (quantity < 1 || quantity > ShopperRepository::kMaxQuantity)
        return fail(ShopperText::tr("must be from 1 to %1, not %2")
                        .arg(ShopperRepository::kMaxQuantity)
                        .arg(quantity),
                    QStringLiteral("quantity"));
    return {};
}

std::optional<qint64> optionalCents(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

} // namespace

Result<std::vector<CartItem>> ShopperRepository::cart(qint64 userId) const
{
    SqlQuery q(m_db.connection(), kCart, QStringLiteral("read cart"));
    if (Status s = q.exec({userId}); !s)
        return s.error();
    std::vector<CartItem> items;
    while (q.next())
        items.push_back({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong()});
    return items;
}

Result<std::vector<MarkedProduct>>
ShopperRepository::marked(const QString &sql, const QString &purpose, qint64 userId) const
{
    SqlQuery q(m_db.connection(), sql, purpose);
    if (Status s = q.exec({userId}); !s)
        return s.error();
    std::vector<MarkedProduct> items;
    while (q.next())
        items.push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return items;
}

Result<std::vector<MarkedProduct>> ShopperRepository::wishlist(qint64 userId) const
{
    return marked(kWishlist, QStringLiteral("read wishlist"), userId);
}

Result<std::vector<MarkedProduct>> ShopperRepository::notInterested(qint64 userId) const
{
    return marked(kNotInterested, QStringLiteral("read not interested"), userId);
}

Result<StoredShopperContext> ShopperRepository::context(qint64 userId) const
{
    StoredShopperContext context;
    auto cartItems = cart(userId);
    if (!cartItems)
        return cartItems.error();
    for (const CartItem &c : *cartItems)
        context.cart.push_back(c.productId);
    auto dismissed = notInterested(userId);
    if (!dismissed)
        return dismissed.error();
    for (const MarkedProduct &m : *dismissed)
        context.notInterested.push_back(m.productId);
    SqlQuery paths(m_db.connection(), kFavouritePaths, QStringLiteral("read favourites"));
    if (Status s = paths.exec({userId}); !s)
        return s.error();
    while (paths.next())
        context.favouriteCategoryPaths << paths.value(0).toString();
    SqlQuery range(m_db.connection(), kPriceRange, QStringLiteral("read price range"));
    if (Status s = range.exec({userId}); !s)
        return s.error();
    if (range.next()) {
        context.minPriceCents = optionalCents(range.value(0));
        context.maxPriceCents = optionalCents(range.value(1));
    }
    return context;
}

Status ShopperRepository::addToCart(QSqlDatabase &connection, qint64 userId, qint64 productId,
                                    int quantity, qint64 at)
{
    if (Status s = checkQuantity(quantity); !s)
        return s;
    SqlQuery q(connection, kAddToCart, QStringLiteral("add to cart"));
    return q.exec({userId, productId, quantity, at});
}

Status ShopperRepository::setCartQuantity(QSqlDatabase &connection, qint64 userId, qint64 productId,
                                          int quantity, qint64 at)
{
    if (Status s = checkQuantity(quantity); !s)
        return s;
    SqlQuery q(connection, kSetQuantity, QStringLiteral("set cart quantity"));
    return q.exec({userId, productId, quantity, at});
}

Status ShopperRepository::removeFromCart(QSqlDatabase &connection, qint64 userId, qint64 productId)
{
    SqlQuery q(connection, kRemoveFromCart, QStringLiteral("remove from cart"));
    return q.exec({userId, productId});
}

Status ShopperRepository::clearCart(QSqlDatabase &connection, qint64 userId)
{
    SqlQuery q(connection, kClearCart, QStringLiteral("clear cart"));
    return q.exec({userId});
}

Result<bool> ShopperRepository::addToWishlist(QSqlDatabase &connection, qint64 userId,
                                              qint64 productId, qint64 at)
{
    SqlQuery q(connection, kAddToWishlist, QStringLiteral("add to wishlist"));
    if (Status s = q.exec({userId, productId, at}); !s)
        return s.error();
    return q.numRowsAffected() > 0;
}

Status ShopperRepository::removeFromWishlist(QSqlDatabase &connection, qint64 userId,
                                             qint64 productId)
{
    SqlQuery q(connection, kRemoveFromWishlist, QStringLiteral("remove from wishlist"));
    return q.exec({userId, productId});
}

Status ShopperRepository::markNotInterested(QSqlDatabase &connection, qint64 userId,
                                            qint64 productId, qint64 at)
{
    SqlQuery q(connection, kMarkNotInterested, QStringLiteral("mark not interested"));
    return q.exec({userId, productId, at});
}

Status ShopperRepository::unmarkNotInterested(QSqlDatabase &connection, qint64 userId,
                                              qint64 productId)
{
    SqlQuery q(connection, kUnmarkNotInterested, QStringLiteral("undo not interested"));
    return q.exec({userId, productId});
}

} // namespace storefront::storage
