// RecommendationService on a small seeded SQLite store: live fold-in after a rating,
// debounced and cancellable retraining, failures, persistence, concurrency, determinism.

#include "auth/authtestsupport.h"
#include "storeworld.h"
#include "testsupport.h"

#include "catalog/catalogeditor.h"
#include "catalog/medialocator.h"
#include "recsys/recommendationservice.h"
#include "recsys/snapshot.h"
#include "storage/merchandisingrepository.h"
#include "storage/ratingrepository.h"
#include "storage/shopperrepository.h"
#include "storage/userrepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace storefront;
using namespace storefront::recsys;
using testing::lastListOf;
using testing::listed;
using testing::sameLists;

namespace {

constexpr int kTimeout = 20000;
constexpr qint64 kShopper = 61; ///< rated Trail Runner and Summit Jacket, 5 stars

void seedStore(const storage::Database &db)
{
    testing::seedWorldStore(db, {{kShopper, 1, 5, 1'700'001'000}, {kShopper, 2, 5, 1'700'001'000}});
}

qint64 ratingCount(const storage::Database &db)
{
    auto all = storage::RatingRepository(db).all();
    return all ? qint64(all->size()) : -1;
}

/// Starts a service without a saved snapshot, so that it trains and saves one, and returns
/// kShopper's list from it; empty on any failure.
RecommendationList trainSaveAndList(const storage::Database &db,
                                    const RecommendationService::Options &options)
{
    RecommendationService service(db, options);
    QSignalSpy replaced(&service, &RecommendationService::snapshotReplaced);
    QSignalSpy updated(&service, &RecommendationService::recommendationsUpdated);
    service.start();
    if (!replaced.wait(kTimeout) || replaced.at(0).at(0).toULongLong() != 1 ||
        !QFile::exists(options.snapshotPath))
        return {};
    service.requestRecommendations(kShopper);
    if (!updated.wait(kTimeout))
        return {};
    return lastListOf(updated, kShopper);
}

/// Starts `service` on the snapshot a previous start saved and returns kShopper's list,
/// checking that it was loaded from the file (generation 0) and that nothing was trained.
void listFromSavedSnapshot(RecommendationService &service, RecommendationList &out)
{
    QSignalSpy replaced(&service, &RecommendationService::snapshotReplaced);
    QSignalSpy started(&service, &RecommendationService::trainingStarted);
    QSignalSpy updated(&service, &RecommendationService::recommendationsUpdated);
    service.start();
    QVERIFY(replaced.wait(kTimeout));
    QCOMPARE(replaced.at(0).at(0).toULongLong(), quint64(0)); // loaded from the file
    service.requestRecommendations(kShopper);
    QVERIFY(updated.wait(kTimeout));
    QCOMPARE(started.size(), 0);
    out = lastListOf(updated, kShopper);
}

storage::MerchandisingRule rule(storage::MerchandisingRule::Kind kind, qint64 productId,
                                int slot = 0, double amount = 0.0)
{
    storage::MerchandisingRule r;
    r.kind = kind;
    r.productId = productId;
    r.slot = slot;
    r.amount = amount;
    return r;
}

void storeRules(const storage::Database &db, const std::vector<storage::MerchandisingRule> &rules)
{
    const Status s = db.transaction([&](QSqlDatabase &c) -> Status {
        int position = 0;
        for (auto r : rules) {
            r.position = ++position;
            auto id = storage::MerchandisingRepository::insert(c, r);
            if (!id)
                return id.error();
        }
        return {};
    });
    if (!s)
        qFatal("storing rules failed: %s", qPrintable(s.error().toString()));
}

/// Asks for kShopper's list again and returns it once published.
RecommendationList freshList(RecommendationService &service, QSignalSpy &updated)
{
    updated.clear();
    service.requestRecommendations(kShopper);
    if (!QTest::qWaitFor([&] { return !lastListOf(updated, kShopper).isEmpty(); }, kTimeout))
        return {};
    return lastListOf(updated, kShopper);
}

/// Starts `service` and waits for its first snapshot.
bool startService(RecommendationService &service)
{
    QSignalSpy replaced(&service, &RecommendationService::snapshotReplaced);
    service.start();
    return replaced.wait(kTimeout);
}

/// Starts `service` and returns kShopper's first list.
RecommendationList startAndList(RecommendationService &service, QSignalSpy &updated)
{
    if (!startService(service))
        return {};
    return freshList(service, updated);
}

RecommendationService::Options quiet()
{
    RecommendationService::Options o;
    o.retrainDebounceMs = 600000; // no retrain unless a test asks for one
    o.threads = 2;
    return o;
}

/// Trending, similar and also-liked lists of one shopper, each asked for with its request id.
struct PageLists
{
    RecommendationList trending;
    RecommendationList similar;
    RecommendationList alsoLiked;
};

constexpr qint64 kViewed = 1; ///< the product page the related lists are for

/// The list carried by the signal in `spy` whose first argument is `id`.
RecommendationList listOfRequest(const QSignalSpy &spy, quint64 id)
{
    for (const auto &args : spy)
        if (args.at(0).toULongLong() == id)
            return args.last().value<RecommendationList>();
    return {};
}

PageLists pageLists(RecommendationService &service, const ShopperRef &shopper, int k)
{
    QSignalSpy trending(&service, &RecommendationService::trendingReady);
    QSignalSpy similar(&service, &RecommendationService::similarProductsReady);
    QSignalSpy also(&service, &RecommendationService::alsoLikedReady);
    // The request ids keep the three answers apart from other shoppers' lists.
    const quint64 t = service.trending(k, shopper);
    const quint64 s = service.similarProducts(kViewed, k, shopper);
    const quint64 a = service.alsoLiked(kViewed, k, shopper);
    if (!QTest::qWaitFor(
            [&] { return !trending.isEmpty() && !similar.isEmpty() && !also.isEmpty(); }, kTimeout))
        return {};
    return {listOfRequest(trending, t), listOfRequest(similar, s), listOfRequest(also, a)};
}

} // namespace

class TestRecommendationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratingPublishesAnUpdatedListWithoutTheProduct()
    {
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        RecommendationService service(*db, quiet());
        QSignalSpy replaced(&service, &RecommendationService::snapshotReplaced);
        QSignalSpy updated(&service, &RecommendationService::recommendationsUpdated);
        QSignalSpy saved(&service, &RecommendationService::ratingSaved);
        service.start();
        QVERIFY(replaced.wait(kTimeout));

        service.requestRecommendations(kShopper);
        QTRY_VERIFY_WITH_TIMEOUT(!lastListOf(updated, kShopper).isEmpty(), kTimeout);
        const RecommendationList before = lastListOf(updated, kShopper);
        QVERIFY(!listed(before, 1) && !listed(before, 2)); // rated
        const qint64 target = before.front().productId;

        updated.clear();
        service.rate(kShopper, target, 5);
        QTRY_VERIFY_WITH_TIMEOUT(!lastListOf(updated, kShopper).isEmpty(), kTimeout);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(1).toLongLong(), target);
        const RecommendationList after = lastListOf(updated, kShopper);
        QVERIFY(!listed(after, target));
        QCOMPARE(*storage::RatingRepository(*db).starsOf(kShopper, target), std::optional<int>(5));
        for (const auto &r : after) {
            QVERIFY(!r.reason.isEmpty());
            QVERIFY(r.productId != 22 && r.productId != 23); // inactive, out of stock
        }

        // "Not interested" removes an item from the next list.
        const qint64 unwanted = after.front().productId;
        updated.clear();
        ShopperContext context;
        context.notInterested = {unwanted};
        service.setShopperContext(kShopper, context);
        QTRY_VERIFY_WITH_TIMEOUT(!lastListOf(updated, kShopper).isEmpty(), kTimeout);
        QVERIFY(!listed(lastListOf(updated, kShopper), unwanted));
        // A refused rating is reported, not thrown.
        QSignalSpy failed(&service, &RecommendationService::ratingFailed);
        service.rate(kShopper, 3, 9);
        QVERIFY(failed.wait(kTimeout));
    }

    void staleListsOfTheSameUserAreDropped()
    {
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        RecommendationService service(*db, quiet());
        QSignalSpy replaced(&service, &RecommendationService::snapshotReplaced);
        QSignalSpy updated(&service, &RecommendationService::recommendationsUpdated);
        service.start();
        QVERIFY(replaced.wait(kTimeout));
        // Twenty requests before this thread returns to its event loop: the results arrive
        // queued to it afterwards, when only the newest generation is still current.
        for (int i = 0; i < 20; ++i)
            service.requestRecommendations(kShopper);
        service.requestRecommendations(5);
        QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 2, kTimeout);
        QTest::qWait(300);
        QCOMPARE(updated.size(), 2);
        QCOMPARE(updated.at(0).at(0).toLongLong() + updated.at(1).at(0).toLongLong(), kShopper + 5);
    }

    void retrainIsDebounced()
    {
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        auto options = quiet();
        options.retrainDebounceMs = 300;
        RecommendationService service(*db, options);
        QSignalSpy started(&service, &RecommendationService::trainingStarted);
        QSignalSpy replaced(&service, &RecommendationService::snapshotReplaced);
        QSignalSpy saved(&service, &RecommendationService::ratingSaved);
        service.start();
        QVERIFY(replaced.wait(kTimeout));
        started.clear();
        replaced.clear();
        for (int p = 3; p <= 8; ++p)
            service.rate(kShopper, p, 4);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 6, kTimeout);
        QVERIFY(replaced.wait(kTimeout));
        QTest::qWait(700); // longer than the debounce interval: nothing else starts
        QCOMPARE(started.size(), 1);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(service.snapshot()->trainingRatings(), ratingCount(*db));
    }

    void newerRetrainCancelsTheOlder()
    {
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        auto options = quiet();
        auto calls = std::make_shared<std::atomic<int>>(0);
        options.trainingHook = [calls](const FitContext &context) -> Status {
            if (calls->fetch_add(1) == 0) {
                // The first training waits here until a newer request cancels it.
                QElapsedTimer t;
                t.start();
                while (!context.isCancelled() && t.elapsed() < 10000)
                    QThread::msleep(2);
            }
            return {};
        };
        RecommendationService service(*db, options);
        QStringList order;
        connect(&service, &RecommendationService::trainingStarted, this,
                [&](quint64 g) { order << QStringLiteral("started %1").arg(g); });
        connect(&service, &RecommendationService::trainingCancelled, this,
                [&](quint64 g) { order << QStringLiteral("cancelled %1").arg(g); });
        connect(&service, &RecommendationService::snapshotReplaced, this,
                [&](quint64 g) { order << QStringLiteral("replaced %1").arg(g); });
        QSignalSpy replaced(&service, &RecommendationService::snapshotReplaced);
        service.retrainNow();
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 1, kTimeout);
        service.retrainNow();
        QVERIFY(replaced.wait(kTimeout));
        QCOMPARE(order, (QStringList{QStringLiteral("started 1"), QStringLiteral("cancelled 1"),
                                     QStringLiteral("started 2"), QStringLiteral("replaced 2")}));
        QVERIFY(service.snapshot());
    }

    void failedTrainingKeepsThePreviousSnapshot()
    {
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        auto options = quiet();
        auto failNext = std::make_shared<std::atomic<bool>>(false);
        options.trainingHook = [failNext](const FitContext &) -> Status {
            if (failNext->exchange(false))
                return fail(QStringLiteral("injected failure"), QStringLiteral("test"));
            return {};
        };
        RecommendationService service(*db, options);
        QSignalSpy replaced(&service, &RecommendationService::snapshotReplaced);
        QSignalSpy failed(&service, &RecommendationService::trainingFailed);
        service.retrainNow();
        QVERIFY(replaced.wait(kTimeout));
        const auto before = service.snapshot();
        QVERIFY(before);

        failNext->store(true);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("failed; keeping the previous")));
        service.retrainNow();
        QVERIFY(failed.wait(kTimeout));
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("test: injected failure"));
        QCOMPARE(service.snapshot(), before);
        QCOMPARE(replaced.size(), 1);
        // Recommendations still come from the previous snapshot.
        QSignalSpy updated(&service, &RecommendationService::recommendationsUpdated);
        service.requestRecommendations(kShopper);
        QVERIFY(updated.wait(kTimeout));
        QVERIFY(!lastListOf(updated, kShopper).isEmpty());
    }

    void savedSnapshotIsLoadedAtStartWithTheSameList()
    {
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        auto options = quiet();
        options.snapshotPath = dir.filePath(QStringLiteral("recommender.snapshot"));
        const RecommendationList first = trainSaveAndList(*db, options);
        QVERIFY(!first.isEmpty());
        RecommendationService service(*db, options);
        RecommendationList second;
        listFromSavedSnapshot(service, second);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(second.size(), first.size());
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(second[i].productId, first[i].productId);
            QCOMPARE(second[i].score, first[i].score);
            QCOMPARE(second[i].reason, first[i].reason);
        }
        // A corrupt file is refused with a warning and the service trains instead.
        QFile file(options.snapshotPath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write("garbage");
        file.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot load")));
        RecommendationService third(*db, options);
        QSignalSpy thirdReplaced(&third, &RecommendationService::snapshotReplaced);
        third.start();
        QVERIFY(thirdReplaced.wait(kTimeout));
        QCOMPARE(thirdReplaced.at(0).at(0).toULongLong(), quint64(1));
    }

    // Products archived or sold out after the snapshot was saved are not offered from it at
    // the next start, before any retrain.
    void savedSnapshotHidesWhatIsNoLongerAvailable()
    {
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        auto options = quiet();
        options.snapshotPath = dir.filePath(QStringLiteral("recommender.snapshot"));
        const RecommendationList first = trainSaveAndList(*db, options);
        QVERIFY(first.size() >= 2);
        const qint64 soldOut = first[0].productId;
        const qint64 archived = first[1].productId;
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE products SET stock = 0 WHERE id = %1").arg(soldOut)));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE products SET active = 0 WHERE id = %1").arg(archived)));

        RecommendationService service(*db, options);
        RecommendationList second;
        listFromSavedSnapshot(service, second);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!second.isEmpty() && second.size() >= first.size() - 2);
        for (const Recommendation &r : second)
            QVERIFY(r.productId != soldOut && r.productId != archived);

        // Back in stock and in the catalog: the next training's snapshot knows, and the
        // start-up's availability no longer hides them.
        QVERIFY(q.exec(QStringLiteral("UPDATE products SET stock = 5, active = 1 WHERE id IN "
                                      "(%1, %2)")
                           .arg(soldOut)
                           .arg(archived)));
        QSignalSpy replaced(&service, &RecommendationService::snapshotReplaced);
        QSignalSpy updated(&service, &RecommendationService::recommendationsUpdated);
        service.retrainNow();
        QVERIFY(replaced.wait(kTimeout));
        service.requestRecommendations(kShopper);
        QVERIFY(updated.wait(kTimeout));
        const RecommendationList third = lastListOf(updated, kShopper);
        QVERIFY(listed(third, soldOut) && listed(third, archived));
    }

    // A snapshot file of the previous format (version 1, before learned blend weights) is
    // refused with a warning naming the version, and the service trains instead.
    void previousSnapshotFormatIsRetrained()
    {
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        auto options = quiet();
        options.snapshotPath = dir.filePath(QStringLiteral("recommender.snapshot"));
        {
            SnapshotWriter old;
            old.string(QStringLiteral("storefront-live"));
            old.pod<quint32>(1);
            old.pod<qint64>(0);
            QFile file(options.snapshotPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(old.writeTo(file).ok());
        }
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot load.*version 1")));
        RecommendationService service(*db, options);
        QSignalSpy replaced(&service, &RecommendationService::snapshotReplaced);
        service.start();
        QVERIFY(replaced.wait(kTimeout));
        QCOMPARE(replaced.at(0).at(0).toULongLong(), quint64(1)); // trained, not loaded
        QVERIFY(service.snapshot()->hasLearnedWeights());
        // The new snapshot replaced the old file and loads.
        QTRY_VERIFY_WITH_TIMEOUT(ModelSnapshot::loadFile(options.snapshotPath).ok(), kTimeout);
    }

    void ratingStormDuringARetrainLosesNothing()
    {
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        auto options = quiet();
        options.retrainDebounceMs = 200;
        RecommendationService service(*db, options);
        QSignalSpy started(&service, &RecommendationService::trainingStarted);
        QSignalSpy replaced(&service, &RecommendationService::snapshotReplaced);
        QSignalSpy cancelled(&service, &RecommendationService::trainingCancelled);
        QSignalSpy failed(&service, &RecommendationService::trainingFailed);
        QSignalSpy saved(&service, &RecommendationService::ratingSaved);
        QSignalSpy updated(&service, &RecommendationService::recommendationsUpdated);
        service.start();
        QVERIFY(replaced.wait(kTimeout));
        const qint64 initial = ratingCount(*db);

        service.retrainNow(); // running while the storm comes
        constexpr int kThreads = 4;
        constexpr int kPerThread = 20;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back(QThread::create([&service, t] {
                for (int j = 0; j < kPerThread; ++j) {
                    service.rate(62 + t, 1 + j, 1 + (j + t) % 5);
                    if (j % 3 == 0)
                        service.requestRecommendations(62 + t);
                }
            }));
            threads.back()->start();
        }
        for (auto &t : threads)
            QVERIFY(t->wait(kTimeout));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), kThreads * kPerThread, kTimeout);
        QCOMPARE(ratingCount(*db), initial + kThreads * kPerThread);
        // The debounced retrain after the storm sees every rating.
        QTRY_VERIFY_WITH_TIMEOUT(service.snapshot()->trainingRatings() == ratingCount(*db),
                                 kTimeout);
        // The final snapshot is consistent with the store: every storm shopper is in it, with
        // every one of their ratings stored.
        const auto finalSnapshot = service.snapshot();
        for (int t = 0; t < kThreads; ++t) {
            QVERIFY(finalSnapshot->users().indexOf(62 + t) >= 0);
            QVERIFY(storage::RatingRepository(*db).byUser(62 + t)->size() >= size_t(kPerThread));
        }
        QTest::qWait(400);
        // Every training that started has ended, one at a time: replaced, cancelled or failed.
        QCOMPARE(started.size(), replaced.size() + cancelled.size() + failed.size());
        QCOMPARE(failed.size(), 0);
        // Every user's final list excludes all products they rated.
        updated.clear();
        for (int t = 0; t < kThreads; ++t)
            service.requestRecommendations(62 + t);
        QTRY_COMPARE_WITH_TIMEOUT(updated.size(), kThreads, kTimeout);
        for (int t = 0; t < kThreads; ++t)
            for (const auto &r : lastListOf(updated, 62 + t))
                QVERIFY(r.productId > kPerThread);
    }

    // The same store trained with 1, 2 and 4 threads gives the same learned weights, the same
    // snapshot lists and the same lists published to shoppers (recommendationsUpdated).
    void resultsAreTheSameForOneTwoAndFourThreads()
    {
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        const QList<qint64> users{1, 5, 31, 40, 61};
        const QList<int> threadCounts{1, 2, 4};
        std::vector<std::shared_ptr<const ModelSnapshot>> snapshots;
        std::vector<QList<RecommendationList>> published;
        for (int threads : threadCounts) {
            auto options = quiet();
            options.threads = threads;
            RecommendationService service(*db, options);
            QSignalSpy updated(&service, &RecommendationService::recommendationsUpdated);
            QVERIFY(startService(service));
            snapshots.push_back(service.snapshot());
            for (qint64 user : users)
                service.requestRecommendations(user);
            QTRY_VERIFY_WITH_TIMEOUT(
                std::all_of(users.begin(), users.end(),
                            [&](qint64 user) { return !lastListOf(updated, user).isEmpty(); }),
                kTimeout);
            QList<RecommendationList> lists;
            for (qint64 user : users)
                lists << lastListOf(updated, user);
            published.push_back(lists);
        }
        // The blend weights learned per segment are part of the result.
        QVERIFY(snapshots[0]->hasLearnedWeights());
        const RuleList rules = defaultRules(0.5f);
        for (size_t n = 1; n < snapshots.size(); ++n) {
            const QByteArray threads = QByteArray::number(threadCounts[qsizetype(n)]);
            for (int seg = 0; seg < UserSegments::kCount; ++seg)
                QCOMPARE(snapshots[n]->learnedBlend().weights[size_t(seg)],
                         snapshots[0]->learnedBlend().weights[size_t(seg)]);
            QCOMPARE(snapshots[n]->describeBlend(), snapshots[0]->describeBlend());
            for (qsizetype u = 0; u < users.size(); ++u) {
                const QByteArray what = threads + " threads, user " + QByteArray::number(users[u]);
                auto ratings = *storage::RatingRepository(*db).byUser(users[u]);
                const RecommendationList fromSnapshot[2] = {
                    snapshots[0]->recommend(snapshots[0]->interactionsOf(users[u], ratings, {}, {}),
                                            {}, 10, {}, rules),
                    snapshots[n]->recommend(snapshots[n]->interactionsOf(users[u], ratings, {}, {}),
                                            {}, 10, {}, rules)};
                QVERIFY2(!fromSnapshot[0].isEmpty(), what.constData());
                QVERIFY2(sameLists(fromSnapshot[0], fromSnapshot[1]), what.constData());
                QVERIFY2(!published[0][u].isEmpty(), what.constData());
                QVERIFY2(sameLists(published[0][u], published[n][u]), what.constData());
            }
        }
    }

    void merchandisingRulesApplyInOrder()
    {
        using Kind = storage::MerchandisingRule::Kind;
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        RecommendationList before;
        {
            RecommendationService plain(*db, quiet());
            QSignalSpy updated(&plain, &RecommendationService::recommendationsUpdated);
            before = startAndList(plain, updated);
        }
        QVERIFY(before.size() >= 4);
        const qint64 a = before[0].productId;
        const qint64 b = before[1].productId;
        const qint64 c = before.last().productId;
        // 1. exclude a; 2. pin c at 1; 3. pin b at 1 (pushes c to 2); 4. pin a at 3 (excluded:
        // an exclusion wins over a pin); 5. pin a rated product (a hard filter wins too).
        storeRules(*db, {rule(Kind::Exclude, a), rule(Kind::Pin, c, 1), rule(Kind::Pin, b, 1),
                         rule(Kind::Pin, a, 3), rule(Kind::Pin, 1, 4)});
        RecommendationService service(*db, quiet());
        QSignalSpy updated(&service, &RecommendationService::recommendationsUpdated);
        const RecommendationList list = startAndList(service, updated);
        QVERIFY(!list.isEmpty());
        QCOMPARE(list[0].productId, b);
        QCOMPARE(list[1].productId, c);
        QCOMPARE(list[0].reasonKind, ReasonKind::Featured);
        // Each pinned item says which rule placed it, after whatever else applied to it.
        using A = Adjustment;
        const A pinB{A::Kind::Pinned, 0.0f, 1, b, {}};
        const A pinC{A::Kind::Pinned, 0.0f, 1, c, {}};
        QCOMPARE(list[0].adjustments.last(), pinB);
        QCOMPARE(list[1].adjustments.last(), pinC);
        QCOMPARE(list[1].reasonKind, ReasonKind::Featured);
        for (qsizetype i = 2; i < list.size(); ++i)
            for (const A &adjustment : list[i].adjustments)
                QVERIFY(adjustment.kind != A::Kind::Pinned);
        QVERIFY(!listed(list, a));
        QVERIFY(!listed(list, 1));
        // The small store has fewer recommendable products than a list holds: the exclusion
        // shortens it, the pins (already listed) move items without adding any.
        QCOMPARE(list.size(), before.size() - 1);

        // Burying the whole "Outdoors" tree moves its products below every kitchen product.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM merchandising_rules")));
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM categories WHERE path = 'Outdoors'")));
        QVERIFY(q.next());
        storage::MerchandisingRule bury = rule(Kind::Bury, 0, 0, 50.0);
        bury.categoryId = q.value(0).toLongLong();
        q.finish();
        storeRules(*db, {bury});
        QSignalSpy reloaded(&service, &RecommendationService::merchandisingReloaded);
        updated.clear();
        service.reloadMerchandising();
        QVERIFY(reloaded.wait(kTimeout));
        QTRY_VERIFY_WITH_TIMEOUT(!lastListOf(updated, kShopper).isEmpty(), kTimeout);
        const RecommendationList buried = lastListOf(updated, kShopper);
        bool seenOutdoors = false;
        for (const auto &r : buried) {
            const bool outdoors = r.productId <= 10 || r.productId == 21;
            // The bury is on record, with its amount and the category it was for.
            const bool recorded = r.adjustments.contains(
                A{A::Kind::Buried, -50.0f, 0, 0, QStringLiteral("Outdoors")});
            QVERIFY2(recorded == outdoors, qPrintable(r.title));
            QVERIFY2(!(seenOutdoors && !outdoors), "a kitchen product after a buried one");
            seenOutdoors = seenOutdoors || outdoors;
        }
        QVERIFY(buried.front().productId >= 11 && buried.front().productId <= 20);
    }

    void previewUsesUnsavedRulesOnly()
    {
        using Kind = storage::MerchandisingRule::Kind;
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        RecommendationService service(*db, quiet());
        QSignalSpy updated(&service, &RecommendationService::recommendationsUpdated);
        const RecommendationList before = startAndList(service, updated);
        QVERIFY(before.size() >= 3);
        const qint64 last = before.last().productId;

        QSignalSpy preview(&service, &RecommendationService::previewReady);
        const quint64 id = service.previewRules(
            kShopper, {rule(Kind::Pin, last, 1), rule(Kind::Exclude, before[0].productId)});
        QVERIFY(preview.wait(kTimeout));
        QCOMPARE(preview.at(0).at(0).toULongLong(), id);
        QCOMPARE(preview.at(0).at(1).toLongLong(), kShopper);
        const auto previewed = preview.at(0).at(2).value<RecommendationList>();
        QCOMPARE(previewed.front().productId, last);
        QVERIFY(!listed(previewed, before[0].productId));
        // Nothing was saved: the shopper's own list is unchanged.
        QCOMPARE(freshList(service, updated).front().productId, before.front().productId);
    }

    void archivedProductsLeaveEveryListAtOnce()
    {
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        RecommendationService service(*db, quiet());
        QSignalSpy updated(&service, &RecommendationService::recommendationsUpdated);
        const RecommendationList before = startAndList(service, updated);
        QVERIFY(!before.isEmpty());
        QSignalSpy trending(&service, &RecommendationService::trendingReady);
        service.trending(30, {});
        QVERIFY(trending.wait(kTimeout));
        const qint64 archived = before.front().productId;
        const qint64 hot = trending.at(0).at(1).value<RecommendationList>().front().productId;

        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE products SET active = 0 WHERE id IN (%1, %2)")
                           .arg(archived)
                           .arg(hot)));
        QSignalSpy started(&service, &RecommendationService::trainingStarted);
        QSignalSpy reloaded(&service, &RecommendationService::catalogReloaded);
        updated.clear();
        service.catalogChanged();
        QVERIFY(reloaded.wait(kTimeout));
        // The shopper's list was republished without waiting for any training.
        QTRY_VERIFY_WITH_TIMEOUT(!lastListOf(updated, kShopper).isEmpty(), kTimeout);
        QCOMPARE(started.size(), 0);
        const RecommendationList after = lastListOf(updated, kShopper);
        QVERIFY(!listed(after, archived) && !listed(after, hot));
        trending.clear();
        service.trending(30, {});
        QVERIFY(trending.wait(kTimeout));
        QVERIFY(!listed(trending.at(0).at(1).value<RecommendationList>(), hot));
    }

    // Staff add a product through the catalog editor, with their session; the service, told
    // of the change as the main window tells it, retrains by itself and offers the product
    // through content although nobody has rated or looked at it: in "Similar products" of the
    // product it resembles and in a shopper's "Recommended for you". Archiving it takes it out
    // of every list at once, while the retrain that change schedules is still held back.
    void newProductIsOfferedBeforeAnyRatingAndLeavesEveryListWhenArchived()
    {
        testing::AuthWorld world;
        const storage::Database &db = *world.db;
        seedStore(db);
        auto options = quiet();
        options.retrainDebounceMs = 100;
        options.listSize = 8;
        auto hold = std::make_shared<std::atomic<bool>>(false);
        options.trainingHook = [hold](const FitContext &context) -> Status {
            while (hold->load() && !context.isCancelled())
                QThread::msleep(2);
            return {};
        };
        RecommendationService service(db, options);
        QSignalSpy updated(&service, &RecommendationService::recommendationsUpdated);
        const RecommendationList before = startAndList(service, updated);
        QVERIFY(!before.isEmpty());

        auto editor = catalog::CatalogEditor::open(
            db, *world.auth,
            world.accountWithRole(QStringLiteral("staff@store.example"), auth::Role::Staff),
            catalog::MediaLocator::mediaDirFor(db.path()));
        QVERIFY(editor.ok());
        connect(editor->get(), &catalog::CatalogEditor::catalogChanged, &service,
                [&service] { service.catalogChanged(); });
        QSignalSpy replaced(&service, &RecommendationService::snapshotReplaced);
        const auto created = (*editor)->saveProduct(testing::product(
            QStringLiteral("TR-MAX"), QStringLiteral("Trail Runner Max"),
            QStringLiteral("Outdoors > Hiking"), QStringLiteral("Ridgeline"), 1150,
            QStringLiteral("Trail Runner Max: outdoor hiking trail runner shoe for mountain "
                           "trail adventures")));
        QVERIFY2(created.ok(), created ? "" : qPrintable(created.error().toString()));
        const qint64 fresh = *created;
        QVERIFY(replaced.wait(kTimeout)); // the retrain the change scheduled
        QVERIFY(service.snapshot()->catalog().indexOf(fresh) >= 0);

        // Product 1 is Trail Runner; the two new runners are its closest relatives.
        QSignalSpy similar(&service, &RecommendationService::similarProductsReady);
        const quint64 similarRequest = service.similarProducts(1, 5, {});
        QVERIFY(similar.wait(kTimeout));
        const RecommendationList similarToRunner = listOfRequest(similar, similarRequest);
        QVERIFY(similarToRunner.size() >= 2);
        QVERIFY(similarToRunner[0].productId == fresh || similarToRunner[1].productId == fresh);
        // kShopper rated Trail Runner and Summit Jacket: the new runner reaches their list
        // through content alone.
        const RecommendationList mine = freshList(service, updated);
        const auto at = std::find_if(mine.begin(), mine.end(),
                                     [&](const Recommendation &r) { return r.productId == fresh; });
        QVERIFY2(at != mine.end(), "the new product is not recommended");
        QCOMPARE(at->model, QStringLiteral("content"));
        QCOMPARE(at->shares.size(), 1);
        QVERIFY(!at->evidence.isEmpty());
        QVERIFY(at->reasonKind == ReasonKind::NewInFavouriteCategory ||
                at->reasonKind == ReasonKind::NewSimilar);
        // Nobody rated it or did anything with it.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM ratings WHERE product_id = "
                                      "%1) + (SELECT count(*) FROM events WHERE product_id = %1)")
                           .arg(fresh)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(0));
        q.finish();

        // Archived: gone from the shopper's republished list and from every list asked for
        // afterwards, by anyone, while the snapshot still holds it as available.
        hold->store(true);
        QSignalSpy reloaded(&service, &RecommendationService::catalogReloaded);
        updated.clear();
        QVERIFY((*editor)->setProductArchived(fresh, true).ok());
        QVERIFY(reloaded.wait(kTimeout));
        QTRY_VERIFY_WITH_TIMEOUT(!lastListOf(updated, kShopper).isEmpty(), kTimeout);
        QVERIFY(!listed(lastListOf(updated, kShopper), fresh));
        const int heldAt = service.snapshot()->catalog().indexOf(fresh);
        QVERIFY(heldAt >= 0 && service.snapshot()->catalog().at(heldAt).available());
        for (const ShopperRef &who : {ShopperRef::account(kShopper), ShopperRef{},
                                      ShopperRef::guest({{0, 1, 5, 1}}, {}, {})}) {
            const PageLists lists = pageLists(service, who, 10);
            QVERIFY(!lists.similar.isEmpty());
            for (const auto *list : {&lists.trending, &lists.similar, &lists.alsoLiked})
                QVERIFY(!listed(*list, fresh));
        }
        QSignalSpy guest(&service, &RecommendationService::guestRecommendationsReady);
        service.recommendForInteractions({{0, 1, 5, 1}, {0, 2, 5, 1}}, {}, {});
        QVERIFY(guest.wait(kTimeout));
        QVERIFY(!guest.at(0).at(1).value<RecommendationList>().isEmpty());
        QVERIFY(!listed(guest.at(0).at(1).value<RecommendationList>(), fresh));
        QCOMPARE(service.snapshot()->catalog().indexOf(fresh), heldAt); // no new snapshot yet
        hold->store(false);
    }

    void excludedRowsAreIgnoredByFoldInAndTraining()
    {
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        RecommendationService service(*db, quiet());
        QSignalSpy updated(&service, &RecommendationService::recommendationsUpdated);
        const RecommendationList before = startAndList(service, updated);
        QVERIFY(!before.isEmpty());
        QVERIFY(before.front().productId <= 21); // driven by the two outdoor ratings
        QVERIFY(!before.front().evidence.isEmpty());

        QVERIFY(db->transaction([](QSqlDatabase &c) -> Status {
                      for (qint64 product : {1, 2})
                          if (auto r = storage::RatingRepository::setExcluded(c, kShopper, product,
                                                                              true);
                              !r || !*r)
                              return fail(QStringLiteral("flag failed"));
                      return {};
                  }).ok());
        const RecommendationList after = freshList(service, updated);
        QVERIFY(!after.isEmpty());
        // No evidence may name an excluded rating, and rated products stay out of the list.
        for (const auto &r : after) {
            QVERIFY(r.productId != 1 && r.productId != 2);
            for (const auto &e : r.evidence)
                QVERIFY(e.productId != 1 && e.productId != 2);
        }
        QSignalSpy replaced(&service, &RecommendationService::snapshotReplaced);
        service.retrainNow();
        QVERIFY(replaced.wait(kTimeout));
        QCOMPARE(service.snapshot()->trainingRatings(),
                 qint64(storage::RatingRepository(*db).usableAll()->size()));
        QCOMPARE(qint64(storage::RatingRepository(*db).usableAll()->size()), ratingCount(*db) - 2);
    }

    void guestSimilarAlsoLikedAndTrendingAreAsync()
    {
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        RecommendationService service(*db, quiet());
        QVERIFY(startService(service));

        QSignalSpy guest(&service, &RecommendationService::guestRecommendationsReady);
        ShopperContext context;
        context.favouriteCategories = {QStringLiteral("Kitchen > Coffee")};
        const quint64 id = service.recommendForInteractions(
            {{0, 11, 5, 1}, {0, 12, 5, 1}, {0, 13, 4, 1}}, {}, context);
        QVERIFY(guest.wait(kTimeout));
        QCOMPARE(guest.at(0).at(0).toULongLong(), id);
        const auto list = guest.at(0).at(1).value<RecommendationList>();
        QVERIFY(!list.isEmpty());
        QVERIFY(!listed(list, 11) && !listed(list, 12) && !listed(list, 13));
        QVERIFY(list.front().productId >= 14 && list.front().productId <= 20);

        QSignalSpy similar(&service, &RecommendationService::similarProductsReady);
        QSignalSpy also(&service, &RecommendationService::alsoLikedReady);
        QSignalSpy trending(&service, &RecommendationService::trendingReady);
        service.similarProducts(1, 5, {});
        service.alsoLiked(1, 5, {});
        service.trending(30, {});
        QTRY_VERIFY_WITH_TIMEOUT(similar.size() == 1 && also.size() == 1 && trending.size() == 1,
                                 kTimeout);
        const auto s = similar.at(0).at(2).value<RecommendationList>();
        const auto a = also.at(0).at(2).value<RecommendationList>();
        const auto t = trending.at(0).at(1).value<RecommendationList>();
        QVERIFY(!s.isEmpty() && !a.isEmpty() && !t.isEmpty());
        QCOMPARE(s.front().reason, QStringLiteral("Similar to Trail Runner"));
        QCOMPARE(a.front().reason,
                 QStringLiteral("Customers who liked Trail Runner also liked this"));
        for (const auto &r : s + a)
            QVERIFY(r.productId != 22 && r.productId != 23 && r.productId != 1);
        for (const auto &r : t)
            QVERIFY(r.productId != 22 && r.productId != 23);
    }

    void trendingAndRelatedListsApplyTheShoppersFilters()
    {
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        seedStore(*db);
        RecommendationService service(*db, quiet());
        QVERIFY(startService(service));

        constexpr int k = 4;
        constexpr qint64 shopper = 62; // no ratings, cart or marks of their own yet
        constexpr qint64 other = 63;
        const PageLists before = pageLists(service, ShopperRef::account(shopper), k);
        const std::vector<const RecommendationList *> lists{&before.trending, &before.similar,
                                                            &before.alsoLiked};
        for (const auto *list : lists)
            QCOMPARE(list->size(), k);
        // Four different products, each in at least one of the lists as they are now: one in
        // all three is marked "not interested"; the first further one of "also liked" gets
        // rated, of trending goes into the cart, of "similar" is excluded by staff.
        QList<qint64> chosen;
        auto firstNew = [&](const RecommendationList &list) -> qint64 {
            for (const auto &r : list)
                if (r.productId != kViewed && !chosen.contains(r.productId))
                    return r.productId;
            return 0;
        };
        for (const auto &r : before.similar)
            if (listed(before.trending, r.productId) && listed(before.alsoLiked, r.productId)) {
                chosen << r.productId;
                break;
            }
        for (const auto *list : {&before.alsoLiked, &before.trending, &before.similar})
            chosen << firstNew(*list);
        QCOMPARE(chosen.size(), 4);
        QVERIFY(!chosen.contains(0));
        const qint64 notInterested = chosen[0];
        const qint64 rated = chosen[1];
        const qint64 carted = chosen[2];
        const qint64 staffExcluded = chosen[3];

        QVERIFY(db->transaction([&](QSqlDatabase &c) -> Status {
                      const qint64 at = 1'700'002'000;
                      if (Status st = storage::ShopperRepository::markNotInterested(
                              c, shopper, notInterested, at);
                          !st)
                          return st;
                      if (Status st = storage::RatingRepository::upsert(c, {shopper, rated, 4, at});
                          !st)
                          return st;
                      return storage::ShopperRepository::addToCart(c, shopper, carted, 1, at);
                  }).ok());
        storeRules(*db, {rule(storage::MerchandisingRule::Kind::Exclude, staffExcluded)});
        QSignalSpy reloaded(&service, &RecommendationService::merchandisingReloaded);
        service.reloadMerchandising();
        QVERIFY(reloaded.wait(kTimeout));

        auto checkFiltered = [&](const PageLists &after) {
            for (const auto *list : {&after.trending, &after.similar, &after.alsoLiked}) {
                // Topped up from further candidates: there are enough for k.
                QCOMPARE(list->size(), k);
                for (qint64 id : chosen)
                    QVERIFY2(!listed(*list, id), qPrintable(QString::number(id)));
            }
            QVERIFY(!listed(after.similar, kViewed) && !listed(after.alsoLiked, kViewed));
        };
        checkFiltered(pageLists(service, ShopperRef::account(shopper), k));
        // A guest with the same state in memory gets the same filters.
        ShopperContext guestContext;
        guestContext.cart = {carted};
        guestContext.notInterested = {notInterested};
        checkFiltered(pageLists(
            service, ShopperRef::guest({{0, rated, 4, 1'700'002'000}}, {}, guestContext), k));

        // Another shopper still sees the first three where they were; staff's exclusion is
        // for everyone, nobody (the attract screen) included.
        const PageLists others = pageLists(service, ShopperRef::account(other), k);
        const PageLists nobody = pageLists(service, ShopperRef{}, k);
        for (const PageLists *seen : {&others, &nobody}) {
            const std::vector<std::pair<const RecommendationList *, const RecommendationList *>>
                pairs{{&before.trending, &seen->trending},
                      {&before.similar, &seen->similar},
                      {&before.alsoLiked, &seen->alsoLiked}};
            for (const auto &[was, is] : pairs) {
                QCOMPARE(is->size(), k);
                QVERIFY(!listed(*is, staffExcluded));
                for (qint64 id : {notInterested, rated, carted})
                    QCOMPARE(listed(*is, id), listed(*was, id));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRecommendationService)
#include "tst_recommendationservice.moc"
