#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace storefront::storage {

class SqlDialect;

/// Numbered, append-only schema steps. Never edit a shipped step: add the next one.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(storefront::storage::Migrations)

public:
    /// The newest schema version this program knows.
    [[nodiscard]] static int latestVersion();

    /// The statements that take a database from version `version - 1` to `version`.
    [[nodiscard]] static QStringList step(int version);

    /// Brings `db` from its current version up to `target` (default: latest), each step in
    /// its own transaction together with the version bump. Refuses a newer database.
    static Status migrate(QSqlDatabase &db, const SqlDialect &dialect, int target = -1);

    /// The refusal of a database at schema version `found`, newer than latestVersion().
    [[nodiscard]] static QString tooNew(int found);
};

} // namespace storefront::storage
