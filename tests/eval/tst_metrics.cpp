#include "eval/metrics.h"

#include <QTest>

#include <cmath>
#include <vector>

using storefront::eval::Metrics;

/// Every metric against values worked out by hand (the arithmetic is in the comments).
class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rankingMatchesHandComputedValues();
    void noRelevantItemsGivesZeros();
    void shorterListThanKIsPenalisedInPrecisionOnly();
    void repeatedItemCountsOnce();
    void onlyTheFirstKCount();
    void mapDividesByMinOfRelevantAndK();
    void coverageDiversityNovelty();
    void rmseAndMae();
};

void TestMetrics::rankingMatchesHandComputedValues()
{
    // Ranked 1..5, relevant {2, 5, 9}, k = 5: hits at ranks 2 and 5.
    const std::vector<int> ranked{1, 2, 3, 4, 5};
    const std::vector<int> relevant{2, 5, 9};
    const auto m = Metrics::ranking(ranked, relevant, 5);
    QCOMPARE(m.precision, 0.4); // 2 / 5
    QVERIFY(qFuzzyCompare(m.recall, 2.0 / 3.0));
    QVERIFY(qFuzzyCompare(m.f1, 0.5)); // 2 * 0.4 * 2/3 / (0.4 + 2/3)
    // DCG = 1/log2(3) + 1/log2(6); IDCG = 1 + 1/log2(3) + 1/log2(4) = 2.1309
    QVERIFY(std::abs(m.ndcg - 0.4776237035) < 1e-9);
    QVERIFY(qFuzzyCompare(m.averagePrecision, 0.3)); // (1/2 + 2/5) / min(3, 5)
    QCOMPARE(m.reciprocalRank, 0.5);
    QCOMPARE(m.hit, 1.0);
    QCOMPARE(Metrics::precision(ranked, relevant, 5), 0.4);
}

void TestMetrics::noRelevantItemsGivesZeros()
{
    const std::vector<int> ranked{1, 2, 3};
    const auto none = Metrics::ranking(ranked, std::vector<int>{}, 3);
    QCOMPARE(none.precision, 0.0);
    QCOMPARE(none.recall, 0.0);
    QCOMPARE(none.ndcg, 0.0);
    QCOMPARE(none.averagePrecision, 0.0);
    const auto miss = Metrics::ranking(ranked, std::vector<int>{7}, 3);
    QCOMPARE(miss.f1, 0.0);
    QCOMPARE(miss.reciprocalRank, 0.0);
    QCOMPARE(miss.hit, 0.0);
    const auto empty = Metrics::ranking(std::vector<int>{}, std::vector<int>{7}, 3);
    QCOMPARE(empty.ndcg, 0.0);
}

void TestMetrics::shorterListThanKIsPenalisedInPrecisionOnly()
{
    // One recommendation, relevant, k = 10.
    const auto m = Metrics::ranking(std::vector<int>{7}, std::vector<int>{7}, 10);
    QCOMPARE(m.precision, 0.1); // divided by k, not by the list length
    QCOMPARE(m.recall, 1.0);
    QCOMPARE(m.ndcg, 1.0); // IDCG over min(1, 10) = 1 position
    QCOMPARE(m.averagePrecision, 1.0);
    QCOMPARE(m.reciprocalRank, 1.0);
}

void TestMetrics::repeatedItemCountsOnce()
{
    // [3, 3, 4] with relevant {4}: distinct ranks 3 -> 1, 4 -> 2.
    const auto m = Metrics::ranking(std::vector<int>{3, 3, 4}, std::vector<int>{4}, 3);
    QVERIFY(qFuzzyCompare(m.precision, 1.0 / 3.0));
    QVERIFY(std::abs(m.ndcg - 0.6309297536) < 1e-9); // 1 / log2(3)
    QCOMPARE(m.reciprocalRank, 0.5);
    const auto twice = Metrics::ranking(std::vector<int>{4, 4}, std::vector<int>{4}, 2);
    QCOMPARE(twice.precision, 0.5); // one hit, not two
}

void TestMetrics::onlyTheFirstKCount()
{
    // Equal-score ties are broken by the model before the list reaches the metrics; a hit
    // just past the cutoff counts for nothing.
    const auto m = Metrics::ranking(std::vector<int>{1, 2, 3}, std::vector<int>{3}, 2);
    QCOMPARE(m.hit, 0.0);
    QCOMPARE(m.ndcg, 0.0);
    const auto at3 = Metrics::ranking(std::vector<int>{1, 2, 3}, std::vector<int>{3}, 3);
    QVERIFY(qFuzzyCompare(at3.reciprocalRank, 1.0 / 3.0));
    QCOMPARE(at3.ndcg, 0.5); // (1/log2(4)) / 1
}

void TestMetrics::mapDividesByMinOfRelevantAndK()
{
    // 5 relevant, k = 2, both hits: AP = (1/1 + 2/2) / min(5, 2) = 1.
    const auto m = Metrics::ranking(std::vector<int>{1, 2}, std::vector<int>{1, 2, 3, 4, 5}, 2);
    QCOMPARE(m.averagePrecision, 1.0);
    QCOMPARE(m.ndcg, 1.0);
    QCOMPARE(m.recall, 0.4);
}

void TestMetrics::coverageDiversityNovelty()
{
    QCOMPARE(Metrics::coverage(3, 12), 0.25);
    QCOMPARE(Metrics::coverage(0, 0), 0.0);

    // x0 = (1, 0), x1 = (0, 1), x2 = (1, 1)/sqrt(2): distances 1, 1 - 0.7071, 1 - 0.7071.
    storefront::recsys::SparseRowMatrix f(3, 2);
    f.insert(0, 0) = 1.0f;
    f.insert(1, 1) = 1.0f;
    f.insert(2, 0) = static_cast<float>(M_SQRT1_2);
    f.insert(2, 1) = static_cast<float>(M_SQRT1_2);
    f.makeCompressed();
    const double ild = Metrics::intraListDiversity(std::vector<int>{0, 1, 2}, f, 10);
    QVERIFY2(std::abs(ild - 0.5285954792) < 1e-6, qPrintable(QString::number(ild)));
    QCOMPARE(Metrics::intraListDiversity(std::vector<int>{0}, f, 10), 0.0);
    QCOMPARE(Metrics::intraListDiversity(std::vector<int>{0, 1}, f, 10), 1.0);

    // 9 training users; item 0 seen by all 9, item 1 by none:
    // -log2(10/10) = 0 and -log2(1/10) = 3.3219, mean 1.6610.
    const std::vector<int> counts{9, 0};
    const double nov = Metrics::novelty(std::vector<int>{0, 1}, counts, 9, 10);
    QVERIFY(std::abs(nov - 1.660964047) < 1e-9);
    QCOMPARE(Metrics::novelty(std::vector<int>{0, 1}, counts, 9, 1), 0.0);
}

void TestMetrics::rmseAndMae()
{
    // Errors 1, 0, 2: RMSE = sqrt(5/3), MAE = 1.
    const std::vector<float> predicted{3.0f, 4.0f, 5.0f};
    const std::vector<float> truth{4.0f, 4.0f, 3.0f};
    QVERIFY(std::abs(Metrics::rmse(predicted, truth) - 1.2909944487) < 1e-9);
    QCOMPARE(Metrics::mae(predicted, truth), 1.0);
    QCOMPARE(Metrics::rmse({}, {}), 0.0);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
