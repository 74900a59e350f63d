#pragma once

#include "catalog/product.h"

#include <QAbstractItemModel>
#include <QThreadPool>

#include <vector>

namespace storefront::storage {
class Database;
}

namespace storefront::catalog {

/// The category tree for navigation, loaded on a worker thread. The first row is "All
/// products" (no category id); every other row is a category with its product count.
class CategoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        CategoryIdRole = Qt::UserRole + 1,
        PathRole,
        ProductCountRole
    };

    explicit CategoryTreeModel(const storage::Database &db, QObject *parent = nullptr);
    ~CategoryTreeModel() override;

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

    /// Reloads the categories and their counts.
    void reload();
    /// Replaces the tree (what reload() does when its worker finishes).
    void setCategories(std::vector<Category> categories);
    [[nodiscard]] QModelIndex indexOfCategory(qint64 categoryId) const;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Node
    {
        Category category;
        int parent = -1; ///< index into m_nodes, -1 for top level
        std::vector<int> children;
        int row = 0;
    };
    [[nodiscard]] const std::vector<int> &childrenOf(const QModelIndex &parent) const;

    const storage::Database &m_db;
    std::vector<Node> m_nodes; ///< node 0 is "All products"
    std::vector<int> m_roots;
    quint64 m_generation = 0;
    QThreadPool m_pool;
};

} // namespace storefront::catalog
