#pragma once

#include "recsys/recommender.h"

namespace storefront::recsys {

/// Bayesian Personalised Ranking (Rendle et al. 2009) with a matrix-factorisation scorer
/// x^_ui = p_u.q_i + b_i, trained by SGD on triples (u, i, j): (u, i) a uniformly drawn
/// positive pair (weight > 0), j a uniformly drawn item the user has not interacted with.
///   x = x^_ui - x^_uj,  g = sigmoid(-x)
///   p_u += lr (g (q_i - q_j) - lambda p_u)
///   q_i += lr (g p_u - lambda q_i),  q_j += lr (-g p_u - lambda q_j)
///   b_i += lr (g - lambda b_i),      b_j += lr (-g - lambda b_j)
///
/// Parallelism and determinism (DSGD, Gemulla et al. 2011, applied to BPR): users are split
/// into B <= 16 fixed blocks balanced by positives, items into B blocks by a fresh seeded
/// random partition every epoch. An epoch is B sub-epochs; in sub-epoch s, user block b
/// trains on its positives whose item lies in item block (b + s) % B, drawing each triple
/// uniformly from that stratum and the negative uniformly from the same item block. The B
/// tasks of a sub-epoch touch disjoint users and disjoint items, so they run in parallel
/// without locks, races or stale reads (unlike Hogwild), each with its own generator seeded
/// from (seed, epoch, stratum). The result is identical for the same seed whatever the thread
/// count (stronger than "same seed and thread count"). B depends only on the data size.
/// Because the item partition changes every epoch, over the run every item serves as a
/// negative for every positive; within one sub-epoch negatives are uniform over 1/B of the
/// catalog.
class Bpr : public Recommender
{
public:
    Bpr();

    [[nodiscard]] std::vector<ScoredItem> similarItems(int item, int k) const override;
    /// BPR scores do not decompose over the user's items; this ranks them by w_ui times the
    /// cosine of q_i and q_j (an approximation, documented as such).
    [[nodiscard]] std::vector<Contribution> explain(const UserState &user, int item,
                                                    int n) const override;

    [[nodiscard]] const DenseRowMatrix &userFactors() const { return m_p; }
    [[nodiscard]] const DenseRowMatrix &itemFactors() const { return m_q; }

protected:
    Status fitModel(const InteractionData &data, const FitContext &context) override;
    /// Fold-in: SGD on the user's factors only (item side fixed), foldin_epochs passes over
    /// the user's positives, seeded from the seed parameter and the row.
    Status completeState(UserState &state, int trainedUser) const override;
    void scoreAllItems(const UserState &user, float *out) const override;
    void savePayload(SnapshotWriter &out) const override;
    Status loadPayload(SnapshotReader &in) override;
    void clearModel() override;

private:
    DenseRowMatrix m_p; ///< users x factors
    DenseRowMatrix m_q; ///< items x factors
    Eigen::VectorXf m_itemBias;
    Eigen::VectorXf m_itemNorms;
};

} // namespace storefront::recsys
