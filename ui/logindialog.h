#pragma once

#include "auth/session.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace storefront::auth {
class AuthService;
}

namespace storefront::ui {

class BusyIndicator;

/// Log-in: email, password, "Keep me signed in" (opt-in, hidden on kiosks) and a way to
/// the sign-up form. Failures show core's message, which never says whether the email has
/// an account.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(auth::AuthService &auth, QWidget *parent = nullptr);

    [[nodiscard]] auth::Session session() const { return m_session; }

    [[nodiscard]] QLineEdit *emailEdit() const { return m_email; }
    [[nodiscard]] QLineEdit *passwordEdit() const { return m_password; }
    [[nodiscard]] QCheckBox *keepSignedIn() const { return m_keep; }
    [[nodiscard]] QPushButton *logInButton() const { return m_logIn; }
    [[nodiscard]] QPushButton *signUpButton() const { return m_signUp; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    /// The user chose to create an account instead (the dialog has been rejected).
    void signUpRequested();

private:
    void submit();

    auth::AuthService &m_auth;
    auth::Session m_session;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QPushButton *m_logIn;
    QPushButton *m_signUp;
    QLabel *m_error;
    BusyIndicator *m_busy; ///< shown while Argon2id runs on a worker
};

} // namespace storefront::ui
