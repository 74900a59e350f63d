#include "catalog/categorytreemodel.h"
#include "catalog/productlistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace storefront;
using catalog::ProductListModel;

class TestProductListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadsFirstPageAsynchronously();
    void fetchesMorePagesLazily();
    void newerQueryWinsOverOlder();
    void exposesRoles();
    void categoryTreeNestsChildren();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
};

void TestProductListModel::initTestCase()
{
    m_db = testing::openDatabase(m_dir);
    const Status s = m_db->transaction([](QSqlDatabase &c) -> Status {
        for (int i = 0; i < 300; ++i) {
            auto p = testing::product(
                QStringLiteral("SKU-%1").arg(i, 3, 10, QLatin1Char('0')),
                (i % 3 == 0 ? QStringLiteral("Blue Kettle %1") : QStringLiteral("Red Mug %1"))
                    .arg(i),
                i % 2 ? QStringLiteral("Kitchen > Mugs") : QStringLiteral("Kitchen > Kettles"),
                QStringLiteral("Brand%1").arg(i % 5), 100 + i);
            p.imagePath = QStringLiteral("images/none.png");
            if (auto r = storage::ProductRepository::insert(c, p); !r)
                return r.error();
        }
        return {};
    });
    QVERIFY(s.ok());
}

void TestProductListModel::loadsFirstPageAsynchronously()
{
    ProductListModel model(*m_db, catalog::MediaLocator({m_dir.path()}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ProductListModel::loaded);
    model.setQuery({});
    QCOMPARE(model.rowCount(), 0); // nothing arrives synchronously
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.totalCount(), 300);
    QCOMPARE(model.rowCount(), ProductListModel::kPageSize);
}

void TestProductListModel::fetchesMorePagesLazily()
{
    ProductListModel model(*m_db, catalog::MediaLocator({m_dir.path()}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ProductListModel::loaded);
    catalog::ProductQuery query;
    query.sort = catalog::ProductSort::PriceAscending;
    model.setQuery(query);
    QVERIFY(loaded.wait(5000));
    while (model.rowCount() < model.totalCount()) {
        if (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(!model.canFetchMore({})); // one fetch at a time
        }
        QVERIFY(loaded.wait(5000));
    }
    QCOMPARE(model.rowCount(), 300);
    for (int row = 1; row < 300; ++row)
        QVERIFY(model.productAt(row - 1)->priceCents <= model.productAt(row)->priceCents);
}

void TestProductListModel::newerQueryWinsOverOlder()
{
    ProductListModel model(*m_db, catalog::MediaLocator({m_dir.path()}));
    QSignalSpy loaded(&model, &ProductListModel::loaded);
    catalog::ProductQuery kettles;
    kettles.text = QStringLiteral("kettle");
    catalog::ProductQuery mugs;
    mugs.text = QStringLiteral("red");
    model.setQuery(kettles);
    model.setQuery(mugs); // before the kettles have arrived
    QVERIFY(loaded.wait(5000));
    QTRY_COMPARE(model.totalCount(), 200);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.productAt(row)->title.startsWith(QStringLiteral("Red Mug")));
}

void TestProductListModel::exposesRoles()
{
    ProductListModel model(*m_db, catalog::MediaLocator({m_dir.path()}));
    QSignalSpy loaded(&model, &ProductListModel::loaded);
    catalog::ProductQuery query;
    query.text = QStringLiteral("SKU-000"); // the sku is not indexed: nothing
    model.setQuery(query);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.totalCount(), 0);
    query.text = QStringLiteral("Blue Kettle 0");
    query.sort = catalog::ProductSort::PriceAscending;
    model.setQuery(query);
    QVERIFY(loaded.wait(5000));
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data(ProductListModel::SkuRole).toString(), QStringLiteral("SKU-000"));
    QCOMPARE(first.data(ProductListModel::PriceCentsRole).toLongLong(), 100);
    QCOMPARE(first.data(ProductListModel::BrandRole).toString(), QStringLiteral("Brand0"));
    QCOMPARE(first.data(ProductListModel::ImagePathRole).toString(), QString()); // missing file
    QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("Blue Kettle 0"));
}

void TestProductListModel::categoryTreeNestsChildren()
{
    catalog::CategoryTreeModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &catalog::CategoryTreeModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), 2); // "All products" and Kitchen
    QCOMPARE(model.index(0, 0).data(catalog::CategoryTreeModel::ProductCountRole).toInt(), 300);
    const QModelIndex kitchen = model.index(1, 0);
    QCOMPARE(kitchen.data(catalog::CategoryTreeModel::PathRole).toString(),
             QStringLiteral("Kitchen"));
    QCOMPARE(model.rowCount(kitchen), 2);
    QCOMPARE(model.index(0, 0, kitchen).data(catalog::CategoryTreeModel::ProductCountRole).toInt(),
             150);
}

QTEST_GUILESS_MAIN(TestProductListModel)
#include "tst_productlistmodel.moc"
