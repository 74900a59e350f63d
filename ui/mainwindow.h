#pragma once

#include "auth/authservice.h"
#include "auth/passwordhasher.h"
#include "auth/session.h"
#include "catalog/medialocator.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
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

namespace storefront::ui {

class CatalogPage;
class EvaluationDashboard;
class ImageCache;
class ProductPage;
class UsersDialog;

/// How the window handles accounts.
struct AccountOptions
{
    auth::AuthConfig config;                                   ///< timeouts, kiosk mode
    auth::HashLimits limits = auth::HashLimits::interactive(); ///< Argon2id cost
    bool restoreSession = true; ///< resume a "keep me signed in" token from the settings
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
    void logOut();

    [[nodiscard]] CatalogPage *catalogPage() const { return m_catalogPage; }
    [[nodiscard]] ProductPage *productPage() const { return m_productPage; }
    [[nodiscard]] catalog::ProductListModel *products() const { return m_products; }
    [[nodiscard]] bool showingProduct() const;

    void openProduct(qint64 productId);
    void showCatalog();

    /// Shows or hides the Staff menu (evaluation dashboard). Hook for the auth work: call it
    /// with the signed-in account's staff role; visible until then.
    void setStaffToolsVisible(bool visible);
    [[nodiscard]] QMenu *staffMenu() const { return m_staffMenu; }
    /// Opens (or raises) the staff evaluation dashboard.
    EvaluationDashboard *openEvaluationDashboard();
    /// Opens the admin's account and role manager (refused, with a message, without the
    /// ManageUsers permission).
    UsersDialog *openUsers();
    [[nodiscard]] QMenu *adminMenu() const { return m_adminMenu; }

Q_SIGNALS:
    /// The grid has painted products for the first time (for the start-up benchmark).
    void firstGridPainted();
    /// Someone logged in or out (a guest session after log-out).
    void sessionChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createAccountMenu();
    void setSession(const auth::Session &session, bool freshLogIn);
    void updateAccountUi();
    void checkSession();
    void restoreState();
    void saveState();

    const storage::Database &m_db;
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
    auth::Session m_session;
    QLabel *m_accountLabel = nullptr;
    QAction *m_logInAction = nullptr;
    QAction *m_signUpAction = nullptr;
    QAction *m_profileAction = nullptr;
    QAction *m_logOutAction = nullptr;
    QAction *m_createAdminAction = nullptr;
    QTimer *m_sessionTimer = nullptr;
    QMenu *m_staffMenu = nullptr;
    QMenu *m_adminMenu = nullptr;
    QPointer<UsersDialog> m_users;
    EvaluationDashboard *m_dashboard = nullptr;
};

} // namespace storefront::ui
