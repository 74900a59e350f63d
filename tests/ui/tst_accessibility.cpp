// Every interactive control of the main window, its pages and every dialog has an accessible
// name and description (as a screen reader gets them through QAccessible) and can be reached
// from the keyboard;
// the grid opens a product with Enter; the program follows a new palette and a new language.

#include "auth/kioskpinservice.h"
#include "auth/profileservice.h"
#include "catalog/demostore.h"
#include "logindriver.h"
#include "recsys/carouselmodel.h"
#include "recsys/recommendationservice.h"
#include "testsupport.h"
#include "ui/auditlogdialog.h"
#include "ui/carouselview.h"
#include "ui/cartdialog.h"
#include "ui/catalogeditordialog.h"
#include "ui/catalogpage.h"
#include "ui/evaluationdashboard.h"
#include "ui/homepage.h"
#include "ui/imagecache.h"
#include "ui/importpreviewdialog.h"
#include "ui/kioskcontroller.h"
#include "ui/kioskpindialog.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/merchandisingdialog.h"
#include "ui/onboardingdialog.h"
#include "ui/onscreenkeyboard.h"
#include "ui/palettecolours.h"
#include "ui/productpage.h"
#include "ui/profiledialog.h"
#include "ui/recommendationdatadialog.h"
#include "ui/settingsdialog.h"
#include "ui/signupdialog.h"
#include "ui/translations.h"
#include "ui/usersdialog.h"
#include "ui/whythisdialog.h"
#include "ui/wishlistdialog.h"
#include "widgetwalk.h"

#include "catalog/productlistmodel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace storefront;
using ui::MainWindow;

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theWalkFindsUnnamedUndescribedAndUnreachableControls();
    void everyControlIsNamedDescribedAndReachable();
    void staffAndShopperWindowsAreNamedDescribedAndReachable();
    void enterInTheGridOpensTheProduct();
    void followsTheSystemPalette();
    void picturesAreDecodedForThePixelRatio();
    void switchesToGermanLive();

private:
    struct World
    {
        QTemporaryDir dir;
        std::unique_ptr<storage::Database> db = testing::openDatabase(dir);
        std::unique_ptr<MainWindow> window;
        qint64 tent = 0;
        World()
        {
            tent =
                testing::insert(*db, testing::product(QStringLiteral("O-1"), QStringLiteral("Tent"),
                                                      QStringLiteral("Outdoor > Camping"),
                                                      QStringLiteral("Acme"), 9900));
            ui::AccountOptions options;
            options.limits = auth::HashLimits::minimum();
            options.restoreSession = false;
            window =
                std::make_unique<MainWindow>(*db, catalog::MediaLocator({dir.path()}), options);
            window->show();
        }
    };

    /// Interactive controls under `top` that a screen reader cannot name or describe or the
    /// keyboard cannot reach, one line each.
    static QStringList inaccessible(QWidget *top);
    /// A session of the store's first administrator, made now (none when that fails).
    static std::optional<auth::Session> firstAdmin(auth::AuthService &auth);
    /// Whether `found` is empty; if not, warns with each line (a failure message would cut
    /// a long list short).
    static bool noneFound(const QStringList &found);
    /// inaccessible() of `dialog`, shown as its own window, then closed and deleted.
    static QStringList walkDialog(QWidget *dialog);
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StorefrontTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    QSettings().clear();
}

QStringList TestAccessibility::inaccessible(QWidget *top)
{
    QStringList found;
    for (QWidget *w : testing::interactiveControls(top)) {
        const QString what = testing::describe(w, top);
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            found << what + QStringLiteral(": no accessible name");
        // On Linux a combo box's accessible name is its current choice; what it is for
        // comes from its own name or a label (a buddy), which a screen reader reads first.
        else if (qobject_cast<QComboBox *>(w) && w->accessibleName().trimmed().isEmpty() &&
                 a->relations(QAccessible::Label).isEmpty())
            found << what + QStringLiteral(": named only by its current choice");
        // The description says what the control does, which a name alone rarely tells.
        if (a && a->text(QAccessible::Description).trimmed().isEmpty())
            found << what + QStringLiteral(" \"%1\": no accessible description")
                                .arg(a->text(QAccessible::Name));
        // On-screen keyboard keys are for touch only and must not take the focus.
        const bool touchOnly = qobject_cast<ui::OnScreenKeyboard *>(w->parentWidget());
        if (!touchOnly && !(w->focusPolicy() & Qt::TabFocus))
            found << what + QStringLiteral(": not reachable with Tab");
    }
    return found;
}

bool TestAccessibility::noneFound(const QStringList &found)
{
    for (const QString &line : found)
        qWarning("%s", qPrintable(line));
    return found.isEmpty();
}

void TestAccessibility::theWalkFindsUnnamedUndescribedAndUnreachableControls()
{
    QWidget top;
    top.setObjectName(QStringLiteral("top"));
    auto *layout = new QVBoxLayout(&top);
    auto *iconOnly = new QPushButton(&top); // no text, no accessible name
    iconOnly->setObjectName(QStringLiteral("iconOnly"));
    iconOnly->setAccessibleDescription(QStringLiteral("Does something"));
    auto *field = new QLineEdit(&top);
    field->setObjectName(QStringLiteral("field"));
    field->setAccessibleName(QStringLiteral("Field"));
    field->setAccessibleDescription(QStringLiteral("Takes something"));
    field->setFocusPolicy(Qt::NoFocus); // named, but the keyboard cannot reach it
    auto *fine = new QPushButton(QStringLiteral("OK"), &top);
    fine->setToolTip(QStringLiteral("Closes")); // a tooltip is read as the description
    auto *undescribed = new QPushButton(QStringLiteral("Apply"), &top); // says not what it does
    undescribed->setObjectName(QStringLiteral("undescribed"));
    auto *choice = new QComboBox(&top); // says "Red", not what the choice is for
    choice->setObjectName(QStringLiteral("choice"));
    choice->setAccessibleDescription(QStringLiteral("Colours something"));
    choice->addItem(QStringLiteral("Red"));
    auto *labelled = new QComboBox(&top);
    labelled->setAccessibleDescription(QStringLiteral("Colours something else"));
    labelled->addItem(QStringLiteral("Blue"));
    auto *label = new QLabel(QStringLiteral("&Colour:"), &top);
    label->setBuddy(labelled);
    for (QWidget *w : {static_cast<QWidget *>(iconOnly), static_cast<QWidget *>(field),
                       static_cast<QWidget *>(fine), static_cast<QWidget *>(undescribed),
                       static_cast<QWidget *>(choice), static_cast<QWidget *>(label),
                       static_cast<QWidget *>(labelled)})
        layout->addWidget(w);
    const QStringList found = inaccessible(&top);
    QCOMPARE(found.size(), 4);
    QVERIFY(found.at(0).contains(QLatin1String("iconOnly")));
    QVERIFY(found.at(0).contains(QLatin1String("no accessible name")));
    QVERIFY(found.at(1).contains(QLatin1String("field")));
    QVERIFY(found.at(1).contains(QLatin1String("not reachable")));
    QVERIFY(found.at(2).contains(QLatin1String("undescribed")));
    QVERIFY(found.at(2).contains(QLatin1String("no accessible description")));
    QVERIFY(found.at(3).contains(QLatin1String("choice")));
    QVERIFY(found.at(3).contains(QLatin1String("current choice")));
}

void TestAccessibility::everyControlIsNamedDescribedAndReachable()
{
    World w;
    QTRY_VERIFY(w.window->products()->rowCount() > 0);
    QStringList found = inaccessible(w.window.get());
    w.window->openProduct(w.tent);
    QTRY_VERIFY(w.window->productPage()->titleText().contains(QLatin1String("Tent")));
    found += inaccessible(w.window->productPage());

    auth::AuthService &auth = w.window->authService();
    // Signed in as the first administrator: every dialog, the PIN section included.
    const auto admin = firstAdmin(auth);
    QVERIFY(admin);
    auth::KioskPinService pins(*w.db, auth);

    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.push_back(std::make_unique<ui::LoginDialog>(auth));
    dialogs.push_back(std::make_unique<ui::SignUpDialog>(auth, ui::SignUpDialog::Mode::Shopper));
    dialogs.push_back(std::make_unique<ui::SignUpDialog>(auth, ui::SignUpDialog::Mode::FirstAdmin));
    dialogs.push_back(
        std::make_unique<ui::ProfileDialog>(auth, w.window->profileService(), *admin));
    dialogs.push_back(std::make_unique<ui::OnboardingDialog>(w.window->profileService(), *admin));
    dialogs.push_back(std::make_unique<ui::SettingsDialog>(*w.db, auth, *admin));
    dialogs.push_back(std::make_unique<ui::KioskPinDialog>(pins));
    dialogs.push_back(std::make_unique<ui::EvaluationDashboard>(*w.db, auth));
    for (const auto &dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        found += inaccessible(dialog.get());
        dialog->close();
    }

    // The kiosk's own screens.
    const catalog::MediaLocator media({w.dir.path()});
    ui::KioskController kiosk(w.window.get(), *w.db, media);
    found += inaccessible(w.window.get());
    QVERIFY2(noneFound(found), "the controls listed above are not accessible");
}

std::optional<auth::Session> TestAccessibility::firstAdmin(auth::AuthService &auth)
{
    const QString email = QStringLiteral("root@example.org");
    const QString password = QStringLiteral("a long admin password");
    if (!auth.createFirstAdmin(email, QStringLiteral("Root"), password).ok())
        return std::nullopt;
    auto session = auth.logIn(email, password);
    return session ? std::optional<auth::Session>(*session) : std::nullopt;
}

QStringList TestAccessibility::walkDialog(QWidget *dialog)
{
    QPointer<QWidget> guard(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        return {testing::describe(dialog, dialog) + QStringLiteral(": never shown")};
    QStringList found = inaccessible(dialog);
    dialog->close();
    if (!QTest::qWaitFor([&] { return guard.isNull(); }))
        found << testing::describe(dialog, dialog) + QStringLiteral(": not closed");
    return found;
}

void TestAccessibility::staffAndShopperWindowsAreNamedDescribedAndReachable()
{
    // A live storefront on the demo store: a shopper's home page with filled carousels, the
    // windows a shopper opens and every staff window, each loaded before it is walked.
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    auto seeded = catalog::DemoStore::seedIfEmpty(*db, catalog::DemoStore::locateDataDir());
    QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().toString()));
    recsys::RecommendationService::Options options;
    options.snapshotPath = dir.filePath(QStringLiteral("store.snapshot"));
    options.retrainDebounceMs = 10 * 60 * 1000; // no retrain while the windows are walked
    recsys::RecommendationService service(*db, options);
    ui::AccountOptions accounts;
    accounts.restoreSession = false;
    MainWindow window(*db, catalog::MediaLocator(), accounts, &service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    service.start();

    // A demo shopper, so "Recommended for you" and its explanations are there.
    testing::logInWithTheDialog(window, QStringLiteral("alice@demo.storefront"),
                                QStringLiteral("storefront-demo-2026"));
    QVERIFY(window.shopperId() != 0);

    ui::HomePage *home = window.homePage();
    QVERIFY(home);
    window.showHome();
    QTRY_VERIFY_WITH_TIMEOUT(home->recommended()->model()->rowCount() > 0 && !home->isRefreshing(),
                             120000);
    QTRY_VERIFY(home->trending()->model()->rowCount() > 0);
    QStringList found = inaccessible(&window); // the home page and its carousels included

    // "Why this?" on the first recommendation.
    home->recommended()->explain(0);
    ui::WhyThisDialog *why = nullptr;
    QTRY_VERIFY((why = home->findChild<ui::WhyThisDialog *>()) != nullptr);
    QTRY_VERIFY(why->isVisible());
    found += walkDialog(why);

    // The cart and the wishlist, each with a row (and so its row buttons).
    const qint64 productId = home->trending()->model()->productIds().first();
    QSignalSpy productLoaded(window.productPage(), &ui::ProductPage::loaded);
    window.openProduct(productId);
    QVERIFY(productLoaded.wait(10000));
    ui::CartDialog *cart = window.showCart();
    QVERIFY(cart);
    QTest::mouseClick(window.productPage()->addToCartButton(), Qt::LeftButton);
    QTRY_COMPARE(cart->table()->rowCount(), 1);
    found += walkDialog(cart);
    ui::WishlistDialog *wishlist = window.showWishlist();
    QVERIFY(wishlist);
    QTest::mouseClick(window.productPage()->addToWishlistButton(), Qt::LeftButton);
    QTRY_COMPARE(wishlist->table()->rowCount(), 1);
    found += walkDialog(wishlist);

    // The shopper's recommendation data, with her ratings listed.
    auto *data =
        new ui::RecommendationDataDialog(window.shopperService(), window.session(), &window);
    QSignalSpy dataLoaded(data, &ui::RecommendationDataDialog::loaded);
    data->show();
    QVERIFY(dataLoaded.wait(10000));
    QVERIFY(data->table()->rowCount() > 0);
    found += walkDialog(data);

    // The staff windows, for the store's first administrator.
    auth::AuthService &auth = window.authService();
    const auto admin = firstAdmin(auth);
    QVERIFY(admin);

    auto editor =
        ui::CatalogEditorDialog::create(*db, auth, *admin, catalog::MediaLocator(), &window);
    QVERIFY2(editor, editor ? "" : qPrintable(editor.error().toString()));
    QSignalSpy listed(*editor, &ui::CatalogEditorDialog::listsRefreshed);
    (*editor)->show();
    QVERIFY(listed.wait(10000));
    QTRY_VERIFY((*editor)->saveButton()->isEnabled());
    found += walkDialog(*editor);

    catalog::ImportPreview read;
    read.path = dir.filePath(QStringLiteral("new.csv"));
    catalog::PreviewRow row;
    row.line = 2;
    row.product.sku = QStringLiteral("NEW-2");
    row.product.title = QStringLiteral("New thing");
    read.rows.push_back(row);
    found += walkDialog(new ui::ImportPreviewDialog(read, &window));

    auto merch = new ui::MerchandisingDialog(window.merchandisingService(), *admin, &window);
    QSignalSpy merchLoaded(merch, &ui::MerchandisingDialog::loaded);
    merch->show();
    QVERIFY(merchLoaded.wait(10000));
    QTRY_VERIFY(!merch->isLoading());
    found += walkDialog(merch);

    auto audit = ui::AuditLogDialog::create(*db, auth, *admin, &window);
    QVERIFY(audit);
    QSignalSpy auditLoaded(*audit, &ui::AuditLogDialog::loaded);
    (*audit)->show();
    QVERIFY(auditLoaded.wait(10000));
    found += walkDialog(*audit);

    auto *users = new ui::UsersDialog(auth, *admin, &window);
    QSignalSpy usersLoaded(users, &ui::UsersDialog::usersLoaded);
    users->show();
    QVERIFY(usersLoaded.wait(10000));
    found += walkDialog(users);

    QVERIFY2(noneFound(found), "the controls listed above are not accessible");
}

void TestAccessibility::enterInTheGridOpensTheProduct()
{
    World w;
    QListView *grid = w.window->catalogPage()->grid();
    QTRY_VERIFY(w.window->products()->rowCount() > 0);
    w.window->activateWindow();
    w.window->catalogPage()->focusSearch();
    QTest::keyClick(w.window->catalogPage()->searchBox(), Qt::Key_Down);
    QVERIFY(grid->hasFocus());
    QTest::keyClick(grid, Qt::Key_Return);
    QTRY_VERIFY(w.window->showingProduct());
    QTRY_VERIFY(w.window->productPage()->titleText().contains(QLatin1String("Tent")));
    QTest::keyClick(w.window->productPage(), Qt::Key_Escape);
    QVERIFY(!w.window->showingProduct());
}

void TestAccessibility::followsTheSystemPalette()
{
    QPalette light = QApplication::palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Window, QColor(45, 45, 45));
    QVERIFY(!ui::isDark(light));
    QVERIFY(ui::isDark(dark));
    // Stars and warnings stay readable: lighter on dark backgrounds, darker on light ones.
    QVERIFY(ui::starColour(dark).lightnessF() > ui::starColour(light).lightnessF());
    QVERIFY(ui::warningColour(dark).lightnessF() > ui::warningColour(light).lightnessF());

    World w;
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    QCOMPARE(w.window->catalogPage()->grid()->palette().color(QPalette::Base), QColor(30, 30, 30));
    // Charts switch to their dark theme.
    ui::EvaluationDashboard dashboard(*w.db, w.window->authService());
    QCOMPARE(dashboard.findChild<QChartView *>()->chart()->theme(), QChart::ChartThemeDark);
    QApplication::setPalette(light);
    QCoreApplication::processEvents();
    QCOMPARE(dashboard.findChild<QChartView *>()->chart()->theme(), QChart::ChartThemeLight);
    QApplication::setPalette(light);
}

void TestAccessibility::picturesAreDecodedForThePixelRatio()
{
    // STOREFRONT_DATA_DIR under ctest, else the source tree's data (a compile definition of
    // core), so the test runs the same from the command line.
    const QString path =
        catalog::DemoStore::locateDataDir() + QStringLiteral("/images/handbag.png");
    QVERIFY(QFile::exists(path));
    ui::ImageCache cache;
    const QSize size(64, 64);
    for (const qreal dpr : {1.0, 2.0}) {
        QSignalSpy ready(&cache, &ui::ImageCache::imageReady);
        QVERIFY(cache.pixmap(path, size, dpr).isNull()); // decoded off the GUI thread
        QVERIFY(ready.wait(10000));
        const QPixmap pixmap = cache.pixmap(path, size, dpr);
        QVERIFY(!pixmap.isNull());
        // As many device pixels as the screen has: crisp, not scaled up.
        QCOMPARE(pixmap.devicePixelRatio(), dpr);
        QCOMPARE(pixmap.size(), size * dpr);
        QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(size));
    }
}

void TestAccessibility::switchesToGermanLive()
{
    QVERIFY(ui::Translations::available().contains(QStringLiteral("de")));
    QVERIFY(ui::Translations::available().contains(QStringLiteral("en")));
    World w;
    auth::KioskPinService pins(*w.db, w.window->authService());
    ui::KioskPinDialog dialog(pins);
    ui::SettingsDialog settings(*w.db, w.window->authService(), w.window->session());
    const int german = settings.languageBox()->findData(QStringLiteral("de"));
    QVERIFY(german >= 0);
    QCOMPARE(settings.languageBox()->itemText(german), QStringLiteral("Deutsch"));
    settings.languageBox()->setCurrentIndex(german);
    settings.apply();
    QCOMPARE(ui::Translations::current(), QStringLiteral("de"));
    QCOMPARE(QSettings().value(ui::Translations::kSettingKey).toString(), QStringLiteral("de"));
    // Widgets that retranslate follow at once.
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Personal-PIN"));
    QTRY_COMPARE(settings.windowTitle(), QStringLiteral("Einstellungen"));
    QVERIFY(ui::Translations::install(QStringLiteral("en")));
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Staff PIN"));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
