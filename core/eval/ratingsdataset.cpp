#include "eval/ratingsdataset.h"

#include "recsys/itemfeatures.h"

#include <algorithm>

namespace storefront::eval {

int RatingsDataset::addUser(const QString &id)
{
    const auto it = m_userIndex.constFind(id);
    if (it != m_userIndex.constEnd())
        return *it;
    const int index = static_cast<int>(m_userIds.size());
    m_userIds.append(id);
    m_userIndex.insert(id, index);
    return index;
}

int RatingsDataset::addItem(const QString &id)
{
    const auto it = m_itemIndex.constFind(id);
    if (it != m_itemIndex.constEnd())
        return *it;
    const int index = static_cast<int>(m_itemIds.size());
    m_itemIds.append(id);
    m_itemIndex.insert(id, index);
    return index;
}

void RatingsDataset::setItemInfo(int index, ItemInfo info)
{
    if (index < 0)
        return;
    if (m_info.size() <= static_cast<size_t>(index))
        m_info.resize(static_cast<size_t>(index) + 1);
    auto &slot = m_info[static_cast<size_t>(index)];
    if (!slot)
        ++m_infoCount;
    slot = std::move(info);
}

const ItemInfo *RatingsDataset::itemInfo(int index) const
{
    if (index < 0 || static_cast<size_t>(index) >= m_info.size() ||
        !m_info[static_cast<size_t>(index)])
        return nullptr;
    return &*m_info[static_cast<size_t>(index)];
}

RatingsDataset RatingsDataset::emptyCopy() const
{
    RatingsDataset copy;
    copy.m_userIds = m_userIds;
    copy.m_itemIds = m_itemIds;
    copy.m_userIndex = m_userIndex;
    copy.m_itemIndex = m_itemIndex;
    copy.m_info = m_info;
    copy.m_infoCount = m_infoCount;
    return copy;
}

RatingsDataset RatingsDataset::subset(const std::vector<int> &indices) const
{
    RatingsDataset copy = emptyCopy();
    copy.m_ratings.reserve(indices.size());
    for (int i : indices)
        copy.m_ratings.push_back(m_ratings[static_cast<size_t>(i)]);
    return copy;
}

namespace {

/// Index i keeps id i, unless every id is a distinct integer (the store's database ids,
/// MovieLens ids): then the map holds them, so saved snapshots name the real ids.
recsys::IdMap idMap(const QStringList &ids)
{
    recsys::IdMap numeric;
    for (const QString &id : ids) {
        bool ok = false;
        const qint64 value = id.toLongLong(&ok);
        if (!ok || numeric.insert(value) != numeric.size() - 1) {
            recsys::IdMap dense;
            for (qsizetype i = 0; i < ids.size(); ++i)
                dense.insert(i);
            return dense;
        }
    }
    return numeric;
}

} // namespace

recsys::InteractionData RatingsDataset::interactionData(const std::vector<int> *indices,
                                                        std::optional<double> minRating,
                                                        float belowWeight) const
{
    recsys::InteractionData data;
    data.users = idMap(m_userIds);
    data.items = idMap(m_itemIds);
    const size_t n = indices ? indices->size() : m_ratings.size();
    std::vector<Eigen::Triplet<float, int>> weights;
    std::vector<Eigen::Triplet<float, int>> stars;
    weights.reserve(n);
    stars.reserve(n);
    for (size_t k = 0; k < n; ++k) {
        const RatingRecord &r = m_ratings[indices ? static_cast<size_t>((*indices)[k]) : k];
        if (!minRating || !r.explicitRating || r.rating >= *minRating)
            weights.emplace_back(r.user, r.item, 1.0f);
        else if (belowWeight > 0.0f)
            weights.emplace_back(r.user, r.item, belowWeight);
        if (r.explicitRating)
            stars.emplace_back(r.user, r.item, r.rating);
        data.latestTimestamp = std::max(data.latestTimestamp, r.timestamp);
    }
    const auto last = [](float, float b) { return b; };
    data.weights.resize(userCount(), itemCount());
    data.weights.setFromTriplets(weights.begin(), weights.end(), last);
    data.weights.makeCompressed();
    data.ratings.resize(userCount(), itemCount());
    data.ratings.setFromTriplets(stars.begin(), stars.end(), last);
    data.ratings.makeCompressed();
    data.lastSeen.assign(static_cast<size_t>(data.weights.nonZeros()), 0);
    for (size_t k = 0; k < n; ++k) {
        const RatingRecord &r = m_ratings[indices ? static_cast<size_t>((*indices)[k]) : k];
        const int *begin = data.weights.innerIndexPtr() + data.weights.outerIndexPtr()[r.user];
        const int *end = data.weights.innerIndexPtr() + data.weights.outerIndexPtr()[r.user + 1];
        const int *it = std::lower_bound(begin, end, r.item);
        if (it != end && *it == r.item) {
            auto &slot = data.lastSeen[static_cast<size_t>(it - data.weights.innerIndexPtr())];
            slot = std::max(slot, r.timestamp);
        }
    }
    if (hasItemInfo()) {
        std::vector<recsys::ItemText> texts;
        texts.reserve(static_cast<size_t>(itemCount()));
        for (int i = 0; i < itemCount(); ++i) {
            const ItemInfo *info = itemInfo(i);
            if (!info)
                continue;
            recsys::ItemText t;
            t.id = data.items.idAt(i);
            t.title = info->title;
            t.description = info->description;
            t.brand = info->brand;
            t.categories = info->categories;
            texts.push_back(std::move(t));
        }
        data.itemFeatures = std::make_shared<const recsys::ItemFeatures>(
            recsys::ItemFeatures::build(data.items, texts));
    }
    return data;
}

} // namespace storefront::eval
