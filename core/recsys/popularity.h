#pragma once

#include "recsys/recommender.h"

namespace storefront::recsys {

/// Non-personalised baseline, three modes (parameter `mode`):
///   - global:   pop_i = number of users with a positive weight on i.
///   - category: pop_i * (0.1 + share_u(cat_i)), share_u(c) = fraction of the user's positive
///               items in category c: popular items of the user's favourite categories first.
///   - trending: pop_i = sum over positive pairs of 0.5^((latest - t_ui) / half_life).
/// Scores are divided by max_i pop_i so they lie in [0, 1].
class Popularity : public Recommender
{
public:
    Popularity();

    [[nodiscard]] std::vector<ScoredItem> similarItems(int item, int k) const override;
    [[nodiscard]] std::vector<Contribution> explain(const UserState &user, int item,
                                                    int n) const override;
    /// The k most popular items of category `category` (ItemFeatures::categoryOf).
    [[nodiscard]] std::vector<ScoredItem> popularInCategory(int category, int k) const;

protected:
    Status fitModel(const InteractionData &data, const FitContext &context) override;
    void scoreAllItems(const UserState &user, float *out) const override;
    void savePayload(SnapshotWriter &out) const override;
    Status loadPayload(SnapshotReader &in) override;
    void clearModel() override { m_popularity.clear(); }

private:
    [[nodiscard]] int categoryOf(int item) const;
    std::vector<float> m_popularity;
};

} // namespace storefront::recsys
