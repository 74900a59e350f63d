#include "product.h"

#include <numeric>

namespace storefront::catalog {

int RatingDistribution::total() const
{
    return std::accumulate(counts.begin(), counts.end(), 0);
}

double RatingDistribution::average() const
{
    const int n = total();
    if (n == 0)
        return 0.0;
    double sum = 0;
    for (int i = 0; i < 5; ++i)
        sum += double(i + 1) * counts[size_t(i)];
    return sum / n;
}

QString formatCents(qint64 cents)
{
    const bool negative = cents < 0;
    const qint64 magnitude = negative ? -cents : cents;
    return (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) +
           QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace storefront::catalog
