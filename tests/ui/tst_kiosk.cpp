// Kiosk mode through the real widgets: the attract screen, the idle countdown and the wipe of
// the guest's session, touch-sized controls, the on-screen keyboard, and no exit without the
// staff PIN.

#include "auth/authservice.h"
#include "catalog/demostore.h"
#include "recsys/carouselmodel.h"
#include "recsys/recommendationservice.h"
#include "shop/shopperservice.h"
#include "testsupport.h"
#include "ui/attractscreen.h"
#include "ui/busyindicator.h"
#include "ui/carouselview.h"
#include "ui/cartdialog.h"
#include "ui/catalogpage.h"
#include "ui/countdownoverlay.h"
#include "ui/facetpanel.h"
#include "ui/filedialogs.h"
#include "ui/homepage.h"
#include "ui/kioskcontroller.h"
#include "ui/kioskpindialog.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/onscreenkeyboard.h"
#include "ui/productpage.h"
#include "ui/settingsdialog.h"
#include "ui/starrating.h"
#include "ui/translations.h"
#include "ui/wishlistdialog.h"
#include "widgetwalk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>

using namespace storefront;
using namespace std::chrono_literals;
using recsys::RecommendationService;
using ui::KioskController;
using ui::MainWindow;

class TestKiosk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theWalkFindsSmallControls();
    void startsFullScreenOnTheAttractScreenAsAGuest();
    void idleResetWipesTheGuestsData();
    void aTouchDuringTheCountdownKeepsTheSession();
    void idleResetLogsAShopperOut();
    void touchTargetsAreAtLeast48Pixels();
    void keyboardTypesIntoTheSearchBox();
    void logInDialogGetsAKeyboard();
    void quittingIsRefusedWithoutThePin();
    void eachVisitorStartsAFreshGuestSession();
    void aStaffUnlockLocksItselfWithoutInput();
    void aTileOfTheAttractScreenOpensItsProduct();
    void anAdministratorSetsThePinInTheSettings();
    void shoppingTargetsAreAtLeast48Pixels();
    void aGuestShopsByTouchAlone();
    void cleanupTestCase();

private:
    static ui::AccountOptions kioskAccounts()
    {
        ui::AccountOptions options;
        options.config = auth::AuthConfig::kioskMode();
        options.limits = auth::HashLimits::minimum();
        options.restoreSession = false;
        return options;
    }
    static ui::KioskOptions kioskTiming(std::chrono::milliseconds idle,
                                        std::chrono::milliseconds relock = 2min)
    {
        ui::KioskOptions kioskOptions;
        kioskOptions.idle = idle;
        kioskOptions.staffRelock = relock;
        kioskOptions.countdownSteps = 3;
        kioskOptions.step = 200ms;
        return kioskOptions;
    }
    struct World
    {
        QTemporaryDir dir;
        std::unique_ptr<storage::Database> db = testing::openDatabase(dir);
        qint64 tent = 0;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<KioskController> kiosk;

        explicit World(std::chrono::milliseconds idle = 1h, std::chrono::milliseconds relock = 2min)
        {
            tent =
                testing::insert(*db, testing::product(QStringLiteral("O-1"), QStringLiteral("Tent"),
                                                      QStringLiteral("Outdoor > Camping"),
                                                      QStringLiteral("Acme"), 9900));
            testing::insert(*db, testing::product(QStringLiteral("B-1"), QStringLiteral("Novel"),
                                                  QStringLiteral("Books > Novels"),
                                                  QStringLiteral("Acme"), 1200));
            const catalog::MediaLocator media({dir.path()});
            window = std::make_unique<MainWindow>(*db, media, kioskAccounts());
            kiosk = std::make_unique<KioskController>(window.get(), *db, media,
                                                      kioskTiming(idle, relock));
            kiosk->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        }
        ~World()
        {
            kiosk.reset();
            window.reset();
        }
    };

    /// A kiosk over the demo store with a recommender: the home page, the shopper's part of
    /// the product page and the carousels are there.
    struct ShopWorld
    {
        RecommendationService service;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<KioskController> kiosk;

        ShopWorld(const storage::Database &db, const QTemporaryDir &dir)
            : service(db, serviceOptions(dir))
        {
            const catalog::MediaLocator media({dir.path()});
            window = std::make_unique<MainWindow>(db, media, kioskAccounts(), &service);
            kiosk = std::make_unique<KioskController>(window.get(), db, media, kioskTiming(1h));
            kiosk->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            service.start();
        }
        ~ShopWorld()
        {
            kiosk.reset();
            window.reset();
        }
        static RecommendationService::Options serviceOptions(const QTemporaryDir &dir)
        {
            RecommendationService::Options options;
            // Shared by the tests: the first one trains, the next loads what it saved.
            options.snapshotPath = dir.filePath(QStringLiteral("store.snapshot"));
            options.retrainDebounceMs = 10 * 60 * 1000;
            return options;
        }
    };

    template <typename W> static QAbstractButton *toolButton(const W &w, const char *name)
    {
        const QWidget *window = w.window.get();
        return window->findChild<QAbstractButton *>(QLatin1String(name) + QStringLiteral("Button"));
    }
    /// The visible dialog of type D under the window, null while there is none.
    template <typename D> static D *visibleDialog(const MainWindow &window)
    {
        for (D *dialog : window.findChildren<D *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }
    static void tapKeys(ui::OnScreenKeyboard *keyboard, const QString &keys)
    {
        for (const QChar c : keys)
            QTest::mouseClick(keyboard->key(QString(c)), Qt::LeftButton);
    }
    /// Every visible control a finger may tap that is smaller than 48 × 48 px.
    static QStringList tooSmall(QWidget *top);

    QTemporaryDir m_demoDir;
    std::unique_ptr<storage::Database> m_demo; ///< the demo store, seeded once
};

void TestKiosk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StorefrontTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_kiosk"));
    QSettings().clear();
    m_demo = testing::openDatabase(m_demoDir);
    auto seeded = catalog::DemoStore::seedIfEmpty(*m_demo, catalog::DemoStore::locateDataDir());
    QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().toString()));
}

void TestKiosk::cleanupTestCase()
{
    m_demo.reset();
}

QStringList TestKiosk::tooSmall(QWidget *top)
{
    QStringList found;
    auto smallRect = [](const QRect &r) {
        return r.width() < KioskController::kTouchTarget ||
               r.height() < KioskController::kTouchTarget;
    };
    // Widgets that paint their own targets: each star, each tile's "Why this?" link.
    for (ui::StarRating *stars : top->findChildren<ui::StarRating *>()) {
        if (!stars->isVisibleTo(top))
            continue;
        for (int star = 1; star <= ui::StarRating::kMaxStars; ++star) {
            // A star is hit over the whole height of the widget.
            const QRect hit(stars->starRect(star).left(), 0, stars->starRect(star).width(),
                            stars->height());
            if (smallRect(hit))
                found << QStringLiteral("star %1: %2 x %3")
                             .arg(star)
                             .arg(hit.width())
                             .arg(hit.height());
        }
    }
    for (ui::CarouselView *carousel : top->findChildren<ui::CarouselView *>()) {
        if (!carousel->isVisibleTo(top) || carousel->model()->rowCount() == 0)
            continue;
        const QRect why = carousel->whyLinkRect(carousel->model()->index(0, 0));
        if (smallRect(why))
            found << QStringLiteral("\"Why this?\" in %1: %2 x %3")
                         .arg(carousel->title())
                         .arg(why.width())
                         .arg(why.height());
    }
    for (QWidget *w : testing::interactiveControls(top)) {
        if (!w->isVisibleTo(top) || !w->isEnabled() || w == top)
            continue;
        if (w->width() < KioskController::kTouchTarget ||
            w->height() < KioskController::kTouchTarget)
            found << QStringLiteral("%1: %2 x %3")
                         .arg(testing::describe(w, top))
                         .arg(w->width())
                         .arg(w->height());
        // Rows of lists and trees are tap targets too.
        if (auto *view = qobject_cast<QAbstractItemView *>(w);
            view && view->model() && view->model()->rowCount() > 0) {
            const QRect row = view->visualRect(view->model()->index(0, 0));
            if (row.isValid() && row.height() < KioskController::kTouchTarget)
                found << QStringLiteral("rows of %1: %2 px")
                             .arg(testing::describe(w, top))
                             .arg(row.height());
        }
    }
    return found;
}

void TestKiosk::theWalkFindsSmallControls()
{
    QWidget top;
    auto *small = new QPushButton(QStringLiteral("x"), &top);
    small->setObjectName(QStringLiteral("small"));
    small->setGeometry(0, 0, 20, 20);
    auto *big = new QPushButton(QStringLiteral("OK"), &top);
    big->setGeometry(0, 40, 120, 60);
    top.show();
    const QStringList found = tooSmall(&top);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().contains(QLatin1String("small")));
}

void TestKiosk::startsFullScreenOnTheAttractScreenAsAGuest()
{
    World w;
    QVERIFY2(w.window->windowState().testFlag(Qt::WindowFullScreen),
             qPrintable(QString::number(int(w.window->windowState()))));
    QVERIFY(w.window->windowFlags().testFlag(Qt::FramelessWindowHint));
    QVERIFY(w.kiosk->attractShowing());
    QVERIFY(!w.kiosk->idleWatchRunning()); // nothing to wipe yet
    // Asked for an hour, the kiosk still counts down before core would end the session.
    QVERIFY(w.kiosk->idleTimeout() + 3 * 200ms <=
            std::chrono::seconds(w.window->authService().config().kioskIdleSecs));
    QVERIFY(w.window->session().isGuest());
    QVERIFY(!w.window->menuBar()->isVisible());
    // The popular products arrive as tiles.
    QTRY_COMPARE(w.kiosk->attractScreen()->tiles()->model()->rowCount(), 2);

    QTest::mouseClick(w.kiosk->attractScreen()->startButton(), Qt::LeftButton);
    QVERIFY(!w.kiosk->attractShowing());
    QVERIFY(!w.window->showingProduct());
}

void TestKiosk::idleResetWipesTheGuestsData()
{
    World w;
    QTest::mouseClick(w.kiosk->attractScreen()->startButton(), Qt::LeftButton);
    QVERIFY(!w.kiosk->attractShowing());

    // The guest rates a product and searches.
    const auth::Session guest = w.window->session();
    QVERIFY(guest.isGuest());
    QVERIFY(w.window->authService().rate(guest, w.tent, 5).ok());
    QCOMPARE(*w.window->authService().ratingOf(guest, w.tent), std::optional<int>(5));
    // ...and, through the shopper service the product page uses, rates and fills a cart.
    shop::ShopperService &shopper = w.window->shopperService();
    QVERIFY(shopper.rate(guest, w.tent, 4).ok());
    QVERIFY(shopper.addToCart(guest, w.tent, 2).ok());
    QCOMPARE(*shopper.cartItemCount(guest), 2);
    QCOMPARE(shopper.guestStateCount(), 1);
    w.window->catalogPage()->searchBox()->setText(QStringLiteral("tent"));

    // Nothing more happens: the countdown shows, then the session is wiped.
    QSignalSpy countdown(w.kiosk.get(), &KioskController::countdownStarted);
    QSignalSpy wiped(w.kiosk.get(), &KioskController::sessionWiped);
    QSignalSpy aboutToWipe(w.kiosk.get(), &KioskController::aboutToWipe);
    w.kiosk->setIdleTimeout(150ms);
    QVERIFY(countdown.wait(5000));
    QVERIFY(w.kiosk->countdownShowing());
    QVERIFY(w.kiosk->countdown()->message()->text().contains(QLatin1String("resetting in")));
    QVERIFY(wiped.wait(5000));

    QVERIFY(!w.kiosk->countdownShowing());
    QVERIFY(w.kiosk->attractShowing());
    // Whoever keeps more guest state (the shopper service's cart) hears which session ends.
    QCOMPARE(aboutToWipe.count(), 1);
    QVERIFY(aboutToWipe.first().first().value<auth::Session>() == guest);
    QVERIFY(w.window->session().isGuest());
    QVERIFY(!(w.window->session() == guest));
    // The old session is over and its rating gone; the new guest starts empty.
    QVERIFY(!w.window->authService().ratingOf(guest, w.tent));
    QCOMPARE(*w.window->authService().ratingOf(w.window->session(), w.tent), std::optional<int>());
    QVERIFY(w.window->catalogPage()->searchBox()->text().isEmpty());
    QVERIFY(!w.kiosk->isUnlocked());
    // The guest's cart and ratings in the shopper service are gone with the session.
    QCOMPARE(shopper.guestStateCount(), 0);
    QCOMPARE(*shopper.cartItemCount(w.window->session()), 0);
    QCOMPARE(*shopper.ratingOf(w.window->session(), w.tent), std::optional<int>());
}

void TestKiosk::aTouchDuringTheCountdownKeepsTheSession()
{
    World w;
    QTest::mouseClick(w.kiosk->attractScreen()->startButton(), Qt::LeftButton);
    const auth::Session guest = w.window->session();
    QVERIFY(w.window->authService().rate(guest, w.tent, 4).ok());
    QSignalSpy countdown(w.kiosk.get(), &KioskController::countdownStarted);
    QSignalSpy wiped(w.kiosk.get(), &KioskController::sessionWiped);
    w.kiosk->setIdleTimeout(150ms);
    QVERIFY(countdown.wait(5000));
    // A longer idle time now, so that the countdown cannot come back during the checks.
    w.kiosk->setIdleTimeout(1h);
    QTest::mouseClick(w.kiosk->countdown()->continueButton(), Qt::LeftButton);
    QVERIFY(!w.kiosk->countdownShowing());
    QVERIFY(!w.kiosk->countdownRunning());
    QVERIFY(w.kiosk->idleWatchRunning()); // watching again from the touch on
    QCOMPARE(wiped.count(), 0);
    QVERIFY(w.window->session() == guest);
    QCOMPARE(*w.window->authService().ratingOf(guest, w.tent), std::optional<int>(4));
}

void TestKiosk::idleResetLogsAShopperOut()
{
    World w;
    QTest::mouseClick(w.kiosk->attractScreen()->startButton(), Qt::LeftButton);
    const QString password = QStringLiteral("a long kiosk password");
    QVERIFY(w.window->authService()
                .signUp(QStringLiteral("kim@example.org"), QStringLiteral("Kim"), password)
                .ok());
    QTest::mouseClick(toolButton(w, "kioskLogIn"), Qt::LeftButton);
    auto *dialog = w.window->findChild<ui::LoginDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("email"))
        ->setText(QStringLiteral("kim@example.org"));
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    QTest::mouseClick(dialog->findChild<QAbstractButton *>(QStringLiteral("logIn")),
                      Qt::LeftButton);
    QTRY_VERIFY(!w.window->session().isGuest()); // Argon2id runs off the GUI thread
    QTRY_VERIFY(toolButton(w, "kioskLogOut")->isVisible());
    const auth::Session shopper = w.window->session();

    w.kiosk->resetSession();
    QVERIFY(w.window->session().isGuest());
    QVERIFY(!w.window->authService().check(shopper)); // logged out in core, not only hidden
    QTRY_VERIFY(toolButton(w, "kioskLogIn")->isVisible());
}

void TestKiosk::touchTargetsAreAtLeast48Pixels()
{
    World w;
    QStringList found = tooSmall(w.window.get());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    QTest::mouseClick(w.kiosk->attractScreen()->startButton(), Qt::LeftButton);
    QTest::mouseClick(toolButton(w, "kioskSearch"), Qt::LeftButton); // shows the keyboard
    QTRY_VERIFY(w.kiosk->keyboardBar()->isVisible());
    QTRY_VERIFY(w.window->catalogPage()->facets()->isVisible());
    found = tooSmall(w.window.get());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    w.window->openProduct(w.tent);
    found = tooSmall(w.window.get());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    ui::KioskPinDialog *pin = w.kiosk->requestUnlock();
    QVERIFY(QTest::qWaitForWindowExposed(pin));
    found = tooSmall(pin);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    pin->reject();

    w.window->showLogIn();
    auto *login = w.window->findChild<ui::LoginDialog *>();
    QVERIFY(QTest::qWaitForWindowExposed(login));
    login->findChild<QLineEdit *>(QStringLiteral("email"))->setFocus();
    QTRY_VERIFY(login->findChild<ui::OnScreenKeyboard *>());
    found = tooSmall(login);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestKiosk::keyboardTypesIntoTheSearchBox()
{
    World w;
    QTest::mouseClick(w.kiosk->attractScreen()->startButton(), Qt::LeftButton);
    QVERIFY(!w.kiosk->keyboardBar()->isVisible());
    QTest::mouseClick(toolButton(w, "kioskSearch"), Qt::LeftButton);
    QTRY_VERIFY(w.kiosk->keyboardBar()->isVisible());
    QLineEdit *search = w.window->catalogPage()->searchBox();
    ui::OnScreenKeyboard *keyboard = w.kiosk->keyboard();
    tapKeys(keyboard, QStringLiteral("tenx"));
    QTest::mouseClick(keyboard->key(QStringLiteral("Backspace")), Qt::LeftButton);
    tapKeys(keyboard, QStringLiteral("t"));
    QCOMPARE(search->text(), QStringLiteral("tent"));
    QTest::mouseClick(keyboard->key(QStringLiteral("Shift")), Qt::LeftButton);
    tapKeys(keyboard, QStringLiteral("aa"));
    QCOMPARE(search->text(), QStringLiteral("tentAa")); // one capital, as on a phone
    QVERIFY(search->hasFocus());
    // Enter runs the search and leaves the field: the keyboard goes away.
    QTest::mouseClick(keyboard->key(QStringLiteral("Enter")), Qt::LeftButton);
    QTRY_VERIFY(!w.kiosk->keyboardBar()->isVisible());
    QVERIFY(w.window->catalogPage()->grid()->hasFocus());
}

void TestKiosk::logInDialogGetsAKeyboard()
{
    World w;
    QTest::mouseClick(w.kiosk->attractScreen()->startButton(), Qt::LeftButton);
    QTest::mouseClick(toolButton(w, "kioskLogIn"), Qt::LeftButton);
    auto *dialog = w.window->findChild<ui::LoginDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("email"));
    email->setFocus();
    QTRY_VERIFY(dialog->findChild<ui::OnScreenKeyboard *>());
    auto *keyboard = dialog->findChild<ui::OnScreenKeyboard *>();
    QTRY_VERIFY(keyboard->isVisible());
    tapKeys(keyboard, QStringLiteral("kim@example.org"));
    QCOMPARE(email->text(), QStringLiteral("kim@example.org"));
    // "Keep me signed in" does not exist on a kiosk.
    QVERIFY(!dialog->findChild<QAbstractButton *>(QStringLiteral("keepSignedIn"))->isVisible());
}

void TestKiosk::eachVisitorStartsAFreshGuestSession()
{
    World w;
    // The guest session the attract screen waits with has been running towards its
    // absolute limit since the kiosk started (or was last reset).
    const auth::Session waiting = w.window->session();
    QVERIFY(waiting.isGuest());
    QVERIFY(w.window->authService().check(waiting).ok());
    const qint64 tapped = w.window->authService().now();
    QTest::mouseClick(w.kiosk->attractScreen()->startButton(), Qt::LeftButton);
    const auth::Session visitor = w.window->session();
    QVERIFY(visitor.isGuest());
    QVERIFY(!(visitor == waiting));
    QVERIFY(!w.window->authService().check(waiting).ok());
    const auto info = w.window->authService().check(visitor);
    QVERIFY(info.ok());
    // Its hour starts when the visitor taps.
    QVERIFY(info->expiresAt >= tapped + w.window->authService().config().kioskAbsoluteSecs);
    QVERIFY(w.window->statusBar()->currentMessage().isEmpty());

    // The next visitor, after a reset, gets a new one again.
    w.kiosk->resetSession();
    const auth::Session afterReset = w.window->session();
    QTest::mouseClick(w.kiosk->attractScreen()->startButton(), Qt::LeftButton);
    QVERIFY(w.window->session().isGuest());
    QVERIFY(!(w.window->session() == afterReset));
    QVERIFY(!(w.window->session() == visitor));
}

void TestKiosk::aStaffUnlockLocksItselfWithoutInput()
{
    World w(1h, 300ms);
    QTest::mouseClick(w.kiosk->attractScreen()->startButton(), Qt::LeftButton);
    QVERIFY(w.kiosk->pins().setPinLocally(QStringLiteral("2468")).ok());
    auto unlock = [&w] {
        ui::KioskPinDialog *dialog = w.kiosk->requestUnlock();
        dialog->pinField()->setText(QStringLiteral("2468"));
        QTest::mouseClick(dialog->unlockButton(), Qt::LeftButton);
        QTRY_VERIFY(w.kiosk->isUnlocked());
    };
    unlock();
    QVERIFY(w.kiosk->relockPending());
    QVERIFY(w.window->menuBar()->isVisible());
    QVERIFY(ui::fileDialogsAllowed());
    const QPointer<ui::SettingsDialog> settings = w.kiosk->openSettings();
    QVERIFY(settings && settings->isVisible());
    QSignalSpy locked(w.kiosk.get(), &KioskController::unlockedChanged);
    // Staff walk away: nobody touches the kiosk, and it locks itself, closing what they opened.
    QTRY_VERIFY_WITH_TIMEOUT(!w.kiosk->isUnlocked(), 10000);
    QTRY_VERIFY(!settings || !settings->isVisible());
    QCOMPARE(locked.size(), 1);
    QCOMPARE(locked.first().first().toBool(), false);
    QVERIFY(!w.kiosk->relockPending());
    QVERIFY(!w.window->menuBar()->isVisible());
    QVERIFY(!toolButton(w, "kioskExit")->isVisible());
    QVERIFY(!ui::fileDialogsAllowed());
    QVERIFY(!w.window->close());

    // An idle reset locks at once, whatever is left of the re-lock time.
    unlock();
    QVERIFY(w.kiosk->isUnlocked());
    w.kiosk->resetSession();
    QVERIFY(!w.kiosk->isUnlocked());
    QVERIFY(!w.kiosk->relockPending());
}

void TestKiosk::quittingIsRefusedWithoutThePin()
{
    World w;
    QTest::mouseClick(w.kiosk->attractScreen()->startButton(), Qt::LeftButton);
    QVERIFY(!ui::fileDialogsAllowed());
    QVERIFY(!w.window->close());
    QVERIFY(w.window->isVisible());
    QTest::keyClick(w.window.get(), Qt::Key_Q, Qt::ControlModifier);
    QTest::keyClick(w.window.get(), Qt::Key_F4, Qt::AltModifier);
    QVERIFY(w.window->isVisible());
    QVERIFY(!toolButton(w, "kioskExit")->isVisible());

    // Without a PIN the dialog tells staff how to set one.
    ui::KioskPinDialog *noPin = w.kiosk->requestUnlock();
    QVERIFY(QTest::qWaitForWindowExposed(noPin));
    QTRY_VERIFY(noPin->noPinLabel()->isVisible()); // read off the GUI thread
    noPin->reject();

    QVERIFY(w.kiosk->pins().setPinLocally(QStringLiteral("2468")).ok());
    QTest::mouseClick(toolButton(w, "kioskStaff"), Qt::LeftButton);
    ui::KioskPinDialog *dialog = nullptr;
    for (auto *d : w.window->findChildren<ui::KioskPinDialog *>()) {
        if (d->isVisible())
            dialog = d;
    }
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->noPinLabel()->isVisible());
    dialog->pinField()->setFocus();
    tapKeys(dialog->keypad(), QStringLiteral("1357"));
    QTest::mouseClick(dialog->keypad()->key(QStringLiteral("Enter")), Qt::LeftButton);
    // Argon2id runs on a worker: the dialog says it is busy and ignores a second Enter.
    QVERIFY(dialog->isChecking());
    QVERIFY(dialog->busyIndicator()->isVisible());
    QVERIFY(!dialog->unlockButton()->isEnabled());
    QTest::mouseClick(dialog->unlockButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isChecking());
    QVERIFY(!dialog->busyIndicator()->isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->isVisible());
    QCOMPARE(dialog->errorLabel()->text(), QStringLiteral("The PIN is not correct."));
    QVERIFY(dialog->pinField()->text().isEmpty());
    QVERIFY(!w.kiosk->isUnlocked());
    QVERIFY(!w.window->close());

    tapKeys(dialog->keypad(), QStringLiteral("2468"));
    QTest::mouseClick(dialog->unlockButton(), Qt::LeftButton);
    QTRY_VERIFY(w.kiosk->isUnlocked());
    QVERIFY(ui::fileDialogsAllowed());
    QVERIFY(w.window->menuBar()->isVisible());
    QTRY_VERIFY(toolButton(w, "kioskExit")->isVisible());
    // Lock again, then unlock and leave.
    w.kiosk->lock();
    QVERIFY(!w.window->close());
    ui::KioskPinDialog *again = w.kiosk->requestUnlock();
    again->pinField()->setText(QStringLiteral("2468"));
    QTest::mouseClick(again->unlockButton(), Qt::LeftButton);
    QTRY_VERIFY(w.kiosk->isUnlocked());
    QTest::mouseClick(toolButton(w, "kioskExit"), Qt::LeftButton);
    QVERIFY(!w.window->isVisible());
}

void TestKiosk::aTileOfTheAttractScreenOpensItsProduct()
{
    World w;
    QListView *tiles = w.kiosk->attractScreen()->tiles();
    QTRY_COMPARE(tiles->model()->rowCount(), 2);
    QModelIndex tent;
    for (int row = 0; row < tiles->model()->rowCount(); ++row) {
        const QModelIndex index = tiles->model()->index(row, 0);
        if (ui::AttractScreen::productIdOf(index) == w.tent)
            tent = index;
    }
    QVERIFY(tent.isValid());
    QTest::mouseClick(tiles->viewport(), Qt::LeftButton, {}, tiles->visualRect(tent).center());
    QTRY_VERIFY(!w.kiosk->attractShowing());
    QVERIFY(w.window->showingProduct());
    QCOMPARE(w.window->productPage()->productId(), w.tent);
}

void TestKiosk::anAdministratorSetsThePinInTheSettings()
{
    World w;
    auth::AuthService &auth = w.window->authService();
    const QString password = QStringLiteral("a long admin password");
    QVERIFY(
        auth.createFirstAdmin(QStringLiteral("root@example.org"), QStringLiteral("Root"), password)
            .ok());
    auto admin = auth.logIn(QStringLiteral("root@example.org"), password);
    QVERIFY(admin.ok());
    ui::SettingsDialog settings(*w.db, auth, *admin);
    settings.newPinField()->setText(QStringLiteral("8642"));
    settings.repeatPinField()->setText(QStringLiteral("8643"));
    QTest::mouseClick(settings.setPinButton(), Qt::LeftButton);
    QCOMPARE(settings.pinStatus()->text(), QStringLiteral("The two PINs differ."));
    QVERIFY(!*w.kiosk->pins().hasPin());
    settings.newPinField()->setText(QStringLiteral("8642"));
    settings.repeatPinField()->setText(QStringLiteral("8642"));
    QTest::mouseClick(settings.setPinButton(), Qt::LeftButton);
    QVERIFY(!settings.setPinButton()->isEnabled()); // hashing on a worker
    QTRY_COMPARE(settings.pinStatus()->text(), QStringLiteral("The staff PIN has been set."));
    QVERIFY(settings.setPinButton()->isEnabled());
    QVERIFY(w.kiosk->pins().verify(QStringLiteral("8642")).ok());

    // The idle time set there applies at once, however the dialog was opened.
    settings.setParent(w.window.get(), Qt::Dialog);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    settings.idleBox()->setValue(45);
    settings.apply();
    QTRY_COMPARE(w.kiosk->idleTimeout(), std::chrono::milliseconds(45'000));
    QCOMPARE(ui::SettingsDialog::idleSecs(), 45);
    settings.setParent(nullptr);

    // A shopper's settings have no PIN section (and core would refuse anyway).
    QVERIFY(auth.signUp(QStringLiteral("kim@example.org"), QStringLiteral("Kim"), password).ok());
    auto shopper = auth.logIn(QStringLiteral("kim@example.org"), password);
    QVERIFY(shopper.ok());
    ui::SettingsDialog shopperSettings(*w.db, auth, *shopper);
    QVERIFY(!shopperSettings.newPinField());
    QVERIFY(!w.kiosk->pins().setPin(*shopper, QStringLiteral("1111")));
}

void TestKiosk::shoppingTargetsAreAtLeast48Pixels()
{
    ShopWorld w(*m_demo, m_demoDir);
    QStringList found = tooSmall(w.window.get());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    QTest::mouseClick(w.kiosk->attractScreen()->startButton(), Qt::LeftButton);

    // The home page with its carousels filled.
    QAbstractButton *home = toolButton(w, "kioskHome");
    QVERIFY(home);
    QTest::mouseClick(home, Qt::LeftButton);
    QVERIFY(w.window->showingHome());
    ui::HomePage *page = w.window->homePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->recommended()->model()->rowCount() > 0, 120000);
    QTRY_VERIFY(page->trending()->model()->rowCount() > 0);
    found = tooSmall(w.window.get());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    // The link is drawn on the tiles that can explain themselves; its band is finger-sized.
    const recsys::CarouselModel *recommended = page->recommended()->model();
    QVERIFY(recommended->index(0).data(recsys::CarouselModel::ExplainableRole).toBool());
    QVERIFY(page->recommended()->whyLinkRect(recommended->index(0)).height() >=
            KioskController::kTouchTarget);

    // The product page: stars, cart, wishlist, "not interested" and its carousels.
    const qint64 product = recommended->productIds().first();
    w.window->openProduct(product);
    ui::ProductPage *productPage = w.window->productPage();
    QTRY_COMPARE(productPage->productId(), product);
    QTRY_VERIFY(productPage->addToCartButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(productPage->similarCarousel()->model()->rowCount() > 0, 20000);
    QVERIFY(productPage->starRating()->isVisible());
    QVERIFY(productPage->notInterestedButton()->isVisible());
    QVERIFY(productPage->addToWishlistButton()->isVisible());
    found = tooSmall(w.window.get());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestKiosk::aGuestShopsByTouchAlone()
{
    ShopWorld w(*m_demo, m_demoDir);
    QVERIFY(w.kiosk->attractShowing());
    QVERIFY(!w.window->menuBar()->isVisible()); // no Shop ▸ Cart…: the toolbar is the way
    QTest::mouseClick(w.kiosk->attractScreen()->startButton(), Qt::LeftButton);
    QVERIFY(w.window->session().isGuest());

    // Browse the grid and tap a product.
    QTest::mouseClick(toolButton(w, "kioskBrowse"), Qt::LeftButton);
    QListView *grid = w.window->catalogPage()->grid();
    QTRY_VERIFY(grid->model()->rowCount() > 0);
    const QModelIndex first = grid->model()->index(0, 0);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(first).center());
    QTRY_VERIFY(w.window->showingProduct());
    ui::ProductPage *page = w.window->productPage();
    const qint64 product = page->productId();
    QVERIFY(product > 0);
    QTRY_VERIFY(!page->titleText().startsWith(QStringLiteral("Loading")));

    // Rate it with a tap on the fourth star.
    ui::StarRating *stars = page->starRating();
    QTest::mouseClick(stars, Qt::LeftButton, {}, stars->starRect(4).center());
    QCOMPARE(stars->rating(), 4);
    QTRY_COMPARE(page->noticeLabel()->text(),
                 QStringLiteral("Thanks! Your rating counts for this visit."));
    QCOMPARE(*w.window->shopperService().ratingOf(w.window->session(), product),
             std::optional<int>(4));

    // Into the cart; the toolbar's Cart button counts it.
    QAbstractButton *cartButton = toolButton(w, "kioskCart");
    QVERIFY(cartButton);
    QVERIFY(cartButton->isVisible());
    QCOMPARE(cartButton->text(), QStringLiteral("Cart"));
    QTest::mouseClick(page->addToCartButton(), Qt::LeftButton);
    QTRY_COMPARE(page->noticeLabel()->text(), QStringLiteral("Added to your cart."));
    QTRY_COMPARE(cartButton->text(), QStringLiteral("Cart (1)"));
    QCOMPARE(cartButton->accessibleName(), QStringLiteral("Cart (1)"));

    // The cart opens from the toolbar and shows the line.
    QTest::mouseClick(cartButton, Qt::LeftButton);
    QPointer<ui::CartDialog> cart;
    QTRY_VERIFY((cart = visibleDialog<ui::CartDialog>(*w.window)) != nullptr);
    QTRY_COMPARE(cart->lines().size(), size_t(1));
    QCOMPARE(cart->lines().front().product.id, product);
    QCOMPARE(cart->lines().front().quantity, 1);
    const QStringList smallInCart = tooSmall(cart);
    QVERIFY2(smallInCart.isEmpty(), qPrintable(smallInCart.join(QLatin1Char('\n'))));
    QTest::mouseClick(cart->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close),
                      Qt::LeftButton);
    QTRY_VERIFY(cart.isNull() || !cart->isVisible());

    // The wishlist likewise.
    QTest::mouseClick(page->addToWishlistButton(), Qt::LeftButton);
    QTRY_COMPARE(page->noticeLabel()->text(), QStringLiteral("Added to your wishlist."));
    QTest::mouseClick(toolButton(w, "kioskWishlist"), Qt::LeftButton);
    QPointer<ui::WishlistDialog> wishlist;
    QTRY_VERIFY((wishlist = visibleDialog<ui::WishlistDialog>(*w.window)) != nullptr);
    QTRY_COMPARE(wishlist->table()->rowCount(), 1);
    QCOMPARE(wishlist->products().front().product.id, product);
    const QStringList smallInWishlist = tooSmall(wishlist);
    QVERIFY2(smallInWishlist.isEmpty(), qPrintable(smallInWishlist.join(QLatin1Char('\n'))));
    QTest::mouseClick(wishlist->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close),
                      Qt::LeftButton);
    QTRY_VERIFY(wishlist.isNull() || !wishlist->isVisible());

    // Home: the guest's recommendations, without the product just rated and carted.
    QTest::mouseClick(toolButton(w, "kioskHome"), Qt::LeftButton);
    QVERIFY(w.window->showingHome());
    ui::CarouselView *recommended = w.window->homePage()->recommended();
    QVERIFY(recommended->isVisible());
    QCOMPARE(recommended->title(), QStringLiteral("Recommended for you"));
    QTRY_VERIFY_WITH_TIMEOUT(recommended->model()->rowCount() > 0, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(!recommended->model()->productIds().contains(product), 20000);

    // The new buttons follow a switch of language like the others, count included.
    QVERIFY(ui::Translations::install(QStringLiteral("de")));
    QTRY_COMPARE(toolButton(w, "kioskHome")->text(), QStringLiteral("Startseite"));
    QCOMPARE(toolButton(w, "kioskHome")->accessibleName(), QStringLiteral("Startseite"));
    QCOMPARE(cartButton->text(), QStringLiteral("Warenkorb (1)"));
    QCOMPARE(toolButton(w, "kioskWishlist")->accessibleName(), QStringLiteral("Wunschliste"));
    QVERIFY(ui::Translations::install(QStringLiteral("en")));
    QTRY_COMPARE(cartButton->text(), QStringLiteral("Cart (1)"));

    // The next guest starts with an empty cart, and the button says so.
    w.kiosk->resetSession();
    QTRY_COMPARE(cartButton->text(), QStringLiteral("Cart"));
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
