#include "recsys/itemknn.h"

#include "recsys/parallelrunner.h"

#include <algorithm>
#include <atomic>
#include <cmath>

namespace storefront::recsys {

ItemKnn::ItemKnn()
    : Recommender(
          Parameters(QStringLiteral("item-knn"),
                     {ParameterSpec::integer(QStringLiteral("k"), 100, 1, 100000,
                                             QStringLiteral("neighbours kept per item")),
                      ParameterSpec::real(QStringLiteral("shrinkage"), 10.0, 0.0, 1e6,
                                          QStringLiteral("added to the cosine denominator"))}))
{}

Status ItemKnn::fitModel(const InteractionData &, const FitContext &context)
{
    const int n = itemCount();
    const size_t k = static_cast<size_t>(m_parameters.integer(QStringLiteral("k")));
    const float shrink = static_cast<float>(m_parameters.real(QStringLiteral("shrinkage")));
    SparseRowMatrix itemUsers = m_weights.transpose();
    itemUsers.makeCompressed();
    std::vector<float> norm(static_cast<size_t>(n), 0.0f);
    // By hand rather than row(i).norm(): Eigen asserts on a row of zero columns, which is what
    // a new store without a single interaction has.
    for (int i = 0; i < n; ++i) {
        float sum = 0.0f;
        for (SparseRowMatrix::InnerIterator u(itemUsers, i); u; ++u)
            sum += u.value() * u.value();
        norm[size_t(i)] = std::sqrt(sum);
    }

    std::vector<std::vector<ScoredItem>> rows(static_cast<size_t>(n));
    constexpr int kItemsPerBlock = 32;
    const int blocks = ParallelRunner::blocksFor(n, kItemsPerBlock);
    std::atomic<bool> stop{false};
    ParallelRunner(context.threads, context.pool).run(blocks, [&](int block) {
        if (stop.load(std::memory_order_relaxed) || context.isCancelled()) {
            stop = true;
            return;
        }
        std::vector<float> acc(static_cast<size_t>(n), 0.0f);
        std::vector<int> touched;
        std::vector<ScoredItem> candidates;
        const int end = std::min(n, (block + 1) * kItemsPerBlock);
        for (int i = block * kItemsPerBlock; i < end; ++i) {
            touched.clear();
            // acc_j = sum_u r_ui r_uj over the users of i.
            for (SparseRowMatrix::InnerIterator u(itemUsers, i); u; ++u) {
                const int user = static_cast<int>(u.col());
                const float rui = u.value();
                const int *inner = m_weights.innerIndexPtr();
                const float *values = m_weights.valuePtr();
                for (int p = m_weights.outerIndexPtr()[user];
                     p < m_weights.outerIndexPtr()[user + 1]; ++p) {
                    const int j = inner[p];
                    if (acc[size_t(j)] == 0.0f)
                        touched.push_back(j);
                    acc[size_t(j)] += rui * values[p];
                    if (acc[size_t(j)] == 0.0f) // cancelled to exactly 0: keep it "touched"
                        acc[size_t(j)] = 1e-30f;
                }
            }
            candidates.clear();
            for (int j : touched) {
                const float s = acc[size_t(j)] / (norm[size_t(i)] * norm[size_t(j)] + shrink);
                acc[size_t(j)] = 0.0f;
                if (j != i && s > 0.0f && std::isfinite(s))
                    candidates.push_back({j, s});
            }
            std::vector<ScoredItem> best = selectTopK(candidates, static_cast<int>(k));
            std::sort(best.begin(), best.end(),
                      [](const ScoredItem &a, const ScoredItem &b) { return a.item < b.item; });
            rows[size_t(i)] = std::move(best);
        }
    });
    if (stop || context.isCancelled())
        return cancelledError();

    size_t nnz = 0;
    for (const auto &r : rows)
        nnz += r.size();
    m_similarity.resize(n, n);
    m_similarity.reserve(static_cast<Eigen::Index>(nnz));
    m_similarity.resizeNonZeros(static_cast<Eigen::Index>(nnz));
    int p = 0;
    for (int i = 0; i < n; ++i) {
        m_similarity.outerIndexPtr()[i] = p;
        for (const ScoredItem &e : rows[size_t(i)]) {
            m_similarity.innerIndexPtr()[p] = e.item;
            m_similarity.valuePtr()[p] = e.score;
            ++p;
        }
    }
    m_similarity.outerIndexPtr()[n] = p;
    return {};
}

Status ItemKnn::loadPayload(SnapshotReader &in)
{
    m_similarity = in.sparse();
    if (in.ok() && (m_similarity.rows() != itemCount() || m_similarity.cols() != itemCount()))
        in.setError(QStringLiteral("similarity matrix does not match the item map"));
    return in.status();
}

void ItemKnn::scoreAllItems(const UserState &user, float *out) const
{
    std::fill(out, out + itemCount(), 0.0f);
    const SparseRow &row = user.interactions.weights;
    for (size_t k = 0; k < row.items.size(); ++k)
        for (SparseRowMatrix::InnerIterator it(m_similarity, row.items[k]); it; ++it)
            out[it.col()] += row.values[k] * it.value();
}

std::vector<ScoredItem> ItemKnn::similarItems(int item, int k) const
{
    if (!m_fitted || item < 0 || item >= itemCount())
        return {};
    std::vector<ScoredItem> candidates;
    for (SparseRowMatrix::InnerIterator it(m_similarity, item); it; ++it)
        candidates.push_back({static_cast<int>(it.col()), it.value()});
    return selectTopK(candidates, k);
}

std::vector<Contribution> ItemKnn::explain(const UserState &user, int item, int n) const
{
    std::vector<Contribution> out;
    if (!m_fitted || item < 0 || item >= itemCount())
        return out;
    const SparseRow &row = user.interactions.weights;
    for (size_t k = 0; k < row.items.size(); ++k) {
        const int i = row.items[k];
        const int *begin = m_similarity.innerIndexPtr() + m_similarity.outerIndexPtr()[i];
        const int *end = m_similarity.innerIndexPtr() + m_similarity.outerIndexPtr()[i + 1];
        const int *hit = std::lower_bound(begin, end, item);
        if (hit != end && *hit == item)
            out.push_back(
                {i, row.values[k] * m_similarity.valuePtr()[hit - m_similarity.innerIndexPtr()]});
    }
    keepLargest(out, n);
    return out;
}

} // namespace storefront::recsys
