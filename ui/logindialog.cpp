#include "logindialog.h"

#include "async.h"
#include "auth/authservice.h"
#include "busyindicator.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace storefront::ui {

LoginDialog::LoginDialog(auth::AuthService &auth, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setAccessibleDescription(tr("The email address you signed up with."));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("Your password; it is not shown as you type."));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_keep = new QCheckBox(tr("&Keep me signed in on this computer"), this);
    m_keep->setObjectName(QStringLiteral("keepSignedIn"));
    m_keep->setAccessibleName(tr("Keep me signed in"));
    m_keep->setToolTip(tr("Stays signed in after the program restarts, for up to 30 days. "
                          "Do not use on a shared computer."));
    m_keep->setVisible(!auth.config().kiosk);
    layout->addWidget(m_keep);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_busy = new BusyIndicator(this);
    layout->addLayout(BusyIndicator::statusRow(m_error, m_busy));

    auto *buttons = new QDialogButtonBox(this);
    m_logIn = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_logIn->setObjectName(QStringLiteral("logIn"));
    m_logIn->setAccessibleName(tr("Log in"));
    m_logIn->setAccessibleDescription(
        tr("Checks the email and password and signs you in; this takes a moment."));
    m_logIn->setDefault(true);
    m_signUp = buttons->addButton(tr("Create an &account\u2026"), QDialogButtonBox::ActionRole);
    m_signUp->setObjectName(QStringLiteral("signUp"));
    m_signUp->setAccessibleName(tr("Create an account"));
    m_signUp->setAccessibleDescription(
        tr("Closes this window and opens the form for a new account."));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Closes this window without signing in."));
    layout->addWidget(buttons);
    connect(m_logIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_signUp, &QPushButton::clicked, this, [this] {
        reject();
        Q_EMIT signUpRequested();
    });
}

void LoginDialog::submit()
{
    // Argon2id takes a moment: the dialog waits, the window keeps painting.
    setEnabled(false);
    m_busy->begin();
    m_error->setText(tr("Checking\u2026"));
    m_error->show();
    auth::AuthService *auth = &m_auth;
    runInBackground(
        this,
        [auth, email = m_email->text(), password = m_password->text(), keep = m_keep->isChecked()] {
            return auth->logIn(email, password, keep);
        },
        [this](const Result<auth::Session> &s) {
            setEnabled(true);
            m_busy->end();
            m_password->clear();
            if (!s) {
                m_error->setText(s.error().message);
                m_password->setFocus();
                return;
            }
            m_error->hide();
            m_session = *s;
            accept();
        });
}

} // namespace storefront::ui
