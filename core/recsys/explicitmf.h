#pragma once

#include "recsys/recommender.h"

namespace storefront::recsys {

/// Explicit-rating matrix factorisation (Koren, Bell, Volinsky 2009), on the star ratings:
///   r^_ui = mu + b_u + b_i + p_u.q_i
/// minimising L = sum_{(u,i) rated} (r_ui - r^_ui)^2 + lambda (|b_u|^2 + |b_i|^2 + |P|^2 + |Q|^2)
/// with mu the global mean (fixed).
///
/// solver=als: alternating exact ridge solves; for user u with a_i = [1, q_i] and targets
/// t_i = r_ui - mu - b_i:  (sum a_i a_i^T + lambda I) [b_u; p_u] = sum t_i a_i  (items alike).
/// Each half-step minimises L exactly over its block, so L never increases. Items are solved
/// first and users last, so fold-in (the same user solve) reproduces the trained user.
/// solver=sgd: one sequential pass per epoch in a seeded random order; an epoch that raises L
/// is rolled back and the learning rate halved ("bold driver"), so L never increases either.
///
/// Ranking (ranking=svd, default): a rating predictor trained on observed stars only is known
/// to rank poorly over the whole catalogue (it ignores which items a user chooses to rate;
/// Cremonesi, Koren, Turrin 2010, "Performance of recommender algorithms on top-N
/// recommendation tasks"). The top-N order therefore comes from PureSVD of the same star
/// matrix with missing entries as zeros: R ~ U S V^T with svd_factors singular vectors,
/// score_u = r_u V V^T (exact fold-in from the star row; contribution of rated item i to j is
/// r_ui v_i.v_j). predictRating (RMSE/MAE) always uses the biased MF above; ranking=rating
/// ranks by it instead.
class ExplicitMf : public Recommender
{
public:
    ExplicitMf();

    [[nodiscard]] std::vector<ScoredItem> similarItems(int item, int k) const override;
    /// r^_uj - mu - b_j = [1, q_j]^T z_u with z_u = A_u^-1 sum_i t_i a_i, so the contribution
    /// of rated item i is t_i [1, q_j]^T A_u^-1 a_i (exact for the ALS solve).
    [[nodiscard]] std::vector<Contribution> explain(const UserState &user, int item,
                                                    int n) const override;
    [[nodiscard]] bool predictsRatings() const override { return true; }
    /// Clamped to the range of stars seen in training.
    [[nodiscard]] float predictRating(const UserState &user, int item) const override;

    [[nodiscard]] const std::vector<double> &lossHistory() const { return m_loss; }
    [[nodiscard]] float globalMean() const { return m_mean; }

protected:
    Status fitModel(const InteractionData &data, const FitContext &context) override;
    Status completeState(UserState &state, int trainedUser) const override;
    void scoreAllItems(const UserState &user, float *out) const override;
    void savePayload(SnapshotWriter &out) const override;
    Status loadPayload(SnapshotReader &in) override;
    void clearModel() override;

private:
    [[nodiscard]] double objective() const;
    [[nodiscard]] bool ranksBySvd() const;
    Status fitPureSvd(const FitContext &context);
    /// The stars the PureSVD ranking projects (the implicit weights for a user without stars).
    [[nodiscard]] static const SparseRow &svdRow(const UserState &user);
    void userSystem(const SparseRow &ratings, Eigen::MatrixXf &a, Eigen::VectorXf &b) const;

    float m_mean = 0.0f;
    float m_minRating = 1.0f;
    float m_maxRating = 5.0f;
    DenseRowMatrix m_p; ///< users x factors
    DenseRowMatrix m_q; ///< items x factors
    Eigen::VectorXf m_userBias;
    Eigen::VectorXf m_itemBias;
    std::vector<double> m_loss;
    DenseRowMatrix m_svd; ///< items x svd_factors, PureSVD right singular vectors
};

} // namespace storefront::recsys
