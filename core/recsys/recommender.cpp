#include "recommender.h"

#include "recsys/itemfeatures.h"

#include <QIODevice>

#include <cmath>
#include <limits>

namespace storefront::recsys {

Recommender::~Recommender() = default;

Status Recommender::setParameter(const QString &key, const QString &value)
{
    return m_parameters.set(key, value);
}

Status Recommender::setComponentParameter(const QString &, const QString &)
{
    return {};
}

Status Recommender::fit(const InteractionData &data, const FitContext &context)
{
    m_fitted = false;
    clearModel();
    const QString where = name();
    if (data.weights.rows() != data.userCount() || data.weights.cols() != data.itemCount())
        return fail(QStringLiteral("weights matrix does not match the id maps"), where);
    if (data.ratings.size() != 0 &&
        (data.ratings.rows() != data.userCount() || data.ratings.cols() != data.itemCount()))
        return fail(QStringLiteral("ratings matrix does not match the id maps"), where);
    if (data.itemFeatures && data.itemFeatures->itemCount() != data.itemCount())
        return fail(QStringLiteral("item features do not match the item map"), where);
    if (data.itemCount() == 0)
        return fail(tr("no items to train on"), where);
    m_users = data.users;
    m_items = data.items;
    m_weights = data.weights;
    m_weights.makeCompressed();
    m_ratings = data.ratings;
    if (m_ratings.rows() != m_weights.rows() || m_ratings.cols() != m_weights.cols())
        m_ratings.resize(m_weights.rows(), m_weights.cols());
    m_ratings.makeCompressed();
    m_features = data.itemFeatures;
    context.report(0.0);
    Status status = fitModel(data, context);
    // Asked once more after the work, for every model: a cancelled training never produces a
    // fitted model, however short the work was (a model checks only every so many users).
    if (status.ok() && context.isCancelled())
        status = cancelledError();
    if (!status.ok()) {
        clearModel();
        return status;
    }
    m_fitted = true;
    context.report(1.0);
    return {};
}

Status Recommender::completeState(UserState &, int) const
{
    return {};
}

Result<UserState> Recommender::userState(int user) const
{
    if (!m_fitted)
        return fail(QStringLiteral("model is not trained"), name());
    if (user < 0 || user >= userCount())
        return fail(QStringLiteral("user index %1 out of range").arg(user), name());
    UserState state;
    state.interactions = {user, SparseRow::fromMatrix(m_weights, user),
                          SparseRow::fromMatrix(m_ratings, user)};
    if (Status s = completeState(state, user); !s.ok())
        return s.error();
    return state;
}

Result<UserState> Recommender::foldIn(UserInteractions interactions) const
{
    if (!m_fitted)
        return fail(QStringLiteral("model is not trained"), name());
    for (SparseRow *row : {&interactions.weights, &interactions.ratings}) {
        if (row->items.size() != row->values.size())
            return fail(QStringLiteral("row has %1 items but %2 values")
                            .arg(row->items.size())
                            .arg(row->values.size()),
                        name());
        for (size_t k = 0; k < row->items.size(); ++k)
            if (row->items[k] < 0 || row->items[k] >= itemCount() || !std::isfinite(row->values[k]))
                return fail(QStringLiteral("item index %1 out of range or value not finite")
                                .arg(row->items[k]),
                            name());
        row->normalise();
    }
    if (interactions.user >= userCount())
        interactions.user = -1;
    UserState state;
    state.interactions = std::move(interactions);
    if (Status s = completeState(state, -1); !s.ok())
        return s.error();
    return state;
}

void Recommender::scoreAll(const UserState &user, std::span<float> out) const
{
    if (static_cast<int>(out.size()) < itemCount() || !m_fitted) {
        std::fill(out.begin(), out.end(), 0.0f);
        return;
    }
    scoreAllItems(user, out.data());
}

std::vector<float> Recommender::scoreUser(const UserState &user,
                                          std::span<const int> candidates) const
{
    thread_local std::vector<float> scores;
    scores.resize(static_cast<size_t>(itemCount()));
    scoreAll(user, scores);
    std::vector<float> out;
    out.reserve(candidates.size());
    for (int i : candidates)
        out.push_back(i >= 0 && i < itemCount() ? scores[static_cast<size_t>(i)]
                                                : -std::numeric_limits<float>::infinity());
    return out;
}

std::vector<ScoredItem> Recommender::recommend(const UserState &user, int k,
                                               const Exclusions &exclusions) const
{
    if (!m_fitted || k <= 0)
        return {};
    // Per-thread buffers: no allocation per call once warmed up.
    thread_local std::vector<float> scores;
    thread_local std::vector<ScoredItem> scratch;
    const int n = itemCount();
    scores.resize(static_cast<size_t>(n));
    scoreAllItems(user, scores.data());
    constexpr float kExcluded = -std::numeric_limits<float>::infinity();
    auto exclude = [&](int i) {
        if (i >= 0 && i < n)
            scores[static_cast<size_t>(i)] = kExcluded;
    };
    if (exclusions.interacted) {
        for (int i : user.interactions.weights.items)
            exclude(i);
        for (int i : user.interactions.ratings.items)
            exclude(i);
    }
    for (int i : exclusions.items)
        exclude(i);
    for (int i : exclusions.outOfStock)
        exclude(i);
    return topKOfScores(scores.data(), n, k, scratch);
}

float Recommender::predictRating(const UserState &, int) const
{
    return std::numeric_limits<float>::quiet_NaN();
}

Status Recommender::checkFinite(const DenseRowMatrix &m, const QString &what) const
{
    if (!m.allFinite())
        return fail(tr("%1 became NaN or infinite; lower the learning rate or raise the "
                       "regularization")
                        .arg(what),
                    name());
    return {};
}

Status Recommender::cancelledError() const
{
    return fail(ErrorCode::Cancelled, QStringLiteral("training cancelled"), name());
}

Status Recommender::save(QIODevice &device) const
{
    if (!m_fitted)
        return fail(QStringLiteral("cannot save an untrained model"), name());
    SnapshotWriter out;
    out.string(name());
    const QStringList params = m_parameters.toStrings();
    out.pod<std::uint32_t>(static_cast<std::uint32_t>(params.size()));
    for (const QString &p : params)
        out.string(p);
    out.vector(m_users.ids());
    out.vector(m_items.ids());
    out.sparse(m_weights);
    out.sparse(m_ratings);
    out.pod<std::uint8_t>(m_features ? 1 : 0);
    if (m_features)
        m_features->save(out);
    savePayload(out);
    return out.writeTo(device);
}

Status Recommender::load(QIODevice &device)
{
    auto opened = SnapshotReader::open(device);
    if (!opened.ok())
        return opened.error();
    SnapshotReader &in = opened.value();
    const QString model = in.string();
    if (!in.ok())
        return in.status();
    if (model != name())
        return fail(QStringLiteral("snapshot holds model \"%1\", not \"%2\"").arg(model, name()),
                    QStringLiteral("snapshot"));
    // Parse everything into temporaries first, so a failure leaves this model unchanged.
    Parameters params = m_parameters;
    const auto count = in.pod<std::uint32_t>();
    for (std::uint32_t k = 0; k < count && in.ok(); ++k) {
        const QString p = in.string();
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        if (eq < 0) {
            in.setError(QStringLiteral("malformed parameter"));
            break;
        }
        if (Status s = params.set(p.left(eq), p.mid(eq + 1)); !s.ok())
            in.setError(QStringLiteral("parameter refused: ") + s.error().toString());
    }
    IdMap users(in.vector<qint64>());
    IdMap items(in.vector<qint64>());
    SparseRowMatrix weights = in.sparse();
    SparseRowMatrix ratings = in.sparse();
    if (in.ok() && (weights.rows() != users.size() || weights.cols() != items.size() ||
                    ratings.rows() != users.size() || ratings.cols() != items.size()))
        in.setError(QStringLiteral("interaction matrices do not match the id maps"));
    std::shared_ptr<ItemFeatures> features;
    if (in.pod<std::uint8_t>() != 0 && in.ok()) {
        features = std::make_shared<ItemFeatures>();
        if (Status s = features->load(in); !s.ok())
            return s;
        if (features->itemCount() != items.size())
            in.setError(QStringLiteral("item features do not match the item map"));
    }
    if (!in.ok())
        return in.status();

    // Commit the common part, then the model's own payload; on failure, become unfitted.
    Parameters oldParams = m_parameters;
    m_parameters = params;
    std::swap(m_users, users);
    std::swap(m_items, items);
    m_weights.swap(weights);
    m_ratings.swap(ratings);
    m_features = features;
    clearModel();
    Status s = loadPayload(in);
    if (s.ok() && !in.atEnd())
        s = fail(QStringLiteral("unexpected trailing data"), QStringLiteral("snapshot"));
    if (!s.ok()) {
        m_fitted = false;
        m_parameters = oldParams;
        clearModel();
        return s;
    }
    m_fitted = true;
    return {};
}

} // namespace storefront::recsys
