#include "statsrepository.h"

#include "database.h"
#include "sqlquery.h"

namespace storefront::storage {

namespace {
const QString kCounts = QStringLiteral(R"sql(
SELECT (SELECT count(*) FROM products),
       (SELECT count(*) FROM products WHERE active = 1),
       (SELECT count(*) FROM categories),
       (SELECT count(*) FROM users),
       (SELECT count(*) FROM ratings),
       (SELECT count(*) FROM events))sql");
}

Result<StoreCounts> StatsRepository::counts() const
{
    SqlQuery q(m_db.connection(), kCounts, QStringLiteral("store counts"));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return SqlQuery::noAnswer(QStringLiteral("store counts"));
    return StoreCounts{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                       q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()};
}

} // namespace storefront::storage
