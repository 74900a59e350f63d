#pragma once

#include <QHash>
#include <QString>

#include <span>
#include <vector>

namespace storefront::recsys {

/// Weights and switches of the live hybrid.
///
/// Normalisation: **z-score per model** over the items the model covers,
/// z_m(i) = (s_m(i) - mean_m) / sd_m (population standard deviation; z = 0 for every item when
/// sd_m is 0, e.g. a personal model for a shopper without interactions). Z-scores keep the
/// size of a model's margin (a clear favourite stays clearly ahead), which ranks do not, and
/// put models with very different scales (counts, cosines, EASE's signed scores) on one scale.
///
/// Blend: s(i) = sum_m w_m z_m(i) / sum_m w_m over the models m that cover item i. A
/// collaborative model (popularity, kNN, factor models, EASE) covers only items with training
/// interactions: for a new product it has no evidence, so its near-zero score is left out
/// instead of dragging the item down, and a new product is ranked by content alone (and by
/// the onboarding categories for a new shopper). Content covers every item.
///
/// Cold start: a shopper who has interacted with fewer than `coldStartInteractions` distinct
/// products gets `coldWeights` (popularity and content) plus the onboarding component
/// (1 for items in or under a favourite category, 0 otherwise, z-scored like a model) with
/// `onboardingWeight`; everyone else gets the weights the live snapshot learned for their
/// segment (ModelSnapshot, BlendLearner), or `weights` where none were learned.
struct HybridOptions
{
    QHash<QString, float> weights = {
        {QStringLiteral("popularity"), 0.3f}, {QStringLiteral("content"), 0.7f},
        {QStringLiteral("item-knn"), 1.0f},   {QStringLiteral("als"), 1.0f},
        {QStringLiteral("ease"), 1.0f},       {QStringLiteral("user-knn"), 1.0f},
        {QStringLiteral("bpr"), 1.0f},        {QStringLiteral("mf"), 0.5f}};
    QHash<QString, float> coldWeights = {{QStringLiteral("popularity"), 1.0f},
                                         {QStringLiteral("content"), 1.0f}};
    float onboardingWeight = 1.5f;
    int coldStartInteractions = 3;
    /// Use the weights a snapshot learned per user segment (see TrainingOptions) instead of
    /// `weights` for shoppers who are not cold. false = the fixed `weights` always.
    bool useLearnedWeights = true;
    /// Added to the blended score (in z units: 0.5 = half a standard deviation) of an item in
    /// the shopper's preferred price range.
    float priceBoost = 0.5f;
    /// Maximal marginal relevance re-ranking (see diversity.h).
    bool diversify = true;
    /// MMR trade-off: 1 = relevance only (plain ranking), 0 = diversity only. 0.8 keeps the
    /// best items on top and lets a near-duplicate (cosine ~0.6 within a category) fall behind
    /// an item about 0.15 less relevant (relevance is min-max scaled to [0, 1] in the pool).
    float mmrLambda = 0.8f;
    /// MMR re-ranks the best max(3k, mmrPool) candidates.
    int mmrPool = 60;
};

/// One model's scores for the blend.
struct ComponentScores
{
    QString name;
    std::vector<float> scores; ///< one per item
    float weight = 0.0f;
    bool coversColdItems = false; ///< true for content and onboarding
    /// Counts only for items without training interactions (z still over every item): how
    /// content keeps ranking new products when learned weights give it none for the others.
    bool coldItemsOnly = false;
};

struct BlendResult
{
    std::vector<float> scores;         ///< blended score per item (0 when nothing covers it)
    std::vector<std::vector<float>> z; ///< per component, per item; NaN where not covered
    /// Per component: the standard deviation its z-scores divide by (0 when flat or ignored),
    /// so that a change of its raw score by d moves the item's blend by weight * d / spread.
    std::vector<float> spread;
};

/// The score blend of the hybrid (the models' scoring and the pipeline live in ModelSnapshot).
class Hybrid
{
public:
    /// z-scores of `scores` over the entries where mask is non-zero (all when mask is empty);
    /// NaN outside the mask; 0 inside when the standard deviation is 0. Computed in double.
    /// `spread`, when given, receives the standard deviation (0 for a flat model).
    [[nodiscard]] static std::vector<float> zScores(std::span<const float> scores,
                                                    std::span<const char> mask = {},
                                                    float *spread = nullptr);

    /// Blends the components (see HybridOptions). `warm[i]` is non-zero when item i has
    /// training interactions. Components with weight <= 0 are ignored.
    [[nodiscard]] static BlendResult blend(const std::vector<ComponentScores> &components,
                                           std::span<const char> warm);
};

} // namespace storefront::recsys
