#include "recsys/itemcatalog.h"

#include "storage/categoryrepository.h"

#include <QHash>

namespace storefront::recsys {

QString ProductInfo::categoryName() const
{
    const QStringList parts = storage::CategoryRepository::splitPath(categoryPath);
    return parts.isEmpty() ? QString() : parts.last();
}

ItemCatalog::ItemCatalog(const IdMap &items, const std::vector<catalog::Product> &products,
                         const std::vector<int> &interactionsPerItem)
    : m_ids(items)
{
    QHash<qint64, const catalog::Product *> byId;
    for (const auto &p : products)
        byId.insert(p.id, &p);
    m_items.resize(static_cast<size_t>(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        ProductInfo &info = m_items[size_t(i)];
        info.id = items.idAt(i);
        if (const catalog::Product *p = byId.value(info.id, nullptr)) {
            info.title = p->title;
            info.categoryPath = p->categoryPath;
            info.priceCents = p->priceCents;
            info.stock = p->stock;
            info.active = p->active;
            info.createdAt = p->createdAt;
        } else {
            info.active = false;
        }
        if (size_t(i) < interactionsPerItem.size())
            info.interactions = interactionsPerItem[size_t(i)];
    }
}

bool ItemCatalog::inCategory(int item, const QString &path) const
{
    if (item < 0 || item >= size() || path.isEmpty())
        return false;
    const QString &own = m_items[size_t(item)].categoryPath;
    if (own.compare(path, Qt::CaseInsensitive) == 0)
        return true;
    return own.size() > path.size() && own.startsWith(path, Qt::CaseInsensitive) &&
           QStringView(own).mid(path.size()).startsWith(QLatin1String(" > "));
}

bool ItemCatalog::inAnyCategory(int item, const QStringList &paths) const
{
    for (const QString &p : paths)
        if (inCategory(item, p))
            return true;
    return false;
}

void ItemCatalog::save(SnapshotWriter &out) const
{
    out.vector(m_ids.ids());
    for (const ProductInfo &p : m_items) {
        out.string(p.title);
        out.string(p.categoryPath);
        out.pod<qint64>(p.priceCents);
        out.pod<qint32>(p.stock);
        out.pod<quint8>(p.active ? 1 : 0);
        out.pod<qint64>(p.createdAt);
        out.pod<qint32>(p.interactions);
    }
}

Status ItemCatalog::load(SnapshotReader &in)
{
    IdMap ids(in.vector<qint64>());
    std::vector<ProductInfo> items(static_cast<size_t>(ids.size()));
    for (int i = 0; i < ids.size() && in.ok(); ++i) {
        ProductInfo &p = items[size_t(i)];
        p.id = ids.idAt(i);
        p.title = in.string();
        p.categoryPath = in.string();
        p.priceCents = in.pod<qint64>();
        p.stock = in.pod<qint32>();
        p.active = in.pod<quint8>() != 0;
        p.createdAt = in.pod<qint64>();
        p.interactions = in.pod<qint32>();
    }
    if (!in.ok())
        return in.status();
    m_ids = std::move(ids);
    m_items = std::move(items);
    return {};
}

} // namespace storefront::recsys
