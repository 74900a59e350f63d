#include "recsys/popularity.h"

#include "recsys/itemfeatures.h"

#include <algorithm>
#include <cmath>

namespace storefront::recsys {

Popularity::Popularity()
    : Recommender(
          Parameters(QStringLiteral("popularity"),
                     {ParameterSpec::choice(QStringLiteral("mode"), QStringLiteral("global"),
                                            {QStringLiteral("global"), QStringLiteral("category"),
                                             QStringLiteral("trending")},
                                            QStringLiteral("global counts, popular in the user's "
                                                           "categories, or time-decayed trending")),
                      ParameterSpec::real(QStringLiteral("half_life_days"), 14.0, 0.01, 3650.0,
                                          QStringLiteral("half-life of an interaction's weight in "
                                                         "trending mode, days"))}))
{}

int Popularity::categoryOf(int item) const
{
    return m_features ? m_features->categoryOf(item) : -1;
}

Status Popularity::fitModel(const InteractionData &data, const FitContext &context)
{
    const QString mode = m_parameters.value(QStringLiteral("mode"));
    const bool trending = mode == QLatin1String("trending");
    const double halfLife = m_parameters.real(QStringLiteral("half_life_days")) * 86400.0;
    const bool haveTimes = data.lastSeen.size() == static_cast<size_t>(m_weights.nonZeros());
    std::vector<double> pop(static_cast<size_t>(itemCount()), 0.0);
    for (int u = 0; u < m_weights.outerSize(); ++u) {
        if ((u & 1023) == 0 && context.isCancelled())
            return cancelledError();
        for (int k = m_weights.outerIndexPtr()[u]; k < m_weights.outerIndexPtr()[u + 1]; ++k) {
            if (m_weights.valuePtr()[k] <= 0.0f)
                continue;
            double w = 1.0;
            if (trending && haveTimes) {
                const double age = static_cast<double>(
                    std::max<qint64>(0, data.latestTimestamp - data.lastSeen[size_t(k)]));
                w = std::exp2(-age / halfLife);
            }
            pop[static_cast<size_t>(m_weights.innerIndexPtr()[k])] += w;
        }
    }
    const double top = std::max(1e-30, *std::max_element(pop.begin(), pop.end()));
    m_popularity.resize(pop.size());
    for (size_t i = 0; i < pop.size(); ++i)
        m_popularity[i] = static_cast<float>(pop[i] / top);
    return {};
}

void Popularity::scoreAllItems(const UserState &user, float *out) const
{
    const int n = itemCount();
    std::copy(m_popularity.begin(), m_popularity.end(), out);
    if (m_parameters.value(QStringLiteral("mode")) != QLatin1String("category") || !m_features)
        return;
    thread_local std::vector<float> share;
    share.assign(static_cast<size_t>(m_features->categoryCount()), 0.0f);
    int positives = 0;
    const SparseRow &row = user.interactions.weights;
    for (size_t k = 0; k < row.items.size(); ++k) {
        const int c = categoryOf(row.items[k]);
        if (row.values[k] > 0.0f && c >= 0) {
            share[static_cast<size_t>(c)] += 1.0f;
            ++positives;
        }
    }
    for (int i = 0; i < n; ++i) {
        const int c = categoryOf(i);
        const float s = c >= 0 && positives > 0 ? share[size_t(c)] / float(positives) : 0.0f;
        out[i] *= 0.1f + s;
    }
}

std::vector<ScoredItem> Popularity::popularInCategory(int category, int k) const
{
    std::vector<ScoredItem> candidates;
    for (int i = 0; i < itemCount(); ++i)
        if (categoryOf(i) == category)
            candidates.push_back({i, m_popularity[size_t(i)]});
    return selectTopK(candidates, k);
}

std::vector<ScoredItem> Popularity::similarItems(int item, int k) const
{
    if (!m_fitted || item < 0 || item >= itemCount())
        return {};
    const int c = categoryOf(item);
    std::vector<ScoredItem> candidates;
    for (int i = 0; i < itemCount(); ++i)
        if (i != item && (c < 0 || categoryOf(i) == c))
            candidates.push_back({i, m_popularity[size_t(i)]});
    return selectTopK(candidates, k);
}

std::vector<Contribution> Popularity::explain(const UserState &user, int item, int n) const
{
    // Only the category mode is personal: the user's positive items of the same category
    // raised the item's score, each by the same amount.
    std::vector<Contribution> out;
    if (!m_fitted || m_parameters.value(QStringLiteral("mode")) != QLatin1String("category"))
        return out;
    const int c = categoryOf(item);
    const SparseRow &row = user.interactions.weights;
    for (size_t k = 0; k < row.items.size() && static_cast<int>(out.size()) < n; ++k)
        if (c >= 0 && row.values[k] > 0.0f && categoryOf(row.items[k]) == c)
            out.push_back({row.items[k], row.values[k]});
    return out;
}

void Popularity::savePayload(SnapshotWriter &out) const
{
    out.vector(m_popularity);
}

Status Popularity::loadPayload(SnapshotReader &in)
{
    m_popularity = in.vector<float>();
    if (in.ok() && m_popularity.size() != static_cast<size_t>(itemCount()))
        in.setError(QStringLiteral("popularity vector does not match the item map"));
    return in.status();
}

} // namespace storefront::recsys
