#include "catalog/demostore.h"
#include "catalog/productlistmodel.h"
#include "logindriver.h"
#include "recsys/carouselmodel.h"
#include "recsys/pagelists.h"
#include "recsys/recommendationservice.h"
#include "shop/shopperservice.h"
#include "storage/merchandisingrepository.h"
#include "storage/productrepository.h"
#include "storage/ratingrepository.h"
#include "testsupport.h"
#include "ui/carouselview.h"
#include "ui/cartdialog.h"
#include "ui/catalogpage.h"
#include "ui/homepage.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/money.h"
#include "ui/productpage.h"
#include "ui/starrating.h"
#include "ui/whythisdialog.h"
#include "ui/wishlistdialog.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace storefront;
using recsys::CarouselModel;
using recsys::RecommendationList;
using recsys::RecommendationService;

namespace {

QSet<qint64> idSet(const CarouselModel *model)
{
    const QList<qint64> ids = model->productIds();
    return {ids.begin(), ids.end()};
}

bool disjoint(const QList<const CarouselModel *> &models)
{
    QSet<qint64> seen;
    for (const CarouselModel *m : models)
        for (qint64 id : m->productIds()) {
            if (seen.contains(id))
                return false;
            seen.insert(id);
        }
    return true;
}

} // namespace

/// The live storefront end to end, offscreen, on a freshly seeded demo store: a demo shopper
/// logs in, opens a recommended product, rates it with the stars, and the "Recommended for
/// you" carousel changes in place without it.
class TestLiveHome : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ratingAProductUpdatesRecommendedForYou();
    void cartWishlistAndNotInterested();
    void guestRatesAndViewsInMemoryOnly();
    void notInterestedLeavesTrendingAndRelatedCarousels();
    void archivedProductsLeaveEveryCarouselAtOnce();
    void whyThisOnAPinNamesTheStoreRule();
    void searchStartsOnTheHomePage();
    void cleanupTestCase();

private:
    struct Live
    {
        RecommendationService service;
        ui::MainWindow window;
        Live(const storage::Database &db, const QString &snapshot, ui::AccountOptions accounts)
            : service(db, optionsFor(snapshot))
            , window(db, catalog::MediaLocator(), accounts, &service)
        {}
        static RecommendationService::Options optionsFor(const QString &snapshot)
        {
            RecommendationService::Options options;
            options.snapshotPath = snapshot;
            options.retrainDebounceMs = 10 * 60 * 1000;
            return options;
        }
    };
    /// A window over the demo store with a started recommender and its first lists shown.
    std::unique_ptr<Live> startLive();
    struct GuestHome
    {
        std::unique_ptr<Live> live;
        ui::HomePage *home = nullptr;
        const CarouselModel *recommended = nullptr;
        const CarouselModel *trending = nullptr;
        const CarouselModel *recent = nullptr;
    };
    /// A live window with a guest session whose "Recommended for you" and "Trending now"
    /// are filled.
    void startGuestHome(GuestHome &out);
    [[nodiscard]] int ratingRows() const;

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
};

void TestLiveHome::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StorefrontTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_livehome"));
    QSettings().clear();
    m_db = testing::openDatabase(m_dir);
    auto seeded = catalog::DemoStore::seedIfEmpty(*m_db, catalog::DemoStore::locateDataDir());
    QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().toString()));
    QVERIFY(seeded->products > 0);
}

void TestLiveHome::cleanupTestCase()
{
    m_db.reset();
}

void TestLiveHome::ratingAProductUpdatesRecommendedForYou()
{
    RecommendationService::Options options;
    options.snapshotPath = m_dir.filePath(QStringLiteral("store.snapshot"));
    // Fold-in publishes the new list; a full retrain is not what this test is about.
    options.retrainDebounceMs = 10 * 60 * 1000;
    RecommendationService service(*m_db, options);
    ui::AccountOptions accounts;
    accounts.restoreSession = false;
    ui::MainWindow window(*m_db, catalog::MediaLocator({m_dir.path()}), accounts, &service);
    QSignalSpy trained(&service, &RecommendationService::snapshotReplaced);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    service.start();

    // Home is the landing page, with the catalog a button away.
    ui::HomePage *home = window.homePage();
    QVERIFY(home);
    QVERIFY(window.showingHome());
    QCOMPARE(home->browseButton()->accessibleName(), QStringLiteral("Browse all products"));

    testing::logInWithTheDialog(window, QStringLiteral("alice@demo.storefront"),
                                QStringLiteral("storefront-demo-2026"));
    QVERIFY(window.shopperId() != 0);
    QTRY_VERIFY_WITH_TIMEOUT(trained.count() > 0, 120000);
    // The saved model holds shoppers' data: readable by its owner only, like the database.
    QTRY_VERIFY(QFileInfo::exists(options.snapshotPath));
    QCOMPARE(QFileInfo(options.snapshotPath).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                  QFileDevice::WriteOther),
             QFileDevice::Permissions());

    const CarouselModel *recommended = home->recommended()->model();
    const CarouselModel *trending = home->trending()->model();
    const CarouselModel *recent = home->recentlyViewed()->model();
    QTRY_VERIFY_WITH_TIMEOUT(recommended->rowCount() > 3 && !home->isRefreshing(), 30000);
    QTRY_VERIFY(trending->rowCount() > 0);
    QVERIFY(disjoint({recommended, trending, recent}));
    const QList<qint64> before = recommended->productIds();
    // Every recommended tile says why.
    for (int row = 0; row < recommended->rowCount(); ++row)
        QVERIFY(!recommended->index(row).data(CarouselModel::ReasonRole).toString().isEmpty());

    // "Why this?" on the first recommendation shows its evidence.
    QListView *strip = home->recommended()->list();
    strip->setFocus();
    strip->setCurrentIndex(recommended->index(0));
    QVERIFY(home->recommended()->whyButton()->isEnabled());
    QTest::mouseClick(home->recommended()->whyButton(), Qt::LeftButton);
    QPointer<ui::WhyThisDialog> why;
    QTRY_VERIFY((why = home->findChild<ui::WhyThisDialog *>()) != nullptr);
    QCOMPARE(why->reasonText(), recommended->index(0).data(CarouselModel::ReasonRole).toString());
    QVERIFY(why->evidenceList()->count() > 0);
    QVERIFY(why->modelList()->count() > 0);
    why->close();
    QTRY_VERIFY(why.isNull());

    // Open the first recommendation by clicking its tile. Opening it records a view, which
    // republishes Alice's list: watch from here, so that the rating is judged against the list
    // shown after that view, not against one the view already changed.
    QSignalSpy received(&service, &RecommendationService::interactionReceived);
    QSignalSpy updated(&service, &RecommendationService::recommendationsUpdated);
    QList<int> publishedAfter; // per interactionReceived: how many lists had been published
    QObject watcher;           // disconnects before the list above goes
    connect(&service, &RecommendationService::interactionReceived, &watcher,
            [&] { publishedAfter << int(updated.size()); });
    const qint64 target = before.first();
    const QString targetTitle = recommended->index(0).data(CarouselModel::TitleRole).toString();
    QTest::mouseClick(strip->viewport(), Qt::LeftButton, {},
                      strip->visualRect(recommended->index(0)).center());
    QVERIFY(window.showingProduct());
    ui::ProductPage *page = window.productPage();
    QCOMPARE(page->productId(), target);
    QTRY_COMPARE(page->titleText(), targetTitle);
    QCOMPARE(page->starRating()->rating(), 0);

    // Its related carousels never share a product, nor show the product itself.
    const CarouselModel *alsoLiked = page->alsoLikedCarousel()->model();
    const CarouselModel *similar = page->similarCarousel()->model();
    QTRY_VERIFY_WITH_TIMEOUT(similar->rowCount() > 0 && alsoLiked->rowCount() > 0, 20000);
    // Still full after what "also liked" shows was dropped from it.
    QTRY_COMPARE(similar->rowCount(), ui::ProductPage::kRelatedSize);
    QVERIFY(disjoint({alsoLiked, similar}));
    QVERIFY(!idSet(alsoLiked).contains(target) && !idSet(similar).contains(target));

    // The view was stored and Alice's list republished. That list still holds the product (a
    // view is no exclusion), but the page shows it in "Recently viewed" instead, and the
    // carousel shows the rest of the list, whatever else she viewed before left out too.
    auto ids = [](const RecommendationList &list) {
        QList<qint64> out;
        for (const auto &r : list)
            out << r.productId;
        return out;
    };
    // Alice's lists published after her interaction number `i` and before the next one.
    auto aliceListsAfter = [&](qsizetype i) {
        QList<RecommendationList> lists;
        const qsizetype from = publishedAfter.value(i, updated.size());
        const qsizetype to = publishedAfter.value(i + 1, updated.size());
        for (qsizetype k = from; k < to; ++k)
            if (updated.at(k).at(0).toLongLong() == window.shopperId())
                lists << updated.at(k).at(1).value<RecommendationList>();
        return lists;
    };
    auto lastIds = [&](qsizetype i) {
        const auto lists = aliceListsAfter(i);
        return lists.isEmpty() ? QList<qint64>{} : ids(lists.last());
    };
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 20000);
    QCOMPARE(received.at(0).at(0).toLongLong(), window.shopperId());
    auto notViewed = [&](QList<qint64> list) {
        const QSet<qint64> viewed = idSet(recent);
        list.removeIf([&](qint64 id) { return viewed.contains(id); });
        return list;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!lastIds(0).isEmpty(), 20000);
    QVERIFY(lastIds(0).contains(target));
    QTRY_VERIFY_WITH_TIMEOUT(idSet(recent).contains(target), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(recommended->productIds(), notViewed(lastIds(0)), 20000);
    const QList<qint64> afterView = recommended->productIds();
    QVERIFY(!afterView.contains(target));

    // Rate it five stars with the mouse.
    ui::StarRating *stars = page->starRating();
    QTest::mouseClick(stars, Qt::LeftButton, {}, stars->starRect(5).center());
    // Stored through the session-checked shopper service, which hands Alice to the
    // recommender.
    QTRY_COMPARE_WITH_TIMEOUT(*storage::RatingRepository(*m_db).starsOf(window.shopperId(), target),
                              std::optional<int>(5), 20000);
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(received.last().at(0).toLongLong(), window.shopperId());
    QTRY_COMPARE(page->noticeLabel()->text(),
                 QStringLiteral("Thanks! Your recommendations are being updated."));

    // The service folds Alice in and publishes her new list, without the product...
    QTRY_VERIFY_WITH_TIMEOUT(!lastIds(1).isEmpty(), 20000);
    for (const RecommendationList &list : aliceListsAfter(1))
        QVERIFY(!ids(list).contains(target));
    // ...and the carousel changes in place to it: the rated product is gone from it.
    QTRY_COMPARE_WITH_TIMEOUT(recommended->productIds(), notViewed(lastIds(1)), 20000);
    QVERIFY(!recommended->productIds().contains(target));
    QVERIFY(recommended->productIds() != afterView);
    QVERIFY(recommended->rowCount() > 0);
    QVERIFY(disjoint({recommended, trending, recent}));

    // Back home; the product just viewed is now on the page, once.
    QTest::keyClick(page, Qt::Key_Escape);
    QVERIFY(window.showingHome());
    QTRY_VERIFY(idSet(recent).contains(target));
    QVERIFY(disjoint({recommended, trending, recent}));

    // A second rating with the keyboard on another recommendation.
    const qint64 second = recommended->productIds().first();
    window.openProduct(second);
    QTRY_COMPARE(page->productId(), second);
    page->starRating()->setFocus();
    QTest::keyClick(page->starRating(), Qt::Key_2);
    QTRY_COMPARE_WITH_TIMEOUT(*storage::RatingRepository(*m_db).starsOf(window.shopperId(), second),
                              std::optional<int>(2), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!recommended->productIds().contains(second), 20000);
}

void TestLiveHome::searchStartsOnTheHomePage()
{
    GuestHome g;
    startGuestHome(g);
    if (QTest::currentTestFailed())
        return;
    ui::MainWindow &window = g.live->window;
    QLineEdit *homeSearch = g.home->searchBox();
    QLineEdit *catalogSearch = window.catalogPage()->searchBox();
    QCOMPARE(homeSearch->accessibleName(), QStringLiteral("Search products"));
    QTRY_VERIFY(window.products()->totalCount() > 0);
    const int everything = window.products()->totalCount();

    // The first key moves the search to the catalog; the next ones land there too.
    homeSearch->setFocus();
    QTest::keyClicks(homeSearch, QStringLiteral("s"));
    QVERIFY(!window.showingHome() && !window.showingProduct());
    QCOMPARE(catalogSearch->text(), QStringLiteral("s"));
    QTRY_COMPARE(QApplication::focusWidget(), catalogSearch);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("killet"));
    QCOMPARE(catalogSearch->text(), QStringLiteral("skillet"));
    QTRY_VERIFY(window.products()->totalCount() > 0 &&
                window.products()->totalCount() < everything);
    // Ranked with the title weighted most: a skillet comes first.
    QTRY_VERIFY(window.products()->rowCount() > 0);
    QVERIFY(window.products()
                ->index(0)
                .data(catalog::ProductListModel::TitleRole)
                .toString()
                .contains(QStringLiteral("skillet"), Qt::CaseInsensitive));

    // Back home, the page's own box is empty again.
    window.showHome();
    QVERIFY(window.showingHome());
    QVERIFY(homeSearch->text().isEmpty());
}

std::unique_ptr<TestLiveHome::Live> TestLiveHome::startLive()
{
    ui::AccountOptions accounts;
    accounts.restoreSession = false;
    auto live =
        std::make_unique<Live>(*m_db, m_dir.filePath(QStringLiteral("store.snapshot")), accounts);
    live->window.show();
    if (!QTest::qWaitForWindowExposed(&live->window))
        return nullptr;
    live->service.start();
    return live;
}

void TestLiveHome::startGuestHome(GuestHome &out)
{
    out.live = startLive();
    QVERIFY(out.live);
    QVERIFY(out.live->window.session().isGuest());
    out.home = out.live->window.homePage();
    out.recommended = out.home->recommended()->model();
    out.trending = out.home->trending()->model();
    out.recent = out.home->recentlyViewed()->model();
    QTRY_VERIFY_WITH_TIMEOUT(out.recommended->rowCount() > 3 && out.trending->rowCount() > 0,
                             60000);
    // A guest's recommendations lean on popularity, like trending: the carousel is still full
    // once the products "Recommended for you" shows are dropped from it.
    QTRY_COMPARE(out.trending->rowCount(), ui::HomePage::kTrendingSize);
    QVERIFY(disjoint({out.recommended, out.trending, out.recent}));
}

int TestLiveHome::ratingRows() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ratings")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestLiveHome::cartWishlistAndNotInterested()
{
    auto live = startLive();
    QVERIFY(live);
    ui::MainWindow &window = live->window;
    testing::logInWithTheDialog(window, QStringLiteral("bruno@demo.storefront"),
                                QStringLiteral("storefront-demo-2026"));
    QVERIFY(window.shopperId() != 0);
    const CarouselModel *recommended = window.homePage()->recommended()->model();
    QTRY_VERIFY_WITH_TIMEOUT(recommended->rowCount() > 3, 60000);
    ui::ProductPage *page = window.productPage();

    // "Not interested": the product leaves Bruno's recommendations for good.
    const qint64 unwanted = recommended->productIds().first();
    window.openProduct(unwanted);
    QTRY_COMPARE(page->productId(), unwanted);
    QTest::mouseClick(page->notInterestedButton(), Qt::LeftButton);
    QTRY_COMPARE(page->noticeLabel()->text(),
                 QStringLiteral("We will not recommend this product to you again."));
    QTRY_VERIFY_WITH_TIMEOUT(!recommended->productIds().contains(unwanted), 20000);
    QTRY_VERIFY(!page->notInterestedButton()->isEnabled());
    auto marked = window.shopperService().notInterested(window.session());
    QVERIFY(marked);
    QVERIFY(std::any_of(marked->begin(), marked->end(),
                        [&](const shop::ListedProduct &p) { return p.product.id == unwanted; }));

    // Add to cart twice: one line of two, totalled in the product's currency.
    const qint64 wanted = recommended->productIds().first();
    window.openProduct(wanted);
    QTRY_COMPARE(page->productId(), wanted);
    QTRY_VERIFY(!page->titleText().startsWith(QStringLiteral("Loading")));
    QTest::mouseClick(page->addToCartButton(), Qt::LeftButton);
    QTRY_COMPARE(page->noticeLabel()->text(), QStringLiteral("Added to your cart."));
    page->showNotice(QString());
    QTest::mouseClick(page->addToCartButton(), Qt::LeftButton);
    QTRY_COMPARE(page->noticeLabel()->text(), QStringLiteral("Added to your cart."));
    // The page and the Shop menu say what the cart holds.
    QTRY_COMPARE(page->addToCartButton()->text(),
                 QStringLiteral("Add another to &cart (2 in your cart)"));
    QTRY_COMPARE(window.cartAction()->text(), QStringLiteral("&Cart (2)\u2026"));
    // A product in the cart is not recommended.
    QTRY_VERIFY_WITH_TIMEOUT(!recommended->productIds().contains(wanted), 20000);

    QPointer<ui::CartDialog> cart = window.showCart();
    QVERIFY(cart);
    QTRY_COMPARE(cart->lines().size(), size_t(1));
    const catalog::Product product = cart->lines().front().product;
    QCOMPARE(product.id, wanted);
    QCOMPARE(cart->lines().front().quantity, 2);
    QVERIFY2(cart->totalLabel()->text().contains(
                 ui::formatMoney(product.priceCents * 2, product.currency)),
             qPrintable(cart->totalLabel()->text()));
    auto *quantity =
        qobject_cast<QSpinBox *>(cart->table()->cellWidget(0, ui::CartDialog::QuantityColumn));
    QVERIFY(quantity);
    QCOMPARE(quantity->accessibleName(), QStringLiteral("Quantity of %1").arg(product.title));
    quantity->setFocus();
    QTest::keyClick(quantity, Qt::Key_Up);
    QTRY_VERIFY(cart->totalLabel()->text().contains(
        ui::formatMoney(product.priceCents * 3, product.currency)));
    QCOMPARE(cart->lines().front().quantity, 3);
    auto *remove =
        qobject_cast<QPushButton *>(cart->table()->cellWidget(0, ui::CartDialog::RemoveColumn));
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(cart->totalLabel()->text(), QStringLiteral("Your cart is empty."));
    QCOMPARE(cart->table()->rowCount(), 0);
    cart->close();

    // The wishlist, from the product page to its own view and out again.
    QTest::mouseClick(page->addToWishlistButton(), Qt::LeftButton);
    QTRY_COMPARE(page->noticeLabel()->text(), QStringLiteral("Added to your wishlist."));
    QTRY_VERIFY(!page->addToWishlistButton()->isEnabled());
    QTRY_COMPARE(window.cartAction()->text(), QStringLiteral("&Cart\u2026"));
    window.wishlistAction()->trigger();
    QPointer<ui::WishlistDialog> wishlist;
    QTRY_VERIFY((wishlist = window.findChild<ui::WishlistDialog *>()) != nullptr);
    QTRY_COMPARE(wishlist->table()->rowCount(), 1);
    QCOMPARE(wishlist->products().front().product.id, wanted);
    auto *drop = qobject_cast<QPushButton *>(
        wishlist->table()->cellWidget(0, ui::WishlistDialog::RemoveColumn));
    QVERIFY(drop);
    QTest::mouseClick(drop, Qt::LeftButton);
    QTRY_COMPARE(wishlist->table()->rowCount(), 0);
}

void TestLiveHome::guestRatesAndViewsInMemoryOnly()
{
    GuestHome g;
    startGuestHome(g);
    if (QTest::currentTestFailed())
        return;
    ui::MainWindow &window = g.live->window;
    ui::HomePage *home = g.home;
    const CarouselModel *recommended = g.recommended;
    const CarouselModel *recent = g.recent;
    const int storedRatings = ratingRows();

    const qint64 target = recommended->productIds().first();
    window.openProduct(target);
    ui::ProductPage *page = window.productPage();
    QTRY_COMPARE(page->productId(), target);
    const auth::Session guest = window.session();
    QTRY_COMPARE(window.shopperService().guestRecentlyViewed(guest, 5).value(0).productId, target);
    page->starRating()->setFocus();
    QTest::keyClick(page->starRating(), Qt::Key_End);
    QCOMPARE(page->starRating()->rating(), 5);
    QTRY_COMPARE(page->noticeLabel()->text(),
                 QStringLiteral("Thanks! Your rating counts for this visit."));
    // The guest's own list drops the rated product, and the product shows as viewed.
    QTRY_VERIFY_WITH_TIMEOUT(!recommended->productIds().contains(target), 20000);
    const CarouselModel *trending = home->trending()->model();
    QTRY_VERIFY(recent->productIds().contains(target) || trending->productIds().contains(target));
    QVERIFY(disjoint({recommended, trending, recent}));
    // Nothing of it reached the database.
    QCOMPARE(ratingRows(), storedRatings);

    // Logging in forgets the guest's views.
    QCOMPARE(window.shopperService().guestRecentlyViewed(guest, 5).size(), 1);
    testing::logInWithTheDialog(window, QStringLiteral("chen@demo.storefront"),
                                QStringLiteral("storefront-demo-2026"));
    QVERIFY(window.shopperService().guestRecentlyViewed(guest, 5).isEmpty());
    // The carousel now shows only the shopper's stored views (which may include the product:
    // demo shoppers have a history); the guest's view is gone with the guest.
    const auto chen = window.authService().currentUser(window.session());
    QVERIFY(chen.ok());
    const auto stored = recsys::loadRecentlyViewed(*m_db, chen->id, 1000);
    QVERIFY(stored.ok());
    QSet<qint64> storedIds;
    for (const recsys::Recommendation &r : *stored)
        storedIds.insert(r.productId);
    const auto onlyStored = [&] {
        const QList<qint64> shown = recent->productIds();
        if (shown.isEmpty())
            return storedIds.isEmpty();
        return std::all_of(shown.begin(), shown.end(),
                           [&](qint64 id) { return storedIds.contains(id); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(onlyStored(), 30000);
    if (!storedIds.contains(target))
        QVERIFY(!recent->productIds().contains(target));
}

void TestLiveHome::notInterestedLeavesTrendingAndRelatedCarousels()
{
    auto live = startLive();
    QVERIFY(live);
    ui::MainWindow &window = live->window;
    testing::logInWithTheDialog(window, QStringLiteral("chen@demo.storefront"),
                                QStringLiteral("storefront-demo-2026"));
    QVERIFY(window.shopperId() != 0);
    ui::HomePage *home = window.homePage();
    const CarouselModel *trending = home->trending()->model();
    QTRY_VERIFY_WITH_TIMEOUT(trending->rowCount() > 0 && !home->isRefreshing(), 60000);
    const qint64 hot = trending->productIds().first();

    ui::ProductPage *page = window.productPage();
    const CarouselModel *similar = page->similarCarousel()->model();
    const CarouselModel *alsoLiked = page->alsoLikedCarousel()->model();
    window.openProduct(hot);
    QTRY_COMPARE(page->productId(), hot);
    QTRY_VERIFY_WITH_TIMEOUT(similar->rowCount() > 0, 20000);
    const qint64 related = similar->productIds().first();

    // "Not interested" in both, each from its product page; the related one first, so that
    // the hot product's carousels are asked for again after it.
    for (qint64 product : {related, hot}) {
        window.openProduct(product);
        QTRY_COMPARE(page->productId(), product);
        QTest::mouseClick(page->notInterestedButton(), Qt::LeftButton);
        QTRY_COMPARE(page->noticeLabel()->text(),
                     QStringLiteral("We will not recommend this product to you again."));
        page->showNotice(QString());
    }
    QTRY_VERIFY_WITH_TIMEOUT(similar->rowCount() > 0, 20000);
    QVERIFY(!idSet(similar).contains(related) && !idSet(alsoLiked).contains(related));

    // Back home, "Trending now" has dropped the hot product.
    QTest::keyClick(page, Qt::Key_Escape);
    QVERIFY(window.showingHome());
    QTRY_VERIFY_WITH_TIMEOUT(trending->rowCount() > 0 && !idSet(trending).contains(hot), 20000);
}

void TestLiveHome::archivedProductsLeaveEveryCarouselAtOnce()
{
    // A guest: their "Recommended for you" is not one the service republishes by itself.
    GuestHome g;
    startGuestHome(g);
    if (QTest::currentTestFailed())
        return;
    auto &live = g.live;
    ui::MainWindow &window = live->window;
    ui::HomePage *home = g.home;
    const CarouselModel *recommended = g.recommended;
    const CarouselModel *trending = g.trending;
    const CarouselModel *recent = g.recent;

    // One product viewed (so in "Recently viewed"), and its product page's related lists.
    const qint64 viewed = recommended->productIds().first();
    window.openProduct(viewed);
    ui::ProductPage *page = window.productPage();
    QTRY_COMPARE(page->productId(), viewed);
    const CarouselModel *similar = page->similarCarousel()->model();
    QTRY_VERIFY_WITH_TIMEOUT(similar->rowCount() > 1, 20000);
    const qint64 similarOne = similar->productIds().first();
    QTest::keyClick(page, Qt::Key_Escape);
    QVERIFY(window.showingHome());
    // Shown once on the page, in "Recently viewed": no longer suggested, though it was.
    QTRY_COMPARE(window.shopperService().guestRecentlyViewed(window.session(), 5).size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!home->isRefreshing(), 20000);
    QVERIFY(idSet(recent).contains(viewed));
    QVERIFY(!idSet(recommended).contains(viewed) && !idSet(trending).contains(viewed));
    const qint64 hot = trending->productIds().first();
    const qint64 suggested = recommended->productIds().first();

    // Staff archive all four; the editor then tells the service (as MainWindow does).
    QSignalSpy snapshots(&live->service, &RecommendationService::snapshotReplaced);
    const QList<qint64> archived = {viewed, similarOne, hot, suggested};
    QSqlDatabase c = m_db->connection();
    for (qint64 id : archived)
        QVERIFY(storage::ProductRepository::setActive(c, id, false).ok());
    live->service.catalogChanged();

    const auto noneShown = [&](const CarouselModel *model) {
        const QSet<qint64> shown = idSet(model);
        return std::none_of(archived.begin(), archived.end(),
                            [&](qint64 id) { return shown.contains(id); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(noneShown(recommended) && noneShown(trending) && noneShown(recent),
                             20000);
    QVERIFY(recommended->rowCount() > 0 && trending->rowCount() > 0);
    // The related lists of another product too.
    const qint64 other = recommended->productIds().first();
    QSignalSpy similarReady(&live->service, &RecommendationService::similarProductsReady);
    QSignalSpy alsoLikedReady(&live->service, &RecommendationService::alsoLikedReady);
    const auto answered = [other](const QSignalSpy &spy) {
        return std::any_of(spy.begin(), spy.end(), [other](const QList<QVariant> &args) {
            return args.at(1).toLongLong() == other;
        });
    };
    window.openProduct(other);
    QTRY_COMPARE(page->productId(), other);
    QTRY_VERIFY_WITH_TIMEOUT(answered(similarReady) && answered(alsoLikedReady), 20000);
    const CarouselModel *alsoLiked = page->alsoLikedCarousel()->model();
    QTRY_VERIFY(similar->rowCount() > 0 && !similar->isLoading() && !alsoLiked->isLoading());
    QVERIFY(noneShown(similar) && noneShown(alsoLiked));
    // All without a new model: the retrain waits for its (long) debounce.
    QCOMPARE(snapshots.count(), 0);

    for (qint64 id : archived)
        QVERIFY(storage::ProductRepository::setActive(c, id, true).ok());
}

void TestLiveHome::whyThisOnAPinNamesTheStoreRule()
{
    GuestHome g;
    startGuestHome(g);
    if (QTest::currentTestFailed())
        return;
    // Staff pin a product the models did not choose for this shopper at position 2.
    const qint64 pinned = g.trending->index(0).data(CarouselModel::ProductIdRole).toLongLong();
    QVERIFY(g.recommended->rowOf(pinned) < 0);
    storage::MerchandisingRule pin;
    pin.kind = storage::MerchandisingRule::Kind::Pin;
    pin.productId = pinned;
    pin.slot = 2;
    qint64 ruleId = 0;
    QVERIFY(m_db->transaction([&](QSqlDatabase &c) -> Status {
                    auto id = storage::MerchandisingRepository::insert(c, pin);
                    if (!id)
                        return id.error();
                    ruleId = *id;
                    return {};
                })
                .ok());
    RecommendationService &service = g.live->service;
    QSignalSpy reloaded(&service, &RecommendationService::merchandisingReloaded);
    service.reloadMerchandising();
    QVERIFY(reloaded.wait(20000));
    g.home->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(g.recommended->rowOf(pinned), 1, 20000);
    const QModelIndex tile = g.recommended->index(1);
    QCOMPARE(tile.data(CarouselModel::ReasonRole).toString(),
             QStringLiteral("Featured by the store"));
    QVERIFY(tile.data(CarouselModel::ExplainableRole).toBool());

    // "Why this?" works on it and names the store's rule.
    ui::CarouselView *carousel = g.home->recommended();
    carousel->list()->setFocus();
    carousel->list()->setCurrentIndex(tile);
    QVERIFY(carousel->whyButton()->isEnabled());
    QTest::mouseClick(carousel->whyButton(), Qt::LeftButton);
    QPointer<ui::WhyThisDialog> why;
    QTRY_VERIFY((why = g.home->findChild<ui::WhyThisDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(why.data()));
    QCOMPARE(why->reasonText(), QStringLiteral("Featured by the store"));
    QVERIFY(why->rulesList()->isVisible());
    QVERIFY(why->rulesList()->count() >= 1);
    QCOMPARE(why->rulesList()->item(why->rulesList()->count() - 1)->text(),
             QStringLiteral("Featured by the store at position 2"));
    why->close();
    QTRY_VERIFY(why.isNull());

    // The other tests run without the rule.
    QVERIFY(m_db->transaction([&](QSqlDatabase &c) -> Status {
                    auto removed = storage::MerchandisingRepository::remove(c, ruleId);
                    return removed ? Status{} : Status(removed.error());
                })
                .ok());
}

QTEST_MAIN(TestLiveHome)
#include "tst_livehome.moc"
