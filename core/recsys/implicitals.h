#pragma once

#include "recsys/recommender.h"

namespace storefront::recsys {

/// Implicit-feedback ALS (Hu, Koren, Volinsky 2008, "Collaborative Filtering for Implicit
/// Feedback Datasets"), solved with a few conjugate-gradient steps per row warm-started from
/// the previous factors (Takacs, Pilaszy, Tikk 2011).
///
/// Confidence c_ui = 1 + alpha |r_ui|, preference p_ui = 1 if r_ui > 0 else 0 (a disliked
/// item is a confident 0). Minimises
///   L = sum_{u,i} c_ui (p_ui - x_u.y_i)^2 + lambda (sum |x_u|^2 + sum |y_i|^2)
/// over all pairs, by alternating exact-in-expectation row solves
///   (Y^T C^u Y + lambda I) x_u = Y^T C^u p_u,
/// with Y^T C^u Y = Y^T Y + sum_{i in row u} (c_ui - 1) y_i y_i^T (Y^T Y computed once per
/// sweep: only the nonzeros add terms). Each iteration solves the items then the users, so
/// the stored user factors always belong to the final item factors. CG warm-started at the
/// previous solution never increases the quadratic it minimises, so L never increases.
///
/// Shapes: user factors users x factors, item factors items x factors, row-major float.
/// Deterministic for a seed, identical for any thread count (rows are independent).
class ImplicitAls : public Recommender
{
public:
    ImplicitAls();

    [[nodiscard]] std::vector<ScoredItem> similarItems(int item, int k) const override;
    /// Hu et al. section 5: score_ui = sum_{j in row u} s^u_ij c_uj p_uj with
    /// s^u_ij = y_i^T W^u y_j, W^u = (Y^T C^u Y + lambda I)^-1 (exact for the exact solve).
    [[nodiscard]] std::vector<Contribution> explain(const UserState &user, int item,
                                                    int n) const override;

    /// L after each iteration.
    [[nodiscard]] const std::vector<double> &lossHistory() const { return m_loss; }
    [[nodiscard]] const DenseRowMatrix &userFactors() const { return m_userFactors; }
    [[nodiscard]] const DenseRowMatrix &itemFactors() const { return m_itemFactors; }

protected:
    Status fitModel(const InteractionData &data, const FitContext &context) override;
    /// Fold-in: the exact (Cholesky) solve of the user's row against the fixed item factors.
    Status completeState(UserState &state, int trainedUser) const override;
    void scoreAllItems(const UserState &user, float *out) const override;
    void savePayload(SnapshotWriter &out) const override;
    Status loadPayload(SnapshotReader &in) override;
    void clearModel() override;

private:
    void prepareScoring();
    /// A_u = Y^T Y + lambda I + sum (c-1) y y^T and b_u = sum c p y for one row.
    void userSystem(const SparseRow &row, Eigen::MatrixXf &a, Eigen::VectorXf &b) const;

    DenseRowMatrix m_userFactors;
    DenseRowMatrix m_itemFactors;
    Eigen::MatrixXf m_gram; ///< Y^T Y, factors x factors
    Eigen::VectorXf m_itemNorms;
    std::vector<double> m_loss;
};

} // namespace storefront::recsys
