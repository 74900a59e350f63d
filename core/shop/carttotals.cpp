#include "shop/carttotals.h"

#include <map>

namespace storefront::shop {

MoneyAmount lineTotal(const CartLine &line)
{
    return {line.product.currency, line.product.priceCents * qint64(line.quantity)};
}

std::vector<MoneyAmount> cartTotals(const std::vector<CartLine> &lines)
{
    std::map<QString, qint64> byCurrency;
    for (const CartLine &line : lines) {
        const MoneyAmount amount = lineTotal(line);
        byCurrency[amount.currency] += amount.cents;
    }
    std::vector<MoneyAmount> totals;
    totals.reserve(byCurrency.size());
    for (const auto &[currency, cents] : byCurrency)
        totals.push_back({currency, cents});
    return totals;
}

int itemCount(const std::vector<CartLine> &lines)
{
    int count = 0;
    for (const CartLine &line : lines)
        count += line.quantity;
    return count;
}

} // namespace storefront::shop
