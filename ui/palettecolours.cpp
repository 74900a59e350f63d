#include "palettecolours.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

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
    // Start from a red that suits typical palettes and move its lightness away from the
    // background until it reads on the window (labels) as well as on the base (views).
    const bool dark = isDark(palette);
    double lightness = dark ? 0.68 : 0.40;
    QColor colour;
    for (;;) {
        colour = QColor::fromHslF(4.0 / 360.0, 0.75, lightness);
        const bool enough = contrastRatio(colour, palette.color(QPalette::Base)) >= 4.5 &&
                            contrastRatio(colour, palette.color(QPalette::Window)) >= 4.5;
        if (enough || lightness <= 0.0 || lightness >= 1.0)
            return colour;
        lightness = std::clamp(lightness + (dark ? 0.02 : -0.02), 0.0, 1.0);
    }
}

QColor problemBackground(const QPalette &palette)
{
    return QColor::fromHslF(0.0, 0.55, isDark(palette) ? 0.22 : 0.90);
}

namespace {

double relativeLuminance(const QColor &c)
{
    const auto linear = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace storefront::ui
