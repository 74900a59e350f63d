#pragma once

// A small planted store for the hybrid and service tests: two categories of ten products
// ("Outdoors > Hiking" 1..10, "Kitchen > Coffee" 11..20), 30 shoppers who each rated five
// outdoor products and 30 who each rated five kitchen products (a checkerboard), plus
// product 21 "Trail Runner Pro" (new: no interactions), 22 (inactive) and 23 (out of stock),
// both outdoor. Prices are unique: 1000 + 100 * id cents.

#include "catalog/product.h"
#include "recsys/recommendation.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/ratingrepository.h"
#include "storage/userrepository.h"

#include <QSignalSpy>
#include <QString>

#include <algorithm>
#include <vector>

namespace storefront::testing {

inline std::vector<catalog::Product> worldProducts()
{
    const QStringList outdoor = {QStringLiteral("Trail Runner"),   QStringLiteral("Summit Jacket"),
                                 QStringLiteral("Ridge Backpack"), QStringLiteral("Canyon Tent"),
                                 QStringLiteral("Alpine Poles"),   QStringLiteral("Forest Gaiters"),
                                 QStringLiteral("Glacier Gloves"), QStringLiteral("Peak Headlamp"),
                                 QStringLiteral("Valley Bottle"),  QStringLiteral("Meadow Socks")};
    const QStringList kitchen = {
        QStringLiteral("Espresso Grinder"), QStringLiteral("Pour Over Kettle"),
        QStringLiteral("Moka Pot"),         QStringLiteral("French Press"),
        QStringLiteral("Milk Frother"),     QStringLiteral("Bean Canister"),
        QStringLiteral("Drip Scale"),       QStringLiteral("Cold Brew Jar"),
        QStringLiteral("Latte Cups"),       QStringLiteral("Paper Filters")};
    std::vector<catalog::Product> products;
    auto add = [&](qint64 id, const QString &title, const QString &category,
                   const QString &description) {
        catalog::Product p;
        p.id = id;
        p.sku = QStringLiteral("SKU-%1").arg(id);
        p.title = title;
        p.categoryPath = category;
        p.description = description;
        p.brand = category.startsWith(QLatin1String("Outdoors")) ? QStringLiteral("Ridgeline")
                                                                 : QStringLiteral("Brewmaster");
        p.priceCents = 1000 + 100 * id;
        p.stock = 10;
        p.createdAt = 1'700'000'000 + id;
        products.push_back(p);
    };
    for (int i = 0; i < 10; ++i)
        add(i + 1, outdoor[i], QStringLiteral("Outdoors > Hiking"),
            QStringLiteral("Outdoor hiking gear for trail and mountain adventures"));
    for (int i = 0; i < 10; ++i)
        add(i + 11, kitchen[i], QStringLiteral("Kitchen > Coffee"),
            QStringLiteral("Coffee brewing equipment for espresso and filter coffee at home"));
    add(21, QStringLiteral("Trail Runner Pro"), QStringLiteral("Outdoors > Hiking"),
        QStringLiteral("Trail Runner Pro: outdoor hiking trail runner shoe for mountain trail "
                       "adventures"));
    add(22, QStringLiteral("Retired Compass"), QStringLiteral("Outdoors > Hiking"),
        QStringLiteral("Outdoor hiking compass for trail adventures"));
    products.back().active = false;
    add(23, QStringLiteral("Sold Out Map"), QStringLiteral("Outdoors > Hiking"),
        QStringLiteral("Outdoor hiking trail map for mountain adventures"));
    products.back().stock = 0;
    return products;
}

/// Users 1..30 rate outdoor products, 31..60 kitchen products; 5 ratings each. Users 1..60
/// also rate the inactive (22) and out-of-stock (23) products so that they are warm.
inline std::vector<storage::Rating> worldRatings()
{
    std::vector<storage::Rating> ratings;
    for (int u = 1; u <= 60; ++u) {
        const int base = u <= 30 ? 1 : 11;
        for (int j = 0; j < 5; ++j)
            ratings.push_back({u, base + (u + j) % 10, j == 4 ? 4 : 5, 1'700'000'000 + u * 10 + j});
        if (u <= 30 && u % 3 == 0)
            ratings.push_back({u, 22 + (u / 3) % 2, 5, 1'700'000'000 + u * 10 + 9});
    }
    return ratings;
}

/// Writes the world into `db`: products 1..23 (ids in insertion order), users 1..70
/// ("Shopper 01".."Shopper 70", no password), the world's ratings plus `extra`.
inline void seedWorldStore(const storage::Database &db, const std::vector<storage::Rating> &extra)
{
    const Status s = db.transaction([&](QSqlDatabase &c) -> Status {
        for (const auto &p : worldProducts()) {
            auto id = storage::ProductRepository::insert(c, p);
            if (!id)
                return id.error();
            if (*id != p.id)
                return fail(QStringLiteral("unexpected product id"));
        }
        for (int u = 1; u <= 70; ++u) {
            storage::User user;
            user.email = QStringLiteral("shopper%1@example.org").arg(u);
            user.displayName = QStringLiteral("Shopper %1").arg(u, 2, 10, QLatin1Char('0'));
            user.createdAt = 1'700'000'000;
            auto id = storage::UserRepository::insert(c, user, {});
            if (!id)
                return id.error();
        }
        auto ratings = worldRatings();
        ratings.insert(ratings.end(), extra.begin(), extra.end());
        for (const auto &r : ratings)
            if (Status st = storage::RatingRepository::upsert(c, r); !st)
                return st;
        return {};
    });
    if (!s)
        qFatal("seed failed: %s", qPrintable(s.error().toString()));
}

/// Whether `list` recommends `productId`.
inline bool listed(const recsys::RecommendationList &list, qint64 productId)
{
    return std::any_of(list.begin(), list.end(),
                       [&](const recsys::Recommendation &r) { return r.productId == productId; });
}

/// The last list published for `userId` in `spy` (RecommendationService's
/// recommendationsUpdated); empty when none was.
inline recsys::RecommendationList lastListOf(const QSignalSpy &spy, qint64 userId)
{
    for (qsizetype i = spy.size() - 1; i >= 0; --i)
        if (spy.at(i).at(0).toLongLong() == userId)
            return spy.at(i).at(1).value<recsys::RecommendationList>();
    return {};
}

/// Equal product by product: id, score, reason, model and evidence.
inline bool sameLists(const recsys::RecommendationList &a, const recsys::RecommendationList &b)
{
    auto same = [](const recsys::Recommendation &x, const recsys::Recommendation &y) {
        if (x.productId != y.productId || x.score != y.score || x.reason != y.reason ||
            x.reasonKind != y.reasonKind || x.model != y.model ||
            x.evidence.size() != y.evidence.size())
            return false;
        for (qsizetype i = 0; i < x.evidence.size(); ++i)
            if (x.evidence[i].productId != y.evidence[i].productId ||
                x.evidence[i].weight != y.evidence[i].weight)
                return false;
        return true;
    };
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), same);
}

} // namespace storefront::testing
