#pragma once

#include "recsys/recommender.h"

namespace storefront::recsys {

/// EASE^R (Steck 2019, "Embarrassingly Shallow Autoencoders for Sparse Data"), closed form:
///   G = X^T X + lambda I      (items x items, float32, X = the weight matrix)
///   P = G^-1                  (blocked Cholesky G = L L^T, W = L^-1, P = W^T W, on the pool)
///   B = I - P diag(1 / diag(P)),  i.e. B_ij = -P_ij / P_jj, B_jj = 0
/// score_u = x_u B, so the contribution of item i to score_uj is x_ui B_ij (exact), and
/// fold-in is exactly the user's row times B.
///
/// Memory is two dense items x items float matrices during fit (and B afterwards), so
/// catalogs above kMaxItems are refused with a message.
class Ease : public Recommender
{
public:
    static constexpr int kMaxItems = 20000;

    Ease();

    [[nodiscard]] std::vector<ScoredItem> similarItems(int item, int k) const override;
    [[nodiscard]] std::vector<Contribution> explain(const UserState &user, int item,
                                                    int n) const override;
    /// items x items, row-major: row i holds the weights item i gives every other item.
    [[nodiscard]] const DenseRowMatrix &weights() const { return m_b; }

protected:
    Status fitModel(const InteractionData &data, const FitContext &context) override;
    void scoreAllItems(const UserState &user, float *out) const override;
    void savePayload(SnapshotWriter &out) const override { out.dense(m_b); }
    Status loadPayload(SnapshotReader &in) override;
    void clearModel() override { m_b = {}; }

private:
    DenseRowMatrix m_b;
};

} // namespace storefront::recsys
