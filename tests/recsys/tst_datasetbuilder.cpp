// DatasetBuilder and ItemFeatures from storage rows and catalog products.

#include "recsys/datasetbuilder.h"
#include "recsys/itemfeatures.h"

#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace storefront;
using namespace storefront::recsys;
using storage::Event;
using storage::EventType;
using storage::Rating;

namespace {

constexpr qint64 kNow = 1'700'000'000;

float weightOf(const InteractionData &d, qint64 user, qint64 product)
{
    const int u = d.users.indexOf(user);
    const int i = d.items.indexOf(product);
    if (u < 0 || i < 0)
        return 0.0f;
    return d.weights.coeff(u, i);
}

Event makeEvent(qint64 user, qint64 product, EventType type, qint64 at = kNow)
{
    Event e;
    e.userId = user;
    e.productId = product;
    e.type = type;
    e.occurredAt = at;
    return e;
}

} // namespace

class TestDatasetBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weightsFollowPurchaseCartRatingView()
    {
        const InteractionData d = DatasetBuilder().build(
            {{1, 30, 5, kNow}},
            {makeEvent(1, 10, EventType::Purchase), makeEvent(1, 20, EventType::AddToCart),
             makeEvent(1, 40, EventType::View), makeEvent(1, 0, EventType::Search)});
        QCOMPARE(d.userCount(), 1);
        QCOMPARE(d.itemCount(), 4);
        const float purchase = weightOf(d, 1, 10);
        const float cart = weightOf(d, 1, 20);
        const float fiveStars = weightOf(d, 1, 30);
        const float view = weightOf(d, 1, 40);
        QVERIFY(purchase > cart);
        QVERIFY(cart > fiveStars);
        QVERIFY(fiveStars > view);
        QVERIFY(view > 0.0f);
        QCOMPARE(d.ratings.coeff(0, d.items.indexOf(30)), 5.0f);
    }

    void lowRatingsAreNegativeOrIgnored()
    {
        const std::vector<Rating> ratings{{1, 10, 1, kNow}, {1, 11, 4, kNow}};
        const std::vector<Event> events{makeEvent(1, 10, EventType::Purchase)};
        const InteractionData negative = DatasetBuilder().build(ratings, events);
        QVERIFY(weightOf(negative, 1, 10) < 0.0f); // the 1-star overrides the purchase
        QVERIFY(weightOf(negative, 1, 11) > 0.0f);

        InteractionWeights w;
        w.lowRatings = InteractionWeights::LowRatings::Ignore;
        const InteractionData ignored = DatasetBuilder(w).build(ratings, events);
        QCOMPARE(weightOf(ignored, 1, 10), 0.0f);
        QCOMPARE(ignored.weights.nonZeros(), Eigen::Index(1));
        QCOMPARE(ignored.ratings.nonZeros(), Eigen::Index(2)); // the rating itself is kept
    }

    void repeatedEventsAddUpToTheCap()
    {
        std::vector<Event> events;
        for (int k = 0; k < 10; ++k)
            events.push_back(makeEvent(1, 10, EventType::Purchase));
        events.push_back(makeEvent(1, 11, EventType::View));
        events.push_back(makeEvent(1, 11, EventType::View));
        const InteractionData d = DatasetBuilder().build({}, events);
        QCOMPARE(weightOf(d, 1, 10), InteractionWeights().maxWeight);
        QCOMPARE(weightOf(d, 1, 11), 2 * InteractionWeights().view);
    }

    void timeDecayHalvesPerHalfLife()
    {
        InteractionWeights w;
        w.halfLifeDays = 10.0;
        const InteractionData d =
            DatasetBuilder(w).build({}, {makeEvent(1, 10, EventType::Purchase, kNow),
                                         makeEvent(2, 10, EventType::Purchase, kNow - 10 * 86400),
                                         makeEvent(3, 10, EventType::Purchase, kNow - 20 * 86400)});
        QCOMPARE(d.latestTimestamp, kNow);
        QVERIFY(std::abs(weightOf(d, 2, 10) - w.purchase / 2) < 1e-5f);
        QVERIFY(std::abs(weightOf(d, 3, 10) - w.purchase / 4) < 1e-5f);
        QCOMPARE(d.lastSeen.size(), size_t(3));
    }

    void idMapsAreCompactAndOrdered()
    {
        DatasetBuilder builder;
        catalog::Product p;
        p.id = 500;
        p.title = QStringLiteral("Unrated gadget");
        builder.setProducts({p});
        const InteractionData d =
            builder.build({{77, 900, 4, kNow}, {12, 900, 5, kNow}, {77, 901, 3, kNow}}, {});
        QCOMPARE(d.items.ids(), (std::vector<qint64>{500, 900, 901}));
        QCOMPARE(d.users.ids(), (std::vector<qint64>{77, 12}));
        QCOMPARE(d.items.indexOf(901), 2);
        QCOMPARE(d.items.indexOf(4242), -1);
        QCOMPARE(d.weights.rows(), Eigen::Index(2));
        QCOMPARE(d.weights.cols(), Eigen::Index(3));
        QVERIFY(d.itemFeatures);
        QCOMPARE(d.itemFeatures->itemCount(), 3);
    }

    void buildUserMatchesTheDatasetRow()
    {
        const std::vector<Rating> ratings{{1, 10, 5, kNow}, {1, 11, 2, kNow}, {2, 12, 4, kNow}};
        const std::vector<Event> events{makeEvent(1, 12, EventType::View),
                                        makeEvent(1, 99, EventType::View)};
        DatasetBuilder builder;
        const InteractionData d = builder.build(ratings, events);
        std::vector<Rating> mine;
        std::vector<Event> myEvents;
        for (const auto &r : ratings)
            if (r.userId == 1)
                mine.push_back(r);
        for (const auto &e : events)
            if (e.userId == 1)
                myEvents.push_back(e);
        const UserInteractions row =
            builder.buildUser(d.items, mine, myEvents, d.latestTimestamp, d.users.indexOf(1));
        const UserInteractions expected = d.user(d.users.indexOf(1));
        QCOMPARE(row.weights.items, expected.weights.items);
        QCOMPARE(row.weights.values, expected.weights.values);
        QCOMPARE(row.ratings.items, expected.ratings.items);
    }

    void productFeaturesCoverTextBrandCategoryAttributesAndPrice()
    {
        catalog::Product a;
        a.id = 1;
        a.title = QStringLiteral("Espresso Machine");
        a.description = QStringLiteral("Makes espresso");
        a.brand = QStringLiteral("Acme");
        a.categoryPath = QStringLiteral("Kitchen > Coffee");
        a.priceCents = 19900;
        a.attributes = QJsonObject{{QStringLiteral("colour"), QStringLiteral("red")}};
        catalog::Product b = a;
        b.id = 2;
        b.title = QStringLiteral("Garden hose");
        b.description = QString();
        b.brand = QStringLiteral("Other");
        b.categoryPath = QStringLiteral("Kitchen > Knives");
        b.priceCents = 990;
        b.attributes = {};
        const IdMap items(std::vector<qint64>{1, 2});
        const ItemFeatures f = ItemFeatures::fromProducts(items, {a, b});
        const QStringList &names = f.featureNames();
        for (const char *name : {"text:espresso", "text:machine", "brand:acme", "category:kitchen",
                                 "category:kitchen > coffee", "attr:colour=red", "price-band:0"})
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);
        // Siblings share the parent category column, so their cosine is positive.
        const float cosine = f.matrix().row(0).dot(f.matrix().row(1));
        QVERIFY(cosine > 0.0f && cosine < 0.5f);
        QVERIFY(f.categoryOf(0) != f.categoryOf(1));
    }
};

QTEST_GUILESS_MAIN(TestDatasetBuilder)
#include "tst_datasetbuilder.moc"
