#pragma once

#include <QString>

namespace storefront::ui {

/// A price for people: "€49.99" in the user's locale.
[[nodiscard]] QString formatMoney(qint64 cents, const QString &currency);

} // namespace storefront::ui
