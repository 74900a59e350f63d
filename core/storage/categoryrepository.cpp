#include "categoryrepository.h"

#include "database.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QHash>

namespace storefront::storage {

namespace {

/// The catalog editor shows these next to the category name.
struct CategoryText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::storage::CategoryRepository)
};

QString noCategory(qint64 id)
{
    return CategoryText::tr("the category (number %1) no longer exists; it may have been removed "
                            "meanwhile")
        .arg(id);
}

const QString kListCategories =
    QStringLiteral("SELECT id, coalesce(parent_id, 0), name, path, active FROM categories "
                   "WHERE active = 1 OR ? ORDER BY path");
const QString kCategoryById = QStringLiteral(
    "SELECT id, coalesce(parent_id, 0), name, path, active FROM categories WHERE id = ?");
const QString kSetCategoryActive = QStringLiteral("UPDATE categories SET active = ? WHERE id = ?");
const QString kDeleteCategory = QStringLiteral("DELETE FROM categories WHERE id = ?");
const QString kRenameCategory =
    QStringLiteral("UPDATE categories SET name = ?, path = ? WHERE id = ?");
// Subcategories are the rows whose path starts with "<old path> > ".
const QString kMoveSubcategoryPaths =
    QStringLiteral("UPDATE categories SET path = ? || substr(path, length(?) + 1) "
                   "WHERE substr(path, 1, length(?) + 3) = ? || ' > '");
const QString kCategoryUsage = QStringLiteral(R"sql(
SELECT (SELECT count(*) FROM products p JOIN categories c ON c.id = p.category_id
        WHERE p.active = 1 AND (c.id = ? OR substr(c.path, 1, length(?) + 3) = ? || ' > ')),
       (SELECT count(*) FROM categories c
        WHERE c.active = 1 AND substr(c.path, 1, length(?) + 3) = ? || ' > '))sql");
const QString kCountPerCategory = QStringLiteral(
    "SELECT category_id, count(*) FROM products WHERE active = 1 GROUP BY category_id");

const QString kFindCategory = QStringLiteral("SELECT id FROM categories WHERE path = ?");
const QString kInsertCategory =
    QStringLiteral("INSERT INTO categories(parent_id, name, path) VALUES (?, ?, ?) RETURNING id");

} // namespace

namespace {

catalog::Category readCategory(const SqlQuery &q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            q.value(2).toString(),
            q.value(3).toString(),
            0,
            q.value(4).toInt() != 0};
}

} // namespace

Result<std::vector<catalog::Category>> CategoryRepository::list(bool includeArchived) const
{
    const QSqlDatabase connection = m_db.connection();
    SqlQuery query(connection, kListCategories, QStringLiteral("list categories"));
    if (Status s = query.exec({includeArchived ? 1 : 0}); !s)
        return s.error();
    std::vector<catalog::Category> result;
    QHash<qint64, size_t> index;
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), result.size());
        result.push_back(readCategory(query));
    }
    SqlQuery counts(connection, kCountPerCategory, QStringLiteral("count products per category"));
    if (Status s = counts.exec(); !s)
        return s.error();
    // One GROUP BY, then roll each count up the tree: cheaper than a subquery per category.
    while (counts.next()) {
        qint64 id = counts.value(0).toLongLong();
        const int n = counts.value(1).toInt();
        for (int guard = 0; id != 0 && index.contains(id) && guard < 64; ++guard) {
            catalog::Category &category = result[index.value(id)];
            category.productCount += n;
            id = category.parentId;
        }
    }
    return result;
}

QStringList CategoryRepository::splitPath(const QString &path)
{
    QStringList parts = path.split(QLatin1Char('>'));
    for (QString &part : parts) {
        part = part.simplified();
        if (part.isEmpty())
            return {};
    }
    return parts;
}

Result<std::optional<qint64>> CategoryRepository::findPath(QSqlDatabase &connection,
                                                           const QString &path)
{
    const QStringList parts = splitPath(path);
    if (parts.isEmpty())
        return std::optional<qint64>{};
    SqlQuery find(connection, kFindCategory, QStringLiteral("find category"));
    if (Status s = find.exec({parts.join(QStringLiteral(" > "))}); !s)
        return s.error();
    if (!find.next())
        return std::optional<qint64>{};
    return std::optional<qint64>{find.value(0).toLongLong()};
}

Result<qint64> CategoryRepository::ensurePath(QSqlDatabase &connection, const QString &path)
{
    const QStringList parts = splitPath(path);
    if (parts.isEmpty())
        return fail(CategoryText::tr("the category path \"%1\" holds an empty name").arg(path),
                    QStringLiteral("categories"));
    SqlQuery find(connection, kFindCategory, QStringLiteral("find category"));
    SqlQuery insert(connection, kInsertCategory, QStringLiteral("insert category"));
    QVariant parent; // NULL for the top level
    QString prefix;
    for (const QString &part : parts) {
        prefix = prefix.isEmpty() ? part : prefix + QStringLiteral(" > ") + part;
        if (Status s = find.exec({prefix}); !s)
            return s.error();
        if (find.next()) {
            parent = find.value(0);
            find.finish();
            continue;
        }
        find.finish();
        if (Status s = insert.exec({parent, part, prefix}); !s)
            return s.error();
        auto id = insert.insertedId();
        if (!id)
            return id.error();
        parent = *id;
    }
    return parent.toLongLong();
}

Result<std::optional<catalog::Category>> CategoryRepository::byId(QSqlDatabase &connection,
                                                                  qint64 id)
{
    SqlQuery q(connection, kCategoryById, QStringLiteral("read category"));
    if (Status s = q.exec({id}); !s)
        return s.error();
    if (!q.next())
        return std::optional<catalog::Category>{};
    return std::optional<catalog::Category>{readCategory(q)};
}

Result<qint64> CategoryRepository::create(QSqlDatabase &connection, qint64 parentId,
                                          const QString &name)
{
    QString path = name.simplified();
    if (parentId != 0) {
        auto parent = byId(connection, parentId);
        if (!parent)
            return parent.error();
        if (!parent->has_value())
            return fail(noCategory(parentId), QStringLiteral("parent"));
        path = (*parent)->path + QStringLiteral(" > ") + path;
    }
    auto existing = findPath(connection, path);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return fail(CategoryText::tr("a category \"%1\" already exists").arg(path),
                    QStringLiteral("name"));
    SqlQuery insert(connection, kInsertCategory, QStringLiteral("insert category"));
    if (Status s =
            insert.exec({parentId ? QVariant(parentId) : QVariant(), name.simplified(), path});
        !s)
        return s.error();
    return insert.insertedId();
}

Status CategoryRepository::rename(QSqlDatabase &connection, qint64 id, const QString &name)
{
    auto category = byId(connection, id);
    if (!category)
        return category.error();
    if (!category->has_value())
        return fail(noCategory(id), QStringLiteral("category"));
    const QString oldPath = (*category)->path;
    const int cut = int(oldPath.lastIndexOf(QStringLiteral(" > ")));
    const QString newPath = (cut < 0 ? QString() : oldPath.left(cut + 3)) + name.simplified();
    if (newPath == oldPath)
        return {};
    auto existing = findPath(connection, newPath);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return fail(CategoryText::tr("a category \"%1\" already exists").arg(newPath),
                    QStringLiteral("name"));
    SqlQuery children(connection, kMoveSubcategoryPaths, QStringLiteral("move subcategories"));
    if (Status s = children.exec({newPath, oldPath, oldPath, oldPath}); !s)
        return s;
    SqlQuery self(connection, kRenameCategory, QStringLiteral("rename category"));
    return self.exec({name.simplified(), newPath, id});
}

Status CategoryRepository::setActive(QSqlDatabase &connection, qint64 id, bool active)
{
    SqlQuery q(connection, kSetCategoryActive, QStringLiteral("archive category"));
    return q.exec({active ? 1 : 0, id});
}

Status CategoryRepository::remove(QSqlDatabase &connection, qint64 id)
{
    SqlQuery q(connection, kDeleteCategory, QStringLiteral("delete category"));
    return q.exec({id});
}

Result<CategoryRepository::Usage> CategoryRepository::usage(QSqlDatabase &connection, qint64 id)
{
    auto category = byId(connection, id);
    if (!category)
        return category.error();
    if (!category->has_value())
        return Usage{};
    const QString path = (*category)->path;
    SqlQuery q(connection, kCategoryUsage, QStringLiteral("category usage"));
    if (Status s = q.exec({id, path, path, path, path}); !s)
        return s.error();
    if (!q.next())
        return Usage{};
    return Usage{q.value(0).toInt(), q.value(1).toInt()};
}

} // namespace storefront::storage
