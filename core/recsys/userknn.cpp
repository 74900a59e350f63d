#include "recsys/userknn.h"

#include <algorithm>
#include <cmath>

namespace storefront::recsys {

UserKnn::UserKnn()
    : Recommender(Parameters(
          QStringLiteral("user-knn"),
          {ParameterSpec::integer(QStringLiteral("k"), 50, 1, 100000,
                                  QStringLiteral("neighbourhood size")),
           ParameterSpec::choice(QStringLiteral("similarity"), QStringLiteral("cosine"),
                                 {QStringLiteral("cosine"), QStringLiteral("pearson")},
                                 QStringLiteral("user-user similarity")),
           ParameterSpec::real(QStringLiteral("shrinkage"), 10.0, 0.0, 1e6,
                               QStringLiteral("significance shrinkage n/(n+shrinkage) over "
                                              "co-interacted items"))}))
{}

bool UserKnn::pearson() const
{
    return m_parameters.value(QStringLiteral("similarity")) == QLatin1String("pearson");
}

void UserKnn::clearModel()
{
    m_itemUsers = {};
    m_norm.clear();
    m_mean.clear();
    m_itemNorm.clear();
}

void UserKnn::index()
{
    m_itemUsers = m_weights.transpose();
    m_itemUsers.makeCompressed();
    m_norm.assign(static_cast<size_t>(userCount()), 0.0f);
    m_mean.assign(static_cast<size_t>(userCount()), 0.0f);
    for (int u = 0; u < userCount(); ++u) {
        const SparseRow row = SparseRow::fromMatrix(m_weights, u);
        double sq = 0.0;
        double sum = 0.0;
        for (float v : row.values) {
            sq += static_cast<double>(v) * v;
            sum += v;
        }
        m_norm[size_t(u)] = static_cast<float>(std::sqrt(sq));
        m_mean[size_t(u)] = row.empty() ? 0.0f : static_cast<float>(sum / row.size());
    }
    m_itemNorm.assign(static_cast<size_t>(itemCount()), 0.0f);
    for (int i = 0; i < itemCount(); ++i)
        m_itemNorm[size_t(i)] = m_itemUsers.row(i).norm();
}

Status UserKnn::fitModel(const InteractionData &, const FitContext &context)
{
    if (context.isCancelled())
        return cancelledError();
    index();
    return {};
}

Status UserKnn::loadPayload(SnapshotReader &in)
{
    if (in.ok())
        index();
    return in.status();
}

std::vector<UserKnn::Neighbour> UserKnn::neighbours(const SparseRow &row, int self) const
{
    const size_t users = static_cast<size_t>(userCount());
    thread_local std::vector<float> dot, su, sv;
    thread_local std::vector<int> count;
    thread_local std::vector<int> touched;
    dot.assign(users, 0.0f);
    su.assign(users, 0.0f);
    sv.assign(users, 0.0f);
    count.assign(users, 0);
    touched.clear();
    const bool centred = pearson();
    float meanU = 0.0f;
    double normU = 0.0;
    for (float v : row.values) {
        meanU += v;
        normU += static_cast<double>(v) * v;
    }
    meanU = row.empty() ? 0.0f : meanU / static_cast<float>(row.size());
    normU = std::sqrt(normU);
    for (size_t k = 0; k < row.items.size(); ++k) {
        const int i = row.items[k];
        const float a = centred ? row.values[k] - meanU : row.values[k];
        for (SparseRowMatrix::InnerIterator it(m_itemUsers, i); it; ++it) {
            const int v = static_cast<int>(it.col());
            if (v == self)
                continue;
            const float b = centred ? it.value() - m_mean[size_t(v)] : it.value();
            if (count[size_t(v)]++ == 0)
                touched.push_back(v);
            dot[size_t(v)] += a * b;
            su[size_t(v)] += a * a;
            sv[size_t(v)] += b * b;
        }
    }
    const float shrink = static_cast<float>(m_parameters.real(QStringLiteral("shrinkage")));
    std::vector<Neighbour> out;
    out.reserve(touched.size());
    for (int v : touched) {
        const float n = static_cast<float>(count[size_t(v)]);
        const float denominator = centred ? std::sqrt(su[size_t(v)] * sv[size_t(v)])
                                          : static_cast<float>(normU) * m_norm[size_t(v)];
        if (denominator <= 0.0f || dot[size_t(v)] == 0.0f)
            continue;
        const float factor = n / (n + shrink) / denominator;
        const float s = dot[size_t(v)] * factor;
        if (s > 0.0f)
            out.push_back({v, s, factor});
    }
    const auto k =
        std::min(out.size(), static_cast<size_t>(m_parameters.integer(QStringLiteral("k"))));
    auto better = [](const Neighbour &a, const Neighbour &b) {
        return a.similarity > b.similarity || (a.similarity == b.similarity && a.user < b.user);
    };
    if (k < out.size())
        std::nth_element(out.begin(), out.begin() + static_cast<long>(k), out.end(), better);
    out.resize(k);
    std::sort(out.begin(), out.end(), better);
    return out;
}

void UserKnn::scoreAllItems(const UserState &user, float *out) const
{
    std::fill(out, out + itemCount(), 0.0f);
    for (const Neighbour &nb : neighbours(user.interactions.weights, user.interactions.user))
        for (SparseRowMatrix::InnerIterator it(m_weights, nb.user); it; ++it)
            out[it.col()] += nb.similarity * it.value();
}

std::vector<ScoredItem> UserKnn::similarItems(int item, int k) const
{
    // Items co-interacted by the same users, by cosine over user columns (no neighbourhood).
    if (!m_fitted || item < 0 || item >= itemCount())
        return {};
    std::vector<float> acc(static_cast<size_t>(itemCount()), 0.0f);
    for (SparseRowMatrix::InnerIterator u(m_itemUsers, item); u; ++u)
        for (SparseRowMatrix::InnerIterator it(m_weights, u.col()); it; ++it)
            acc[size_t(it.col())] += u.value() * it.value();
    std::vector<ScoredItem> candidates;
    for (int j = 0; j < itemCount(); ++j)
        if (j != item && acc[size_t(j)] > 0.0f)
            candidates.push_back(
                {j, acc[size_t(j)] / (m_itemNorm[size_t(j)] * m_itemNorm[size_t(item)])});
    return selectTopK(candidates, k);
}

std::vector<Contribution> UserKnn::explain(const UserState &user, int item, int n) const
{
    if (!m_fitted || item < 0 || item >= itemCount())
        return {};
    const SparseRow &row = user.interactions.weights;
    const bool centred = pearson();
    float meanU = 0.0f;
    for (float v : row.values)
        meanU += v;
    meanU = row.empty() ? 0.0f : meanU / static_cast<float>(row.size());
    std::vector<float> share(row.items.size(), 0.0f);
    for (const Neighbour &nb : neighbours(row, user.interactions.user)) {
        const int *begin = m_weights.innerIndexPtr() + m_weights.outerIndexPtr()[nb.user];
        const int *end = m_weights.innerIndexPtr() + m_weights.outerIndexPtr()[nb.user + 1];
        const float *values = m_weights.valuePtr() + m_weights.outerIndexPtr()[nb.user];
        const int *hit = std::lower_bound(begin, end, item);
        if (hit == end || *hit != item)
            continue;
        const float rvj = values[hit - begin];
        for (size_t k = 0; k < row.items.size(); ++k) {
            const int *co = std::lower_bound(begin, end, row.items[k]);
            if (co == end || *co != row.items[k])
                continue;
            const float a = centred ? row.values[k] - meanU : row.values[k];
            const float b =
                centred ? values[co - begin] - m_mean[size_t(nb.user)] : values[co - begin];
            share[k] += nb.factor * a * b * rvj;
        }
    }
    std::vector<Contribution> out;
    for (size_t k = 0; k < share.size(); ++k)
        if (share[k] != 0.0f)
            out.push_back({row.items[k], share[k]});
    keepLargest(out, n);
    return out;
}

} // namespace storefront::recsys
