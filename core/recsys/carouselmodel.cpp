#include "recsys/carouselmodel.h"

#include "storage/database.h"
#include "storage/productrepository.h"

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent>

namespace storefront::recsys {

namespace {

bool sameShown(const CarouselItem &a, const CarouselItem &b)
{
    const Recommendation &ra = a.recommendation;
    const Recommendation &rb = b.recommendation;
    return ra.reason == rb.reason && ra.reasonKind == rb.reasonKind &&
           ra.reasonArgs == rb.reasonArgs && ra.score == rb.score &&
           ra.evidence.size() == rb.evidence.size() && ra.shares.size() == rb.shares.size() &&
           ra.adjustments == rb.adjustments && a.product.title == b.product.title &&
           a.product.priceCents == b.product.priceCents &&
           a.product.currency == b.product.currency && a.product.imagePath == b.product.imagePath &&
           a.product.stock == b.product.stock;
}

} // namespace

CarouselModel::CarouselModel(const storage::Database &db, catalog::MediaLocator media,
                             QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_media(std::move(media))
{
    qRegisterMetaType<Recommendation>();
    // One worker keeps lookups in order.
    m_pool.setMaxThreadCount(1);
}

CarouselModel::~CarouselModel()
{
    m_pool.waitForDone();
}

int CarouselModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const CarouselItem *CarouselModel::itemAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(row)];
}

int CarouselModel::rowOf(qint64 productId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].product.id == productId)
            return int(i);
    return -1;
}

QList<qint64> CarouselModel::productIds() const
{
    QList<qint64> ids;
    ids.reserve(qsizetype(m_rows.size()));
    for (const CarouselItem &item : m_rows)
        ids << item.product.id;
    return ids;
}

QVariant CarouselModel::data(const QModelIndex &index, int role) const
{
    const CarouselItem *item = index.parent().isValid() ? nullptr : itemAt(index.row());
    if (!item)
        return {};
    const Recommendation &r = item->recommendation;
    const catalog::ProductSummary &p = item->product;
    // Worded now, so that the chips follow a language switch (retranslate()).
    const auto reason = [&r] { return r.localisedReason(); };
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return p.title;
    case Qt::ToolTipRole:
        return r.reason.isEmpty() ? p.title : p.title + QLatin1Char('\n') + reason();
    case Qt::AccessibleDescriptionRole:
        // A screen reader hears why, as a sighted shopper reads the chip.
        return reason();
    case ProductIdRole:
        return p.id;
    case BrandRole:
        return p.brand;
    case PriceCentsRole:
        return p.priceCents;
    case CurrencyRole:
        return p.currency;
    case ImagePathRole:
        return p.imagePath;
    case StockRole:
        return p.stock;
    case ReasonRole:
        return reason();
    case ReasonKindRole:
        return int(r.reasonKind);
    case ExplainableRole:
        // Every recommended item: the reason at least, a pin from outside the list its rule.
        return !r.reason.isEmpty() || !r.evidence.isEmpty() || !r.shares.isEmpty() ||
               !r.adjustments.isEmpty();
    case RecommendationRole:
        return QVariant::fromValue(r);
    default:
        return {};
    }
}

QHash<int, QByteArray> CarouselModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ProductIdRole, "productId");
    names.insert(TitleRole, "title");
    names.insert(BrandRole, "brand");
    names.insert(PriceCentsRole, "priceCents");
    names.insert(CurrencyRole, "currency");
    names.insert(ImagePathRole, "imagePath");
    names.insert(StockRole, "stock");
    names.insert(ReasonRole, "reason");
    names.insert(ReasonKindRole, "reasonKind");
    names.insert(ExplainableRole, "explainable");
    names.insert(RecommendationRole, "recommendation");
    return names;
}

catalog::ProductSummary CarouselModel::summaryOf(const catalog::Product &product,
                                                 const catalog::MediaLocator &media)
{
    catalog::ProductSummary s;
    s.id = product.id;
    s.sku = product.sku;
    s.title = product.title;
    s.brand = product.brand;
    s.priceCents = product.priceCents;
    s.currency = product.currency;
    s.imagePath = media.resolve(product.imagePath);
    s.stock = product.stock;
    return s;
}

void CarouselModel::retranslate()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {Qt::ToolTipRole, Qt::AccessibleDescriptionRole, ReasonRole});
}

void CarouselModel::forgetProducts()
{
    m_known.clear();
    m_unavailable.clear();
    ++m_epoch;
}

void CarouselModel::setList(const RecommendationList &list)
{
    const quint64 generation = ++m_generation;
    std::vector<qint64> unknown;
    for (const Recommendation &r : list)
        if (!m_known.contains(r.productId) && !m_unavailable.contains(r.productId))
            unknown.push_back(r.productId);
    if (unknown.empty()) {
        applyList(list);
        return;
    }
    ++m_pending;
    auto *watcher = new QFutureWatcher<Lookup>(this);
    connect(watcher, &QFutureWatcher<Lookup>::finished, this, [this, watcher, list] {
        --m_pending;
        finishLookup(watcher->result(), list);
        watcher->deleteLater();
    });
    const storage::Database *db = &m_db;
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [db, media = m_media, generation, epoch = m_epoch, unknown = std::move(unknown)] {
            Lookup lookup;
            lookup.generation = generation;
            lookup.epoch = epoch;
            const storage::ProductRepository repository(*db);
            for (qint64 id : unknown) {
                auto product = repository.byId(id);
                if (!product) {
                    lookup.error = product.error().toString();
                    return lookup;
                }
                if (!*product || !(*product)->active)
                    lookup.missing.push_back(id);
                else
                    lookup.found.push_back(summaryOf(**product, media));
            }
            return lookup;
        }));
}

void CarouselModel::finishLookup(const Lookup &lookup, const RecommendationList &list)
{
    if (lookup.epoch != m_epoch) {
        // Read before a catalog edit: the list comes again (or is asked for again) and is
        // looked up afresh.
        if (lookup.generation == m_generation)
            setList(list);
        return;
    }
    for (const catalog::ProductSummary &p : lookup.found)
        m_known.insert(p.id, p);
    for (qint64 id : lookup.missing)
        m_unavailable.insert(id);
    if (!lookup.error.isEmpty()) {
        Q_EMIT loadFailed(lookup.error);
        return;
    }
    if (lookup.generation != m_generation)
        return; // a newer list is on its way
    applyList(list);
}

void CarouselModel::applyList(const RecommendationList &list)
{
    std::vector<CarouselItem> items;
    items.reserve(size_t(list.size()));
    for (const Recommendation &r : list) {
        const auto it = m_known.constFind(r.productId);
        if (it == m_known.constEnd())
            continue;
        items.push_back({r, *it});
        if (items.back().recommendation.title.isEmpty())
            items.back().recommendation.title = it->title;
    }
    applyItems(std::move(items));
}

void CarouselModel::applyItems(std::vector<CarouselItem> items)
{
    // Each product once, first place wins.
    {
        QSet<qint64> seen;
        std::erase_if(items, [&seen](const CarouselItem &item) {
            if (seen.contains(item.product.id))
                return true;
            seen.insert(item.product.id);
            return false;
        });
    }
    QSet<qint64> wanted;
    for (const CarouselItem &item : items)
        wanted.insert(item.product.id);

    // 1. Rows that left, from the bottom so indices above stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_rows[size_t(row)].product.id))
            continue;
        int first = row;
        while (first > 0 && !wanted.contains(m_rows[size_t(first - 1)].product.id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        endRemoveRows();
        row = first;
    }

    // 2. Walk the new order: keep, move up or insert. Every row left over is wanted, so
    // after the walk the rows equal `items`.
    for (int i = 0; i < int(items.size()); ++i) {
        CarouselItem &next = items[size_t(i)];
        if (i < int(m_rows.size()) && m_rows[size_t(i)].product.id == next.product.id) {
            const bool changed = !sameShown(m_rows[size_t(i)], next);
            m_rows[size_t(i)] = std::move(next);
            if (changed)
                Q_EMIT dataChanged(index(i), index(i));
            continue;
        }
        int from = -1;
        for (int j = i + 1; j < int(m_rows.size()); ++j)
            if (m_rows[size_t(j)].product.id == next.product.id) {
                from = j;
                break;
            }
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            CarouselItem moved = std::move(m_rows[size_t(from)]);
            m_rows.erase(m_rows.begin() + from);
            m_rows.insert(m_rows.begin() + i, std::move(moved));
            endMoveRows();
            const bool changed = !sameShown(m_rows[size_t(i)], next);
            m_rows[size_t(i)] = std::move(next);
            if (changed)
                Q_EMIT dataChanged(index(i), index(i));
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(m_rows.begin() + i, std::move(next));
            endInsertRows();
        }
    }
    Q_EMIT updated();
}

} // namespace storefront::recsys
