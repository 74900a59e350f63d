#include "sqldialect.h"

#include <QRegularExpression>

namespace storefront::storage {

ErrorCode errorCodeOf(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLite: SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY, _CHECK; PostgreSQL: unique_violation,
    // check_violation.
    if (code == QLatin1String("2067") || code == QLatin1String("1555") ||
        code == QLatin1String("23505"))
        return ErrorCode::UniqueViolation;
    if (code == QLatin1String("275") || code == QLatin1String("23514"))
        return ErrorCode::CheckViolation;
    return ErrorCode::Failed;
}

QString SqliteDialect::driver() const
{
    return QStringLiteral("QSQLITE");
}

QStringList SqliteDialect::connectionSetup(int busyTimeoutMs) const
{
    // WAL lets the GUI read while a worker writes; NORMAL sync is durable in WAL mode except
    // for the last transactions on power loss, the usual trade-off for desktop apps.
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
            QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs)};
}

QString SqliteDialect::readSchemaVersion() const
{
    return QStringLiteral("PRAGMA user_version");
}

QString SqliteDialect::writeSchemaVersion(int version) const
{
    // PRAGMA takes no bound parameters; `version` is an int from our own migration table.
    return QStringLiteral("PRAGMA user_version=%1").arg(version);
}

QString SqliteDialect::fullTextQuery(const QString &userQuery) const
{
    // Words are quoted so that FTS5 operators typed by a shopper (AND, NEAR, *, :, ^) are
    // searched as text, never interpreted; the trailing * makes each a prefix query.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    auto it = word.globalMatch(userQuery);
    while (it.hasNext())
        terms << QLatin1Char('"') + it.next().captured(0) + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

QString SqliteDialect::productSearchSource() const
{
    return QStringLiteral(" FROM products_fts JOIN products p ON p.id = products_fts.rowid ");
}

QString SqliteDialect::productSearchCondition() const
{
    return QStringLiteral("products_fts MATCH ?");
}

QString SqliteDialect::productSearchRank() const
{
    // The FTS5 table's rank is bm25 with per-column weights (set in the first migration);
    // ordering by it lets FTS5 sort the matches itself.
    return QStringLiteral("products_fts.rank");
}

QString SqliteDialect::productsByRatingSource() const
{
    // CROSS JOIN fixes SQLite's join order: the rating index first, so that the first page
    // of the "best rated" order needs no sort of the whole catalog.
    return QStringLiteral(" FROM product_stats s CROSS JOIN products p ON p.id = s.product_id ");
}

QString SqliteDialect::containsIgnoringCase(const QString &column) const
{
    // PostgreSQL spells it strpos(lower(column), lower(?)) > 0.
    return QStringLiteral("instr(lower(%1), lower(?)) > 0").arg(column);
}

} // namespace storefront::storage
