#include "recsys/bpr.h"

#include "recsys/parallelrunner.h"
#include "recsys/random.h"

#include <algorithm>
#include <atomic>
#include <cmath>

namespace storefront::recsys {

namespace {

constexpr int kBlocks = 16;
constexpr int kSamplesPerRound = 4096; ///< per block: bounds the staleness of item rows

bool contains(const int *begin, const int *end, int item)
{
    const int *it = std::lower_bound(begin, end, item);
    return it != end && *it == item;
}

float sigmoid(float x)
{
    return 1.0f / (1.0f + std::exp(-x));
}

/// One SGD step on a triple. pu, qi, qj are length-f rows; bi, bj the item biases. `updateItems`
/// false leaves the item side fixed (fold-in).
inline void step(float *pu, float *qi, float *qj, float &bi, float &bj, int f, float lr,
                 float lambda, bool updateItems)
{
    float x = bi - bj;
    for (int k = 0; k < f; ++k)
        x += pu[k] * (qi[k] - qj[k]);
    const float g = sigmoid(-x);
    if (updateItems) {
        for (int k = 0; k < f; ++k) {
            const float p = pu[k];
            pu[k] += lr * (g * (qi[k] - qj[k]) - lambda * p);
            qi[k] += lr * (g * p - lambda * qi[k]);
            qj[k] += lr * (-g * p - lambda * qj[k]);
        }
        bi += lr * (g - lambda * bi);
        bj += lr * (-g - lambda * bj);
    } else {
        for (int k = 0; k < f; ++k)
            pu[k] += lr * (g * (qi[k] - qj[k]) - lambda * pu[k]);
    }
}

/// A block's private view of the item side during a round.
struct BlockItems
{
    DenseRowMatrix rows;       ///< items x (factors + 1): factors, then bias
    std::vector<char> touched; ///< per item
    std::vector<int> touchedList;
};

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
        return fail(QStringLiteral("no positive interactions to train on"), name());
    std::vector<int> userOf(static_cast<size_t>(nnz));
    for (int u = 0; u < nUsers; ++u)
        for (int k = positives.outerIndexPtr()[u]; k < positives.outerIndexPtr()[u + 1]; ++k)
            userOf[size_t(k)] = u;

    Rng init(context.seed);
    m_p.resize(nUsers, f);
    m_q.resize(nItems, f);
    for (Eigen::Index k = 0; k < m_p.size(); ++k)
        m_p.data()[k] = (init.uniform() - 0.5f) * scale;
    for (Eigen::Index k = 0; k < m_q.size(); ++k)
        m_q.data()[k] = (init.uniform() - 0.5f) * scale;
    m_itemBias.setZero(nItems);

    // Fixed user blocks balanced by positives: block b owns the nonzeros [start[b], start[b+1])
    // (aligned to user boundaries, so it owns its users' factors).
    std::vector<int> start(kBlocks + 1, nnz);
    start[0] = 0;
    for (int b = 1; b < kBlocks; ++b) {
        const int target = static_cast<int>(static_cast<long long>(nnz) * b / kBlocks);
        int u = userOf[size_t(std::min(target, nnz - 1))];
        start[size_t(b)] = std::max(start[size_t(b - 1)], positives.outerIndexPtr()[u]);
    }
    const int rounds =
        std::max(1, (nnz + kBlocks * kSamplesPerRound - 1) / (kBlocks * kSamplesPerRound));

    std::vector<Rng> rngs;
    std::vector<BlockItems> items(kBlocks);
    for (int b = 0; b < kBlocks; ++b) {
        rngs.emplace_back(context.seed, static_cast<std::uint64_t>(b + 1));
        items[size_t(b)].rows.resize(nItems, f + 1);
        items[size_t(b)].touched.assign(static_cast<size_t>(nItems), 0);
    }
    const ParallelRunner runner(context.threads, context.pool);
    const int *inner = positives.innerIndexPtr();
    const int *outer = positives.outerIndexPtr();
    std::atomic<bool> stop{false};

    for (int epoch = 0; epoch < epochs; ++epoch) {
        for (int round = 0; round < rounds; ++round) {
            runner.run(kBlocks, [&](int b) {
                if (stop.load(std::memory_order_relaxed) || context.isCancelled()) {
                    stop = true;
                    return;
                }
                const int lo = start[size_t(b)];
                const int hi = start[size_t(b + 1)];
                if (hi <= lo)
                    return;
                // This round's share of the block's samples.
                const long long total = hi - lo;
                const int samples =
                    static_cast<int>(total * (round + 1) / rounds - total * round / rounds);
                Rng &rng = rngs[size_t(b)];
                BlockItems &own = items[size_t(b)];
                auto row = [&](int i) {
                    float *dst = own.rows.data() + Eigen::Index(i) * (f + 1);
                    if (!own.touched[size_t(i)]) {
                        own.touched[size_t(i)] = 1;
                        own.touchedList.push_back(i);
                        std::copy_n(m_q.data() + Eigen::Index(i) * f, f, dst);
                        dst[f] = m_itemBias[i];
                    }
                    return dst;
                };
                for (int s = 0; s < samples; ++s) {
                    const int k =
                        lo + static_cast<int>(rng.below(static_cast<std::uint32_t>(total)));
                    const int u = userOf[size_t(k)];
                    const int i = inner[k];
                    const int *rowBegin = inner + outer[u];
                    const int *rowEnd = inner + outer[u + 1];
                    if (rowEnd - rowBegin >= nItems)
                        continue;
                    int j = static_cast<int>(rng.below(static_cast<std::uint32_t>(nItems)));
                    for (int tries = 0; tries < 16 && contains(rowBegin, rowEnd, j); ++tries)
                        j = static_cast<int>(rng.below(static_cast<std::uint32_t>(nItems)));
                    if (contains(rowBegin, rowEnd, j))
                        continue;
                    float *qi = row(i);
                    float *qj = row(j);
                    step(m_p.data() + Eigen::Index(u) * f, qi, qj, qi[f], qj[f], f, lr, lambda,
                         true);
                }
            });
            if (stop || context.isCancelled())
                return cancelledError();
            // Merge: item row += sum_b (block copy - row at round start), in block order.
            // Rows are independent, so the merge is split over item ranges.
            runner.run(ParallelRunner::blocksFor(nItems, 256), [&](int block) {
                std::vector<float> sum(static_cast<size_t>(f + 1));
                const int end = std::min(nItems, (block + 1) * 256);
                for (int i = block * 256; i < end; ++i) {
                    bool any = false;
                    std::fill(sum.begin(), sum.end(), 0.0f);
                    float *q = m_q.data() + Eigen::Index(i) * f;
                    for (int b = 0; b < kBlocks; ++b) {
                        if (!items[size_t(b)].touched[size_t(i)])
                            continue;
                        any = true;
                        const float *own = items[size_t(b)].rows.data() + Eigen::Index(i) * (f + 1);
                        for (int k = 0; k < f; ++k)
                            sum[size_t(k)] += own[k] - q[k];
                        sum[size_t(f)] += own[f] - m_itemBias[i];
                    }
                    if (!any)
                        continue;
                    for (int k = 0; k < f; ++k)
                        q[k] += sum[size_t(k)];
                    m_itemBias[i] += sum[size_t(f)];
                }
            });
            for (auto &own : items) {
                for (int i : own.touchedList)
                    own.touched[size_t(i)] = 0;
                own.touchedList.clear();
            }
        }
        if (!m_itemBias.allFinite())
            return fail(QStringLiteral("item biases became NaN or infinite; lower the learning "
                                       "rate"),
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
    // Item rows are read-only here: step() gets copies of q_i, q_j that it may scribble on.
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
        step(state.factors.data(), qi.data(), qj.data(), bi, bj, static_cast<int>(f), lr, lambda,
             false);
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
