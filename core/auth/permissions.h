#pragma once

#include "storage/role.h"

#include <QString>

namespace storefront::auth {

/// Who a session acts as: the one role type, owned by storage (repositories return it).
using Role = storage::Role;
using storage::roleFromName;
using storage::roleName;

/// What an operation needs. Core services check these; the UI only hides what is refused.
enum class Permission
{
    Browse,
    RateInSession,      ///< rate products (kept for the session only when a guest)
    KeepRatings,        ///< ratings stored with an account
    EditProfile,        ///< profile, password, export and deletion of one's own account
    CurateCatalog,      ///< add, edit, (de)activate products and categories
    Merchandise,        ///< pins and exclusions in recommendations
    ViewStaffDashboard, ///< evaluation runs and store statistics
    ManageUsers,        ///< list users, change roles
    ViewAuditLog,
};

/// What a permission allows, in the current language (for messages, not for storage).
[[nodiscard]] QString permissionName(Permission permission);
/// A role's name in the current language; roleName() is the stored identifier.
[[nodiscard]] QString roleTitle(Role role);
/// The least role that holds `permission`.
[[nodiscard]] Role minimumRole(Permission permission);
[[nodiscard]] bool roleAllows(Role role, Permission permission);

} // namespace storefront::auth
