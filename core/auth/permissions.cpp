#include "permissions.h"

#include <QCoreApplication>

namespace storefront::auth {

namespace {

/// Permission and role names appear inside refusals shown to users.
struct PermissionText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::auth::Permission)
};

struct RoleText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::auth::Role)
};

} // namespace

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::Browse:
        return PermissionText::tr("browse");
    case Permission::RateInSession:
        return PermissionText::tr("rate");
    case Permission::KeepRatings:
        return PermissionText::tr("keep ratings");
    case Permission::EditProfile:
        return PermissionText::tr("edit profile");
    case Permission::CurateCatalog:
        return PermissionText::tr("curate catalog");
    case Permission::Merchandise:
        return PermissionText::tr("merchandise");
    case Permission::ViewStaffDashboard:
        return PermissionText::tr("staff dashboard");
    case Permission::ManageUsers:
        return PermissionText::tr("manage users");
    case Permission::ViewAuditLog:
        return PermissionText::tr("audit log");
    }
    return {};
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Guest:
        return RoleText::tr("guest");
    case Role::Shopper:
        return RoleText::tr("shopper");
    case Role::Staff:
        return RoleText::tr("staff");
    case Role::Admin:
        return RoleText::tr("admin");
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
