#pragma once

#include "recsys/recommender.h"

namespace storefront::recsys {

/// Content-based recommender over ItemFeatures (TF-IDF text, category, brand, attributes,
/// price band; see itemfeatures.h).
///
/// User profile = weighted centroid of the user's items, p = sum_i w_ui x_i / sum_i |w_ui|
/// (disliked items, w < 0, pull the profile away). score_j = cos(p, x_j) = p.x_j / |p| since
/// |x_j| = 1. Contribution of item i to score_j = w_ui (x_i.x_j) / (sum|w| |p|), an exact
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
    /// Fills `profile` (dense, size features) and returns its scale 1 / (sum|w| |p|) applied
    /// to raw dot products, or 0 for an empty profile.
    float buildProfile(const SparseRow &row, std::vector<float> &profile) const;
};

} // namespace storefront::recsys
