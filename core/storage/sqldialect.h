#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlError>
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
    /// FROM clause of a product search: products `p` joined to its full-text matches.
    [[nodiscard]] virtual QString productSearchSource() const = 0;
    /// The condition that binds the full-text query (one `?`).
    [[nodiscard]] virtual QString productSearchCondition() const = 0;
    /// ORDER BY term for search relevance, best first.
    [[nodiscard]] virtual QString productSearchRank() const = 0;
    /// FROM clause of products `p` with their rating aggregate `s`, in the order that lets
    /// the engine walk the rating index and stop after one page.
    [[nodiscard]] virtual QString productsByRatingSource() const = 0;
    /// A condition true when `column` contains the bound text (one `?`), ignoring case. Not
    /// LIKE, so the text needs no escaping.
    [[nodiscard]] virtual QString containsIgnoringCase(const QString &column) const = 0;
};

/// The kind of a failed statement's error, from the engine's own code rather than its
/// message: SQLite's extended result code, PostgreSQL's SQLSTATE.
[[nodiscard]] ErrorCode errorCodeOf(const QSqlError &error);

/// Why a statement failed, in the words a user is told (SqlQuery::failure words each), from
/// the engine's own code: SQLite's result code, PostgreSQL's SQLSTATE.
enum class EngineFailure
{
    Other,
    Busy,       ///< another connection holds a lock, or a deadlock
    ReadOnly,   ///< the file or the server refuses writes
    Full,       ///< no space left for the database
    Damaged,    ///< a corrupt file, or one that is not a database
    Unreadable, ///< an input/output error, or the file cannot be opened
    Duplicate,  ///< a unique or primary-key constraint
    Refused,    ///< a CHECK or NOT NULL constraint
    Reference,  ///< a foreign-key constraint
};
[[nodiscard]] EngineFailure engineFailureOf(const QSqlError &error);

class SqliteDialect final : public SqlDialect
{
public:
    [[nodiscard]] QString driver() const override;
    [[nodiscard]] QStringList connectionSetup(int busyTimeoutMs) const override;
    [[nodiscard]] QString readSchemaVersion() const override;
    [[nodiscard]] QString writeSchemaVersion(int version) const override;
    [[nodiscard]] QString fullTextQuery(const QString &userQuery) const override;
    [[nodiscard]] QString productSearchSource() const override;
    [[nodiscard]] QString productSearchCondition() const override;
    [[nodiscard]] QString productSearchRank() const override;
    [[nodiscard]] QString productsByRatingSource() const override;
    [[nodiscard]] QString containsIgnoringCase(const QString &column) const override;
};

} // namespace storefront::storage
