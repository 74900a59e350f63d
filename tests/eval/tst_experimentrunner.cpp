#include "eval/experimentrunner.h"
#include "eval/ratingsdataset.h"
#include "eval/splitter.h"
#include "recsys/recommender.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <random>

using namespace storefront;
using eval::ExperimentConfig;
using eval::ExperimentRunner;

/// The runner on small planted data: two groups of users who like two groups of items.
class TestExperimentRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void personalisedModelsBeatPopularity();
    void trainItemsAreNeverRecommended();
    void unknownModelListsTheKnownOnes();
    void refusesBadParameters();
    void cancelsAndReportsProgress();
    void kFoldAveragesAndCurvesAreMonotone();
    void foldsWithoutEvaluableUsersAreSkippedAndFoldsWeightedByUsers();
    void refusesAnEvaluationWithoutEvaluableUsers();
    void ratingPredictorsGetRmse();
    void trainThresholdWeighsLowRatings();

private:
    static eval::RatingsDataset planted();
};

eval::RatingsDataset TestExperimentRunner::planted()
{
    // 2 groups x 30 users; 2 groups x 25 items. Each user rates 12 items of their group with
    // 4-5 stars and 2 of the other group with 1-2 stars. Item titles carry the group's genre.
    eval::RatingsDataset d;
    std::mt19937 rng(5);
    for (int i = 0; i < 50; ++i) {
        const int index = d.addItem(QStringLiteral("i%1").arg(i));
        d.setItemInfo(index, {QStringLiteral("item %1").arg(i),
                              {i < 25 ? QStringLiteral("Western") : QStringLiteral("Opera")},
                              {},
                              {}});
    }
    for (int u = 0; u < 60; ++u) {
        const int group = u % 2;
        std::vector<int> own(25), other(25);
        for (int i = 0; i < 25; ++i) {
            own[static_cast<size_t>(i)] = group * 25 + i;
            other[static_cast<size_t>(i)] = (1 - group) * 25 + i;
        }
        std::shuffle(own.begin(), own.end(), rng);
        std::shuffle(other.begin(), other.end(), rng);
        const int user = d.addUser(QStringLiteral("u%1").arg(u));
        for (int k = 0; k < 14; ++k) {
            eval::RatingRecord r;
            r.user = user;
            r.item = k < 12 ? own[static_cast<size_t>(k)] : other[static_cast<size_t>(k)];
            r.rating =
                k < 12 ? static_cast<float>(4 + rng() % 2) : static_cast<float>(1 + rng() % 2);
            r.timestamp = 1000 + k;
            d.addRating(r);
        }
    }
    return d;
}

void TestExperimentRunner::personalisedModelsBeatPopularity()
{
    const auto data = planted();
    const auto splits = eval::Splitter::userHoldout(data, 0.25, 42);
    ExperimentConfig config;
    config.models = eval::ModelRegistry::defaults().names();
    config.k = 5;
    config.relevanceThreshold = 4.0;
    config.threads = 2;
    ExperimentRunner runner;
    auto result = runner.run(data, {splits}, config);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->results.size(), size_t(config.models.size()));
    QVERIFY(config.models.contains(QStringLiteral("ensemble")));
    const double popularity = result->results.front().ndcg;
    for (const auto &r : result->results) {
        QVERIFY(r.users == 60);
        QVERIFY(r.diversity.has_value());
        QVERIFY(r.precision >= 0.0 && r.precision <= 1.0);
        if (r.model != QLatin1String("popularity"))
            QVERIFY2(r.ndcg > popularity, qPrintable(QStringLiteral("%1 %2 vs popularity %3")
                                                         .arg(r.model)
                                                         .arg(r.ndcg)
                                                         .arg(popularity)));
    }
}

void TestExperimentRunner::trainItemsAreNeverRecommended()
{
    // The test set repeats training pairs: since a user's training items are excluded, no
    // test item can ever be hit, even by popularity (whose top items are exactly those).
    const auto data = planted();
    eval::Split split;
    for (int i = 0; i < data.ratingCount(); ++i) {
        split.train.push_back(i);
        if (i % 14 < 3)
            split.test.push_back(i);
    }
    ExperimentConfig config;
    config.models = {QStringLiteral("popularity"), QStringLiteral("item-knn"),
                     QStringLiteral("ease")};
    config.k = 10;
    auto result = ExperimentRunner().run(data, {split}, config);
    QVERIFY(result.ok());
    for (const auto &r : result->results) {
        QCOMPARE(r.hitRate, 0.0);
        QVERIFY(r.coverage > 0.0);
    }
}

void TestExperimentRunner::unknownModelListsTheKnownOnes()
{
    ExperimentConfig config;
    config.models = {QStringLiteral("ease"), QStringLiteral("wide-deep")};
    const Status s = ExperimentRunner().validate(config);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.startsWith(QStringLiteral("unknown model \"wide-deep\"")),
             qPrintable(s.error().message));
    QVERIFY(s.error().message.contains(QStringLiteral("popularity, content, user-knn")));

    // A model registered later is accepted without other changes.
    auto registry = eval::ModelRegistry::defaults();
    registry.add(QStringLiteral("wide-deep"),
                 [] { return recsys::createRecommender(QStringLiteral("ease")); });
    QVERIFY(ExperimentRunner(registry).validate(config).ok());
}

void TestExperimentRunner::refusesBadParameters()
{
    ExperimentConfig config;
    config.models = {QStringLiteral("als")};
    config.parameters = {QStringLiteral("als.factors=0")};
    Status s = ExperimentRunner().validate(config);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().where, QStringLiteral("als.factors"));
    config.parameters = {QStringLiteral("nosuch.k=1")};
    s = ExperimentRunner().validate(config);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.startsWith(
                 QStringLiteral("unknown model \"nosuch\" in --param nosuch.k=1; known models: ")),
             qPrintable(s.error().message));
    config.parameters = {QStringLiteral("als.factors")};
    s = ExperimentRunner().validate(config);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().where, QStringLiteral("--param"));
    config.parameters = {QStringLiteral("ease.lambda=10")}; // another model's: allowed
    QVERIFY(ExperimentRunner().validate(config).ok());
    // ... but checked against that model's range even though it does not run.
    config.parameters = {QStringLiteral("ease.lambda=-1")};
    s = ExperimentRunner().validate(config);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().where, QStringLiteral("ease.lambda"));
    config.parameters = {QStringLiteral("bpr.nosuch=3")};
    s = ExperimentRunner().validate(config);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().toString().contains(QStringLiteral("bpr.nosuch")),
             qPrintable(s.error().toString()));
    config.parameters.clear();
    config.belowThresholdWeight = 1.5f;
    s = ExperimentRunner().validate(config);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().where, QStringLiteral("--below-threshold-weight"));
}

void TestExperimentRunner::trainThresholdWeighsLowRatings()
{
    // Every user of the planted data has 12 ratings of 4-5 stars and 2 of 1-2 stars.
    const auto data = planted();
    const auto weightsOf = [&](std::optional<double> threshold, float below) {
        const recsys::InteractionData d = data.interactionData(nullptr, threshold, below);
        return std::vector<float>(d.weights.valuePtr(),
                                  d.weights.valuePtr() + d.weights.nonZeros());
    };
    // The stars (what mf trains on) are kept whatever the threshold.
    QCOMPARE(data.interactionData(nullptr, 4.0, 0.0f).ratings.nonZeros(),
             Eigen::Index(data.ratingCount()));
    const auto all = weightsOf(std::nullopt, 0.0f);
    QCOMPARE(all.size(), size_t(60 * 14));
    QVERIFY(std::all_of(all.begin(), all.end(), [](float w) { return w == 1.0f; }));
    QCOMPARE(weightsOf(4.0, 0.0f).size(), size_t(60 * 12));
    const auto graded = weightsOf(4.0, 0.25f);
    QCOMPARE(graded.size(), size_t(60 * 14));
    QCOMPARE(std::count(graded.begin(), graded.end(), 0.25f), std::ptrdiff_t(60 * 2));
    QCOMPARE(std::count(graded.begin(), graded.end(), 1.0f), std::ptrdiff_t(60 * 12));

    // A low-rated training item is still never recommended, whatever its weight.
    eval::Split split;
    for (int i = 0; i < data.ratingCount(); ++i) {
        split.train.push_back(i);
        if (i % 14 >= 12)
            split.test.push_back(i);
    }
    ExperimentConfig config;
    config.models = {QStringLiteral("popularity"), QStringLiteral("ease")};
    config.k = 10;
    config.trainThreshold = 4.0;
    for (float below : {0.0f, 0.25f}) {
        config.belowThresholdWeight = below;
        auto result = ExperimentRunner().run(data, {split}, config);
        QVERIFY(result.ok());
        for (const auto &r : result->results)
            QCOMPARE(r.hitRate, 0.0);
    }
}

void TestExperimentRunner::cancelsAndReportsProgress()
{
    const auto data = planted();
    const auto split = eval::Splitter::userHoldout(data, 0.2, 1);
    ExperimentConfig config;
    config.models = {QStringLiteral("popularity"), QStringLiteral("als"), QStringLiteral("bpr")};
    std::vector<double> fractions;
    std::atomic<bool> cancel{false};
    auto result = ExperimentRunner().run(
        data, {split}, config,
        [&](const QString &stage, double f) {
            fractions.push_back(f);
            if (stage.startsWith(QLatin1String("als")))
                cancel = true;
        },
        [&] { return cancel.load(); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, QStringLiteral("evaluation cancelled"));
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QVERIFY(!fractions.empty());
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QVERIFY(fractions.back() < 1.0);

    fractions.clear();
    auto done = ExperimentRunner().run(data, {split}, config,
                                       [&](const QString &, double f) { fractions.push_back(f); });
    QVERIFY(done.ok());
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QCOMPARE(fractions.back(), 1.0);
}

void TestExperimentRunner::kFoldAveragesAndCurvesAreMonotone()
{
    const auto data = planted();
    ExperimentConfig config;
    config.models = {QStringLiteral("item-knn")};
    config.curveMaxK = 8;
    config.k = 8;
    auto result = ExperimentRunner().run(data, eval::Splitter::kFold(data, 3, 9), config);
    QVERIFY(result.ok());
    const auto &r = result->results.front();
    QCOMPARE(r.recallCurve.size(), size_t{8});
    QVERIFY(std::is_sorted(r.recallCurve.begin(), r.recallCurve.end()));
    QVERIFY(std::abs(r.precisionCurve.back() - r.precision) < 1e-9);
    QVERIFY(std::abs(r.recallCurve.back() - r.recall) < 1e-9);
    QVERIFY(r.users > 60); // summed over the folds
}

void TestExperimentRunner::foldsWithoutEvaluableUsersAreSkippedAndFoldsWeightedByUsers()
{
    const auto data = planted();
    const eval::Split whole = eval::Splitter::userHoldout(data, 0.25, 42);
    // A second split that tests only the users whose index is below 10.
    eval::Split few = whole;
    few.test.clear();
    for (int index : whole.test)
        if (data.ratings()[static_cast<size_t>(index)].user < 10)
            few.test.push_back(index);
    eval::Split none = whole;
    none.test.clear();
    ExperimentConfig config;
    config.models = {QStringLiteral("popularity"), QStringLiteral("item-knn")};
    config.k = 5;
    const ExperimentRunner runner;
    auto alone = runner.run(data, {whole}, config);
    auto small = runner.run(data, {few}, config);
    auto withEmpty = runner.run(data, {whole, none}, config);
    auto both = runner.run(data, {whole, few}, config);
    QVERIFY(alone.ok() && small.ok() && withEmpty.ok() && both.ok());
    for (size_t m = 0; m < 2; ++m) {
        const eval::ModelResult &a = alone->results[m];
        const eval::ModelResult &s = small->results[m];
        // The empty fold neither halves the figures nor adds users.
        QCOMPARE(withEmpty->results[m].ndcg, a.ndcg);
        QCOMPARE(withEmpty->results[m].precision, a.precision);
        QCOMPARE(withEmpty->results[m].users, a.users);
        // Two folds: weighted by their evaluated users, and users summed.
        QCOMPARE(a.users, 60);
        QCOMPARE(s.users, 10);
        const eval::ModelResult &b = both->results[m];
        QCOMPARE(b.users, 70);
        QVERIFY(std::abs(b.ndcg - (a.ndcg * 60 + s.ndcg * 10) / 70) < 1e-12);
        QVERIFY(std::abs(b.recall - (a.recall * 60 + s.recall * 10) / 70) < 1e-12);
        QVERIFY(std::abs(b.coverage - (a.coverage + s.coverage) / 2) < 1e-12);
    }
}

void TestExperimentRunner::refusesAnEvaluationWithoutEvaluableUsers()
{
    const auto data = planted();
    const eval::Split split = eval::Splitter::userHoldout(data, 0.25, 42);
    ExperimentConfig config;
    config.models = {QStringLiteral("popularity")};
    config.relevanceThreshold = 6.0; // above every star
    auto result = ExperimentRunner().run(data, {split}, config);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.startsWith(
                 QStringLiteral("no test user has a relevant item: no test rating is at least 6")),
             qPrintable(result.error().message));
    eval::Split empty = split;
    empty.test.clear();
    config.relevanceThreshold.reset();
    result = ExperimentRunner().run(data, {empty, empty}, config);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("the test set is empty")),
             qPrintable(result.error().message));
}

void TestExperimentRunner::ratingPredictorsGetRmse()
{
    const auto data = planted();
    ExperimentConfig config;
    config.models = {QStringLiteral("mf"), QStringLiteral("ease")};
    auto result = ExperimentRunner().run(data, {eval::Splitter::userHoldout(data, 0.2, 3)}, config);
    QVERIFY(result.ok());
    QVERIFY(result->results[0].rmse.has_value());
    QVERIFY(*result->results[0].rmse < 1.5); // stars are 1..5, groups well separated
    QVERIFY(*result->results[0].mae <= *result->results[0].rmse);
    QVERIFY(!result->results[1].rmse.has_value());
}

QTEST_GUILESS_MAIN(TestExperimentRunner)
#include "tst_experimentrunner.moc"
