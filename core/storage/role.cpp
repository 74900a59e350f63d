#include "storage/role.h"

namespace storefront::storage {

QString roleName(Role role)
{
    switch (role) {
    case Role::Guest:
        return QStringLiteral("guest");
    case Role::Shopper:
        return QStringLiteral("shopper");
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Guest, Role::Shopper, Role::Staff, Role::Admin}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

} // namespace storefront::storage
