// Property tests of the factor models: ImplicitAls, ExplicitMf, Bpr.

#include "planteddata.h"

#include "recsys/bpr.h"
#include "recsys/explicitmf.h"
#include "recsys/implicitals.h"

#include <QTest>

#include <cmath>

using namespace storefront;
using namespace storefront::recsys;
using namespace storefront::recsys::testing;

namespace {

void setOrFail(Recommender &model, const char *key, const char *value)
{
    const Status s = model.setParameter(QString::fromLatin1(key), QString::fromLatin1(value));
    QVERIFY2(s.ok(), key);
}

/// Loss sequence is non-increasing up to float rounding (relative 1e-6).
bool nonIncreasing(const std::vector<double> &loss)
{
    for (size_t k = 1; k < loss.size(); ++k)
        if (loss[k] > loss[k - 1] * (1.0 + 1e-6) + 1e-9)
            return false;
    return true;
}

} // namespace

class TestFactorModels : public QObject
{
    Q_OBJECT

private:
    Planted m_data;

private Q_SLOTS:
    void initTestCase() { m_data = makePlanted(); }

    void alsLossNeverIncreases_data()
    {
        QTest::addColumn<QString>("cgSteps");
        QTest::newRow("cg-3") << QStringLiteral("3");
        QTest::newRow("cg-1") << QStringLiteral("1");
        QTest::newRow("exact") << QStringLiteral("0");
    }
    void alsLossNeverIncreases()
    {
        QFETCH(QString, cgSteps);
        ImplicitAls als;
        setOrFail(als, "factors", "16");
        setOrFail(als, "iterations", "12");
        setOrFail(als, "alpha", "5");
        QVERIFY(als.setParameter(QStringLiteral("cg_steps"), cgSteps).ok());
        FitContext context;
        context.threads = 2;
        QVERIFY(als.fit(m_data.train, context).ok());
        QCOMPARE(als.lossHistory().size(), size_t(12));
        QVERIFY(nonIncreasing(als.lossHistory()));
        QVERIFY(als.lossHistory().back() < als.lossHistory().front());
    }

    // With the default 3 CG steps the trained factors are an approximate solve; the fold-in
    // (exact Cholesky) scores stay within 2% of the largest score and keep the top-10.
    void alsCgFoldInIsCloseToTrained()
    {
        ImplicitAls als;
        setOrFail(als, "factors", "16");
        setOrFail(als, "iterations", "15");
        QVERIFY(als.fit(m_data.train).ok());
        for (int u = 0; u < als.userCount(); u += 17) {
            const UserState trained = *als.userState(u);
            const UserState folded = *als.foldIn(m_data.train.user(u));
            std::vector<float> a(size_t(als.itemCount())), b(a.size());
            als.scoreAll(trained, a);
            als.scoreAll(folded, b);
            float maxAbs = 0, maxDiff = 0;
            for (size_t i = 0; i < a.size(); ++i) {
                maxAbs = std::max(maxAbs, std::abs(a[i]));
                maxDiff = std::max(maxDiff, std::abs(a[i] - b[i]));
            }
            QVERIFY2(maxDiff <= 0.02f * maxAbs, qPrintable(QString::number(maxDiff / maxAbs)));
        }
    }

    // Hu et al. section 5: with exact solves the contributions sum to the score.
    void alsExplanationSumsToScore()
    {
        ImplicitAls als;
        setOrFail(als, "factors", "16");
        setOrFail(als, "cg_steps", "0");
        QVERIFY(als.fit(m_data.train).ok());
        const UserState state = *als.userState(3);
        for (int item : {0, 7, 45, 100}) {
            const auto why = als.explain(state, item, 1000);
            double sum = 0.0;
            for (const auto &c : why)
                sum += c.weight;
            const float score = als.scoreUser(state, std::vector<int>{item})[0];
            QVERIFY2(std::abs(sum - score) <= 1e-3 * (1.0 + std::abs(score)),
                     qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(score)));
        }
    }

    void mfLossNeverIncreases_data()
    {
        QTest::addColumn<QString>("solver");
        QTest::addColumn<QString>("learningRate");
        QTest::newRow("als") << QStringLiteral("als") << QStringLiteral("0.01");
        QTest::newRow("sgd") << QStringLiteral("sgd") << QStringLiteral("0.02");
        // A learning rate that overshoots: the bold driver rolls epochs back.
        QTest::newRow("sgd-large-step") << QStringLiteral("sgd") << QStringLiteral("0.9");
    }
    void mfLossNeverIncreases()
    {
        QFETCH(QString, solver);
        QFETCH(QString, learningRate);
        ExplicitMf mf;
        QVERIFY(mf.setParameter(QStringLiteral("solver"), solver).ok());
        QVERIFY(mf.setParameter(QStringLiteral("learning_rate"), learningRate).ok());
        setOrFail(mf, "factors", "8");
        setOrFail(mf, "iterations", "15");
        QVERIFY(mf.fit(m_data.train).ok());
        QVERIFY(nonIncreasing(mf.lossHistory()));
        QVERIFY(mf.lossHistory().back() < mf.lossHistory().front() ||
                solver == QLatin1String("sgd"));
    }

    // Held-out star ratings: MF's RMSE beats predicting the global mean.
    void mfPredictsHeldOutRatingsBetterThanTheMean()
    {
        ExplicitMf mf;
        setOrFail(mf, "factors", "8");
        setOrFail(mf, "regularization", "2");
        QVERIFY(mf.fit(m_data.train).ok());
        QVERIFY(mf.predictsRatings());
        double se = 0, seMean = 0;
        for (const auto &t : m_data.heldOutRatings) {
            const float r = mf.predictRating(*mf.userState(t.user), t.item);
            QVERIFY(r >= 1.0f && r <= 5.0f);
            se += (r - t.stars) * (r - t.stars);
            seMean += (mf.globalMean() - t.stars) * (mf.globalMean() - t.stars);
        }
        const double rmse = std::sqrt(se / double(m_data.heldOutRatings.size()));
        const double rmseMean = std::sqrt(seMean / double(m_data.heldOutRatings.size()));
        qInfo("held-out RMSE %.3f, global mean %.3f", rmse, rmseMean);
        QVERIFY(rmse < 0.8 * rmseMean);
    }

    void mfExplanationSumsToPrediction()
    {
        ExplicitMf mf;
        setOrFail(mf, "factors", "8");
        setOrFail(mf, "ranking", "rating"); // the rating predictor's explanation
        QVERIFY(mf.fit(m_data.train).ok());
        const UserState state = *mf.userState(10);
        std::vector<float> scores(size_t(mf.itemCount()));
        mf.scoreAll(state, scores);
        UserState noUser; // bias-only prediction: mu + b_i
        std::vector<float> base(scores.size());
        mf.scoreAll(noUser, base);
        for (int item : {1, 33, 90}) {
            double sum = 0.0;
            for (const auto &c : mf.explain(state, item, 1000))
                sum += c.weight;
            const double expected = scores[size_t(item)] - base[size_t(item)];
            QVERIFY2(std::abs(sum - expected) <= 1e-3 * (1.0 + std::abs(expected)),
                     qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(expected)));
        }
    }

    // Fit fails loudly on NaN factors.
    void bprFailsLoudlyOnDivergence()
    {
        Bpr bpr;
        setOrFail(bpr, "learning_rate", "10");
        setOrFail(bpr, "init_scale", "100");
        setOrFail(bpr, "regularization", "100");
        setOrFail(bpr, "epochs", "20");
        setOrFail(bpr, "factors", "16");
        const Status s = bpr.fit(m_data.train);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().toString().contains(QLatin1String("NaN")),
                 qPrintable(s.error().toString()));
        QVERIFY(!bpr.isFitted());
    }

    // A folded-in user (fresh SGD on their factors) still gets their own group's items.
    void bprFoldInRecommendsTheUsersGroup()
    {
        auto bpr = makeTestModel(QStringLiteral("bpr"));
        QVERIFY(bpr->fit(m_data.train).ok());
        int inGroup = 0, total = 0;
        for (int u = 0; u < bpr->userCount(); u += 9) {
            UserInteractions row = m_data.train.user(u);
            row.user = -1;
            const auto top = bpr->recommend(*bpr->foldIn(row), 5);
            for (const auto &s : top)
                inGroup += Planted::groupOfItem(s.item) == Planted::groupOfUser(u);
            total += int(top.size());
        }
        QVERIFY2(inGroup >= total * 8 / 10,
                 qPrintable(QStringLiteral("%1/%2").arg(inGroup).arg(total)));
    }

    void progressReachesOne()
    {
        ImplicitAls als;
        setOrFail(als, "factors", "8");
        std::vector<double> seen;
        FitContext context;
        context.progress = [&seen](double f) { seen.push_back(f); };
        QVERIFY(als.fit(m_data.train, context).ok());
        QVERIFY(seen.size() >= 2);
        QCOMPARE(seen.back(), 1.0);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }
};

QTEST_GUILESS_MAIN(TestFactorModels)
#include "tst_factormodels.moc"
