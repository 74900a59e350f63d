#include "recsys/interactiondata.h"

#include "recsys/itemfeatures.h"

#include <algorithm>
#include <numeric>

namespace storefront::recsys {

void SparseRow::normalise()
{
    std::vector<size_t> order(items.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [this](size_t a, size_t b) { return items[a] < items[b]; });
    std::vector<int> newItems;
    std::vector<float> newValues;
    newItems.reserve(items.size());
    newValues.reserve(items.size());
    for (size_t k : order) {
        if (!newItems.empty() && newItems.back() == items[k])
            newValues.back() += values[k];
        else {
            newItems.push_back(items[k]);
            newValues.push_back(values[k]);
        }
    }
    items.clear();
    values.clear();
    for (size_t k = 0; k < newItems.size(); ++k) {
        if (newValues[k] != 0.0f) {
            items.push_back(newItems[k]);
            values.push_back(newValues[k]);
        }
    }
}

SparseRow SparseRow::fromMatrix(const SparseRowMatrix &m, int r)
{
    SparseRow row;
    if (r < 0 || r >= m.rows())
        return row;
    for (SparseRowMatrix::InnerIterator it(m, r); it; ++it) {
        row.items.push_back(static_cast<int>(it.col()));
        row.values.push_back(it.value());
    }
    return row;
}

UserInteractions InteractionData::user(int u) const
{
    return {u, SparseRow::fromMatrix(weights, u), SparseRow::fromMatrix(ratings, u)};
}

InteractionData InteractionData::fromTriplets(int userCount, int itemCount,
                                              const std::vector<Triplet> &triplets)
{
    InteractionData data;
    for (int u = 0; u < userCount; ++u)
        data.users.insert(u);
    for (int i = 0; i < itemCount; ++i)
        data.items.insert(i);
    std::vector<Eigen::Triplet<float, int>> w;
    std::vector<Eigen::Triplet<float, int>> r;
    w.reserve(triplets.size());
    for (const auto &t : triplets) {
        if (t.weight != 0.0f)
            w.emplace_back(t.user, t.item, t.weight);
        if (t.stars > 0.0f)
            r.emplace_back(t.user, t.item, t.stars);
    }
    data.weights.resize(userCount, itemCount);
    data.weights.setFromTriplets(w.begin(), w.end());
    data.weights.prune([](int, int, float v) { return v != 0.0f; });
    data.weights.makeCompressed();
    data.ratings.resize(userCount, itemCount);
    data.ratings.setFromTriplets(r.begin(), r.end(), [](float, float b) { return b; });
    data.ratings.makeCompressed();
    // Latest time per pair, aligned with the nonzeros of `weights`.
    data.lastSeen.assign(static_cast<size_t>(data.weights.nonZeros()), 0);
    for (const auto &t : triplets) {
        if (t.weight == 0.0f)
            continue;
        const int *begin = data.weights.innerIndexPtr() + data.weights.outerIndexPtr()[t.user];
        const int *end = data.weights.innerIndexPtr() + data.weights.outerIndexPtr()[t.user + 1];
        const int *it = std::lower_bound(begin, end, t.item);
        if (it != end && *it == t.item) {
            auto &slot = data.lastSeen[static_cast<size_t>(it - data.weights.innerIndexPtr())];
            slot = std::max(slot, t.time);
        }
        data.latestTimestamp = std::max(data.latestTimestamp, t.time);
    }
    return data;
}

} // namespace storefront::recsys
