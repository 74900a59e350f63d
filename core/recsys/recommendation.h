#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace storefront::recsys {

/// What a shopper told the store outside ratings and events: kept by the caller (the session
/// layer) and handed to the recommender with every request. Product ids and category paths
/// are database values.
struct ShopperContext
{
    std::vector<qint64> cart;            ///< products in the cart (never recommended)
    std::vector<qint64> notInterested;   ///< "not interested" (a hard filter, never recommended)
    QStringList favouriteCategories;     ///< onboarding choices, paths "Parent > Child"
    std::optional<qint64> minPriceCents; ///< preferred price range (a soft boost)
    std::optional<qint64> maxPriceCents;
    /// Rated, but the rating is marked "Don't use for recommendations": not learned from, and
    /// still never recommended (a hard filter like the shopper's other ratings).
    std::vector<qint64> ratedExcluded;
};

/// Why an item was chosen (the text is in Recommendation::reason).
enum class ReasonKind
{
    RatedSimilar,           ///< "Because you rated Trail Runner 5★"
    InterestSimilar,        ///< "Because you looked at Trail Runner" (viewed, carted, bought)
    FavouriteCategory,      ///< "Picked from your favourite category Outdoors"
    NewInFavouriteCategory, ///< "New in your favourite category Outdoors"
    NewSimilar,             ///< "New, and like Trail Runner" (cold item reached by content)
    PopularInCategory,      ///< "Popular in Outdoors"
    Trending,               ///< "Trending now"
    SimilarProduct,         ///< "Similar to Trail Runner" (product page)
    AlsoLiked,              ///< "Customers who liked Trail Runner also liked this"
    Featured                ///< placed by a staff merchandising pin
};

/// One training item's share of a recommendation, for the "Why this?" view.
struct Evidence
{
    qint64 productId = 0;
    QString title;
    float weight = 0.0f; ///< the model's contribution (explain()), larger = stronger
    int stars = 0;       ///< the shopper's rating of it, 0 when not rated
};

/// A model's share of a blended score.
struct ModelShare
{
    QString model;           ///< factory name ("als") or "onboarding"
    float normalised = 0.0f; ///< the model's z-score for the item
    float weight = 0.0f;     ///< its blend weight (after cold-start switching)
};

/// One recommended product with its reason and evidence.
struct Recommendation
{
    qint64 productId = 0;
    QString title;
    float score = 0.0f; ///< final score after blending and rules (comparable within one list)
    ReasonKind reasonKind = ReasonKind::PopularInCategory;
    QString reason;           ///< shown to the shopper
    QString model;            ///< the component that contributed most
    QList<Evidence> evidence; ///< contributing items of that component, strongest first
    QList<ModelShare> shares; ///< every component's part of the score
};

using RecommendationList = QList<Recommendation>;

} // namespace storefront::recsys

Q_DECLARE_METATYPE(storefront::recsys::Recommendation)
Q_DECLARE_METATYPE(storefront::recsys::RecommendationList)
