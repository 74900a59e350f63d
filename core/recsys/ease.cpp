#include "recsys/ease.h"

#include "recsys/parallelrunner.h"

#include <Eigen/Cholesky>
#include <Eigen/Dense>

#include <algorithm>
#include <atomic>
#include <functional>

namespace storefront::recsys {

namespace {

constexpr int kTile = 256;

using ColMatrix = Eigen::MatrixXf;

struct Tiles
{
    int n = 0;
    int count = 0;
    [[nodiscard]] int begin(int t) const { return t * kTile; }
    [[nodiscard]] int size(int t) const { return std::min(kTile, n - t * kTile); }
};

/// In-place blocked right-looking Cholesky of the lower triangle of `a` (a = L L^T), the
/// panel solves and trailing updates split over tiles on the runner. Each tile is always
/// computed by the same sequence of operations, so the result does not depend on threads.
bool cholesky(ColMatrix &a, const ParallelRunner &runner, const std::function<bool()> &cancelled)
{
    const Tiles t{static_cast<int>(a.rows()), (static_cast<int>(a.rows()) + kTile - 1) / kTile};
    for (int k = 0; k < t.count; ++k) {
        if (cancelled())
            return false;
        const int k0 = t.begin(k);
        const int kn = t.size(k);
        auto akk = a.block(k0, k0, kn, kn);
        Eigen::LLT<Eigen::Ref<ColMatrix>> llt(akk);
        if (llt.info() != Eigen::Success)
            return false;
        const int below = t.count - k - 1;
        // A_ik <- A_ik L_kk^-T
        runner.run(below, [&](int b) {
            const int i = k + 1 + b;
            auto aik = a.block(t.begin(i), k0, t.size(i), kn);
            akk.triangularView<Eigen::Lower>().transpose().solveInPlace<Eigen::OnTheRight>(aik);
        });
        // A_ij -= A_ik A_jk^T for k < j <= i (lower tiles of the trailing matrix).
        std::vector<std::pair<int, int>> tiles;
        for (int i = k + 1; i < t.count; ++i)
            for (int j = k + 1; j <= i; ++j)
                tiles.emplace_back(i, j);
        runner.run(static_cast<int>(tiles.size()), [&](int b) {
            if (cancelled()) // the result is discarded anyway; stop within one tile
                return;
            const auto [i, j] = tiles[size_t(b)];
            auto aij = a.block(t.begin(i), t.begin(j), t.size(i), t.size(j));
            aij.noalias() -= a.block(t.begin(i), k0, t.size(i), kn) *
                             a.block(t.begin(j), k0, t.size(j), kn).transpose();
        });
    }
    return true;
}

/// W = L^-1 (lower), by independent column panels: W[j:, j] solves L[j:, j:] W[j:, j] = I.
void invertLower(const ColMatrix &l, ColMatrix &w, const ParallelRunner &runner,
                 const std::function<bool()> &cancelled)
{
    const Tiles t{static_cast<int>(l.rows()), (static_cast<int>(l.rows()) + kTile - 1) / kTile};
    w.setZero(l.rows(), l.cols());
    runner.run(t.count, [&](int j) {
        if (cancelled())
            return;
        const int j0 = t.begin(j);
        const int rest = t.n - j0;
        auto panel = w.block(j0, j0, rest, t.size(j));
        panel.topRows(t.size(j)).setIdentity();
        l.block(j0, j0, rest, rest).triangularView<Eigen::Lower>().solveInPlace(panel);
    });
}

/// P = W^T W, lower tiles P_ij = sum_{k >= i} W_ki^T W_kj (i >= j), mirrored into the upper.
void gramOfLower(const ColMatrix &w, ColMatrix &p, const ParallelRunner &runner,
                 const std::function<bool()> &cancelled)
{
    const Tiles t{static_cast<int>(w.rows()), (static_cast<int>(w.rows()) + kTile - 1) / kTile};
    std::vector<std::pair<int, int>> tiles;
    for (int i = 0; i < t.count; ++i)
        for (int j = 0; j <= i; ++j)
            tiles.emplace_back(i, j);
    runner.run(static_cast<int>(tiles.size()), [&](int b) {
        if (cancelled())
            return;
        const auto [i, j] = tiles[size_t(b)];
        const int i0 = t.begin(i);
        const int rest = t.n - i0;
        p.block(i0, t.begin(j), t.size(i), t.size(j)).noalias() =
            w.block(i0, i0, rest, t.size(i)).transpose() * w.block(i0, t.begin(j), rest, t.size(j));
    });
    p.triangularView<Eigen::StrictlyUpper>() = p.transpose();
}

} // namespace

Ease::Ease()
    : Recommender(Parameters(QStringLiteral("ease"),
                             {ParameterSpec::real(QStringLiteral("lambda"), 200.0, 1e-3, 1e9,
                                                  QStringLiteral("L2 penalty added to the "
                                                                 "diagonal of X^T X")),
                              ParameterSpec::real(QStringLiteral("dropout"), 0.0, 0.0, 0.9,
                                                  QStringLiteral("DLAE (Steck 2020): adds "
                                                                 "p/(1-p) (X^T X)_jj to the "
                                                                 "penalty of item j; 0 = EASE"))}))
{}

Status Ease::fitModel(const InteractionData &, const FitContext &context)
{
    const int n = itemCount();
    if (n > kMaxItems)
        return fail(
            storefront::recsys::Recommender::tr("catalog has %1 items; EASE supports at most %2 "
                                                "(it needs dense %1 x %1 float matrices)")
                .arg(n)
                .arg(kMaxItems),
            name());
    const float lambda = static_cast<float>(m_parameters.real(QStringLiteral("lambda")));
    const ParallelRunner runner(context.threads, context.pool);
    const auto cancelled = [&context] { return context.isCancelled(); };

    // G = X^T X + lambda I: sum over users of the outer product of their rows; tiles of
    // columns are independent and always accumulated in user order.
    ColMatrix g = ColMatrix::Zero(n, n);
    const int colBlocks = ParallelRunner::blocksFor(n, kTile);
    std::atomic<bool> stop{false};
    runner.run(colBlocks, [&](int cb) {
        const int c0 = cb * kTile;
        const int c1 = std::min(n, c0 + kTile);
        for (int u = 0; u < m_weights.outerSize(); ++u) {
            if ((u & 4095) == 0 && cancelled()) {
                stop = true;
                return;
            }
            const int begin = m_weights.outerIndexPtr()[u];
            const int end = m_weights.outerIndexPtr()[u + 1];
            const int *idx = m_weights.innerIndexPtr();
            const float *val = m_weights.valuePtr();
            for (int a = begin; a < end; ++a) {
                const int j = idx[a];
                if (j < c0 || j >= c1)
                    continue;
                float *column = g.data() + Eigen::Index(j) * n;
                for (int b = begin; b < end; ++b)
                    column[idx[b]] += val[a] * val[b];
            }
        }
    });
    if (stop)
        return cancelledError();
    // DLAE's dropout-equivalent penalty grows with an item's own count, so popular items are
    // regularised more (Steck 2020, "Autoencoders that don't overfit towards the identity").
    const float p = static_cast<float>(m_parameters.real(QStringLiteral("dropout")));
    g.diagonal().array() = g.diagonal().array() * (1.0f + p / (1.0f - p)) + lambda;
    context.report(0.1);

    if (!cholesky(g, runner, cancelled))
        return context.isCancelled()
                   ? cancelledError()
                   : fail(storefront::recsys::Recommender::tr(
                              "X^T X + lambda I is not positive definite; raise lambda"),
                          name());
    context.report(0.45);
    ColMatrix w;
    invertLower(g, w, runner, cancelled);
    if (cancelled())
        return cancelledError();
    context.report(0.7);
    gramOfLower(w, g, runner, cancelled); // g := P = G^-1
    w = ColMatrix();
    if (cancelled())
        return cancelledError();

    // B_ij = -P_ij / P_jj, B_jj = 0; stored row-major.
    m_b.resize(n, n);
    runner.run(colBlocks, [&](int cb) {
        const int r1 = std::min(n, (cb + 1) * kTile);
        for (int i = cb * kTile; i < r1; ++i) {
            // Row i of B = column i of P scaled per column; P is symmetric.
            float *dst = m_b.data() + Eigen::Index(i) * n;
            const float *src = g.data() + Eigen::Index(i) * n; // column i of P = row i
            for (int j = 0; j < n; ++j)
                dst[j] = -src[j] / g(j, j);
            dst[i] = 0.0f;
        }
    });
    if (!m_b.allFinite())
        return fail(
            storefront::recsys::Recommender::tr("weights became NaN or infinite; raise lambda"),
            name());
    return {};
}

Status Ease::loadPayload(SnapshotReader &in)
{
    m_b = in.denseMatrix();
    if (in.ok() && (m_b.rows() != itemCount() || m_b.cols() != itemCount()))
        in.setError(QStringLiteral("weight matrix does not match the item map"));
    return in.status();
}

void Ease::scoreAllItems(const UserState &user, float *out) const
{
    Eigen::Map<Eigen::RowVectorXf> scores(out, itemCount());
    scores.setZero();
    const SparseRow &row = user.interactions.weights;
    for (size_t k = 0; k < row.items.size(); ++k)
        scores.noalias() += row.values[k] * m_b.row(row.items[k]);
}

std::vector<ScoredItem> Ease::similarItems(int item, int k) const
{
    if (!m_fitted || item < 0 || item >= itemCount())
        return {};
    std::vector<ScoredItem> candidates;
    for (int j = 0; j < itemCount(); ++j)
        if (j != item)
            candidates.push_back({j, m_b(item, j)});
    return selectTopK(candidates, k);
}

std::vector<Contribution> Ease::explain(const UserState &user, int item, int n) const
{
    std::vector<Contribution> out;
    if (!m_fitted || item < 0 || item >= itemCount())
        return out;
    const SparseRow &row = user.interactions.weights;
    for (size_t k = 0; k < row.items.size(); ++k)
        out.push_back({row.items[k], row.values[k] * m_b(row.items[k], item)});
    keepLargest(out, n);
    return out;
}

} // namespace storefront::recsys
