// Property tests of the memory-based and closed-form models: ItemKnn, UserKnn, ContentBased,
// Ease, Popularity.

#include "planteddata.h"

#include "recsys/contentbased.h"
#include "recsys/ease.h"
#include "recsys/itemknn.h"
#include "recsys/popularity.h"
#include "recsys/userknn.h"

#include <Eigen/Dense>

#include <QTest>

#include <cmath>

using namespace storefront;
using namespace storefront::recsys;
using namespace storefront::recsys::testing;

namespace {

double sumOf(const std::vector<Contribution> &why)
{
    double sum = 0.0;
    for (const auto &c : why)
        sum += c.weight;
    return sum;
}

} // namespace

class TestNeighbourModels : public QObject
{
    Q_OBJECT

private:
    Planted m_data;

private Q_SLOTS:
    void initTestCase() { m_data = makePlanted(); }

    // Exact decompositions: contributions of the user's items add up to the score.
    void explanationsSumToScore_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("similarity");
        QTest::newRow("item-knn") << QStringLiteral("item-knn") << QString();
        QTest::newRow("user-knn cosine") << QStringLiteral("user-knn") << QStringLiteral("cosine");
        QTest::newRow("user-knn pearson")
            << QStringLiteral("user-knn") << QStringLiteral("pearson");
        QTest::newRow("content") << QStringLiteral("content") << QString();
        QTest::newRow("ease") << QStringLiteral("ease") << QString();
    }
    void explanationsSumToScore()
    {
        QFETCH(QString, name);
        QFETCH(QString, similarity);
        auto model = makeTestModel(name);
        if (!similarity.isEmpty())
            QVERIFY(model->setParameter(QStringLiteral("similarity"), similarity).ok());
        QVERIFY(model->fit(m_data.train).ok());
        for (int u : {0, 77, 150, 239}) {
            const UserState state = *model->userState(u);
            std::vector<float> scores(size_t(model->itemCount()));
            model->scoreAll(state, scores);
            for (int item = 0; item < model->itemCount(); item += 11) {
                const double sum = sumOf(model->explain(state, item, 100000));
                QVERIFY2(std::abs(sum - scores[size_t(item)]) <=
                             1e-4 * (1.0 + std::abs(scores[size_t(item)])),
                         qPrintable(QStringLiteral("user %1 item %2: %3 vs %4")
                                        .arg(u)
                                        .arg(item)
                                        .arg(sum)
                                        .arg(scores[size_t(item)])));
            }
        }
    }

    // Memory bound: at most k neighbours per item, all positive, none the item itself.
    void itemKnnKeepsAtMostKNeighbours()
    {
        ItemKnn knn;
        QVERIFY(knn.setParameter(QStringLiteral("item-knn.k"), QStringLiteral("7")).ok());
        QVERIFY(knn.fit(m_data.train).ok());
        const SparseRowMatrix &s = knn.similarity();
        QCOMPARE(int(s.rows()), knn.itemCount());
        for (int i = 0; i < s.outerSize(); ++i) {
            int count = 0;
            for (SparseRowMatrix::InnerIterator it(s, i); it; ++it, ++count) {
                QVERIFY(it.col() != i);
                QVERIFY(it.value() > 0.0f);
            }
            QVERIFY(count <= 7);
        }
        const auto similar = knn.similarItems(0, 5);
        QCOMPARE(similar.size(), size_t(5));
        for (const auto &e : similar)
            QCOMPARE(Planted::groupOfItem(e.item), 0);
    }

    void userKnnPearsonBeatsPopularity()
    {
        auto knn = makeTestModel(QStringLiteral("user-knn"));
        QVERIFY(knn->setParameter(QStringLiteral("similarity"), QStringLiteral("pearson")).ok());
        QVERIFY(knn->fit(m_data.train).ok());
        auto pop = makeTestModel(QStringLiteral("popularity"));
        QVERIFY(pop->fit(m_data.train).ok());
        QVERIFY(recallAtK(*knn, m_data, 10) >= recallAtK(*pop, m_data, 10) + 0.15);
    }

    // Neighbours exclude the user themselves and are ordered by similarity.
    void userKnnNeighboursExcludeSelf()
    {
        UserKnn knn;
        QVERIFY(knn.fit(m_data.train).ok());
        const auto nb = knn.neighbours(m_data.train.user(4).weights, 4);
        QVERIFY(!nb.empty());
        for (size_t k = 0; k < nb.size(); ++k) {
            QVERIFY(nb[k].user != 4);
            QVERIFY(k == 0 || nb[k - 1].similarity >= nb[k].similarity);
        }
        QCOMPARE(Planted::groupOfUser(nb[0].user), Planted::groupOfUser(4));
    }

    void tokenizerFoldsCaseAndDropsStopWords()
    {
        QCOMPARE(ItemFeatures::tokenize(QStringLiteral("The BIG Espresso-machine, and 2 cups of "
                                                       "Café 2000 x")),
                 QStringList({QStringLiteral("big"), QStringLiteral("espresso"),
                              QStringLiteral("machine"), QStringLiteral("cups"),
                              QStringLiteral("café")}));
    }

    void itemFeaturesAreUnitRowsWithSharedCategories()
    {
        const ItemFeatures &f = *m_data.train.itemFeatures;
        for (int i = 0; i < f.itemCount(); ++i)
            QVERIFY(std::abs(f.matrix().row(i).norm() - 1.0f) < 1e-5f);
        QCOMPARE(f.categoryCount(), Planted::kGroups);
        QCOMPARE(f.categoryOf(0), f.categoryOf(29));
        QVERIFY(f.categoryOf(0) != f.categoryOf(30));
        QVERIFY(f.featureNames().contains(QStringLiteral("text:espresso")));
    }

    // An item nobody interacted with can still be recommended by content.
    void contentRecommendsColdItems()
    {
        InteractionData data = m_data.train;
        const int cold = 2;
        SparseRowMatrix weights = data.weights;
        weights.prune([cold](int, int col, float) { return col != cold; });
        data.weights = weights;
        data.lastSeen.clear();
        ContentBased content;
        // Pure similarity, as the live hybrid uses it: the default popularity prior ranks an
        // item nobody has rated below every rated one (see ContentBased).
        QVERIFY(content.setParameter(QStringLiteral("popularity_prior"), QStringLiteral("0")).ok());
        QVERIFY(content.fit(data).ok());
        bool found = false;
        for (int u = 0; u < Planted::kUsersPerGroup && !found; ++u)
            for (const auto &s : content.recommend(*content.userState(u), 10))
                found = found || s.item == cold;
        QVERIFY(found);
    }

    void contentRefusesDataWithoutFeatures()
    {
        InteractionData data = m_data.train;
        data.itemFeatures.reset();
        ContentBased content;
        const Status s = content.fit(data);
        QVERIFY(!s.ok());
        QVERIFY(s.error().toString().contains(QLatin1String("features")));
    }

    // EASE against the textbook formula computed in double precision.
    void easeMatchesDirectInverse()
    {
        Ease ease;
        QVERIFY(ease.setParameter(QStringLiteral("lambda"), QStringLiteral("20")).ok());
        FitContext context;
        context.threads = 2;
        QVERIFY(ease.fit(m_data.train, context).ok());
        const Eigen::MatrixXd x = Eigen::MatrixXd(m_data.train.weights.cast<double>());
        Eigen::MatrixXd g = x.transpose() * x;
        g.diagonal().array() += 20.0;
        const Eigen::MatrixXd p = g.inverse();
        Eigen::MatrixXd b = -p * p.diagonal().cwiseInverse().asDiagonal();
        b.diagonal().setZero();
        const double err = (ease.weights().cast<double>() - b).cwiseAbs().maxCoeff();
        QVERIFY2(err < 1e-4 * (1.0 + b.cwiseAbs().maxCoeff()), qPrintable(QString::number(err)));
    }

    // A larger catalog than the tiled code's tile size still matches (several tiles, ragged
    // last tile) and the diagonal stays zero.
    void easeHandlesSeveralTiles()
    {
        std::vector<InteractionData::Triplet> t;
        Rng rng(5);
        const int items = 300; // two 256-wide tiles, the second ragged
        for (int u = 0; u < 200; ++u)
            for (int k = 0; k < 30; ++k)
                t.push_back({u, int(rng.below(items)), 1.0f, 0.0f, 0});
        const InteractionData data = InteractionData::fromTriplets(200, items, t);
        Ease ease;
        FitContext context;
        context.threads = 2;
        QVERIFY(ease.fit(data, context).ok());
        const Eigen::MatrixXd x = Eigen::MatrixXd(data.weights.cast<double>());
        Eigen::MatrixXd g = x.transpose() * x;
        g.diagonal().array() += 200.0;
        const Eigen::MatrixXd p = g.inverse();
        Eigen::MatrixXd b = -p * p.diagonal().cwiseInverse().asDiagonal();
        b.diagonal().setZero();
        QVERIFY((ease.weights().cast<double>() - b).cwiseAbs().maxCoeff() < 1e-5);
        QVERIFY(ease.weights().diagonal().isZero());
    }

    void easeRefusesHugeCatalogs()
    {
        const InteractionData data =
            InteractionData::fromTriplets(3, Ease::kMaxItems + 1, {{0, 0, 1.0f, 0.0f, 0}});
        Ease ease;
        const Status s = ease.fit(data);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().toString().contains(QLatin1String("20001")),
                 qPrintable(s.error().toString()));
        QVERIFY(s.error().toString().contains(QLatin1String("20000")));
    }

    void trendingPrefersRecentInteractions()
    {
        // Item 0: 3 users long ago; item 1: 2 users yesterday.
        const qint64 now = 1'700'000'000;
        const InteractionData data = InteractionData::fromTriplets(5, 2,
                                                                   {{0, 0, 1, 0, now - 90 * 86400},
                                                                    {1, 0, 1, 0, now - 90 * 86400},
                                                                    {2, 0, 1, 0, now - 90 * 86400},
                                                                    {3, 1, 1, 0, now - 86400},
                                                                    {4, 1, 1, 0, now}});
        Popularity global;
        QVERIFY(global.fit(data).ok());
        QCOMPARE(global.recommend(UserState{}, 1)[0].item, 0);
        Popularity trending;
        QVERIFY(trending.setParameter(QStringLiteral("mode"), QStringLiteral("trending")).ok());
        QVERIFY(trending.fit(data).ok());
        QCOMPARE(trending.recommend(UserState{}, 1)[0].item, 1);
    }

    void categoryPopularityFollowsTheUsersCategories()
    {
        Popularity pop;
        QVERIFY(pop.setParameter(QStringLiteral("mode"), QStringLiteral("category")).ok());
        QVERIFY(pop.fit(m_data.train).ok());
        const int u = 2 * Planted::kUsersPerGroup + 3; // group 2
        for (const auto &s : pop.recommend(*pop.userState(u), 5))
            QCOMPARE(Planted::groupOfItem(s.item), 2);
        const auto inCategory = pop.popularInCategory(m_data.train.itemFeatures->categoryOf(40), 3);
        QCOMPARE(inCategory.size(), size_t(3));
        for (const auto &s : inCategory)
            QCOMPARE(Planted::groupOfItem(s.item), 1);
    }
};

QTEST_GUILESS_MAIN(TestNeighbourModels)
#include "tst_neighbourmodels.moc"
