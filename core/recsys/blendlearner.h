#pragma once

#include "common/result.h"
#include "recsys/interactiondata.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace storefront::recsys {

class Recommender;
struct FitContext;

/// Users grouped by history length n_u, the number of positive interactions in their weight
/// row: cold n_u < warmFrom, warm n_u < heavyFrom, heavy otherwise.
struct UserSegments
{
    static constexpr int kCount = 3; ///< cold, warm, heavy
    int warmFrom = 5;
    int heavyFrom = 50;

    [[nodiscard]] int of(int positives) const;
    [[nodiscard]] int of(const SparseRow &weights) const { return of(positives(weights)); }
    /// "cold", "warm", "heavy".
    [[nodiscard]] static QString name(int segment);
    /// Entries of `row` with a positive value.
    [[nodiscard]] static int positives(const SparseRow &row);
};

/// How blend weights are learned (the `ensemble.*` parameters; the live snapshot's
/// TrainingOptions::blend).
struct BlendLearningOptions
{
    UserSegments segments;
    /// Fraction of each user's positive training pairs held out for validation.
    double validation = 0.2;
    /// A held-out pair with stars is relevant from these stars (0 = every pair).
    float minStars = 4.0f;
    /// The NDCG cutoff maximised.
    int k = 10;
    /// Each component's top `pool` unseen items form the candidates a blend is ranked over.
    int pool = 100;
    /// Coordinate-ascent sweeps at most.
    int rounds = 4;
    /// Validation NDCG a weight change must add to be kept (0: any strict improvement).
    double minGain = 0.0;
    /// A weight change is kept only when the validation users' paired NDCG gains (new minus
    /// current, per user) average at least `minZ` standard errors above zero: a one-sided
    /// paired z-test that, unlike minGain, scales with how many users there are and how much
    /// their gains disagree. 0 disables it.
    double minZ = 0.0;
    /// Independent seeded validation splits whose users are pooled (repeated random
    /// sub-sampling): each costs one more fit of every component, and the weights are chosen
    /// on `repeats` times as many held-out pairs, which tames the noise of one split.
    int repeats = 1;
    /// A segment with fewer validation users takes the weights learned on all users.
    int minSegmentUsers = 20;
};

/// A validation split carved from training data only: per user, a seeded random fraction of
/// the positive pairs is held out (rounded, at least one pair kept); stars without a weight
/// stay in training.
struct ValidationSplit
{
    /// The training data without the held-out pairs (same users, items and features).
    InteractionData train;
    /// Per user: the held-out pairs that count as relevant (no stars, or stars >= minStars),
    /// sorted.
    std::vector<std::vector<int>> relevant;
    /// Per user: positive interactions in the full data (what segments are assigned by, the
    /// same n_u as at recommendation time).
    std::vector<int> history;

    [[nodiscard]] static ValidationSplit carve(const InteractionData &data, double fraction,
                                               float minStars, quint64 seed);
    /// The seed of repeat `r` (repeat 0 uses `seed` itself).
    [[nodiscard]] static quint64 repeatSeed(quint64 seed, int r);
};

/// One model of a blend, fitted on ValidationSplit::train; null when it could not be trained.
struct BlendComponent
{
    const Recommender *model = nullptr;
    /// Content-like models score every item; collaborative ones only items with training
    /// interactions (see Hybrid::blend).
    bool coversColdItems = false;
};

/// One validation split with the components fitted on its training part (same component
/// order in every fold).
struct BlendFold
{
    const ValidationSplit *split = nullptr;
    std::vector<BlendComponent> components;
};

/// Weights per segment, aligned with the components, and what validation said about them.
struct LearnedBlend
{
    std::array<std::vector<float>, UserSegments::kCount> weights;
    /// Mean validation NDCG@k of the learned weights and of the best single model per segment;
    /// NaN when the segment had too few validation users (it took the all-users weights).
    std::array<double, UserSegments::kCount> ndcg{};
    std::array<double, UserSegments::kCount> singleNdcg{};
    /// The same over all validation users.
    double allNdcg = 0.0;
    double allSingleNdcg = 0.0;
    int validationUsers = 0;
    int k = 10; ///< the NDCG cutoff

    /// One line per segment ("warm (5 <= n < 50): ease=1 mf=0.2 (validation ndcg@10 …, best
    /// single …)") and one for all users; `names` are the components in weight order. For logs.
    [[nodiscard]] QStringList describe(const QStringList &names,
                                       const UserSegments &segments) const;
};

/// Learns blend weights per user segment by maximising the mean NDCG@k of held-out pairs:
/// coordinate ascent over a grid of weights, started from the best single model, accepting
/// only improvements that pass minGain and the paired test of minZ (so a segment where no blend
/// beats its best single model uses that model alone). Scores are blended like Hybrid::blend
/// (per-component z-scores). Shared by Ensemble (`ensemble` in the CLI) and the live ModelSnapshot.
///
/// Deterministic whatever the thread count: per-user work writes its own slots and the
/// means are summed in user order. Cancellable through the context.
class BlendLearner
{
public:
    /// Fails only when the context is cancelled. With no validation user every weight vector
    /// is the one-hot of the first available component (validationUsers says so).
    [[nodiscard]] static Result<LearnedBlend> learn(const ValidationSplit &split,
                                                    const std::vector<BlendComponent> &components,
                                                    const BlendLearningOptions &options,
                                                    const FitContext &context);
    /// The same over the validation users of several folds pooled (a user counts once per
    /// fold). A component missing in any fold gets no weight.
    [[nodiscard]] static Result<LearnedBlend> learn(const std::vector<BlendFold> &folds,
                                                    const BlendLearningOptions &options,
                                                    const FitContext &context);
};

} // namespace storefront::recsys
