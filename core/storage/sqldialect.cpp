#include "sqldialect.h"

#include <QHash>
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

EngineFailure engineFailureOf(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    switch (errorCodeOf(error)) {
    case ErrorCode::UniqueViolation:
        return EngineFailure::Duplicate;
    case ErrorCode::CheckViolation:
        return EngineFailure::Refused;
    default:
        break;
    }
    static const QHash<QString, EngineFailure> kSqlState = {
        {QStringLiteral("23502"), EngineFailure::Refused},
        {QStringLiteral("23503"), EngineFailure::Reference},
        {QStringLiteral("40P01"), EngineFailure::Busy},
        {QStringLiteral("55P03"), EngineFailure::Busy},
        {QStringLiteral("25006"), EngineFailure::ReadOnly},
        {QStringLiteral("53100"), EngineFailure::Full},
        {QStringLiteral("XX001"), EngineFailure::Damaged},
        {QStringLiteral("XX002"), EngineFailure::Damaged},
        {QStringLiteral("58030"), EngineFailure::Unreadable},
    };
    // A SQLSTATE has five characters; SQLite's extended codes have at most four digits.
    if (code.size() == 5)
        return kSqlState.value(code, EngineFailure::Other);
    bool isNumber = false;
    const int extended = code.toInt(&isNumber);
    if (!isNumber)
        return EngineFailure::Other;
    // SQLite: the primary result code is the low byte of the extended one.
    switch (extended) {
    case 787: // SQLITE_CONSTRAINT_FOREIGNKEY
        return EngineFailure::Reference;
    case 1299: // SQLITE_CONSTRAINT_NOTNULL
        return EngineFailure::Refused;
    default:
        break;
    }
    switch (extended & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return EngineFailure::Busy;
    case 8: // SQLITE_READONLY
        return EngineFailure::ReadOnly;
    case 13: // SQLITE_FULL
        return EngineFailure::Full;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return EngineFailure::Damaged;
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return EngineFailure::Unreadable;
    default:
        return EngineFailure::Other;
    }
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
