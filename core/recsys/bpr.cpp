#include "recsys/bpr.h"

#include "recsys/factorkernels.h"
#include "recsys/parallelrunner.h"
#include "recsys/random.h"

#include <algorithm>
#include <atomic>
#include <cmath>

namespace storefront::recsys {

namespace {

constexpr int kBlocks = 16;

bool contains(const int *begin, const int *end, int item)
{
    const int *it = std::lower_bound(begin, end, item);
    return it != end && *it == item;
}

} // namespace

Bpr::Bpr()
    : Recommender(Parameters(
          QStringLiteral("bpr"),
          {ParameterSpec::integer(QStringLiteral("factors"), 64, 1, 1024,
                                  QStringLiteral("latent factors")),
           ParameterSpec::integer(QStringLiteral("epochs"), 100, 1, 100000,
                                  QStringLiteral("passes; one epoch = as many triples as "
                                                 "positive pairs")),
           ParameterSpec::real(QStringLiteral("learning_rate"), 0.05, 1e-6, 10.0,
                               QStringLiteral("SGD step")),
           ParameterSpec::real(QStringLiteral("regularization"), 0.01, 0.0, 100.0,
                               QStringLiteral("L2 penalty per update")),
           ParameterSpec::real(QStringLiteral("init_scale"), 0.1, 1e-6, 100.0,
                               QStringLiteral("initial factors ~ uniform(-0.5, 0.5) * "
                                              "init_scale")),
           ParameterSpec::integer(QStringLiteral("foldin_epochs"), 30, 1, 10000,
                                  QStringLiteral("passes over a folded-in user's positives")),
           ParameterSpec::integer(QStringLiteral("seed"), 7, 0, 2147483647,
                                  QStringLiteral("fold-in sampling seed"))}))
{}

void Bpr::clearModel()
{
    m_p = {};
    m_q = {};
    m_itemBias = {};
    m_itemNorms = {};
}

Status Bpr::fitModel(const InteractionData &, const FitContext &context)
{
    const int f = m_parameters.integer(QStringLiteral("factors"));
    const int epochs = m_parameters.integer(QStringLiteral("epochs"));
    const float lr = static_cast<float>(m_parameters.real(QStringLiteral("learning_rate")));
    const float lambda = static_cast<float>(m_parameters.real(QStringLiteral("regularization")));
    const float scale = static_cast<float>(m_parameters.real(QStringLiteral("init_scale")));
    const int nItems = itemCount();
    const int nUsers = userCount();

    // Positive pairs only, in CSR order; owner user of each.
    SparseRowMatrix positives = m_weights;
    positives.prune([](int, int, float v) { return v > 0.0f; });
    positives.makeCompressed();
    const int nnz = static_cast<int>(positives.nonZeros());
    if (nnz == 0)
        return fail(storefront::recsys::Recommender::tr("no positive interactions to train on"),
                    name());
    const int *inner = positives.innerIndexPtr();
    const int *outer = positives.outerIndexPtr();
    std::vector<int> userOf(static_cast<size_t>(nnz));
    for (int u = 0; u < nUsers; ++u)
        for (int k = outer[u]; k < outer[u + 1]; ++k)
            userOf[size_t(k)] = u;

    Rng init(context.seed);
    m_p.resize(nUsers, f);
    m_q.resize(nItems, f);
    for (Eigen::Index k = 0; k < m_p.size(); ++k)
        m_p.data()[k] = (init.uniform() - 0.5f) * scale;
    for (Eigen::Index k = 0; k < m_q.size(); ++k)
        m_q.data()[k] = (init.uniform() - 0.5f) * scale;
    m_itemBias.setZero(nItems);

    // B x B strata (DSGD, Gemulla et al. 2011): B user blocks (contiguous, balanced by
    // positives) and B item blocks (a fresh seeded random partition every epoch). In sub-epoch
    // s, user block b trains only on its positives whose item lies in item block (b + s) % B,
    // with negatives drawn uniformly from that same item block, so the B tasks of a sub-epoch
    // touch disjoint users and disjoint items: no locks, no races, no stale reads.
    const int blocks = std::clamp(std::min(nUsers, nItems) / 8, 1, kBlocks);
    std::vector<int> userBlock(static_cast<size_t>(nUsers));
    {
        int b = 0;
        for (int u = 0; u < nUsers; ++u) {
            while (b + 1 < blocks && static_cast<long long>(outer[u]) * blocks >=
                                         static_cast<long long>(nnz) * (b + 1))
                ++b;
            userBlock[size_t(u)] = b;
        }
    }
    std::vector<int> itemOrder(static_cast<size_t>(nItems));
    std::vector<int> itemBlock(static_cast<size_t>(nItems));
    std::vector<int> blockItemsStart(static_cast<size_t>(blocks + 1));
    std::vector<int> bucketStart(static_cast<size_t>(blocks * blocks + 1));
    std::vector<int> bucket(static_cast<size_t>(nnz));
    const ParallelRunner runner(context.threads, context.pool);
    std::atomic<bool> stop{false};

    for (int epoch = 0; epoch < epochs; ++epoch) {
        // This epoch's item partition: item block c = items itemOrder[start[c] .. start[c+1]).
        Rng shuffle(context.seed, 0x10000ULL + static_cast<std::uint64_t>(epoch));
        for (int i = 0; i < nItems; ++i)
            itemOrder[size_t(i)] = i;
        for (int i = nItems - 1; i > 0; --i)
            std::swap(itemOrder[size_t(i)], itemOrder[shuffle.below(std::uint32_t(i + 1))]);
        for (int c = 0; c <= blocks; ++c)
            blockItemsStart[size_t(c)] =
                static_cast<int>(static_cast<long long>(nItems) * c / blocks);
        for (int c = 0; c < blocks; ++c)
            for (int k = blockItemsStart[size_t(c)]; k < blockItemsStart[size_t(c + 1)]; ++k)
                itemBlock[size_t(itemOrder[size_t(k)])] = c;
        // Counting sort of the positives into the B x B buckets.
        std::fill(bucketStart.begin(), bucketStart.end(), 0);
        for (int k = 0; k < nnz; ++k)
            ++bucketStart[size_t(userBlock[size_t(userOf[size_t(k)])] * blocks +
                                 itemBlock[size_t(inner[k])] + 1)];
        for (size_t b = 1; b < bucketStart.size(); ++b)
            bucketStart[b] += bucketStart[b - 1];
        {
            std::vector<int> fill(bucketStart.begin(), bucketStart.end() - 1);
            for (int k = 0; k < nnz; ++k)
                bucket[size_t(fill[size_t(userBlock[size_t(userOf[size_t(k)])] * blocks +
                                          itemBlock[size_t(inner[k])])]++)] = k;
        }

        for (int sub = 0; sub < blocks; ++sub) {
            runner.run(blocks, [&](int b) {
                if (stop.load(std::memory_order_relaxed) || context.isCancelled()) {
                    stop = true;
                    return;
                }
                const int c = (b + sub) % blocks;
                const int lo = bucketStart[size_t(b * blocks + c)];
                const int count = bucketStart[size_t(b * blocks + c + 1)] - lo;
                const int itemLo = blockItemsStart[size_t(c)];
                const int itemCountC = blockItemsStart[size_t(c + 1)] - itemLo;
                if (count == 0 || itemCountC == 0)
                    return;
                // One stream per (epoch, stratum): independent of which thread runs it.
                Rng rng(context.seed, (static_cast<std::uint64_t>(epoch) << 20) ^
                                          static_cast<std::uint64_t>(b * blocks + c + 1));
                for (int s = 0; s < count; ++s) {
                    const int k = bucket[size_t(lo + int(rng.below(std::uint32_t(count))))];
                    const int u = userOf[size_t(k)];
                    const int i = inner[k];
                    const int *rowBegin = inner + outer[u];
                    const int *rowEnd = inner + outer[u + 1];
                    int j = itemOrder[size_t(itemLo + int(rng.below(std::uint32_t(itemCountC))))];
                    for (int tries = 0; tries < 8 && contains(rowBegin, rowEnd, j); ++tries)
                        j = itemOrder[size_t(itemLo + int(rng.below(std::uint32_t(itemCountC))))];
                    if (contains(rowBegin, rowEnd, j))
                        continue;
                    kernels::bprStep(m_p.data() + Eigen::Index(u) * f,
                                     m_q.data() + Eigen::Index(i) * f,
                                     m_q.data() + Eigen::Index(j) * f, &m_itemBias[i],
                                     &m_itemBias[j], f, lr, lambda, true);
                }
            });
            if (stop || context.isCancelled())
                return cancelledError();
        }
        if (!m_itemBias.allFinite())
            return fail(
                storefront::recsys::Recommender::tr("item biases became NaN or infinite; lower the "
                                                    "learning rate"),
                name());
        if (Status s = checkFinite(m_q, QStringLiteral("item factors")); !s.ok())
            return s;
        context.report(double(epoch + 1) / epochs);
    }
    if (Status s = checkFinite(m_p, QStringLiteral("user factors")); !s.ok())
        return s;
    m_itemNorms = m_q.rowwise().norm();
    return {};
}

Status Bpr::completeState(UserState &state, int trainedUser) const
{
    const Eigen::Index f = m_q.cols();
    if (trainedUser >= 0) {
        state.factors = m_p.row(trainedUser).transpose();
        return {};
    }
    const SparseRow &row = state.interactions.weights;
    std::vector<int> positives;
    for (size_t k = 0; k < row.items.size(); ++k)
        if (row.values[k] > 0.0f)
            positives.push_back(row.items[k]);
    state.factors.setZero(f);
    if (positives.empty() || static_cast<int>(row.items.size()) >= itemCount())
        return {};
    std::uint64_t hash = static_cast<std::uint64_t>(m_parameters.integer(QStringLiteral("seed")));
    for (int i : positives)
        hash = hash * 0x100000001B3ULL ^ static_cast<std::uint64_t>(i);
    Rng rng(hash);
    const float lr = static_cast<float>(m_parameters.real(QStringLiteral("learning_rate")));
    const float lambda = static_cast<float>(m_parameters.real(QStringLiteral("regularization")));
    const int epochs = m_parameters.integer(QStringLiteral("foldin_epochs"));
    // Item rows are read-only here: bprStep() gets copies of q_i and q_j.
    thread_local std::vector<float> qi, qj;
    qi.resize(size_t(f));
    qj.resize(size_t(f));
    const int *begin = row.items.data();
    const int *end = begin + row.items.size();
    const long samples = static_cast<long>(epochs) * static_cast<long>(positives.size());
    for (long s = 0; s < samples; ++s) {
        const int i = positives[rng.below(static_cast<std::uint32_t>(positives.size()))];
        int j = static_cast<int>(rng.below(static_cast<std::uint32_t>(itemCount())));
        for (int tries = 0; tries < 16 && contains(begin, end, j); ++tries)
            j = static_cast<int>(rng.below(static_cast<std::uint32_t>(itemCount())));
        if (contains(begin, end, j))
            continue;
        std::copy_n(m_q.data() + Eigen::Index(i) * f, f, qi.data());
        std::copy_n(m_q.data() + Eigen::Index(j) * f, f, qj.data());
        float bi = m_itemBias[i];
        float bj = m_itemBias[j];
        kernels::bprStep(state.factors.data(), qi.data(), qj.data(), &bi, &bj, static_cast<int>(f),
                         lr, lambda, false);
    }
    if (!state.factors.allFinite())
        return fail(QStringLiteral("fold-in produced non-finite factors"), name());
    return {};
}

void Bpr::scoreAllItems(const UserState &user, float *out) const
{
    Eigen::Map<Eigen::VectorXf> scores(out, itemCount());
    if (user.factors.size() != m_q.cols()) {
        scores = m_itemBias;
        return;
    }
    scores.noalias() = m_q * user.factors;
    scores += m_itemBias;
}

std::vector<ScoredItem> Bpr::similarItems(int item, int k) const
{
    if (!m_fitted || item < 0 || item >= itemCount())
        return {};
    const Eigen::VectorXf dots = m_q * m_q.row(item).transpose();
    std::vector<ScoredItem> candidates;
    for (int j = 0; j < itemCount(); ++j) {
        const float d = m_itemNorms[j] * m_itemNorms[item];
        if (j != item && d > 0.0f)
            candidates.push_back({j, dots[j] / d});
    }
    return selectTopK(candidates, k);
}

std::vector<Contribution> Bpr::explain(const UserState &user, int item, int n) const
{
    std::vector<Contribution> out;
    if (!m_fitted || item < 0 || item >= itemCount())
        return out;
    const SparseRow &row = user.interactions.weights;
    for (size_t k = 0; k < row.items.size(); ++k) {
        const int i = row.items[k];
        const float d = m_itemNorms[i] * m_itemNorms[item];
        if (row.values[k] > 0.0f && d > 0.0f)
            out.push_back({i, row.values[k] * m_q.row(i).dot(m_q.row(item)) / d});
    }
    keepLargest(out, n);
    return out;
}

void Bpr::savePayload(SnapshotWriter &out) const
{
    out.dense(m_p);
    out.dense(m_q);
    out.dense(m_itemBias);
}

Status Bpr::loadPayload(SnapshotReader &in)
{
    m_p = in.denseMatrix();
    m_q = in.denseMatrix();
    m_itemBias = in.denseVector();
    const int f = m_parameters.integer(QStringLiteral("factors"));
    if (in.ok() && (m_p.rows() != userCount() || m_q.rows() != itemCount() || m_p.cols() != f ||
                    m_q.cols() != f || m_itemBias.size() != itemCount()))
        in.setError(QStringLiteral("factor matrices do not match the id maps or parameters"));
    if (in.ok())
        m_itemNorms = m_q.rowwise().norm();
    return in.status();
}

} // namespace storefront::recsys
