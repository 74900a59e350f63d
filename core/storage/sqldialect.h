#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace storefront::storage {

/// Everything that differs between SQL engines lives behind this class, so that the planned
/// PostgreSQL backend (several terminals, one server) is a second implementation of it rather
/// than edits scattered through the repositories.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    /// Qt SQL driver name ("QSQLITE").
    [[nodiscard]] virtual QString driver() const = 0;
    /// Statements run on every new connection (pragmas).
    [[nodiscard]] virtual QStringList connectionSetup(int busyTimeoutMs) const = 0;
    /// Reads and writes the schema version.
    [[nodiscard]] virtual QString readSchemaVersion() const = 0;
    [[nodiscard]] virtual QString writeSchemaVersion(int version) const = 0;
    /// A full-text match expression for a user's query: each word becomes a prefix term and
    /// every term must match. Empty if the query holds no searchable word.
    [[nodiscard]] virtual QString fullTextQuery(const QString &userQuery) const = 0;
};

class SqliteDialect final : public SqlDialect
{
public:
    [[nodiscard]] QString driver() const override;
    [[nodiscard]] QStringList connectionSetup(int busyTimeoutMs) const override;
    [[nodiscard]] QString readSchemaVersion() const override;
    [[nodiscard]] QString writeSchemaVersion(int version) const override;
    [[nodiscard]] QString fullTextQuery(const QString &userQuery) const override;
};

} // namespace storefront::storage
