#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace storefront::catalog {

enum class ProductSort
{
    Relevance,
    PriceAscending,
    PriceDescending,
    Rating,
    Newest
};

/// What the shopper asked the grid to show. Relevance means bm25 rank when there is search
/// text, and the rating order otherwise.
struct ProductQuery
{
    QString text;
    std::optional<qint64> categoryId; ///< the category and all its descendants
    QStringList brands;               ///< any of these; empty means every brand
    std::optional<qint64> minPriceCents;
    std::optional<qint64> maxPriceCents;
    double minAverageStars = 0.0;
    ProductSort sort = ProductSort::Relevance;
    bool includeInactive = false;

    bool operator==(const ProductQuery &) const = default;
};

} // namespace storefront::catalog
