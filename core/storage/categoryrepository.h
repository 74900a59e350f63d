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

    /// Every category, parents before children, with counts of active products.
    [[nodiscard]] Result<std::vector<catalog::Category>> list() const;

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
