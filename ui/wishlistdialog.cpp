#include "wishlistdialog.h"

#include "money.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace storefront::ui {

WishlistDialog::WishlistDialog(shop::ShopperService &shopper, auth::Session session,
                               QWidget *parent)
    : ShopperListDialog(shopper, std::move(session), RemoveColumn + 1, parent)
{
    setObjectName(QStringLiteral("wishlistDialog"));
    table()->setObjectName(QStringLiteral("wishlistTable"));
    connect(&shopper, &shop::ShopperService::wishlistChanged, this, &WishlistDialog::reload,
            Qt::QueuedConnection);
    retranslate();
    reload();
}

void WishlistDialog::retranslate()
{
    setTexts(tr("Your wishlist"), {tr("Product"), tr("Price"), QString(), QString()});
    // The rows' buttons and the "empty" note are drawn again from the products shown.
    if (m_shown)
        showProducts(m_products);
}

void WishlistDialog::reload()
{
    load<std::vector<shop::ListedProduct>>(
        [](shop::ShopperService &s, const auth::Session &session) { return s.wishlist(session); },
        [this](std::vector<shop::ListedProduct> products) { showProducts(std::move(products)); });
}

void WishlistDialog::showProducts(std::vector<shop::ListedProduct> products)
{
    m_products = std::move(products);
    m_shown = true;
    QTableWidget *t = table();
    t->setRowCount(int(m_products.size()));
    QList<qint64> ids;
    for (int row = 0; row < int(m_products.size()); ++row) {
        const catalog::Product &p = m_products[size_t(row)].product;
        const qint64 id = p.id;
        ids << id;
        t->setItem(row, ProductColumn, new QTableWidgetItem(p.title));
        auto *price = new QTableWidgetItem(formatMoney(p.priceCents, p.currency));
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, PriceColumn, price);
        QPushButton *add = rowButton(tr("Add to cart"), tr("Add %1 to the cart").arg(p.title),
                                     tr("Puts one of this product in your cart."),
                                     [id](shop::ShopperService &s, const auth::Session &session) {
                                         return s.addToCart(session, id);
                                     });
        add->setEnabled(p.active && p.stock > 0);
        t->setCellWidget(row, AddToCartColumn, add);
        t->setCellWidget(row, RemoveColumn,
                         rowButton(tr("Remove"), tr("Remove %1 from the wishlist").arg(p.title),
                                   tr("Takes this product off your wishlist."),
                                   [id](shop::ShopperService &s, const auth::Session &session) {
                                       return s.removeFromWishlist(session, id);
                                   }));
    }
    setRows(ids);
    messageLabel()->setText(m_products.empty() ? tr("Your wishlist is empty.") : QString());
}

} // namespace storefront::ui
