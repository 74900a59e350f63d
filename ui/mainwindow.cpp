#include "mainwindow.h"

#include "merchandisingdialog.h"
#include "recommendationdatadialog.h"
#include "shop/merchandisingservice.h"
#include "shop/shopperservice.h"

#include "auth/passwordpolicy.h"
#include "auth/profileservice.h"
#include "logindialog.h"
#include "onboardingdialog.h"
#include "profiledialog.h"
#include "settingsdialog.h"
#include "signupdialog.h"
#include "usersdialog.h"

#include "async.h"
#include "auditlogdialog.h"
#include "cartdialog.h"
#include "catalog/catalogservice.h"
#include "catalog/categorytreemodel.h"
#include "catalog/productlistmodel.h"
#include "catalogeditordialog.h"
#include "catalogpage.h"
#include "evaluationdashboard.h"
#include "facetpanel.h"
#include "homepage.h"
#include "imagecache.h"
#include "productpage.h"
#include "recsys/recommendationservice.h"
#include "shop/shopperservice.h"
#include "starrating.h"
#include "useractivity.h"
#include "wishlistdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent>

namespace storefront::ui {

namespace {
const QString kTokenKey = QStringLiteral("account/sessionToken");

/// Makes the settings file readable by its owner only, creating it empty if need be.
/// QSettings writes a new file that takes the permissions of the one it replaces, so once
/// this is done no token is ever written to a file others can read.
bool restrictToOwner(const QString &fileName)
{
    if (!QDir().mkpath(QFileInfo(fileName).absolutePath()))
        return false;
    QFile file(fileName);
    if (!file.exists() && !file.open(QIODevice::WriteOnly))
        return false;
    file.close();
    return QFile::setPermissions(fileName, QFile::ReadOwner | QFile::WriteOwner);
}
} // namespace

/// The menus and actions whose texts retranslate() sets, besides those the accessors return.
struct MainWindow::Menus
{
    QMenu *file = nullptr;
    QAction *quit = nullptr;
    QMenu *view = nullptr;
    QAction *search = nullptr;
    QAction *home = nullptr;   // with a recommender only
    QAction *browse = nullptr; // with a recommender only
    QAction *back = nullptr;
    QAction *reload = nullptr;
    QMenu *tools = nullptr;
    QAction *settings = nullptr;
    QAction *dashboard = nullptr;
    QAction *merchandising = nullptr;
    QMenu *shop = nullptr; // with a recommender only
    QAction *users = nullptr;
    QMenu *help = nullptr;
    QAction *shortcuts = nullptr;
    QAction *about = nullptr;
    QMenu *account = nullptr;
    QAction *recommendationData = nullptr;
    int cartItems = 0; ///< shown in the cart action's text
};

MainWindow::MainWindow(const storage::Database &db, catalog::MediaLocator media, QWidget *parent)
    : MainWindow(db, std::move(media), AccountOptions{}, parent)
{}

MainWindow::MainWindow(const storage::Database &db, catalog::MediaLocator media,
                       const AccountOptions &options, QWidget *parent)
    : MainWindow(db, std::move(media), options, nullptr, parent)
{}

MainWindow::MainWindow(const storage::Database &db, catalog::MediaLocator media,
                       const AccountOptions &options, recsys::RecommendationService *recommender,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_recommender(recommender)
    , m_catalog(std::make_unique<catalog::CatalogService>(db))
    , m_media(media)
    , m_menus(std::make_unique<Menus>())
{
    setObjectName(QStringLiteral("mainWindow"));
    m_images = new ImageCache(this);
    m_products = new catalog::ProductListModel(db, media, this);
    m_categories = new catalog::CategoryTreeModel(db, this);

    m_stack = new QStackedWidget(this);
    m_catalogPage = new CatalogPage(m_products, m_categories, *m_catalog, m_images, m_stack);
    m_productPage = new ProductPage(*m_catalog, m_images, media, m_stack);
    if (m_recommender) {
        m_homePage = new HomePage(db, *m_recommender, m_images, media, m_stack);
        m_stack->addWidget(m_homePage);
    }
    m_stack->addWidget(m_catalogPage);
    m_stack->addWidget(m_productPage);
    setCentralWidget(m_stack);
    m_backTarget = m_catalogPage;

    connect(m_catalogPage, &CatalogPage::productActivated, this, &MainWindow::openProduct);
    connect(m_productPage, &ProductPage::backRequested, this, &MainWindow::goBack);
    m_catalogPage->grid()->viewport()->installEventFilter(this);

    auto policy = auth::PasswordPolicy::loadDefault();
    if (!policy)
        qWarning("%s", qPrintable(policy.error().toString()));
    m_auth = std::make_unique<auth::AuthService>(db, auth::PasswordHasher(options.limits),
                                                 policy ? *policy : auth::PasswordPolicy(),
                                                 options.config, options.clock);
    m_profiles = std::make_unique<auth::ProfileService>(db, *m_auth);
    m_shopper = std::make_unique<shop::ShopperService>(db, *m_auth);
    m_merch = std::make_unique<shop::MerchandisingService>(db, *m_auth);
    // The dummy hash (for log-ins with an unknown email) is made off the GUI thread now, so
    // that the first such log-in takes no longer than any other.
    (void)QtConcurrent::run([hasher = m_auth->hasher()] { hasher.prepareDummy(); });
    if (m_recommender)
        connectShopping();

    createActions();
    createAccountMenu();
    retranslate();
    auth::Session start = m_auth->guest();
    if (options.restoreSession) {
        QSettings settings;
        if (auto token = auth::Session::tokenFromText(settings.value(kTokenKey).toString())) {
            if (auto resumed = m_auth->resume(*token))
                start = *resumed;
            else
                settings.remove(kTokenKey);
        }
    }
    setSession(start, SessionStart::Other);
    m_sessionTimer = new QTimer(this);
    m_sessionTimer->setInterval(options.sessionCheckIntervalMs);
    connect(m_sessionTimer, &QTimer::timeout, this, &MainWindow::checkSession);
    m_sessionTimer->start();
    // Someone typing or clicking anywhere in the program is using the session.
    qApp->installEventFilter(this);
    restoreState();
    // The category counts wait for the first page of products (see CatalogPage's facets).
    connect(
        m_products, &catalog::ProductListModel::loaded, m_categories,
        [this] { m_categories->reload(); }, Qt::SingleShotConnection);
    m_catalogPage->runQuery();
    if (m_homePage)
        m_stack->setCurrentWidget(m_homePage);
    showStatus([] { return tr("Welcome! Browse the categories or type to search."); }, 5000);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this); // no input counts as use while the services go
    // Work still running for the shopper uses m_shopper and m_auth, which go before the
    // child widgets and pools would otherwise be deleted: stop it first.
    delete m_cart;
    delete m_wishlist;
    if (m_shopPool)
        m_shopPool->waitForDone();
    backgroundPool()->waitForDone(); // dialogs' reads and password checks use our services
}

void MainWindow::createActions()
{
    Menus &m = *m_menus;
    m.file = menuBar()->addMenu(QString());
    m.quit = m.file->addAction(QString(), this, &QWidget::close);
    m.quit->setShortcut(QKeySequence::Quit);

    m.view = menuBar()->addMenu(QString());
    m.search = m.view->addAction(QString(), this, [this] {
        showCatalog();
        m_catalogPage->focusSearch();
    });
    m.search->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    if (m_homePage) {
        m.home = m.view->addAction(QString(), this, &MainWindow::showHome);
        m.home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
        m.browse = m.view->addAction(QString(), this, &MainWindow::showCatalog);
    }
    m.back = m.view->addAction(QString(), this, &MainWindow::goBack);
    m.back->setShortcut(QKeySequence::Back);
    m.reload = m.view->addAction(QString(), this, [this] {
        m_categories->reload();
        m_products->refresh();
    });
    m.reload->setShortcut(QKeySequence::Refresh);

    m.tools = menuBar()->addMenu(QString());
    m.settings = m.tools->addAction(QString(), this, &MainWindow::showSettings);
    m.settings->setShortcut(QKeySequence::Preferences);

    // Staff tools (issue #5); the auth work restricts them with setStaffToolsVisible().
    m_staffMenu = menuBar()->addMenu(QString());
    m.dashboard = m_staffMenu->addAction(QString(), this, &MainWindow::openEvaluationDashboard);
    m.merchandising = m_staffMenu->addAction(QString(), this, &MainWindow::openMerchandising);
    m_editCatalogAction = m_staffMenu->addAction(QString(), this, &MainWindow::openCatalogEditor);
    m_auditLogAction = m_staffMenu->addAction(QString(), this, &MainWindow::openAuditLog);

    if (m_recommender)
        createShopMenu();

    // Administration (issue #3): accounts and roles; shown only to those allowed.
    m_adminMenu = menuBar()->addMenu(QString());
    m.users = m_adminMenu->addAction(QString(), this, &MainWindow::openUsers);

    m.help = menuBar()->addMenu(QString());
    m.shortcuts = m.help->addAction(QString(), this, [this] {
        QMessageBox::information(
            this, tr("Keyboard shortcuts"),
            tr("<p><b>Ctrl+F</b> or <b>/</b>: search<br><b>Down</b> in the search box: go "
               "to the results<br><b>Arrow keys</b>: move through the grid<br><b>Enter</b>: "
               "open the product<br><b>Esc</b>, <b>Backspace</b> or <b>Alt+Left</b>: back to "
               "the products<br><b>Tab</b>: next control</p>"));
    });
    m.about = m.help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Storefront"),
                           tr("<p><b>Storefront</b> %1</p><p>A desktop storefront with an "
                              "on-device recommender. MIT licence.</p><p>Product pictures: "
                              "Microsoft Fluent Emoji 3D (MIT), via @lobehub/fluent-emoji-3d.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createAccountMenu()
{
    Menus &m = *m_menus;
    m.account = menuBar()->addMenu(QString());
    m_logInAction = m.account->addAction(QString(), this, &MainWindow::showLogIn);
    m_signUpAction = m.account->addAction(QString(), this, &MainWindow::showSignUp);
    m_profileAction = m.account->addAction(QString(), this, &MainWindow::showProfile);
    m.recommendationData =
        m.account->addAction(QString(), this, &MainWindow::openRecommendationData);
    m_logOutAction = m.account->addAction(QString(), this, &MainWindow::logOut);
    m.account->addSeparator();
    // No forced dialog at start: a store without an administrator offers this item (and says
    // so once in the status bar); a demo or a test is never blocked by it.
    m_createAdminAction = m.account->addAction(QString(), this, &MainWindow::showCreateAdmin);
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    statusBar()->addPermanentWidget(m_accountLabel);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Storefront"));
    Menus &m = *m_menus;
    m.file->setTitle(tr("&File"));
    m.quit->setText(tr("&Quit"));
    m.view->setTitle(tr("&View"));
    m.search->setText(tr("&Search"));
    if (m.home) {
        m.home->setText(tr("&Home"));
        m.browse->setText(tr("Browse &products"));
    }
    m.back->setText(tr("&Back"));
    m.reload->setText(tr("&Reload"));
    m.tools->setTitle(tr("T&ools"));
    m.settings->setText(tr("&Settings\u2026"));
    m_staffMenu->setTitle(tr("S&taff"));
    m.dashboard->setText(tr("&Evaluation dashboard…"));
    m.merchandising->setText(tr("&Merchandising…"));
    m_editCatalogAction->setText(tr("Edit &catalog…"));
    m_auditLogAction->setText(tr("&Audit log…"));
    if (m.shop) {
        m.shop->setTitle(tr("S&hop"));
        updateCartText();
        m_wishlistAction->setText(tr("&Wishlist\u2026"));
    }
    m_adminMenu->setTitle(tr("Ad&min"));
    m.users->setText(tr("&Users and roles…"));
    m.help->setTitle(tr("&Help"));
    m.shortcuts->setText(tr("&Keyboard shortcuts"));
    m.about->setText(tr("&About Storefront"));
    m.account->setTitle(tr("&Account"));
    m_logInAction->setText(tr("&Log in\u2026"));
    m_signUpAction->setText(tr("&Sign up\u2026"));
    m_profileAction->setText(tr("&Profile\u2026"));
    m.recommendationData->setText(tr("Your &recommendation data\u2026"));
    m_logOutAction->setText(tr("Log &out"));
    m_createAdminAction->setText(tr("Create &administrator\u2026"));
    updateAccountLabel();
    // A message still shown (and not replaced meanwhile) is said again in the new language.
    if (m_statusText && !m_statusShown.isEmpty() &&
        statusBar()->currentMessage() == m_statusShown && !m_statusUntil.hasExpired())
        showStatus(m_statusText, int(m_statusUntil.remainingTime()));
}

void MainWindow::showStatus(std::function<QString()> text, int timeoutMs)
{
    m_statusText = std::move(text);
    m_statusShown = m_statusText();
    m_statusUntil = timeoutMs > 0 ? QDeadlineTimer(timeoutMs) : QDeadlineTimer::Forever;
    statusBar()->showMessage(m_statusShown, timeoutMs);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateAccountLabel()
{
    const bool signedIn = m_session.isValid() && !m_session.isGuest();
    QString text = tr("Browsing as a guest");
    if (signedIn) {
        text = tr("Signed in as %1 (%2)")
                   .arg(m_session.displayName(), auth::roleTitle(m_sessionInfo.role));
    }
    m_accountLabel->setText(text);
    m_accountLabel->setAccessibleName(text);
}

void MainWindow::updateAccountUi()
{
    const bool signedIn = m_session.isValid() && !m_session.isGuest();
    m_logInAction->setVisible(!signedIn);
    m_signUpAction->setVisible(!signedIn);
    m_profileAction->setVisible(signedIn);
    m_logOutAction->setVisible(signedIn);
    auto hasAdmin = m_auth->hasAdmin();
    m_createAdminAction->setVisible(hasAdmin && !*hasAdmin);
    updateAccountLabel();
    auto allowed = [this](auth::Permission p) { return auth::roleAllows(m_sessionInfo.role, p); };
    setStaffToolsVisible(allowed(auth::Permission::ViewStaffDashboard));
    const bool curate = allowed(auth::Permission::CurateCatalog);
    m_editCatalogAction->setVisible(curate);
    m_editCatalogAction->setEnabled(curate);
    const bool audit = allowed(auth::Permission::ViewAuditLog);
    m_auditLogAction->setVisible(audit);
    m_auditLogAction->setEnabled(audit);
    // An editor belongs to the session that opened it (its undo history too).
    if (m_catalogEditor && !(m_catalogEditor->session() == m_session)) {
        m_catalogEditor->close();
        m_catalogEditor->deleteLater();
        m_catalogEditor = nullptr;
    }
    m_adminMenu->menuAction()->setVisible(allowed(auth::Permission::ManageUsers));
    if (!m_adminMenu->menuAction()->isVisible() && m_users)
        m_users->close();
}

void MainWindow::setSession(const auth::Session &session, SessionStart start)
{
    if (m_shopper && m_session.isGuest() && !(m_session == session)) {
        // What a guest did stays with that guest session: forgotten as it ends.
        m_shopper->wipeGuest(m_session);
    }
    if (!(m_session == session)) {
        if (m_cart)
            m_cart->close();
        if (m_wishlist)
            m_wishlist->close();
    }
    m_session = session;
    // Core made the session moments ago, so what it carries is current; checkSession() below
    // asks core again, off the GUI thread.
    m_sessionInfo = auth::SessionInfo{.role = m_session.role(),
                                      .displayName = m_session.displayName(),
                                      .email = m_session.email(),
                                      .keepSignedIn = m_session.keepSignedIn(),
                                      .kiosk = m_session.kiosk()};
    if (m_dashboard)
        m_dashboard->setSession(session); // closed below unless the new session may use it
    m_shopperId = m_session.isGuest() ? 0 : m_session.userId();
    if (m_homePage) {
        GuestHooks guest;
        if (m_shopperId == 0) {
            guest.requestRecommendations = [this]() -> std::optional<quint64> {
                auto ticket = m_shopper->requestRecommendations(m_session);
                if (!ticket)
                    return std::nullopt;
                return ticket->requestId;
            };
            guest.recentlyViewed = [this](int k) {
                return m_shopper->guestRecentlyViewed(m_session, k);
            };
        }
        m_homePage->setShopper(m_shopperId, m_session.displayName(), std::move(guest));
    }
    if (m_recommender && showingProduct())
        openProduct(m_productPage->productId()); // the shopper's own rating, and a view
    // Only the random token is kept (the database holds nothing but its hash), and only when
    // the shopper opted in. It is a bearer secret: it goes only to a settings file that was
    // made readable by its owner alone before the write, or it is not kept at all.
    QSettings settings;
    bool keep = m_session.keepSignedIn();
    if (keep && !restrictToOwner(settings.fileName())) {
        qWarning("the settings file cannot be made private: \"keep me signed in\" is not kept");
        keep = false;
    }
    if (keep)
        settings.setValue(kTokenKey, m_session.tokenText());
    else
        settings.remove(kTokenKey);
    settings.sync();
    updateAccountUi();
    checkSession();
    if (m_cartAction)
        updateCartAction();
    Q_EMIT sessionChanged();
    if (start == SessionStart::Renewal) {
        m_statusText = {};
        statusBar()->clearMessage();
    } else if (start == SessionStart::LogIn && !m_session.isGuest()) {
        showStatus([name = m_session.displayName()] { return tr("Welcome, %1!").arg(name); }, 5000);
        auto ask = m_profiles->needsOnboarding(m_session);
        if (ask && *ask) {
            auto *dialog = new OnboardingDialog(*m_profiles, m_session, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    } else if (m_createAdminAction->isVisible()) {
        showStatus(
            [] {
                return tr(
                    "This store has no administrator yet: Account \u25b8 Create administrator.");
            },
            10000);
    }
}

void MainWindow::checkSession()
{
    if (m_sessionBeingChecked == m_session)
        return; // the last poll still waits on the database
    m_sessionBeingChecked = m_session;
    // Off the GUI thread: a long import may hold the database's write lock for seconds.
    runInBackground(
        this, [auth = m_auth.get(), session = m_session] { return auth->peek(session); },
        [this, session = m_session](const Result<auth::SessionInfo> &info) {
            if (m_sessionBeingChecked == session)
                m_sessionBeingChecked = auth::Session();
            if (info && session == m_session) {
                const bool roleChanged = info->role != m_sessionInfo.role;
                m_sessionInfo = *info;
                if (roleChanged)
                    updateAccountUi();
            } else if (!info && session == m_session) {
                if (info.error().code == ErrorCode::SessionEnded) {
                    setSession(m_auth->guest(), SessionStart::Other);
                    showStatus(
                        [] { return tr("Your session has ended; you are browsing as a guest."); },
                        10000);
                } else {
                    // The session may well be on: keep it and ask again at the next poll.
                    // The message names the failure only, no one's data.
                    qWarning("cannot check the session, kept: %s",
                             qPrintable(info.error().message));
                }
            }
            Q_EMIT sessionChecked();
        });
}

void MainWindow::noteUserActivity()
{
    // At most once per poll interval: enough to keep a session of minutes alive.
    if (m_lastActivityUse.isValid() && !m_lastActivityUse.hasExpired(m_sessionTimer->interval()))
        return;
    m_lastActivityUse.start();
    // A touching check, off the GUI thread; an ended session is the poll's to handle.
    runInBackground(
        this, [auth = m_auth.get(), session = m_session] { return auth->check(session).ok(); },
        [](bool) {});
}

void MainWindow::showLogIn()
{
    auto *dialog = new LoginDialog(*m_auth, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { setSession(dialog->session(), SessionStart::LogIn); });
    connect(dialog, &LoginDialog::signUpRequested, this, &MainWindow::showSignUp,
            Qt::QueuedConnection);
    dialog->open();
}

void MainWindow::showSignUp()
{
    auto *dialog = new SignUpDialog(*m_auth, SignUpDialog::Mode::Shopper, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { setSession(dialog->session(), SessionStart::LogIn); });
    dialog->open();
}

void MainWindow::showCreateAdmin()
{
    auto *dialog = new SignUpDialog(*m_auth, SignUpDialog::Mode::FirstAdmin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->session().isValid())
            setSession(dialog->session(), SessionStart::LogIn);
        updateAccountUi();
    });
    dialog->open();
}

void MainWindow::showProfile()
{
    if (m_profilePending)
        return;
    m_profilePending = true;
    // Off the GUI thread: checking extends the session, a write that may wait on a lock
    // another terminal or a long import holds.
    runInBackground(
        this, [auth = m_auth.get(), session = m_session] { return auth->check(session).ok(); },
        [this, session = m_session](bool on) {
            m_profilePending = false;
            if (!(session == m_session))
                return; // signed out, or in as someone else, meanwhile
            if (!on) {
                checkSession();
                return;
            }
            auto *dialog = new ProfileDialog(*m_auth, *m_profiles, m_session, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &ProfileDialog::sessionReplaced, this,
                    [this](const auth::Session &s) { setSession(s, SessionStart::Other); });
            connect(dialog, &ProfileDialog::accountDeleted, this, [this] {
                setSession(m_auth->guest(), SessionStart::Other);
                showStatus([] { return tr("Your account has been deleted."); }, 10000);
            });
            dialog->open();
        });
}

SettingsDialog *MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_db, *m_auth, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::logOut()
{
    if (Status ended = renewGuestSession(); !ended)
        statusBar()->showMessage(ended.error().message, 10000);
    else
        showStatus([] { return tr("You have logged out."); }, 5000);
}

Status MainWindow::renewGuestSession()
{
    Status ended = m_auth->logOut(m_session);
    setSession(m_auth->guest(), SessionStart::Renewal);
    return ended;
}

void MainWindow::setStaffToolsVisible(bool visible)
{
    m_staffMenu->menuAction()->setVisible(visible);
    if (!visible && m_dashboard)
        m_dashboard->close();
}

EvaluationDashboard *MainWindow::openEvaluationDashboard()
{
    // Core decides: hiding the menu is only a convenience.
    if (Status allowed = m_auth->requirePermission(m_session, auth::Permission::ViewStaffDashboard);
        !allowed) {
        statusBar()->showMessage(allowed.error().message, 10000);
        return nullptr;
    }
    if (!m_dashboard) {
        m_dashboard = new EvaluationDashboard(m_db, *m_auth, this);
        m_dashboard->setWindowFlag(Qt::Window);
        m_dashboard->resize(fontMetrics().averageCharWidth() * 140, fontMetrics().height() * 45);
    }
    m_dashboard->setSession(m_session);
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
    return m_dashboard;
}

MerchandisingDialog *MainWindow::openMerchandising()
{
    auto *dialog = new MerchandisingDialog(*m_merch, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

RecommendationDataDialog *MainWindow::openRecommendationData()
{
    auto *dialog = new RecommendationDataDialog(*m_shopper, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CatalogEditorDialog *MainWindow::openCatalogEditor()
{
    if (!m_catalogEditor) {
        auto dialog = CatalogEditorDialog::create(m_db, *m_auth, m_session, m_media, this);
        if (!dialog) {
            statusBar()->showMessage(dialog.error().message, 10000);
            return nullptr;
        }
        m_catalogEditor = *dialog;
        m_catalogEditor->setWindowFlag(Qt::Window);
        connect(m_catalogEditor, &CatalogEditorDialog::catalogChanged, this, [this] {
            m_categories->reload();
            m_products->refresh();
            // Archived products leave every list at once; new ones reach recommendations
            // through content similarity after the retrain this schedules.
            if (m_recommender)
                m_recommender->catalogChanged();
            Q_EMIT catalogChanged();
        });
    }
    m_catalogEditor->show();
    m_catalogEditor->raise();
    m_catalogEditor->activateWindow();
    return m_catalogEditor;
}

AuditLogDialog *MainWindow::openAuditLog()
{
    auto dialog = AuditLogDialog::create(m_db, *m_auth, m_session, this);
    if (!dialog) {
        statusBar()->showMessage(dialog.error().message, 10000);
        return nullptr;
    }
    (*dialog)->setAttribute(Qt::WA_DeleteOnClose);
    (*dialog)->open();
    return *dialog;
}

UsersDialog *MainWindow::openUsers()
{
    // Core decides (and decides again on every call the dialog makes).
    if (Status allowed = m_auth->requirePermission(m_session, auth::Permission::ManageUsers);
        !allowed) {
        statusBar()->showMessage(allowed.error().message, 10000);
        return nullptr;
    }
    if (m_users)
        m_users->close();
    m_users = new UsersDialog(*m_auth, m_session, this);
    m_users->setAttribute(Qt::WA_DeleteOnClose);
    m_users->show();
    return m_users;
}

bool MainWindow::showingProduct() const
{
    return m_stack->currentWidget() == m_productPage;
}

void MainWindow::shopperAction(std::function<Status()> work, const QString &done)
{
    const qint64 productId = m_productPage->productId();
    runAsync(this, m_shopPool, std::move(work), [this, done, productId](const Status &s) {
        if (m_productPage->productId() == productId) {
            m_productPage->showNotice(s ? done : s.error().message);
            refreshProductState(productId);
        }
        // A guest's list is asked for again; an account's is republished by the services.
        if (s && m_shopperId == 0)
            m_homePage->activityChanged();
    });
}

void MainWindow::createShopMenu()
{
    QMenu *shop = m_menus->shop = menuBar()->addMenu(QString());
    m_cartAction = shop->addAction(QString(), this, &MainWindow::showCart);
    m_cartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_wishlistAction = shop->addAction(QString(), this, &MainWindow::showWishlist);
    m_wishlistAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    // The cart's size in the menu, kept current (the signal may come from a worker).
    connect(m_shopper.get(), &shop::ShopperService::cartChanged, this,
            &MainWindow::updateCartAction, Qt::QueuedConnection);
}

CartDialog *MainWindow::showCart()
{
    return m_recommender ? presentList(m_cart) : nullptr;
}

WishlistDialog *MainWindow::showWishlist()
{
    return m_recommender ? presentList(m_wishlist) : nullptr;
}

template <typename D> D *MainWindow::presentList(QPointer<D> &dialog)
{
    if (!dialog) {
        dialog = new D(*m_shopper, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ShopperListDialog::productActivated, this, &MainWindow::openProduct);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

bool MainWindow::showingHome() const
{
    return m_homePage && m_stack->currentWidget() == m_homePage;
}

void MainWindow::openProduct(qint64 productId)
{
    if (!showingProduct())
        m_backTarget = m_stack->currentWidget();
    m_productPage->showProduct(productId);
    m_stack->setCurrentWidget(m_productPage);
    m_productPage->setFocus(Qt::OtherFocusReason);
    if (!m_recommender)
        return;
    // The recommender learns from what shoppers look at: stored for an account (the service
    // then republishes its list), in memory for a guest, whose next list folds the view in and
    // whose "Recently viewed" reads it back. The session is checked in core either way.
    runAsync(
        this, m_shopPool,
        [shopper = m_shopper.get(), session = m_session, productId] {
            return shopper->recordView(session, productId);
        },
        [this, guest = m_shopperId == 0](const Status &recorded) {
            if (!recorded)
                qWarning("product view not recorded: %s", qPrintable(recorded.error().toString()));
            else if (guest)
                m_homePage->activityChanged();
        });
    refreshProductState(productId);
}

void MainWindow::refreshProductState(qint64 productId)
{
    // The shopper's stars, cart, wishlist and "not interested" for this product (kept in
    // memory for a guest), read off the GUI thread.
    runAsync(
        this, m_shopPool,
        [shopper = m_shopper.get(), session = m_session, productId] {
            return shopper->productState(session, productId);
        },
        [this, productId](const Result<shop::ProductState> &state) {
            if (state)
                m_productPage->setShopperState(productId, *state);
        });
}

void MainWindow::updateCartAction()
{
    runAsync(
        this, m_shopPool,
        [shopper = m_shopper.get(), session = m_session] {
            return shopper->cartItemCount(session);
        },
        [this](const Result<int> &count) {
            m_menus->cartItems = count ? *count : 0;
            updateCartText();
        });
}

int MainWindow::cartItemCount() const
{
    return m_menus->cartItems;
}

void MainWindow::updateCartText()
{
    const int items = m_menus->cartItems;
    m_cartAction->setText(items > 0 ? tr("&Cart (%n)\u2026", nullptr, items) : tr("&Cart\u2026"));
}

void MainWindow::showCatalog()
{
    m_stack->setCurrentWidget(m_catalogPage);
    m_catalogPage->grid()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showHome()
{
    if (!m_homePage) {
        showCatalog();
        return;
    }
    m_stack->setCurrentWidget(m_homePage);
    m_homePage->browseButton()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::goBack()
{
    if (m_backTarget == m_homePage && m_homePage && showingProduct())
        showHome();
    else
        showCatalog();
}

void MainWindow::connectShopping()
{
    using recsys::RecommendationService;
    m_shopper->setRecommendationService(m_recommender);
    m_shopPool = new QThreadPool(this);
    m_shopPool->setMaxThreadCount(1);
    connect(m_homePage, &HomePage::productActivated, this, &MainWindow::openProduct);
    connect(m_homePage, &HomePage::browseRequested, this, &MainWindow::showCatalog);
    connect(m_homePage, &HomePage::searchRequested, this, [this](const QString &text) {
        showCatalog();
        m_catalogPage->startSearch(text);
    });
    m_productPage->enableShopping(m_db, *m_recommender);
    // Trending and related lists leave out what the current shopper rated, carted or marked
    // "not interested" (a guest's state is in memory, read without waiting).
    auto listShopper = [this] {
        if (m_shopperId != 0)
            return recsys::ShopperRef::account(m_shopperId);
        if (!m_session.isGuest())
            return recsys::ShopperRef{};
        auto guest = m_shopper->shopperRef(m_session);
        return guest ? *guest : recsys::ShopperRef{};
    };
    m_homePage->setShopperSource(listShopper);
    m_productPage->setShopperSource(listShopper);
    connect(m_productPage, &ProductPage::productActivated, this, &MainWindow::openProduct);
    connect(m_productPage, &ProductPage::ratingChosen, this, [this](qint64 productId, int stars) {
        // Through the shopper service, which checks the session: an account's stars are
        // stored and its list republished, a guest's stay in the session's memory.
        shopperAction([shopper = m_shopper.get(), session = m_session, productId,
                       stars] { return shopper->rate(session, productId, stars); },
                      m_shopperId != 0 ? tr("Thanks! Your recommendations are being updated.")
                                       : tr("Thanks! Your rating counts for this visit."));
    });
    connect(m_productPage, &ProductPage::notInterestedRequested, this, [this](qint64 productId) {
        shopperAction([shopper = m_shopper.get(), session = m_session,
                       productId] { return shopper->markNotInterested(session, productId); },
                      tr("We will not recommend this product to you again."));
    });
    connect(m_productPage, &ProductPage::addToCartRequested, this, [this](qint64 productId) {
        shopperAction([shopper = m_shopper.get(), session = m_session,
                       productId] { return shopper->addToCart(session, productId); },
                      tr("Added to your cart."));
    });
    connect(m_productPage, &ProductPage::addToWishlistRequested, this, [this](qint64 productId) {
        shopperAction([shopper = m_shopper.get(), session = m_session,
                       productId] { return shopper->addToWishlist(session, productId); },
                      tr("Added to your wishlist."));
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (isUserActivity(watched, event))
        noteUserActivity();
    if (!m_gridPainted && event->type() == QEvent::Paint &&
        watched == m_catalogPage->grid()->viewport() && m_products->rowCount() > 0) {
        m_gridPainted = true;
        // Emitted after this paint event has been handled.
        QMetaObject::invokeMethod(this, &MainWindow::firstGridPainted, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restoreState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        // First run: most of the screen, so that the home page's carousels show several
        // products and the grid more than a few columns; never smaller than the layout needs.
        QSize size(fontMetrics().averageCharWidth() * 170, fontMetrics().lineSpacing() * 45);
        if (const QScreen *where = screen())
            size = size.expandedTo(where->availableGeometry().size() * 0.8);
        resize(size);
    }
    QMainWindow::restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_catalogPage->splitter()->restoreState(
        settings.value(QStringLiteral("splitter")).toByteArray());
    const int sort = settings.value(QStringLiteral("sort"), 0).toInt();
    if (sort >= 0 && sort < m_catalogPage->sortBox()->count())
        m_catalogPage->sortBox()->setCurrentIndex(sort);
    settings.endGroup();
}

void MainWindow::saveState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), QMainWindow::saveState());
    settings.setValue(QStringLiteral("splitter"), m_catalogPage->splitter()->saveState());
    settings.setValue(QStringLiteral("sort"), m_catalogPage->sortBox()->currentIndex());
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

} // namespace storefront::ui
