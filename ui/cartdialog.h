#pragma once

#include "shopperlistdialog.h"

#include <vector>

namespace storefront::ui {

/// The shopper's cart: each line with its unit price, a quantity box, the line total and a
/// Remove button, and the totals per currency (formatMoney over shop::cartTotals). Reloads on
/// ShopperService::cartChanged.
class CartDialog : public ShopperListDialog
{
    Q_OBJECT
public:
    enum Column
    {
        ProductColumn,
        PriceColumn,
        QuantityColumn,
        TotalColumn,
        RemoveColumn
    };

    CartDialog(shop::ShopperService &shopper, auth::Session session, QWidget *parent = nullptr);

    [[nodiscard]] QLabel *totalLabel() const { return m_total; }
    [[nodiscard]] const std::vector<shop::CartLine> &lines() const { return m_lines; }
    void reload() override;

protected:
    void retranslate() override;

private:
    void showLines(std::vector<shop::CartLine> lines);

    std::vector<shop::CartLine> m_lines;
    QLabel *m_total;
    bool m_shown = false; ///< lines have been loaded (until then there is nothing to redraw)
};

} // namespace storefront::ui
