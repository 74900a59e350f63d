#pragma once

#include "recsys/blendlearner.h"
#include "recsys/recommender.h"

#include <array>

namespace storefront::recsys {

/// A blend of the eight base models as one Recommender, in two flavours:
///
///  - `hybrid`: the live hybrid's z-score blend (Hybrid::blend, see hybrid.h) with fixed
///    weights, `hybrid.MODEL` (defaults of HybridOptions); a user with fewer than
///    `hybrid.cold_interactions` interactions gets popularity and content only.
///  - `ensemble`: learns the weights per user segment by history length (positive training
///    interactions n_u): cold n_u < `warm_from`, warm n_u < `heavy_from`, heavy otherwise.
///    Learning never sees evaluation data: a validation split is carved from the training data
///    (per user, a seeded random `validation` fraction of their positive interactions, at least
///    one kept), the components are fitted on the rest, and for each segment the weights
///    maximise mean NDCG@`k` of the held-out pairs (relevant = positive, and >= `min_stars`
///    when the pair has stars) by coordinate ascent over a grid, started from the best single
///    model. Only strict improvements are accepted, so a segment where no blend beats its best
///    single model uses that model alone. A segment with fewer than
///    BlendLearningOptions::minSegmentUsers (20) validation users takes the weights learned on
///    all validation users. The components are then refitted on the full training data. The
///    split and the search are BlendLearner's, which the live ModelSnapshot uses as well.
///
/// A component the data cannot support (mf without star ratings, EASE above its catalogue
/// limit) is left out, as in the live snapshot; the fit fails only when none can be trained.
/// Scoring is the same blend either way: per component z-scores (over items with training
/// interactions; content over all items), s(i) = sum w_m z_m(i) / sum w_m over the components
/// covering i. Determinism: the validation split, the components and the search are all
/// independent of the thread count.
class Ensemble : public Recommender
{
public:
    enum class Mode
    {
        Fixed,  ///< "hybrid"
        Learned ///< "ensemble"
    };
    static constexpr int kSegments = UserSegments::kCount; ///< cold, warm, heavy

    explicit Ensemble(Mode mode);
    ~Ensemble() override;

    /// The base models in blend order.
    [[nodiscard]] static QStringList componentNames();

    Status setComponentParameter(const QString &key, const QString &value) override;

    /// Weights (aligned with componentNames()) of segment 0 cold, 1 warm, 2 heavy.
    [[nodiscard]] const std::vector<float> &segmentWeights(int segment) const
    {
        return m_weightsBySegment[static_cast<size_t>(segment)];
    }
    /// Validation NDCG of the learned blend and of the best single model, per segment (NaN
    /// when the segment had too few validation users or for `hybrid`).
    [[nodiscard]] double validationNdcg(int segment) const
    {
        return m_validation[static_cast<size_t>(segment)];
    }
    [[nodiscard]] double validationSingleNdcg(int segment) const
    {
        return m_validationSingle[static_cast<size_t>(segment)];
    }
    [[nodiscard]] int segmentOf(int interactions) const;
    [[nodiscard]] const Recommender *component(const QString &name) const;

    [[nodiscard]] std::vector<ScoredItem> similarItems(int item, int k) const override;
    /// The explanation of the component with the largest weight in the user's segment.
    [[nodiscard]] std::vector<Contribution> explain(const UserState &user, int item,
                                                    int n) const override;

protected:
    Status fitModel(const InteractionData &data, const FitContext &context) override;
    void scoreAllItems(const UserState &user, float *out) const override;
    void savePayload(SnapshotWriter &out) const override;
    Status loadPayload(SnapshotReader &in) override;
    void clearModel() override;

private:
    using Components = std::vector<std::unique_ptr<Recommender>>;
    [[nodiscard]] bool used(int component) const;
    [[nodiscard]] Result<Components> fitComponents(const InteractionData &data,
                                                   const FitContext &context, double from,
                                                   double to) const;
    Status learnWeights(const InteractionData &data, const FitContext &context);
    /// The components' states for `user`: the trained state when the row is a training
    /// user's own, a fold-in otherwise.
    [[nodiscard]] std::vector<UserState> componentStates(const Components &models,
                                                         const UserState &user) const;
    [[nodiscard]] UserSegments segments() const;
    [[nodiscard]] Status requireComponent() const;

    Mode m_mode;
    QStringList m_componentParameters;
    Components m_components;
    std::array<std::vector<float>, kSegments> m_weightsBySegment;
    std::array<double, kSegments> m_validation{};
    std::array<double, kSegments> m_validationSingle{};
    std::vector<char> m_warm; ///< items with training interactions
};

} // namespace storefront::recsys
