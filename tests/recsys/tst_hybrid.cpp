// The live hybrid: z-score normalisation and blending, cold-start switching, new products via
// content, MMR diversity, business rules, and the reasons given with each item.

#include "storeworld.h"

#include "recsys/businessrules.h"
#include "recsys/diversity.h"
#include "recsys/hybrid.h"
#include "recsys/itemfeatures.h"
#include "recsys/merchandisingrules.h"
#include "recsys/modelsnapshot.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace storefront;
using namespace storefront::recsys;

namespace {

int positionOf(const RecommendationList &list, qint64 productId)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].productId == productId)
            return int(i);
    return -1;
}

bool contains(const RecommendationList &list, qint64 productId)
{
    return positionOf(list, productId) >= 0;
}

} // namespace

class TestHybrid : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ModelSnapshot> m_snapshot;
    HybridOptions m_plain; ///< no MMR, so that rankings are the blend's
    RuleList m_rules = defaultRules(0.5f);

    UserInteractions user(const std::vector<storage::Rating> &ratings,
                          const std::vector<storage::Event> &events = {}) const
    {
        return m_snapshot->interactionsOf(999, ratings, events, InteractionWeights{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto trained = ModelSnapshot::train(testing::worldProducts(), testing::worldRatings(), {},
                                            TrainingOptions{}, FitContext{});
        QVERIFY2(trained.ok(), trained.ok() ? "" : qPrintable(trained.error().toString()));
        m_snapshot = *trained;
        QCOMPARE(m_snapshot->modelNames(),
                 (QStringList{QStringLiteral("popularity"), QStringLiteral("content"),
                              QStringLiteral("item-knn"), QStringLiteral("als"),
                              QStringLiteral("ease")}));
        m_plain.diversify = false;
    }

    void zScoresMatchHandComputedValues()
    {
        const std::vector<float> s = {1.0f, 2.0f, 3.0f};
        const auto z = Hybrid::zScores(s);
        // mean 2, population sd sqrt(2/3) = 0.81650
        QCOMPARE(z.size(), size_t(3));
        QVERIFY(std::abs(z[0] + 1.2247449f) < 1e-5f);
        QVERIFY(std::abs(z[1]) < 1e-6f);
        QVERIFY(std::abs(z[2] - 1.2247449f) < 1e-5f);
        // Masked: only the first two count (mean 1.5, sd 0.5); the third is NaN.
        const std::vector<char> mask = {1, 1, 0};
        const auto zm = Hybrid::zScores(s, mask);
        QVERIFY(std::abs(zm[0] + 1.0f) < 1e-6f);
        QVERIFY(std::abs(zm[1] - 1.0f) < 1e-6f);
        QVERIFY(std::isnan(zm[2]));
        // A flat model gives 0 everywhere.
        const std::vector<float> flat = {0.3f, 0.3f, 0.3f};
        for (float v : Hybrid::zScores(flat))
            QCOMPARE(v, 0.0f);
    }

    void blendMatchesHandComputedValues()
    {
        // A (weight 1): z = [-1.22474, 0, 1.22474]. B (weight 2): mean 20, sd sqrt(200),
        // z = [-0.70711, -0.70711, 1.41421]. Blend = (zA + 2 zB) / 3.
        std::vector<ComponentScores> c = {
            {QStringLiteral("content"), {1.0f, 2.0f, 3.0f}, 1.0f, true},
            {QStringLiteral("als"), {10.0f, 10.0f, 40.0f}, 2.0f, false}};
        const std::vector<char> allWarm = {1, 1, 1};
        auto r = Hybrid::blend(c, allWarm);
        QVERIFY(std::abs(r.scores[0] - (-1.2247449f - 2 * 0.7071068f) / 3) < 1e-5f);
        QVERIFY(std::abs(r.scores[1] - (-2 * 0.7071068f) / 3) < 1e-5f);
        QVERIFY(std::abs(r.scores[2] - (1.2247449f + 2 * 1.4142136f) / 3) < 1e-5f);

        // Item 2 is new: B does not cover it (B over items 0 and 1 is flat, z = 0), so item 2
        // is ranked by A alone and items 0 and 1 by (zA + 2 * 0) / 3.
        const std::vector<char> warm = {1, 1, 0};
        r = Hybrid::blend(c, warm);
        QVERIFY(std::abs(r.scores[0] - (-1.2247449f / 3)) < 1e-5f);
        QVERIFY(std::abs(r.scores[1]) < 1e-6f);
        QVERIFY(std::abs(r.scores[2] - 1.2247449f) < 1e-5f);
        QVERIFY(std::isnan(r.z[1][2]));

        // A component with weight 0 is ignored.
        c[1].weight = 0.0f;
        r = Hybrid::blend(c, allWarm);
        QVERIFY(std::abs(r.scores[2] - 1.2247449f) < 1e-5f);
    }

    // Learned weights that drop content keep it for new products only: A counts for the new
    // item 2 (z over all items, as usual) and not for the warm items 0 and 1.
    void coldItemsOnlyComponentRanksNewItemsOnly()
    {
        std::vector<ComponentScores> c = {
            {QStringLiteral("content"), {1.0f, 2.0f, 3.0f}, 0.7f, true, true},
            {QStringLiteral("als"), {10.0f, 30.0f, 0.0f}, 1.0f, false}};
        const std::vector<char> warm = {1, 1, 0};
        const BlendResult r = Hybrid::blend(c, warm);
        QVERIFY(std::isnan(r.z[0][0]));
        QVERIFY(std::isnan(r.z[0][1]));
        QVERIFY(std::abs(r.z[0][2] - 1.2247449f) < 1e-5f);
        QVERIFY(std::abs(r.scores[0] + 1.0f) < 1e-6f); // als alone: z = -1, 1
        QVERIFY(std::abs(r.scores[1] - 1.0f) < 1e-6f);
        QVERIFY(std::abs(r.scores[2] - 1.2247449f) < 1e-5f);
    }

    void newShopperGetsOnboardingCategories()
    {
        ShopperContext shopper;
        shopper.favouriteCategories = {QStringLiteral("Kitchen")};
        const auto list = m_snapshot->recommend(user({}), shopper, 5, m_plain, m_rules);
        QCOMPARE(list.size(), 5);
        for (const auto &r : list) {
            QVERIFY2(r.productId >= 11 && r.productId <= 20, qPrintable(r.title));
            QCOMPARE(r.reasonKind, ReasonKind::FavouriteCategory);
            QCOMPARE(r.reason, QStringLiteral("Picked from your favourite category Kitchen"));
        }
        // Without onboarding choices a new shopper still gets a list (popularity).
        const auto anon = m_snapshot->recommend(user({}), {}, 5, m_plain, m_rules);
        QCOMPARE(anon.size(), 5);
        QCOMPARE(anon.front().reasonKind, ReasonKind::PopularInCategory);
    }

    void aViewedProductIsNotItsOwnEvidence()
    {
        // Rated two outdoor products, looked at a third: the third is recommended (a view
        // is no exclusion), for the rated ones, never "because you looked at" itself.
        const auto me =
            user({{999, 1, 5, 1}, {999, 2, 5, 1}}, {{0, 999, 3, storage::EventType::View, {}, 2},
                                                    {0, 999, 3, storage::EventType::View, {}, 3}});
        const auto list = m_snapshot->recommend(me, {}, 8, m_plain, m_rules);
        const int at = positionOf(list, 3);
        QVERIFY2(at >= 0, "the viewed product is not recommended");
        QVERIFY(!list[at].evidence.isEmpty());
        for (const Recommendation &r : list)
            for (const Evidence &e : r.evidence)
                QVERIFY2(e.productId != r.productId, qPrintable(r.title + u": " + r.reason));
        QVERIFY(list[at].evidence.front().productId == 1 ||
                list[at].evidence.front().productId == 2);
        QCOMPARE(list[at].reasonKind, ReasonKind::RatedSimilar);
    }

    void newProductIsReachedThroughContent()
    {
        // Product 21 has no interactions at all; the shopper liked three outdoor products.
        const auto me = user({{999, 1, 5, 1}, {999, 2, 5, 1}, {999, 3, 5, 1}});
        const auto list = m_snapshot->recommend(me, {}, 8, m_plain, m_rules);
        const int at = positionOf(list, 21);
        QVERIFY2(at >= 0, "the new product is not recommended");
        const Recommendation &r = list[at];
        QCOMPARE(r.model, QStringLiteral("content"));
        // The shopper liked products of its category, so it is new in a favourite category.
        QCOMPARE(r.reasonKind, ReasonKind::NewInFavouriteCategory);
        QCOMPARE(r.reason, QStringLiteral("New in your favourite category Hiking"));
        QVERIFY(!r.evidence.isEmpty());
        // Only content covers a new product.
        QCOMPARE(r.shares.size(), 1);
        // Similar products of Trail Runner include the new Trail Runner Pro first.
        const auto similar = m_snapshot->similarProducts(1, 3);
        QVERIFY(!similar.isEmpty());
        QCOMPARE(similar.front().productId, qint64(21));
    }

    void mmrWithLambdaOneEqualsPlainRanking()
    {
        const auto me = user({{999, 1, 5, 1}, {999, 12, 4, 1}, {999, 4, 5, 1}});
        HybridOptions mmr1 = m_plain;
        mmr1.diversify = true;
        mmr1.mmrLambda = 1.0f;
        const auto a = m_snapshot->recommend(me, {}, 10, m_plain, m_rules);
        const auto b = m_snapshot->recommend(me, {}, 10, mmr1, m_rules);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(a[i].productId, b[i].productId);

        // Directly: lambda = 1 returns the first k of the ranked input.
        const auto &features = m_snapshot->features();
        std::vector<Candidate> ranked;
        for (int i = 0; i < 20; ++i)
            ranked.push_back({i, 1.0f - 0.01f * float(i), {}});
        const auto top = mmrRerank(ranked, 6, 1.0f, features);
        QCOMPARE(top.size(), size_t(6));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(top[size_t(i)].item, i);
    }

    void mmrBelowOneIncreasesIntraListDiversity()
    {
        // Items 0..9 are outdoor, 10..19 kitchen; the ranking puts all outdoor items first.
        const auto &features = m_snapshot->features();
        std::vector<Candidate> ranked;
        for (int i = 0; i < 20; ++i)
            ranked.push_back({i, 1.0f - 0.02f * float(i), {}});
        const auto plain = mmrRerank(ranked, 6, 1.0f, features);
        const auto diverse = mmrRerank(ranked, 6, 0.5f, features);
        auto itemsOf = [](const std::vector<Candidate> &c) {
            std::vector<int> items;
            for (const auto &x : c)
                items.push_back(x.item);
            return items;
        };
        const float ildPlain = intraListDiversity(itemsOf(plain), features);
        const float ildDiverse = intraListDiversity(itemsOf(diverse), features);
        QVERIFY2(ildDiverse > ildPlain + 0.05f,
                 qPrintable(QStringLiteral("%1 vs %2").arg(ildDiverse).arg(ildPlain)));
        QCOMPARE(diverse.front().item, 0); // the best item stays first
        QVERIFY(std::any_of(diverse.begin(), diverse.end(),
                            [](const Candidate &c) { return c.item >= 10; }));
    }

    void rulesHardFilterRatedCartNotInterestedAndUnavailable()
    {
        const auto me = user({{999, 1, 5, 1}, {999, 2, 5, 1}, {999, 3, 2, 1}});
        ShopperContext shopper;
        shopper.cart = {4};
        shopper.notInterested = {5, 21};
        HybridOptions options = m_plain;
        const auto list = m_snapshot->recommend(me, shopper, 100, options, m_rules);
        for (qint64 gone : {1, 2, 3, 4, 5, 21, 22, 23})
            QVERIFY2(!contains(list, gone), qPrintable(QString::number(gone)));
        QCOMPARE(list.size(), 23 - 8);
        // The same with MMR on.
        options.diversify = true;
        const auto diverse = m_snapshot->recommend(me, shopper, 100, options, m_rules);
        for (qint64 gone : {1, 2, 3, 4, 5, 21, 22, 23})
            QVERIFY(!contains(diverse, gone));
        // similar / also liked / trending skip unavailable products too.
        for (const auto &r : m_snapshot->similarProducts(1, 20) + m_snapshot->alsoLiked(1, 20) +
                                 m_snapshot->trending(30))
            QVERIFY(r.productId != 22 && r.productId != 23);
        QVERIFY(!m_snapshot->trending(5).isEmpty());
        QVERIFY(!m_snapshot->alsoLiked(1, 5).isEmpty());
    }

    void priceRangeBoostMovesInRangeItemsUp()
    {
        const auto me = user({{999, 1, 5, 1}, {999, 2, 5, 1}, {999, 3, 5, 1}});
        const auto plain = m_snapshot->recommend(me, {}, 15, m_plain, m_rules);
        QVERIFY(plain.size() >= 10);
        // Take the 10th item and set the price range around its (unique) price.
        const qint64 target = plain[9].productId;
        ShopperContext shopper;
        shopper.minPriceCents = 1000 + 100 * target - 50;
        shopper.maxPriceCents = 1000 + 100 * target + 50;
        const auto boosted = m_snapshot->recommend(me, shopper, 15, m_plain, m_rules);
        QVERIFY(positionOf(boosted, target) >= 0);
        QVERIFY2(positionOf(boosted, target) < 9,
                 qPrintable(QString::number(positionOf(boosted, target))));
        // Directly on the rule: +boost in range, nothing outside.
        ItemCatalog catalog(m_snapshot->catalog().ids(), testing::worldProducts(), {});
        std::vector<Candidate> c = {{0, 1.0f, {}}, {5, 0.8f, {}}};
        ShopperContext range;
        range.minPriceCents = 1000 + 100 * 6; // item index 5 is product 6
        range.maxPriceCents = 1000 + 100 * 6;
        UserInteractions none;
        PriceRangeBoostRule(0.5f).apply(RuleContext{catalog, range, none}, c);
        QCOMPARE(c[0].score, 1.0f);
        QCOMPARE(c[1].score, 1.3f);
    }

    // Every rule that changes a score or a place says so on the item, in the order applied:
    // price range, staff boost and bury, then pins; a pin from outside the list brings the
    // adjustments the rules would make to it.
    void rulesRecordTheirEffectInOrder()
    {
        using Kind = storage::MerchandisingRule::Kind;
        const ItemCatalog &catalog = m_snapshot->catalog();
        const int six = catalog.indexOf(6);
        const int twelve = catalog.indexOf(12);
        QVERIFY(six >= 0 && twelve >= 0);
        std::vector<Candidate> c = {{six, 1.0f, {}}, {twelve, 0.8f, {}}};
        ShopperContext range;
        range.minPriceCents = 1000 + 100 * 6;
        range.maxPriceCents = 1000 + 100 * 6;
        UserInteractions none;
        const RuleContext context{catalog, range, none};
        MerchandisingAction boost;
        boost.kind = Kind::Boost;
        boost.productId = 6;
        boost.amount = 1.0f;
        MerchandisingAction bury;
        bury.kind = Kind::Bury;
        bury.categoryPath = QStringLiteral("Outdoors");
        bury.amount = 0.25f;
        const RuleList rules = {std::make_shared<PriceRangeBoostRule>(0.5f),
                                std::make_shared<MerchandisingScoreRule>(
                                    std::vector<MerchandisingAction>{boost, bury})};
        applyRules(rules, context, c);
        using A = Adjustment;
        const QList<A> expected = {{A::Kind::PriceRange, 0.5f, 0, 0, {}},
                                   {A::Kind::Boosted, 1.0f, 0, 6, {}},
                                   {A::Kind::Buried, -0.25f, 0, 0, QStringLiteral("Outdoors")}};
        QCOMPARE(c[0].adjustments, expected);
        QCOMPARE(c[0].score, 1.0f + 0.5f + 1.0f - 0.25f);
        QVERIFY(c[1].adjustments.isEmpty()); // kitchen, out of range, not boosted
        QCOMPARE(c[1].score, 0.8f);

        // The whole pipeline carries them into the list.
        const auto me = user({{999, 1, 5, 1}, {999, 11, 5, 1}, {999, 12, 4, 1}});
        const auto list = m_snapshot->recommend(me, range, 30, m_plain, rules);
        const int at = positionOf(list, 6);
        QVERIFY(at >= 0);
        QCOMPARE(list[at].adjustments, c[0].adjustments);
        for (const Recommendation &r : list)
            if (r.productId > 10 && r.productId <= 20)
                QVERIFY2(r.adjustments.isEmpty(), qPrintable(r.title));

        // Pins: one already listed keeps its evidence and gains the pin; one from outside the
        // list gets the adjustments it would have had, then the pin, and the store's reason.
        RecommendationList pinned = list.mid(0, 5);
        const Recommendation listed = pinned[3];
        QVERIFY(!listed.evidence.isEmpty());
        const qint64 outside = list.last().productId;
        MerchandisingAction pinListed;
        pinListed.kind = Kind::Pin;
        pinListed.productId = listed.productId;
        pinListed.slot = 1;
        MerchandisingAction pinOutside = pinListed;
        pinOutside.productId = outside;
        pinOutside.slot = 2;
        const QList<A> outsideRules = {{A::Kind::Boosted, 2.0f, 0, outside, {}}};
        applyPins(
            pinned, {pinListed, pinOutside}, catalog,
            [&](int item) -> std::optional<QList<A>> {
                if (catalog.at(item).id == outside)
                    return outsideRules;
                return QList<A>{};
            },
            5);
        QCOMPARE(pinned.size(), 5);
        QCOMPARE(pinned[0].productId, listed.productId);
        QCOMPARE(pinned[0].evidence.size(), listed.evidence.size());
        const QList<A> listedAfter =
            listed.adjustments + QList<A>{{A::Kind::Pinned, 0.0f, 1, listed.productId, {}}};
        QCOMPARE(pinned[0].adjustments, listedAfter);
        QCOMPARE(pinned[1].productId, outside);
        QVERIFY(pinned[1].evidence.isEmpty());
        const QList<A> outsideAfter =
            outsideRules + QList<A>{{A::Kind::Pinned, 0.0f, 2, outside, {}}};
        QCOMPARE(pinned[1].adjustments, outsideAfter);
        for (int i : {0, 1}) {
            QCOMPARE(pinned[i].reasonKind, ReasonKind::Featured);
            QCOMPARE(pinned[i].reason, QStringLiteral("Featured by the store"));
        }
        // A product the filters refuse is not pinned.
        RecommendationList refused = list.mid(0, 5);
        applyPins(
            refused, {pinOutside}, catalog, [](int) { return std::nullopt; }, 5);
        QVERIFY(!contains(refused, outside));
    }

    void explanationsNameTheItemThatDroveTheScore()
    {
        // The shopper's only outdoor item is Trail Runner (1): every outdoor recommendation
        // is driven by it; the kitchen ratings cannot explain an outdoor product.
        const auto me = user({{999, 1, 5, 1}, {999, 11, 5, 1}, {999, 12, 4, 1}});
        const auto list = m_snapshot->recommend(me, {}, 12, m_plain, m_rules);
        int outdoor = 0;
        for (const auto &r : list) {
            if (r.productId > 10 || r.evidence.isEmpty())
                continue;
            ++outdoor;
            QCOMPARE(r.evidence.front().productId, qint64(1));
            QCOMPARE(r.evidence.front().stars, 5);
            QCOMPARE(r.reasonKind, ReasonKind::RatedSimilar);
            QCOMPARE(r.reason, QStringLiteral("Because you rated Trail Runner 5★"));
        }
        QVERIFY(outdoor >= 3);
        int kitchen = 0;
        for (const auto &r : list) {
            if (r.productId < 11 || r.productId > 20 || r.evidence.isEmpty())
                continue;
            ++kitchen;
            QVERIFY(r.evidence.front().productId == 11 || r.evidence.front().productId == 12);
        }
        QVERIFY(kitchen >= 3);
    }

    // Leave-one-out on the shopper's history: the first evidence item of a recommendation is
    // the training item whose removal lowers that item's blended score the most. The history
    // has several items per category with different stars (a 1-star one too), so the order
    // among them matters.
    //
    // The blended score is sum_m w_m (s_m(i) - mu_m) / sigma_m over the models that score the
    // item (its shares). Each model's mean and spread are those of the full history: removing
    // a disliked kitchen product raises every kitchen score and so, through a re-computed
    // z-score, lowers every outdoor one, which says nothing about what drove an outdoor item.
    void firstEvidenceIsTheItemWhoseRemovalCostsMost_data()
    {
        QTest::addColumn<QString>("leader");
        QTest::addColumn<QStringList>("accepted");
        QTest::newRow("item-knn") << QStringLiteral("item-knn")
                                  << QStringList{QStringLiteral("item-knn")};
        QTest::newRow("ease or content")
            << QStringLiteral("ease")
            << QStringList{QStringLiteral("ease"), QStringLiteral("content")};
    }

    void firstEvidenceIsTheItemWhoseRemovalCostsMost()
    {
        QFETCH(QString, leader);
        QFETCH(QStringList, accepted);
        const std::vector<storage::Rating> history = {{999, 1, 5, 1},  {999, 2, 2, 2},
                                                      {999, 4, 4, 3},  {999, 11, 5, 4},
                                                      {999, 13, 3, 5}, {999, 16, 1, 6}};
        // The leading model gets the largest weight, so that it leads most items; the others
        // still count, so the score checked is a real blend.
        HybridOptions options = m_plain;
        options.useLearnedWeights = false;
        options.weights[leader] = 3.0f;
        const auto list = m_snapshot->recommend(user(history), {}, 8, options, m_rules);

        // Every model's scores for the full history and for each history item left out.
        const size_t n = size_t(m_snapshot->catalog().size());
        struct Scores
        {
            std::vector<float> full;
            float mean = 0.0f;
            float spread = 1.0f;
            std::vector<std::vector<float>> without;
        };
        QHash<QString, Scores> models;
        auto scoresOf = [&](const Recommender &model, const std::vector<storage::Rating> &r) {
            std::vector<float> out(n);
            auto state = model.foldIn(user(r));
            if (state.ok())
                model.scoreAll(*state, out);
            return out;
        };
        for (const QString &name : m_snapshot->modelNames()) {
            const Recommender *model = m_snapshot->model(name);
            Scores s;
            s.full = scoresOf(*model, history);
            double sum = 0.0;
            double squares = 0.0;
            for (float v : s.full)
                sum += v;
            s.mean = float(sum / double(n));
            for (float v : s.full)
                squares += (v - s.mean) * (v - s.mean);
            s.spread = std::max(float(std::sqrt(squares / double(n))), 1e-6f);
            for (size_t left = 0; left < history.size(); ++left) {
                auto rest = history;
                rest.erase(rest.begin() + long(left));
                s.without.push_back(scoresOf(*model, rest));
            }
            models.insert(name, std::move(s));
        }

        int checked = 0;
        for (const Recommendation &r : list) {
            if (!accepted.contains(r.model) || r.evidence.isEmpty())
                continue;
            const size_t item = size_t(m_snapshot->catalog().indexOf(r.productId));
            qint64 costliest = 0;
            double largestDrop = -std::numeric_limits<double>::infinity();
            for (size_t left = 0; left < history.size(); ++left) {
                double drop = 0.0;
                for (const ModelShare &share : r.shares) {
                    QVERIFY(models.contains(share.model));
                    const Scores &s = models[share.model];
                    drop += double(share.weight) * double(s.full[item] - s.without[left][item]) /
                            double(s.spread);
                }
                if (drop > largestDrop) {
                    largestDrop = drop;
                    costliest = history[left].productId;
                }
            }
            QVERIFY2(largestDrop > 0.0, qPrintable(r.title));
            QVERIFY2(r.evidence.front().productId == costliest,
                     qPrintable(QStringLiteral("%1 (%2): evidence %3, leave-one-out %4")
                                    .arg(r.title, r.model)
                                    .arg(r.evidence.front().productId)
                                    .arg(costliest)));
            // The evidence carries the shopper's own stars of that item.
            const auto rated = std::find_if(history.begin(), history.end(), [&](const auto &h) {
                return h.productId == costliest;
            });
            QCOMPARE(r.evidence.front().stars, rated->stars);
            ++checked;
        }
        QVERIFY2(checked >= 3, qPrintable(QString::number(checked)));
    }

    void batchedExplanationsEqualTheModels()
    {
        const auto me = user({{999, 1, 5, 1}, {999, 11, 5, 1}, {999, 12, 2, 1}, {999, 4, 4, 1}});
        const std::vector<int> items = {0, 2, 5, 13, 15, 20};
        for (const QString &name : m_snapshot->modelNames()) {
            const Recommender *model = m_snapshot->model(name);
            const auto state = model->foldIn(me);
            QVERIFY(state.ok());
            const auto batch = m_snapshot->explainItems(*model, *state, items, 3);
            for (size_t k = 0; k < items.size(); ++k) {
                const auto single = model->explain(*state, items[k], 3);
                QCOMPARE(batch[k].size(), single.size());
                for (size_t j = 0; j < single.size(); ++j) {
                    QCOMPARE(batch[k][j].item, single[j].item);
                    QVERIFY2(std::abs(batch[k][j].weight - single[j].weight) <=
                                 1e-4f * (1.0f + std::abs(single[j].weight)),
                             qPrintable(name));
                }
            }
        }
    }

    void snapshotRoundTripGivesTheSameLists()
    {
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(m_snapshot->save(buffer).ok());
        }
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        auto loaded = ModelSnapshot::load(in);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        const auto me = user({{999, 1, 5, 1}, {999, 11, 5, 1}, {999, 12, 4, 1}});
        const auto a = m_snapshot->recommend(me, {}, 10, HybridOptions{}, m_rules);
        const auto b = (*loaded)->recommend(me, {}, 10, HybridOptions{}, m_rules);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].productId, b[i].productId);
            QCOMPARE(a[i].score, b[i].score);
            QCOMPARE(a[i].reason, b[i].reason);
        }
        // A corrupt file is refused.
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
        QBuffer corrupt(&bytes);
        corrupt.open(QIODevice::ReadOnly);
        QVERIFY(!ModelSnapshot::load(corrupt).ok());
    }
};

QTEST_GUILESS_MAIN(TestHybrid)
#include "tst_hybrid.moc"
