#pragma once

#include "recsys/recommender.h"

namespace storefront::recsys {

/// Content-based recommender over ItemFeatures (TF-IDF text, category, brand, attributes,
/// price band; see itemfeatures.h).
///
/// User profile = weighted centroid of the user's items, p = sum_i w_ui x_i / sum_i |w_ui|
/// (disliked items, w < 0, pull the profile away). With profile=deviation (default) a rated
/// item's weight is its stars minus the user's mean star plus deviation_offset, so a 5-star
/// film shapes the profile more than a 3-star one and films rated well below the user's mean
/// push it away; unrated interactions keep their weight.
/// score_j = cos(p, x_j) * prior_j with prior_j = ((n_j + 1) / (max n + 1))^popularity_prior:
/// genre and tag similarity alone recommends obscure look-alikes, and on MovieLens it ranks
/// far below plain popularity; the prior is the multiplicative form of a log-linear mix of
/// similarity and popularity (prior 0 = pure similarity, what the live hybrid uses, where
/// popularity is its own component and new products must stay reachable).
/// Contribution of item i to score_j = w_ui (x_i.x_j) prior_j / (sum|w| |p|), an exact
/// decomposition. Nothing is trained beyond the features, so fold-in is exact.
class ContentBased : public Recommender
{
public:
    ContentBased();

    [[nodiscard]] std::vector<ScoredItem> similarItems(int item, int k) const override;
    [[nodiscard]] std::vector<Contribution> explain(const UserState &user, int item,
                                                    int n) const override;

protected:
    Status fitModel(const InteractionData &data, const FitContext &context) override;
    void scoreAllItems(const UserState &user, float *out) const override;
    void savePayload(SnapshotWriter &) const override {}
    Status loadPayload(SnapshotReader &in) override;

private:
    /// The profile weight of each of the user's items (see the class comment).
    [[nodiscard]] std::vector<Contribution> profileWeights(const UserInteractions &user) const;
    /// Fills `profile` (dense, size features) and returns its scale 1 / (sum|w| |p|) applied
    /// to raw dot products, or 0 for an empty profile.
    float buildProfile(const std::vector<Contribution> &weights, std::vector<float> &profile) const;
    void computePrior();

    std::vector<float> m_prior; ///< per item, see popularity_prior
};

} // namespace storefront::recsys
