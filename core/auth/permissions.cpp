#include "permissions.h"

namespace storefront::auth {

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::Browse:
        return QStringLiteral("browse");
    case Permission::RateInSession:
        return QStringLiteral("rate");
    case Permission::KeepRatings:
        return QStringLiteral("keep ratings");
    case Permission::EditProfile:
        return QStringLiteral("edit profile");
    case Permission::CurateCatalog:
        return QStringLiteral("curate catalog");
    case Permission::Merchandise:
        return QStringLiteral("merchandise");
    case Permission::ViewStaffDashboard:
        return QStringLiteral("staff dashboard");
    case Permission::ManageUsers:
        return QStringLiteral("manage users");
    case Permission::ViewAuditLog:
        return QStringLiteral("audit log");
    }
    return {};
}

Role minimumRole(Permission permission)
{
    switch (permission) {
    case Permission::Browse:
    case Permission::RateInSession:
        return Role::Guest;
    case Permission::KeepRatings:
    case Permission::EditProfile:
        return Role::Shopper;
    case Permission::CurateCatalog:
    case Permission::Merchandise:
    case Permission::ViewStaffDashboard:
        return Role::Staff;
    case Permission::ManageUsers:
    case Permission::ViewAuditLog:
        return Role::Admin;
    }
    return Role::Admin; // unknown: the most restrictive
}

bool roleAllows(Role role, Permission permission)
{
    return int(role) >= int(minimumRole(permission));
}

} // namespace storefront::auth
