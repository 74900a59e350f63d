#include "cartdialog.h"

#include "money.h"
#include "shop/carttotals.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace storefront::ui {

CartDialog::CartDialog(shop::ShopperService &shopper, auth::Session session, QWidget *parent)
    : ShopperListDialog(shopper, std::move(session), RemoveColumn + 1, parent)
{
    setObjectName(QStringLiteral("cartDialog"));
    table()->setObjectName(QStringLiteral("cartTable"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("cartTotal"));
    QFont totalFont = font();
    totalFont.setBold(true);
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.2);
    m_total->setFont(totalFont);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    mainLayout()->insertWidget(1, m_total, 0, Qt::AlignRight);
    connect(&shopper, &shop::ShopperService::cartChanged, this, &CartDialog::reload,
            Qt::QueuedConnection);
    retranslate();
    reload();
}

void CartDialog::retranslate()
{
    setTexts(tr("Your cart"), {tr("Product"), tr("Price"), tr("Quantity"), tr("Total"), QString()});
    // The rows' buttons and the totals line are drawn again from the lines shown.
    if (m_shown)
        showLines(m_lines);
}

void CartDialog::reload()
{
    load<std::vector<shop::CartLine>>(
        [](shop::ShopperService &s, const auth::Session &session) { return s.cart(session); },
        [this](std::vector<shop::CartLine> lines) { showLines(std::move(lines)); });
}

void CartDialog::showLines(std::vector<shop::CartLine> lines)
{
    m_lines = std::move(lines);
    m_shown = true;
    QTableWidget *t = table();
    t->setRowCount(int(m_lines.size()));
    QList<qint64> ids;
    for (int row = 0; row < int(m_lines.size()); ++row) {
        const shop::CartLine &line = m_lines[size_t(row)];
        const catalog::Product &p = line.product;
        const qint64 id = p.id;
        ids << id;
        t->setItem(row, ProductColumn, new QTableWidgetItem(p.title));
        const shop::MoneyAmount total = shop::lineTotal(line);
        for (auto [column, text] :
             {std::pair{PriceColumn, formatMoney(p.priceCents, p.currency)},
              std::pair{TotalColumn, formatMoney(total.cents, total.currency)}}) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            t->setItem(row, column, item);
        }
        auto *quantity = new QSpinBox(t);
        quantity->setRange(1, 999);
        quantity->setValue(line.quantity);
        quantity->setAccessibleName(tr("Quantity of %1").arg(p.title));
        quantity->setAccessibleDescription(
            tr("How many of this product you buy; the line and the cart total follow."));
        quantity->setKeyboardTracking(false);
        connect(quantity, &QSpinBox::valueChanged, this, [this, id](int value) {
            change([id, value](shop::ShopperService &s, const auth::Session &session) {
                return s.setCartQuantity(session, id, value);
            });
        });
        t->setCellWidget(row, QuantityColumn, quantity);
        t->setCellWidget(row, RemoveColumn,
                         rowButton(tr("Remove"), tr("Remove %1 from the cart").arg(p.title),
                                   tr("Takes this line out of the cart; the total follows."),
                                   [id](shop::ShopperService &s, const auth::Session &session) {
                                       return s.removeFromCart(session, id);
                                   }));
    }
    setRows(ids);

    QStringList totals;
    for (const shop::MoneyAmount &amount : shop::cartTotals(m_lines))
        totals << formatMoney(amount.cents, amount.currency);
    const QString text = m_lines.empty()
                             ? tr("Your cart is empty.")
                             : tr("%n item(s), total: %1", nullptr, shop::itemCount(m_lines))
                                   .arg(totals.join(QStringLiteral(" + ")));
    m_total->setText(text);
    m_total->setAccessibleName(text);
}

} // namespace storefront::ui
