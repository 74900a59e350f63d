#include "recsys/implicitals.h"

#include "recsys/factorkernels.h"
#include "recsys/parallelrunner.h"
#include "recsys/random.h"

#include <Eigen/Cholesky>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace storefront::recsys {

namespace {

constexpr int kRowsPerBlock = 64;

using VecMap = Eigen::Map<Eigen::VectorXf>;
using ConstVecMap = Eigen::Map<const Eigen::VectorXf>;

struct Settings
{
    float lambda = 0.0f;
    float alpha = 0.0f;
    int cgSteps = 3;
};

/// Solves rows [begin, end) of `x` (n x f) against fixed `y` (m x f) for the interactions `c`
/// (n x m); `gram` = Y^T Y + lambda I. F is the factor count at compile time (Eigen unrolls
/// and vectorises the length-F dot products and axpys), or Eigen::Dynamic.
template <int F>
void solveRows(const SparseRowMatrix &c, const DenseRowMatrix &y, const Eigen::MatrixXf &gramIn,
               DenseRowMatrix &x, const Settings &s, int begin, int end)
{
    using Vec = Eigen::Matrix<float, F, 1>;
    using Mat = Eigen::Matrix<float, F, F>;
    using Map = Eigen::Map<Vec>;
    using ConstMap = Eigen::Map<const Vec>;
    const Eigen::Index f = x.cols();
    // Per-block scratch, reused for every row of the block.
    const Mat gram = gramIn;
    Vec r(f), p(f), ap(f), b(f);
    Mat a(f, f);
    const int *outer = c.outerIndexPtr();
    const int *inner = c.innerIndexPtr();
    const float *values = c.valuePtr();
    for (int u = begin; u < end; ++u) {
        Map xu(x.data() + Eigen::Index(u) * f, f);
        if (s.cgSteps <= 0) {
            a = gram;
            b.setZero();
            for (int k = outer[u]; k < outer[u + 1]; ++k) {
                ConstMap yi(y.data() + Eigen::Index(inner[k]) * f, f);
                const float conf = 1.0f + s.alpha * std::abs(values[k]);
                a.template selfadjointView<Eigen::Lower>().rankUpdate(yi, conf - 1.0f);
                if (values[k] > 0.0f)
                    b.noalias() += conf * yi;
            }
            xu = a.template selfadjointView<Eigen::Lower>().llt().solve(b);
            continue;
        }
        // r = b - A x = -gram x + sum_i [c p - (c - 1) y_i.x] y_i
        r.noalias() = -(gram * xu);
        kernels::alsPass(y.data(), int(f), inner + outer[u], values + outer[u],
                         outer[u + 1] - outer[u], s.alpha, true, xu.data(), r.data());
        p = r;
        float rsOld = r.squaredNorm();
        for (int step = 0; step < s.cgSteps && rsOld > 1e-20f; ++step) {
            // A p = gram p + sum_i (c - 1)(y_i.p) y_i
            ap.noalias() = gram * p;
            kernels::alsPass(y.data(), int(f), inner + outer[u], values + outer[u],
                             outer[u + 1] - outer[u], s.alpha, false, p.data(), ap.data());
            const float pap = p.dot(ap);
            if (!(pap > 0.0f))
                break;
            const float stepLength = rsOld / pap;
            xu.noalias() += stepLength * p;
            r.noalias() -= stepLength * ap;
            const float rsNew = r.squaredNorm();
            p = r + (rsNew / rsOld) * p;
            rsOld = rsNew;
        }
    }
}

/// Solves every row of `x` (n x f) against fixed `y` (m x f) for the interactions `c`
/// (n x m), in fixed blocks of rows. `gram` = Y^T Y + lambda I.
bool sweep(const SparseRowMatrix &c, const DenseRowMatrix &y, const Eigen::MatrixXf &gram,
           DenseRowMatrix &x, const Settings &s, const ParallelRunner &runner,
           const FitContext &context)
{
    const int n = static_cast<int>(x.rows());
    std::atomic<bool> stop{false};
    runner.run(ParallelRunner::blocksFor(n, kRowsPerBlock), [&](int block) {
        if (stop.load(std::memory_order_relaxed) || context.isCancelled()) {
            stop = true;
            return;
        }
        const int begin = block * kRowsPerBlock;
        const int end = std::min(n, begin + kRowsPerBlock);
        switch (x.cols()) {
        case 16:
            return solveRows<16>(c, y, gram, x, s, begin, end);
        case 32:
            return solveRows<32>(c, y, gram, x, s, begin, end);
        case 64:
            return solveRows<64>(c, y, gram, x, s, begin, end);
        case 128:
            return solveRows<128>(c, y, gram, x, s, begin, end);
        default:
            return solveRows<Eigen::Dynamic>(c, y, gram, x, s, begin, end);
        }
    });
    return !stop;
}

/// L = sum_u [x_u^T (Y^T Y) x_u + sum_{i in row} (c (p - s)^2 - s^2)] + lambda (|X|^2 + |Y|^2)
double loss(const SparseRowMatrix &c, const DenseRowMatrix &x, const DenseRowMatrix &y,
            const Eigen::MatrixXf &yty, const Settings &s, const ParallelRunner &runner)
{
    const int n = static_cast<int>(x.rows());
    const Eigen::Index f = x.cols();
    const int blocks = ParallelRunner::blocksFor(n, kRowsPerBlock);
    std::vector<double> partial(static_cast<size_t>(blocks), 0.0);
    runner.run(blocks, [&](int block) {
        Eigen::VectorXf t(f);
        double sum = 0.0;
        const int end = std::min(n, (block + 1) * kRowsPerBlock);
        for (int u = block * kRowsPerBlock; u < end; ++u) {
            ConstVecMap xu(x.data() + Eigen::Index(u) * f, f);
            t.noalias() = yty * xu;
            sum += xu.dot(t);
            for (int k = c.outerIndexPtr()[u]; k < c.outerIndexPtr()[u + 1]; ++k) {
                ConstVecMap yi(y.data() + Eigen::Index(c.innerIndexPtr()[k]) * f, f);
                const double score = yi.dot(xu);
                const double conf = 1.0 + s.alpha * std::abs(c.valuePtr()[k]);
                const double pref = c.valuePtr()[k] > 0.0f ? 1.0 : 0.0;
                sum += conf * (pref - score) * (pref - score) - score * score;
            }
        }
        partial[size_t(block)] = sum;
    });
    double total = 0.0;
    for (double v : partial)
        total += v;
    return total +
           s.lambda * (static_cast<double>(x.squaredNorm()) + static_cast<double>(y.squaredNorm()));
}

} // namespace

ImplicitAls::ImplicitAls()
    : Recommender(Parameters(
          QStringLiteral("als"),
          {ParameterSpec::integer(QStringLiteral("factors"), 64, 1, 1024,
                                  QStringLiteral("latent factors")),
           ParameterSpec::integer(QStringLiteral("iterations"), 15, 1, 1000,
                                  QStringLiteral("alternating sweeps (items then users)")),
           ParameterSpec::real(QStringLiteral("regularization"), 0.01, 1e-6, 1e6,
                               QStringLiteral("L2 penalty lambda on all factors")),
           ParameterSpec::real(QStringLiteral("alpha"), 1.0, 0.0, 1e6,
                               QStringLiteral("confidence c = 1 + alpha * |weight|")),
           ParameterSpec::integer(QStringLiteral("cg_steps"), 3, 0, 1024,
                                  QStringLiteral("conjugate-gradient steps per row and sweep; "
                                                 "0 = exact Cholesky solve")),
           ParameterSpec::real(QStringLiteral("init_scale"), 0.01, 1e-6, 10.0,
                               QStringLiteral("initial factors ~ uniform(-0.5, 0.5) * "
                                              "init_scale"))}))
{}

void ImplicitAls::clearModel()
{
    m_userFactors = {};
    m_itemFactors = {};
    m_gram = {};
    m_itemNorms = {};
    m_loss.clear();
}

Status ImplicitAls::fitModel(const InteractionData &, const FitContext &context)
{
    const int f = m_parameters.integer(QStringLiteral("factors"));
    const int iterations = m_parameters.integer(QStringLiteral("iterations"));
    Settings s;
    s.lambda = static_cast<float>(m_parameters.real(QStringLiteral("regularization")));
    s.alpha = static_cast<float>(m_parameters.real(QStringLiteral("alpha")));
    s.cgSteps = m_parameters.integer(QStringLiteral("cg_steps"));
    const float scale = static_cast<float>(m_parameters.real(QStringLiteral("init_scale")));

    Rng rng(context.seed);
    m_userFactors.resize(userCount(), f);
    m_itemFactors.resize(itemCount(), f);
    for (Eigen::Index k = 0; k < m_userFactors.size(); ++k)
        m_userFactors.data()[k] = (rng.uniform() - 0.5f) * scale;
    for (Eigen::Index k = 0; k < m_itemFactors.size(); ++k)
        m_itemFactors.data()[k] = (rng.uniform() - 0.5f) * scale;

    SparseRowMatrix itemUsers = m_weights.transpose();
    itemUsers.makeCompressed();
    const ParallelRunner runner(context.threads, context.pool);
    Eigen::MatrixXf gram(f, f);
    for (int it = 0; it < iterations; ++it) {
        // Items given users: gram = X^T X + lambda I.
        gram.noalias() = m_userFactors.transpose() * m_userFactors;
        gram.diagonal().array() += s.lambda;
        if (!sweep(itemUsers, m_userFactors, gram, m_itemFactors, s, runner, context))
            return cancelledError();
        gram.noalias() = m_itemFactors.transpose() * m_itemFactors;
        gram.diagonal().array() += s.lambda;
        if (!sweep(m_weights, m_itemFactors, gram, m_userFactors, s, runner, context))
            return cancelledError();
        if (Status st = checkFinite(m_userFactors, QStringLiteral("user factors")); !st.ok())
            return st;
        if (Status st = checkFinite(m_itemFactors, QStringLiteral("item factors")); !st.ok())
            return st;
        gram.diagonal().array() -= s.lambda;
        m_loss.push_back(loss(m_weights, m_userFactors, m_itemFactors, gram, s, runner));
        context.report(double(it + 1) / iterations);
    }
    prepareScoring();
    return {};
}

void ImplicitAls::prepareScoring()
{
    m_gram.noalias() = m_itemFactors.transpose() * m_itemFactors;
    m_itemNorms = m_itemFactors.rowwise().norm();
}

void ImplicitAls::userSystem(const SparseRow &row, Eigen::MatrixXf &a, Eigen::VectorXf &b) const
{
    const float lambda = static_cast<float>(m_parameters.real(QStringLiteral("regularization")));
    const float alpha = static_cast<float>(m_parameters.real(QStringLiteral("alpha")));
    const Eigen::Index f = m_itemFactors.cols();
    a = m_gram;
    a.diagonal().array() += lambda;
    b.setZero(f);
    for (size_t k = 0; k < row.items.size(); ++k) {
        ConstVecMap yi(m_itemFactors.data() + Eigen::Index(row.items[k]) * f, f);
        const float conf = 1.0f + alpha * std::abs(row.values[k]);
        a.selfadjointView<Eigen::Lower>().rankUpdate(yi, conf - 1.0f);
        if (row.values[k] > 0.0f)
            b.noalias() += conf * yi;
    }
}

Status ImplicitAls::completeState(UserState &state, int trainedUser) const
{
    if (trainedUser >= 0) {
        state.factors = m_userFactors.row(trainedUser).transpose();
        return {};
    }
    thread_local Eigen::MatrixXf a;
    thread_local Eigen::VectorXf b;
    userSystem(state.interactions.weights, a, b);
    state.factors = a.selfadjointView<Eigen::Lower>().llt().solve(b);
    if (!state.factors.allFinite())
        return fail(QStringLiteral("fold-in produced non-finite factors"), name());
    return {};
}

void ImplicitAls::scoreAllItems(const UserState &user, float *out) const
{
    Eigen::Map<Eigen::VectorXf> scores(out, itemCount());
    if (user.factors.size() != m_itemFactors.cols()) {
        scores.setZero();
        return;
    }
    scores.noalias() = m_itemFactors * user.factors;
}

std::vector<ScoredItem> ImplicitAls::similarItems(int item, int k) const
{
    if (!m_fitted || item < 0 || item >= itemCount())
        return {};
    Eigen::VectorXf cosine = m_itemFactors * m_itemFactors.row(item).transpose();
    std::vector<ScoredItem> candidates;
    for (int j = 0; j < itemCount(); ++j) {
        const float d = m_itemNorms[j] * m_itemNorms[item];
        if (j != item && d > 0.0f)
            candidates.push_back({j, cosine[j] / d});
    }
    return selectTopK(candidates, k);
}

std::vector<Contribution> ImplicitAls::explain(const UserState &user, int item, int n) const
{
    std::vector<Contribution> out;
    if (!m_fitted || item < 0 || item >= itemCount())
        return out;
    const SparseRow &row = user.interactions.weights;
    const float alpha = static_cast<float>(m_parameters.real(QStringLiteral("alpha")));
    const Eigen::Index f = m_itemFactors.cols();
    Eigen::MatrixXf a;
    Eigen::VectorXf b;
    userSystem(row, a, b);
    // z = W^u y_i, then s^u_ij = z.y_j.
    const Eigen::VectorXf z =
        a.selfadjointView<Eigen::Lower>().llt().solve(m_itemFactors.row(item).transpose());
    for (size_t k = 0; k < row.items.size(); ++k) {
        if (row.values[k] <= 0.0f)
            continue;
        ConstVecMap yj(m_itemFactors.data() + Eigen::Index(row.items[k]) * f, f);
        const float conf = 1.0f + alpha * std::abs(row.values[k]);
        out.push_back({row.items[k], conf * z.dot(yj)});
    }
    keepLargest(out, n);
    return out;
}

void ImplicitAls::savePayload(SnapshotWriter &out) const
{
    out.dense(m_userFactors);
    out.dense(m_itemFactors);
    out.vector(m_loss);
}

Status ImplicitAls::loadPayload(SnapshotReader &in)
{
    m_userFactors = in.denseMatrix();
    m_itemFactors = in.denseMatrix();
    m_loss = in.vector<double>();
    const int f = m_parameters.integer(QStringLiteral("factors"));
    if (in.ok() && (m_userFactors.rows() != userCount() || m_itemFactors.rows() != itemCount() ||
                    m_userFactors.cols() != f || m_itemFactors.cols() != f))
        in.setError(QStringLiteral("factor matrices do not match the id maps or parameters"));
    if (in.ok())
        prepareScoring();
    return in.status();
}

} // namespace storefront::recsys
