#include "recsys/carouselmodel.h"
#include "recsys/pagelists.h"
#include "storage/productrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace storefront;
using recsys::CarouselItem;
using recsys::CarouselModel;
using recsys::Recommendation;
using recsys::RecommendationList;

namespace {

/// Without a kind: no reason (a history tile).
Recommendation rec(qint64 id, std::optional<recsys::ReasonKind> kind = {},
                   const QStringList &reasonArgs = {})
{
    Recommendation r;
    r.productId = id;
    if (kind)
        r.setReason(*kind, reasonArgs);
    return r;
}

RecommendationList listOf(const QList<qint64> &ids)
{
    RecommendationList list;
    for (qint64 id : ids)
        list << rec(id);
    return list;
}

QList<qint64> idsOf(const RecommendationList &list)
{
    QList<qint64> ids;
    for (const Recommendation &r : list)
        ids << r.productId;
    return ids;
}

std::vector<CarouselItem> itemsOf(const QList<qint64> &ids,
                                  std::optional<recsys::ReasonKind> kind = {},
                                  const QStringList &reasonArgs = {})
{
    std::vector<CarouselItem> items;
    for (qint64 id : ids) {
        CarouselItem item;
        item.recommendation = rec(id, kind, reasonArgs);
        item.product.id = id;
        item.product.title = QStringLiteral("Product %1").arg(id);
        item.product.priceCents = 100 * id;
        item.product.currency = QStringLiteral("EUR");
        items.push_back(item);
    }
    return items;
}

storage::Event view(qint64 id, qint64 product, qint64 at)
{
    storage::Event e;
    e.id = id;
    e.productId = product;
    e.type = storage::EventType::View;
    e.occurredAt = at;
    return e;
}

} // namespace

/// The carousels' model (diff updates, product lookup) and the page-level list helpers.
class TestCarouselModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removesProductsShownByEarlierCarousels_data();
    void removesProductsShownByEarlierCarousels();
    void cutsEachListToItsSizeAfterRemovingWhatEarlierOnesShow();
    void recentlyViewedIsNewestFirstAndDistinct();
    void updatesByDifferenceWithoutReset_data();
    void updatesByDifferenceWithoutReset();
    void keepsPersistentIndexOfAProductThatStays();
    void changedReasonIsADataChange();
    void retranslateWordsReasonsAgain();
    void looksUpProductsAndLeavesOutInactiveOnes();
    void newerListWinsOverAnUnfinishedLookup();
    void forgetProductsReadsTheCatalogAgain();
};

void TestCarouselModel::removesProductsShownByEarlierCarousels_data()
{
    QTest::addColumn<QList<qint64>>("first");
    QTest::addColumn<QList<qint64>>("second");
    QTest::addColumn<QList<qint64>>("third");
    QTest::addColumn<QList<qint64>>("second_after");
    QTest::addColumn<QList<qint64>>("third_after");
    QTest::newRow("disjoint") << QList<qint64>{1, 2} << QList<qint64>{3, 4} << QList<qint64>{5}
                              << QList<qint64>{3, 4} << QList<qint64>{5};
    QTest::newRow("overlap with first")
        << QList<qint64>{1, 2, 3} << QList<qint64>{3, 4, 1} << QList<qint64>{2, 5}
        << QList<qint64>{4} << QList<qint64>{5};
    QTest::newRow("overlap second and third")
        << QList<qint64>{1} << QList<qint64>{7, 8} << QList<qint64>{8, 9, 7} << QList<qint64>{7, 8}
        << QList<qint64>{9};
    QTest::newRow("repeat inside a list")
        << QList<qint64>{1, 1} << QList<qint64>{2, 2, 3} << QList<qint64>{} << QList<qint64>{2, 3}
        << QList<qint64>{};
    QTest::newRow("everything already shown")
        << QList<qint64>{1, 2} << QList<qint64>{2, 1} << QList<qint64>{1} << QList<qint64>{}
        << QList<qint64>{};
}

void TestCarouselModel::removesProductsShownByEarlierCarousels()
{
    QFETCH(QList<qint64>, first);
    QFETCH(QList<qint64>, second);
    QFETCH(QList<qint64>, third);
    QFETCH(QList<qint64>, second_after);
    QFETCH(QList<qint64>, third_after);
    RecommendationList a = listOf(first), b = listOf(second), c = listOf(third);
    const RecommendationList firstBefore = a;
    recsys::removeCrossDuplicates({&a, nullptr, &b, &c});
    QSet<qint64> uniqueFirst(first.begin(), first.end());
    QCOMPARE(qsizetype(uniqueFirst.size()), a.size()); // the first list only loses repeats
    QCOMPARE(idsOf(b), second_after);
    QCOMPARE(idsOf(c), third_after);
    // No product on two carousels.
    QSet<qint64> all;
    for (const RecommendationList *l : {&a, &b, &c})
        for (const Recommendation &r : *l) {
            QVERIFY2(!all.contains(r.productId), qPrintable(QString::number(r.productId)));
            all.insert(r.productId);
        }
}

void TestCarouselModel::cutsEachListToItsSizeAfterRemovingWhatEarlierOnesShow()
{
    RecommendationList a = listOf({1, 2}), b = listOf({2, 3, 4, 5, 6}), c = listOf({5, 7});
    recsys::removeCrossDuplicates({&a, {&b, 2}, &c});
    QCOMPARE(idsOf(a), (QList<qint64>{1, 2}));
    // 2 went to the first list, then two were kept: 3 and 4.
    QCOMPARE(idsOf(b), (QList<qint64>{3, 4}));
    // 5 was cut from the second list, so it is not shown there and the third keeps it.
    QCOMPARE(idsOf(c), (QList<qint64>{5, 7}));
}

void TestCarouselModel::recentlyViewedIsNewestFirstAndDistinct()
{
    std::vector<storage::Event> events = {view(1, 10, 100), view(2, 11, 300), view(3, 10, 400),
                                          view(4, 12, 200), view(5, 13, 400)};
    storage::Event cart = view(6, 14, 999);
    cart.type = storage::EventType::AddToCart;
    events.push_back(cart);
    storage::Event search = view(7, 0, 999);
    search.type = storage::EventType::Search;
    events.push_back(search);
    // 10 and 13 were both viewed at 400: the later event (13, id 5) first.
    QCOMPARE(idsOf(recsys::recentlyViewed(events, 10)), (QList<qint64>{13, 10, 11, 12}));
    QCOMPARE(idsOf(recsys::recentlyViewed(events, 2)), (QList<qint64>{13, 10}));
    QVERIFY(recsys::recentlyViewed({}, 5).isEmpty());
}

void TestCarouselModel::updatesByDifferenceWithoutReset_data()
{
    QTest::addColumn<QList<qint64>>("before");
    QTest::addColumn<QList<qint64>>("after");
    QTest::newRow("same") << QList<qint64>{1, 2, 3} << QList<qint64>{1, 2, 3};
    QTest::newRow("one removed") << QList<qint64>{1, 2, 3} << QList<qint64>{1, 3};
    QTest::newRow("one inserted") << QList<qint64>{1, 3} << QList<qint64>{1, 2, 3};
    QTest::newRow("reversed") << QList<qint64>{1, 2, 3, 4} << QList<qint64>{4, 3, 2, 1};
    QTest::newRow("mixed") << QList<qint64>{1, 2, 3, 4, 5} << QList<qint64>{6, 4, 1, 7, 5};
    QTest::newRow("from empty") << QList<qint64>{} << QList<qint64>{5, 6};
    QTest::newRow("to empty") << QList<qint64>{5, 6} << QList<qint64>{};
    QTest::newRow("all new") << QList<qint64>{1, 2} << QList<qint64>{3, 4, 5};
    QTest::newRow("repeat in new list") << QList<qint64>{1, 2} << QList<qint64>{2, 2, 1};
}

void TestCarouselModel::updatesByDifferenceWithoutReset()
{
    QFETCH(QList<qint64>, before);
    QFETCH(QList<qint64>, after);
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    CarouselModel model(*db, catalog::MediaLocator{});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyItems(itemsOf(before));
    QCOMPARE(model.productIds(), before);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.applyItems(itemsOf(after));
    QList<qint64> expected;
    for (qint64 id : after)
        if (!expected.contains(id))
            expected << id;
    QCOMPARE(model.productIds(), expected);
    QCOMPARE(resets.count(), 0);
    // Only the products that came or went are inserted or removed.
    int came = 0;
    for (qint64 id : expected)
        came += before.contains(id) ? 0 : 1;
    int went = 0;
    for (qint64 id : before)
        went += expected.contains(id) ? 0 : 1;
    int insertedRows = 0;
    for (const auto &args : inserted)
        insertedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    int removedRows = 0;
    for (const auto &args : removed)
        removedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    QCOMPARE(insertedRows, came);
    QCOMPARE(removedRows, went);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row).data(CarouselModel::TitleRole).toString(),
                 QStringLiteral("Product %1").arg(expected[row]));
}

void TestCarouselModel::keepsPersistentIndexOfAProductThatStays()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    CarouselModel model(*db, catalog::MediaLocator{});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyItems(itemsOf({1, 2, 3, 4}));
    const QPersistentModelIndex three(model.index(2));
    model.applyItems(itemsOf({9, 3, 1}));
    QVERIFY(three.isValid());
    QCOMPARE(three.row(), 1);
    QCOMPARE(three.data(CarouselModel::ProductIdRole).toLongLong(), 3);
}

void TestCarouselModel::changedReasonIsADataChange()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    CarouselModel model(*db, catalog::MediaLocator{});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyItems(
        itemsOf({1, 2}, recsys::ReasonKind::PopularInCategory, {QStringLiteral("Outdoors")}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyItems(
        itemsOf({1, 2}, recsys::ReasonKind::PopularInCategory, {QStringLiteral("Outdoors")}));
    QCOMPARE(changed.count(), 0); // nothing to repaint
    model.applyItems(itemsOf({1, 2}, recsys::ReasonKind::RatedSimilar,
                             {QStringLiteral("Trail Runner"), QStringLiteral("5")}));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(0).data(CarouselModel::ReasonRole).toString(),
             QStringLiteral("Because you rated Trail Runner 5\u2605"));
    QCOMPARE(model.index(0).data(Qt::AccessibleDescriptionRole).toString(),
             QStringLiteral("Because you rated Trail Runner 5\u2605"));
    // Every recommended item can say why, if only its reason; history tiles have none.
    QCOMPARE(model.index(0).data(CarouselModel::ExplainableRole).toBool(), true);
    model.applyItems(itemsOf({1, 2}));
    QCOMPARE(model.index(0).data(CarouselModel::ExplainableRole).toBool(), false);
}

void TestCarouselModel::retranslateWordsReasonsAgain()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    CarouselModel model(*db, catalog::MediaLocator{});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto items = itemsOf({1, 2, 3});
    items[0].recommendation.setReason(recsys::ReasonKind::Trending, {QStringLiteral("Hiking")});
    items[1].recommendation.setReason(recsys::ReasonKind::RatedSimilar,
                                      {QStringLiteral("Trail Runner"), QStringLiteral("5")});
    model.applyItems(items);
    QCOMPARE(model.index(0).data(CarouselModel::ReasonRole).toString(),
             QStringLiteral("Trending in Hiking"));
    QCOMPARE(model.index(1).data(CarouselModel::ReasonRole).toString(),
             QStringLiteral("Because you rated Trail Runner 5\u2605"));
    QVERIFY(model.index(2).data(CarouselModel::ReasonRole).toString().isEmpty());
    // A language switch: every row's reason is asked for again.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(CarouselModel::ReasonRole));
}

void TestCarouselModel::looksUpProductsAndLeavesOutInactiveOnes()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    const qint64 tent = testing::insert(
        *db, testing::product(QStringLiteral("T-1"), QStringLiteral("Canyon Tent"),
                              QStringLiteral("Outdoors > Camping"), QStringLiteral("Acme"), 12900));
    auto retired =
        testing::product(QStringLiteral("T-2"), QStringLiteral("Retired Tent"),
                         QStringLiteral("Outdoors > Camping"), QStringLiteral("Acme"), 9900);
    retired.active = false;
    const qint64 old = testing::insert(*db, retired);
    const qint64 kettle = testing::insert(
        *db, testing::product(QStringLiteral("K-1"), QStringLiteral("Kettle"),
                              QStringLiteral("Kitchen"), QStringLiteral("Brew"), 4500));
    CarouselModel model(*db, catalog::MediaLocator{});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy updated(&model, &CarouselModel::updated);

    RecommendationList list = {
        rec(kettle, recsys::ReasonKind::PopularInCategory, {QStringLiteral("Kitchen")}), rec(old),
        rec(tent), rec(987654)};
    list[0].evidence << recsys::Evidence{tent, QStringLiteral("Canyon Tent"), 0.5f, 5};
    model.setList(list);
    QVERIFY(model.isLoading());
    QVERIFY(updated.wait());
    QVERIFY(!model.isLoading());
    QCOMPARE(model.productIds(), (QList<qint64>{kettle, tent}));
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(CarouselModel::TitleRole).toString(), QStringLiteral("Kettle"));
    QCOMPARE(first.data(CarouselModel::PriceCentsRole).toLongLong(), 4500);
    QCOMPARE(first.data(CarouselModel::CurrencyRole).toString(), QStringLiteral("EUR"));
    QCOMPARE(first.data(CarouselModel::ReasonRole).toString(),
             QStringLiteral("Popular in Kitchen"));
    QVERIFY(first.data(CarouselModel::ExplainableRole).toBool());
    const auto r = first.data(CarouselModel::RecommendationRole).value<Recommendation>();
    QCOMPARE(r.evidence.size(), 1);
    QCOMPARE(r.title, QStringLiteral("Kettle")); // filled from the product

    // Every product known now: applied at once, no lookup.
    updated.clear();
    model.setList({rec(tent), rec(kettle)});
    QCOMPARE(updated.count(), 1);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.productIds(), (QList<qint64>{tent, kettle}));
}

void TestCarouselModel::newerListWinsOverAnUnfinishedLookup()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids << testing::insert(*db, testing::product(QStringLiteral("P-%1").arg(i),
                                                     QStringLiteral("Product %1").arg(i),
                                                     QStringLiteral("Misc"), QStringLiteral("Acme"),
                                                     100 + i));
    CarouselModel model(*db, catalog::MediaLocator{});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy updated(&model, &CarouselModel::updated);
    model.setList(listOf({ids[0], ids[1], ids[2]}));
    model.setList(listOf({ids[3], ids[4]}));
    QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }));
    QCOMPARE(updated.count(), 1); // the older lookup was stale
    QCOMPARE(model.productIds(), (QList<qint64>{ids[3], ids[4]}));
}

void TestCarouselModel::forgetProductsReadsTheCatalogAgain()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    const qint64 tent = testing::insert(
        *db, testing::product(QStringLiteral("T-1"), QStringLiteral("Canyon Tent"),
                              QStringLiteral("Outdoors > Camping"), QStringLiteral("Acme"), 12900));
    const qint64 kettle = testing::insert(
        *db, testing::product(QStringLiteral("K-1"), QStringLiteral("Kettle"),
                              QStringLiteral("Kitchen"), QStringLiteral("Brew"), 4500));
    CarouselModel model(*db, catalog::MediaLocator{});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy updated(&model, &CarouselModel::updated);
    model.setList(listOf({tent, kettle}));
    QVERIFY(updated.wait());
    QCOMPARE(model.productIds(), (QList<qint64>{tent, kettle}));

    // Staff archive the tent and rename the kettle.
    QSqlDatabase c = db->connection();
    QVERIFY(storage::ProductRepository::setActive(c, tent, false).ok());
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("UPDATE products SET title = 'Glass Kettle' WHERE sku = 'K-1'")));

    // Remembered details are used until the model is told the catalog changed...
    model.setList(listOf({tent, kettle}));
    QCOMPARE(model.productIds(), (QList<qint64>{tent, kettle}));
    QCOMPARE(model.index(1).data(CarouselModel::TitleRole).toString(), QStringLiteral("Kettle"));
    // ...and read again after it.
    model.forgetProducts();
    updated.clear();
    model.setList(listOf({tent, kettle}));
    QVERIFY(model.isLoading());
    QVERIFY(updated.wait());
    QCOMPARE(model.productIds(), (QList<qint64>{kettle}));
    QCOMPARE(model.index(0).data(CarouselModel::TitleRole).toString(),
             QStringLiteral("Glass Kettle"));

    // A lookup started before forgetProducts() does not refill the cache with its old details.
    QVERIFY(q.exec(QStringLiteral("UPDATE products SET title = 'Steel Kettle' WHERE sku = 'K-1'")));
    model.forgetProducts();
    model.setList(listOf({kettle}));
    QVERIFY(
        q.exec(QStringLiteral("UPDATE products SET title = 'Copper Kettle' WHERE sku = 'K-1'")));
    model.forgetProducts();
    QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }));
    QCOMPARE(model.index(0).data(CarouselModel::TitleRole).toString(),
             QStringLiteral("Copper Kettle"));
}

QTEST_GUILESS_MAIN(TestCarouselModel)
#include "tst_carouselmodel.moc"
