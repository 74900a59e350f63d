#pragma once

#include <QIcon>

namespace storefront::ui {

/// The program's icon (resources/icons, embedded under :/icons) in every size it ships.
[[nodiscard]] QIcon applicationIcon();

} // namespace storefront::ui
