// The whole main window follows a language chosen in the settings at once: menus, actions,
// the catalog page, the home page's carousels and the open product page, including texts
// that depend on state (the result count, the product shown); so do the cart, wishlist and
// users windows left open during the switch, and the staff catalog editor and evaluation
// dashboard (their charts, headers and status lines too). A status-bar message still shown
// is said again in the new language. The expected texts are read from
// resources/translations/storefront_*.ts, not written here.

#include "auth/authservice.h"
#include "catalog/demostore.h"
#include "catalog/productlistmodel.h"
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
#include "ui/importpreviewdialog.h"
#include "ui/mainwindow.h"
#include "ui/productpage.h"
#include "ui/settingsdialog.h"
#include "ui/starrating.h"
#include "ui/translations.h"
#include "ui/usersdialog.h"
#include "ui/whythisdialog.h"
#include "ui/wishlistdialog.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QXmlStreamReader>

#include <functional>

using namespace storefront;
using namespace Qt::StringLiterals;

namespace {

/// One text on screen: how to read it, and the tr() context and source it comes from.
struct Shown
{
    QString what;
    std::function<QString()> read;
    QString context;
    QString source;
    /// Fills the placeholders of the source or its translation as the window does.
    std::function<QString(const QString &)> fill = [](const QString &text) { return text; };
};

const QString kMainWindow = QStringLiteral("storefront::ui::MainWindow");
const QString kCatalogPage = QStringLiteral("storefront::ui::CatalogPage");
const QString kHomePage = QStringLiteral("storefront::ui::HomePage");
const QString kProductPage = QStringLiteral("storefront::ui::ProductPage");
const QString kStarRating = QStringLiteral("storefront::ui::StarRating");
const QString kCartDialog = QStringLiteral("storefront::ui::CartDialog");
const QString kWishlistDialog = QStringLiteral("storefront::ui::WishlistDialog");
const QString kShopperList = QStringLiteral("storefront::ui::ShopperListDialog");
const QString kUsersDialog = QStringLiteral("storefront::ui::UsersDialog");
const QString kCatalogEditor = QStringLiteral("storefront::ui::CatalogEditorDialog");
const QString kProductValidator = QStringLiteral("storefront::catalog::ProductValidator");
const QString kDashboard = QStringLiteral("storefront::ui::EvaluationDashboard");
const QString kAuditLog = QStringLiteral("storefront::ui::AuditLogDialog");
const QString kImportPreview = QStringLiteral("storefront::ui::ImportPreviewDialog");
const QString kReason = QStringLiteral("storefront::recsys::Reason");
const QString kWhyThis = QStringLiteral("storefront::ui::WhyThisDialog");

/// The text of the button in `row`, `column` of a cart or wishlist table.
QPushButton *rowButton(QTableWidget *table, int row, int column)
{
    return qobject_cast<QPushButton *>(table->cellWidget(row, column));
}

/// The text of the label of `field`'s row in its form.
QString rowLabel(QWidget *field)
{
    auto *form = qobject_cast<QFormLayout *>(field->parentWidget()->layout());
    auto *label = form ? qobject_cast<QLabel *>(form->labelForField(field)) : nullptr;
    return label ? label->text() : QString();
}

/// The administrator "owner@example.org", created the first time it is asked for.
std::optional<auth::Session> ownerSession(auth::AuthService &auth)
{
    const QString email = QStringLiteral("owner@example.org");
    const QString password = QStringLiteral("owner's long secret");
    if (auto hasAdmin = auth.hasAdmin(); hasAdmin && !*hasAdmin)
        (void)auth.createFirstAdmin(email, QStringLiteral("Owner"), password);
    auto session = auth.logIn(email, password);
    return session ? std::optional<auth::Session>(*session) : std::nullopt;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void mainWindowFollowsTheLanguageLive();
    void openDialogsFollowTheLanguageLive();
    void staffWindowsFollowTheLanguageLive();
    void statusMessageFollowsTheLanguage();
    void reasonChipsFollowTheLanguageLive();

private:
    /// Every translated form of storefront_<code>.ts by (context, source); plural messages
    /// keep their forms in order (English has only those).
    void readTranslations(const QString &code);
    /// What `s` shows in `code`: its translation there, else its source.
    [[nodiscard]] QString expected(const QString &code, const Shown &s) const;
    /// Chooses `code` in the settings dialog the window opens, as a shopper would.
    static void chooseLanguage(ui::MainWindow &window, const QString &code);
    /// Shows the window with its first product open.
    static void showFirstProduct(ui::MainWindow &window);
    /// Checks `shown` in English, switches to German and back, checking them after each.
    void switchAndCheck(ui::MainWindow &window, const QList<Shown> &shown);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    QHash<QString, QHash<QPair<QString, QString>, QStringList>> m_translations;
};

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StorefrontTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
    QSettings().clear();
    QVERIFY(ui::Translations::available().contains(QStringLiteral("de")));
    QVERIFY(ui::Translations::install(QStringLiteral("en")));
    for (const QString &code : {u"en"_s, u"de"_s}) {
        readTranslations(code);
        QVERIFY(!m_translations.value(code).isEmpty());
    }
    m_db = testing::openDatabase(m_dir);
    auto seeded = catalog::DemoStore::seedIfEmpty(*m_db, catalog::DemoStore::locateDataDir());
    QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().toString()));
    QVERIFY(seeded->products > 0);
}

void TestLanguageSwitch::init()
{
    // Each test starts in English, even after one that failed in German.
    QVERIFY(ui::Translations::install(QStringLiteral("en")));
}

void TestLanguageSwitch::cleanupTestCase()
{
    ui::Translations::install(QStringLiteral("en"));
    m_db.reset();
}

void TestLanguageSwitch::readTranslations(const QString &code)
{
    QFile file(QStringLiteral(STOREFRONT_TS_DIR "/storefront_") + code + u".ts"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (xml.name() == "source"_L1) {
            source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            QStringList forms;
            if (!numerus)
                forms << xml.readElementText();
            while (numerus && xml.readNextStartElement())
                forms << xml.readElementText(); // <numerusform>
            m_translations[code].insert({context, source}, forms);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

QString TestLanguageSwitch::expected(const QString &code, const Shown &s) const
{
    // A plural message's second form is the one for more than one (every count here).
    const int form = s.source.contains(u"%n"_s) ? 1 : 0;
    const QString translated = m_translations.value(code).value({s.context, s.source}).value(form);
    return s.fill(translated.isEmpty() ? s.source : translated);
}

void TestLanguageSwitch::chooseLanguage(ui::MainWindow &window, const QString &code)
{
    ui::SettingsDialog *settings = window.showSettings();
    const int index = settings->languageBox()->findData(code);
    QVERIFY(index >= 0);
    settings->languageBox()->setCurrentIndex(index);
    settings->apply();
    settings->close();
    QCOMPARE(ui::Translations::current(), code);
}

void TestLanguageSwitch::showFirstProduct(ui::MainWindow &window)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.products()->totalCount() > 0);
    const qint64 productId =
        window.products()->index(0, 0).data(catalog::ProductListModel::IdRole).toLongLong();
    QSignalSpy loaded(window.productPage(), &ui::ProductPage::loaded);
    window.openProduct(productId);
    QVERIFY(loaded.wait(10000));
}

void TestLanguageSwitch::mainWindowFollowsTheLanguageLive()
{
    recsys::RecommendationService service(*m_db, {});
    ui::AccountOptions accounts;
    accounts.restoreSession = false;
    ui::MainWindow window(*m_db, catalog::MediaLocator(), accounts, &service);
    showFirstProduct(window);
    if (QTest::currentTestFailed())
        return;
    const int total = window.products()->totalCount();
    const QString productTitle = window.productPage()->titleText();
    QVERIFY(!productTitle.isEmpty());

    ui::CatalogPage *catalog = window.catalogPage();
    ui::HomePage *home = window.homePage();
    ui::ProductPage *product = window.productPage();
    auto *count = catalog->findChild<QLabel *>(QStringLiteral("resultCount"));
    QVERIFY(count);
    const auto menuTitle = [&window](int i) {
        return [&window, i] { return window.menuBar()->actions().value(i)->text(); };
    };
    QList<Shown> shown{
        {u"File menu"_s, menuTitle(0), kMainWindow, u"&File"_s},
        {u"View menu"_s, menuTitle(1), kMainWindow, u"&View"_s},
        {u"log-in action"_s, [&] { return window.logInAction()->text(); }, kMainWindow,
         u"&Log in\u2026"_s},
        {u"cart action"_s, [&] { return window.cartAction()->text(); }, kMainWindow,
         u"&Cart\u2026"_s},
        {u"account label"_s, [&] { return window.accountLabel()->text(); }, kMainWindow,
         u"Browsing as a guest"_s},
        {u"search placeholder"_s, [&] { return catalog->searchBox()->placeholderText(); },
         kCatalogPage, u"Search products, brands, categories… (Ctrl+F)"_s},
        {u"search accessible name"_s, [&] { return catalog->searchBox()->accessibleName(); },
         kCatalogPage, u"Search products"_s},
        {u"sort order"_s, [&] { return catalog->sortBox()->itemText(1); }, kCatalogPage,
         u"Price: low to high"_s},
        {u"result count"_s, [&] { return count->text(); }, kCatalogPage, u"%n product(s)"_s,
         [total](const QString &text) {
             return QString(text).replace(u"%n"_s, QString::number(total));
         }},
        {u"recommended carousel"_s, [&] { return home->recommended()->title(); }, kHomePage,
         u"Recommended for you"_s},
        {u"trending carousel"_s, [&] { return home->trending()->title(); }, kHomePage,
         u"Trending now"_s},
        {u"recently viewed carousel"_s, [&] { return home->recentlyViewed()->accessibleName(); },
         kHomePage, u"Recently viewed"_s},
        {u"browse button"_s, [&] { return home->browseButton()->text(); }, kHomePage,
         u"&Browse all products"_s},
        {u"add to cart button"_s, [&] { return product->addToCartButton()->text(); }, kProductPage,
         u"Add to &cart"_s},
        {u"add to cart accessible name"_s,
         [&] { return product->addToCartButton()->accessibleName(); }, kProductPage,
         u"Add to cart"_s},
        {u"wishlist button"_s, [&] { return product->addToWishlistButton()->text(); }, kProductPage,
         u"Add to &wishlist"_s},
        {u"not interested accessible name"_s,
         [&] { return product->notInterestedButton()->accessibleName(); }, kProductPage,
         u"Not interested"_s},
        {u"stars accessible name"_s, [&] { return product->starRating()->accessibleName(); },
         kStarRating, u"Your rating"_s},
        {u"product page accessible name"_s, [&] { return product->accessibleName(); }, kProductPage,
         u"Product page: %1"_s,
         [productTitle](const QString &text) { return text.arg(productTitle); }},
    };

    switchAndCheck(window, shown);
}

void TestLanguageSwitch::switchAndCheck(ui::MainWindow &window, const QList<Shown> &shown)
{
    for (const Shown &s : shown) {
        QVERIFY2(s.read() == expected(u"en"_s, s), qPrintable(s.what + u": "_s + s.read()));
        QVERIFY2(expected(u"de"_s, s) != expected(u"en"_s, s),
                 qPrintable(s.what + u": no German translation of "_s + s.source));
    }

    chooseLanguage(window, u"de"_s);
    for (const Shown &s : shown)
        QTRY_COMPARE(s.read(), expected(u"de"_s, s));

    chooseLanguage(window, u"en"_s);
    for (const Shown &s : shown)
        QTRY_COMPARE(s.read(), expected(u"en"_s, s));
}

void TestLanguageSwitch::openDialogsFollowTheLanguageLive()
{
    recsys::RecommendationService service(*m_db, {});
    ui::AccountOptions accounts;
    accounts.restoreSession = false;
    accounts.limits = auth::HashLimits::minimum();
    ui::MainWindow window(*m_db, catalog::MediaLocator(), accounts, &service);
    showFirstProduct(window);
    if (QTest::currentTestFailed())
        return;
    const QString productTitle = window.productPage()->titleText();

    // The cart and the wishlist (of the guest) each hold the product, so they show rows.
    ui::CartDialog *cart = window.showCart();
    QVERIFY(cart);
    QTest::mouseClick(window.productPage()->addToCartButton(), Qt::LeftButton);
    QTRY_COMPARE(cart->table()->rowCount(), 1);
    ui::WishlistDialog *wishlist = window.showWishlist();
    QVERIFY(wishlist);
    QTest::mouseClick(window.productPage()->addToWishlistButton(), Qt::LeftButton);
    QTRY_COMPARE(wishlist->table()->rowCount(), 1);

    auth::AuthService &auth = window.authService();
    auto admin = ownerSession(auth);
    QVERIFY(admin);
    auto *users = new ui::UsersDialog(auth, *admin, &window);
    users->setAttribute(Qt::WA_DeleteOnClose);
    QSignalSpy usersLoaded(users, &ui::UsersDialog::usersLoaded);
    users->show();
    QVERIFY(usersLoaded.wait(10000));

    const auto withTitle = [productTitle](const QString &text) { return text.arg(productTitle); };
    const QList<Shown> shown{
        {u"cart title"_s, [&] { return cart->windowTitle(); }, kCartDialog, u"Your cart"_s},
        {u"cart accessible name"_s, [&] { return cart->table()->accessibleName(); }, kCartDialog,
         u"Your cart"_s},
        {u"cart header"_s, [&] { return cart->table()->horizontalHeaderItem(0)->text(); },
         kCartDialog, u"Product"_s},
        {u"cart table description"_s, [&] { return cart->table()->accessibleDescription(); },
         kShopperList, u"Enter opens a product; Tab reaches the controls of the current view"_s},
        {u"cart remove button"_s,
         [&] { return rowButton(cart->table(), 0, ui::CartDialog::RemoveColumn)->text(); },
         kCartDialog, u"Remove"_s},
        {u"cart remove accessible name"_s,
         [&] {
             return rowButton(cart->table(), 0, ui::CartDialog::RemoveColumn)->accessibleName();
         },
         kCartDialog, u"Remove %1 from the cart"_s, withTitle},
        {u"wishlist title"_s, [&] { return wishlist->windowTitle(); }, kWishlistDialog,
         u"Your wishlist"_s},
        {u"wishlist add button"_s,
         [&] {
             return rowButton(wishlist->table(), 0, ui::WishlistDialog::AddToCartColumn)->text();
         },
         kWishlistDialog, u"Add to cart"_s},
        {u"wishlist add accessible name"_s,
         [&] {
             return rowButton(wishlist->table(), 0, ui::WishlistDialog::AddToCartColumn)
                 ->accessibleName();
         },
         kWishlistDialog, u"Add %1 to the cart"_s, withTitle},
        {u"users title"_s, [&] { return users->windowTitle(); }, kUsersDialog,
         u"Users and roles"_s},
        {u"users button"_s, [&] { return users->applyButton()->text(); }, kUsersDialog,
         u"&Change role"_s},
        {u"users filter accessible name"_s, [&] { return users->filterEdit()->accessibleName(); },
         kUsersDialog, u"Find users"_s},
        {u"users filter placeholder"_s, [&] { return users->filterEdit()->placeholderText(); },
         kUsersDialog, u"Find by email or name"_s},
        {u"users header"_s,
         [&] { return users->table()->model()->headerData(0, Qt::Horizontal).toString(); },
         kUsersDialog, u"Email"_s},
        {u"users can-log-in cell"_s,
         [&] {
             const QAbstractItemModel *model = users->table()->model();
             const QModelIndexList owner =
                 model->match(model->index(0, 0), Qt::DisplayRole, u"owner@example.org"_s);
             return owner.isEmpty() ? QString()
                                    : owner.first().siblingAtColumn(3).data().toString();
         },
         kUsersDialog, u"yes"_s},
        {u"users role choice"_s, [&] { return users->roleBox()->itemText(0); }, kUsersDialog,
         u"Shopper"_s},
    };
    switchAndCheck(window, shown);
}

void TestLanguageSwitch::staffWindowsFollowTheLanguageLive()
{
    ui::AccountOptions accounts;
    accounts.restoreSession = false;
    accounts.limits = auth::HashLimits::minimum();
    ui::MainWindow window(*m_db, catalog::MediaLocator(), accounts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto admin = ownerSession(window.authService());
    QVERIFY(admin);

    // The editor, loaded, with a refused save on screen: a status line and field messages.
    auto editor = ui::CatalogEditorDialog::create(*m_db, window.authService(), *admin,
                                                  catalog::MediaLocator(), &window);
    QVERIFY2(editor, editor ? "" : qPrintable(editor.error().toString()));
    ui::CatalogEditorDialog *d = *editor;
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowFlag(Qt::Window);
    QSignalSpy listed(d, &ui::CatalogEditorDialog::listsRefreshed);
    d->show();
    QVERIFY(listed.wait(10000));
    QTRY_VERIFY(d->saveButton()->isEnabled());
    QVERIFY(!d->save());
    QLabel *skuMessage = d->messageFor(u"sku"_s);
    auto *state = d->findChild<QLabel *>(u"productState"_s);
    auto *category = d->findChild<QComboBox *>(u"categoriesField"_s);
    QVERIFY(state && category);

    // The dashboard, after evaluating two models on the store's ratings.
    auto *dashboard = new ui::EvaluationDashboard(*m_db, window.authService(), &window);
    dashboard->setSession(*admin);
    dashboard->setAttribute(Qt::WA_DeleteOnClose);
    dashboard->setWindowFlag(Qt::Window);
    const QStringList models{u"popularity"_s, u"item-knn"_s};
    for (int i = 0; i < dashboard->modelList()->count(); ++i) {
        QListWidgetItem *item = dashboard->modelList()->item(i);
        item->setCheckState(models.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    QSignalSpy evaluated(dashboard, &ui::EvaluationDashboard::evaluationFinished);
    dashboard->show();
    dashboard->startEvaluation();
    QVERIFY(evaluated.wait(60000));
    QCOMPARE(int(dashboard->result().results.size()), int(models.size()));

    // The audit log and an import preview are window-modal, so only a switch made otherwise
    // than through the settings can reach them; they follow it all the same.
    auto audit = ui::AuditLogDialog::create(*m_db, window.authService(), *admin, &window);
    QVERIFY(audit);
    ui::AuditLogDialog *log = *audit;
    log->setAttribute(Qt::WA_DeleteOnClose);
    QSignalSpy logLoaded(log, &ui::AuditLogDialog::loaded);
    log->show();
    QVERIFY(logLoaded.wait(10000));
    catalog::ImportPreview read;
    read.path = m_dir.filePath(u"new.csv"_s);
    for (int line : {2, 3}) {
        catalog::PreviewRow row;
        row.line = line;
        row.product.sku = u"NEW-%1"_s.arg(line);
        row.product.title = u"New thing"_s;
        read.rows.push_back(row);
    }
    auto *preview = new ui::ImportPreviewDialog(read, &window);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->show();

    const auto atK = [k = dashboard->result().k](const QString &text) {
        return text.arg(u"ndcg"_s).arg(k);
    };
    const auto models2 = [](const QString &text) { return QString(text).replace(u"%n"_s, u"2"_s); };
    const QList<Shown> shown{
        {u"editor title"_s, [&] { return d->windowTitle(); }, kCatalogEditor, u"Edit catalog"_s},
        {u"editor save button"_s, [&] { return d->saveButton()->text(); }, kCatalogEditor,
         u"Sa&ve"_s},
        {u"editor save accessible name"_s, [&] { return d->saveButton()->accessibleName(); },
         kCatalogEditor, u"Save the product"_s},
        {u"editor undo button"_s,
         [&] { return d->findChild<QPushButton *>(u"undoButton"_s)->text(); }, kCatalogEditor,
         u"&Undo"_s},
        {u"editor new product button"_s,
         [&] { return d->findChild<QPushButton *>(u"newProduct"_s)->text(); }, kCatalogEditor,
         u"&New product"_s},
        {u"editor search placeholder"_s, [&] { return d->searchBox()->placeholderText(); },
         kCatalogEditor, u"SKU or name"_s},
        {u"editor SKU row label"_s, [&] { return rowLabel(d->field(u"sku"_s)); }, kCatalogEditor,
         u"&SKU:"_s},
        {u"editor price placeholder"_s, [&] { return d->field(u"price"_s)->placeholderText(); },
         kCatalogEditor, u"19.99"_s},
        {u"editor category accessible name"_s,
         [&] { return d->categoryNameField()->accessibleName(); }, kCatalogEditor,
         u"Category name"_s},
        {u"editor no-category choice"_s, [&] { return category->itemText(0); }, kCatalogEditor,
         u"(no category)"_s},
        {u"editor product state"_s, [&] { return state->text(); }, kCatalogEditor,
         u"New product (not saved yet)"_s},
        {u"editor status line"_s, [&] { return d->statusLine()->text(); }, kCatalogEditor,
         u"Not saved: fix the fields marked below."_s},
        {u"editor SKU message"_s, [&] { return skuMessage->text(); }, kProductValidator,
         u"is empty; every product needs a sku"_s},
        {u"dashboard title"_s, [&] { return dashboard->windowTitle(); }, kDashboard,
         u"Evaluation dashboard"_s},
        {u"dashboard run button"_s, [&] { return dashboard->runButton()->text(); }, kDashboard,
         u"&Run evaluation"_s},
        {u"dashboard table accessible name"_s, [&] { return dashboard->table()->accessibleName(); },
         kDashboard, u"Metrics per model"_s},
        {u"dashboard table header"_s,
         [&] { return dashboard->table()->horizontalHeaderItem(0)->text(); }, kDashboard,
         u"model"_s},
        {u"dashboard bar chart title"_s, [&] { return dashboard->barChart()->chart()->title(); },
         kDashboard, u"%1 at k = %2 per model"_s, atK},
        {u"dashboard curve chart title"_s,
         [&] { return dashboard->curveChart()->chart()->title(); }, kDashboard,
         u"Precision (solid) and recall (dashed) versus k"_s},
        {u"dashboard status"_s, [&] { return dashboard->statusLabel()->text(); }, kDashboard,
         u"Done: %n model(s) evaluated."_s, models2},
        {u"audit log title"_s, [&] { return log->windowTitle(); }, kAuditLog, u"Audit log"_s},
        {u"audit log header"_s, [&] { return log->table()->horizontalHeaderItem(0)->text(); },
         kAuditLog, u"When"_s},
        {u"audit log filter"_s, [&] { return log->filter()->itemText(0); }, kAuditLog,
         u"Catalog changes"_s},
        {u"import header"_s, [&] { return preview->table()->horizontalHeaderItem(0)->text(); },
         kImportPreview, u"Line"_s},
        {u"import confirm button"_s, [&] { return preview->confirmButton()->text(); },
         kImportPreview, u"&Confirm import"_s},
        {u"import row status"_s,
         [&] { return preview->table()->item(0, ui::ImportPreviewDialog::StatusColumn)->text(); },
         kImportPreview, u"new"_s},
        {u"import summary"_s, [&] { return preview->summaryLabel()->text(); }, kImportPreview,
         u"%n product(s) will be imported: %1 new, %2 updated. Nothing is written until you "
         "confirm."_s,
         [](const QString &text) { return QString(text).replace(u"%n"_s, u"2"_s).arg(2).arg(0); }},
    };
    switchAndCheck(window, shown);
}

void TestLanguageSwitch::statusMessageFollowsTheLanguage()
{
    // The welcome is shown for 5 s from the window's construction; this is measured from
    // before it, so a machine too slow to switch within that time skips rather than fails.
    QElapsedTimer sinceShown;
    sinceShown.start();
    ui::AccountOptions accounts;
    accounts.restoreSession = false;
    ui::MainWindow window(*m_db, catalog::MediaLocator(), accounts);
    window.show();
    const Shown welcome{u"welcome message"_s, [&] { return window.statusBar()->currentMessage(); },
                        kMainWindow, u"Welcome! Browse the categories or type to search."_s};
    QCOMPARE(welcome.read(), expected(u"en"_s, welcome));
    QVERIFY(expected(u"de"_s, welcome) != expected(u"en"_s, welcome));
    for (const QString &code : {u"de"_s, u"en"_s}) {
        chooseLanguage(window, code);
        QCoreApplication::sendPostedEvents(); // the LanguageChange events
        if (sinceShown.elapsed() > 4000)
            QSKIP("The switch took too long to see the 5 s message still shown.");
        QCOMPARE(welcome.read(), expected(code, welcome));
    }

    // A message the window did not make (core's refusals go this way) keeps its text.
    window.statusBar()->showMessage(u"ABC-1"_s, 60000);
    chooseLanguage(window, u"de"_s);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(window.statusBar()->currentMessage(), u"ABC-1"_s);
    chooseLanguage(window, u"en"_s);
}

// Reasons are made in core in the language of their time: the chips of the home page's and
// the product page's carousels and an open "Why this?" word them again after a switch.
void TestLanguageSwitch::reasonChipsFollowTheLanguageLive()
{
    recsys::RecommendationService::Options options;
    options.snapshotPath = m_dir.filePath(u"reasons.snapshot"_s);
    options.retrainDebounceMs = 10 * 60 * 1000;
    recsys::RecommendationService service(*m_db, options);
    ui::AccountOptions guestOnly;
    guestOnly.restoreSession = false;
    ui::MainWindow window(*m_db, catalog::MediaLocator(), guestOnly, &service);
    // Trained while the first product opens: its "Similar products" come with the model.
    service.start();
    showFirstProduct(window);
    if (QTest::currentTestFailed())
        return;
    const QString productTitle = window.productPage()->titleText();

    const recsys::CarouselModel *trending = window.homePage()->trending()->model();
    const recsys::CarouselModel *similar = window.productPage()->similarCarousel()->model();
    QTRY_VERIFY_WITH_TIMEOUT(trending->rowCount() > 0 && similar->rowCount() > 0, 180000);
    const auto first = trending->index(0)
                           .data(recsys::CarouselModel::RecommendationRole)
                           .value<recsys::Recommendation>();
    QCOMPARE(first.reasonKind, recsys::ReasonKind::Trending);
    QCOMPARE(first.reasonArgs.size(), 1);
    const QString category = first.reasonArgs.first();
    const qint64 trendingId = first.productId;
    const qint64 similarId =
        similar->index(0).data(recsys::CarouselModel::ProductIdRole).toLongLong();
    auto row = [](const recsys::CarouselModel *model, qint64 id, int role) {
        return model->index(model->rowOf(id)).data(role).toString();
    };

    window.homePage()->trending()->explain(0);
    QPointer<ui::WhyThisDialog> why;
    QTRY_VERIFY((why = window.homePage()->findChild<ui::WhyThisDialog *>()) != nullptr);

    const auto inCategory = [category](const QString &text) { return text.arg(category); };
    const QList<Shown> shown{
        {u"trending chip"_s,
         [&] { return row(trending, trendingId, recsys::CarouselModel::ReasonRole); }, kReason,
         u"Trending in %1"_s, inCategory},
        {u"trending tile description"_s,
         [&] { return row(trending, trendingId, Qt::AccessibleDescriptionRole); }, kReason,
         u"Trending in %1"_s, inCategory},
        {u"similar product description"_s,
         [&] { return row(similar, similarId, Qt::AccessibleDescriptionRole); }, kReason,
         u"Similar to %1"_s,
         [productTitle](const QString &text) { return text.arg(productTitle); }},
        {u"why this reason"_s, [&] { return why ? why->reasonText() : QString(); }, kReason,
         u"Trending in %1"_s, inCategory},
        {u"why this signal"_s, [&] { return why ? why->modelList()->item(0)->text() : QString(); },
         kWhyThis, u"What is trending now"_s},
    };
    switchAndCheck(window, shown);
    QVERIFY(!why.isNull());
    why->close();
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
