#include "recsys/ensemble.h"

#include "recsys/hybrid.h"
#include "recsys/parallelrunner.h"
#include "recsys/random.h"

#include <QBuffer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace storefront::recsys {

namespace {

const QStringList &baseModels()
{
    static const QStringList names = recommenderNames();
    return names;
}

bool coversColdItems(const QString &model)
{
    return model == QLatin1String("content");
}

/// Default weights of the fixed hybrid: the live HybridOptions.
float defaultHybridWeight(const QString &model)
{
    return HybridOptions{}.weights.value(model, 0.0f);
}

std::vector<ParameterSpec> specs(Ensemble::Mode mode)
{
    std::vector<ParameterSpec> out;
    if (mode == Ensemble::Mode::Fixed) {
        for (const QString &m : baseModels())
            out.push_back(ParameterSpec::real(m, defaultHybridWeight(m), 0.0, 100.0,
                                              QStringLiteral("blend weight of %1 (0 = not "
                                                             "used)")
                                                  .arg(m)));
        out.push_back(ParameterSpec::integer(QStringLiteral("cold_interactions"), 3, 0, 1000000,
                                             QStringLiteral("users with fewer interactions get "
                                                            "popularity and content only")));
        return out;
    }
    for (const QString &m : baseModels())
        out.push_back(ParameterSpec::integer(
            m, 1, 0, 1,
            QStringLiteral("1 = %1 is a component the weights are learned for").arg(m)));
    out.push_back(ParameterSpec::integer(QStringLiteral("warm_from"), 5, 1, 1000000,
                                         QStringLiteral("first history length (positive "
                                                        "interactions) of the warm segment")));
    out.push_back(ParameterSpec::integer(QStringLiteral("heavy_from"), 50, 1, 1000000,
                                         QStringLiteral("first history length of the heavy "
                                                        "segment")));
    out.push_back(ParameterSpec::real(QStringLiteral("validation"), 0.2, 0.01, 0.9,
                                      QStringLiteral("fraction of each user's training "
                                                     "interactions held out to learn weights")));
    out.push_back(ParameterSpec::real(QStringLiteral("min_stars"), 4.0, 0.0, 100.0,
                                      QStringLiteral("a held-out rated pair is relevant from "
                                                     "these stars (0 = every pair)")));
    out.push_back(ParameterSpec::integer(QStringLiteral("k"), 10, 1, 1000,
                                         QStringLiteral("the NDCG cutoff maximised")));
    out.push_back(ParameterSpec::integer(QStringLiteral("pool"), 100, 10, 100000,
                                         QStringLiteral("each component's top items form the "
                                                        "candidates a blend is ranked over")));
    out.push_back(ParameterSpec::integer(QStringLiteral("rounds"), 4, 1, 100,
                                         QStringLiteral("coordinate-ascent sweeps at most")));
    out.push_back(ParameterSpec::real(QStringLiteral("min_gain"), 0.0, 0.0, 1.0,
                                      QStringLiteral("validation NDCG a weight change must add "
                                                     "to be kept (guards against fitting the "
                                                     "validation split's noise)")));
    return out;
}

/// The blend formula of Hybrid::blend for one item: z is NaN where a component does not cover
/// the item.
float blendOne(const float *z, const std::vector<float> &weights)
{
    double num = 0.0;
    double den = 0.0;
    for (size_t m = 0; m < weights.size(); ++m) {
        if (weights[m] <= 0.0f || std::isnan(z[m]))
            continue;
        num += double(weights[m]) * z[m];
        den += weights[m];
    }
    return den > 0.0 ? float(num / den) : -std::numeric_limits<float>::infinity();
}

/// One validation user: the candidate pool and the components' z-scores on it.
struct ValidationUser
{
    int segment = 0;
    std::vector<int> pool;     ///< increasing item indices
    std::vector<float> z;      ///< pool.size() x components, row-major
    std::vector<int> relevant; ///< sorted
};

double ndcgAt(const ValidationUser &u, const std::vector<float> &weights, int k,
              std::vector<ScoredItem> &scratch)
{
    const size_t comps = weights.size();
    scratch.clear();
    for (size_t p = 0; p < u.pool.size(); ++p)
        scratch.push_back({u.pool[p], blendOne(u.z.data() + p * comps, weights)});
    const std::vector<ScoredItem> top = selectTopK(scratch, k);
    double dcg = 0.0;
    for (size_t r = 0; r < top.size(); ++r)
        if (std::binary_search(u.relevant.begin(), u.relevant.end(), top[r].item))
            dcg += 1.0 / std::log2(double(r) + 2.0);
    double idcg = 0.0;
    const int ideal = std::min<int>(k, static_cast<int>(u.relevant.size()));
    for (int r = 0; r < ideal; ++r)
        idcg += 1.0 / std::log2(double(r) + 2.0);
    return idcg > 0.0 ? dcg / idcg : 0.0;
}

} // namespace

Ensemble::Ensemble(Mode mode)
    : Recommender(Parameters(
          mode == Mode::Fixed ? QStringLiteral("hybrid") : QStringLiteral("ensemble"), specs(mode)))
    , m_mode(mode)
{}

Ensemble::~Ensemble() = default;

QStringList Ensemble::componentNames()
{
    return baseModels();
}

Status Ensemble::setComponentParameter(const QString &key, const QString &value)
{
    const QString model = key.left(key.indexOf(QLatin1Char('.')));
    if (!baseModels().contains(model))
        return {};
    // Validate now, so a bad value is refused where it is given.
    auto probe = createRecommender(model);
    if (Status s = probe->setParameter(key, value); !s)
        return s;
    m_componentParameters << key + QLatin1Char('=') + value;
    return {};
}

bool Ensemble::used(int component) const
{
    const QString &m = baseModels()[component];
    return m_mode == Mode::Fixed ? m_parameters.real(m) > 0.0 : m_parameters.integer(m) != 0;
}

int Ensemble::segmentOf(int interactions) const
{
    if (m_mode == Mode::Fixed)
        return interactions < m_parameters.integer(QStringLiteral("cold_interactions")) ? 0 : 2;
    if (interactions < m_parameters.integer(QStringLiteral("warm_from")))
        return 0;
    return interactions < m_parameters.integer(QStringLiteral("heavy_from")) ? 1 : 2;
}

int Ensemble::positives(const SparseRow &row) const
{
    return static_cast<int>(
        std::count_if(row.values.begin(), row.values.end(), [](float v) { return v > 0.0f; }));
}

const Recommender *Ensemble::component(const QString &name) const
{
    const qsizetype c = baseModels().indexOf(name);
    return c >= 0 && static_cast<size_t>(c) < m_components.size()
               ? m_components[static_cast<size_t>(c)].get()
               : nullptr;
}

void Ensemble::clearModel()
{
    m_components.clear();
    m_warm.clear();
    for (auto &w : m_weightsBySegment)
        w.clear();
    m_validation.fill(std::numeric_limits<double>::quiet_NaN());
    m_validationSingle.fill(std::numeric_limits<double>::quiet_NaN());
}

Result<Ensemble::Components> Ensemble::fitComponents(const InteractionData &data,
                                                     const FitContext &context, double from,
                                                     double to) const
{
    Components models(static_cast<size_t>(baseModels().size()));
    const int count = static_cast<int>(models.size());
    for (int c = 0; c < count; ++c) {
        if (!used(c))
            continue;
        const QString &name = baseModels()[c];
        auto model = createRecommender(name);
        for (const QString &p : m_componentParameters)
            if (p.startsWith(name + QLatin1Char('.'))) {
                const qsizetype eq = p.indexOf(QLatin1Char('='));
                if (Status s = model->setParameter(p.left(eq), p.mid(eq + 1)); !s)
                    return s.error();
            }
        FitContext sub = context;
        sub.progress = [&](double f) { context.report(from + (to - from) * (c + f) / count); };
        if (name == QLatin1String("content") && !data.itemFeatures)
            continue; // no item text: the blend goes without content
        if (Status s = model->fit(data, sub); !s) {
            if (context.isCancelled())
                return cancelledError().error();
            // A model the data cannot support (mf without stars, EASE on a huge catalogue) is
            // left out of the blend, as the live snapshot does; the rest still blend.
            continue;
        }
        models[static_cast<size_t>(c)] = std::move(model);
    }
    return models;
}

std::vector<UserState> Ensemble::componentStates(const Components &models,
                                                 const UserState &user) const
{
    std::vector<UserState> states(models.size());
    const UserInteractions &in = user.interactions;
    for (size_t c = 0; c < models.size(); ++c) {
        const Recommender *m = models[c].get();
        if (!m)
            continue;
        bool trained = in.user >= 0 && in.user < m->userCount();
        if (trained) {
            auto state = m->userState(in.user);
            trained = state && state->interactions.weights.items == in.weights.items &&
                      state->interactions.weights.values == in.weights.values &&
                      state->interactions.ratings.items == in.ratings.items &&
                      state->interactions.ratings.values == in.ratings.values;
            if (trained)
                states[c] = std::move(*state);
        }
        if (!trained) {
            auto state = m->foldIn(in);
            if (state)
                states[c] = std::move(*state);
            else
                states[c].interactions = in; // scores from the row alone
        }
    }
    return states;
}

Status Ensemble::fitModel(const InteractionData &data, const FitContext &context)
{
    m_warm.assign(static_cast<size_t>(itemCount()), 0);
    for (Eigen::Index k = 0; k < m_weights.nonZeros(); ++k)
        m_warm[static_cast<size_t>(m_weights.innerIndexPtr()[k])] = 1;
    const int count = static_cast<int>(baseModels().size());
    if (m_mode == Mode::Fixed) {
        std::vector<float> cold(static_cast<size_t>(count), 0.0f);
        std::vector<float> warm(static_cast<size_t>(count), 0.0f);
        const HybridOptions defaults;
        for (int c = 0; c < count; ++c) {
            warm[size_t(c)] = static_cast<float>(m_parameters.real(baseModels()[c]));
            cold[size_t(c)] = defaults.coldWeights.value(baseModels()[c], 0.0f);
        }
        m_weightsBySegment = {cold, warm, warm};
        auto models = fitComponents(data, context, 0.0, 1.0);
        if (!models)
            return models.error();
        m_components = std::move(*models);
        return requireComponent();
    }
    if (Status s = learnWeights(data, context); !s)
        return s;
    auto models = fitComponents(data, context, 0.6, 1.0);
    if (!models)
        return models.error();
    m_components = std::move(*models);
    return requireComponent();
}

Status Ensemble::requireComponent() const
{
    if (std::none_of(m_components.begin(), m_components.end(),
                     [](const auto &m) { return m != nullptr; }))
        return fail(QStringLiteral("no component model could be trained on this data"), name());
    return {};
}

Status Ensemble::learnWeights(const InteractionData &data, const FitContext &context)
{
    const int count = static_cast<int>(baseModels().size());
    const double fraction = m_parameters.real(QStringLiteral("validation"));
    const float minStars = static_cast<float>(m_parameters.real(QStringLiteral("min_stars")));
    const int k = m_parameters.integer(QStringLiteral("k"));
    const int poolSize = m_parameters.integer(QStringLiteral("pool"));

    // The validation split: per user, a seeded random fraction of the positive pairs.
    std::vector<InteractionData::Triplet> kept;
    std::vector<std::vector<int>> heldOut(static_cast<size_t>(userCount()));
    std::vector<int> history(static_cast<size_t>(userCount()), 0);
    for (int u = 0; u < userCount(); ++u) {
        const UserInteractions row = data.user(u);
        history[size_t(u)] = positives(row.weights);
        std::vector<int> order;
        for (size_t j = 0; j < row.weights.items.size(); ++j)
            if (row.weights.values[j] > 0.0f)
                order.push_back(static_cast<int>(j));
        Rng rng(context.seed ^ 0xE5E3B1E5ULL, static_cast<std::uint64_t>(u));
        for (size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[static_cast<size_t>(rng.next() % i)]);
        const long long n = static_cast<long long>(order.size());
        const long long nHeld =
            std::clamp<long long>(std::llround(fraction * double(n)), 0, std::max(0LL, n - 1));
        std::vector<char> held(row.weights.items.size(), 0);
        for (long long h = 0; h < nHeld; ++h)
            held[size_t(order[size_t(h)])] = 1;
        size_t r = 0;
        for (size_t j = 0; j < row.weights.items.size(); ++j) {
            const int item = row.weights.items[j];
            while (r < row.ratings.items.size() && row.ratings.items[r] < item)
                ++r;
            const float stars = r < row.ratings.items.size() && row.ratings.items[r] == item
                                    ? row.ratings.values[r]
                                    : 0.0f;
            if (held[j]) {
                if (stars == 0.0f || stars >= minStars)
                    heldOut[size_t(u)].push_back(item);
                continue;
            }
            const size_t nz = size_t(data.weights.outerIndexPtr()[u]) + j;
            kept.push_back({u, item, row.weights.values[j], stars,
                            nz < data.lastSeen.size() ? data.lastSeen[nz] : 0});
        }
        // Stars without a weight (below a training threshold) still train mf.
        for (size_t q = 0; q < row.ratings.items.size(); ++q)
            if (!std::binary_search(row.weights.items.begin(), row.weights.items.end(),
                                    row.ratings.items[q]))
                kept.push_back({u, row.ratings.items[q], 0.0f, row.ratings.values[q], 0});
    }
    InteractionData sub = InteractionData::fromTriplets(userCount(), itemCount(), kept);
    sub.users = data.users;
    sub.items = data.items;
    sub.itemFeatures = data.itemFeatures;
    sub.latestTimestamp = data.latestTimestamp;

    auto models = fitComponents(sub, context, 0.0, 0.45);
    if (!models)
        return models.error();
    std::vector<char> warm(static_cast<size_t>(itemCount()), 0);
    for (Eigen::Index q = 0; q < sub.weights.nonZeros(); ++q)
        warm[static_cast<size_t>(sub.weights.innerIndexPtr()[q])] = 1;

    // Every validation user's candidate pool with the components' z-scores on it.
    std::vector<int> users;
    for (int u = 0; u < userCount(); ++u)
        if (!heldOut[size_t(u)].empty())
            users.push_back(u);
    std::vector<ValidationUser> validation(users.size());
    const ParallelRunner runner(context.threads, context.pool);
    constexpr int kUsersPerBlock = 16;
    std::atomic<bool> stop{false};
    runner.run(
        ParallelRunner::blocksFor(static_cast<long long>(users.size()), kUsersPerBlock),
        [&](int block) {
            std::vector<float> scores(static_cast<size_t>(itemCount()));
            const size_t end = std::min(users.size(), size_t(block + 1) * kUsersPerBlock);
            for (size_t i = size_t(block) * kUsersPerBlock; i < end; ++i) {
                if (stop.load() || context.isCancelled()) {
                    stop = true;
                    return;
                }
                const int u = users[i];
                ValidationUser &v = validation[i];
                v.segment = segmentOf(history[size_t(u)]);
                v.relevant = heldOut[size_t(u)];
                std::sort(v.relevant.begin(), v.relevant.end());
                const UserInteractions row = sub.user(u);
                std::vector<std::vector<float>> z(static_cast<size_t>(count));
                std::vector<char> inPool(static_cast<size_t>(itemCount()), 0);
                for (int c = 0; c < count; ++c) {
                    const Recommender *m = (*models)[size_t(c)].get();
                    if (!m)
                        continue;
                    auto state = m->userState(u);
                    if (!state)
                        continue;
                    m->scoreAll(*state, scores);
                    z[size_t(c)] = coversColdItems(baseModels()[c]) ? Hybrid::zScores(scores)
                                                                    : Hybrid::zScores(scores, warm);
                    std::vector<float> masked = z[size_t(c)];
                    for (float &x : masked)
                        if (std::isnan(x))
                            x = -std::numeric_limits<float>::infinity();
                    for (int item : row.weights.items)
                        masked[size_t(item)] = -std::numeric_limits<float>::infinity();
                    for (int item : row.ratings.items)
                        masked[size_t(item)] = -std::numeric_limits<float>::infinity();
                    std::vector<ScoredItem> scratch;
                    for (const ScoredItem &s :
                         topKOfScores(masked.data(), itemCount(), poolSize, scratch))
                        if (std::isfinite(s.score))
                            inPool[size_t(s.item)] = 1;
                }
                for (int item = 0; item < itemCount(); ++item)
                    if (inPool[size_t(item)])
                        v.pool.push_back(item);
                v.z.assign(v.pool.size() * size_t(count), std::numeric_limits<float>::quiet_NaN());
                for (size_t p = 0; p < v.pool.size(); ++p)
                    for (int c = 0; c < count; ++c)
                        if (!z[size_t(c)].empty())
                            v.z[p * size_t(count) + size_t(c)] = z[size_t(c)][size_t(v.pool[p])];
            }
        });
    if (stop || context.isCancelled())
        return cancelledError();
    context.report(0.5);

    // Mean NDCG of a weight vector over the users of `segment` (-1 = all), summed per block
    // and combined in block order.
    const auto meanNdcg = [&](const std::vector<float> &w, int segment) {
        const int blocks = ParallelRunner::blocksFor(static_cast<long long>(validation.size()), 64);
        std::vector<double> sums(size_t(blocks), 0.0);
        std::vector<int> counts(size_t(blocks), 0);
        runner.run(blocks, [&](int b) {
            std::vector<ScoredItem> scratch;
            const size_t end = std::min(validation.size(), size_t(b + 1) * 64);
            for (size_t i = size_t(b) * 64; i < end; ++i)
                if (segment < 0 || validation[i].segment == segment) {
                    sums[size_t(b)] += ndcgAt(validation[i], w, k, scratch);
                    ++counts[size_t(b)];
                }
        });
        const int n = std::accumulate(counts.begin(), counts.end(), 0);
        return n > 0 ? std::accumulate(sums.begin(), sums.end(), 0.0) / n : 0.0;
    };
    const auto learn = [&](int segment, double &learned, double &single) {
        std::vector<float> best(size_t(count), 0.0f);
        double bestScore = -1.0;
        for (int c = 0; c < count; ++c) {
            if (!(*models)[size_t(c)])
                continue;
            std::vector<float> onehot(size_t(count), 0.0f);
            onehot[size_t(c)] = 1.0f;
            const double s = meanNdcg(onehot, segment);
            if (s > bestScore) {
                bestScore = s;
                best = onehot;
            }
        }
        single = bestScore;
        static const float kGrid[] = {0.0f,  0.05f, 0.1f, 0.2f, 0.35f, 0.5f,
                                      0.75f, 1.0f,  1.5f, 2.0f, 3.0f};
        const int rounds = m_parameters.integer(QStringLiteral("rounds"));
        const double minGain = std::max(1e-9, m_parameters.real(QStringLiteral("min_gain")));
        for (int round = 0; round < rounds && !context.isCancelled(); ++round) {
            bool improved = false;
            for (int c = 0; c < count; ++c) {
                if (!(*models)[size_t(c)])
                    continue;
                for (float g : kGrid) {
                    if (g == best[size_t(c)])
                        continue;
                    std::vector<float> trial = best;
                    trial[size_t(c)] = g;
                    if (std::all_of(trial.begin(), trial.end(), [](float x) { return x <= 0; }))
                        continue;
                    const double s = meanNdcg(trial, segment);
                    if (s > bestScore + minGain) {
                        bestScore = s;
                        best = trial;
                        improved = true;
                    }
                }
            }
            if (!improved)
                break;
        }
        learned = bestScore;
        return best;
    };
    double globalLearned = 0.0;
    double globalSingle = 0.0;
    const std::vector<float> global = learn(-1, globalLearned, globalSingle);
    for (int s = 0; s < kSegments; ++s) {
        const auto users = std::count_if(validation.begin(), validation.end(),
                                         [s](const ValidationUser &v) { return v.segment == s; });
        if (users < kMinSegmentUsers) {
            m_weightsBySegment[size_t(s)] = global;
            continue;
        }
        m_weightsBySegment[size_t(s)] =
            learn(s, m_validation[size_t(s)], m_validationSingle[size_t(s)]);
        context.report(0.5 + 0.1 * (s + 1) / kSegments);
    }
    if (context.isCancelled())
        return cancelledError();
    return {};
}

void Ensemble::scoreAllItems(const UserState &user, float *out) const
{
    const int n = itemCount();
    const std::vector<float> &weights =
        m_weightsBySegment[size_t(segmentOf(positives(user.interactions.weights)))];
    const std::vector<UserState> states = componentStates(m_components, user);
    std::vector<ComponentScores> parts;
    for (size_t c = 0; c < m_components.size(); ++c) {
        if (!m_components[c] || c >= weights.size() || weights[c] <= 0.0f)
            continue;
        ComponentScores part;
        part.name = baseModels()[static_cast<qsizetype>(c)];
        part.weight = weights[c];
        part.coversColdItems = coversColdItems(part.name);
        part.scores.resize(static_cast<size_t>(n));
        m_components[c]->scoreAll(states[c], part.scores);
        parts.push_back(std::move(part));
    }
    const BlendResult blended = Hybrid::blend(parts, m_warm);
    if (blended.scores.size() != static_cast<size_t>(n)) {
        std::fill(out, out + n, 0.0f);
        return;
    }
    std::copy(blended.scores.begin(), blended.scores.end(), out);
}

std::vector<ScoredItem> Ensemble::similarItems(int item, int k) const
{
    // Item-to-item similarity is collaborative when item-knn is a component, content else.
    for (const char *name : {"item-knn", "ease", "content"})
        if (const Recommender *m = component(QString::fromLatin1(name)))
            return m->similarItems(item, k);
    return {};
}

std::vector<Contribution> Ensemble::explain(const UserState &user, int item, int n) const
{
    const std::vector<float> &weights =
        m_weightsBySegment[size_t(segmentOf(positives(user.interactions.weights)))];
    size_t best = m_components.size();
    for (size_t c = 0; c < m_components.size() && c < weights.size(); ++c)
        if (m_components[c] && weights[c] > 0.0f &&
            (best == m_components.size() || weights[c] > weights[best]))
            best = c;
    if (best == m_components.size())
        return {};
    const std::vector<UserState> states = componentStates(m_components, user);
    return m_components[best]->explain(states[best], item, n);
}

void Ensemble::savePayload(SnapshotWriter &out) const
{
    out.vector(m_warm);
    for (const auto &w : m_weightsBySegment)
        out.vector(w);
    out.pod<std::uint32_t>(static_cast<std::uint32_t>(m_components.size()));
    for (const auto &m : m_components) {
        QByteArray bytes;
        if (m) {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            (void)m->save(buffer);
        }
        out.vector(std::vector<char>(bytes.begin(), bytes.end()));
    }
}

Status Ensemble::loadPayload(SnapshotReader &in)
{
    m_warm = in.vector<char>();
    for (auto &w : m_weightsBySegment)
        w = in.vector<float>();
    const auto count = in.pod<std::uint32_t>();
    if (in.ok() && (count != static_cast<std::uint32_t>(baseModels().size()) ||
                    m_warm.size() != static_cast<size_t>(itemCount())))
        in.setError(QStringLiteral("ensemble components do not match"));
    for (std::uint32_t c = 0; c < count && in.ok(); ++c) {
        const std::vector<char> blob = in.vector<char>();
        if (blob.empty()) {
            m_components.emplace_back();
            continue;
        }
        QByteArray bytes(blob.data(), static_cast<qsizetype>(blob.size()));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        auto model = createRecommender(baseModels()[static_cast<qsizetype>(c)]);
        if (Status s = model->load(buffer); !s)
            return s;
        m_components.push_back(std::move(model));
    }
    return in.status();
}

} // namespace storefront::recsys
