#pragma once

#include "recsys/recommender.h"

namespace storefront::recsys {

/// Item-based k nearest neighbours (Sarwar et al. 2001; Deshpande, Karypis 2004).
///
/// s_ij = (r_.i . r_.j) / (|r_.i| |r_.j| + shrinkage), cosine over the user columns of the
/// weight matrix with shrinkage in the denominator. Only the k largest positive s_ij of each
/// item i are kept (a sparse items x items matrix with at most k per row: memory
/// O(items * k), never a dense items^2 matrix). score_j = sum_{i in row_u} r_ui s_ij, so the
/// contribution of item i to score_j is exactly r_ui s_ij; fold-in is exact.
class ItemKnn : public Recommender
{
public:
    ItemKnn();

    [[nodiscard]] std::vector<ScoredItem> similarItems(int item, int k) const override;
    [[nodiscard]] std::vector<Contribution> explain(const UserState &user, int item,
                                                    int n) const override;
    /// items x items, at most k entries per row.
    [[nodiscard]] const SparseRowMatrix &similarity() const { return m_similarity; }

protected:
    Status fitModel(const InteractionData &data, const FitContext &context) override;
    void scoreAllItems(const UserState &user, float *out) const override;
    void savePayload(SnapshotWriter &out) const override { out.sparse(m_similarity); }
    Status loadPayload(SnapshotReader &in) override;
    void clearModel() override { m_similarity = {}; }

private:
    SparseRowMatrix m_similarity;
};

} // namespace storefront::recsys
