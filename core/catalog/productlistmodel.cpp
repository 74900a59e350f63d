#include "productlistmodel.h"

#include "common/handoff.h"
#include "storage/database.h"
#include "storage/productrepository.h"

#include <QMetaObject>

namespace storefront::catalog {

ProductListModel::ProductListModel(const storage::Database &db, MediaLocator media, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_media(std::move(media))
{
    // One worker keeps page fetches in order and leaves the other core to the GUI.
    m_pool.setMaxThreadCount(1);
}

ProductListModel::~ProductListModel()
{
    handoff::waitForDone(m_pool);
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const ProductSummary *ProductListModel::productAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(row)];
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    const ProductSummary *p = productAt(index.row());
    if (!p || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return p->title;
    case Qt::ToolTipRole:
        return p->brand.isEmpty() ? p->title : p->title + QStringLiteral(" — ") + p->brand;
    case IdRole:
        return p->id;
    case SkuRole:
        return p->sku;
    case BrandRole:
        return p->brand;
    case PriceCentsRole:
        return p->priceCents;
    case CurrencyRole:
        return p->currency;
    case ImagePathRole:
        // A grid tile is about 170 px wide: the 256-pixel copy when the editor made one.
        return m_media.resolveScaled(p->imagePath, 256);
    case AverageStarsRole:
        return p->averageStars;
    case RatingCountRole:
        return p->ratingCount;
    case StockRole:
        return p->stock;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProductListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "productId");
    names.insert(SkuRole, "sku");
    names.insert(TitleRole, "title");
    names.insert(BrandRole, "brand");
    names.insert(PriceCentsRole, "priceCents");
    names.insert(CurrencyRole, "currency");
    names.insert(ImagePathRole, "imagePath");
    names.insert(AverageStarsRole, "averageStars");
    names.insert(RatingCountRole, "ratingCount");
    names.insert(StockRole, "stock");
    return names;
}

bool ProductListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_total > int(m_rows.size());
}

void ProductListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startFetch(int(m_rows.size()), false);
}

void ProductListModel::setQuery(const ProductQuery &query)
{
    m_query = query;
    refresh();
}

void ProductListModel::refresh()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    startFetch(0, true);
}

void ProductListModel::startFetch(int offset, bool withCount)
{
    m_fetching = true;
    ++m_pending;
    const quint64 generation = m_generation;
    const ProductQuery query = m_query;
    const storage::Database *db = &m_db;
    auto fetch = [db, query, generation, offset, withCount] {
        Page page;
        page.generation = generation;
        page.offset = offset;
        const storage::ProductRepository repository(*db);
        if (withCount) {
            auto total = repository.count(query);
            if (!total) {
                page.error = total.error().toString();
                return page;
            }
            page.total = *total;
        }
        auto rows = repository.page(query, offset, kPageSize);
        if (!rows)
            page.error = rows.error().toString();
        else
            page.rows = std::move(*rows);
        return page;
    };
    // The destructor waits for the pool, so `this` is alive when the page is posted; a page
    // still queued when the model goes is dropped with the model's posted events.
    handoff::start(m_pool, [this, fetch] {
        QMetaObject::invokeMethod(this, handoff::Carried([this, page = fetch()]() mutable {
                                      --m_pending;
                                      applyPage(std::move(page));
                                  }),
                                  Qt::QueuedConnection);
    });
}

void ProductListModel::applyPage(Page page)
{
    if (page.generation != m_generation)
        return; // a newer query has replaced the one this page belongs to
    m_fetching = false;
    if (!page.error.isEmpty()) {
        Q_EMIT loadFailed(page.error);
        return;
    }
    if (page.total >= 0) {
        m_total = page.total;
        Q_EMIT totalCountChanged(m_total);
    }
    if (page.offset != int(m_rows.size()) || page.rows.empty()) {
        Q_EMIT loaded();
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.rows.begin()),
                  std::make_move_iterator(page.rows.end()));
    endInsertRows();
    Q_EMIT loaded();
}

} // namespace storefront::catalog
