#pragma once

#include "auth/session.h"
#include "common/result.h"

#include <QDialog>

#include <functional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace storefront::auth {
class AuthService;
class ProfileService;
} // namespace storefront::auth

namespace storefront::ui {

class BusyIndicator;
class PasswordRulesView;

/// The signed-in shopper's profile: display name, email, password (asking the current one),
/// favourite categories, preferred price range, "Show my data" (a JSON export) and "Delete
/// my account". Every change goes through core, which checks the session. The profile is read
/// and passwords are checked (Argon2id) on a worker; the form stays disabled until the profile
/// is shown, and while a password check runs.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(auth::AuthService &auth, auth::ProfileService &profiles, auth::Session session,
                  QWidget *parent = nullptr);

    /// Writes "Show my data" to `path` and waits for it (the button does the same on a worker).
    Status exportTo(const QString &path);

    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] BusyIndicator *busyIndicator() const { return m_busy; }
    /// The profile is still being read (the form is disabled until it is shown).
    [[nodiscard]] bool isLoading() const { return m_loading; }

Q_SIGNALS:
    /// The profile is shown in the form (or its error in the status line).
    void loaded();
    /// A password change ended every session and made this new one.
    void sessionReplaced(const storefront::auth::Session &session);
    /// The account is gone; the window should fall back to a guest session.
    void accountDeleted();

private:
    void load();
    /// Disables the form while core works on a worker, and says so.
    void beginWork();
    void endWork();
    void report(const Status &status, const QString &success);
    /// Runs one profile write off the GUI thread (the dialog busy meanwhile), then reports.
    void save(std::function<Status(auth::ProfileService &)> write, const QString &success);
    void saveName();
    void changeEmail();
    void changePassword();
    void saveFavourites();
    void savePrices();
    void showMyData();
    void deleteAccount();

    auth::AuthService &m_auth;
    auth::ProfileService &m_profiles;
    auth::Session m_session;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_emailPassword;
    QLineEdit *m_currentPassword;
    QLineEdit *m_newPassword;
    QLineEdit *m_confirmPassword;
    PasswordRulesView *m_rules;
    QListWidget *m_favourites;
    QDoubleSpinBox *m_minPrice;
    QDoubleSpinBox *m_maxPrice;
    QLineEdit *m_deletePassword;
    QLabel *m_status;
    QWidget *m_form;
    BusyIndicator *m_busy;
    bool m_loading = true;
};

} // namespace storefront::ui
