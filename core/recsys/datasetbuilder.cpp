#include "recsys/datasetbuilder.h"

#include "recsys/itemfeatures.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace storefront::recsys {

namespace {

struct PairState
{
    float implicit = 0.0f;
    float starWeight = 0.0f;
    int stars = 0;
    qint64 ratedAt = 0;
    qint64 last = 0;
};

float eventWeight(const InteractionWeights &w, storage::EventType type)
{
    switch (type) {
    case storage::EventType::Purchase:
        return w.purchase;
    case storage::EventType::AddToCart:
        return w.addToCart;
    case storage::EventType::Wishlist:
        return w.wishlist;
    case storage::EventType::View:
        return w.view;
    case storage::EventType::Search:
        return 0.0f;
    }
    return 0.0f;
}

float decay(const InteractionWeights &w, qint64 latest, qint64 t)
{
    if (w.halfLifeDays <= 0.0)
        return 1.0f;
    const double ageDays = static_cast<double>(std::max<qint64>(0, latest - t)) / 86400.0;
    return static_cast<float>(std::exp2(-ageDays / w.halfLifeDays));
}

/// The final weight of a pair, or 0 when it is dropped.
float finalWeight(const InteractionWeights &w, const PairState &s, qint64 latest)
{
    if (s.stars > 0 && s.stars <= w.lowRatingMaxStars) {
        if (w.lowRatings == InteractionWeights::LowRatings::Ignore)
            return 0.0f;
        return s.starWeight * decay(w, latest, s.ratedAt);
    }
    float total = s.implicit;
    if (s.stars > 0)
        total += s.starWeight * decay(w, latest, s.ratedAt);
    return std::clamp(total, -w.maxWeight, w.maxWeight);
}

using PairKey = std::pair<int, int>;

void accumulate(const InteractionWeights &w, const std::vector<storage::Rating> &ratings,
                const std::vector<storage::Event> &events, qint64 latest,
                const std::function<int(qint64)> &userIndex,
                const std::function<int(qint64)> &itemIndex, std::map<PairKey, PairState> &pairs)
{
    for (const auto &e : events) {
        const float ew = eventWeight(w, e.type);
        if (ew == 0.0f || e.productId == 0)
            continue;
        const int u = userIndex(e.userId);
        const int i = itemIndex(e.productId);
        if (u < 0 || i < 0)
            continue;
        auto &s = pairs[{u, i}];
        s.implicit += ew * decay(w, latest, e.occurredAt);
        s.last = std::max(s.last, e.occurredAt);
    }
    for (const auto &r : ratings) {
        if (r.stars < 1 || r.stars > 5)
            continue;
        const int u = userIndex(r.userId);
        const int i = itemIndex(r.productId);
        if (u < 0 || i < 0)
            continue;
        auto &s = pairs[{u, i}];
        s.stars = r.stars;
        s.starWeight = w.stars[static_cast<size_t>(r.stars - 1)];
        s.ratedAt = r.updatedAt;
        s.last = std::max(s.last, r.updatedAt);
    }
}

qint64 newest(const std::vector<storage::Rating> &ratings,
              const std::vector<storage::Event> &events)
{
    qint64 latest = 0;
    for (const auto &r : ratings)
        latest = std::max(latest, r.updatedAt);
    for (const auto &e : events)
        latest = std::max(latest, e.occurredAt);
    return latest;
}

} // namespace

void DatasetBuilder::setProducts(const std::vector<catalog::Product> &products)
{
    m_products = products;
}

InteractionData DatasetBuilder::build(const std::vector<storage::Rating> &ratings,
                                      const std::vector<storage::Event> &events) const
{
    InteractionData data;
    for (const auto &p : m_products)
        data.items.insert(p.id);
    // Users and items in first-seen order: ratings then events.
    for (const auto &r : ratings) {
        data.users.insert(r.userId);
        data.items.insert(r.productId);
    }
    for (const auto &e : events) {
        if (e.productId == 0 || eventWeight(m_weights, e.type) == 0.0f)
            continue;
        data.users.insert(e.userId);
        data.items.insert(e.productId);
    }
    data.latestTimestamp = newest(ratings, events);

    std::map<PairKey, PairState> pairs;
    accumulate(
        m_weights, ratings, events, data.latestTimestamp,
        [&](qint64 id) { return data.users.indexOf(id); },
        [&](qint64 id) { return data.items.indexOf(id); }, pairs);

    std::vector<Eigen::Triplet<float, int>> w;
    std::vector<Eigen::Triplet<float, int>> r;
    std::vector<qint64> last;
    for (const auto &[key, s] : pairs) { // std::map: ordered by (user, item) = CSR order
        const float weight = finalWeight(m_weights, s, data.latestTimestamp);
        if (weight != 0.0f) {
            w.emplace_back(key.first, key.second, weight);
            last.push_back(s.last);
        }
        if (s.stars > 0)
            r.emplace_back(key.first, key.second, static_cast<float>(s.stars));
    }
    data.weights.resize(data.users.size(), data.items.size());
    data.weights.setFromTriplets(w.begin(), w.end());
    data.weights.makeCompressed();
    data.ratings.resize(data.users.size(), data.items.size());
    data.ratings.setFromTriplets(r.begin(), r.end());
    data.ratings.makeCompressed();
    data.lastSeen = std::move(last);
    if (!m_products.empty())
        data.itemFeatures = std::make_shared<const ItemFeatures>(
            ItemFeatures::fromProducts(data.items, m_products));
    return data;
}

UserInteractions DatasetBuilder::buildUser(const IdMap &items,
                                           const std::vector<storage::Rating> &ratings,
                                           const std::vector<storage::Event> &events,
                                           qint64 latestTimestamp, int userIndex) const
{
    std::map<PairKey, PairState> pairs;
    accumulate(
        m_weights, ratings, events, latestTimestamp, [](qint64) { return 0; },
        [&](qint64 id) { return items.indexOf(id); }, pairs);
    UserInteractions user;
    user.user = userIndex;
    for (const auto &[key, s] : pairs) {
        const float weight = finalWeight(m_weights, s, latestTimestamp);
        if (weight != 0.0f) {
            user.weights.items.push_back(key.second);
            user.weights.values.push_back(weight);
        }
        if (s.stars > 0) {
            user.ratings.items.push_back(key.second);
            user.ratings.values.push_back(static_cast<float>(s.stars));
        }
    }
    return user;
}

} // namespace storefront::recsys
