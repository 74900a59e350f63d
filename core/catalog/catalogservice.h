#pragma once

#include "catalog/product.h"
#include "catalog/productquery.h"
#include "common/result.h"
#include "storage/productrepository.h"

#include <QFuture>
#include <QThreadPool>

#include <vector>

namespace storefront::storage {
class Database;
}

namespace storefront::catalog {

/// A product page's content.
struct ProductDetails
{
    Product product;
    RatingDistribution ratings;
};

/// The facets shown next to the grid for the current query.
struct Facets
{
    std::vector<storage::BrandFacet> brands;
    storage::PriceRange prices;
};

/// Read-only catalog queries for the UI, run on a worker thread with its own connection so
/// that the GUI thread never waits on SQL. Results arrive through the returned futures.
class CatalogService
{
public:
    explicit CatalogService(const storage::Database &db);
    ~CatalogService();
    CatalogService(const CatalogService &) = delete;
    CatalogService &operator=(const CatalogService &) = delete;

    [[nodiscard]] QFuture<Result<ProductDetails>> details(qint64 productId);
    [[nodiscard]] QFuture<Result<Facets>> facets(const ProductQuery &query);

    /// The same, run on the calling thread (for the CLI, tests and benchmarks).
    [[nodiscard]] static Result<ProductDetails> loadDetails(const storage::Database &db,
                                                            qint64 productId);
    [[nodiscard]] static Result<Facets> loadFacets(const storage::Database &db,
                                                   const ProductQuery &query);

private:
    const storage::Database &m_db;
    QThreadPool m_pool;
};

} // namespace storefront::catalog
