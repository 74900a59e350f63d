#pragma once

#include <QColor>

class QPalette;

namespace storefront::ui {

/// Colours with a meaning (rating stars, warnings) derived from the current palette, so that
/// they keep their contrast on a light and on a dark theme instead of being fixed values.
[[nodiscard]] bool isDark(const QPalette &palette);
/// The filled part of rating stars: an amber that is darker on light backgrounds.
[[nodiscard]] QColor starColour(const QPalette &palette);
/// Text that warns (out of stock, errors): a red readable on the palette's base colour.
[[nodiscard]] QColor warningColour(const QPalette &palette);

} // namespace storefront::ui
