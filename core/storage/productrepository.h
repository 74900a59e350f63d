#pragma once

#include "catalog/product.h"
#include "catalog/productquery.h"
#include "common/result.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace storefront::storage {

class Database;

struct BrandFacet
{
    QString brand;
    int count = 0;
};

struct PriceRange
{
    qint64 minCents = 0;
    qint64 maxCents = 0;
};

/// Products: lookups, the grid's filtered and sorted pages, facets and full-text search.
class ProductRepository
{
public:
    explicit ProductRepository(const Database &db)
        : m_db(db)
    {}

    [[nodiscard]] Result<std::optional<catalog::Product>> byId(qint64 id) const;
    [[nodiscard]] Result<std::optional<catalog::Product>> bySku(const QString &sku) const;

    /// How many products match (for the grid's row count).
    [[nodiscard]] Result<int> count(const catalog::ProductQuery &query) const;
    /// One page of matching products in the query's order; ties broken by id so that pages
    /// never overlap or skip.
    [[nodiscard]] Result<std::vector<catalog::ProductSummary>>
    page(const catalog::ProductQuery &query, int offset, int limit) const;
    /// Brands of the products matching `query` with the brand filter itself ignored, so that
    /// choosing one brand still lists the others.
    [[nodiscard]] Result<std::vector<BrandFacet>>
    brandFacets(const catalog::ProductQuery &query) const;
    [[nodiscard]] Result<PriceRange> priceRange(const catalog::ProductQuery &query) const;
    [[nodiscard]] Result<catalog::RatingDistribution> ratingDistribution(qint64 productId) const;

    /// Every product (active or not), by sku, for export.
    [[nodiscard]] Result<std::vector<catalog::Product>> all() const;

    /// Inserts `product` (its id is ignored) on `connection`, inside the caller's transaction;
    /// the category is created from `product.categoryPath` when needed. Returns the new id.
    [[nodiscard]] static Result<qint64> insert(QSqlDatabase &connection,
                                               const catalog::Product &product);
    /// Products whose sku or title contains `text` (case-insensitive), archived ones too, by
    /// sku; at most `limit`. For the staff editor's list.
    [[nodiscard]] Result<std::vector<catalog::Product>> find(const QString &text, int limit) const;

    /// Writes every editable field of the product with `product.id`, sku included.
    static Status update(QSqlDatabase &connection, const catalog::Product &product);
    static Status setActive(QSqlDatabase &connection, qint64 id, bool active);
    /// Deletes a product (undoing its creation); its ratings and events go with it.
    static Status remove(QSqlDatabase &connection, qint64 id);
    /// Whether any product, archived ones too, uses the picture `imagePath`.
    [[nodiscard]] Result<bool> usesImage(const QString &imagePath) const;
    [[nodiscard]] static Result<std::optional<qint64>> idBySku(QSqlDatabase &connection,
                                                               const QString &sku);

    /// Updates the product with the same sku, or inserts it. Returns its id.
    [[nodiscard]] static Result<qint64> upsertBySku(QSqlDatabase &connection,
                                                    const catalog::Product &product);

private:
    [[nodiscard]] Result<std::optional<catalog::Product>> fetchOne(const QString &where,
                                                                   const QVariant &value) const;
    const Database &m_db;
};

} // namespace storefront::storage
