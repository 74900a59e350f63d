#pragma once

#include "catalog/product.h"
#include "common/result.h"

#include <QSqlDatabase>

#include <optional>

#include <vector>

namespace storefront::storage {

class Database;

class CategoryRepository
{
public:
    explicit CategoryRepository(const Database &db)
        : m_db(db)
    {}

    /// Every category, parents before children, with counts of active products. Archived
    /// categories only when `includeArchived` (the staff editor).
    [[nodiscard]] Result<std::vector<catalog::Category>> list(bool includeArchived = false) const;

    /// Active products and active subcategories directly or indirectly under a category.
    struct Usage
    {
        int activeProducts = 0;
        int activeChildren = 0;
    };

    [[nodiscard]] static Result<std::optional<catalog::Category>> byId(QSqlDatabase &connection,
                                                                       qint64 id);
    /// Creates `name` under `parentId` (0: top level). Fails when the path exists.
    [[nodiscard]] static Result<qint64> create(QSqlDatabase &connection, qint64 parentId,
                                               const QString &name);
    /// Renames a category; the paths of its subcategories follow.
    static Status rename(QSqlDatabase &connection, qint64 id, const QString &name);
    static Status setActive(QSqlDatabase &connection, qint64 id, bool active);
    /// Deletes a category (undoing its creation); refused by the schema while products or
    /// subcategories use it.
    static Status remove(QSqlDatabase &connection, qint64 id);
    [[nodiscard]] static Result<Usage> usage(QSqlDatabase &connection, qint64 id);

    /// The id of the category at `path` ("Parent > Child"), creating it and its parents.
    /// Runs on `connection` so that it can take part in the caller's transaction.
    [[nodiscard]] static Result<qint64> ensurePath(QSqlDatabase &connection, const QString &path);

    /// The id of the category at `path`, if there is one.
    [[nodiscard]] static Result<std::optional<qint64>> findPath(QSqlDatabase &connection,
                                                                const QString &path);

    /// Splits and normalises a "Parent > Child" path; empty if any part is empty.
    [[nodiscard]] static QStringList splitPath(const QString &path);

private:
    const Database &m_db;
};

} // namespace storefront::storage
