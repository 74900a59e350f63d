#include "categoryrepository.h"

#include "database.h"
#include "sqlquery.h"

#include <QHash>

namespace storefront::storage {

namespace {

const QString kListCategories =
    QStringLiteral("SELECT id, coalesce(parent_id, 0), name, path FROM categories ORDER BY path");
const QString kCountPerCategory = QStringLiteral(
    "SELECT category_id, count(*) FROM products WHERE active = 1 GROUP BY category_id");

const QString kFindCategory = QStringLiteral("SELECT id FROM categories WHERE path = ?");
const QString kInsertCategory =
    QStringLiteral("INSERT INTO categories(parent_id, name, path) VALUES (?, ?, ?)");

} // namespace

Result<std::vector<catalog::Category>> CategoryRepository::list() const
{
    const QSqlDatabase connection = m_db.connection();
    SqlQuery query(connection, kListCategories, QStringLiteral("list categories"));
    if (Status s = query.exec(); !s)
        return s.error();
    std::vector<catalog::Category> result;
    QHash<qint64, size_t> index;
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), result.size());
        result.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(),
                          query.value(2).toString(), query.value(3).toString(), 0});
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
        return fail(QStringLiteral("empty category name in \"%1\"").arg(path),
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
        parent = insert.lastInsertId();
    }
    return parent.toLongLong();
}

} // namespace storefront::storage
