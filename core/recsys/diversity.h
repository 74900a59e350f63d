#pragma once

#include "recsys/businessrules.h"

#include <span>
#include <vector>

namespace storefront::recsys {

class ItemFeatures;

/// Maximal marginal relevance (Carbonell, Goldstein 1998) over content features.
///
/// `ranked` is in ranking order (best first). Relevance is min-max scaled to [0, 1] over
/// `ranked`; sim(i, j) is the cosine of the items' feature rows (rows are unit length). Picks
/// greedily argmax_i  lambda * rel(i) - (1 - lambda) * max_{j picked} sim(i, j), ties to the
/// earlier item in `ranked`, until k items. lambda = 1 reproduces `ranked`; smaller lambda
/// trades relevance for intra-list diversity. Scores of the result stay the input scores.
[[nodiscard]] std::vector<Candidate> mmrRerank(const std::vector<Candidate> &ranked, int k,
                                               float lambda, const ItemFeatures &features);

/// Intra-list diversity: 1 - mean pairwise cosine of the items' feature rows (0 for < 2 items).
[[nodiscard]] float intraListDiversity(std::span<const int> items, const ItemFeatures &features);

} // namespace storefront::recsys
