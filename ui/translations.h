#pragma once

#include <QString>
#include <QStringList>

namespace storefront::ui {

/// The program's languages (Qt Linguist .qm files embedded under :/i18n) and the one chosen
/// in the settings. Installing a language sends QEvent::LanguageChange to every widget;
/// widgets that build their texts in a retranslate function follow at once, the others at
/// the next start.
class Translations
{
public:
    /// The QSettings key of the chosen language ("" or missing: the system's).
    static const QString kSettingKey;

    /// Language codes with a translation, English first ("en", "de").
    [[nodiscard]] static QStringList available();
    /// The language's own name ("English", "Deutsch").
    [[nodiscard]] static QString nativeName(const QString &code);
    /// The language saved in the settings, or the system's when none is saved (falls back to
    /// English when the system's has no translation).
    [[nodiscard]] static QString preferred();
    /// The language installed now.
    [[nodiscard]] static QString current();
    /// Installs `code` (replacing the previous one); false if it has no translation.
    static bool install(const QString &code);
};

} // namespace storefront::ui
