#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

namespace storefront::recsys {

/// An item (matrix index) with its score.
struct ScoredItem
{
    int item = -1;
    float score = 0.0f;
    friend bool operator==(const ScoredItem &, const ScoredItem &) = default;
};

/// Ranking order: higher score first, ties broken by lower index so results are deterministic.
inline bool rankedBefore(const ScoredItem &a, const ScoredItem &b)
{
    return a.score > b.score || (a.score == b.score && a.item < b.item);
}

/// The k best of `candidates` (finite scores only), in ranking order, by partial selection:
/// nth_element (O(n)) then a sort of the k winners only. Reorders `candidates`.
inline std::vector<ScoredItem> selectTopK(std::vector<ScoredItem> &candidates, int k)
{
    std::vector<ScoredItem> out;
    if (k <= 0)
        return out;
    const auto kk = std::min(static_cast<size_t>(k), candidates.size());
    if (kk < candidates.size())
        std::nth_element(candidates.begin(), candidates.begin() + static_cast<long>(kk),
                         candidates.end(), rankedBefore);
    out.assign(candidates.begin(), candidates.begin() + static_cast<long>(kk));
    std::sort(out.begin(), out.end(), rankedBefore);
    return out;
}

/// The k best entries of a dense score array (skipping -inf / NaN), using `scratch` as the
/// candidate buffer so repeated calls do not allocate.
inline std::vector<ScoredItem> topKOfScores(const float *scores, int n, int k,
                                            std::vector<ScoredItem> &scratch)
{
    scratch.clear();
    for (int i = 0; i < n; ++i)
        if (std::isfinite(scores[i]))
            scratch.push_back({i, scores[i]});
    return selectTopK(scratch, k);
}

/// Keeps the n entries of largest |weight| (ties by lower item), in that order, by partial
/// sort. T has members `item` and `weight`.
template <typename T> void keepLargest(std::vector<T> &entries, int n)
{
    auto before = [](const T &a, const T &b) {
        const float wa = std::abs(a.weight);
        const float wb = std::abs(b.weight);
        return wa > wb || (wa == wb && a.item < b.item);
    };
    const auto kk = std::min(entries.size(), static_cast<size_t>(std::max(0, n)));
    std::partial_sort(entries.begin(), entries.begin() + static_cast<long>(kk), entries.end(),
                      before);
    entries.resize(kk);
}

} // namespace storefront::recsys
