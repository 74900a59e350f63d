#include "recsys/ensemble.h"

#include "common/logging.h"
#include "recsys/blendlearner.h"
#include "recsys/hybrid.h"

#include <QBuffer>

#include <algorithm>
#include <limits>

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
    // The defaults are BlendLearner's, shared with the live snapshot.
    const BlendLearningOptions defaults;
    for (const QString &m : baseModels())
        out.push_back(ParameterSpec::integer(
            m, 1, 0, 1,
            QStringLiteral("1 = %1 is a component the weights are learned for").arg(m)));
    out.push_back(ParameterSpec::integer(QStringLiteral("warm_from"), defaults.segments.warmFrom, 1,
                                         1000000,
                                         QStringLiteral("first history length (positive "
                                                        "interactions) of the warm segment")));
    out.push_back(ParameterSpec::integer(QStringLiteral("heavy_from"), defaults.segments.heavyFrom,
                                         1, 1000000,
                                         QStringLiteral("first history length of the heavy "
                                                        "segment")));
    out.push_back(ParameterSpec::real(QStringLiteral("validation"), defaults.validation, 0.01, 0.9,
                                      QStringLiteral("fraction of each user's training "
                                                     "interactions held out to learn weights")));
    out.push_back(ParameterSpec::real(QStringLiteral("min_stars"), defaults.minStars, 0.0, 100.0,
                                      QStringLiteral("a held-out rated pair is relevant from "
                                                     "these stars (0 = every pair)")));
    out.push_back(ParameterSpec::integer(QStringLiteral("k"), defaults.k, 1, 1000,
                                         QStringLiteral("the NDCG cutoff maximised")));
    out.push_back(ParameterSpec::integer(QStringLiteral("pool"), defaults.pool, 10, 100000,
                                         QStringLiteral("each component's top items form the "
                                                        "candidates a blend is ranked over")));
    out.push_back(ParameterSpec::integer(QStringLiteral("rounds"), defaults.rounds, 1, 100,
                                         QStringLiteral("coordinate-ascent sweeps at most")));
    out.push_back(ParameterSpec::real(QStringLiteral("min_gain"), defaults.minGain, 0.0, 1.0,
                                      QStringLiteral("validation NDCG a weight change must add "
                                                     "to be kept (guards against fitting the "
                                                     "validation split's noise)")));
    out.push_back(ParameterSpec::real(QStringLiteral("min_z"), defaults.minZ, 0.0, 10.0,
                                      QStringLiteral("standard errors of the validation users' "
                                                     "paired NDCG gains a weight change must "
                                                     "reach to be kept (0 = no test)")));
    out.push_back(ParameterSpec::integer(QStringLiteral("repeats"), defaults.repeats, 1, 10,
                                         QStringLiteral("independent validation splits pooled to "
                                                        "learn the weights (each fits every "
                                                        "component once more)")));
    return out;
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

UserSegments Ensemble::segments() const
{
    UserSegments out;
    out.warmFrom = m_parameters.integer(QStringLiteral("warm_from"));
    out.heavyFrom = m_parameters.integer(QStringLiteral("heavy_from"));
    return out;
}

int Ensemble::segmentOf(int interactions) const
{
    if (m_mode == Mode::Fixed)
        return interactions < m_parameters.integer(QStringLiteral("cold_interactions")) ? 0 : 2;
    return segments().of(interactions);
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
        return fail(
            storefront::recsys::Recommender::tr("no component model could be trained on this data"),
            name());
    return {};
}

Status Ensemble::learnWeights(const InteractionData &data, const FitContext &context)
{
    BlendLearningOptions options;
    options.segments = segments();
    options.validation = m_parameters.real(QStringLiteral("validation"));
    options.minStars = static_cast<float>(m_parameters.real(QStringLiteral("min_stars")));
    options.k = m_parameters.integer(QStringLiteral("k"));
    options.pool = m_parameters.integer(QStringLiteral("pool"));
    options.rounds = m_parameters.integer(QStringLiteral("rounds"));
    options.minGain = m_parameters.real(QStringLiteral("min_gain"));
    options.repeats = m_parameters.integer(QStringLiteral("repeats"));
    options.minZ = m_parameters.real(QStringLiteral("min_z"));
    // Each repeat: a seeded validation split and the components fitted on its training part.
    std::vector<ValidationSplit> splits;
    std::vector<Components> fitted;
    std::vector<BlendFold> folds;
    const double fitShare = 0.45 / options.repeats;
    for (int r = 0; r < options.repeats; ++r) {
        splits.push_back(ValidationSplit::carve(data, options.validation, options.minStars,
                                                ValidationSplit::repeatSeed(context.seed, r)));
        auto models = fitComponents(splits.back().train, context, r * fitShare, (r + 1) * fitShare);
        if (!models)
            return models.error();
        fitted.push_back(std::move(*models));
    }
    for (int r = 0; r < options.repeats; ++r) {
        BlendFold fold{&splits[size_t(r)], {}};
        for (qsizetype c = 0; c < baseModels().size(); ++c)
            fold.components.push_back(
                {fitted[size_t(r)][size_t(c)].get(), coversColdItems(baseModels()[c])});
        folds.push_back(std::move(fold));
    }
    FitContext search = context;
    search.progress = [&context](double f) { context.report(0.45 + 0.15 * f); };
    auto learned = BlendLearner::learn(folds, options, search);
    if (!learned)
        return learned.error();
    for (const QString &line : learned->describe(baseModels(), options.segments))
        qCInfo(lcRecsys).noquote() << "ensemble:" << line;
    m_weightsBySegment = learned->weights;
    m_validation = learned->ndcg;
    m_validationSingle = learned->singleNdcg;
    return {};
}

void Ensemble::scoreAllItems(const UserState &user, float *out) const
{
    const int n = itemCount();
    const std::vector<float> &weights =
        m_weightsBySegment[size_t(segmentOf(UserSegments::positives(user.interactions.weights)))];
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
        m_weightsBySegment[size_t(segmentOf(UserSegments::positives(user.interactions.weights)))];
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
