#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace storefront::storage {

class Database;

/// One line of the audit trail. `detail` never holds a password, a token or a hash of one.
struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;            ///< seconds since the Unix epoch
    qint64 actorUserId = 0;   ///< 0: nobody signed in (a log-in attempt, the CLI)
    QString action;           ///< "sign_up", "log_in", "log_in_failed", "lockout", ...
    qint64 subjectUserId = 0; ///< 0: no account (e.g. a failed log-in for an unknown email)
    QJsonObject detail;
    qint64 subjectProductId = 0;  ///< 0: not about a product
    qint64 subjectCategoryId = 0; ///< 0: not about a category
};

class AuditRepository
{
public:
    explicit AuditRepository(const Database &db)
        : m_db(db)
    {}

    Status record(const AuditEntry &entry) const;
    /// The newest `limit` entries, newest first.
    [[nodiscard]] Result<std::vector<AuditEntry>> latest(int limit) const;
    /// The newest `limit` entries whose action starts with `actionPrefix` (e.g. "catalog."),
    /// newest first.
    [[nodiscard]] Result<std::vector<AuditEntry>>
    latestWithPrefix(int limit, const QString &actionPrefix) const;
    /// Entries about one product, oldest first.
    [[nodiscard]] Result<std::vector<AuditEntry>> aboutProduct(qint64 productId) const;
    /// Entries whose subject or actor is `userId`, oldest first.
    [[nodiscard]] Result<std::vector<AuditEntry>> about(qint64 userId) const;

    static Status insert(QSqlDatabase &connection, const AuditEntry &entry);

private:
    const Database &m_db;
};

} // namespace storefront::storage
