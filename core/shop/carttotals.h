#pragma once

#include "shop/shopperservice.h"

#include <QString>

#include <vector>

namespace storefront::shop {

/// An amount in one currency, in cents.
struct MoneyAmount
{
    QString currency;
    qint64 cents = 0;
    bool operator==(const MoneyAmount &) const = default;
};

/// Unit price × quantity of one cart line, in the product's currency.
[[nodiscard]] MoneyAmount lineTotal(const CartLine &line);

/// The cart's totals: one amount per currency (prices in different currencies are never
/// added up), ordered by currency code; empty for an empty cart.
[[nodiscard]] std::vector<MoneyAmount> cartTotals(const std::vector<CartLine> &lines);

/// How many items the cart holds (sum of quantities).
[[nodiscard]] int itemCount(const std::vector<CartLine> &lines);

} // namespace storefront::shop
