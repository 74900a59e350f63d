#include "recsys/diversity.h"

#include "recsys/itemfeatures.h"

#include <algorithm>
#include <limits>

namespace storefront::recsys {

namespace {

/// Dense copy of item `item`'s feature row into `dense` (sized to the feature count).
void scatterRow(const SparseRowMatrix &m, int item, std::vector<float> &dense)
{
    std::fill(dense.begin(), dense.end(), 0.0f);
    if (item < 0 || item >= m.rows())
        return;
    for (SparseRowMatrix::InnerIterator it(m, item); it; ++it)
        dense[size_t(it.col())] = it.value();
}

float dotRow(const SparseRowMatrix &m, int item, const std::vector<float> &dense)
{
    float s = 0.0f;
    if (item < 0 || item >= m.rows())
        return s;
    for (SparseRowMatrix::InnerIterator it(m, item); it; ++it)
        s += it.value() * dense[size_t(it.col())];
    return s;
}

} // namespace

std::vector<Candidate> mmrRerank(const std::vector<Candidate> &ranked, int k, float lambda,
                                 const ItemFeatures &features)
{
    const size_t want = std::min(ranked.size(), static_cast<size_t>(std::max(0, k)));
    if (lambda >= 1.0f || ranked.empty())
        return {ranked.begin(), ranked.begin() + static_cast<long>(want)};
    float lo = std::numeric_limits<float>::infinity();
    float hi = -lo;
    for (const Candidate &c : ranked) {
        lo = std::min(lo, c.score);
        hi = std::max(hi, c.score);
    }
    const float range = hi > lo ? hi - lo : 1.0f;
    const SparseRowMatrix &m = features.matrix();
    std::vector<float> dense(static_cast<size_t>(m.cols()), 0.0f);
    std::vector<float> maxSim(ranked.size(), 0.0f);
    std::vector<char> taken(ranked.size(), 0);
    std::vector<Candidate> out;
    out.reserve(want);
    while (out.size() < want) {
        size_t best = ranked.size();
        float bestValue = -std::numeric_limits<float>::infinity();
        for (size_t c = 0; c < ranked.size(); ++c) {
            if (taken[c])
                continue;
            const float rel = (ranked[c].score - lo) / range;
            const float value = lambda * rel - (1.0f - lambda) * maxSim[c];
            if (value > bestValue) {
                bestValue = value;
                best = c;
            }
        }
        if (best == ranked.size())
            break;
        taken[best] = 1;
        out.push_back(ranked[best]);
        if (m.cols() == 0)
            continue;
        scatterRow(m, ranked[best].item, dense);
        for (size_t c = 0; c < ranked.size(); ++c)
            if (!taken[c])
                maxSim[c] = std::max(maxSim[c], dotRow(m, ranked[c].item, dense));
    }
    return out;
}

float intraListDiversity(std::span<const int> items, const ItemFeatures &features)
{
    if (items.size() < 2)
        return 0.0f;
    const SparseRowMatrix &m = features.matrix();
    std::vector<float> dense(static_cast<size_t>(m.cols()), 0.0f);
    double sum = 0.0;
    long pairs = 0;
    for (size_t a = 0; a < items.size(); ++a) {
        scatterRow(m, items[a], dense);
        for (size_t b = a + 1; b < items.size(); ++b) {
            sum += dotRow(m, items[b], dense);
            ++pairs;
        }
    }
    return static_cast<float>(1.0 - sum / double(pairs));
}

} // namespace storefront::recsys
