#include "eval/experimentrunner.h"

#include "eval/metrics.h"
#include "eval/ratingsdataset.h"
#include "recsys/itemfeatures.h"
#include "recsys/parallelrunner.h"
#include "recsys/recommender.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace storefront::eval {

namespace {

/// Splits "als.factors=64" into model, key ("als.factors") and value.
struct ParsedParameter
{
    QString model;
    QString key;
    QString value;
};

Result<ParsedParameter> parseParameter(const QString &text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (eq <= 0 || dot <= 0 || dot > eq)
        return fail(
            QStringLiteral("\"%1\": expected MODEL.KEY=VALUE, e.g. als.factors=64").arg(text),
            QStringLiteral("--param"));
    return ParsedParameter{text.left(dot), text.left(eq), text.mid(eq + 1)};
}

/// parseParameter() for a model the registry knows.
Result<ParsedParameter> parseKnownParameter(const ModelRegistry &registry, const QString &text)
{
    auto p = parseParameter(text);
    if (!p)
        return p.error();
    if (!registry.contains(p->model))
        return fail(QStringLiteral("unknown model \"%1\" in --param %2; known models: %3")
                        .arg(p->model, text, registry.names().join(QStringLiteral(", "))));
    return p;
}

/// Everything a model is evaluated against in one split.
struct TestSet
{
    std::vector<int> users;                 ///< users with at least one relevant test item
    std::vector<std::vector<int>> relevant; ///< sorted, aligned with users
    std::vector<int> ratingUsers;           ///< explicit test ratings, for RMSE/MAE
    std::vector<int> ratingItems;
    std::vector<float> ratingValues;
    std::vector<int> itemUserCounts; ///< training users per item, for novelty
    int trainUsers = 0;
};

TestSet makeTestSet(const RatingsDataset &data, const Split &split,
                    const std::optional<double> &threshold)
{
    TestSet t;
    std::vector<std::vector<int>> relevant(static_cast<size_t>(data.userCount()));
    for (int index : split.test) {
        const RatingRecord &r = data.ratings()[static_cast<size_t>(index)];
        if (!threshold || r.rating >= *threshold)
            relevant[static_cast<size_t>(r.user)].push_back(r.item);
        if (r.explicitRating) {
            t.ratingUsers.push_back(r.user);
            t.ratingItems.push_back(r.item);
            t.ratingValues.push_back(r.rating);
        }
    }
    for (size_t u = 0; u < relevant.size(); ++u) {
        auto &items = relevant[u];
        if (items.empty())
            continue;
        std::sort(items.begin(), items.end());
        items.erase(std::unique(items.begin(), items.end()), items.end());
        t.users.push_back(static_cast<int>(u));
        t.relevant.push_back(std::move(items));
    }
    t.itemUserCounts.assign(static_cast<size_t>(data.itemCount()), 0);
    std::vector<char> hasTrain(static_cast<size_t>(data.userCount()), 0);
    for (int index : split.train) {
        const RatingRecord &r = data.ratings()[static_cast<size_t>(index)];
        ++t.itemUserCounts[static_cast<size_t>(r.item)];
        hasTrain[static_cast<size_t>(r.user)] = 1;
    }
    t.trainUsers = static_cast<int>(std::count(hasTrain.begin(), hasTrain.end(), 1));
    return t;
}

/// One model's figures summed over the evaluated folds. The per-user ranking metrics are
/// summed over every evaluated user of every fold and divided by their number, so the folds
/// are weighted by their evaluated users; coverage, RMSE, MAE and the timings are plain means
/// over the folds that were evaluated.
struct Totals
{
    double precision = 0, recall = 0, f1 = 0, ndcg = 0, map = 0, mrr = 0, hit = 0;
    double diversity = 0, novelty = 0;
    std::vector<double> precisionCurve, recallCurve;
    long long users = 0;
    int folds = 0;
    double coverage = 0, trainSeconds = 0, recommendSeconds = 0;
    bool hasDiversity = false;
    double rmse = 0, mae = 0;
    int ratedFolds = 0;

    void finish(ModelResult &r) const
    {
        const double n = users > 0 ? static_cast<double>(users) : 1.0;
        const double f = folds > 0 ? static_cast<double>(folds) : 1.0;
        r.precision = precision / n;
        r.recall = recall / n;
        r.f1 = f1 / n;
        r.ndcg = ndcg / n;
        r.map = map / n;
        r.mrr = mrr / n;
        r.hitRate = hit / n;
        if (hasDiversity)
            r.diversity = diversity / n;
        r.novelty = novelty / n;
        r.precisionCurve.resize(precisionCurve.size());
        r.recallCurve.resize(recallCurve.size());
        for (size_t c = 0; c < precisionCurve.size(); ++c) {
            r.precisionCurve[c] = precisionCurve[c] / n;
            r.recallCurve[c] = recallCurve[c] / n;
        }
        r.coverage = coverage / f;
        r.trainSeconds = trainSeconds / f;
        r.recommendSeconds = recommendSeconds / f;
        if (ratedFolds > 0) {
            r.rmse = rmse / static_cast<double>(ratedFolds);
            r.mae = mae / static_cast<double>(ratedFolds);
        }
        r.users = static_cast<int>(users);
    }
};

} // namespace

Result<std::unique_ptr<recsys::Recommender>>
ExperimentRunner::createModel(const QString &name, const QStringList &parameters) const
{
    auto model = m_registry.create(name);
    if (!model)
        return model.error();
    for (const QString &text : parameters) {
        auto p = parseKnownParameter(m_registry, text);
        if (!p)
            return p.error();
        if (Status s = p->model == name ? (*model)->setParameter(p->key, p->value)
                                        : (*model)->setComponentParameter(p->key, p->value);
            !s)
            return s.error();
    }
    return model;
}

Status ExperimentRunner::validate(const ExperimentConfig &config) const
{
    if (config.models.isEmpty())
        return fail(QStringLiteral("no model given"), QStringLiteral("--models"));
    if (Status s = m_registry.check(config.models); !s)
        return s;
    if (config.k < 1 || config.k > 100000)
        return fail(QStringLiteral("k must be a positive integer"), QStringLiteral("--k"));
    if (!(config.belowThresholdWeight >= 0.0f && config.belowThresholdWeight <= 1.0f))
        return fail(QStringLiteral("must be from 0 to 1"),
                    QStringLiteral("--below-threshold-weight"));
    for (const QString &name : config.models)
        if (auto model = createModel(name, config.parameters); !model)
            return model.error();
    // Every parameter is checked against its own model's specification, also when that model
    // is not run: a typo such as ease.lambda=-1 next to --models als is refused, not ignored.
    for (const QString &text : config.parameters) {
        auto p = parseKnownParameter(m_registry, text);
        if (!p)
            return p.error();
        auto owner = m_registry.create(p->model);
        if (!owner)
            return owner.error();
        if (Status s = (*owner)->setParameter(p->key, p->value); !s)
            return s.error();
    }
    return {};
}

Result<ExperimentResult> ExperimentRunner::run(const RatingsDataset &data,
                                               const std::vector<Split> &splits,
                                               const ExperimentConfig &config,
                                               const Progress &progress,
                                               const std::function<bool()> &cancelled) const
{
    if (Status s = validate(config); !s)
        return s.error();
    if (splits.empty())
        return fail(QCoreApplication::translate("storefront::eval::ExperimentRunner",
                                                "no split to evaluate"));
    const auto isCancelled = [&] { return cancelled && cancelled(); };
    const auto cancelledError = [] {
        return fail(ErrorCode::Cancelled, QStringLiteral("evaluation cancelled"));
    };
    const auto report = [&](const QString &stage, double fraction) {
        if (progress)
            progress(stage, std::clamp(fraction, 0.0, 1.0));
    };

    const int kList = std::max(config.k, config.curveMaxK);
    const auto modelCount = static_cast<size_t>(config.models.size());
    const double steps = static_cast<double>(splits.size() * modelCount);
    ExperimentResult out;
    out.k = config.k;
    out.results.resize(modelCount);
    std::vector<Totals> totals(modelCount);
    for (size_t m = 0; m < modelCount; ++m) {
        out.results[m].model = config.models[static_cast<qsizetype>(m)];
        totals[m].precisionCurve.assign(static_cast<size_t>(config.curveMaxK), 0.0);
        totals[m].recallCurve.assign(static_cast<size_t>(config.curveMaxK), 0.0);
    }
    const recsys::ParallelRunner runner(std::max(1, config.threads), config.pool);
    int evaluatedFolds = 0;

    for (size_t s = 0; s < splits.size(); ++s) {
        if (isCancelled())
            return cancelledError();
        const Split &split = splits[s];
        const recsys::InteractionData train =
            data.interactionData(&split.train, config.trainThreshold, config.belowThresholdWeight);
        const TestSet test = makeTestSet(data, split, config.relevanceThreshold);
        // A fold without a user to evaluate says nothing about the models: it is skipped
        // rather than averaged in as zeros.
        if (test.users.empty())
            continue;
        ++evaluatedFolds;
        const recsys::SparseRowMatrix *features =
            train.itemFeatures ? &train.itemFeatures->matrix() : nullptr;

        for (size_t m = 0; m < modelCount; ++m) {
            const QString &name = out.results[m].model;
            const double base = static_cast<double>(s * modelCount + m) / steps;
            const double span = 1.0 / steps;
            report(QStringLiteral("%1: training").arg(name), base);
            auto created = createModel(name, config.parameters);
            if (!created)
                return created.error();
            std::unique_ptr<recsys::Recommender> model = std::move(*created);

            recsys::FitContext context;
            context.seed = config.seed;
            context.threads = std::max(1, config.threads);
            context.pool = config.pool;
            context.cancelled = isCancelled;
            context.progress = [&](double f) {
                report(QStringLiteral("%1: training").arg(name), base + 0.8 * span * f);
            };
            QElapsedTimer timer;
            timer.start();
            if (Status fit = model->fit(train, context); !fit) {
                if (isCancelled())
                    return cancelledError();
                return Error{fit.error().message, name};
            }
            const double trainSeconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
            report(QStringLiteral("%1: recommending").arg(name), base + 0.8 * span);

            // Per-user figures, each block writing only its own slots.
            const size_t users = test.users.size();
            std::vector<UserRankingMetrics> perUser(users);
            std::vector<double> diversity(users, 0.0);
            std::vector<double> novelty(users, 0.0);
            std::vector<std::vector<int>> lists(users);
            const int curve = config.curveMaxK;
            std::vector<double> precisionAt(users * static_cast<size_t>(curve), 0.0);
            std::vector<double> recallAt(users * static_cast<size_t>(curve), 0.0);
            constexpr int kUsersPerBlock = 64;
            const int blocks =
                recsys::ParallelRunner::blocksFor(static_cast<long long>(users), kUsersPerBlock);
            std::vector<Status> blockStatus(static_cast<size_t>(blocks));
            std::atomic<bool> stop{false};
            timer.restart();
            runner.run(blocks, [&](int block) {
                const size_t begin = static_cast<size_t>(block) * kUsersPerBlock;
                const size_t end = std::min(users, begin + kUsersPerBlock);
                if (stop.load() || isCancelled()) {
                    stop = true;
                    return;
                }
                recsys::Exclusions exclusions; // interacted = true: never a training item
                for (size_t i = begin; i < end; ++i) {
                    auto state = model->userState(test.users[i]);
                    if (!state) {
                        blockStatus[static_cast<size_t>(block)] = state.error();
                        stop = true;
                        return;
                    }
                    const auto top = model->recommend(*state, kList, exclusions);
                    std::vector<int> &list = lists[i];
                    list.reserve(top.size());
                    for (const auto &scored : top)
                        list.push_back(scored.item);
                    perUser[i] = Metrics::ranking(list, test.relevant[i], config.k);
                    for (int c = 1; c <= curve; ++c) {
                        const auto at = Metrics::ranking(list, test.relevant[i], c);
                        precisionAt[i * static_cast<size_t>(curve) + static_cast<size_t>(c - 1)] =
                            at.precision;
                        recallAt[i * static_cast<size_t>(curve) + static_cast<size_t>(c - 1)] =
                            at.recall;
                    }
                    if (features)
                        diversity[i] = Metrics::intraListDiversity(list, *features, config.k);
                    novelty[i] =
                        Metrics::novelty(list, test.itemUserCounts, test.trainUsers, config.k);
                    if (list.size() > static_cast<size_t>(config.k))
                        list.resize(static_cast<size_t>(config.k));
                }
            });
            const double recommendSeconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
            if (isCancelled())
                return cancelledError();
            for (const Status &st : blockStatus)
                if (!st)
                    return Error{st.error().message, name};

            Totals &t = totals[m];
            std::vector<char> recommended(static_cast<size_t>(data.itemCount()), 0);
            for (size_t i = 0; i < users; ++i) {
                t.precision += perUser[i].precision;
                t.recall += perUser[i].recall;
                t.f1 += perUser[i].f1;
                t.ndcg += perUser[i].ndcg;
                t.map += perUser[i].averagePrecision;
                t.mrr += perUser[i].reciprocalRank;
                t.hit += perUser[i].hit;
                t.diversity += diversity[i];
                t.novelty += novelty[i];
                for (int item : lists[i])
                    recommended[static_cast<size_t>(item)] = 1;
                for (int c = 0; c < curve; ++c) {
                    const size_t at = i * static_cast<size_t>(curve) + static_cast<size_t>(c);
                    t.precisionCurve[static_cast<size_t>(c)] += precisionAt[at];
                    t.recallCurve[static_cast<size_t>(c)] += recallAt[at];
                }
            }
            const int distinct =
                static_cast<int>(std::count(recommended.begin(), recommended.end(), 1));
            t.users += static_cast<long long>(users);
            ++t.folds;
            t.coverage += Metrics::coverage(distinct, data.itemCount());
            t.hasDiversity = features != nullptr;
            t.trainSeconds += trainSeconds;
            t.recommendSeconds += recommendSeconds;

            if (model->predictsRatings() && !test.ratingValues.empty()) {
                std::vector<float> predicted(test.ratingValues.size());
                int lastUser = -1;
                recsys::UserState state;
                for (size_t i = 0; i < predicted.size(); ++i) {
                    if (test.ratingUsers[i] != lastUser) {
                        auto st = model->userState(test.ratingUsers[i]);
                        if (!st)
                            return Error{st.error().message, name};
                        state = std::move(*st);
                        lastUser = test.ratingUsers[i];
                    }
                    predicted[i] = model->predictRating(state, test.ratingItems[i]);
                }
                t.rmse += Metrics::rmse(predicted, test.ratingValues);
                t.mae += Metrics::mae(predicted, test.ratingValues);
                ++t.ratedFolds;
            }
            report(QStringLiteral("%1: done").arg(name), base + span);
        }
    }
    if (evaluatedFolds == 0) {
        if (config.relevanceThreshold)
            return fail(QCoreApplication::translate("storefront::eval::ExperimentRunner",
                                                    "no test user has a relevant item: no test "
                                                    "rating is at least %1 (--relevance-threshold)")
                            .arg(*config.relevanceThreshold));
        return fail(
            QCoreApplication::translate("storefront::eval::ExperimentRunner",
                                        "no test user has a relevant item: the test set is empty"));
    }
    for (size_t m = 0; m < modelCount; ++m)
        totals[m].finish(out.results[m]);
    report(QStringLiteral("done"), 1.0);
    return out;
}

} // namespace storefront::eval
