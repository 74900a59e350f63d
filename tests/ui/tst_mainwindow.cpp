#include "catalog/productlistmodel.h"
#include "storage/ratingrepository.h"
#include "storage/userrepository.h"
#include "testsupport.h"
#include "ui/catalogpage.h"
#include "ui/facetpanel.h"
#include "ui/mainwindow.h"
#include "ui/productpage.h"
#include "ui/ratingbars.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace storefront;
using catalog::ProductListModel;

/// Drives the real main window offscreen: search, keyboard and mouse navigation, product page.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsGridThenSearchesAndOpensProductWithKeyboard();
    void opensProductWithMouseAndGoesBack();
    void filtersByBrandAndSorts();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_kettle = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = testing::openDatabase(m_dir);
    using testing::product;
    for (int i = 0; i < 40; ++i)
        testing::insert(*m_db,
                        product(QStringLiteral("MUG-%1").arg(i),
                                QStringLiteral("Stoneware Mug %1").arg(i),
                                QStringLiteral("Kitchen > Mugs"),
                                i % 2 ? QStringLiteral("Clayhouse") : QStringLiteral("Potters"),
                                900 + i * 10, QStringLiteral("Holds 350 ml of tea or coffee.")));
    auto kettle = product(QStringLiteral("KET-1"), QStringLiteral("Copper Whistling Kettle"),
                          QStringLiteral("Kitchen > Kettles"), QStringLiteral("Hearthstead"), 5900,
                          QStringLiteral("A copper kettle that whistles when the water boils."));
    kettle.attributes.insert(QStringLiteral("capacity_l"), 1.7);
    m_kettle = testing::insert(*m_db, kettle);
    QSqlDatabase c = m_db->connection();
    const qint64 user = *storage::UserRepository::insert(
        c, {0, QStringLiteral("t@x"), QStringLiteral("T"), storage::Role::Shopper, 0}, {});
    QVERIFY(storage::RatingRepository(*m_db).rate(user, m_kettle, 4).ok());
}

void TestMainWindow::init()
{
    m_window = std::make_unique<ui::MainWindow>(*m_db, catalog::MediaLocator({m_dir.path()}));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->products()->totalCount(), 41);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::showsGridThenSearchesAndOpensProductWithKeyboard()
{
    ui::CatalogPage *page = m_window->catalogPage();
    QVERIFY(m_window->products()->rowCount() > 0);

    page->searchBox()->setFocus();
    QTest::keyClicks(page->searchBox(), QStringLiteral("copp ket"));
    QTRY_COMPARE(m_window->products()->totalCount(), 1);
    QTRY_COMPARE(m_window->products()->rowCount(), 1);

    QTest::keyClick(page->searchBox(), Qt::Key_Down);
    QVERIFY(page->grid()->hasFocus());
    QSignalSpy loaded(m_window->productPage(), &ui::ProductPage::loaded);
    QTest::keyClick(page->grid(), Qt::Key_Return);
    QVERIFY(m_window->showingProduct());
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.first().first().toLongLong(), m_kettle);
    QCOMPARE(m_window->productPage()->titleText(), QStringLiteral("Copper Whistling Kettle"));
    auto *bars = m_window->productPage()->findChild<ui::RatingBars *>();
    QVERIFY(bars);
    QCOMPARE(bars->distribution().counts[3], 1);

    QTest::keyClick(m_window->productPage(), Qt::Key_Escape);
    QVERIFY(!m_window->showingProduct());
}

void TestMainWindow::opensProductWithMouseAndGoesBack()
{
    QListView *grid = m_window->catalogPage()->grid();
    const QRect tile = grid->visualRect(m_window->products()->index(0, 0));
    QVERIFY(tile.isValid());
    QSignalSpy loaded(m_window->productPage(), &ui::ProductPage::loaded);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, tile.center());
    QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, tile.center());
    QTRY_VERIFY(m_window->showingProduct());
    QVERIFY(loaded.wait(5000));
    auto *back = m_window->productPage()->findChild<QWidget *>(QStringLiteral("backButton"));
    QVERIFY(back);
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(!m_window->showingProduct());
}

void TestMainWindow::filtersByBrandAndSorts()
{
    ui::CatalogPage *page = m_window->catalogPage();
    QListWidget *brands = page->facets()->brandList();
    QTRY_COMPARE(brands->count(), 3);
    for (int i = 0; i < brands->count(); ++i) {
        if (brands->item(i)->data(Qt::UserRole).toString() == QStringLiteral("Hearthstead"))
            brands->item(i)->setCheckState(Qt::Checked);
    }
    QTRY_COMPARE(m_window->products()->totalCount(), 1);
    for (int i = 0; i < brands->count(); ++i)
        brands->item(i)->setCheckState(Qt::Unchecked);
    QTRY_COMPARE(m_window->products()->totalCount(), 41);

    page->sortBox()->setCurrentIndex(
        page->sortBox()->findData(int(catalog::ProductSort::PriceDescending)));
    QTRY_COMPARE(m_window->products()->index(0, 0).data(ProductListModel::IdRole).toLongLong(),
                 m_kettle);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
