#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <array>

namespace storefront::catalog {

/// A product as the catalog stores it. Prices are integer cents in `currency` (ISO 4217).
struct Product
{
    qint64 id = 0;
    QString sku;
    QString title;
    QString description;
    QString brand;
    qint64 categoryId = 0;
    QString categoryPath; ///< "Parent > Child", empty when uncategorised
    qint64 priceCents = 0;
    QString currency = QStringLiteral("EUR");
    QString imagePath; ///< relative to the store's media roots, see MediaLocator
    QJsonObject attributes;
    int stock = 0;
    bool active = true;
    qint64 createdAt = 0; ///< seconds since the Unix epoch, UTC
    qint64 updatedAt = 0;
};

/// What a grid tile needs: the product plus its rating aggregate.
struct ProductSummary
{
    qint64 id = 0;
    QString sku;
    QString title;
    QString brand;
    qint64 priceCents = 0;
    QString currency;
    QString imagePath;
    double averageStars = 0.0;
    int ratingCount = 0;
    int stock = 0;
};

struct Category
{
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 for a top-level category
    QString name;
    QString path;
    int productCount = 0; ///< active products in this category and its children
    bool active = true;   ///< archived categories are hidden from shoppers
};

/// How many ratings gave 1..5 stars (index 0 is one star).
struct RatingDistribution
{
    std::array<int, 5> counts{};
    [[nodiscard]] int total() const;
    [[nodiscard]] double average() const;
};

/// "1,234.50 EUR"-style text is the UI's job; core formats only the canonical "1234.50".
[[nodiscard]] QString formatCents(qint64 cents);

} // namespace storefront::catalog
