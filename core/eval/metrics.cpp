#include "eval/metrics.h"

#include <algorithm>
#include <cmath>

namespace storefront::eval {

UserRankingMetrics Metrics::ranking(std::span<const int> ranked, std::span<const int> relevant,
                                    int k)
{
    UserRankingMetrics m;
    if (k <= 0 || relevant.empty())
        return m;
    const size_t n = std::min(ranked.size(), static_cast<size_t>(k));
    std::vector<int> seen;
    seen.reserve(n);
    int hits = 0;
    int position = 0; // 1-based rank among distinct items
    double dcg = 0.0;
    double apSum = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const int item = ranked[i];
        if (std::find(seen.begin(), seen.end(), item) != seen.end())
            continue;
        seen.push_back(item);
        ++position;
        if (!std::binary_search(relevant.begin(), relevant.end(), item))
            continue;
        ++hits;
        dcg += 1.0 / std::log2(position + 1.0);
        apSum += static_cast<double>(hits) / position;
        if (m.reciprocalRank == 0.0)
            m.reciprocalRank = 1.0 / position;
    }
    const auto r = static_cast<double>(relevant.size());
    m.precision = hits / static_cast<double>(k);
    m.recall = hits / r;
    m.f1 = m.precision + m.recall > 0.0 ? 2.0 * m.precision * m.recall / (m.precision + m.recall)
                                        : 0.0;
    double idcg = 0.0;
    const int ideal = static_cast<int>(std::min<double>(r, k));
    for (int i = 1; i <= ideal; ++i)
        idcg += 1.0 / std::log2(i + 1.0);
    m.ndcg = idcg > 0.0 ? dcg / idcg : 0.0;
    m.averagePrecision = apSum / ideal;
    m.hit = hits > 0 ? 1.0 : 0.0;
    return m;
}

double Metrics::coverage(int distinctRecommended, int catalogSize)
{
    return catalogSize > 0 ? static_cast<double>(distinctRecommended) / catalogSize : 0.0;
}

double Metrics::intraListDiversity(std::span<const int> ranked,
                                   const recsys::SparseRowMatrix &features, int k)
{
    const size_t n = std::min(ranked.size(), static_cast<size_t>(std::max(k, 0)));
    if (n < 2)
        return 0.0;
    auto dot = [&](int a, int b) -> double {
        if (a < 0 || b < 0 || a >= features.rows() || b >= features.rows())
            return 0.0;
        return static_cast<double>(features.row(a).dot(features.row(b)));
    };
    double sum = 0.0;
    long long pairs = 0;
    for (size_t i = 0; i < n; ++i)
        for (size_t j = i + 1; j < n; ++j) {
            sum += 1.0 - dot(ranked[i], ranked[j]);
            ++pairs;
        }
    return sum / static_cast<double>(pairs);
}

double Metrics::novelty(std::span<const int> ranked, std::span<const int> itemUserCounts,
                        int trainUsers, int k)
{
    const size_t n = std::min(ranked.size(), static_cast<size_t>(std::max(k, 0)));
    if (n == 0)
        return 0.0;
    double sum = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const int item = ranked[i];
        const int count = item >= 0 && static_cast<size_t>(item) < itemUserCounts.size()
                              ? itemUserCounts[static_cast<size_t>(item)]
                              : 0;
        sum += -std::log2((count + 1.0) / (trainUsers + 1.0));
    }
    return sum / static_cast<double>(n);
}

double Metrics::rmse(std::span<const float> predicted, std::span<const float> truth)
{
    const size_t n = std::min(predicted.size(), truth.size());
    if (n == 0)
        return 0.0;
    double sum = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double d = static_cast<double>(predicted[i]) - truth[i];
        sum += d * d;
    }
    return std::sqrt(sum / static_cast<double>(n));
}

double Metrics::mae(std::span<const float> predicted, std::span<const float> truth)
{
    const size_t n = std::min(predicted.size(), truth.size());
    if (n == 0)
        return 0.0;
    double sum = 0.0;
    for (size_t i = 0; i < n; ++i)
        sum += std::abs(static_cast<double>(predicted[i]) - truth[i]);
    return sum / static_cast<double>(n);
}

} // namespace storefront::eval
