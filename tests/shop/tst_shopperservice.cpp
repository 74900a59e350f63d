#include "auth/authtestsupport.h"
#include "recsys/recommendationservice.h"
#include "recsys/storeworld.h"
#include "shop/shopperservice.h"
#include "storage/migrations.h"
#include "storage/ratingrepository.h"
#include "storage/shopperrepository.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <array>
#include <barrier>
#include <latch>

using namespace storefront;
using storefront::shop::RecommendationDataRow;
using storefront::shop::ShopperService;
using storefront::testing::lastListOf;
using storefront::testing::listed;

namespace {

struct ShopWorld : testing::AuthWorld
{
    explicit ShopWorld(auth::AuthConfig config = {})
        : AuthWorld(config)
    {
        boots = testing::insert(*db, testing::product(QStringLiteral("B-1"),
                                                      QStringLiteral("Trail Boots"),
                                                      QStringLiteral("Outdoors > Shoes"),
                                                      QStringLiteral("Peak"), 8900));
        tent = testing::insert(*db,
                               testing::product(QStringLiteral("T-1"), QStringLiteral("Dome Tent"),
                                                QStringLiteral("Outdoors > Camping"),
                                                QStringLiteral("Peak"), 19900));
        auto archived = testing::product(QStringLiteral("K-1"), QStringLiteral("Old Kettle"),
                                         QStringLiteral("Kitchen"), QStringLiteral("Brew"), 2500);
        archived.active = false;
        kettle = testing::insert(*db, archived);
        shop = std::make_unique<ShopperService>(*db, *auth);
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    /// Rows of every table that holds a shopper's own state or interactions.
    qint64 personalRows() const
    {
        return count(QStringLiteral("cart_items")) + count(QStringLiteral("wishlist_items")) +
               count(QStringLiteral("not_interested")) + count(QStringLiteral("ratings")) +
               count(QStringLiteral("events"));
    }

    qint64 boots = 0;
    qint64 tent = 0;
    qint64 kettle = 0;
    std::unique_ptr<ShopperService> shop;
};

} // namespace

class TestShopperService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cartKeepsQuantitiesAndRecordsAddToCartEvents();
    void refusesBadQuantitiesAndUnavailableProducts_data();
    void refusesBadQuantitiesAndUnavailableProducts();
    void eachChangeEmitsItsSignalsOrNothing_data();
    void eachChangeEmitsItsSignalsOrNothing();
    void wishlistRecordsOneWishlistEvent();
    void notInterestedCanBeMarkedAndUndone();
    void contextComesFromTheDatabase();
    void endedOrForgedSessionsAreRefused();
    void guestStateStaysInMemoryAndIsWiped();
    void guestStateIsForgottenAfterIdleTimeout();
    void recommendationDataListsRowsWithPersistedFlags();
    void cannotFlagSomeoneElsesEvent();
    void upgradeKeepsEventsAndAcceptsWishlistKind();
    void deletingTheAccountDeletesItsLists();
    void productStateAndCartCount();
    void changesRepublishTheShoppersList();
    void viewsAreEventsStoredForAccountsAndInMemoryForGuests();
    void guestViewsFeedTheGuestsRecommendations();
    void trendingAndRelatedListsHonourTheShoppersState();
    void concurrentShoppersAndGuestsLoseNothing();
    void ratingStormThroughSessionsDuringARetrainLosesNothing();
};

void TestShopperService::cartKeepsQuantitiesAndRecordsAddToCartEvents()
{
    ShopWorld w;
    auto s = w.signUp(QStringLiteral("ann@example.org"));
    QSignalSpy changed(w.shop.get(), &ShopperService::cartChanged);
    QVERIFY(w.shop->addToCart(s, w.boots, 2).ok());
    QVERIFY(w.shop->addToCart(s, w.boots).ok());
    QVERIFY(w.shop->addToCart(s, w.tent).ok());
    QCOMPARE(changed.count(), 3);

    auto cart = w.shop->cart(s);
    QVERIFY(cart.ok());
    QCOMPARE(cart->size(), size_t(2));
    QCOMPARE(cart->at(0).product.title, QStringLiteral("Trail Boots"));
    QCOMPARE(cart->at(0).quantity, 3);
    QCOMPARE(cart->at(1).product.priceCents, qint64(19900));
    QCOMPARE(w.scalar(QStringLiteral("SELECT count(*) FROM events WHERE type = 'add_to_cart'")),
             qint64(3));

    QVERIFY(w.shop->setCartQuantity(s, w.boots, 7).ok());
    QCOMPARE(w.shop->cart(s)->at(0).quantity, 7);
    QVERIFY(w.shop->removeFromCart(s, w.boots).ok());
    QCOMPARE(w.shop->cart(s)->size(), size_t(1));
    QVERIFY(w.shop->clearCart(s).ok());
    QVERIFY(w.shop->cart(s)->empty());
    // Setting a quantity is not a new sign of interest: still three events.
    QCOMPARE(w.scalar(QStringLiteral("SELECT count(*) FROM events")), qint64(3));
}

void TestShopperService::refusesBadQuantitiesAndUnavailableProducts_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<QString>("where");
    QTest::addRow("zero") << "boots" << 0 << "quantity";
    QTest::addRow("negative") << "boots" << -3 << "quantity";
    QTest::addRow("over the cap in one go") << "boots" << 1000 << "quantity";
    QTest::addRow("over the cap in sum") << "boots+" << 995 << "quantity";
    QTest::addRow("archived product") << "kettle" << 1 << "product";
    QTest::addRow("unknown product") << "unknown" << 1 << "product";
}

void TestShopperService::refusesBadQuantitiesAndUnavailableProducts()
{
    QFETCH(QString, what);
    QFETCH(int, quantity);
    QFETCH(QString, where);
    for (bool guest : {false, true}) {
        ShopWorld w;
        auto s = guest ? w.auth->guest() : w.signUp(QStringLiteral("ann@example.org"));
        qint64 product = what == QLatin1String("kettle")    ? w.kettle
                         : what == QLatin1String("unknown") ? 987654
                                                            : w.boots;
        if (what == QLatin1String("boots+"))
            QVERIFY(w.shop->addToCart(s, w.boots, 10).ok());
        const QStringList before = testing::dumpContent(*w.db);
        const auto cartBefore = w.shop->cart(s)->size();
        const Status st = w.shop->addToCart(s, product, quantity);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().where, where);
        QVERIFY(!st.error().message.isEmpty());
        QCOMPARE(testing::dumpContent(*w.db), before);
        QCOMPARE(w.shop->cart(s)->size(), cartBefore);
    }
}

void TestShopperService::eachChangeEmitsItsSignalsOrNothing_data()
{
    // The same table for a guest (memory) and an account (database). Before each change the
    // shopper has the boots in the cart and on the wishlist, rated 4 stars, and the tent
    // marked "not interested". `emits` counts cart, wishlist, "not interested" and
    // recommendation-data signals; `where` is the error's field ("" for success).
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("emits");
    QTest::addColumn<QString>("where");
    QTest::addRow("add to cart") << "addToCart tent 1"
                                 << "1001"
                                 << "";
    QTest::addRow("add to cart, over the cap in sum") << "addToCart boots 999"
                                                      << "0000"
                                                      << "quantity";
    QTest::addRow("add to cart, archived") << "addToCart kettle 1"
                                           << "0000"
                                           << "product";
    QTest::addRow("set quantity") << "setCartQuantity boots 5"
                                  << "1000"
                                  << "";
    QTest::addRow("set quantity adds the line") << "setCartQuantity tent 2"
                                                << "1000"
                                                << "";
    QTest::addRow("set quantity zero") << "setCartQuantity boots 0"
                                       << "0000"
                                       << "quantity";
    QTest::addRow("set quantity, unknown product") << "setCartQuantity unknown 1"
                                                   << "0000"
                                                   << "product";
    QTest::addRow("remove from cart") << "removeFromCart boots"
                                      << "1000"
                                      << "";
    QTest::addRow("remove what is not in the cart") << "removeFromCart tent"
                                                    << "1000"
                                                    << "";
    QTest::addRow("clear cart") << "clearCart boots"
                                << "1000"
                                << "";
    QTest::addRow("add to wishlist") << "addToWishlist tent"
                                     << "0101"
                                     << "";
    QTest::addRow("add to wishlist again") << "addToWishlist boots"
                                           << "0000"
                                           << "";
    QTest::addRow("add to wishlist, unknown") << "addToWishlist unknown"
                                              << "0000"
                                              << "product";
    QTest::addRow("remove from wishlist") << "removeFromWishlist boots"
                                          << "0100"
                                          << "";
    QTest::addRow("mark not interested") << "markNotInterested boots"
                                         << "0010"
                                         << "";
    QTest::addRow("mark not interested again") << "markNotInterested tent"
                                               << "0010"
                                               << "";
    QTest::addRow("mark unknown not interested") << "markNotInterested unknown"
                                                 << "0000"
                                                 << "product";
    QTest::addRow("undo not interested") << "undoNotInterested tent"
                                         << "0010"
                                         << "";
    QTest::addRow("rate") << "rate tent 5"
                          << "0001"
                          << "";
    QTest::addRow("re-rate") << "rate boots 2"
                             << "0001"
                             << "";
    QTest::addRow("rate six stars") << "rate boots 6"
                                    << "0000"
                                    << "stars";
    QTest::addRow("rate unknown") << "rate unknown 3"
                                  << "0000"
                                  << "product";
    QTest::addRow("exclude a rating") << "setRatingExcluded boots 1"
                                      << "0001"
                                      << "";
    QTest::addRow("exclude a missing rating") << "setRatingExcluded tent 1"
                                              << "0000"
                                              << "product";
    QTest::addRow("exclude an event") << "setEventExcluded first 1"
                                      << "0001"
                                      << "";
    QTest::addRow("exclude a missing event") << "setEventExcluded unknown 1"
                                             << "0000"
                                             << "event";
}

void TestShopperService::eachChangeEmitsItsSignalsOrNothing()
{
    QFETCH(QString, change);
    QFETCH(QString, emits);
    QFETCH(QString, where);
    const QStringList words = change.split(QLatin1Char(' '));
    for (bool guest : {false, true}) {
        ShopWorld w;
        auto s = guest ? w.auth->guest() : w.signUp(QStringLiteral("ann@example.org"));
        QVERIFY(w.shop->addToCart(s, w.boots).ok());
        QVERIFY(w.shop->addToWishlist(s, w.boots).ok());
        QVERIFY(w.shop->rate(s, w.boots, 4).ok());
        QVERIFY(w.shop->markNotInterested(s, w.tent).ok());
        auto data = w.shop->recommendationData(s);
        QVERIFY(data.ok());
        qint64 firstEvent = 0;
        for (const RecommendationDataRow &row : *data)
            if (row.kind == RecommendationDataRow::Kind::Event)
                firstEvent = row.eventId;
        QVERIFY(firstEvent != 0);

        auto id = [&](int i) -> qint64 {
            const QString &name = words.at(i);
            return name == QLatin1String("boots")    ? w.boots
                   : name == QLatin1String("tent")   ? w.tent
                   : name == QLatin1String("kettle") ? w.kettle
                   : name == QLatin1String("first")  ? firstEvent
                                                     : 987654;
        };
        auto number = [&](int i) { return words.at(i).toInt(); };
        const QString &op = words.at(0);

        QSignalSpy cart(w.shop.get(), &ShopperService::cartChanged);
        QSignalSpy wishlist(w.shop.get(), &ShopperService::wishlistChanged);
        QSignalSpy notInterested(w.shop.get(), &ShopperService::notInterestedChanged);
        QSignalSpy recData(w.shop.get(), &ShopperService::recommendationDataChanged);
        const QStringList dbBefore = testing::dumpContent(*w.db);
        const auto stateBefore = w.shop->productState(s, id(1));
        QVERIFY(stateBefore.ok());

        Status st;
        if (op == QLatin1String("addToCart"))
            st = w.shop->addToCart(s, id(1), number(2));
        else if (op == QLatin1String("setCartQuantity"))
            st = w.shop->setCartQuantity(s, id(1), number(2));
        else if (op == QLatin1String("removeFromCart"))
            st = w.shop->removeFromCart(s, id(1));
        else if (op == QLatin1String("clearCart"))
            st = w.shop->clearCart(s);
        else if (op == QLatin1String("addToWishlist"))
            st = w.shop->addToWishlist(s, id(1));
        else if (op == QLatin1String("removeFromWishlist"))
            st = w.shop->removeFromWishlist(s, id(1));
        else if (op == QLatin1String("markNotInterested"))
            st = w.shop->markNotInterested(s, id(1));
        else if (op == QLatin1String("undoNotInterested"))
            st = w.shop->undoNotInterested(s, id(1));
        else if (op == QLatin1String("rate"))
            st = w.shop->rate(s, id(1), number(2));
        else if (op == QLatin1String("setRatingExcluded"))
            st = w.shop->setRatingExcluded(s, id(1), number(2) != 0);
        else if (op == QLatin1String("setEventExcluded"))
            st = w.shop->setEventExcluded(s, id(1), number(2) != 0);
        else
            QFAIL("unknown change in the table");

        const QString emitted = QString::number(cart.count()) + QString::number(wishlist.count()) +
                                QString::number(notInterested.count()) +
                                QString::number(recData.count());
        QCOMPARE(emitted, emits);
        QCOMPARE(st.ok() ? QString() : st.error().where, where);
        if (guest) // nothing personal of a guest reaches the database
            QCOMPARE(testing::dumpContent(*w.db), dbBefore);
        if (!st.ok()) {
            QVERIFY(!st.error().message.isEmpty());
            QCOMPARE(testing::dumpContent(*w.db), dbBefore);
            const auto stateAfter = w.shop->productState(s, id(1));
            QVERIFY(stateAfter.ok());
            QCOMPARE(stateAfter->cartQuantity, stateBefore->cartQuantity);
            QCOMPARE(stateAfter->onWishlist, stateBefore->onWishlist);
            QCOMPARE(stateAfter->notInterested, stateBefore->notInterested);
            QCOMPARE(stateAfter->stars, stateBefore->stars);
        }
    }
}

void TestShopperService::wishlistRecordsOneWishlistEvent()
{
    ShopWorld w;
    auto s = w.signUp(QStringLiteral("ann@example.org"));
    QVERIFY(w.shop->addToWishlist(s, w.tent).ok());
    QVERIFY(w.shop->addToWishlist(s, w.tent).ok());   // already there: no second event
    QVERIFY(w.shop->addToWishlist(s, w.kettle).ok()); // archived products may be wished for
    auto list = w.shop->wishlist(s);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), size_t(2));
    QCOMPARE(w.scalar(QStringLiteral("SELECT count(*) FROM events WHERE type = 'wishlist'")),
             qint64(2));
    QVERIFY(w.shop->removeFromWishlist(s, w.tent).ok());
    QCOMPARE(w.shop->wishlist(s)->size(), size_t(1));
    QCOMPARE(w.shop->wishlist(s)->at(0).product.id, w.kettle);
}

void TestShopperService::notInterestedCanBeMarkedAndUndone()
{
    ShopWorld w;
    auto s = w.signUp(QStringLiteral("ann@example.org"));
    QVERIFY(w.shop->markNotInterested(s, w.tent).ok());
    QVERIFY(w.shop->markNotInterested(s, w.tent).ok());
    QCOMPARE(w.shop->notInterested(s)->size(), size_t(1));
    QCOMPARE(w.shop->notInterested(s)->at(0).product.title, QStringLiteral("Dome Tent"));
    QVERIFY(w.shop->undoNotInterested(s, w.tent).ok());
    QVERIFY(w.shop->notInterested(s)->empty());
    QVERIFY(!w.shop->markNotInterested(s, 424242).ok());
}

void TestShopperService::contextComesFromTheDatabase()
{
    ShopWorld w;
    auto s = w.signUp(QStringLiteral("ann@example.org"));
    const qint64 id = w.idOf(QStringLiteral("ann@example.org"));
    QVERIFY(w.shop->addToCart(s, w.boots).ok());
    QVERIFY(w.shop->markNotInterested(s, w.tent).ok());
    QVERIFY(w.db->transaction([&](QSqlDatabase &c) -> Status {
                    if (Status st = storage::UserRepository::setPriceRange(c, id, 1000, 9000); !st)
                        return st;
                    const qint64 outdoors = w.scalar(
                        QStringLiteral("SELECT id FROM categories WHERE path = 'Outdoors'"));
                    return storage::UserRepository::setFavouriteCategories(c, id, {outdoors});
                })
                .ok());
    auto context = w.shop->context(s);
    QVERIFY(context.ok());
    QCOMPARE(context->cart, std::vector<qint64>{w.boots});
    QCOMPARE(context->notInterested, std::vector<qint64>{w.tent});
    QCOMPARE(context->favouriteCategories, QStringList{QStringLiteral("Outdoors")});
    QCOMPARE(context->minPriceCents, std::optional<qint64>(1000));
    QCOMPARE(context->maxPriceCents, std::optional<qint64>(9000));
}

void TestShopperService::endedOrForgedSessionsAreRefused()
{
    ShopWorld w;
    auto s = w.signUp(QStringLiteral("ann@example.org"));
    QVERIFY(w.auth->logOut(s).ok());
    const qint64 before = w.personalRows();
    QVERIFY(!w.shop->addToCart(s, w.boots).ok());
    QVERIFY(!w.shop->addToWishlist(s, w.boots).ok());
    QVERIFY(!w.shop->markNotInterested(s, w.boots).ok());
    QVERIFY(!w.shop->rate(s, w.boots, 5).ok());
    QVERIFY(!w.shop->cart(s).ok());
    QVERIFY(!w.shop->recommendationData(s).ok());
    QVERIFY(!w.shop->cart(auth::Session()).ok());
    QCOMPARE(w.personalRows(), before);
}

void TestShopperService::guestStateStaysInMemoryAndIsWiped()
{
    ShopWorld w;
    auto g = w.auth->guest();
    const QStringList before = testing::dumpContent(*w.db);
    QVERIFY(w.shop->addToCart(g, w.boots, 2).ok());
    QVERIFY(w.shop->addToWishlist(g, w.tent).ok());
    QVERIFY(w.shop->markNotInterested(g, w.tent).ok());
    QVERIFY(w.shop->rate(g, w.boots, 4).ok());
    QCOMPARE(testing::dumpContent(*w.db), before); // nothing personal written

    QCOMPARE(w.shop->cart(g)->at(0).quantity, 2);
    QCOMPARE(w.shop->wishlist(g)->size(), size_t(1));
    QCOMPARE(*w.shop->ratingOf(g, w.boots), std::optional<int>(4));
    auto context = w.shop->context(g);
    QCOMPARE(context->cart, std::vector<qint64>{w.boots});
    QCOMPARE(context->notInterested, std::vector<qint64>{w.tent});
    auto data = w.shop->recommendationData(g);
    QVERIFY(data.ok());
    QCOMPARE(data->size(), size_t(3)); // the rating, add_to_cart and wishlist

    // Another guest sees none of it.
    auto other = w.auth->guest();
    QVERIFY(w.shop->cart(other)->empty());
    QCOMPARE(w.shop->guestStateCount(), 2);

    QSignalSpy cartChanged(w.shop.get(), &ShopperService::cartChanged);
    w.shop->wipeGuest(g);
    QCOMPARE(cartChanged.count(), 1);
    QVERIFY(w.shop->cart(g)->empty());
    QVERIFY(w.shop->wishlist(g)->empty());
    QVERIFY(w.shop->recommendationData(g)->empty());
    QCOMPARE(*w.shop->ratingOf(g, w.boots), std::optional<int>());

    QVERIFY(w.shop->addToCart(g, w.boots).ok());
    QVERIFY(w.shop->endGuestSession(g).ok());
    QVERIFY(!w.shop->cart(g).ok()); // the session has ended
    QCOMPARE(w.shop->guestStateCount(), 1);
    QCOMPARE(testing::dumpContent(*w.db), before);
}

void TestShopperService::guestStateIsForgottenAfterIdleTimeout()
{
    ShopWorld w(auth::AuthConfig::kioskMode());
    auto g = w.auth->guest();
    QVERIFY(w.shop->addToCart(g, w.boots).ok());
    w.advance(w.auth->config().kioskIdleSecs + 1);
    QVERIFY(!w.shop->cart(g).ok());
    QCOMPARE(w.shop->guestStateCount(), 0);

    // A walked-away guest is dropped when the next one comes along.
    auto first = w.auth->guest();
    QVERIFY(w.shop->addToCart(first, w.boots).ok());
    w.advance(std::max(w.auth->config().idleSecs, w.auth->config().kioskIdleSecs) + 1);
    auto next = w.auth->guest();
    QVERIFY(w.shop->cart(next).ok());
    QCOMPARE(w.shop->guestStateCount(), 1);
}

void TestShopperService::recommendationDataListsRowsWithPersistedFlags()
{
    ShopWorld w;
    auto s = w.signUp(QStringLiteral("ann@example.org"));
    const qint64 id = w.idOf(QStringLiteral("ann@example.org"));
    QVERIFY(w.shop->rate(s, w.boots, 5).ok());
    w.advance(10);
    QVERIFY(w.shop->addToCart(s, w.tent).ok());

    auto data = w.shop->recommendationData(s);
    QVERIFY(data.ok());
    QCOMPARE(data->size(), size_t(2));
    const RecommendationDataRow event = data->at(0); // newest first
    QCOMPARE(event.kind, RecommendationDataRow::Kind::Event);
    QCOMPARE(event.eventType, storage::EventType::AddToCart);
    QCOMPARE(event.productTitle, QStringLiteral("Dome Tent"));
    QCOMPARE(data->at(1).kind, RecommendationDataRow::Kind::Rating);
    QCOMPARE(data->at(1).stars, 5);
    QVERIFY(!data->at(1).excluded);

    QSignalSpy changed(w.shop.get(), &ShopperService::recommendationDataChanged);
    QVERIFY(w.shop->setRatingExcluded(s, w.boots, true).ok());
    QVERIFY(w.shop->setEventExcluded(s, event.eventId, true).ok());
    QCOMPARE(changed.count(), 2);

    // Persisted: a new service (a restart) sees the flags; the recommender's reads skip them,
    // while the store's rating statistics still count the rating.
    ShopperService again(*w.db, *w.auth);
    data = again.recommendationData(s);
    QVERIFY(data->at(0).excluded && data->at(1).excluded);
    QVERIFY(storage::RatingRepository(*w.db).usableByUser(id)->empty());
    QVERIFY(storage::EventRepository(*w.db).usableByUser(id)->empty());
    QCOMPARE(storage::RatingRepository(*w.db).byUser(id)->size(), size_t(1));
    QCOMPARE(w.scalar(QStringLiteral("SELECT rating_count FROM product_stats WHERE product_id = ") +
                      QString::number(w.boots)),
             qint64(1));

    QVERIFY(again.setRatingExcluded(s, w.boots, false).ok());
    QCOMPARE(storage::RatingRepository(*w.db).usableByUser(id)->size(), size_t(1));
    QVERIFY(!again.setRatingExcluded(s, w.tent, true).ok()); // not rated

    // Guests flag their in-memory rows the same way.
    auto g = w.auth->guest();
    QVERIFY(w.shop->rate(g, w.tent, 2).ok());
    QVERIFY(w.shop->setRatingExcluded(g, w.tent, true).ok());
    QVERIFY(w.shop->recommendationData(g)->at(0).excluded);
}

void TestShopperService::cannotFlagSomeoneElsesEvent()
{
    ShopWorld w;
    auto ann = w.signUp(QStringLiteral("ann@example.org"));
    auto bob = w.signUp(QStringLiteral("bob@example.org"));
    QVERIFY(w.shop->addToCart(ann, w.boots).ok());
    const qint64 annsEvent = w.shop->recommendationData(ann)->at(0).eventId;
    const Status st = w.shop->setEventExcluded(bob, annsEvent, true);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().where, QStringLiteral("event"));
    QVERIFY(!w.shop->recommendationData(ann)->at(0).excluded);
}

void TestShopperService::upgradeKeepsEventsAndAcceptsWishlistKind()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        storage::Database::Options options;
        options.migrate = false;
        auto db = storage::Database::open(path, options);
        QVERIFY(db.ok());
        QSqlDatabase c = (*db)->connection();
        // Version 2 is shipped and never changes: the last schema before the shopper's state.
        QVERIFY(storage::Migrations::migrate(c, (*db)->dialect(), 2).ok());
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO users(id, email, display_name, created_at) VALUES (7, 'a@b.c', 'A', 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO events(user_id, type, query, occurred_at) "
                                      "VALUES (7, 'search', 'tent', 5)")));
    }
    auto upgraded = storage::Database::open(path);
    QVERIFY(upgraded.ok());
    QCOMPARE(*(*upgraded)->schemaVersion(), storage::Migrations::latestVersion());
    auto events = storage::EventRepository(**upgraded).byUser(7);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), size_t(1));
    QCOMPARE(events->at(0).query, QStringLiteral("tent"));
    const qint64 p = testing::insert(
        **upgraded, testing::product(QStringLiteral("X"), QStringLiteral("X"), {}, {}, 1));
    auto id =
        storage::EventRepository(**upgraded).record({0, 7, p, storage::EventType::Wishlist, {}, 9});
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().toString()));
    QCOMPARE(storage::EventRepository(**upgraded).byUser(7)->at(0).type,
             storage::EventType::Wishlist);
}

void TestShopperService::productStateAndCartCount()
{
    ShopWorld w;
    for (bool guest : {false, true}) {
        auto s = guest ? w.auth->guest() : w.signUp(QStringLiteral("ann@example.org"));
        QVERIFY(w.shop->addToCart(s, w.boots, 3).ok());
        QVERIFY(w.shop->addToCart(s, w.tent).ok());
        QVERIFY(w.shop->addToWishlist(s, w.tent).ok());
        QVERIFY(w.shop->markNotInterested(s, w.kettle).ok());
        QVERIFY(w.shop->rate(s, w.boots, 4).ok());
        QCOMPARE(*w.shop->cartItemCount(s), 4);
        const auto boots = *w.shop->productState(s, w.boots);
        QCOMPARE(boots.cartQuantity, 3);
        QVERIFY(!boots.onWishlist && !boots.notInterested);
        QCOMPARE(boots.stars, std::optional<int>(4));
        const auto tent = *w.shop->productState(s, w.tent);
        QVERIFY(tent.onWishlist && tent.cartQuantity == 1 && !tent.stars);
        QVERIFY(w.shop->productState(s, w.kettle)->notInterested);
    }
}

void TestShopperService::deletingTheAccountDeletesItsLists()
{
    ShopWorld w;
    auto s = w.signUp(QStringLiteral("ann@example.org"));
    QVERIFY(w.shop->addToCart(s, w.boots).ok());
    QVERIFY(w.shop->addToWishlist(s, w.tent).ok());
    QVERIFY(w.shop->markNotInterested(s, w.kettle).ok());
    QVERIFY(w.shop->rate(s, w.boots, 3).ok());
    QVERIFY(w.auth->deleteAccount(s, testing::kGoodPassword).ok());
    QCOMPARE(w.personalRows(), qint64(0));
}

namespace {

/// A shopper service on the planted world store with a live recommender (started by
/// start(), which waits for its first snapshot).
struct LiveShop
{
    static constexpr int kTimeout = 20000;
    testing::AuthWorld w;
    recsys::RecommendationService service;
    ShopperService shop{*w.db, *w.auth};

    explicit LiveShop(recsys::RecommendationService::Options serviceOptions = options())
        : service(*w.db, std::move(serviceOptions))
    {
        testing::seedWorldStore(*w.db, {});
    }
    static recsys::RecommendationService::Options options()
    {
        recsys::RecommendationService::Options options;
        options.retrainDebounceMs = 600000;
        return options;
    }
    [[nodiscard]] bool start()
    {
        shop.setRecommendationService(&service);
        QSignalSpy replaced(&service, &recsys::RecommendationService::snapshotReplaced);
        service.start();
        return replaced.wait(kTimeout);
    }
};

/// The product ids of each list.
QList<QList<qint64>> ids(const std::vector<recsys::RecommendationList> &lists)
{
    QList<QList<qint64>> out;
    for (const auto &list : lists) {
        QList<qint64> one;
        for (const recsys::Recommendation &r : list)
            one << r.productId;
        out << one;
    }
    return out;
}

} // namespace

void TestShopperService::changesRepublishTheShoppersList()
{
    constexpr int kTimeout = LiveShop::kTimeout;
    LiveShop live;
    auto &[w, service, shop] = live;
    QVERIFY(!shop.requestRecommendations(w.auth->guest()).ok()); // no recommender yet
    QSignalSpy updated(&service, &recsys::RecommendationService::recommendationsUpdated);
    QVERIFY(live.start());

    auto s = w.signUp(QStringLiteral("ann@example.org"));
    auto ticket = shop.requestRecommendations(s);
    QVERIFY(ticket.ok() && !ticket->guest);
    QCOMPARE(ticket->userId, w.idOf(QStringLiteral("ann@example.org")));
    auto latest = [&] {
        for (qsizetype i = updated.size() - 1; i >= 0; --i)
            if (updated.at(i).at(0).toLongLong() == ticket->userId)
                return updated.at(i).at(1).value<recsys::RecommendationList>();
        return recsys::RecommendationList{};
    };
    QTRY_VERIFY_WITH_TIMEOUT(!latest().isEmpty(), kTimeout);
    const qint64 carted = latest().front().productId;
    const qint64 dismissed = latest().at(1).productId;
    updated.clear();
    QVERIFY(shop.addToCart(s, carted).ok()); // republished without being asked
    QTRY_VERIFY_WITH_TIMEOUT(!latest().isEmpty(), kTimeout);
    QVERIFY(!listed(latest(), carted));
    updated.clear();
    QVERIFY(shop.markNotInterested(s, dismissed).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!latest().isEmpty(), kTimeout);
    QVERIFY(!listed(latest(), dismissed) && !listed(latest(), carted));

    // A guest's list comes with the ticket's request id and honours the in-memory cart.
    auto g = w.auth->guest();
    QVERIFY(shop.addToCart(g, carted).ok());
    QVERIFY(shop.rate(g, 11, 5).ok());
    QSignalSpy guest(&service, &recsys::RecommendationService::guestRecommendationsReady);
    auto guestTicket = shop.requestRecommendations(g);
    QVERIFY(guestTicket.ok() && guestTicket->guest);
    QVERIFY(guest.wait(kTimeout));
    QCOMPARE(guest.at(0).at(0).toULongLong(), guestTicket->requestId);
    const auto guestList = guest.at(0).at(1).value<recsys::RecommendationList>();
    QVERIFY(!guestList.isEmpty());
    QVERIFY(!listed(guestList, carted) && !listed(guestList, 11));
}

void TestShopperService::viewsAreEventsStoredForAccountsAndInMemoryForGuests()
{
    ShopWorld w;
    auto s = w.signUp(QStringLiteral("ann@example.org"));
    QVERIFY(w.shop->recordView(s, w.tent).ok());
    QCOMPARE(w.scalar(QStringLiteral("SELECT count(*) FROM events WHERE type = 'view'")),
             qint64(1));
    QVERIFY(!w.shop->recordView(s, 999'999).ok()); // no such product

    auto g = w.auth->guest();
    const QStringList before = testing::dumpContent(*w.db);
    QSignalSpy dataChanged(w.shop.get(), &ShopperService::recommendationDataChanged);
    QVERIFY(w.shop->recordView(g, w.boots).ok());
    QVERIFY(w.shop->recordView(g, w.kettle).ok()); // archived products can still be looked at
    QCOMPARE(dataChanged.count(), 2);
    QCOMPARE(testing::dumpContent(*w.db), before); // nothing personal written
    // "Recently viewed" reads them back, newest first and each once; an account's views are
    // stored, not kept here.
    QVERIFY(w.shop->recordView(g, w.boots).ok());
    QCOMPARE(w.shop->guestRecentlyViewed(g, 10).size(), 2);
    QCOMPARE(w.shop->guestRecentlyViewed(g, 10).front().productId, w.boots);
    QCOMPARE(w.shop->guestRecentlyViewed(g, 1).size(), 1);
    QVERIFY(w.shop->guestRecentlyViewed(s, 10).isEmpty());
    QVERIFY(w.shop->guestRecentlyViewed(w.auth->guest(), 10).isEmpty()); // another guest
    auto data = w.shop->recommendationData(g);
    QVERIFY(data.ok());
    QCOMPARE(data->size(), size_t(3));
    for (const RecommendationDataRow &row : *data) {
        QCOMPARE(row.kind, RecommendationDataRow::Kind::Event);
        QCOMPARE(row.eventType, storage::EventType::View);
    }
    // "Don't use for recommendations" works on a guest's view like on any event.
    QVERIFY(w.shop->setEventExcluded(g, data->front().eventId, true).ok());
    QVERIFY(w.shop->recommendationData(g)->front().excluded);

    w.shop->wipeGuest(g);
    QVERIFY(w.shop->recommendationData(g)->empty());
    QVERIFY(w.shop->guestRecentlyViewed(g, 10).isEmpty());
    QCOMPARE(testing::dumpContent(*w.db), before);
}

void TestShopperService::guestViewsFeedTheGuestsRecommendations()
{
    constexpr int kTimeout = LiveShop::kTimeout;
    LiveShop live;
    auto &[w, service, shop] = live;
    QVERIFY(live.start());

    QSignalSpy ready(&service, &recsys::RecommendationService::guestRecommendationsReady);
    auto listFor = [&](const auth::Session &guest) {
        auto ticket = shop.requestRecommendations(guest);
        if (!ticket)
            return recsys::RecommendationList{};
        for (int waited = 0; waited < kTimeout; waited += 50) {
            for (const auto &signal : std::as_const(ready))
                if (signal.at(0).toULongLong() == ticket->requestId)
                    return signal.at(1).value<recsys::RecommendationList>();
            (void)ready.wait(50);
        }
        return recsys::RecommendationList{};
    };
    auto ids = [](const recsys::RecommendationList &list) {
        QList<qint64> out;
        for (const recsys::Recommendation &r : list)
            out.append(r.productId);
        return out;
    };
    const QList<qint64> fresh = ids(listFor(w.auth->guest()));
    QVERIFY(!fresh.isEmpty());

    // A guest who looked at a few products of one kind gets another list than a newcomer.
    auto g = w.auth->guest();
    for (qint64 product : {qint64(1), qint64(2), qint64(3)})
        QVERIFY(shop.recordView(g, product).ok());
    const QList<qint64> viewed = ids(listFor(g));
    QVERIFY(!viewed.isEmpty());
    QVERIFY(viewed != fresh);

    // Wiped, the same guest session is a newcomer again.
    shop.wipeGuest(g);
    QCOMPARE(ids(listFor(g)), fresh);
}

void TestShopperService::trendingAndRelatedListsHonourTheShoppersState()
{
    using recsys::RecommendationList;
    using recsys::RecommendationService;
    constexpr int kTimeout = LiveShop::kTimeout;
    constexpr int k = 4;
    constexpr qint64 viewed = 1; // the product page of "similar" and "also liked"
    LiveShop live;
    auto &[w, service, shop] = live;
    QVERIFY(live.start());

    QSignalSpy trending(&service, &RecommendationService::trendingReady);
    QSignalSpy similar(&service, &RecommendationService::similarProductsReady);
    QSignalSpy also(&service, &RecommendationService::alsoLikedReady);
    auto answer = [&](QSignalSpy &spy, quint64 id) {
        (void)QTest::qWaitFor(
            [&] {
                return std::any_of(spy.begin(), spy.end(), [&](const auto &args) {
                    return args.at(0).toULongLong() == id;
                });
            },
            kTimeout);
        for (const auto &args : std::as_const(spy))
            if (args.at(0).toULongLong() == id)
                return args.last().value<RecommendationList>();
        return RecommendationList{};
    };
    // Trending, similar and also liked, as the pages ask for them (ShopperService::shopperRef).
    auto listsOf = [&](const auth::Session &session) {
        std::vector<RecommendationList> lists;
        auto shopper = shop.shopperRef(session);
        if (!shopper)
            return lists;
        const quint64 t = service.trending(k, *shopper);
        const quint64 s = service.similarProducts(viewed, k, *shopper);
        const quint64 a = service.alsoLiked(viewed, k, *shopper);
        lists = {answer(trending, t), answer(similar, s), answer(also, a)};
        return lists;
    };
    const auto fresh = listsOf(w.auth->guest());
    QCOMPARE(fresh.size(), size_t(3));
    for (const auto &list : fresh)
        QCOMPARE(list.size(), k);
    // Products the guest would see otherwise: one of each list, two of "similar".
    QList<qint64> chosen;
    for (size_t i : {size_t(0), size_t(1), size_t(2), size_t(1)})
        for (const auto &r : fresh[i])
            if (r.productId != viewed && !chosen.contains(r.productId)) {
                chosen << r.productId;
                break;
            }
    QCOMPARE(chosen.size(), 4);

    auto g = w.auth->guest();
    QVERIFY(shop.rate(g, chosen[0], 4).ok());
    QVERIFY(shop.markNotInterested(g, chosen[1]).ok());
    QVERIFY(shop.addToCart(g, chosen[2]).ok());
    // A rating kept out of the recommender's learning is still never recommended.
    QVERIFY(shop.rate(g, chosen[3], 2).ok());
    QVERIFY(shop.setRatingExcluded(g, chosen[3], true).ok());
    for (const auto &list : listsOf(g)) {
        QCOMPARE(list.size(), k);
        for (qint64 id : chosen)
            QVERIFY2(!listed(list, id), qPrintable(QString::number(id)));
    }
    // Another guest's lists are untouched; an account's state is read from the database.
    QCOMPARE(ids(listsOf(w.auth->guest())), ids(fresh));
    auto ann = w.signUp(QStringLiteral("ann@example.org"));
    QVERIFY(shop.markNotInterested(ann, chosen[1]).ok());
    QCOMPARE(shop.shopperRef(ann)->userId, w.idOf(QStringLiteral("ann@example.org")));
    for (const auto &list : listsOf(ann)) {
        QCOMPARE(list.size(), k);
        QVERIFY(!listed(list, chosen[1]));
    }
}

void TestShopperService::concurrentShoppersAndGuestsLoseNothing()
{
    ShopWorld w;
    constexpr int kThreads = 4;
    constexpr int kRounds = 25;
    std::vector<auth::Session> sessions;
    for (int t = 0; t < kThreads; ++t)
        sessions.push_back(t % 2 ? w.auth->guest()
                                 : w.signUp(QStringLiteral("user%1@example.org").arg(t)));
    std::atomic<int> failures = 0;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            const auth::Session &s = sessions[size_t(t)];
            for (int j = 0; j < kRounds; ++j) {
                const bool ok = w.shop->addToCart(s, j % 2 ? w.boots : w.tent).ok() &&
                                w.shop->rate(s, w.boots, 1 + j % 5).ok() &&
                                w.shop->addToWishlist(s, w.tent).ok() && w.shop->cart(s).ok() &&
                                w.shop->recommendationData(s).ok();
                if (!ok)
                    ++failures;
            }
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        QVERIFY(t->wait(60000));
    QCOMPARE(failures.load(), 0);
    for (int t = 0; t < kThreads; ++t) {
        auto cart = w.shop->cart(sessions[size_t(t)]);
        QVERIFY(cart.ok());
        QCOMPARE(cart->size(), size_t(2));
        QCOMPARE(cart->at(0).quantity + cart->at(1).quantity, kRounds);
        // kRounds add_to_cart events, one wishlist event, one rating.
        QCOMPARE(w.shop->recommendationData(sessions[size_t(t)])->size(), size_t(kRounds + 2));
    }
    // Only the two accounts wrote anything.
    QCOMPARE(w.count(QStringLiteral("cart_items")), qint64(4));
    QCOMPARE(w.count(QStringLiteral("events WHERE type = 'add_to_cart'")), qint64(2 * kRounds));
}

// The app's own path under a storm: four threads, two signed-in sessions of each of two
// accounts, rate through ShopperService (which hands each committed rating to the live
// RecommendationService, as MainWindow wires them) while a full retrain runs. The two
// threads of an account re-rate the same products at the same time; then, after a barrier,
// one owner thread per (account, product) writes its final stars. Nothing may be lost: the
// database holds exactly the final stars, every list published last leaves out every rated
// product, and the final snapshot is the one a service trained from scratch on the final
// database has.
void TestShopperService::ratingStormThroughSessionsDuringARetrainLosesNothing()
{
    using recsys::RecommendationList;
    using recsys::RecommendationService;
    constexpr int kTimeout = LiveShop::kTimeout;
    constexpr int kAccounts = 2;
    constexpr int kThreads = 2 * kAccounts; // thread t signs in as account t / 2
    constexpr int kContendedRounds = 3;
    // Products 5 and 6 are rated by both accounts (different keys, same item column).
    const std::array<QList<qint64>, kAccounts> products{QList<qint64>{1, 2, 3, 4, 5, 6, 11, 12},
                                                        QList<qint64>{5, 6, 7, 8, 9, 10, 13, 14}};
    // The contended rounds write 1..3 stars, the final writes 4 or 5: the database reaches
    // its final state only when every final write is in.
    auto finalStars = [](int account, qint64 product) { return 4 + int((account + product) % 2); };

    // The first training after the storm begins holds at its start until every thread has
    // finished a round, so that it reads the database in the middle of the storm and fits
    // while the rest of it comes in.
    struct Gate
    {
        std::atomic<bool> armed{false};
        std::atomic<bool> entered{false};
        std::latch underway{kThreads};
    };
    auto gate = std::make_shared<Gate>();
    auto options = LiveShop::options();
    options.retrainDebounceMs = 100;
    options.trainingHook = [gate](const recsys::FitContext &context) -> Status {
        if (gate->armed.exchange(false)) {
            gate->entered = true;
            const QDeadlineTimer deadline(LiveShop::kTimeout);
            while (!gate->underway.try_wait() && !context.isCancelled() && !deadline.hasExpired())
                QThread::msleep(1);
        }
        return {};
    };
    LiveShop live(options);
    auto &[w, service, shop] = live;
    QSignalSpy started(&service, &RecommendationService::trainingStarted);
    QSignalSpy replaced(&service, &RecommendationService::snapshotReplaced);
    QSignalSpy cancelled(&service, &RecommendationService::trainingCancelled);
    QSignalSpy failed(&service, &RecommendationService::trainingFailed);
    QSignalSpy updated(&service, &RecommendationService::recommendationsUpdated);
    QVERIFY(live.start());

    std::vector<auth::Session> sessions;
    std::array<qint64, kAccounts> userIds{};
    for (int a = 0; a < kAccounts; ++a) {
        const QString email = QStringLiteral("storm%1@example.org").arg(a);
        sessions.push_back(w.signUp(email));
        auto again = w.auth->logIn(email, testing::kGoodPassword);
        QVERIFY(again.ok());
        sessions.push_back(*again);
        userIds[size_t(a)] = w.idOf(email);
    }
    auto holdsFinalStars = [&] {
        for (int a = 0; a < kAccounts; ++a) {
            auto rows = storage::RatingRepository(*w.db).byUser(userIds[size_t(a)]);
            if (!rows || rows->size() != size_t(products[size_t(a)].size()))
                return false;
            for (const storage::Rating &r : *rows)
                if (!products[size_t(a)].contains(r.productId) ||
                    r.stars != finalStars(a, r.productId))
                    return false;
        }
        return true;
    };
    // Trainings that started once the database was final read the final database.
    QList<quint64> finalReads;
    QObject watcher;
    connect(&service, &RecommendationService::trainingStarted, &watcher, [&](quint64 generation) {
        if (holdsFinalStars())
            finalReads << generation;
    });

    gate->armed = true;
    service.retrainNow();
    QVERIFY(QTest::qWaitFor([&] { return gate->entered.load(); }, kTimeout));
    std::atomic<int> failures{0};
    std::barrier contendedDone(kThreads);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            const auth::Session &session = sessions[size_t(t)];
            const int a = t / 2;
            const QList<qint64> &mine = products[size_t(a)];
            auto rate = [&](qint64 product, int stars) {
                if (!shop.rate(session, product, stars).ok())
                    ++failures;
            };
            for (int round = 0; round < kContendedRounds; ++round) {
                for (qsizetype i = 0; i < mine.size(); ++i) {
                    rate(mine[i], 1 + int((t + round + i) % 3));
                    if (i % 4 == 0 && !shop.requestRecommendations(session).ok())
                        ++failures;
                }
                if (round == 0)
                    gate->underway.count_down();
            }
            contendedDone.arrive_and_wait();
            for (qsizetype i = t % 2; i < mine.size(); i += 2)
                rate(mine[i], finalStars(a, mine[i]));
        }));
        threads.back()->start();
    }
    // This thread is the service's: it keeps delivering while the storm runs.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(threads.begin(), threads.end(),
                               [](const auto &thread) { return thread->isFinished(); });
        },
        3 * kTimeout));
    for (auto &thread : threads)
        QVERIFY(thread->wait(kTimeout));
    QCOMPARE(failures.load(), 0);

    // No lost rating: the last value of every key, and nothing else.
    QVERIFY(holdsFinalStars());
    for (int a = 0; a < kAccounts; ++a)
        for (qint64 product : products[size_t(a)])
            QCOMPARE(*shop.ratingOf(sessions[size_t(2 * a)], product),
                     std::optional<int>(finalStars(a, product)));

    // The debounced retrain after the storm reads the final database; every training that
    // started has ended, one at a time, none failed.
    QTRY_VERIFY_WITH_TIMEOUT(!finalReads.isEmpty() && started.size() == replaced.size() +
                                                                            cancelled.size() +
                                                                            failed.size(),
                             3 * kTimeout);
    QCOMPARE(failed.size(), 0);
    QVERIFY(finalReads.contains(replaced.last().at(0).toULongLong()));
    const auto finalSnapshot = service.snapshot();
    QCOMPARE(finalSnapshot->trainingRatings(),
             qint64(storage::RatingRepository(*w.db).usableAll()->size()));
    for (qint64 userId : userIds)
        QVERIFY(finalSnapshot->users().indexOf(userId) >= 0);

    auto leavesOutRated = [&](const RecommendationList &list, int a) {
        return !list.isEmpty() &&
               std::none_of(products[size_t(a)].begin(), products[size_t(a)].end(),
                            [&](qint64 p) { return listed(list, p); });
    };
    // Every rating was folded in: the last list published for each account during the storm
    // leaves out everything it rated.
    for (int a = 0; a < kAccounts; ++a)
        QVERIFY2(leavesOutRated(lastListOf(updated, userIds[size_t(a)]), a),
                 qPrintable(QString::number(a)));

    // The final snapshot is consistent with the database: the lists it gives are those of a
    // service that starts from scratch on the same database.
    auto listsOf = [&](RecommendationService &from) {
        QSignalSpy spy(&from, &RecommendationService::recommendationsUpdated);
        for (qint64 userId : userIds)
            from.requestRecommendations(userId);
        std::vector<RecommendationList> lists;
        if (!QTest::qWaitFor(
                [&] {
                    return std::all_of(userIds.begin(), userIds.end(), [&](qint64 userId) {
                        return !lastListOf(spy, userId).isEmpty();
                    });
                },
                kTimeout))
            return lists;
        for (qint64 userId : userIds)
            lists.push_back(lastListOf(spy, userId));
        return lists;
    };
    const auto stormed = listsOf(service);
    RecommendationService fresh(*w.db, LiveShop::options());
    QSignalSpy freshReplaced(&fresh, &RecommendationService::snapshotReplaced);
    fresh.start();
    QVERIFY(freshReplaced.wait(kTimeout));
    const auto scratch = listsOf(fresh);
    QCOMPARE(stormed.size(), size_t(kAccounts));
    QCOMPARE(scratch.size(), size_t(kAccounts));
    for (int a = 0; a < kAccounts; ++a) {
        const RecommendationList &got = stormed[size_t(a)];
        const RecommendationList &want = scratch[size_t(a)];
        QVERIFY(leavesOutRated(got, a));
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].productId, want[i].productId);
            QCOMPARE(got[i].score, want[i].score);
            QCOMPARE(got[i].reason, want[i].reason);
        }
    }
}

QTEST_GUILESS_MAIN(TestShopperService)
#include "tst_shopperservice.moc"
