#pragma once

#include "catalog/product.h"
#include "recsys/idmap.h"
#include "recsys/snapshot.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace storefront::recsys {

/// What rules and reasons need to know of one product (a copy taken at training time).
struct ProductInfo
{
    qint64 id = 0;
    QString title;
    QString categoryPath; ///< "Parent > Child", empty when uncategorised
    qint64 priceCents = 0;
    int stock = 0;
    bool active = true;
    qint64 createdAt = 0;
    int interactions = 0; ///< training users with any interaction (0 = a cold item)

    [[nodiscard]] bool available() const { return active && stock > 0; }
    [[nodiscard]] QString categoryName() const; ///< the last path element
};

/// Product metadata aligned with a model's item indices.
class ItemCatalog
{
public:
    ItemCatalog() = default;
    /// One entry per index of `items`; products missing from `products` get an inactive entry.
    /// `interactionsPerItem` (may be empty) gives ProductInfo::interactions.
    ItemCatalog(const IdMap &items, const std::vector<catalog::Product> &products,
                const std::vector<int> &interactionsPerItem);

    [[nodiscard]] int size() const { return static_cast<int>(m_items.size()); }
    [[nodiscard]] const ProductInfo &at(int item) const { return m_items[size_t(item)]; }
    [[nodiscard]] const IdMap &ids() const { return m_ids; }
    [[nodiscard]] int indexOf(qint64 productId) const { return m_ids.indexOf(productId); }

    /// True when the item's category is `path` or lies under it ("A" matches "A > B").
    [[nodiscard]] bool inCategory(int item, const QString &path) const;
    [[nodiscard]] bool inAnyCategory(int item, const QStringList &paths) const;

    void save(SnapshotWriter &out) const;
    [[nodiscard]] Status load(SnapshotReader &in);

private:
    IdMap m_ids;
    std::vector<ProductInfo> m_items;
};

} // namespace storefront::recsys
