#include "signupdialog.h"

#include "async.h"
#include "auth/authservice.h"
#include "busyindicator.h"
#include "passwordrulesview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace storefront::ui {

SignUpDialog::SignUpDialog(auth::AuthService &auth, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_mode(mode)
{
    setObjectName(mode == Mode::FirstAdmin ? QStringLiteral("firstAdminDialog")
                                           : QStringLiteral("signUpDialog"));
    setWindowTitle(mode == Mode::FirstAdmin ? tr("Create the administrator") : tr("Sign up"));
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::FirstAdmin) {
        auto *intro = new QLabel(tr("This store has no administrator yet. The account you "
                                    "create here can manage users and roles. There is no "
                                    "default password: choose your own."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    auto *form = new QFormLayout;
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setAccessibleDescription(tr("The address you will sign in with."));
    m_email->setMaxLength(254);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("displayName"));
    m_name->setAccessibleName(tr("Display name"));
    m_name->setAccessibleDescription(tr("The name the store greets you with."));
    m_name->setMaxLength(100);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(
        tr("A new password; the rules below say which requirements it meets."));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_confirm->setAccessibleName(tr("Repeat password"));
    m_confirm->setAccessibleDescription(tr("The same password again, to catch a typing error."));
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Display name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);
    layout->addLayout(form);

    m_rules = new PasswordRulesView(auth.policy(), this);
    layout->addWidget(m_rules);
    m_match = new QLabel(this);
    m_match->setObjectName(QStringLiteral("passwordMatch"));
    layout->addWidget(m_match);

    m_keep = new QCheckBox(tr("&Keep me signed in on this computer"), this);
    m_keep->setObjectName(QStringLiteral("keepSignedIn"));
    m_keep->setAccessibleName(tr("Keep me signed in"));
    m_keep->setToolTip(tr("Stays signed in after the program restarts, for up to 30 days. "
                          "Do not use on a shared computer."));
    m_keep->setVisible(mode == Mode::Shopper && !auth.config().kiosk);
    layout->addWidget(m_keep);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    m_busy = new BusyIndicator(this);
    layout->addLayout(BusyIndicator::statusRow(m_error, m_busy));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    createButton()->setText(mode == Mode::FirstAdmin ? tr("Create &administrator")
                                                     : tr("Create &account"));
    createButton()->setObjectName(QStringLiteral("create"));
    createButton()->setAccessibleName(createButton()->text().remove(QLatin1Char('&')));
    createButton()->setAccessibleDescription(
        mode == Mode::FirstAdmin
            ? tr("Creates the administrator account and signs it in.")
            : tr("Creates your account and signs you in; it is enabled once every password "
                 "rule is met and both passwords match."));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Closes this window without creating an account."));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignUpDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_email, m_name, m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &SignUpDialog::updateState);
    updateState();
}

QPushButton *SignUpDialog::createButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SignUpDialog::updateState()
{
    m_rules->update(m_password->text(), m_email->text());
    const bool same = m_password->text() == m_confirm->text();
    m_match->setText(m_confirm->text().isEmpty() ? QString()
                     : same                      ? tr("\u2713 The passwords match.")
                                                 : tr("\u2717 The passwords differ."));
    m_match->setAccessibleName(m_match->text());
    createButton()->setEnabled(m_rules->allMet() && same && !m_email->text().trimmed().isEmpty() &&
                               !m_name->text().trimmed().isEmpty());
}

void SignUpDialog::submit()
{
    auto show = [this](const Error &e) {
        m_error->setText(e.message);
        m_error->show();
        if (e.where == QLatin1String("email"))
            m_email->setFocus();
        else if (e.where == QLatin1String("display name"))
            m_name->setFocus();
        else
            m_password->setFocus();
    };
    if (m_password->text() != m_confirm->text()) {
        show(fail(tr("The passwords differ."), QStringLiteral("password")));
        return;
    }
    // Argon2id takes a moment: the dialog waits, the window keeps painting.
    setEnabled(false);
    m_busy->begin();
    auth::AuthService *auth = &m_auth;
    runInBackground(
        this,
        [auth, firstAdmin = m_mode == Mode::FirstAdmin, email = m_email->text(),
         name = m_name->text(), password = m_password->text(),
         keep = m_keep->isChecked()]() -> Result<auth::Session> {
            if (!firstAdmin)
                return auth->signUp(email, name, password, keep);
            auto id = auth->createFirstAdmin(email, name, password);
            if (!id)
                return id.error();
            return auth->logIn(email, password);
        },
        [this, show](const Result<auth::Session> &s) {
            setEnabled(true);
            m_busy->end();
            if (!s) {
                show(s.error());
                return;
            }
            m_session = *s;
            m_password->clear();
            m_confirm->clear();
            accept();
        });
}

} // namespace storefront::ui
