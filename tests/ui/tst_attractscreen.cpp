// The kiosk's attract screen: the recommender's trending products, refreshed with every new
// snapshot, and the catalog's newest products (or a sentence) when there is no trending list.

#include "catalog/demostore.h"
#include "catalog/productlistmodel.h"
#include "recsys/carouselmodel.h"
#include "recsys/recommendationservice.h"
#include "testsupport.h"
#include "ui/attractscreen.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace storefront;
using recsys::RecommendationList;
using recsys::RecommendationService;
using ui::AttractScreen;

class TestAttractScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheRecommendersTrendingProducts();
    void asksAgainWhenANewSnapshotIsPublished();
    void showsTheNewestProductsWhenNothingIsTrending();
    void anEmptyStoreIsExplained();

private:
    static QList<qint64> tileIds(const AttractScreen &screen);
    static RecommendationService::Options optionsFor(const QTemporaryDir &dir);

    QTemporaryDir m_demoDir;
    std::unique_ptr<storage::Database> m_demo;
};

void TestAttractScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = testing::openDatabase(m_demoDir);
    auto seeded = catalog::DemoStore::seedIfEmpty(*m_demo, catalog::DemoStore::locateDataDir());
    QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().toString()));
    QVERIFY(seeded->products > 0);
}

QList<qint64> TestAttractScreen::tileIds(const AttractScreen &screen)
{
    QList<qint64> ids;
    const QAbstractItemModel *model = screen.tiles()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(AttractScreen::productIdOf(model->index(row, 0)));
    return ids;
}

RecommendationService::Options TestAttractScreen::optionsFor(const QTemporaryDir &dir)
{
    RecommendationService::Options options;
    options.snapshotPath = dir.filePath(QStringLiteral("store.snapshot"));
    options.retrainDebounceMs = 10 * 60 * 1000;
    return options;
}

void TestAttractScreen::showsTheRecommendersTrendingProducts()
{
    QTemporaryDir snapshots;
    RecommendationService service(*m_demo, optionsFor(snapshots));
    QSignalSpy trendingSpy(&service, &RecommendationService::trendingReady);
    AttractScreen screen(*m_demo, catalog::MediaLocator(), &service);
    screen.resize(1024, 768);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    // Before any model: the newest products, never an empty screen.
    QCOMPARE(screen.source(), AttractScreen::Source::Newest);
    QTRY_VERIFY(screen.tiles()->model()->rowCount() > 0);
    QVERIFY(screen.subtitle()->text().contains(QLatin1String("New")));

    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(screen.source() == AttractScreen::Source::Trending, 60000);
    QVERIFY(screen.subtitle()->text().contains(QLatin1String("Trending")));
    // The tiles are the service's trending list, in its order (not the rating order).
    QVERIFY(!trendingSpy.isEmpty());
    const auto list = trendingSpy.last().at(1).value<RecommendationList>();
    QVERIFY(!list.empty());
    QList<qint64> expected;
    for (const recsys::Recommendation &r : list)
        expected.append(r.productId);
    QTRY_COMPARE(tileIds(screen), expected);
    QCOMPARE(int(expected.size()), int(AttractScreen::kTileCount));

    // A tile opens its product.
    QSignalSpy chosen(&screen, &AttractScreen::productChosen);
    const QModelIndex first = screen.tiles()->model()->index(0, 0);
    QTest::mouseClick(screen.tiles()->viewport(), Qt::LeftButton, {},
                      screen.tiles()->visualRect(first).center());
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().at(0).toLongLong(), expected.first());
}

void TestAttractScreen::asksAgainWhenANewSnapshotIsPublished()
{
    QTemporaryDir snapshots;
    RecommendationService service(*m_demo, optionsFor(snapshots));
    AttractScreen screen(*m_demo, catalog::MediaLocator(), &service);
    QSignalSpy replaced(&service, &RecommendationService::snapshotReplaced);
    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(screen.source() == AttractScreen::Source::Trending, 60000);
    QVERIFY(!replaced.isEmpty());

    // Nobody but the screen asks the service for trending products here.
    QSignalSpy trending(&service, &RecommendationService::trendingReady);
    service.retrainNow();
    QTRY_VERIFY_WITH_TIMEOUT(replaced.size() >= 2, 60000);
    QTRY_VERIFY(!trending.isEmpty());
    QCOMPARE(screen.source(), AttractScreen::Source::Trending);
}

void TestAttractScreen::showsTheNewestProductsWhenNothingIsTrending()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    testing::insert(*db, testing::product(QStringLiteral("O-1"), QStringLiteral("Tent"),
                                          QStringLiteral("Outdoor > Camping"),
                                          QStringLiteral("Acme"), 9900));
    const qint64 newest = testing::insert(
        *db, testing::product(QStringLiteral("B-1"), QStringLiteral("Novel"),
                              QStringLiteral("Books > Novels"), QStringLiteral("Acme"), 1200));
    // No snapshot at all: the service answers with an empty trending list.
    RecommendationService service(*db, optionsFor(dir));
    QSignalSpy trending(&service, &RecommendationService::trendingReady);
    AttractScreen screen(*db, catalog::MediaLocator(), &service);
    QTRY_VERIFY(!trending.isEmpty());
    QVERIFY(trending.first().at(1).value<RecommendationList>().empty());
    QCOMPARE(screen.source(), AttractScreen::Source::Newest);
    QTRY_COMPARE(screen.tiles()->model()->rowCount(), 2);
    QCOMPARE(tileIds(screen).first(), newest);
    QVERIFY(screen.subtitle()->text().contains(QLatin1String("New in the store")));
}

void TestAttractScreen::anEmptyStoreIsExplained()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    AttractScreen screen(*db, catalog::MediaLocator(), nullptr);
    QTRY_VERIFY(!screen.newestProducts()->isLoading());
    QCOMPARE(screen.tiles()->model()->rowCount(), 0);
    QVERIFY(screen.subtitle()->text().contains(QLatin1String("no products")));
    QVERIFY(screen.startButton()->isEnabled());
}

QTEST_MAIN(TestAttractScreen)
#include "tst_attractscreen.moc"
