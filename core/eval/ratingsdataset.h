#pragma once

#include "recsys/interactiondata.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace storefront::eval {

/// One observed (user, item) pair of a dataset, over the dataset's dense indices.
struct RatingRecord
{
    int user = 0;
    int item = 0;
    /// Stars (MovieLens uses 0.5..5; the store 1..5). For implicit-only pairs (a store
    /// purchase without a rating) the value the importer assigned, see `explicitRating`.
    float rating = 0.0f;
    qint64 timestamp = 0; ///< seconds since the Unix epoch; 0 when the source has no times
    /// False when the pair carries no star rating of its own (store events): such pairs train
    /// the ranking models and count as relevant, but are left out of RMSE/MAE and mf's stars.
    bool explicitRating = true;
};

/// Optional metadata of one item (MovieLens title + genres, a generic items CSV, a product).
struct ItemInfo
{
    QString title;
    QStringList categories; ///< flat labels ("Comedy") or paths ("Home > Kitchen")
    QString brand;
    QString description;
};

/// A ratings dataset with string ids mapped to dense indices (first-seen order), the ratings
/// with their timestamps, and optional item metadata aligned with the item indices.
///
/// Indices are stable: a split or a sub-dataset keeps the same user and item indices, so the
/// models of every fold see the same id space.
class RatingsDataset
{
public:
    /// The dense index of `id`, added when new.
    int addUser(const QString &id);
    int addItem(const QString &id);
    [[nodiscard]] int userIndex(const QString &id) const { return m_userIndex.value(id, -1); }
    [[nodiscard]] int itemIndex(const QString &id) const { return m_itemIndex.value(id, -1); }
    [[nodiscard]] const QString &userId(int index) const
    {
        return m_userIds[static_cast<qsizetype>(index)];
    }
    [[nodiscard]] const QString &itemId(int index) const
    {
        return m_itemIds[static_cast<qsizetype>(index)];
    }
    [[nodiscard]] int userCount() const { return static_cast<int>(m_userIds.size()); }
    [[nodiscard]] int itemCount() const { return static_cast<int>(m_itemIds.size()); }

    void addRating(const RatingRecord &record) { m_ratings.push_back(record); }
    [[nodiscard]] const std::vector<RatingRecord> &ratings() const { return m_ratings; }
    [[nodiscard]] int ratingCount() const { return static_cast<int>(m_ratings.size()); }

    /// Metadata of item `index` (adds the item when given a new id through setItemInfo(id)).
    void setItemInfo(int index, ItemInfo info);
    [[nodiscard]] const ItemInfo *itemInfo(int index) const;
    [[nodiscard]] bool hasItemInfo() const { return m_infoCount > 0; }

    /// A copy with the same users, items and metadata but only the ratings at `indices`.
    [[nodiscard]] RatingsDataset subset(const std::vector<int> &indices) const;
    /// A copy with the same ids and metadata and no ratings.
    [[nodiscard]] RatingsDataset emptyCopy() const;

    /// The training data of the recsys models from the ratings at `indices` (all when null).
    /// Users and items keep this dataset's dense indices (the IdMaps hold index i as id i), so
    /// every user and item exists even when it has no training rating.
    ///
    /// The ranking models learn from the implicit "user rated it" signal: every training pair
    /// has weight 1 whatever its stars (on MovieLens this ranks far better than star-derived
    /// weights, and a low rating still says "I watched it"). The explicit `ratings` matrix
    /// holds the stars of explicit records, which is what `mf` trains on. `lastSeen` holds
    /// the timestamps. Item features (for `content` and diversity) are built from the item
    /// metadata when there is any.
    ///
    /// With `minRating`, explicit ratings below it get weight `belowWeight` (0: left out of
    /// the weights; they still train `mf` through the stars), so the ranking models learn
    /// mostly from "liked" pairs while a low rating can still count a little as "watched it".
    [[nodiscard]] recsys::InteractionData
    interactionData(const std::vector<int> *indices = nullptr,
                    std::optional<double> minRating = std::nullopt, float belowWeight = 0.0f) const;

private:
    QStringList m_userIds;
    QStringList m_itemIds;
    QHash<QString, int> m_userIndex;
    QHash<QString, int> m_itemIndex;
    std::vector<RatingRecord> m_ratings;
    std::vector<std::optional<ItemInfo>> m_info;
    int m_infoCount = 0;
};

} // namespace storefront::eval
