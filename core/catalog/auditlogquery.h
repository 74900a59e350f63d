#pragma once

#include "auth/session.h"
#include "common/result.h"
#include "storage/auditrepository.h"

#include <QString>

#include <vector>

namespace storefront::auth {
class AuthService;
}

namespace storefront::catalog {

/// Which audit entries an administrator asks for.
struct AuditFilter
{
    QString actionPrefix; ///< e.g. "catalog." for curation only; empty: everything
    qint64 productId = 0; ///< one product's history (oldest first); 0: any
    int limit = 500;
};

/// The audit log for administrators only (Permission::ViewAuditLog), checked here whatever
/// shows it.
class AuditLogQuery
{
public:
    [[nodiscard]] static Result<std::vector<storage::AuditEntry>> read(const storage::Database &db,
                                                                       auth::AuthService &auth,
                                                                       const auth::Session &session,
                                                                       const AuditFilter &filter);
};

} // namespace storefront::catalog
