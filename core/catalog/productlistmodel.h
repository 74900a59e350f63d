#pragma once

#include "catalog/medialocator.h"
#include "catalog/product.h"
#include "catalog/productquery.h"

#include <QAbstractListModel>
#include <QThreadPool>

#include <vector>

namespace storefront::storage {
class Database;
}

namespace storefront::catalog {

/// The product grid's model: the products matching a ProductQuery, fetched lazily page by
/// page on a worker thread (each with its own database connection), so that a catalog of
/// 100,000 products opens at once and the GUI thread never waits on SQL. A newer query makes
/// every unfinished older fetch stale; stale results are dropped.
class ProductListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SkuRole,
        TitleRole,
        BrandRole,
        PriceCentsRole,
        CurrencyRole,
        ImagePathRole, ///< absolute path, empty when the image is missing
        AverageStarsRole,
        RatingCountRole,
        StockRole,
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 120;

    ProductListModel(const storage::Database &db, MediaLocator media, QObject *parent = nullptr);
    ~ProductListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Shows the products matching `query`; results arrive asynchronously (see loaded()).
    void setQuery(const ProductQuery &query);
    [[nodiscard]] const ProductQuery &query() const { return m_query; }
    /// Reloads the current query (after a rating or a catalog change).
    void refresh();

    /// Matching products in all, including those not fetched yet; -1 while counting.
    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] bool isLoading() const { return m_pending > 0; }
    [[nodiscard]] const ProductSummary *productAt(int row) const;

Q_SIGNALS:
    /// The first page of a new query (or a further page) has arrived.
    void loaded();
    void totalCountChanged(int total);
    void loadFailed(const QString &message);

private:
    struct Page
    {
        quint64 generation = 0;
        int offset = 0;
        int total = -1; ///< counted only with the first page
        std::vector<ProductSummary> rows;
        QString error;
    };
    void startFetch(int offset, bool withCount);
    void applyPage(Page page);

    const storage::Database &m_db;
    MediaLocator m_media;
    ProductQuery m_query;
    std::vector<ProductSummary> m_rows;
    int m_total = -1;
    quint64 m_generation = 0;
    bool m_fetching = false;
    int m_pending = 0;
    QThreadPool m_pool;
};

} // namespace storefront::catalog
