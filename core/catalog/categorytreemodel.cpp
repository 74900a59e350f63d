#include "categorytreemodel.h"

#include "storage/categoryrepository.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QHash>
#include <QtConcurrent>

namespace storefront::catalog {

CategoryTreeModel::CategoryTreeModel(const storage::Database &db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
{
    m_pool.setMaxThreadCount(1);
}

CategoryTreeModel::~CategoryTreeModel()
{
    m_pool.waitForDone();
}

void CategoryTreeModel::reload()
{
    const quint64 generation = ++m_generation;
    const storage::Database *db = &m_db;
    using Loaded = Result<std::vector<Category>>;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        Loaded result = watcher->result();
        if (!result) {
            Q_EMIT loadFailed(result.error().toString());
            return;
        }
        setCategories(std::move(*result));
    });
    watcher->setFuture(
        QtConcurrent::run(&m_pool, [db] { return storage::CategoryRepository(*db).list(); }));
}

void CategoryTreeModel::setCategories(std::vector<Category> categories)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    Category all;
    all.name = tr("All products");
    int total = 0;
    for (const Category &c : categories) {
        if (c.parentId == 0)
            total += c.productCount;
    }
    all.productCount = total;
    m_nodes.push_back({all, -1, {}, 0});
    m_roots.push_back(0);
    QHash<qint64, int> byId;
    for (Category &c : categories) {
        byId.insert(c.id, int(m_nodes.size()));
        m_nodes.push_back({std::move(c), -1, {}, 0});
    }
    for (int i = 1; i < int(m_nodes.size()); ++i) {
        Node &node = m_nodes[size_t(i)];
        const int parent = byId.value(node.category.parentId, -1);
        node.parent = parent;
        std::vector<int> &siblings = parent < 0 ? m_roots : m_nodes[size_t(parent)].children;
        node.row = int(siblings.size());
        siblings.push_back(i);
    }
    endResetModel();
    Q_EMIT loaded();
}

const std::vector<int> &CategoryTreeModel::childrenOf(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_roots;
    return m_nodes[size_t(parent.internalId())].children;
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const std::vector<int> &children = childrenOf(parent);
    if (column != 0 || row < 0 || row >= int(children.size()))
        return {};
    return createIndex(row, 0, quintptr(children[size_t(row)]));
}

QModelIndex CategoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[size_t(child.internalId())].parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes[size_t(parent)].row, 0, quintptr(parent));
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(parent).size());
}

int CategoryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Category &c = m_nodes[size_t(index.internalId())].category;
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(c.name).arg(c.productCount);
    case Qt::AccessibleTextRole:
        return tr("%1, %n product(s)", nullptr, c.productCount).arg(c.name);
    case CategoryIdRole:
        return c.id == 0 ? QVariant() : QVariant(c.id);
    case PathRole:
        return c.path;
    case ProductCountRole:
        return c.productCount;
    default:
        return {};
    }
}

QModelIndex CategoryTreeModel::indexOfCategory(qint64 categoryId) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].category.id == categoryId)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    }
    return {};
}

} // namespace storefront::catalog
