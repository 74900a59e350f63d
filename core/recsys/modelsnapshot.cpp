#include "recsys/modelsnapshot.h"

#include "common/logging.h"
#include "recsys/diversity.h"
#include "recsys/implicitals.h"
#include "recsys/itemfeatures.h"
#include "storage/categoryrepository.h"

#include <Eigen/Cholesky>

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace storefront::recsys {

namespace {

const QString kTag = QStringLiteral("storefront-live");
/// 2: the learned blend weights per segment follow the models. A version-1 file is refused
/// (the service then retrains).
constexpr quint32 kLiveVersion = 2;
const QString kOnboarding = QStringLiteral("onboarding");
const QString kTrending = QStringLiteral("trending");

bool coversColdItems(const QString &model)
{
    return model == QLatin1String("content") || model == kOnboarding;
}

/// One blend component while a list is built.
struct Component
{
    QString name;
    const Recommender *model = nullptr; ///< null for onboarding
    UserState state;
};

int starsOf(const UserInteractions &user, int item)
{
    const auto &r = user.ratings;
    const auto it = std::lower_bound(r.items.begin(), r.items.end(), item);
    if (it == r.items.end() || *it != item)
        return 0;
    return static_cast<int>(std::lround(r.values[size_t(it - r.items.begin())]));
}

} // namespace

Result<std::shared_ptr<const ModelSnapshot>>
ModelSnapshot::train(const std::vector<catalog::Product> &products,
                     const std::vector<storage::Rating> &ratings,
                     const std::vector<storage::Event> &events, const TrainingOptions &options,
                     const FitContext &context)
{
    DatasetBuilder builder(options.weights);
    builder.setProducts(products);
    const InteractionData data = builder.build(ratings, events);
    if (context.isCancelled())
        return fail(ErrorCode::Cancelled, QStringLiteral("training cancelled"),
                    QStringLiteral("recommender"));

    std::shared_ptr<ModelSnapshot> snapshot(new ModelSnapshot);
    std::vector<int> perItem(static_cast<size_t>(data.itemCount()), 0);
    for (int k = 0; k < data.weights.nonZeros(); ++k)
        ++perItem[size_t(data.weights.innerIndexPtr()[k])];
    snapshot->m_catalog = ItemCatalog(data.items, products, perItem);
    snapshot->m_users = data.users;
    snapshot->m_latestTimestamp = data.latestTimestamp;
    snapshot->m_trainingRatings = static_cast<qint64>(ratings.size());
    snapshot->m_features =
        data.itemFeatures ? data.itemFeatures : std::make_shared<const ItemFeatures>();

    QStringList names;
    for (const QString &name : options.models) {
        if (name == QLatin1String("ease") && data.itemCount() > options.easeMaxItems) {
            qCInfo(lcRecsys) << "live hybrid: EASE skipped," << data.itemCount() << "items exceed"
                             << options.easeMaxItems;
            continue;
        }
        names << name;
    }
    // Progress: learning the weights (a second fit of every model, then the search) takes the
    // first half when it runs, the full fit the rest; each fit is one step of its phase.
    const bool learn = options.learnBlendWeights && !names.isEmpty();
    const double fullFrom = learn ? 0.5 : 0.0;
    auto fitOne = [&](const QString &factory, const QStringList &extra, const InteractionData &on,
                      double from, double to) -> Result<std::shared_ptr<const Recommender>> {
        auto model = createRecommender(factory);
        if (!model)
            return fail(QStringLiteral("unknown model \"%1\"").arg(factory),
                        QStringLiteral("recommender"));
        for (const QString &p : options.parameters + extra) {
            const qsizetype eq = p.indexOf(QLatin1Char('='));
            if (eq > 0 && p.startsWith(factory + QLatin1Char('.')))
                if (Status s = model->setParameter(p.left(eq), p.mid(eq + 1)); !s)
                    return s.error();
        }
        FitContext ctx = context;
        ctx.progress = [&context, from, to](double f) { context.report(from + (to - from) * f); };
        if (Status s = model->fit(on, ctx); !s)
            return s.error();
        return std::shared_ptr<const Recommender>(std::move(model));
    };
    snapshot->m_segments = options.blend.segments;
    if (learn) {
        auto learned =
            learnBlend(data, names, options, context,
                       [&](const QString &name, const InteractionData &on, int step) {
                           const double from = 0.4 * step / double(names.size());
                           return fitOne(name, {}, on, from, from + 0.4 / double(names.size()));
                       });
        if (!learned)
            return learned.error();
        if (learned->has_value()) {
            snapshot->m_blend = std::move(**learned);
            snapshot->m_learned = true;
        }
    }
    const double step = (1.0 - fullFrom) / double(names.size() + 1);
    for (qsizetype m = 0; m < names.size(); ++m) {
        const double from = fullFrom + step * double(m);
        auto fitted = fitOne(names[m], {}, data, from, from + step);
        if (!fitted)
            return fitted.error();
        snapshot->m_models.emplace_back(names[m], *fitted);
    }
    auto trending =
        fitOne(QStringLiteral("popularity"),
               {QStringLiteral("popularity.mode=trending"),
                QStringLiteral("popularity.half_life_days=%1").arg(options.trendingHalfLifeDays)},
               data, 1.0 - step, 1.0);
    if (!trending)
        return trending.error();
    snapshot->m_trending = *trending;
    snapshot->prepare();
    for (const QString &line : snapshot->describeBlend())
        qCInfo(lcRecsys).noquote() << "live hybrid:" << line;
    return std::shared_ptr<const ModelSnapshot>(std::move(snapshot));
}

Result<std::optional<LearnedBlend>> ModelSnapshot::learnBlend(const InteractionData &data,
                                                              const QStringList &names,
                                                              const TrainingOptions &options,
                                                              const FitContext &context,
                                                              const FitFunction &fit)
{
    const BlendLearningOptions &blend = options.blend;
    QElapsedTimer timer;
    timer.start();
    // One seeded validation split per repeat (blend.repeats), each with the models fitted on
    // its training part; the live default is one, a retrain's cost grows with every repeat.
    std::vector<ValidationSplit> splits;
    std::vector<std::shared_ptr<const Recommender>> models;
    std::vector<BlendFold> folds;
    splits.reserve(size_t(std::max(1, blend.repeats)));
    for (int r = 0; r < std::max(1, blend.repeats); ++r) {
        splits.push_back(ValidationSplit::carve(data, blend.validation, blend.minStars,
                                                ValidationSplit::repeatSeed(context.seed, r)));
        const ValidationSplit &split = splits.back();
        // Too few validation users to learn from (a new store): not worth fitting anything.
        const auto validationUsers = std::count_if(split.relevant.begin(), split.relevant.end(),
                                                   [](const auto &rel) { return !rel.empty(); });
        if (validationUsers < blend.minSegmentUsers) {
            qCInfo(lcRecsys) << "live hybrid: fixed blend weights," << validationUsers
                             << "validation users are too few to learn from";
            return std::optional<LearnedBlend>();
        }
        BlendFold fold{&split, {}};
        for (qsizetype m = 0; m < names.size(); ++m) {
            auto fitted = fit(names[m], split.train, int(m));
            if (!fitted && context.isCancelled())
                return fitted.error();
            if (!fitted) {
                // As in `ensemble`: a model the smaller split cannot support gets no weight.
                qCInfo(lcRecsys) << "live hybrid:" << names[m]
                                 << "left out of the weight search:" << fitted.error().toString();
                models.emplace_back();
            } else {
                models.push_back(*fitted);
            }
            fold.components.push_back({models.back().get(), coversColdItems(names[m])});
        }
        folds.push_back(std::move(fold));
    }
    if (std::none_of(models.begin(), models.end(), [](const auto &m) { return m != nullptr; }))
        return std::optional<LearnedBlend>();
    FitContext search = context;
    search.progress = [&context](double f) { context.report(0.4 + 0.1 * f); };
    const qint64 fitMs = timer.restart();
    auto learned = BlendLearner::learn(folds, blend, search);
    qCDebug(lcRecsys) << "live hybrid: weight learning: fits on the split" << fitMs << "ms, search"
                      << timer.elapsed() << "ms";
    if (!learned)
        return learned.error();
    return std::optional<LearnedBlend>(std::move(*learned));
}

QHash<QString, float> ModelSnapshot::learnedWeights(int segment) const
{
    QHash<QString, float> out;
    if (!m_learned || segment < 0 || segment >= UserSegments::kCount)
        return out;
    const std::vector<float> &w = m_blend.weights[size_t(segment)];
    for (size_t m = 0; m < m_models.size() && m < w.size(); ++m)
        out.insert(m_models[m].first, w[m]);
    return out;
}

QStringList ModelSnapshot::describeBlend() const
{
    if (!m_learned)
        return {QStringLiteral("fixed blend weights (none learned)")};
    QStringList names;
    for (const auto &model : m_models)
        names << model.first;
    return m_blend.describe(names, m_segments);
}

void ModelSnapshot::prepare()
{
    if (const auto *als = dynamic_cast<const ImplicitAls *>(model(QStringLiteral("als")))) {
        const DenseRowMatrix &y = als->itemFactors();
        m_alsGram.noalias() = y.transpose() * y;
    }
}

std::vector<std::vector<Contribution>> ModelSnapshot::explainItems(const Recommender &model,
                                                                   const UserState &state,
                                                                   const std::vector<int> &items,
                                                                   int n) const
{
    std::vector<std::vector<Contribution>> out(items.size());
    const auto *als = dynamic_cast<const ImplicitAls *>(&model);
    if (!als || items.empty() || m_alsGram.rows() != als->itemFactors().cols()) {
        for (size_t k = 0; k < items.size(); ++k)
            out[k] = model.explain(state, items[k], n);
        return out;
    }
    // Hu et al. section 5, as ImplicitAls::explain: contribution of j to i is
    // c_uj y_i^T W^u y_j with W^u = (Y^T Y + lambda I + sum_j (c_uj - 1) y_j y_j^T)^-1,
    // but with one Cholesky factorisation of the user's system for all items of the list.
    const DenseRowMatrix &y = als->itemFactors();
    const Eigen::Index f = y.cols();
    const float lambda = float(als->parameters().real(QStringLiteral("regularization")));
    const float alpha = float(als->parameters().real(QStringLiteral("alpha")));
    const SparseRow &row = state.interactions.weights;
    Eigen::MatrixXf a = m_alsGram;
    a.diagonal().array() += lambda;
    for (size_t k = 0; k < row.items.size(); ++k) {
        const Eigen::VectorXf yj = y.row(row.items[k]).transpose();
        a.selfadjointView<Eigen::Lower>().rankUpdate(yj, alpha * std::abs(row.values[k]));
    }
    Eigen::MatrixXf targets(f, Eigen::Index(items.size()));
    for (size_t k = 0; k < items.size(); ++k)
        targets.col(Eigen::Index(k)) = y.row(items[k]).transpose();
    const Eigen::MatrixXf z = a.selfadjointView<Eigen::Lower>().llt().solve(targets);
    for (size_t k = 0; k < items.size(); ++k) {
        for (size_t j = 0; j < row.items.size(); ++j) {
            if (row.values[j] <= 0.0f)
                continue;
            const float conf = 1.0f + alpha * std::abs(row.values[j]);
            out[k].push_back(
                {row.items[j], conf * z.col(Eigen::Index(k)).dot(y.row(row.items[j]))});
        }
        keepLargest(out[k], n);
    }
    return out;
}

QStringList ModelSnapshot::modelNames() const
{
    QStringList names;
    for (const auto &[name, model] : m_models)
        names << name;
    return names;
}

const Recommender *ModelSnapshot::model(const QString &name) const
{
    if (name == kTrending)
        return m_trending.get();
    for (const auto &[n, model] : m_models)
        if (n == name)
            return model.get();
    return nullptr;
}

UserInteractions ModelSnapshot::interactionsOf(qint64 userId,
                                               const std::vector<storage::Rating> &ratings,
                                               const std::vector<storage::Event> &events,
                                               const InteractionWeights &weights) const
{
    DatasetBuilder builder(weights);
    return builder.buildUser(m_catalog.ids(), ratings, events, m_latestTimestamp,
                             m_users.indexOf(userId));
}

// ---------------------------------------------------------------------------------------------
// The hybrid list

RecommendationList ModelSnapshot::recommend(const UserInteractions &user,
                                            const ShopperContext &shopper, int k,
                                            const HybridOptions &options,
                                            const RuleList &rules) const
{
    RecommendationList out;
    const int n = m_catalog.size();
    if (k <= 0 || n == 0)
        return out;
    const bool cold = user.weights.size() < options.coldStartInteractions;
    const auto &weights = cold ? options.coldWeights : options.weights;
    // Learned weights are aligned with m_models; the cold-start switch comes first.
    const std::vector<float> *learned = !cold && options.useLearnedWeights && m_learned
                                            ? &m_blend.weights[size_t(segmentOf(user))]
                                            : nullptr;

    std::vector<Component> components;
    std::vector<ComponentScores> scores;
    for (size_t index = 0; index < m_models.size(); ++index) {
        const auto &[name, model] = m_models[index];
        float w = learned ? (*learned)[index] : weights.value(name, 0.0f);
        // Validation cannot judge new products (they have no held-out pairs): where the
        // learned weights drop content, it still ranks them, with its fixed weight.
        const bool coldItemsOnly = learned && w <= 0.0f && coversColdItems(name);
        if (coldItemsOnly)
            w = weights.value(name, 0.0f);
        if (w <= 0.0f)
            continue;
        auto state = model->foldIn(user);
        if (!state) {
            qCWarning(lcRecsys) << "live hybrid: fold-in failed for" << name << ":"
                                << state.error().toString();
            continue;
        }
        ComponentScores c{name, std::vector<float>(size_t(n)), w, coversColdItems(name),
                          coldItemsOnly};
        model->scoreAll(*state, c.scores);
        components.push_back({name, model.get(), std::move(*state)});
        scores.push_back(std::move(c));
    }
    if (cold && !shopper.favouriteCategories.isEmpty() && options.onboardingWeight > 0.0f) {
        ComponentScores c{kOnboarding, std::vector<float>(size_t(n)), options.onboardingWeight,
                          true};
        for (int i = 0; i < n; ++i)
            c.scores[size_t(i)] =
                m_catalog.inAnyCategory(i, shopper.favouriteCategories) ? 1.0f : 0.0f;
        components.push_back({kOnboarding, nullptr, {}});
        scores.push_back(std::move(c));
    }
    std::vector<char> warm(size_t(n), 0);
    for (int i = 0; i < n; ++i)
        warm[size_t(i)] = m_catalog.at(i).interactions > 0 ? 1 : 0;
    const BlendResult blended = Hybrid::blend(scores, warm);

    std::vector<Candidate> candidates;
    candidates.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        if (std::isfinite(blended.scores[size_t(i)]))
            candidates.push_back({i, blended.scores[size_t(i)], {}});
    applyRules(rules, RuleContext{m_catalog, shopper, user}, candidates);
    auto before = [](const Candidate &a, const Candidate &b) {
        return a.score > b.score || (a.score == b.score && a.item < b.item);
    };
    std::vector<Candidate> chosen;
    if (options.diversify && options.mmrLambda < 1.0f) {
        const size_t pool = std::min(candidates.size(), size_t(std::max(3 * k, options.mmrPool)));
        std::partial_sort(candidates.begin(), candidates.begin() + long(pool), candidates.end(),
                          before);
        candidates.resize(pool);
        chosen = mmrRerank(candidates, k, options.mmrLambda, *m_features);
    } else {
        const size_t kk = std::min(candidates.size(), size_t(k));
        std::partial_sort(candidates.begin(), candidates.begin() + long(kk), candidates.end(),
                          before);
        chosen.assign(candidates.begin(), candidates.begin() + long(kk));
    }

    // The component with the largest weighted share w_m z_m explains each item.
    std::vector<int> dominantOf(chosen.size(), -1);
    for (size_t k = 0; k < chosen.size(); ++k) {
        float best = -std::numeric_limits<float>::infinity();
        for (size_t m = 0; m < components.size(); ++m) {
            const float z = blended.z[m][size_t(chosen[k].item)];
            if (!std::isnan(z) && scores[m].weight * z > best) {
                best = scores[m].weight * z;
                dominantOf[k] = int(m);
            }
        }
    }
    // Explanations over the blend: training item j moves item i's blended score by
    // sum_m w_m c_m(i, j) / spread_m, where c_m is model m's contribution of j to its raw
    // score of i (explain(); for item-kNN and EASE exactly what leaving j out takes away) and
    // spread_m the standard deviation its z-score divides by. The evidence is the items with
    // the largest such sums, so the first is the one whose removal costs the item most, even
    // where another model than the dominant one tips the balance. Batched per component (see
    // explainItems); each component lists enough of the shopper's history for the sums.
    const int perModel = std::clamp(int(user.weights.items.size()), 3, 50);
    std::vector<QHash<int, double>> moved(chosen.size());
    for (size_t m = 0; m < components.size(); ++m) {
        const Component &comp = components[m];
        const float spread = blended.spread[m];
        if (!comp.model || comp.name == QLatin1String("popularity") || spread <= 0.0f)
            continue;
        std::vector<int> items;
        std::vector<size_t> slots;
        for (size_t k = 0; k < chosen.size(); ++k)
            if (!std::isnan(blended.z[m][size_t(chosen[k].item)])) {
                items.push_back(chosen[k].item);
                slots.push_back(k);
            }
        const auto explained = explainItems(*comp.model, comp.state, items, perModel);
        const double scale = double(scores[m].weight) / double(spread);
        for (size_t k = 0; k < slots.size(); ++k)
            for (const Contribution &c : explained[k])
                moved[slots[k]][c.item] += scale * double(c.weight);
    }
    std::vector<std::vector<Contribution>> why(chosen.size());
    for (size_t k = 0; k < chosen.size(); ++k) {
        // Only what raised the score is evidence for it; strongest first, ties by item. A
        // product the shopper viewed but did not rate is still a candidate, and its own view
        // raises its score most, but "Because you looked at X" on X itself explains nothing.
        for (auto it = moved[k].cbegin(); it != moved[k].cend(); ++it)
            if (it.value() > 0.0 && it.key() != chosen[k].item)
                why[k].push_back({it.key(), float(it.value())});
        const size_t kept = std::min<size_t>(why[k].size(), 3);
        std::partial_sort(why[k].begin(), why[k].begin() + long(kept), why[k].end(),
                          [](const Contribution &a, const Contribution &b) {
                              return a.weight > b.weight ||
                                     (a.weight == b.weight && a.item < b.item);
                          });
        why[k].resize(kept);
    }

    QSet<QString> likedCategories;
    for (size_t j = 0; j < user.weights.items.size(); ++j)
        if (user.weights.values[j] > 0.0f && user.weights.items[j] < n)
            likedCategories.insert(m_catalog.at(user.weights.items[j]).categoryPath);

    for (size_t k = 0; k < chosen.size(); ++k) {
        const Candidate &c = chosen[k];
        const ProductInfo &info = m_catalog.at(c.item);
        Recommendation r;
        r.productId = info.id;
        r.title = info.title;
        r.score = c.score;
        r.adjustments = c.adjustments;
        for (size_t m = 0; m < components.size(); ++m) {
            const float z = blended.z[m][size_t(c.item)];
            if (!std::isnan(z))
                r.shares.push_back({components[m].name, z, scores[m].weight});
        }
        const int dominant = dominantOf[k];
        const bool coldItem = info.interactions == 0;
        // Favourite categories: the onboarding choices, and for a new product also the
        // categories of the products the shopper liked.
        QString favourite;
        for (const QString &path : shopper.favouriteCategories)
            if (m_catalog.inCategory(c.item, path)) {
                const QStringList parts = storage::CategoryRepository::splitPath(path);
                favourite = parts.isEmpty() ? path : parts.last();
                break;
            }
        if (coldItem && favourite.isEmpty() && likedCategories.contains(info.categoryPath))
            favourite = info.categoryName();
        r.model = dominant >= 0 ? components[size_t(dominant)].name : QString();
        const Component *d = dominant >= 0 ? &components[size_t(dominant)] : nullptr;
        for (const Contribution &w : why[k]) {
            if (w.weight <= 0.0f || w.item < 0 || w.item >= n)
                continue;
            r.evidence.push_back({m_catalog.at(w.item).id, m_catalog.at(w.item).title, w.weight,
                                  starsOf(user, w.item)});
        }
        if (!r.evidence.isEmpty()) {
            const Evidence &top = r.evidence.front();
            if (coldItem && !favourite.isEmpty())
                r.setReason(ReasonKind::NewInFavouriteCategory, {favourite});
            else if (coldItem)
                r.setReason(ReasonKind::NewSimilar, {top.title});
            else if (top.stars > 0)
                r.setReason(ReasonKind::RatedSimilar, {top.title, QString::number(top.stars)});
            else
                r.setReason(ReasonKind::InterestSimilar, {top.title});
        } else if (d && d->name == kOnboarding && !favourite.isEmpty()) {
            r.setReason(coldItem ? ReasonKind::NewInFavouriteCategory
                                 : ReasonKind::FavouriteCategory,
                        {favourite});
        } else {
            // No category: "Popular in the store".
            r.setReason(ReasonKind::PopularInCategory, info.categoryName().isEmpty()
                                                           ? QStringList()
                                                           : QStringList{info.categoryName()});
        }
        out.push_back(std::move(r));
    }
    return out;
}

RecommendationList ModelSnapshot::neighbours(const QString &modelName, qint64 productId, int k,
                                             ReasonKind kind) const
{
    RecommendationList out;
    const Recommender *model = this->model(modelName);
    const int item = m_catalog.indexOf(productId);
    if (!model || item < 0 || k <= 0)
        return out;
    const ProductInfo &source = m_catalog.at(item);
    // Ask for more than k: unavailable neighbours are dropped afterwards.
    for (const ScoredItem &s : model->similarItems(item, std::max(4 * k, k + 20))) {
        if (int(out.size()) >= k)
            break;
        const ProductInfo &info = m_catalog.at(s.item);
        if (!info.available() || s.score <= 0.0f)
            continue;
        Recommendation r;
        r.productId = info.id;
        r.title = info.title;
        r.score = s.score;
        r.model = modelName;
        r.setReason(kind, {source.title});
        r.evidence.push_back({source.id, source.title, s.score, 0});
        out.push_back(std::move(r));
    }
    return out;
}

RecommendationList ModelSnapshot::similarProducts(qint64 productId, int k) const
{
    return neighbours(QStringLiteral("content"), productId, k, ReasonKind::SimilarProduct);
}

RecommendationList ModelSnapshot::alsoLiked(qint64 productId, int k) const
{
    return neighbours(QStringLiteral("item-knn"), productId, k, ReasonKind::AlsoLiked);
}

RecommendationList ModelSnapshot::trending(int k) const
{
    RecommendationList out;
    if (!m_trending || k <= 0)
        return out;
    std::vector<int> unavailable;
    for (int i = 0; i < m_catalog.size(); ++i)
        if (!m_catalog.at(i).available())
            unavailable.push_back(i);
    UserState nobody;
    for (const ScoredItem &s :
         m_trending->recommend(nobody, k, Exclusions{false, {}, unavailable})) {
        if (s.score <= 0.0f)
            break;
        const ProductInfo &info = m_catalog.at(s.item);
        Recommendation r;
        r.productId = info.id;
        r.title = info.title;
        r.score = s.score;
        r.model = kTrending;
        r.setReason(ReasonKind::Trending, info.categoryName().isEmpty()
                                              ? QStringList()
                                              : QStringList{info.categoryName()});
        out.push_back(std::move(r));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Persistence

Status ModelSnapshot::save(QIODevice &device) const
{
    SnapshotWriter out;
    out.string(kTag);
    out.pod<quint32>(kLiveVersion);
    out.pod<qint64>(m_latestTimestamp);
    out.pod<qint64>(m_trainingRatings);
    out.vector(m_users.ids());
    m_catalog.save(out);
    m_features->save(out);
    auto saveModel = [&out](const QString &name, const Recommender &model) -> Status {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (Status s = model.save(buffer); !s)
            return s;
        out.string(name);
        out.string(model.name());
        const QByteArray &bytes = buffer.data();
        out.vector(std::vector<char>(bytes.begin(), bytes.end()));
        return {};
    };
    out.pod<quint32>(quint32(m_models.size()) + 1);
    for (const auto &[name, model] : m_models)
        if (Status s = saveModel(name, *model); !s)
            return s;
    if (Status s = saveModel(kTrending, *m_trending); !s)
        return s;
    out.pod<qint32>(m_segments.warmFrom);
    out.pod<qint32>(m_segments.heavyFrom);
    out.pod<quint8>(m_learned ? 1 : 0);
    if (m_learned) {
        for (int seg = 0; seg < UserSegments::kCount; ++seg) {
            out.vector(m_blend.weights[size_t(seg)]);
            out.pod<double>(m_blend.ndcg[size_t(seg)]);
            out.pod<double>(m_blend.singleNdcg[size_t(seg)]);
        }
        out.pod<double>(m_blend.allNdcg);
        out.pod<double>(m_blend.allSingleNdcg);
        out.pod<qint32>(m_blend.validationUsers);
        out.pod<qint32>(m_blend.k);
    }
    return out.writeTo(device);
}

Status ModelSnapshot::saveFile(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString(), path);
    // The snapshot holds every shopper's interactions and factors: owner-only, like the
    // database, from the first byte (the temporary file is renamed with these permissions).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status s = save(file); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return fail(file.errorString(), path);
    return {};
}

Result<std::shared_ptr<const ModelSnapshot>> ModelSnapshot::load(QIODevice &device)
{
    auto opened = SnapshotReader::open(device);
    if (!opened)
        return opened.error();
    SnapshotReader &in = opened.value();
    const QString where = QStringLiteral("snapshot");
    if (in.string() != kTag || !in.ok())
        return fail(QStringLiteral("not a live recommender snapshot"), where);
    if (const auto version = in.pod<quint32>(); version != kLiveVersion)
        return fail(QStringLiteral("unsupported live snapshot version %1").arg(version), where);
    std::shared_ptr<ModelSnapshot> snapshot(new ModelSnapshot);
    snapshot->m_latestTimestamp = in.pod<qint64>();
    snapshot->m_trainingRatings = in.pod<qint64>();
    snapshot->m_users = IdMap(in.vector<qint64>());
    if (Status s = snapshot->m_catalog.load(in); !s)
        return s.error();
    auto features = std::make_shared<ItemFeatures>();
    if (Status s = features->load(in); !s)
        return s.error();
    if (features->itemCount() != 0 && features->itemCount() != snapshot->m_catalog.size())
        return fail(QStringLiteral("item features do not match the catalog"), where);
    snapshot->m_features = features;
    const auto count = in.pod<quint32>();
    for (quint32 m = 0; m < count && in.ok(); ++m) {
        const QString name = in.string();
        const QString factory = in.string();
        const std::vector<char> bytes = in.vector<char>();
        if (!in.ok())
            break;
        auto model = createRecommender(factory);
        if (!model)
            return fail(QStringLiteral("unknown model \"%1\"").arg(factory), where);
        QByteArray data(bytes.data(), qsizetype(bytes.size()));
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        if (Status s = model->load(buffer); !s)
            return s.error();
        if (!(model->items() == snapshot->m_catalog.ids()))
            return fail(QStringLiteral("model \"%1\" does not match the catalog").arg(name), where);
        std::shared_ptr<const Recommender> shared(std::move(model));
        if (name == kTrending)
            snapshot->m_trending = shared;
        else
            snapshot->m_models.emplace_back(name, shared);
    }
    snapshot->m_segments.warmFrom = in.pod<qint32>();
    snapshot->m_segments.heavyFrom = in.pod<qint32>();
    snapshot->m_learned = in.pod<quint8>() != 0;
    if (snapshot->m_learned) {
        LearnedBlend &blend = snapshot->m_blend;
        for (int seg = 0; seg < UserSegments::kCount && in.ok(); ++seg) {
            blend.weights[size_t(seg)] = in.vector<float>();
            blend.ndcg[size_t(seg)] = in.pod<double>();
            blend.singleNdcg[size_t(seg)] = in.pod<double>();
            if (in.ok() && blend.weights[size_t(seg)].size() != snapshot->m_models.size())
                return fail(QStringLiteral("blend weights do not match the models"), where);
        }
        blend.allNdcg = in.pod<double>();
        blend.allSingleNdcg = in.pod<double>();
        blend.validationUsers = in.pod<qint32>();
        blend.k = in.pod<qint32>();
    }
    if (!in.ok())
        return in.status().error();
    if (!in.atEnd())
        return fail(QStringLiteral("unexpected trailing data"), where);
    if (!snapshot->m_trending)
        return fail(QStringLiteral("the trending model is missing"), where);
    snapshot->prepare();
    return std::shared_ptr<const ModelSnapshot>(std::move(snapshot));
}

Result<std::shared_ptr<const ModelSnapshot>> ModelSnapshot::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString(), path);
    auto loaded = load(file);
    if (!loaded)
        return fail(loaded.error().toString(), path);
    return loaded;
}

} // namespace storefront::recsys
