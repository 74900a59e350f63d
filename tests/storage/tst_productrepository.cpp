#include "storage/categoryrepository.h"
#include "storage/productrepository.h"
#include "storage/ratingrepository.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace storefront;
using catalog::ProductQuery;
using catalog::ProductSort;
using storage::ProductRepository;

class TestProductRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void findsBySkuAndId();
    void filtersByCategoryIncludingChildren();
    void filtersByBrandPriceAndRating();
    void sortsEachWay_data();
    void sortsEachWay();
    void pagesNeverOverlap();
    void searchRanksTitleMatchesFirst();
    void searchMatchesPrefixes();
    void searchFollowsUpdatesAndDeletes();
    void searchTreatsOperatorsAsText();
    void brandFacetsIgnoreTheBrandFilter();
    void keepsRatingAggregates();
    void listsCategoriesWithCounts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
    qint64 m_tent = 0, m_stove = 0, m_shoe = 0, m_lamp = 0;
};

void TestProductRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = testing::openDatabase(*m_dir);
    using testing::product;
    m_tent = testing::insert(
        *m_db, product(QStringLiteral("T-1"), QStringLiteral("Alpine Trek Tent"),
                       QStringLiteral("Outdoors > Camping"), QStringLiteral("Peakline"), 24900,
                       QStringLiteral("A two-person tent for trekking.")));
    m_stove = testing::insert(
        *m_db, product(QStringLiteral("S-1"), QStringLiteral("Compact Camp Stove"),
                       QStringLiteral("Outdoors > Camping"), QStringLiteral("Emberly"), 4900,
                       QStringLiteral("Boils water fast; fits in a tent pocket.")));
    m_shoe = testing::insert(*m_db,
                             product(QStringLiteral("R-1"), QStringLiteral("Trail Runner Shoe"),
                                     QStringLiteral("Sports > Running"), QStringLiteral("Peakline"),
                                     12900, QStringLiteral("Grippy sole for muddy trails.")));
    m_lamp =
        testing::insert(*m_db, product(QStringLiteral("L-1"), QStringLiteral("Desk Lamp"),
                                       QStringLiteral("Home > Lighting"), QStringLiteral("Lumo"),
                                       3900, QStringLiteral("Warm light for reading.")));
}

void TestProductRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

static QList<qint64> ids(const std::vector<catalog::ProductSummary> &rows)
{
    QList<qint64> out;
    for (const auto &r : rows)
        out << r.id;
    return out;
}

void TestProductRepository::findsBySkuAndId()
{
    const ProductRepository repo(*m_db);
    auto bySku = repo.bySku(QStringLiteral("T-1"));
    QVERIFY(bySku.ok() && bySku->has_value());
    QCOMPARE((*bySku)->id, m_tent);
    QCOMPARE((*bySku)->categoryPath, QStringLiteral("Outdoors > Camping"));
    QCOMPARE((*bySku)->priceCents, 24900);
    auto missing = repo.byId(999999);
    QVERIFY(missing.ok() && !missing->has_value());
}

void TestProductRepository::filtersByCategoryIncludingChildren()
{
    const ProductRepository repo(*m_db);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM categories WHERE path = 'Outdoors'")) &&
            q.next());
    ProductQuery query;
    query.categoryId = q.value(0).toLongLong();
    query.sort = ProductSort::PriceAscending;
    QCOMPARE(ids(*repo.page(query, 0, 10)), (QList<qint64>{m_stove, m_tent}));
    QCOMPARE(*repo.count(query), 2);
}

void TestProductRepository::filtersByBrandPriceAndRating()
{
    const ProductRepository repo(*m_db);
    ProductQuery query;
    query.brands = {QStringLiteral("Peakline")};
    query.sort = ProductSort::PriceAscending;
    QCOMPARE(ids(*repo.page(query, 0, 10)), (QList<qint64>{m_shoe, m_tent}));
    query.maxPriceCents = 20000;
    QCOMPARE(ids(*repo.page(query, 0, 10)), (QList<qint64>{m_shoe}));
    query = ProductQuery{};
    query.minPriceCents = 4000;
    query.maxPriceCents = 13000;
    query.sort = ProductSort::PriceAscending;
    QCOMPARE(ids(*repo.page(query, 0, 10)), (QList<qint64>{m_stove, m_shoe}));

    QSqlDatabase c = m_db->connection();
    auto user = storage::UserRepository::insert(
        c, {0, QStringLiteral("a@x"), QStringLiteral("A"), storage::Role::Shopper, 0}, {});
    QVERIFY(user.ok());
    QVERIFY(storage::RatingRepository(*m_db).rate(*user, m_lamp, 5).ok());
    QVERIFY(storage::RatingRepository(*m_db).rate(*user, m_tent, 2).ok());
    query = ProductQuery{};
    query.minAverageStars = 4;
    QCOMPARE(ids(*repo.page(query, 0, 10)), (QList<qint64>{m_lamp}));
}

void TestProductRepository::sortsEachWay_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<QStringList>("skus");
    QTest::addRow("price up") << int(ProductSort::PriceAscending)
                              << QStringList{QStringLiteral("L-1"), QStringLiteral("S-1"),
                                             QStringLiteral("R-1"), QStringLiteral("T-1")};
    QTest::addRow("price down") << int(ProductSort::PriceDescending)
                                << QStringList{QStringLiteral("T-1"), QStringLiteral("R-1"),
                                               QStringLiteral("S-1"), QStringLiteral("L-1")};
    QTest::addRow("newest") << int(ProductSort::Newest)
                            << QStringList{QStringLiteral("L-1"), QStringLiteral("R-1"),
                                           QStringLiteral("S-1"), QStringLiteral("T-1")};
}

void TestProductRepository::sortsEachWay()
{
    QFETCH(int, sort);
    QFETCH(QStringList, skus);
    ProductQuery query;
    query.sort = ProductSort(sort);
    QStringList got;
    for (const auto &row : *ProductRepository(*m_db).page(query, 0, 10))
        got << row.sku;
    QCOMPARE(got, skus);
}

void TestProductRepository::pagesNeverOverlap()
{
    for (int i = 0; i < 50; ++i)
        testing::insert(*m_db, testing::product(
                                   QStringLiteral("P-%1").arg(i), QStringLiteral("Same Price Item"),
                                   QStringLiteral("Home > Misc"), QStringLiteral("Same"), 1000));
    ProductQuery query;
    query.sort = ProductSort::PriceAscending;
    const ProductRepository repo(*m_db);
    QSet<qint64> seen;
    for (int offset = 0; offset < 60; offset += 7) {
        for (qint64 id : ids(*repo.page(query, offset, 7))) {
            QVERIFY2(!seen.contains(id), "a product appeared on two pages");
            seen.insert(id);
        }
    }
    QCOMPARE(seen.size(), 54);
}

void TestProductRepository::searchRanksTitleMatchesFirst()
{
    ProductQuery query;
    query.text = QStringLiteral("tent");
    // "tent" is in the tent's title and only in the stove's description.
    QCOMPARE(ids(*ProductRepository(*m_db).page(query, 0, 10)), (QList<qint64>{m_tent, m_stove}));
}

void TestProductRepository::searchMatchesPrefixes()
{
    const ProductRepository repo(*m_db);
    ProductQuery query;
    query.text = QStringLiteral("tra");
    QCOMPARE(ids(*repo.page(query, 0, 10)), (QList<qint64>{m_shoe}));
    query.text = QStringLiteral("peak tre");
    QCOMPARE(ids(*repo.page(query, 0, 10)), (QList<qint64>{m_tent}));
    query.text = QStringLiteral("camping");
    QCOMPARE(*repo.count(query), 2); // the category path is indexed too
    query.text = QStringLiteral("xylophone");
    QCOMPARE(*repo.count(query), 0);
}

void TestProductRepository::searchFollowsUpdatesAndDeletes()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE products SET title = 'Reading Light' WHERE sku = 'L-1'")));
    const ProductRepository repo(*m_db);
    ProductQuery query;
    query.text = QStringLiteral("reading light");
    QCOMPARE(ids(*repo.page(query, 0, 10)), (QList<qint64>{m_lamp}));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM products WHERE sku = 'L-1'")));
    QCOMPARE(*repo.count(query), 0);
}

void TestProductRepository::searchTreatsOperatorsAsText()
{
    const ProductRepository repo(*m_db);
    ProductQuery query;
    for (const char *text :
         {"\"", "tent OR", "NEAR(", "'; DROP TABLE products; --", "*", "title:x"}) {
        query.text = QString::fromUtf8(text);
        QVERIFY2(repo.count(query).ok(), text);
        QVERIFY2(repo.page(query, 0, 10).ok(), text);
    }
    QCOMPARE(*repo.count(ProductQuery{}), 4);
}

void TestProductRepository::brandFacetsIgnoreTheBrandFilter()
{
    ProductQuery query;
    query.brands = {QStringLiteral("Lumo")};
    auto facets = ProductRepository(*m_db).brandFacets(query);
    QVERIFY(facets.ok());
    QCOMPARE(int(facets->size()), 3);
    QCOMPARE(facets->front().brand, QStringLiteral("Peakline"));
    QCOMPARE(facets->front().count, 2);
}

void TestProductRepository::keepsRatingAggregates()
{
    QSqlDatabase c = m_db->connection();
    const storage::RatingRepository ratings(*m_db);
    QList<qint64> users;
    for (int i = 0; i < 3; ++i)
        users << *storage::UserRepository::insert(
            c, {0, QStringLiteral("u%1@x").arg(i), QStringLiteral("U"), storage::Role::Shopper, 0},
            {});
    QVERIFY(ratings.rate(users[0], m_tent, 5).ok());
    QVERIFY(ratings.rate(users[1], m_tent, 3).ok());
    QVERIFY(ratings.rate(users[2], m_tent, 4).ok());
    QVERIFY(ratings.rate(users[2], m_tent, 1).ok()); // replaces the 4
    QVERIFY(!ratings.rate(users[0], m_tent, 6).ok());
    QVERIFY(!ratings.rate(users[0], m_tent, 0).ok());
    auto d = ProductRepository(*m_db).ratingDistribution(m_tent);
    QVERIFY(d.ok());
    QCOMPARE(d->counts, (std::array<int, 5>{1, 0, 1, 0, 1}));
    QCOMPARE(d->average(), 3.0);
    QVERIFY(ratings.remove(users[1], m_tent).ok());
    QCOMPARE(ProductRepository(*m_db).ratingDistribution(m_tent)->total(), 2);
    auto page = ProductRepository(*m_db).page(ProductQuery{}, 0, 10);
    for (const auto &row : *page) {
        if (row.id == m_tent) {
            QCOMPARE(row.ratingCount, 2);
            QCOMPARE(row.averageStars, 3.0);
        }
    }
}

void TestProductRepository::listsCategoriesWithCounts()
{
    auto list = storage::CategoryRepository(*m_db).list();
    QVERIFY(list.ok());
    QHash<QString, int> counts;
    for (const auto &c : *list)
        counts.insert(c.path, c.productCount);
    QCOMPARE(counts.value(QStringLiteral("Outdoors")), 2);
    QCOMPARE(counts.value(QStringLiteral("Outdoors > Camping")), 2);
    QCOMPARE(counts.value(QStringLiteral("Home")), 1);
    QCOMPARE(storage::CategoryRepository::splitPath(QStringLiteral(" A >  B ")),
             (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QVERIFY(storage::CategoryRepository::splitPath(QStringLiteral("A > > B")).isEmpty());
}

QTEST_GUILESS_MAIN(TestProductRepository)
#include "tst_productrepository.moc"
