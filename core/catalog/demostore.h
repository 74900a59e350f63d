#pragma once

#include "catalog/catalogimport.h"
#include "common/result.h"

#include <QString>

namespace storefront::storage {
class Database;
}

namespace storefront::catalog {

struct DemoSeedSummary
{
    int products = 0;
    int shoppers = 0;
    int ratings = 0;
    int events = 0;
};

/// The bundled demo store in data/: catalog.csv, shoppers.csv, ratings.csv, events.csv
/// (written by data/generator/generate_demo.py) and the product images.
class DemoStore
{
public:
    /// Where the demo store's files are: $STOREFRONT_DATA_DIR, else next to the program
    /// (../share/storefront/data), else the source tree the program was built from.
    [[nodiscard]] static QString locateDataDir();

    /// Loads the demo store into an empty database in one transaction. Does nothing (and
    /// returns a zero summary) when the database already holds products. `control` reports
    /// the fraction of rows written and is polled for cancellation (ErrorCode::Cancelled, the
    /// database left empty); its `pictures` are not used, the demo pictures are shown as they
    /// are.
    [[nodiscard]] static Result<DemoSeedSummary> seedIfEmpty(const storage::Database &db,
                                                             const QString &dataDir,
                                                             const ImportControl &control = {});
};

} // namespace storefront::catalog
