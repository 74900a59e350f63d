// The live snapshot's learned blend: per-segment weights learned at training (BlendLearner, as
// `ensemble`), used by recommend() for the shopper's segment, kept by save/load, identical for
// any thread count, cancellable, and the fixed HybridOptions weights where nothing was learned.

#include "recsys/hybrid.h"
#include "recsys/modelsnapshot.h"
#include "recsys/random.h"
#include "recsys/snapshot.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <cmath>
#include <set>

using namespace storefront;
using namespace storefront::recsys;

namespace {

constexpr int kGroups = 4;
constexpr int kProductsPerGroup = 15;
constexpr int kUsersPerGroup = 40;
/// Users 1..20 of each group rate 3-4 products (cold segment by default), the rest 12 (warm).
constexpr int kLightRatings = 4;
constexpr int kHeavyRatings = 12;

const char *const kWords[kGroups][4] = {{"garden", "hose", "rake", "soil"},
                                        {"guitar", "string", "amp", "chord"},
                                        {"coffee", "espresso", "bean", "grinder"},
                                        {"tent", "sleeping", "hiking", "trail"}};

qint64 productId(int group, int rank)
{
    return 1 + group * kProductsPerGroup + rank;
}

std::vector<catalog::Product> plantedProducts()
{
    std::vector<catalog::Product> products;
    for (int g = 0; g < kGroups; ++g)
        for (int r = 0; r < kProductsPerGroup; ++r) {
            catalog::Product p;
            p.id = productId(g, r);
            p.sku = QStringLiteral("SKU-%1").arg(p.id);
            p.title = QString::fromLatin1(kWords[g][r % 4]) + QStringLiteral(" model ") +
                      QString::number(p.id);
            p.description = QStringLiteral("A fine %1 for the %2")
                                .arg(QString::fromLatin1(kWords[g][(r + 1) % 4]),
                                     QString::fromLatin1(kWords[g][(r + 2) % 4]));
            p.categoryPath = QStringLiteral("Group %1").arg(g);
            p.brand = QStringLiteral("Brand%1").arg(r % 5);
            p.priceCents = 1000 + 100 * p.id;
            p.stock = 10;
            p.createdAt = 1'700'000'000 + p.id;
            products.push_back(p);
        }
    return products;
}

/// A checkerboard: a user likes products of their group (4-5 stars, skewed towards each
/// group's first products) and dislikes one product of another group (1-2 stars).
std::vector<storage::Rating> plantedRatings(std::uint64_t seed = 7)
{
    Rng rng(seed);
    std::vector<storage::Rating> ratings;
    for (int g = 0; g < kGroups; ++g)
        for (int k = 0; k < kUsersPerGroup; ++k) {
            const qint64 user = 1 + g * kUsersPerGroup + k;
            const int liked = k < kUsersPerGroup / 2 ? kLightRatings - k % 2 : kHeavyRatings;
            std::set<int> ranks;
            while (int(ranks.size()) < liked) {
                const int r = int(rng.below(kProductsPerGroup));
                if (rng.uniform() <= 1.0f / (1.0f + float(r) / 5.0f))
                    ranks.insert(r);
            }
            qint64 t = 1'700'000'000 + user * 100;
            for (int r : ranks)
                ratings.push_back({user, productId(g, r), 4 + int(rng.below(2)), ++t});
            const int other = (g + 1 + int(rng.below(kGroups - 1))) % kGroups;
            ratings.push_back({user, productId(other, int(rng.below(kProductsPerGroup))), 1, ++t});
        }
    return ratings;
}

Result<std::shared_ptr<const ModelSnapshot>> trainPlanted(const TrainingOptions &options = {},
                                                          const FitContext &context = {})
{
    return ModelSnapshot::train(plantedProducts(), plantedRatings(), {}, options, context);
}

std::vector<storage::Rating> ratingsOf(qint64 user)
{
    std::vector<storage::Rating> out;
    for (const auto &r : plantedRatings())
        if (r.userId == user)
            out.push_back(r);
    return out;
}

QString errorOf(const Result<std::shared_ptr<const ModelSnapshot>> &r)
{
    return r ? QString() : r.error().toString();
}

} // namespace

class TestModelSnapshot : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ModelSnapshot> m_snapshot;
    HybridOptions m_plain; ///< no MMR: lists are the blend's ranking

    UserInteractions interactions(const ModelSnapshot &snap, qint64 user) const
    {
        return snap.interactionsOf(user, ratingsOf(user), {}, InteractionWeights{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto trained = trainPlanted();
        QVERIFY2(trained.ok(), qPrintable(errorOf(trained)));
        m_snapshot = *trained;
        m_plain.diversify = false;
    }

    // On the checkerboard the learned weights are not the fixed defaults, and each learned
    // segment's blend is at least as good on validation as its best single model.
    void learnsWeightsThatBeatTheBestSingleModel()
    {
        const ModelSnapshot &snap = *m_snapshot;
        QVERIFY(snap.hasLearnedWeights());
        const LearnedBlend &blend = snap.learnedBlend();
        QVERIFY(blend.validationUsers >= BlendLearningOptions{}.minSegmentUsers);
        QVERIFY(blend.allNdcg >= blend.allSingleNdcg);
        const HybridOptions defaults;
        int learnedSegments = 0;
        bool differs = false;
        for (int s = 0; s < UserSegments::kCount; ++s) {
            const QHash<QString, float> w = snap.learnedWeights(s);
            QCOMPARE(w.size(), snap.modelNames().size());
            for (const QString &m : snap.modelNames())
                differs = differs || w.value(m) != defaults.weights.value(m);
            if (std::isnan(blend.ndcg[size_t(s)]))
                continue;
            ++learnedSegments;
            QVERIFY2(blend.ndcg[size_t(s)] >= blend.singleNdcg[size_t(s)],
                     qPrintable(snap.describeBlend().join(QLatin1Char('\n'))));
        }
        // Cold (3-4 ratings) and warm (12) shoppers both have enough validation users.
        QCOMPARE(learnedSegments, 2);
        QVERIFY(differs);
        QVERIFY(snap.describeBlend().size() == UserSegments::kCount + 1);
    }

    // Every share of a shopper's list carries the weight of their segment: the cold-segment
    // shopper (4 ratings) and the warm one (12) are blended with different learned weights.
    void recommendUsesTheWeightsOfTheShoppersSegment_data()
    {
        QTest::addColumn<qint64>("user");
        QTest::addColumn<int>("segment");
        QTest::newRow("cold segment, 4 ratings") << qint64(1) << 0;
        QTest::newRow("cold segment, 3 ratings") << qint64(2) << 0;
        QTest::newRow("warm segment, 12 ratings") << qint64(kUsersPerGroup) << 1;
    }
    void recommendUsesTheWeightsOfTheShoppersSegment()
    {
        QFETCH(qint64, user);
        QFETCH(int, segment);
        const ModelSnapshot &snap = *m_snapshot;
        const UserInteractions me = interactions(snap, user);
        QCOMPARE(snap.segmentOf(me), segment);
        const QHash<QString, float> weights = snap.learnedWeights(segment);
        const RecommendationList list = snap.recommend(me, {}, 10, m_plain, defaultRules(0.0f));
        QCOMPARE(list.size(), 10);
        for (const Recommendation &r : list) {
            QVERIFY(!r.shares.isEmpty());
            for (const auto &share : r.shares)
                QCOMPARE(share.weight, weights.value(share.model));
            // The reason names the component with the largest weighted share.
            const auto top = std::max_element(
                r.shares.begin(), r.shares.end(), [](const auto &a, const auto &b) {
                    return a.weight * a.normalised < b.weight * b.normalised;
                });
            QCOMPARE(r.model, top->model);
        }
        // The list is the blend of the models' fold-in scores with exactly these weights.
        const int n = snap.catalog().size();
        std::vector<ComponentScores> parts;
        for (const QString &name : snap.modelNames()) {
            const Recommender *model = snap.model(name);
            ComponentScores c{name, std::vector<float>(size_t(n)), weights.value(name),
                              name == QLatin1String("content")};
            model->scoreAll(*model->foldIn(me), c.scores);
            parts.push_back(std::move(c));
        }
        std::vector<char> warm(static_cast<size_t>(n), 0);
        for (int i = 0; i < n; ++i)
            warm[size_t(i)] = snap.catalog().at(i).interactions > 0;
        const BlendResult blended = Hybrid::blend(parts, warm);
        for (const Recommendation &r : list)
            QCOMPARE(r.score, blended.scores[size_t(snap.catalog().indexOf(r.productId))]);
        // Fixed weights on request give another list.
        HybridOptions fixed = m_plain;
        fixed.useLearnedWeights = false;
        const RecommendationList other = snap.recommend(me, {}, 10, fixed, defaultRules(0.0f));
        for (const auto &share : other.front().shares)
            QCOMPARE(share.weight, fixed.weights.value(share.model));
    }

    // A segment whose weights are one model alone ranks exactly like that model (modulo the
    // rules: rated products are excluded). With content as the only blend model the search
    // can only keep it: the fallback to the best single model.
    void oneModelAloneRanksLikeThatModel()
    {
        TrainingOptions options;
        options.models = {QStringLiteral("content")};
        auto trained = trainPlanted(options);
        QVERIFY2(trained.ok(), qPrintable(errorOf(trained)));
        const ModelSnapshot &snap = **trained;
        QVERIFY(snap.hasLearnedWeights());
        for (qint64 user : {qint64(3), qint64(kUsersPerGroup + 1), qint64(3 * kUsersPerGroup)}) {
            const UserInteractions me = interactions(snap, user);
            const int segment = snap.segmentOf(me);
            QCOMPARE(snap.learnedWeights(segment).value(QStringLiteral("content")), 1.0f);
            QCOMPARE(snap.learnedBlend().ndcg[size_t(segment)],
                     snap.learnedBlend().singleNdcg[size_t(segment)]);
            const RecommendationList list = snap.recommend(me, {}, 10, m_plain, defaultRules(0));
            const Recommender *content = snap.model(QStringLiteral("content"));
            const auto theirs = content->recommend(*content->foldIn(me), 10);
            QCOMPARE(list.size(), qsizetype(theirs.size()));
            for (qsizetype i = 0; i < list.size(); ++i)
                QCOMPARE(list[i].productId, snap.catalog().at(theirs[size_t(i)].item).id);
        }
    }

    void segmentBoundariesAreConfigurable()
    {
        TrainingOptions options;
        options.blend.segments.warmFrom = 2;
        options.blend.segments.heavyFrom = 6;
        auto trained = trainPlanted(options);
        QVERIFY2(trained.ok(), qPrintable(errorOf(trained)));
        const ModelSnapshot &snap = **trained;
        QCOMPARE(snap.segments().warmFrom, 2);
        QCOMPARE(snap.segments().heavyFrom, 6);
        QCOMPARE(snap.segmentOf(interactions(snap, 1)), 1);              // 4 ratings: warm
        QCOMPARE(snap.segmentOf(interactions(snap, kUsersPerGroup)), 2); // 12: heavy
        // Now nobody is cold: that segment takes the weights learned on all users.
        QVERIFY(std::isnan(snap.learnedBlend().ndcg[0]));
        QVERIFY(!std::isnan(snap.learnedBlend().ndcg[2]));
    }

    void saveAndLoadKeepTheWeightsExactly()
    {
        QByteArray bytes;
        QBuffer out(&bytes);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(m_snapshot->save(out).ok());
        QBuffer in(&bytes);
        QVERIFY(in.open(QIODevice::ReadOnly));
        auto loaded = ModelSnapshot::load(in);
        QVERIFY2(loaded.ok(), qPrintable(errorOf(loaded)));
        const ModelSnapshot &snap = **loaded;
        QVERIFY(snap.hasLearnedWeights());
        QCOMPARE(snap.segments().warmFrom, m_snapshot->segments().warmFrom);
        QCOMPARE(snap.segments().heavyFrom, m_snapshot->segments().heavyFrom);
        const LearnedBlend &a = m_snapshot->learnedBlend();
        const LearnedBlend &b = snap.learnedBlend();
        for (int s = 0; s < UserSegments::kCount; ++s) {
            QCOMPARE(b.weights[size_t(s)], a.weights[size_t(s)]);
            QCOMPARE(std::isnan(b.ndcg[size_t(s)]), std::isnan(a.ndcg[size_t(s)]));
            if (!std::isnan(a.ndcg[size_t(s)]))
                QCOMPARE(b.ndcg[size_t(s)], a.ndcg[size_t(s)]);
        }
        QCOMPARE(b.allNdcg, a.allNdcg);
        QCOMPARE(b.validationUsers, a.validationUsers);
        QCOMPARE(snap.describeBlend(), m_snapshot->describeBlend());
        for (qint64 user : {qint64(1), qint64(kUsersPerGroup)}) {
            const auto before =
                m_snapshot->recommend(interactions(*m_snapshot, user), {}, 10, m_plain, {});
            const auto after = snap.recommend(interactions(snap, user), {}, 10, m_plain, {});
            QCOMPARE(after.size(), before.size());
            for (qsizetype i = 0; i < before.size(); ++i) {
                QCOMPARE(after[i].productId, before[i].productId);
                QCOMPARE(after[i].score, before[i].score);
            }
        }
    }

    // A file of the previous format (without learned weights) is refused with a message.
    void previousSnapshotVersionIsRefused()
    {
        SnapshotWriter writer;
        writer.string(QStringLiteral("storefront-live"));
        writer.pod<quint32>(1);
        writer.pod<qint64>(0);
        QByteArray bytes;
        QBuffer out(&bytes);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(writer.writeTo(out).ok());
        QBuffer in(&bytes);
        QVERIFY(in.open(QIODevice::ReadOnly));
        auto loaded = ModelSnapshot::load(in);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().toString().contains(QStringLiteral("version 1")),
                 qPrintable(loaded.error().toString()));
    }

    void learnedWeightsAreTheSameForOneAndTwoThreads()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        std::shared_ptr<const ModelSnapshot> snaps[2];
        for (int threads : {1, 2}) {
            FitContext context;
            context.threads = threads;
            context.pool = &pool;
            auto trained = trainPlanted({}, context);
            QVERIFY2(trained.ok(), qPrintable(errorOf(trained)));
            snaps[threads - 1] = *trained;
        }
        for (int s = 0; s < UserSegments::kCount; ++s)
            QCOMPARE(snaps[1]->learnedBlend().weights[size_t(s)],
                     snaps[0]->learnedBlend().weights[size_t(s)]);
        QCOMPARE(snaps[1]->learnedBlend().allNdcg, snaps[0]->learnedBlend().allNdcg);
        for (qint64 user : {qint64(2), qint64(kUsersPerGroup + 5)}) {
            const auto a = snaps[0]->recommend(interactions(*snaps[0], user), {}, 10, m_plain, {});
            const auto b = snaps[1]->recommend(interactions(*snaps[1], user), {}, 10, m_plain, {});
            QCOMPARE(a.size(), b.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].productId, b[i].productId);
                QCOMPARE(a[i].score, b[i].score);
            }
        }
    }

    // Cancelled while the weights are searched (progress 0.4..0.5): the training fails.
    void cancellingDuringTheWeightSearchStopsTheTraining()
    {
        std::atomic<bool> cancel{false};
        std::atomic<bool> searched{false};
        FitContext context;
        context.cancelled = [&] { return cancel.load(); };
        context.progress = [&](double f) {
            if (f > 0.4 && f < 0.5) {
                searched = true;
                cancel = true;
            }
        };
        auto trained = trainPlanted({}, context);
        QVERIFY(searched.load());
        QVERIFY(!trained.ok());
        QVERIFY2(trained.error().toString().contains(QStringLiteral("cancelled")),
                 qPrintable(trained.error().toString()));
        QCOMPARE(trained.error().code, ErrorCode::Cancelled);
    }

    // With a handful of shoppers (fewer validation users than a segment needs) nothing is
    // learned: the fixed weights apply.
    void withTooLittleDataTheFixedWeightsApply()
    {
        std::vector<storage::Rating> few;
        for (const auto &r : plantedRatings())
            if (r.userId % kUsersPerGroup == 0)
                few.push_back(r);
        auto trained = ModelSnapshot::train(plantedProducts(), few, {}, {}, {});
        QVERIFY2(trained.ok(), qPrintable(errorOf(trained)));
        const ModelSnapshot &snap = **trained;
        QVERIFY(!snap.hasLearnedWeights());
        QVERIFY(snap.learnedWeights(1).isEmpty());
        // A shopper from elsewhere with 12 liked products gets the fixed warm weights.
        std::vector<storage::Rating> mine;
        for (int r = 0; r < kHeavyRatings; ++r)
            mine.push_back({999, productId(0, r), 5, 1});
        const UserInteractions me = snap.interactionsOf(999, mine, {}, {});
        const auto list = snap.recommend(me, {}, 5, m_plain, defaultRules(0.0f));
        QVERIFY(!list.isEmpty());
        for (const auto &share : list.front().shares)
            QCOMPARE(share.weight, m_plain.weights.value(share.model));

        // Learning switched off: the same.
        TrainingOptions off;
        off.learnBlendWeights = false;
        auto fixed = trainPlanted(off);
        QVERIFY2(fixed.ok(), qPrintable(errorOf(fixed)));
        QVERIFY(!(*fixed)->hasLearnedWeights());
    }

    // A new store: products, nobody has rated or done anything yet. Training must not crash;
    // the snapshot then recommends by content and popularity alone.
    void aStoreWithoutInteractionsTrains()
    {
        auto trained = ModelSnapshot::train(plantedProducts(), {}, {}, {}, {});
        QVERIFY2(trained.ok(), qPrintable(errorOf(trained)));
        const ModelSnapshot &snap = **trained;
        QVERIFY(!snap.hasLearnedWeights());
        const UserInteractions nobody = snap.interactionsOf(1, {}, {}, {});
        const auto list = snap.recommend(nobody, {}, 5, m_plain, defaultRules(0.0f));
        QCOMPARE(list.size(), qsizetype(5));
        QVERIFY(snap.trending(5).size() <= 5);

        // Without a catalog either.
        auto empty = ModelSnapshot::train({}, {}, {}, {}, {});
        if (!empty.ok())
            QVERIFY(!empty.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelSnapshot)
#include "tst_modelsnapshot.moc"
