#include "auditlogquery.h"

#include "auth/authservice.h"

#include <algorithm>

namespace storefront::catalog {

Result<std::vector<storage::AuditEntry>> AuditLogQuery::read(const storage::Database &db,
                                                             auth::AuthService &auth,
                                                             const auth::Session &session,
                                                             const AuditFilter &filter)
{
    if (Status s = auth.requirePermission(session, auth::Permission::ViewAuditLog); !s)
        return s.error();
    const storage::AuditRepository audit(db);
    if (filter.productId != 0)
        return audit.aboutProduct(filter.productId);
    const int limit = std::clamp(filter.limit, 1, 100000);
    if (filter.actionPrefix.isEmpty())
        return audit.latest(limit);
    return audit.latestWithPrefix(limit, filter.actionPrefix);
}

} // namespace storefront::catalog
