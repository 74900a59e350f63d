#include "palettecolours.h"

#include <QPalette>

namespace storefront::ui {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor starColour(const QPalette &palette)
{
    // Hue 38° (amber); lightness chosen against the background for a 3:1 contrast.
    return QColor::fromHslF(38.0 / 360.0, 0.95, isDark(palette) ? 0.60 : 0.45);
}

QColor warningColour(const QPalette &palette)
{
    return QColor::fromHslF(4.0 / 360.0, 0.75, isDark(palette) ? 0.68 : 0.40);
}

} // namespace storefront::ui
