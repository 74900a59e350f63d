#pragma once

#include "catalog/product.h"
#include "common/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace storefront::storage {
class Database;
}

namespace storefront::catalog {

/// A validated catalog row, with where it came from.
struct CatalogRow
{
    int line = 0;
    Product product;
    QString imageSource; ///< absolute path of the row's image file; empty when none
};

/// Every row that passed and every problem found (file:line:field and why).
struct ParsedCatalog
{
    std::vector<CatalogRow> rows;
    std::vector<Error> problems;
};

struct ImportSummary
{
    int inserted = 0;
    int updated = 0;
    int imagesCopied = 0;
};

/// The catalog CSV format, modelled on common storefront exports. Columns (header row
/// required, any order): sku (required, unique), name (required), categories ("Parent >
/// Child"), brand, price (required, "12.50"), currency (ISO 4217, default EUR), stock
/// (default 0), image (path relative to the CSV file), description, attributes (a JSON
/// object), active (1/0/true/false, default 1).
class CatalogCsv
{
public:
    [[nodiscard]] static const QStringList &columns();

    /// Reads and validates every row; never touches a database.
    [[nodiscard]] static ParsedCatalog parseFile(const QString &path);

    /// Validates the whole file and, only if every row is valid, writes all rows in one
    /// transaction (an existing sku is updated). Images are copied into `mediaDir` (the
    /// store's media folder) unless they already live there. On any problem nothing is
    /// written and the error lists every problem, one per line.
    [[nodiscard]] static Result<ImportSummary>
    importFile(const storage::Database &db, const QString &path, const QString &mediaDir);

    /// Writes every product (active and archived) in the same format.
    static Status exportFile(const storage::Database &db, const QString &path);

    /// Parses "12.5" or "1234.50" into cents; nullopt if malformed or negative.
    [[nodiscard]] static std::optional<qint64> parsePrice(const QString &text);
};

} // namespace storefront::catalog
