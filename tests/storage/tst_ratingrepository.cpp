#include "storage/eventrepository.h"
#include "storage/ratingrepository.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storefront;

class TestRatingRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upsertsOneRatingPerPair();
    void cascadesWhenProductIsDeleted();
    void recordsEventsAndRefusesInconsistentOnes();
};

void TestRatingRepository::upsertsOneRatingPerPair()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    const qint64 p = testing::insert(
        *db, testing::product(QStringLiteral("A"), QStringLiteral("A"), {}, {}, 100));
    QSqlDatabase c = db->connection();
    const qint64 u = *storage::UserRepository::insert(
        c, {0, QStringLiteral("u@x"), QStringLiteral("U"), storage::Role::Shopper, 0}, {});
    const storage::RatingRepository ratings(*db);
    QVERIFY(ratings.rate(u, p, 4).ok());
    QVERIFY(ratings.rate(u, p, 2).ok());
    auto all = ratings.all();
    QCOMPARE(int(all->size()), 1);
    QCOMPARE(all->front().stars, 2);
    QCOMPARE(**ratings.starsOf(u, p), 2);
    QVERIFY(!ratings.rate(u, 987654, 3).ok()); // foreign key: no such product
}

void TestRatingRepository::cascadesWhenProductIsDeleted()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    const qint64 p = testing::insert(
        *db, testing::product(QStringLiteral("A"), QStringLiteral("A"), {}, {}, 100));
    QSqlDatabase c = db->connection();
    const qint64 u = *storage::UserRepository::insert(
        c, {0, QStringLiteral("u@x"), QStringLiteral("U"), storage::Role::Shopper, 0}, {});
    QVERIFY(storage::RatingRepository(*db).rate(u, p, 5).ok());
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM products WHERE id = %1").arg(p)));
    QVERIFY(storage::RatingRepository(*db).all()->empty());
}

void TestRatingRepository::recordsEventsAndRefusesInconsistentOnes()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    const qint64 p = testing::insert(
        *db, testing::product(QStringLiteral("A"), QStringLiteral("A"), {}, {}, 100));
    QSqlDatabase c = db->connection();
    const qint64 u = *storage::UserRepository::insert(
        c, {0, QStringLiteral("u@x"), QStringLiteral("U"), storage::Role::Shopper, 0}, {});
    const storage::EventRepository events(*db);
    QVERIFY(events.record({0, u, p, storage::EventType::View, {}, 100}).ok());
    QVERIFY(events.record({0, u, p, storage::EventType::Purchase, {}, 200}).ok());
    QVERIFY(events.record({0, u, 0, storage::EventType::Search, QStringLiteral("tent"), 300}).ok());
    QVERIFY(!events.record({0, u, 0, storage::EventType::View, {}, 400}).ok());
    QVERIFY(!events.record({0, u, p, storage::EventType::Search, QStringLiteral("x"), 400}).ok());
    auto mine = events.byUser(u);
    QCOMPARE(int(mine->size()), 3);
    QCOMPARE(mine->front().type, storage::EventType::Search);
    QCOMPARE(mine->front().query, QStringLiteral("tent"));
    QCOMPARE(int(events.allProductEvents()->size()), 2);
    QCOMPARE(storage::eventTypeFromName(QStringLiteral("add_to_cart")),
             storage::EventType::AddToCart);
    QVERIFY(!storage::eventTypeFromName(QStringLiteral("teleport")).has_value());
}

QTEST_GUILESS_MAIN(TestRatingRepository)
#include "tst_ratingrepository.moc"
