#pragma once

#include "shopperlistdialog.h"

#include <vector>

namespace storefront::ui {

/// The shopper's wishlist, newest first: each product with its price, "Add to cart" and
/// Remove. Reloads on ShopperService::wishlistChanged.
class WishlistDialog : public ShopperListDialog
{
    Q_OBJECT
public:
    enum Column
    {
        ProductColumn,
        PriceColumn,
        AddToCartColumn,
        RemoveColumn
    };

    WishlistDialog(shop::ShopperService &shopper, auth::Session session, QWidget *parent = nullptr);

    [[nodiscard]] const std::vector<shop::ListedProduct> &products() const { return m_products; }
    void reload() override;

protected:
    void retranslate() override;

private:
    void showProducts(std::vector<shop::ListedProduct> products);

    std::vector<shop::ListedProduct> m_products;
    bool m_shown = false; ///< products have been loaded (until then there is nothing to redraw)
};

} // namespace storefront::ui
