#pragma once

#include "catalog/product.h"
#include "recsys/interactiondata.h"
#include "storage/eventrepository.h"
#include "storage/ratingrepository.h"

#include <array>
#include <vector>

namespace storefront::recsys {

/// How ratings and events become one weight per (user, product) pair.
///
/// weight = sum over the pair's events of eventWeight * decay(t)  +  starWeight[stars] * decay(t)
/// capped at maxWeight, with decay(t) = 0.5^((latest - t) / halfLife) when halfLifeDays > 0
/// (latest = newest timestamp in the data, so the result does not depend on the wall clock).
/// Defaults follow purchase > add-to-cart > high rating > view.
///
/// Low ratings (stars <= lowRatingMaxStars) are an explicit "I do not like this": they
/// override every implicit event of the pair. With LowRatings::Negative the pair gets the
/// (negative) star weight; with LowRatings::Ignore the pair is dropped from the weights (it
/// stays in the explicit ratings matrix, which keeps every rating).
struct InteractionWeights
{
    enum class LowRatings
    {
        Negative,
        Ignore
    };

    float purchase = 4.0f;
    float addToCart = 3.0f;
    float wishlist = 2.0f;
    float view = 0.5f;
    /// Weight of 1..5 stars (index 0 = one star).
    std::array<float, 5> stars = {-2.0f, -1.0f, 0.75f, 1.5f, 2.0f};
    int lowRatingMaxStars = 2;
    LowRatings lowRatings = LowRatings::Negative;
    float maxWeight = 10.0f;
    double halfLifeDays = 0.0; ///< 0 = no time decay
};

/// Builds InteractionData from the storage layer's ratings and events.
class DatasetBuilder
{
public:
    explicit DatasetBuilder(InteractionWeights weights = {})
        : m_weights(weights)
    {}

    /// Registers catalog products first, so items without interactions still get an index
    /// (content-based and popularity models can recommend them), and builds ItemFeatures.
    void setProducts(const std::vector<catalog::Product> &products);

    /// Builds the dataset. Events of unknown type (searches) and rows with productId 0 are
    /// skipped. Users and items are indexed in first-seen order (products first).
    [[nodiscard]] InteractionData build(const std::vector<storage::Rating> &ratings,
                                        const std::vector<storage::Event> &events) const;

    /// One shopper's current interactions over an existing item map (for fold-in). Products
    /// missing from `items` are ignored; the decay reference is `latestTimestamp`.
    [[nodiscard]] UserInteractions buildUser(const IdMap &items,
                                             const std::vector<storage::Rating> &ratings,
                                             const std::vector<storage::Event> &events,
                                             qint64 latestTimestamp, int userIndex = -1) const;

    [[nodiscard]] const InteractionWeights &weights() const { return m_weights; }

private:
    InteractionWeights m_weights;
    std::vector<catalog::Product> m_products;
};

} // namespace storefront::recsys
