#include "auditrepository.h"

#include "database.h"
#include "sqlquery.h"

#include <QJsonDocument>

namespace storefront::storage {

namespace {

const QString kInsert =
    QStringLiteral("INSERT INTO audit_log(at, actor_user_id, action, subject_user_id, detail, "
                   "subject_product_id, subject_category_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
const QString kColumns = QStringLiteral(
    "SELECT id, at, coalesce(actor_user_id, 0), action, coalesce(subject_user_id, 0), detail, "
    "coalesce(subject_product_id, 0), coalesce(subject_category_id, 0) FROM audit_log ");

QVariant optionalId(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

std::vector<AuditEntry> readAll(SqlQuery &q)
{
    std::vector<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toLongLong();
        e.actorUserId = q.value(2).toLongLong();
        e.action = q.value(3).toString();
        e.subjectUserId = q.value(4).toLongLong();
        e.detail = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        e.subjectProductId = q.value(6).toLongLong();
        e.subjectCategoryId = q.value(7).toLongLong();
        entries.push_back(e);
    }
    return entries;
}

} // namespace

Status AuditRepository::insert(QSqlDatabase &connection, const AuditEntry &e)
{
    SqlQuery q(connection, kInsert, QStringLiteral("record audit entry"));
    return q.exec({e.at, optionalId(e.actorUserId), e.action, optionalId(e.subjectUserId),
                   QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)),
                   optionalId(e.subjectProductId), optionalId(e.subjectCategoryId)});
}

Status AuditRepository::record(const AuditEntry &entry) const
{
    QSqlDatabase connection = m_db.connection();
    return insert(connection, entry);
}

Result<std::vector<AuditEntry>> AuditRepository::latest(int limit) const
{
    SqlQuery q(m_db.connection(), kColumns + QStringLiteral("ORDER BY id DESC LIMIT ?"),
               QStringLiteral("read audit log"));
    if (Status s = q.exec({limit}); !s)
        return s.error();
    return readAll(q);
}

Result<std::vector<AuditEntry>> AuditRepository::latestWithPrefix(int limit,
                                                                  const QString &actionPrefix) const
{
    // substr rather than LIKE: an action prefix never needs wildcards escaped.
    SqlQuery q(m_db.connection(),
               kColumns + QStringLiteral("WHERE substr(action, 1, length(?)) = ? "
                                         "ORDER BY id DESC LIMIT ?"),
               QStringLiteral("read audit log by action"));
    if (Status s = q.exec({actionPrefix, actionPrefix, limit}); !s)
        return s.error();
    return readAll(q);
}

Result<std::vector<AuditEntry>> AuditRepository::aboutProduct(qint64 productId) const
{
    SqlQuery q(m_db.connection(),
               kColumns + QStringLiteral("WHERE subject_product_id = ? ORDER BY id"),
               QStringLiteral("read audit log of product"));
    if (Status s = q.exec({productId}); !s)
        return s.error();
    return readAll(q);
}

Result<std::vector<AuditEntry>> AuditRepository::about(qint64 userId) const
{
    SqlQuery q(m_db.connection(),
               kColumns +
                   QStringLiteral("WHERE subject_user_id = ? OR actor_user_id = ? ORDER BY id"),
               QStringLiteral("read audit log of user"));
    if (Status s = q.exec({userId, userId}); !s)
        return s.error();
    return readAll(q);
}

} // namespace storefront::storage
