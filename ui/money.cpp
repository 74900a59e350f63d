#include "money.h"

#include <QLocale>

namespace storefront::ui {

QString formatMoney(qint64 cents, const QString &currency)
{
    QString symbol = currency;
    if (currency == QStringLiteral("EUR"))
        symbol = QStringLiteral("€");
    else if (currency == QStringLiteral("USD"))
        symbol = QStringLiteral("$");
    else if (currency == QStringLiteral("GBP"))
        symbol = QStringLiteral("£");
    return QLocale().toCurrencyString(double(cents) / 100.0, symbol, 2);
}

} // namespace storefront::ui
