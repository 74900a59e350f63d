#pragma once

#include <QColor>

class QPalette;

namespace storefront::ui {

/// Colours with a meaning (rating stars, warnings) derived from the current palette, so that
/// they keep their contrast on a light and on a dark theme instead of being fixed values.
[[nodiscard]] bool isDark(const QPalette &palette);
/// The filled part of rating stars: an amber that is darker on light backgrounds.
[[nodiscard]] QColor starColour(const QPalette &palette);
/// Text that warns (out of stock, errors): a red with a contrast of at least 4.5:1 (WCAG AA)
/// on both the palette's base and window colours.
[[nodiscard]] QColor warningColour(const QPalette &palette);
/// Background of a row with a problem: a red tint behind the palette's Text colour, light on
/// a light palette and dark on a dark one.
[[nodiscard]] QColor problemBackground(const QPalette &palette);
/// The WCAG contrast ratio of two colours (1 to 21).
[[nodiscard]] double contrastRatio(const QColor &a, const QColor &b);

} // namespace storefront::ui
