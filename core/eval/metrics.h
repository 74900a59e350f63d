#pragma once

#include "recsys/snapshot.h"

#include <span>
#include <vector>

namespace storefront::eval {

/// Ranking quality of one user's top-k list (see Metrics::ranking).
struct UserRankingMetrics
{
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
    double ndcg = 0.0;
    double averagePrecision = 0.0;
    double reciprocalRank = 0.0;
    double hit = 0.0;
};

/// The metrics of offline evaluation, as pure functions. Lists are ranked item indices, best
/// first; `relevant` is the user's set of relevant test items as a sorted vector of indices.
/// Only the first k entries of a list count, and an item repeated in a list counts once (at
/// its first position). Users without relevant items are not averaged by the caller
/// (ExperimentRunner), so every function here may assume |relevant| > 0 but returns 0
/// rather than dividing by zero when it is not.
///
/// With hits = |top-k ∩ relevant| and R = |relevant|:
///  - precision@k = hits / k   (k, not the list length: a list shorter than k is penalised)
///  - recall@k    = hits / R
///  - F1@k        = 2 P R / (P + R) per user (0 when P + R = 0); the reported F1 is the mean of
///                  the users' F1, not the F1 of the mean precision and recall
///  - NDCG@k      = DCG / IDCG, binary gain, DCG = Σ_{hits at rank r (1-based)} 1 / log2(r + 1),
///                  IDCG = Σ_{r=1..min(R,k)} 1 / log2(r + 1)
///  - AP@k        = Σ_{hits at rank r} precision@r / min(R, k); MAP is its mean over users
///  - RR@k        = 1 / rank of the first hit (0 without a hit); MRR is its mean
///  - hit@k       = 1 when hits > 0; hit rate is its mean
/// Every per-user value is averaged with equal weight per user (macro average).
class Metrics
{
public:
    [[nodiscard]] static UserRankingMetrics ranking(std::span<const int> ranked,
                                                    std::span<const int> relevant, int k);

    [[nodiscard]] static double precision(std::span<const int> ranked,
                                          std::span<const int> relevant, int k)
    {
        return ranking(ranked, relevant, k).precision;
    }
    [[nodiscard]] static double recall(std::span<const int> ranked, std::span<const int> relevant,
                                       int k)
    {
        return ranking(ranked, relevant, k).recall;
    }
    [[nodiscard]] static double ndcg(std::span<const int> ranked, std::span<const int> relevant,
                                     int k)
    {
        return ranking(ranked, relevant, k).ndcg;
    }

    /// Catalog coverage: distinct items in any user's top-k / catalog size.
    [[nodiscard]] static double coverage(int distinctRecommended, int catalogSize);

    /// Intra-list diversity of one list: the mean over unordered pairs of the first k items of
    /// 1 - cos(x_i, x_j), with x the rows of `features` (items x features, L2-normalised rows,
    /// as recsys::ItemFeatures builds them; an item without features is at distance 1 from
    /// every other). 0 for lists of fewer than two items.
    [[nodiscard]] static double intraListDiversity(std::span<const int> ranked,
                                                   const recsys::SparseRowMatrix &features, int k);

    /// Novelty of one list: the mean self-information of its first k items,
    /// -log2((n_i + 1) / (U + 1)) with n_i the number of training users of item i and U the
    /// number of training users (the +1 keeps unseen items finite). Higher = less popular.
    [[nodiscard]] static double novelty(std::span<const int> ranked,
                                        std::span<const int> itemUserCounts, int trainUsers, int k);

    /// Root mean squared and mean absolute error of predictions against truth (same length);
    /// 0 for empty input.
    [[nodiscard]] static double rmse(std::span<const float> predicted,
                                     std::span<const float> truth);
    [[nodiscard]] static double mae(std::span<const float> predicted, std::span<const float> truth);
};

} // namespace storefront::eval
