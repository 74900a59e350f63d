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

/// Why an item was chosen (the text is in Recommendation::reason, its arguments in
/// Recommendation::reasonArgs).
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
    Featured                ///< "Featured by the store" (a staff merchandising pin)
};

/// The shopper's words for a reason in the current language (the application's
/// translators): `args` are what it names, as in Recommendation::reasonArgs — a title and
/// the stars (RatedSimilar), a title (InterestSimilar, NewSimilar, SimilarProduct,
/// AlsoLiked), a category name (FavouriteCategory, NewInFavouriteCategory, and
/// PopularInCategory / Trending, where none means the whole store), nothing (Featured).
[[nodiscard]] QString reasonText(ReasonKind kind, const QStringList &args);

/// One training item's share of a recommendation, for the "Why this?" view.
struct Evidence
{
    qint64 productId = 0;
    QString title;
    /// How much it speaks for the item, larger = stronger (> 0). In a shopper's list: how much
    /// it raises the blended score, in blended z-score units (each model's explain()
    /// contribution times its blend weight over its z-score spread, summed over the models).
    /// In a list of similar items: the model's similarity of the item to it (similarItems()),
    /// in that model's own units.
    float weight = 0.0f;
    int stars = 0; ///< the shopper's rating of it, 0 when not rated
};

/// A model's share of a blended score.
struct ModelShare
{
    QString model;           ///< factory name ("als") or "onboarding"
    float normalised = 0.0f; ///< the model's z-score for the item
    float weight = 0.0f;     ///< its blend weight (after cold-start switching)
};

/// One business rule's effect on a recommendation, for the "Why this?" view.
struct Adjustment
{
    enum class Kind
    {
        Pinned,     ///< a staff pin put it at `slot`
        Boosted,    ///< a staff boost added `amount`
        Buried,     ///< a staff bury subtracted (`amount` is negative)
        PriceRange, ///< the shopper's preferred price range added `amount`
    };
    Kind kind = Kind::Boosted;
    float amount = 0.0f;  ///< change of the score in blended z-score units; 0 for a pin
    int slot = 0;         ///< Pinned: the 1-based position
    qint64 productId = 0; ///< a staff rule's scope: its product, 0 for a category rule
    QString categoryPath; ///< or its category ("Parent > Child"); both empty: not a staff rule

    friend bool operator==(const Adjustment &, const Adjustment &) = default;
};

/// One recommended product with its reason and evidence.
struct Recommendation
{
    qint64 productId = 0;
    QString title;
    float score = 0.0f; ///< final score after blending and rules (comparable within one list)
    ReasonKind reasonKind = ReasonKind::PopularInCategory;
    /// Made by setReason(), in the language of its making; empty when the item has none (a
    /// recently viewed product).
    QString reason;
    QStringList reasonArgs;   ///< what the reason names (see reasonText())
    QString model;            ///< the component that contributed most
    QList<Evidence> evidence; ///< contributing items of that component, strongest first
    QList<ModelShare> shares; ///< every component's part of the score
    /// What the business rules did to it, in the order they applied (price range, staff
    /// boost and bury, then pins).
    QList<Adjustment> adjustments;

    /// Sets the reason: its kind, its arguments and its text in the current language.
    void setReason(ReasonKind kind, QStringList args = {});
    /// The reason in the current language (after a language switch too); empty when the item
    /// has none.
    [[nodiscard]] QString localisedReason() const;
};

using RecommendationList = QList<Recommendation>;

} // namespace storefront::recsys

Q_DECLARE_METATYPE(storefront::recsys::Recommendation)
Q_DECLARE_METATYPE(storefront::recsys::RecommendationList)
