#pragma once

#include <QString>

#include <optional>

namespace storefront::auth {

/// Who a session acts as. Ordered: each role has every right of the roles before it.
enum class Role
{
    Guest,   ///< browses; ratings live in the session's memory only
    Shopper, ///< an account: ratings, profile, recommendations
    Staff,   ///< curates the catalog and merchandising
    Admin,   ///< manages users and roles
};

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

[[nodiscard]] QString roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(const QString &name);
[[nodiscard]] QString permissionName(Permission permission);
/// The least role that holds `permission`.
[[nodiscard]] Role minimumRole(Permission permission);
[[nodiscard]] bool roleAllows(Role role, Permission permission);

} // namespace storefront::auth
