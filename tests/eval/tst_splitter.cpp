#include "eval/ratingsdataset.h"
#include "eval/splitter.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <random>

using namespace storefront;
using eval::Split;
using eval::Splitter;

/// Sizes, seeded determinism, no leakage, time order and k-fold partitions.
class TestSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void userHoldoutTakesRatioOfEachUser();
    void sameSeedSameSplitOtherSeedOther();
    void leaveLastNTakesTheNewest();
    void timeSplitTestIsNewerThanTrain();
    void kFoldPartitionsEveryRating();
    void parsesProtocolsAndRefusesBadOnes();

private:
    static eval::RatingsDataset dataset();
    static void checkPartition(const Split &s, int total);
};

eval::RatingsDataset TestSplitter::dataset()
{
    // 20 users with 1..20 ratings each, shuffled timestamps.
    eval::RatingsDataset d;
    std::mt19937 rng(3);
    for (int u = 0; u < 20; ++u)
        for (int i = 0; i <= u; ++i) {
            eval::RatingRecord r;
            r.user = d.addUser(QStringLiteral("u%1").arg(u));
            r.item = d.addItem(QStringLiteral("i%1").arg(i));
            r.rating = static_cast<float>(1 + (u + i) % 5);
            r.timestamp = static_cast<qint64>(rng() % 100000);
            d.addRating(r);
        }
    return d;
}

void TestSplitter::checkPartition(const Split &s, int total)
{
    QCOMPARE(static_cast<int>(s.train.size() + s.test.size()), total);
    QSet<int> seen;
    for (int i : s.train)
        seen.insert(i);
    for (int i : s.test)
        QVERIFY2(!seen.contains(i), "a rating is both in train and test");
    for (int i : s.test)
        seen.insert(i);
    QCOMPARE(static_cast<int>(seen.size()), total);
}

void TestSplitter::userHoldoutTakesRatioOfEachUser()
{
    const auto d = dataset();
    const Split s = Splitter::userHoldout(d, 0.2, 42);
    checkPartition(s, d.ratingCount());
    std::vector<int> train(20, 0), test(20, 0);
    for (int i : s.train)
        ++train[static_cast<size_t>(d.ratings()[static_cast<size_t>(i)].user)];
    for (int i : s.test)
        ++test[static_cast<size_t>(d.ratings()[static_cast<size_t>(i)].user)];
    for (int u = 0; u < 20; ++u) {
        const int n = u + 1;
        const int expected = std::min<int>(static_cast<int>(std::llround(0.2 * n)), n - 1);
        QCOMPARE(test[static_cast<size_t>(u)], expected);
        QVERIFY(train[static_cast<size_t>(u)] >= 1); // every user keeps a training rating
    }
}

void TestSplitter::sameSeedSameSplitOtherSeedOther()
{
    const auto d = dataset();
    QCOMPARE(Splitter::userHoldout(d, 0.3, 7).test, Splitter::userHoldout(d, 0.3, 7).test);
    QVERIFY(Splitter::userHoldout(d, 0.3, 7).test != Splitter::userHoldout(d, 0.3, 8).test);
    const auto a = Splitter::kFold(d, 4, 11);
    const auto b = Splitter::kFold(d, 4, 11);
    for (size_t f = 0; f < a.size(); ++f)
        QCOMPARE(a[f].test, b[f].test);
}

void TestSplitter::leaveLastNTakesTheNewest()
{
    const auto d = dataset();
    const Split s = Splitter::leaveLastN(d, 2);
    checkPartition(s, d.ratingCount());
    std::vector<qint64> newestTrain(20, -1), oldestTest(20, std::numeric_limits<qint64>::max());
    std::vector<int> tests(20, 0);
    for (int i : s.train) {
        const auto &r = d.ratings()[static_cast<size_t>(i)];
        newestTrain[static_cast<size_t>(r.user)] =
            std::max(newestTrain[static_cast<size_t>(r.user)], r.timestamp);
    }
    for (int i : s.test) {
        const auto &r = d.ratings()[static_cast<size_t>(i)];
        oldestTest[static_cast<size_t>(r.user)] =
            std::min(oldestTest[static_cast<size_t>(r.user)], r.timestamp);
        ++tests[static_cast<size_t>(r.user)];
    }
    for (int u = 0; u < 20; ++u) {
        QCOMPARE(tests[static_cast<size_t>(u)], std::min(2, u)); // at most n - 1
        if (tests[static_cast<size_t>(u)] > 0)
            QVERIFY(newestTrain[static_cast<size_t>(u)] <= oldestTest[static_cast<size_t>(u)]);
    }
}

void TestSplitter::timeSplitTestIsNewerThanTrain()
{
    const auto d = dataset();
    const Split s = Splitter::timeSplit(d, 0.25);
    checkPartition(s, d.ratingCount());
    QCOMPARE(static_cast<int>(s.test.size()),
             static_cast<int>(std::llround(0.25 * d.ratingCount())));
    qint64 newestTrain = 0;
    qint64 oldestTest = std::numeric_limits<qint64>::max();
    for (int i : s.train)
        newestTrain = std::max(newestTrain, d.ratings()[static_cast<size_t>(i)].timestamp);
    for (int i : s.test)
        oldestTest = std::min(oldestTest, d.ratings()[static_cast<size_t>(i)].timestamp);
    QVERIFY(newestTrain <= oldestTest);
}

void TestSplitter::kFoldPartitionsEveryRating()
{
    const auto d = dataset();
    const auto folds = Splitter::kFold(d, 5, 42);
    QCOMPARE(folds.size(), size_t{5});
    std::vector<int> tested(static_cast<size_t>(d.ratingCount()), 0);
    for (const Split &s : folds) {
        checkPartition(s, d.ratingCount());
        const int n = static_cast<int>(s.test.size());
        QVERIFY(n == d.ratingCount() / 5 || n == d.ratingCount() / 5 + 1);
        for (int i : s.test)
            ++tested[static_cast<size_t>(i)];
    }
    QVERIFY(std::all_of(tested.begin(), tested.end(), [](int c) { return c == 1; }));
}

void TestSplitter::parsesProtocolsAndRefusesBadOnes()
{
    QCOMPARE(Splitter::parse(QStringLiteral("user-holdout:0.2"))->protocol(),
             Splitter::Protocol::UserHoldout);
    QCOMPARE(Splitter::parse(QStringLiteral("leave-last:1"))->protocol(),
             Splitter::Protocol::LeaveLastN);
    QCOMPARE(Splitter::parse(QStringLiteral("time:0.1"))->protocol(),
             Splitter::Protocol::TimeSplit);
    QCOMPARE(Splitter::parse(QStringLiteral("kfold:5"))->split(dataset(), 1).size(), size_t{5});
    for (const char *bad :
         {"user-holdout:1.5", "user-holdout", "kfold:1", "leave-last:x", "random:0.2"}) {
        auto s = Splitter::parse(QLatin1String(bad));
        QVERIFY2(!s.ok(), bad);
        QCOMPARE(s.error().where, QStringLiteral("--split"));
    }
}

QTEST_GUILESS_MAIN(TestSplitter)
#include "tst_splitter.moc"
