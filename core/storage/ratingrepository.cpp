#include "ratingrepository.h"

#include "database.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>

namespace storefront::storage {

namespace {

/// Refusals the GUI shows.
struct RatingText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::storage::RatingRepository)
};

const QString kUpsertRating = QStringLiteral(R"sql(
INSERT INTO ratings(user_id, product_id, stars, updated_at) VALUES (?, ?, ?, ?)
ON CONFLICT(user_id, product_id) DO UPDATE SET stars = excluded.stars,
                                              updated_at = excluded.updated_at)sql");
const QString kDeleteRating =
    QStringLiteral("DELETE FROM ratings WHERE user_id = ? AND product_id = ?");
const QString kStarsOf =
    QStringLiteral("SELECT stars FROM ratings WHERE user_id = ? AND product_id = ?");
const QString kByUser =
    QStringLiteral("SELECT user_id, product_id, stars, updated_at FROM ratings WHERE user_id = ? "
                   "ORDER BY updated_at DESC, product_id");
const QString kAll = QStringLiteral(
    "SELECT user_id, product_id, stars, updated_at FROM ratings ORDER BY user_id, product_id");

const QString kUsableByUser = QStringLiteral(
    "SELECT user_id, product_id, stars, updated_at FROM ratings WHERE user_id = ? AND excluded = 0 "
    "ORDER BY updated_at DESC, product_id");
const QString kUsableAll =
    QStringLiteral("SELECT user_id, product_id, stars, updated_at FROM ratings WHERE excluded = 0 "
                   "ORDER BY user_id, product_id");
const QString kExcludedProducts =
    QStringLiteral("SELECT product_id FROM ratings WHERE user_id = ? AND excluded = 1");
const QString kSetExcluded =
    QStringLiteral("UPDATE ratings SET excluded = ? WHERE user_id = ? AND product_id = ?");

Result<std::vector<Rating>> readAll(SqlQuery &q)
{
    std::vector<Rating> rows;
    while (q.next())
        rows.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                        q.value(3).toLongLong()});
    return rows;
}

} // namespace

Status RatingRepository::upsert(QSqlDatabase &connection, const Rating &rating)
{
    if (rating.stars < 1 || rating.stars > 5)
        return fail(RatingText::tr("must be from 1 to 5 stars, not %1").arg(rating.stars),
                    QStringLiteral("stars"));
    SqlQuery q(connection, kUpsertRating, QStringLiteral("save rating"));
    return q.exec({rating.userId, rating.productId, rating.stars,
                   rating.updatedAt ? rating.updatedAt : QDateTime::currentSecsSinceEpoch()});
}

Status RatingRepository::rate(qint64 userId, qint64 productId, int stars) const
{
    QSqlDatabase connection = m_db.connection();
    return upsert(connection, {userId, productId, stars, QDateTime::currentSecsSinceEpoch()});
}

Status RatingRepository::remove(qint64 userId, qint64 productId) const
{
    SqlQuery q(m_db.connection(), kDeleteRating, QStringLiteral("remove rating"));
    return q.exec({userId, productId});
}

Result<std::optional<int>> RatingRepository::starsOf(qint64 userId, qint64 productId) const
{
    SqlQuery q(m_db.connection(), kStarsOf, QStringLiteral("read rating"));
    if (Status s = q.exec({userId, productId}); !s)
        return s.error();
    if (!q.next())
        return std::optional<int>{};
    return std::optional<int>{q.value(0).toInt()};
}

Result<std::vector<Rating>> RatingRepository::byUser(qint64 userId) const
{
    SqlQuery q(m_db.connection(), kByUser, QStringLiteral("ratings of user"));
    if (Status s = q.exec({userId}); !s)
        return s.error();
    return readAll(q);
}

Result<std::vector<Rating>> RatingRepository::all() const
{
    SqlQuery q(m_db.connection(), kAll, QStringLiteral("all ratings"));
    if (Status s = q.exec(); !s)
        return s.error();
    return readAll(q);
}

Result<std::vector<Rating>> RatingRepository::usableByUser(qint64 userId) const
{
    SqlQuery q(m_db.connection(), kUsableByUser, QStringLiteral("usable ratings of user"));
    if (Status s = q.exec({userId}); !s)
        return s.error();
    return readAll(q);
}

Result<std::vector<Rating>> RatingRepository::usableAll() const
{
    SqlQuery q(m_db.connection(), kUsableAll, QStringLiteral("usable ratings"));
    if (Status s = q.exec(); !s)
        return s.error();
    return readAll(q);
}

Result<QSet<qint64>> RatingRepository::excludedProducts(qint64 userId) const
{
    SqlQuery q(m_db.connection(), kExcludedProducts, QStringLiteral("excluded ratings"));
    return q.ids({userId});
}

Result<bool> RatingRepository::setExcluded(QSqlDatabase &connection, qint64 userId,
                                           qint64 productId, bool excluded)
{
    SqlQuery q(connection, kSetExcluded, QStringLiteral("exclude rating"));
    return q.changed({excluded ? 1 : 0, userId, productId});
}

} // namespace storefront::storage
