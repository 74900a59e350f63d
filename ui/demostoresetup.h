#pragma once

#include "catalog/demostore.h"
#include "common/result.h"

#include <QCoreApplication>

namespace storefront::storage {
class Database;
}

namespace storefront::ui {

/// First run: loads the bundled demo store into a new, empty database on a worker thread while
/// a progress dialog with Cancel shows how far it is (a few seconds; the window cannot open
/// before the catalog is there). Cancel rolls the load back, leaving the database empty, so
/// the next start offers it again.
class DemoStoreSetup
{
    Q_DECLARE_TR_FUNCTIONS(storefront::ui::DemoStoreSetup)

public:
    /// The summary (all zero when the database already had products), or the load's error
    /// (ErrorCode::Cancelled when the user cancelled). The dialog appears only when the load
    /// takes longer than `showAfterMs`, so an existing store opens without a flash.
    [[nodiscard]] static Result<catalog::DemoSeedSummary>
    run(const storage::Database &db, const QString &dataDir, int showAfterMs = 400);
};

} // namespace storefront::ui
