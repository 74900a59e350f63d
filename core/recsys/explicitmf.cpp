#include "recsys/explicitmf.h"

#include "recsys/parallelrunner.h"
#include "recsys/random.h"

#include <Eigen/Cholesky>
#include <Eigen/Eigenvalues>
#include <Eigen/QR>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

namespace storefront::recsys {

namespace {

constexpr int kRowsPerBlock = 64;

/// Solves [bias_r; factors_r] for every row r of `m` (rows x cols ratings) against the fixed
/// other side (`otherFactors`, `otherBias`): (sum a a^T + lambda I) z = sum t a, a = [1, y],
/// t = r - mu - otherBias.
bool solveSide(const SparseRowMatrix &m, const DenseRowMatrix &otherFactors,
               const Eigen::VectorXf &otherBias, float mu, float lambda, DenseRowMatrix &factors,
               Eigen::VectorXf &bias, const ParallelRunner &runner, const FitContext &context)
{
    const int n = static_cast<int>(m.rows());
    const Eigen::Index f = factors.cols();
    std::atomic<bool> stop{false};
    runner.run(ParallelRunner::blocksFor(n, kRowsPerBlock), [&](int block) {
        if (stop.load(std::memory_order_relaxed) || context.isCancelled()) {
            stop = true;
            return;
        }
        Eigen::MatrixXf a(f + 1, f + 1);
        Eigen::VectorXf b(f + 1), av(f + 1), z(f + 1);
        const int end = std::min(n, (block + 1) * kRowsPerBlock);
        for (int r = block * kRowsPerBlock; r < end; ++r) {
            a.setZero();
            a.diagonal().setConstant(lambda);
            b.setZero();
            for (SparseRowMatrix::InnerIterator it(m, r); it; ++it) {
                av[0] = 1.0f;
                av.tail(f) = otherFactors.row(it.col()).transpose();
                a.selfadjointView<Eigen::Lower>().rankUpdate(av, 1.0f);
                b.noalias() += (it.value() - mu - otherBias[it.col()]) * av;
            }
            z = a.selfadjointView<Eigen::Lower>().llt().solve(b);
            bias[r] = z[0];
            factors.row(r) = z.tail(f).transpose();
        }
    });
    return !stop;
}

} // namespace

ExplicitMf::ExplicitMf()
    : Recommender(Parameters(
          QStringLiteral("mf"),
          {ParameterSpec::integer(QStringLiteral("factors"), 32, 1, 1024,
                                  QStringLiteral("latent factors")),
           ParameterSpec::integer(QStringLiteral("iterations"), 20, 1, 10000,
                                  QStringLiteral("ALS sweeps or SGD epochs")),
           ParameterSpec::real(QStringLiteral("regularization"), 1.0, 1e-6, 1e6,
                               QStringLiteral("L2 penalty lambda on biases and factors")),
           ParameterSpec::choice(QStringLiteral("solver"), QStringLiteral("als"),
                                 {QStringLiteral("als"), QStringLiteral("sgd")},
                                 QStringLiteral("alternating least squares (parallel) or "
                                                "stochastic gradient descent (sequential)")),
           ParameterSpec::real(QStringLiteral("learning_rate"), 0.01, 1e-6, 1.0,
                               QStringLiteral("initial SGD step")),
           ParameterSpec::real(QStringLiteral("init_scale"), 0.1, 1e-6, 10.0,
                               QStringLiteral("initial factors ~ uniform(-0.5, 0.5) * "
                                              "init_scale")),
           ParameterSpec::choice(QStringLiteral("ranking"), QStringLiteral("svd"),
                                 {QStringLiteral("svd"), QStringLiteral("rating")},
                                 QStringLiteral("top-N order: PureSVD of the star matrix "
                                                "(Cremonesi et al. 2010) or the predicted "
                                                "rating; RMSE/MAE always use the prediction")),
           ParameterSpec::integer(QStringLiteral("svd_factors"), 30, 1, 1024,
                                  QStringLiteral("singular vectors of the PureSVD ranking"))}))
{}

bool ExplicitMf::ranksBySvd() const
{
    return m_parameters.value(QStringLiteral("ranking")) == QLatin1String("svd");
}

Status ExplicitMf::fitPureSvd(const FitContext &context)
{
    // Randomised subspace iteration (Halko, Martinsson, Tropp 2011) for the top right singular
    // vectors of R (missing stars = 0): Y = (R^T R)^q Omega, orthonormalised after every
    // product, then the exact eigenvectors of the small projected matrix. Sequential sparse
    // products, so the result does not depend on the thread count.
    constexpr int kOversampling = 10;
    constexpr int kPowerIterations = 5;
    const int n = itemCount();
    const int f = std::min(m_parameters.integer(QStringLiteral("svd_factors")), n);
    const int l = std::min(n, f + kOversampling);
    Rng rng(context.seed, 0x5BD1E995ULL);
    DenseRowMatrix omega(n, l);
    for (Eigen::Index i = 0; i < omega.size(); ++i)
        omega.data()[i] = rng.uniform() - 0.5f;
    Eigen::MatrixXf q = omega;
    for (int it = 0; it <= kPowerIterations; ++it) {
        if (context.isCancelled())
            return cancelledError();
        const Eigen::MatrixXf rq = m_ratings * q;
        const Eigen::MatrixXf y = m_ratings.transpose() * rq;
        Eigen::HouseholderQR<Eigen::MatrixXf> qr(y);
        q = qr.householderQ() * Eigen::MatrixXf::Identity(n, l);
    }
    const Eigen::MatrixXf rq = m_ratings * q;
    const Eigen::MatrixXf small = rq.transpose() * rq;
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXf> eigen(small);
    if (eigen.info() != Eigen::Success)
        return fail(storefront::recsys::Recommender::tr("PureSVD eigen-decomposition failed"),
                    name());
    // Eigenvalues ascend: the last f columns are the top singular directions.
    m_svd = q * eigen.eigenvectors().rightCols(f);
    return checkFinite(m_svd, QStringLiteral("PureSVD item factors"));
}

const SparseRow &ExplicitMf::svdRow(const UserState &user)
{
    return user.interactions.ratings.empty() ? user.interactions.weights
                                             : user.interactions.ratings;
}

void ExplicitMf::clearModel()
{
    m_p = {};
    m_q = {};
    m_userBias = {};
    m_itemBias = {};
    m_loss.clear();
    m_svd = {};
}

double ExplicitMf::objective() const
{
    const float lambda = static_cast<float>(m_parameters.real(QStringLiteral("regularization")));
    double sum = 0.0;
    for (int u = 0; u < m_ratings.outerSize(); ++u)
        for (SparseRowMatrix::InnerIterator it(m_ratings, u); it; ++it) {
            const double e = it.value() - (m_mean + m_userBias[u] + m_itemBias[it.col()] +
                                           m_p.row(u).dot(m_q.row(it.col())));
            sum += e * e;
        }
    return sum + lambda * (double(m_p.squaredNorm()) + double(m_q.squaredNorm()) +
                           double(m_userBias.squaredNorm()) + double(m_itemBias.squaredNorm()));
}

Status ExplicitMf::fitModel(const InteractionData &, const FitContext &context)
{
    if (m_ratings.nonZeros() == 0)
        return fail(
            storefront::recsys::Recommender::tr("needs explicit star ratings; the data has none"),
            name());
    const int f = m_parameters.integer(QStringLiteral("factors"));
    const int iterations = m_parameters.integer(QStringLiteral("iterations"));
    const float lambda = static_cast<float>(m_parameters.real(QStringLiteral("regularization")));
    const float scale = static_cast<float>(m_parameters.real(QStringLiteral("init_scale")));
    const bool sgd = m_parameters.value(QStringLiteral("solver")) == QLatin1String("sgd");

    const Eigen::Map<const Eigen::VectorXf> values(m_ratings.valuePtr(), m_ratings.nonZeros());
    m_mean = values.mean();
    m_minRating = values.minCoeff();
    m_maxRating = values.maxCoeff();
    Rng rng(context.seed);
    m_p.resize(userCount(), f);
    m_q.resize(itemCount(), f);
    for (Eigen::Index k = 0; k < m_p.size(); ++k)
        m_p.data()[k] = (rng.uniform() - 0.5f) * scale;
    for (Eigen::Index k = 0; k < m_q.size(); ++k)
        m_q.data()[k] = (rng.uniform() - 0.5f) * scale;
    m_userBias.setZero(userCount());
    m_itemBias.setZero(itemCount());

    if (!sgd) {
        SparseRowMatrix itemUsers = m_ratings.transpose();
        itemUsers.makeCompressed();
        const ParallelRunner runner(context.threads, context.pool);
        for (int it = 0; it < iterations; ++it) {
            if (!solveSide(itemUsers, m_p, m_userBias, m_mean, lambda, m_q, m_itemBias, runner,
                           context) ||
                !solveSide(m_ratings, m_q, m_itemBias, m_mean, lambda, m_p, m_userBias, runner,
                           context))
                return cancelledError();
            if (Status s = checkFinite(m_p, QStringLiteral("user factors")); !s.ok())
                return s;
            if (Status s = checkFinite(m_q, QStringLiteral("item factors")); !s.ok())
                return s;
            m_loss.push_back(objective());
            context.report(double(it + 1) / iterations);
        }
        return ranksBySvd() ? fitPureSvd(context) : Status{};
    }

    // SGD over (user, item, rating) triples in a seeded random order per epoch.
    const int nnz = static_cast<int>(m_ratings.nonZeros());
    std::vector<int> rowOf(static_cast<size_t>(nnz));
    for (int u = 0; u < m_ratings.outerSize(); ++u)
        for (int k = m_ratings.outerIndexPtr()[u]; k < m_ratings.outerIndexPtr()[u + 1]; ++k)
            rowOf[size_t(k)] = u;
    std::vector<int> order(static_cast<size_t>(nnz));
    std::iota(order.begin(), order.end(), 0);
    float lr = static_cast<float>(m_parameters.real(QStringLiteral("learning_rate")));
    double previous = objective();
    Eigen::VectorXf pu(f);
    for (int epoch = 0; epoch < iterations; ++epoch) {
        if (context.isCancelled())
            return cancelledError();
        const DenseRowMatrix savedP = m_p;
        const DenseRowMatrix savedQ = m_q;
        const Eigen::VectorXf savedBu = m_userBias;
        const Eigen::VectorXf savedBi = m_itemBias;
        for (int k = nnz - 1; k > 0; --k) // Fisher-Yates
            std::swap(order[size_t(k)], order[rng.below(static_cast<std::uint32_t>(k + 1))]);
        for (int k : order) {
            const int u = rowOf[size_t(k)];
            const int i = m_ratings.innerIndexPtr()[k];
            const float e = m_ratings.valuePtr()[k] -
                            (m_mean + m_userBias[u] + m_itemBias[i] + m_p.row(u).dot(m_q.row(i)));
            m_userBias[u] += lr * (e - lambda * m_userBias[u]);
            m_itemBias[i] += lr * (e - lambda * m_itemBias[i]);
            pu = m_p.row(u).transpose();
            m_p.row(u) += lr * (e * m_q.row(i) - lambda * m_p.row(u));
            m_q.row(i) += lr * (e * pu.transpose() - lambda * m_q.row(i));
        }
        const double current = objective();
        if (!std::isfinite(current) || current > previous) {
            m_p = savedP;
            m_q = savedQ;
            m_userBias = savedBu;
            m_itemBias = savedBi;
            lr *= 0.5f;
        } else {
            previous = current;
        }
        m_loss.push_back(previous);
        context.report(double(epoch + 1) / iterations);
    }
    if (Status s = checkFinite(m_p, QStringLiteral("user factors")); !s.ok())
        return s;
    if (Status s = checkFinite(m_q, QStringLiteral("item factors")); !s.ok())
        return s;
    return ranksBySvd() ? fitPureSvd(context) : Status{};
}

void ExplicitMf::userSystem(const SparseRow &ratings, Eigen::MatrixXf &a, Eigen::VectorXf &b) const
{
    const float lambda = static_cast<float>(m_parameters.real(QStringLiteral("regularization")));
    const Eigen::Index f = m_q.cols();
    a.setZero(f + 1, f + 1);
    a.diagonal().setConstant(lambda);
    b.setZero(f + 1);
    Eigen::VectorXf av(f + 1);
    for (size_t k = 0; k < ratings.items.size(); ++k) {
        const int i = ratings.items[k];
        av[0] = 1.0f;
        av.tail(f) = m_q.row(i).transpose();
        a.selfadjointView<Eigen::Lower>().rankUpdate(av, 1.0f);
        b.noalias() += (ratings.values[k] - m_mean - m_itemBias[i]) * av;
    }
}

Status ExplicitMf::completeState(UserState &state, int trainedUser) const
{
    if (trainedUser >= 0) {
        state.factors = m_p.row(trainedUser).transpose();
        state.bias = m_userBias[trainedUser];
        return {};
    }
    Eigen::MatrixXf a;
    Eigen::VectorXf b;
    userSystem(state.interactions.ratings, a, b);
    const Eigen::VectorXf z = a.selfadjointView<Eigen::Lower>().llt().solve(b);
    if (!z.allFinite())
        return fail(QStringLiteral("fold-in produced non-finite factors"), name());
    state.bias = z[0];
    state.factors = z.tail(m_q.cols());
    return {};
}

void ExplicitMf::scoreAllItems(const UserState &user, float *out) const
{
    Eigen::Map<Eigen::VectorXf> scores(out, itemCount());
    if (ranksBySvd()) {
        // s_u = r_u V V^T
        const SparseRow &row = svdRow(user);
        Eigen::VectorXf projected = Eigen::VectorXf::Zero(m_svd.cols());
        for (size_t k = 0; k < row.items.size(); ++k)
            projected.noalias() += row.values[k] * m_svd.row(row.items[k]).transpose();
        scores.noalias() = m_svd * projected;
        return;
    }
    if (user.factors.size() != m_q.cols()) {
        scores = m_itemBias.array() + m_mean;
        return;
    }
    scores.noalias() = m_q * user.factors;
    scores.array() += m_itemBias.array() + (m_mean + user.bias);
}

float ExplicitMf::predictRating(const UserState &user, int item) const
{
    if (!m_fitted || item < 0 || item >= itemCount())
        return std::numeric_limits<float>::quiet_NaN();
    float r = m_mean + m_itemBias[item];
    if (user.factors.size() == m_q.cols())
        r += user.bias + m_q.row(item).dot(user.factors);
    return std::clamp(r, m_minRating, m_maxRating);
}

std::vector<ScoredItem> ExplicitMf::similarItems(int item, int k) const
{
    if (!m_fitted || item < 0 || item >= itemCount())
        return {};
    const Eigen::VectorXf dots = m_q * m_q.row(item).transpose();
    const float ni = m_q.row(item).norm();
    std::vector<ScoredItem> candidates;
    for (int j = 0; j < itemCount(); ++j) {
        const float d = m_q.row(j).norm() * ni;
        if (j != item && d > 0.0f)
            candidates.push_back({j, dots[j] / d});
    }
    return selectTopK(candidates, k);
}

std::vector<Contribution> ExplicitMf::explain(const UserState &user, int item, int n) const
{
    std::vector<Contribution> out;
    if (!m_fitted || item < 0 || item >= itemCount())
        return out;
    if (ranksBySvd()) {
        const SparseRow &row = svdRow(user);
        for (size_t k = 0; k < row.items.size(); ++k)
            out.push_back(
                {row.items[k], row.values[k] * m_svd.row(row.items[k]).dot(m_svd.row(item))});
        keepLargest(out, n);
        return out;
    }
    const SparseRow &ratings = user.interactions.ratings;
    const Eigen::Index f = m_q.cols();
    Eigen::MatrixXf a;
    Eigen::VectorXf b;
    userSystem(ratings, a, b);
    Eigen::VectorXf target(f + 1);
    target[0] = 1.0f;
    target.tail(f) = m_q.row(item).transpose();
    const Eigen::VectorXf w = a.selfadjointView<Eigen::Lower>().llt().solve(target);
    Eigen::VectorXf av(f + 1);
    for (size_t k = 0; k < ratings.items.size(); ++k) {
        const int i = ratings.items[k];
        av[0] = 1.0f;
        av.tail(f) = m_q.row(i).transpose();
        out.push_back({i, (ratings.values[k] - m_mean - m_itemBias[i]) * w.dot(av)});
    }
    keepLargest(out, n);
    return out;
}

void ExplicitMf::savePayload(SnapshotWriter &out) const
{
    out.pod(m_mean);
    out.pod(m_minRating);
    out.pod(m_maxRating);
    out.dense(m_p);
    out.dense(m_q);
    out.dense(m_userBias);
    out.dense(m_itemBias);
    out.vector(m_loss);
    out.dense(m_svd);
}

Status ExplicitMf::loadPayload(SnapshotReader &in)
{
    m_mean = in.pod<float>();
    m_minRating = in.pod<float>();
    m_maxRating = in.pod<float>();
    m_p = in.denseMatrix();
    m_q = in.denseMatrix();
    m_userBias = in.denseVector();
    m_itemBias = in.denseVector();
    m_loss = in.vector<double>();
    m_svd = in.denseMatrix();
    const int f = m_parameters.integer(QStringLiteral("factors"));
    if (in.ok() &&
        (m_p.rows() != userCount() || m_q.rows() != itemCount() || m_p.cols() != f ||
         m_q.cols() != f || m_userBias.size() != userCount() || m_itemBias.size() != itemCount()))
        in.setError(QStringLiteral("factor matrices do not match the id maps or parameters"));
    if (in.ok() && ranksBySvd() && m_svd.rows() != itemCount())
        in.setError(QStringLiteral("PureSVD factors do not match the item map"));
    return in.status();
}

} // namespace storefront::recsys
