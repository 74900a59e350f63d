#pragma once

#include <QString>

#include <optional>

namespace storefront::storage {

/// Who a session acts as, and the role an account is stored with (every role but Guest:
/// the users table's CHECK refuses "guest"). Ordered: each role has every right of the roles
/// before it. auth::Role is this type.
enum class Role
{
    Guest,   ///< browses; ratings live in the session's memory only
    Shopper, ///< an account: ratings, profile, recommendations
    Staff,   ///< curates the catalog and merchandising
    Admin,   ///< manages users and roles
};

/// The name stored in the users table and written to logs and exports ("shopper", …).
[[nodiscard]] QString roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(const QString &name);

} // namespace storefront::storage
