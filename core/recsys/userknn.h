#pragma once

#include "recsys/recommender.h"

namespace storefront::recsys {

/// User-based k nearest neighbours (memory-based: fit only indexes the data, every score is
/// computed from the user's row, so fold-in is exact).
///
/// Similarity of users u, v over their weight rows:
///   cosine:  s = (r_u . r_v) / (|r_u| |r_v|)
///   pearson: s = sum_{i in I_uv} (r_ui - m_u)(r_vi - m_v) /
///                sqrt(sum_{I_uv} (r_ui - m_u)^2 * sum_{I_uv} (r_vi - m_v)^2)
///            with m_u the mean of u's nonzero weights and I_uv the co-interacted items,
/// both times the significance shrinkage n_uv / (n_uv + shrinkage) (n_uv = |I_uv|).
/// The k most similar users with s > 0 form N(u); score_j = sum_{v in N(u)} s_uv r_vj.
/// Explain: s_uv is a sum over the co-interacted items, so score_j splits exactly into
/// contributions of the user's items i: sum_v (s_uv / dot_uv) a_ui a_vi r_vj (a = the
/// centred or raw weights).
class UserKnn : public Recommender
{
public:
    UserKnn();

    [[nodiscard]] std::vector<ScoredItem> similarItems(int item, int k) const override;
    [[nodiscard]] std::vector<Contribution> explain(const UserState &user, int item,
                                                    int n) const override;

    struct Neighbour
    {
        int user = -1;
        float similarity = 0.0f;
        float factor = 0.0f; ///< similarity / raw dot product (for explanations)
    };
    /// The neighbourhood N(u) of a row, best first. `self` (a training index or -1) is skipped.
    [[nodiscard]] std::vector<Neighbour> neighbours(const SparseRow &row, int self) const;

protected:
    Status fitModel(const InteractionData &data, const FitContext &context) override;
    void scoreAllItems(const UserState &user, float *out) const override;
    void savePayload(SnapshotWriter &) const override {}
    Status loadPayload(SnapshotReader &in) override;
    void clearModel() override;

private:
    void index();
    [[nodiscard]] bool pearson() const;

    SparseRowMatrix m_itemUsers;   ///< items x users (transpose of m_weights)
    std::vector<float> m_norm;     ///< |r_v|
    std::vector<float> m_mean;     ///< m_v
    std::vector<float> m_itemNorm; ///< |r_.i|, for similarItems
};

} // namespace storefront::recsys
