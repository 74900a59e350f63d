#include "shop/carttotals.h"

#include <QTest>

using namespace storefront;

namespace {

shop::CartLine line(qint64 cents, const QString &currency, int quantity)
{
    shop::CartLine l;
    l.product.priceCents = cents;
    l.product.currency = currency;
    l.quantity = quantity;
    return l;
}

} // namespace

/// The cart's line totals and per-currency totals.
class TestCartTotals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lineTotalIsPriceTimesQuantity();
    void totalsArePerCurrencyNeverMixed();
    void emptyCartHasNoTotal();
};

void TestCartTotals::lineTotalIsPriceTimesQuantity()
{
    QCOMPARE(shop::lineTotal(line(1999, QStringLiteral("EUR"), 3)),
             (shop::MoneyAmount{QStringLiteral("EUR"), 5997}));
}

void TestCartTotals::totalsArePerCurrencyNeverMixed()
{
    const std::vector<shop::CartLine> lines = {line(1000, QStringLiteral("USD"), 1),
                                               line(250, QStringLiteral("EUR"), 2),
                                               line(99, QStringLiteral("EUR"), 10)};
    const auto totals = shop::cartTotals(lines);
    QCOMPARE(totals.size(), size_t(2));
    QCOMPARE(totals[0], (shop::MoneyAmount{QStringLiteral("EUR"), 1490}));
    QCOMPARE(totals[1], (shop::MoneyAmount{QStringLiteral("USD"), 1000}));
    QCOMPARE(shop::itemCount(lines), 13);
}

void TestCartTotals::emptyCartHasNoTotal()
{
    QVERIFY(shop::cartTotals({}).empty());
    QCOMPARE(shop::itemCount({}), 0);
}

QTEST_GUILESS_MAIN(TestCartTotals)
#include "tst_carttotals.moc"
