#include "catalogservice.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace storefront::catalog {

namespace {

/// Shown where a product page cannot be opened.
struct CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::catalog::CatalogService)
};

} // namespace

CatalogService::CatalogService(const storage::Database &db)
    : m_db(db)
{
    m_pool.setMaxThreadCount(1);
}

CatalogService::~CatalogService()
{
    m_pool.waitForDone();
}

Result<ProductDetails> CatalogService::loadDetails(const storage::Database &db, qint64 productId)
{
    const storage::ProductRepository products(db);
    auto product = products.byId(productId);
    if (!product)
        return product.error();
    if (!*product)
        return fail(CatalogText::tr("no product with id %1").arg(productId),
                    QStringLiteral("product"));
    auto ratings = products.ratingDistribution(productId);
    if (!ratings)
        return ratings.error();
    return ProductDetails{std::move(**product), *ratings};
}

Result<Facets> CatalogService::loadFacets(const storage::Database &db, const ProductQuery &query)
{
    const storage::ProductRepository products(db);
    auto brands = products.brandFacets(query);
    if (!brands)
        return brands.error();
    ProductQuery unpriced = query;
    unpriced.minPriceCents.reset();
    unpriced.maxPriceCents.reset();
    auto prices = products.priceRange(unpriced);
    if (!prices)
        return prices.error();
    return Facets{std::move(*brands), *prices};
}

QFuture<Result<ProductDetails>> CatalogService::details(qint64 productId)
{
    const storage::Database *db = &m_db;
    return QtConcurrent::run(&m_pool, [db, productId] { return loadDetails(*db, productId); });
}

QFuture<Result<Facets>> CatalogService::facets(const ProductQuery &query)
{
    const storage::Database *db = &m_db;
    return QtConcurrent::run(&m_pool, [db, query] { return loadFacets(*db, query); });
}

} // namespace storefront::catalog
