#include "productrepository.h"

#include "categoryrepository.h"
#include "database.h"
#include "sqldialect.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace storefront::storage {

using catalog::Product;
using catalog::ProductQuery;
using catalog::ProductSort;
using catalog::ProductSummary;

namespace {

/// Refusals the GUI shows.
struct ProductText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::storage::ProductRepository)
};

const QString kProductColumns = QStringLiteral(
    "p.id, p.sku, p.title, p.description, p.brand, coalesce(p.category_id, 0), "
    "coalesce(c.path, ''), p.price_cents, p.currency, p.image_path, p.attributes, p.stock, "
    "p.active, p.created_at, p.updated_at");
const QString kProductFrom =
    QStringLiteral(" FROM products p LEFT JOIN categories c ON c.id = p.category_id ");

const QString kSummaryColumns = QStringLiteral(
    "p.id, p.sku, p.title, p.brand, p.price_cents, p.currency, p.image_path, s.avg_stars, "
    "s.rating_count, p.stock");

const QString kInsertProduct = QStringLiteral(R"sql(
INSERT INTO products(sku, title, description, brand, category_id, price_cents, currency,
                     image_path, attributes, stock, active, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id)sql");

const QString kUpdateProductBySku = QStringLiteral(R"sql(
UPDATE products SET title = ?, description = ?, brand = ?, category_id = ?, price_cents = ?,
       currency = ?, image_path = ?, attributes = ?, stock = ?, active = ?, updated_at = ?
WHERE sku = ?)sql");

const QString kFindIdBySku = QStringLiteral("SELECT id FROM products WHERE sku = ?");
const QString kUsesImage =
    QStringLiteral("SELECT EXISTS (SELECT 1 FROM products WHERE image_path = ?)");

const QString kUpdateProductById = QStringLiteral(R"sql(
UPDATE products SET sku = ?, title = ?, description = ?, brand = ?, category_id = ?,
       price_cents = ?, currency = ?, image_path = ?, attributes = ?, stock = ?, active = ?,
       updated_at = ?
WHERE id = ?)sql");
const QString kSetProductActive =
    QStringLiteral("UPDATE products SET active = ?, updated_at = ? WHERE id = ?");
const QString kDeleteProduct = QStringLiteral("DELETE FROM products WHERE id = ?");

const QString kRatingDistribution = QStringLiteral(
    "SELECT star1, star2, star3, star4, star5 FROM product_stats WHERE product_id = ?");

/// The FROM/WHERE part shared by count, page and facets, with its bound values in order.
struct Filter
{
    QString sql;
    QVariantList values;
    bool searching = false;
};

enum class Stats
{
    IfFiltered,
    Always
};

bool ordersByRating(const ProductQuery &query, bool searching)
{
    return query.sort == ProductSort::Rating ||
           (query.sort == ProductSort::Relevance && !searching);
}

Filter buildFilter(const ProductQuery &query, const SqlDialect &dialect, bool withBrands,
                   Stats stats)
{
    Filter f;
    const QString match = dialect.fullTextQuery(query.text);
    f.searching = !match.isEmpty();
    const bool joinStats = stats == Stats::Always || query.minAverageStars > 0;
    if (f.searching)
        f.sql = dialect.productSearchSource();
    else if (joinStats && ordersByRating(query, false))
        f.sql = dialect.productsByRatingSource();
    else
        f.sql = QStringLiteral(" FROM products p ");
    if (joinStats && (f.searching || !ordersByRating(query, false)))
        f.sql += QStringLiteral("JOIN product_stats s ON s.product_id = p.id ");
    QStringList where;
    if (f.searching) {
        where << dialect.productSearchCondition();
        f.values << match;
    }
    if (!query.includeInactive)
        where << QStringLiteral("p.active = 1");
    if (query.categoryId) {
        where << QStringLiteral(
            "p.category_id IN (SELECT d.id FROM categories a JOIN categories d "
            "ON d.id = a.id OR d.path LIKE replace(replace(replace(a.path, '\\', '\\\\'), "
            "'%', '\\%'), '_', '\\_') || ' > %' ESCAPE '\\' WHERE a.id = ?)");
        f.values << *query.categoryId;
    }
    if (withBrands && !query.brands.isEmpty()) {
        QStringList marks;
        for (const QString &brand : query.brands) {
            marks << QStringLiteral("?");
            f.values << brand;
        }
        where << QStringLiteral("p.brand IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (query.minPriceCents) {
        where << QStringLiteral("p.price_cents >= ?");
        f.values << *query.minPriceCents;
    }
    if (query.maxPriceCents) {
        where << QStringLiteral("p.price_cents <= ?");
        f.values << *query.maxPriceCents;
    }
    if (query.minAverageStars > 0) {
        where << QStringLiteral("s.avg_stars >= ?");
        f.values << query.minAverageStars;
    }
    if (!where.isEmpty())
        f.sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    return f;
}

QString orderBy(const ProductQuery &query, bool searching, const SqlDialect &dialect)
{
    switch (query.sort) {
    case ProductSort::PriceAscending:
        return QStringLiteral(" ORDER BY p.price_cents ASC, p.id ASC");
    case ProductSort::PriceDescending:
        return QStringLiteral(" ORDER BY p.price_cents DESC, p.id ASC");
    case ProductSort::Newest:
        return QStringLiteral(" ORDER BY p.created_at DESC, p.id DESC");
    case ProductSort::Rating:
    case ProductSort::Relevance:
        break;
    }
    if (searching && query.sort == ProductSort::Relevance)
        return QStringLiteral(" ORDER BY ") + dialect.productSearchRank() +
               QStringLiteral(", p.id ASC");
    return QStringLiteral(" ORDER BY s.rank_score DESC, s.product_id DESC");
}

Product readProduct(const SqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.sku = q.value(1).toString();
    p.title = q.value(2).toString();
    p.description = q.value(3).toString();
    p.brand = q.value(4).toString();
    p.categoryId = q.value(5).toLongLong();
    p.categoryPath = q.value(6).toString();
    p.priceCents = q.value(7).toLongLong();
    p.currency = q.value(8).toString();
    p.imagePath = q.value(9).toString();
    p.attributes = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    p.stock = q.value(11).toInt();
    p.active = q.value(12).toInt() != 0;
    p.createdAt = q.value(13).toLongLong();
    p.updatedAt = q.value(14).toLongLong();
    return p;
}

QString attributesJson(const Product &product)
{
    return QString::fromUtf8(QJsonDocument(product.attributes).toJson(QJsonDocument::Compact));
}

Result<QVariant> categoryIdFor(QSqlDatabase &connection, const Product &product)
{
    if (product.categoryPath.isEmpty())
        return QVariant(); // NULL when uncategorised
    auto id = CategoryRepository::ensurePath(connection, product.categoryPath);
    if (!id)
        return id.error();
    return QVariant(*id);
}

} // namespace

Result<std::optional<Product>> ProductRepository::fetchOne(const QString &where,
                                                           const QVariant &value) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT ") + kProductColumns + kProductFrom + where,
               QStringLiteral("read product"));
    if (Status s = q.exec({value}); !s)
        return s.error();
    if (!q.next())
        return std::optional<Product>{};
    return std::optional<Product>{readProduct(q)};
}

Result<std::optional<Product>> ProductRepository::byId(qint64 id) const
{
    return fetchOne(QStringLiteral("WHERE p.id = ?"), id);
}

Result<std::optional<Product>> ProductRepository::bySku(const QString &sku) const
{
    return fetchOne(QStringLiteral("WHERE p.sku = ?"), sku);
}

Result<int> ProductRepository::count(const ProductQuery &query) const
{
    const Filter f = buildFilter(query, m_db.dialect(), true, Stats::IfFiltered);
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT count(*)") + f.sql,
               QStringLiteral("count products"));
    if (Status s = q.execList(f.values); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<std::vector<ProductSummary>> ProductRepository::page(const ProductQuery &query, int offset,
                                                            int limit) const
{
    const Filter f = buildFilter(query, m_db.dialect(), true, Stats::Always);
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT ") + kSummaryColumns + f.sql +
                   orderBy(query, f.searching, m_db.dialect()) +
                   QStringLiteral(" LIMIT ? OFFSET ?"),
               QStringLiteral("page of products"));
    QVariantList values = f.values;
    values << limit << offset;
    if (Status s = q.execList(values); !s)
        return s.error();
    std::vector<ProductSummary> rows;
    rows.reserve(size_t(std::max(0, limit)));
    while (q.next()) {
        rows.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                        q.value(6).toString(), q.value(7).toDouble(), q.value(8).toInt(),
                        q.value(9).toInt()});
    }
    return rows;
}

Result<std::vector<BrandFacet>> ProductRepository::brandFacets(const ProductQuery &query) const
{
    const Filter f = buildFilter(query, m_db.dialect(), false, Stats::IfFiltered);
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT p.brand, count(*)") + f.sql +
                   QStringLiteral(" GROUP BY p.brand HAVING p.brand <> '' "
                                  "ORDER BY count(*) DESC, p.brand ASC"),
               QStringLiteral("brand facets"));
    if (Status s = q.execList(f.values); !s)
        return s.error();
    std::vector<BrandFacet> facets;
    while (q.next())
        facets.push_back({q.value(0).toString(), q.value(1).toInt()});
    return facets;
}

Result<PriceRange> ProductRepository::priceRange(const ProductQuery &query) const
{
    const Filter f = buildFilter(query, m_db.dialect(), true, Stats::IfFiltered);
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT coalesce(min(p.price_cents), 0), "
                              "coalesce(max(p.price_cents), 0)") +
                   f.sql,
               QStringLiteral("price range"));
    if (Status s = q.execList(f.values); !s)
        return s.error();
    if (!q.next())
        return PriceRange{};
    return PriceRange{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

Result<catalog::RatingDistribution> ProductRepository::ratingDistribution(qint64 productId) const
{
    SqlQuery q(m_db.connection(), kRatingDistribution, QStringLiteral("rating distribution"));
    if (Status s = q.exec({productId}); !s)
        return s.error();
    catalog::RatingDistribution d;
    if (q.next()) {
        for (int i = 0; i < 5; ++i)
            d.counts[size_t(i)] = q.value(i).toInt();
    }
    return d;
}

Result<std::vector<Product>> ProductRepository::all() const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT ") + kProductColumns + kProductFrom +
                   QStringLiteral("ORDER BY p.sku"),
               QStringLiteral("all products"));
    if (Status s = q.exec(); !s)
        return s.error();
    std::vector<Product> products;
    while (q.next())
        products.push_back(readProduct(q));
    return products;
}

Result<qint64> ProductRepository::insert(QSqlDatabase &connection, const Product &product)
{
    auto categoryId = categoryIdFor(connection, product);
    if (!categoryId)
        return categoryId.error();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    SqlQuery q(connection, kInsertProduct, QStringLiteral("insert product"));
    if (Status s = q.exec({product.sku, product.title, product.description, product.brand,
                           *categoryId, product.priceCents, product.currency, product.imagePath,
                           attributesJson(product), product.stock, product.active ? 1 : 0,
                           product.createdAt ? product.createdAt : now,
                           product.updatedAt ? product.updatedAt : now});
        !s)
        return s.error();
    return q.insertedId();
}

Result<std::vector<Product>> ProductRepository::find(const QString &text, int limit) const
{
    const SqlDialect &dialect = m_db.dialect();
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT ") + kProductColumns + kProductFrom +
                   QStringLiteral(" WHERE ") +
                   dialect.containsIgnoringCase(QStringLiteral("p.sku")) + QStringLiteral(" OR ") +
                   dialect.containsIgnoringCase(QStringLiteral("p.title")) +
                   QStringLiteral(" ORDER BY p.sku LIMIT ?"),
               QStringLiteral("find products"));
    if (Status s = q.exec({text, text, limit}); !s)
        return s.error();
    std::vector<Product> products;
    while (q.next())
        products.push_back(readProduct(q));
    return products;
}

Status ProductRepository::update(QSqlDatabase &connection, const Product &product)
{
    auto categoryId = categoryIdFor(connection, product);
    if (!categoryId)
        return categoryId.error();
    SqlQuery q(connection, kUpdateProductById, QStringLiteral("update product"));
    if (Status s = q.exec({product.sku, product.title, product.description, product.brand,
                           *categoryId, product.priceCents, product.currency, product.imagePath,
                           attributesJson(product), product.stock, product.active ? 1 : 0,
                           QDateTime::currentSecsSinceEpoch(), product.id});
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return fail(ProductText::tr("the product (number %1) no longer exists; it may have been "
                                    "removed meanwhile")
                        .arg(product.id),
                    QStringLiteral("product"));
    return {};
}

Result<bool> ProductRepository::usesImage(const QString &imagePath) const
{
    SqlQuery q(m_db.connection(), kUsesImage, QStringLiteral("find a picture's products"));
    if (Status s = q.exec({imagePath}); !s)
        return s.error();
    if (!q.next())
        return SqlQuery::noAnswer(QStringLiteral("find a picture's products"));
    return q.value(0).toBool();
}

Status ProductRepository::setActive(QSqlDatabase &connection, qint64 id, bool active)
{
    SqlQuery q(connection, kSetProductActive, QStringLiteral("archive product"));
    return q.exec({active ? 1 : 0, QDateTime::currentSecsSinceEpoch(), id});
}

Status ProductRepository::remove(QSqlDatabase &connection, qint64 id)
{
    SqlQuery q(connection, kDeleteProduct, QStringLiteral("delete product"));
    return q.exec({id});
}

Result<std::optional<qint64>> ProductRepository::idBySku(QSqlDatabase &connection,
                                                         const QString &sku)
{
    SqlQuery find(connection, kFindIdBySku, QStringLiteral("find product"));
    if (Status s = find.exec({sku}); !s)
        return s.error();
    if (!find.next())
        return std::optional<qint64>{};
    return std::optional<qint64>{find.value(0).toLongLong()};
}

Result<qint64> ProductRepository::upsertBySku(QSqlDatabase &connection, const Product &product)
{
    auto found = idBySku(connection, product.sku);
    if (!found)
        return found.error();
    if (!found->has_value())
        return insert(connection, product);
    const qint64 id = **found;
    auto categoryId = categoryIdFor(connection, product);
    if (!categoryId)
        return categoryId.error();
    SqlQuery q(connection, kUpdateProductBySku, QStringLiteral("update product"));
    if (Status s = q.exec({product.title, product.description, product.brand, *categoryId,
                           product.priceCents, product.currency, product.imagePath,
                           attributesJson(product), product.stock, product.active ? 1 : 0,
                           QDateTime::currentSecsSinceEpoch(), product.sku});
        !s)
        return s.error();
    return id;
}

} // namespace storefront::storage
