#pragma once

#include "catalog/medialocator.h"
#include "catalog/product.h"
#include "recsys/recommendation.h"

#include <QAbstractListModel>
#include <QHash>
#include <QThreadPool>

#include <vector>

namespace storefront::storage {
class Database;
}

namespace storefront::recsys {

/// One carousel tile: a recommendation and the product it names.
struct CarouselItem
{
    Recommendation recommendation;
    catalog::ProductSummary product; ///< imagePath is absolute (resolved), empty if missing
};

/// The model behind one carousel ("Recommended for you", "Trending now", ...): a list of
/// recommendations with their products' pictures and prices.
///
/// setList() looks up the products it has not seen yet on its own worker thread (the GUI
/// never waits on SQL) and then applies the new list **by difference**: rows that left are
/// removed, rows that stayed are moved to their new place and updated, new rows are inserted.
/// There is never a reset, so a view keeps its scroll position and current item while the
/// recommendations change under it. A newer setList() makes an unfinished older one stale.
/// Products that are missing or inactive are left out.
class CarouselModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ProductIdRole = Qt::UserRole + 1,
        TitleRole,
        BrandRole,
        PriceCentsRole,
        CurrencyRole,
        ImagePathRole,
        StockRole,
        ReasonRole,         ///< in the current language; empty for history (recently viewed)
        ReasonKindRole,     ///< int(ReasonKind)
        ExplainableRole,    ///< bool: a reason, evidence, score breakdown or rule to show
        RecommendationRole, ///< the whole Recommendation (QVariant::fromValue)
    };
    Q_ENUM(Role)

    CarouselModel(const storage::Database &db, catalog::MediaLocator media,
                  QObject *parent = nullptr);
    ~CarouselModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Shows `list` (in its order; a repeated product is kept once). Applied at once when
    /// every product is known, otherwise when the lookup finishes (updated()).
    void setList(const RecommendationList &list);
    /// The language changed: every row's reason is worded again (views repaint their chips).
    /// Reasons are made in core in the language of their time; this model words them anew
    /// from their kind and arguments (Recommendation::localisedReason()).
    void retranslate();
    /// Drops what the model remembers of products (title, price, picture, archived), so the
    /// next setList() reads them again: after a catalog edit, where an archived product must
    /// leave the list and an edited one show its new details.
    void forgetProducts();
    /// Applies items directly, by difference (the lookup's second half; tests use it).
    void applyItems(std::vector<CarouselItem> items);

    [[nodiscard]] const CarouselItem *itemAt(int row) const;
    [[nodiscard]] int rowOf(qint64 productId) const;
    [[nodiscard]] QList<qint64> productIds() const;
    /// A lookup is running.
    [[nodiscard]] bool isLoading() const { return m_pending > 0; }

    /// Product summary as the model shows it (image path resolved through `media`).
    [[nodiscard]] static catalog::ProductSummary summaryOf(const catalog::Product &product,
                                                           const catalog::MediaLocator &media);

Q_SIGNALS:
    /// A list has been applied (after setList's lookup, or at once).
    void updated();
    void loadFailed(const QString &message);

private:
    struct Lookup
    {
        quint64 generation = 0;
        quint64 epoch = 0; ///< m_epoch when the lookup started
        std::vector<catalog::ProductSummary> found;
        std::vector<qint64> missing; ///< not in the catalog or inactive
        QString error;
    };
    void finishLookup(const Lookup &lookup, const RecommendationList &list);
    void applyList(const RecommendationList &list);

    const storage::Database &m_db;
    catalog::MediaLocator m_media;
    std::vector<CarouselItem> m_rows;
    /// Products looked up so far; std::nullopt-like: id -> summary, or id in m_unavailable.
    QHash<qint64, catalog::ProductSummary> m_known;
    QSet<qint64> m_unavailable;
    quint64 m_generation = 0;
    quint64 m_epoch = 0; ///< forgetProducts() count: older lookups must not refill the cache
    int m_pending = 0;
    QThreadPool m_pool;
};

} // namespace storefront::recsys
