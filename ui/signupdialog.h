#pragma once

#include "auth/session.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace storefront::auth {
class AuthService;
}

namespace storefront::ui {

class BusyIndicator;

class PasswordRulesView;

/// Creates an account: a shopper's sign-up, or the first administrator on a store that has
/// none. The password rules are explained inline and checked live; the account itself is
/// made (and every rule enforced again) by auth::AuthService.
class SignUpDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Shopper,
        FirstAdmin
    };

    SignUpDialog(auth::AuthService &auth, Mode mode, QWidget *parent = nullptr);

    /// The signed-in session once the dialog is accepted.
    [[nodiscard]] auth::Session session() const { return m_session; }

    [[nodiscard]] QLineEdit *emailEdit() const { return m_email; }
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit *passwordEdit() const { return m_password; }
    [[nodiscard]] QLineEdit *confirmEdit() const { return m_confirm; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] PasswordRulesView *rules() const { return m_rules; }
    [[nodiscard]] QPushButton *createButton() const;

private:
    void updateState();
    void submit();

    auth::AuthService &m_auth;
    Mode m_mode;
    auth::Session m_session;
    QLineEdit *m_email;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QCheckBox *m_keep;
    PasswordRulesView *m_rules;
    QLabel *m_match;
    QLabel *m_error;
    BusyIndicator *m_busy; ///< shown while Argon2id runs on a worker
    QDialogButtonBox *m_buttons;
};

} // namespace storefront::ui
