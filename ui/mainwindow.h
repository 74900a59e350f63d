#pragma once

#include "auth/authservice.h"
#include "auth/passwordhasher.h"
#include "auth/session.h"
#include "catalog/medialocator.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QThreadPool;
class QTimer;

namespace storefront::storage {
class Database;
}
namespace storefront::catalog {
class CatalogService;
class CategoryTreeModel;
class ProductListModel;
} // namespace storefront::catalog
namespace storefront::auth {
class ProfileService;
}
namespace storefront::recsys {
class RecommendationService;
} // namespace storefront::recsys
namespace storefront::shop {
class MerchandisingService;
class ShopperService;
} // namespace storefront::shop

namespace storefront::ui {

class CartDialog;
class AuditLogDialog;
class CatalogEditorDialog;
class CatalogPage;
class EvaluationDashboard;
class HomePage;
class MerchandisingDialog;
class RecommendationDataDialog;
class ImageCache;
class ProductPage;
class WishlistDialog;
class SettingsDialog;
class UsersDialog;

/// How the window handles accounts.
struct AccountOptions
{
    auth::AuthConfig config;                                   ///< timeouts, kiosk mode
    auth::HashLimits limits = auth::HashLimits::interactive(); ///< Argon2id cost
    bool restoreSession = true; ///< resume a "keep me signed in" token from the settings
    auth::Clock clock;          ///< the sessions' clock (tests move it by hand); empty: real time
    /// How often the window asks core whether the session is still on (a poll, which does
    /// not count as use of the session).
    int sessionCheckIntervalMs = 60 * 1000;
};

/// The storefront's main window: the catalog page and the product page in a stack, with
/// window state remembered between runs (QSettings), and an Account menu (log in, sign up,
/// profile, log out; "Create administrator…" while the store has none). Everyone starts as a
/// guest and browses; the account shown in the status bar is re-checked every minute.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const storage::Database &db, catalog::MediaLocator media, QWidget *parent = nullptr);
    MainWindow(const storage::Database &db, catalog::MediaLocator media,
               const AccountOptions &options, QWidget *parent = nullptr);
    /// With a recommender: the home page (the landing page), ratings, carousels and the
    /// shopper's actions on the product page go through `recommender`, which must outlive
    /// the window and is never waited on.
    MainWindow(const storage::Database &db, catalog::MediaLocator media,
               const AccountOptions &options, recsys::RecommendationService *recommender,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] auth::AuthService &authService() const { return *m_auth; }
    [[nodiscard]] auth::ProfileService &profileService() const { return *m_profiles; }
    [[nodiscard]] const auth::Session &session() const { return m_session; }
    [[nodiscard]] QLabel *accountLabel() const { return m_accountLabel; }
    [[nodiscard]] QAction *logInAction() const { return m_logInAction; }
    [[nodiscard]] QAction *signUpAction() const { return m_signUpAction; }
    [[nodiscard]] QAction *profileAction() const { return m_profileAction; }
    [[nodiscard]] QAction *logOutAction() const { return m_logOutAction; }
    [[nodiscard]] QAction *createAdminAction() const { return m_createAdminAction; }

    /// Opens the dialogs without blocking (QDialog::open), so tests can drive them.
    void showLogIn();
    void showSignUp();
    void showProfile();
    void showCreateAdmin();
    /// Tools ▸ Settings: language, kiosk idle time, and (administrators) the kiosk PIN.
    SettingsDialog *showSettings();
    /// Ends the session and says so in the status bar.
    void logOut();
    /// Ends the session in core and goes on as a fresh guest without a word in the status bar
    /// (nor one left from before): a kiosk's start for its next visitor. Gives core's failure
    /// to end the old session, if any; the window is a fresh guest's all the same.
    Status renewGuestSession();

    [[nodiscard]] CatalogPage *catalogPage() const { return m_catalogPage; }
    [[nodiscard]] ProductPage *productPage() const { return m_productPage; }
    [[nodiscard]] catalog::ProductListModel *products() const { return m_products; }
    [[nodiscard]] bool showingProduct() const;
    /// Null without a recommender.
    [[nodiscard]] HomePage *homePage() const { return m_homePage; }
    [[nodiscard]] bool showingHome() const;
    [[nodiscard]] recsys::RecommendationService *recommender() const { return m_recommender; }
    /// The signed-in shopper's account id, 0 for a guest.
    [[nodiscard]] qint64 shopperId() const { return m_shopperId; }
    /// A guest's recently viewed products (memory only; null without a recommender).
    [[nodiscard]] QAction *cartAction() const { return m_cartAction; }
    [[nodiscard]] QAction *wishlistAction() const { return m_wishlistAction; }
    /// The items in the cart as cartAction() shows them (it changes when this does).
    [[nodiscard]] int cartItemCount() const;
    /// Opens (or raises) the cart and the wishlist; null without a recommender.
    CartDialog *showCart();
    WishlistDialog *showWishlist();

    void openProduct(qint64 productId);
    void showCatalog();
    /// The home page (the catalog without a recommender).
    void showHome();

    /// Shows or hides the Staff menu (evaluation dashboard). Hook for the auth work: call it
    /// with the signed-in account's staff role; visible until then.
    void setStaffToolsVisible(bool visible);
    [[nodiscard]] QMenu *staffMenu() const { return m_staffMenu; }
    /// Opens (or raises) the staff evaluation dashboard.
    EvaluationDashboard *openEvaluationDashboard();
    /// Staff ▸ Edit catalog…: shown only to sessions core lets curate; opening asks core
    /// again (the dialog's factory refuses otherwise) and returns nullptr when refused. One
    /// editor per session, so its undo history is the session's.
    CatalogEditorDialog *openCatalogEditor();
    /// Staff ▸ Audit log…: administrators only, likewise checked by core.
    AuditLogDialog *openAuditLog();
    [[nodiscard]] QAction *editCatalogAction() const { return m_editCatalogAction; }
    [[nodiscard]] QAction *auditLogAction() const { return m_auditLogAction; }

    /// The shopper's cart, wishlist, "not interested" and recommendation data (core/shop).
    [[nodiscard]] shop::ShopperService &shopperService() const { return *m_shopper; }
    /// Staff merchandising rules (core/shop).
    [[nodiscard]] shop::MerchandisingService &merchandisingService() const { return *m_merch; }
    /// Staff ▸ Merchandising… (the dialog shows core's refusal without the permission).
    MerchandisingDialog *openMerchandising();
    /// Account ▸ Your recommendation data…
    RecommendationDataDialog *openRecommendationData();
    /// Opens the admin's account and role manager (refused, with a message, without the
    /// ManageUsers permission).
    UsersDialog *openUsers();
    [[nodiscard]] QMenu *adminMenu() const { return m_adminMenu; }

    /// Shows `text()` in the status bar for `timeoutMs`; a language switch while it is still
    /// shown makes it again for the time left. (Texts made elsewhere, such as core's
    /// refusals, go to statusBar() directly and keep their language.)
    void showStatus(std::function<QString()> text, int timeoutMs);

Q_SIGNALS:
    /// The grid has painted products for the first time (for the start-up benchmark).
    void firstGridPainted();
    /// Someone logged in or out (a guest session after log-out).
    void sessionChanged();
    /// The periodic session check has come back (and dropped to a guest if the session had
    /// ended).
    void sessionChecked();
    /// The catalog editor committed a change (the recommender listens to drop archived and
    /// add new products).
    void catalogChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Menus;

    /// Sets every text of the window's own widgets (menus, actions, status bar) in the
    /// installed language; the pages retranslate themselves.
    void retranslate();
    /// The status bar's account text, with the role core last gave (m_sessionInfo).
    void updateAccountLabel();
    void updateCartText();
    void createActions();
    void createAccountMenu();
    /// How a session came to be, which decides what the status bar says about it.
    enum class SessionStart
    {
        Other,   ///< start-up, a log-out, a replaced or ended session: a hint without an admin
        LogIn,   ///< log-in or sign-up: a welcome, and onboarding when due
        Renewal, ///< renewGuestSession(): nothing
    };
    void setSession(const auth::Session &session, SessionStart start);
    void updateAccountUi();
    /// Asks core, off the GUI thread and without counting as use, whether the session is on
    /// and what it may do now (an admin may have changed its role); the tools follow.
    void checkSession();
    /// Input in the application counts as use of the session (at most once per poll).
    void noteUserActivity();
    void restoreState();
    void saveState();
    void connectShopping();
    void createShopMenu();
    void refreshProductState(qint64 productId);
    void updateCartAction();
    /// Opens (or raises) the cart or wishlist view kept in `dialog`.
    template <typename D> D *presentList(QPointer<D> &dialog);
    void goBack();
    /// Runs a ShopperService change off the GUI thread, then says how it went on the
    /// product page (`done` on success).
    void shopperAction(std::function<Status()> work, const QString &done);

    const storage::Database &m_db;
    recsys::RecommendationService *m_recommender = nullptr;
    HomePage *m_homePage = nullptr;
    QWidget *m_backTarget = nullptr; ///< the page the product page's Back returns to
    qint64 m_shopperId = 0;
    QThreadPool *m_shopPool = nullptr; ///< one thread: the shopper's changes stay in order
    QPointer<CartDialog> m_cart;
    QPointer<WishlistDialog> m_wishlist;
    QAction *m_cartAction = nullptr;
    QAction *m_wishlistAction = nullptr;
    std::unique_ptr<catalog::CatalogService> m_catalog;
    ImageCache *m_images;
    catalog::ProductListModel *m_products;
    catalog::CategoryTreeModel *m_categories;
    QStackedWidget *m_stack;
    CatalogPage *m_catalogPage;
    ProductPage *m_productPage;
    bool m_gridPainted = false;

    std::unique_ptr<auth::AuthService> m_auth;
    std::unique_ptr<auth::ProfileService> m_profiles;
    std::unique_ptr<shop::ShopperService> m_shopper;
    std::unique_ptr<shop::MerchandisingService> m_merch;
    auth::Session m_session;
    /// Core's last word on m_session (its role above all), so that showing the tools never
    /// waits on the database; core checks the session again whenever a tool is used.
    auth::SessionInfo m_sessionInfo;
    QLabel *m_accountLabel = nullptr;
    QAction *m_logInAction = nullptr;
    QAction *m_signUpAction = nullptr;
    QAction *m_profileAction = nullptr;
    QAction *m_logOutAction = nullptr;
    QAction *m_createAdminAction = nullptr;
    QTimer *m_sessionTimer = nullptr;
    auth::Session m_sessionBeingChecked; ///< the session a background poll asks about
    bool m_profilePending = false;       ///< the profile opens once its session is checked
    QElapsedTimer m_lastActivityUse;     ///< when input last marked the session used
    QMenu *m_staffMenu = nullptr;
    QMenu *m_adminMenu = nullptr;
    QPointer<UsersDialog> m_users;
    EvaluationDashboard *m_dashboard = nullptr;
    catalog::MediaLocator m_media;
    QAction *m_editCatalogAction = nullptr;
    QAction *m_auditLogAction = nullptr;
    QPointer<CatalogEditorDialog> m_catalogEditor;
    std::unique_ptr<Menus> m_menus; ///< the menus and actions retranslate() names

    std::function<QString()> m_statusText; ///< the last message showStatus() showed
    QString m_statusShown;                 ///< ... as it was shown
    QDeadlineTimer m_statusUntil;          ///< ... and until when
};

} // namespace storefront::ui
