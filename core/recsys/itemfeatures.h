#pragma once

#include "catalog/product.h"
#include "recsys/idmap.h"
#include "recsys/snapshot.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace storefront::recsys {

/// The text and facets of one item, independent of where it comes from (a catalog Product,
/// or a MovieLens movie with title and genres).
struct ItemText
{
    qint64 id = 0;
    QString title;
    QString description;
    QString brand;
    QStringList categories; ///< each a path "Parent > Child" or a flat label ("Comedy")
    QStringList attributes; ///< "key=value"
    std::optional<double> price;
};

/// Content features of every item, one L2-normalised sparse row per item index.
///
/// Columns are, in blocks (each block L2-normalised, scaled by its weight, then the whole row
/// L2-normalised so a dot product is a cosine):
///   - text: TF-IDF over title (counted twice) and description. Tokens are maximal runs of
///     letters/digits, case-folded; tokens shorter than 2 characters, pure numbers and
///     English stop words are dropped; no stemming. tf = 1 + ln(count),
///     idf = ln((1 + N) / (1 + df)) + 1 (smoothed), terms present in a single item are kept.
///   - category: one column per category path prefix ("A", "A > B"), so siblings share the
///     parent column.
///   - brand: one column per case-folded brand.
///   - attributes: one column per case-folded "key=value".
///   - price band: one of five quantile bands of the price within the catalog.
class ItemFeatures
{
public:
    struct Options
    {
        float textWeight = 1.0f;
        float categoryWeight = 0.6f;
        float brandWeight = 0.4f;
        float attributeWeight = 0.3f;
        float priceWeight = 0.2f;
        int priceBands = 5;
    };

    ItemFeatures() = default;
    /// Rows follow `items`; items without text get an empty row.
    [[nodiscard]] static ItemFeatures build(const IdMap &items, const std::vector<ItemText> &texts,
                                            const Options &options);
    [[nodiscard]] static ItemFeatures build(const IdMap &items, const std::vector<ItemText> &texts)
    {
        return build(items, texts, Options{});
    }
    [[nodiscard]] static ItemFeatures fromProducts(const IdMap &items,
                                                   const std::vector<catalog::Product> &products);

    /// The tokens the TF-IDF block uses for `text` (exposed for tests and explanations).
    [[nodiscard]] static QStringList tokenize(const QString &text);

    /// items x features, rows L2-normalised.
    [[nodiscard]] const SparseRowMatrix &matrix() const { return m_matrix; }
    [[nodiscard]] const QStringList &featureNames() const { return m_names; }
    /// Dense index of the item's most specific category, -1 when it has none.
    [[nodiscard]] int categoryOf(int item) const
    {
        return item >= 0 && static_cast<size_t>(item) < m_category.size()
                   ? m_category[static_cast<size_t>(item)]
                   : -1;
    }
    [[nodiscard]] int categoryCount() const { return m_categoryCount; }
    [[nodiscard]] int itemCount() const { return static_cast<int>(m_matrix.rows()); }

    void save(SnapshotWriter &out) const;
    [[nodiscard]] Status load(SnapshotReader &in);

private:
    SparseRowMatrix m_matrix;
    QStringList m_names;
    std::vector<int> m_category;
    int m_categoryCount = 0;
};

} // namespace storefront::recsys
