#include "profiledialog.h"

#include "async.h"
#include "auth/authservice.h"
#include "auth/profileservice.h"
#include "busyindicator.h"
#include "filedialogs.h"
#include "onboardingdialog.h"
#include "passwordrulesview.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <cmath>

namespace storefront::ui {

namespace {

QLineEdit *passwordEdit(QWidget *parent, const QString &objectName, const QString &accessible,
                        const QString &description)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessible);
    edit->setAccessibleDescription(description);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QPushButton *button(QWidget *parent, const QString &text, const QString &objectName,
                    const QString &description)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    b->setAccessibleDescription(description);
    return b;
}

QDoubleSpinBox *priceBox(QWidget *parent, const QString &objectName, const QString &accessible,
                         const QString &description)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessible);
    box->setAccessibleDescription(description);
    box->setRange(0, double(auth::ProfileService::kMaxPriceCents) / 100);
    box->setDecimals(2);
    box->setSpecialValueText(QObject::tr("No limit")); // the minimum, 0, means open
    return box;
}

std::optional<qint64> centsOf(const QDoubleSpinBox *box)
{
    if (box->value() <= 0)
        return std::nullopt;
    return qint64(std::llround(box->value() * 100));
}

} // namespace

ProfileDialog::ProfileDialog(auth::AuthService &auth, auth::ProfileService &profiles,
                             auth::Session session, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_profiles(profiles)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Your profile"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    m_form = content;
    auto *layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    auto *identity = new QGroupBox(tr("You"), content);
    auto *identityForm = new QFormLayout(identity);
    m_name = new QLineEdit(identity);
    m_name->setObjectName(QStringLiteral("displayName"));
    m_name->setAccessibleName(tr("Display name"));
    m_name->setAccessibleDescription(tr("The name the store greets you with."));
    auto *saveName = button(identity, tr("Save &name"), QStringLiteral("saveName"),
                            tr("Keeps the display name typed beside it."));
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name);
    nameRow->addWidget(saveName);
    identityForm->addRow(tr("Display &name:"), nameRow);
    m_email = new QLineEdit(identity);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setAccessibleDescription(
        tr("The address you sign in with; a change needs your current password."));
    identityForm->addRow(tr("&Email:"), m_email);
    m_emailPassword = passwordEdit(identity, QStringLiteral("emailPassword"),
                                   tr("Current password, to change the email"),
                                   tr("Confirms that it is you who changes the email."));
    auto *changeEmail = button(identity, tr("Change e&mail"), QStringLiteral("changeEmail"),
                               tr("Makes the email above the one you sign in with."));
    auto *emailRow = new QHBoxLayout;
    emailRow->addWidget(m_emailPassword);
    emailRow->addWidget(changeEmail);
    identityForm->addRow(tr("Current password:"), emailRow);
    layout->addWidget(identity);

    auto *password = new QGroupBox(tr("Password"), content);
    auto *passwordForm = new QFormLayout(password);
    m_currentPassword =
        passwordEdit(password, QStringLiteral("currentPassword"), tr("Current password"),
                     tr("The password you sign in with now."));
    m_newPassword = passwordEdit(password, QStringLiteral("newPassword"), tr("New password"),
                                 tr("The rules below say which requirements it meets."));
    m_confirmPassword =
        passwordEdit(password, QStringLiteral("confirmPassword"), tr("Repeat new password"),
                     tr("The new password again, to catch a typing error."));
    passwordForm->addRow(tr("C&urrent password:"), m_currentPassword);
    passwordForm->addRow(tr("Ne&w password:"), m_newPassword);
    passwordForm->addRow(tr("Re&peat new password:"), m_confirmPassword);
    m_rules = new PasswordRulesView(auth.policy(), password);
    passwordForm->addRow(m_rules);
    auto *changePassword =
        button(password, tr("Change &password"), QStringLiteral("changePassword"),
               tr("Sets the new password and signs you out everywhere else."));
    passwordForm->addRow(changePassword);
    auto *note = new QLabel(tr("Changing the password signs you out everywhere else."), password);
    note->setWordWrap(true);
    passwordForm->addRow(note);
    layout->addWidget(password);

    auto *taste = new QGroupBox(tr("Your taste"), content);
    auto *tasteForm = new QFormLayout(taste);
    m_favourites = new QListWidget(taste);
    m_favourites->setObjectName(QStringLiteral("favouriteCategories"));
    m_favourites->setAccessibleName(tr("Favourite categories"));
    m_favourites->setAccessibleDescription(
        tr("Check the categories you like; Space checks or unchecks the current one."));
    tasteForm->addRow(tr("&Favourite categories:"), m_favourites);
    auto *saveFavourites = button(taste, tr("Save &categories"), QStringLiteral("saveFavourites"),
                                  tr("Keeps the checked favourite categories."));
    tasteForm->addRow(saveFavourites);
    m_minPrice = priceBox(taste, QStringLiteral("minPrice"), tr("Lowest preferred price"),
                          tr("The lowest price you are looking for; \"No limit\" for none."));
    m_maxPrice = priceBox(taste, QStringLiteral("maxPrice"), tr("Highest preferred price"),
                          tr("The highest price you are looking for; \"No limit\" for none."));
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(m_minPrice);
    priceRow->addWidget(new QLabel(tr("to"), taste));
    priceRow->addWidget(m_maxPrice);
    auto *savePrices = button(taste, tr("Save p&rices"), QStringLiteral("savePrices"),
                              tr("Keeps the preferred price range."));
    priceRow->addWidget(savePrices);
    tasteForm->addRow(tr("Preferred &price range:"), priceRow);
    layout->addWidget(taste);

    auto *data = new QGroupBox(tr("Your data"), content);
    auto *dataForm = new QFormLayout(data);
    auto *show = button(data, tr("&Show my data\u2026"), QStringLiteral("showMyData"),
                        tr("Asks for a file and saves everything the store keeps about you "
                           "in it, as JSON."));
    dataForm->addRow(new QLabel(tr("Save everything the store keeps about you (profile, "
                                   "ratings, activity) as a JSON file."),
                                data));
    dataForm->addRow(show);
    m_deletePassword = passwordEdit(data, QStringLiteral("deletePassword"),
                                    tr("Current password, to delete the account"),
                                    tr("Confirms that it is you who deletes the account."));
    auto *remove = button(data, tr("&Delete my account\u2026"), QStringLiteral("deleteAccount"),
                          tr("Asks once more, then deletes your account, ratings and "
                             "activity for good."));
    auto *deleteRow = new QHBoxLayout;
    deleteRow->addWidget(m_deletePassword);
    deleteRow->addWidget(remove);
    dataForm->addRow(tr("Current password:"), deleteRow);
    auto *deleteNote = new QLabel(tr("Deleting the account deletes your profile, your ratings "
                                     "and your activity for good."),
                                  data);
    deleteNote->setWordWrap(true);
    dataForm->addRow(deleteNote);
    layout->addWidget(data);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    m_busy = new BusyIndicator(this);
    outer->addLayout(BusyIndicator::statusRow(m_status, m_busy));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    close->button(QDialogButtonBox::Close)
        ->setAccessibleDescription(tr("Closes your profile; what was not saved is dropped."));
    outer->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveName, &QPushButton::clicked, this, &ProfileDialog::saveName);
    connect(changeEmail, &QPushButton::clicked, this, &ProfileDialog::changeEmail);
    connect(changePassword, &QPushButton::clicked, this, &ProfileDialog::changePassword);
    connect(saveFavourites, &QPushButton::clicked, this, &ProfileDialog::saveFavourites);
    connect(savePrices, &QPushButton::clicked, this, &ProfileDialog::savePrices);
    connect(show, &QPushButton::clicked, this, &ProfileDialog::showMyData);
    connect(remove, &QPushButton::clicked, this, &ProfileDialog::deleteAccount);
    connect(m_newPassword, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_rules->update(text, m_session.email()); });
    load();
}

namespace {

/// What the form shows, read together on a worker.
struct Loaded
{
    Result<auth::Profile> profile;
    Result<std::vector<catalog::Category>> categories;
};

} // namespace

void ProfileDialog::load()
{
    m_form->setEnabled(false);
    m_status->setText(tr("Loading\u2026"));
    m_busy->begin();
    auth::ProfileService *profiles = &m_profiles;
    runInBackground(
        this,
        [profiles, session = m_session] {
            return Loaded{profiles->profile(session), profiles->topLevelCategories()};
        },
        [this](const Loaded &data) {
            m_loading = false;
            m_busy->end();
            const Error *error = !data.profile      ? &data.profile.error()
                                 : !data.categories ? &data.categories.error()
                                                    : nullptr;
            if (error) {
                m_status->setText(error->message); // the form stays disabled: nothing to edit
                Q_EMIT loaded();
                return;
            }
            const auth::Profile &profile = *data.profile;
            m_name->setText(profile.displayName);
            m_email->setText(profile.email);
            fillCategoryChecklist(m_favourites, *data.categories, profile.favouriteCategoryIds);
            m_minPrice->setValue(profile.priceMinCents ? double(*profile.priceMinCents) / 100 : 0);
            m_maxPrice->setValue(profile.priceMaxCents ? double(*profile.priceMaxCents) / 100 : 0);
            m_status->clear();
            m_form->setEnabled(true);
            Q_EMIT loaded();
        });
}

void ProfileDialog::beginWork()
{
    setEnabled(false);
    m_busy->begin();
}

void ProfileDialog::endWork()
{
    m_busy->end();
    setEnabled(true);
}

void ProfileDialog::report(const Status &status, const QString &success)
{
    m_status->setText(status ? success : status.error().message);
}

void ProfileDialog::save(std::function<Status(auth::ProfileService &)> write,
                         const QString &success)
{
    beginWork();
    auth::ProfileService *profiles = &m_profiles;
    runInBackground(
        this, [profiles, write = std::move(write)] { return write(*profiles); },
        [this, success](const Status &s) {
            endWork();
            report(s, success);
        });
}

void ProfileDialog::saveName()
{
    save([session = m_session, name = m_name->text()](
             auth::ProfileService &p) { return p.setDisplayName(session, name); },
         tr("Display name saved."));
}

void ProfileDialog::changeEmail()
{
    beginWork(); // Argon2id verification runs off the GUI thread
    auth::AuthService *auth = &m_auth;
    runInBackground(
        this,
        [auth, session = m_session, password = m_emailPassword->text(), email = m_email->text()] {
            return auth->changeEmail(session, password, email);
        },
        [this](const Status &s) {
            endWork();
            m_emailPassword->clear();
            report(s, tr("Email changed: use it to log in from now on."));
        });
}

void ProfileDialog::changePassword()
{
    if (m_newPassword->text() != m_confirmPassword->text()) {
        m_status->setText(tr("The new passwords differ."));
        return;
    }
    beginWork(); // Argon2id hashing runs off the GUI thread
    auth::AuthService *auth = &m_auth;
    runInBackground(
        this,
        [auth, session = m_session, current = m_currentPassword->text(),
         next = m_newPassword->text()] { return auth->changePassword(session, current, next); },
        [this](const Result<auth::Session> &fresh) {
            endWork();
            m_currentPassword->clear();
            m_newPassword->clear();
            m_confirmPassword->clear();
            if (!fresh) {
                m_status->setText(fresh.error().message);
                return;
            }
            m_session = *fresh;
            m_status->setText(tr("Password changed. Every other session has been signed out."));
            Q_EMIT sessionReplaced(m_session);
        });
}

void ProfileDialog::saveFavourites()
{
    save([session = m_session, ids = checkedCategories(m_favourites)](
             auth::ProfileService &p) { return p.setFavouriteCategories(session, ids); },
         tr("Favourite categories saved."));
}

void ProfileDialog::savePrices()
{
    save([session = m_session, low = centsOf(m_minPrice), high = centsOf(m_maxPrice)](
             auth::ProfileService &p) { return p.setPriceRange(session, low, high); },
         tr("Price range saved."));
}

namespace {

/// Everything the store keeps about the session's user, as JSON in `path`: runs on a worker.
Status writeMyData(auth::AuthService &auth, const auth::Session &session, const QString &path)
{
    auto doc = auth.exportMyData(session);
    if (!doc)
        return doc.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString(), path);
    // Personal data: readable by the owner only.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(doc->toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(file.errorString(), path);
    return {};
}

} // namespace

Status ProfileDialog::exportTo(const QString &path)
{
    return writeMyData(m_auth, m_session, path);
}

void ProfileDialog::showMyData()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        saveFileName(this, tr("Save my data"), dir + QStringLiteral("/storefront-my-data.json"),
                     tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    beginWork(); // every rating and event of the account: read and written off the GUI thread
    runInBackground(
        this,
        [auth = &m_auth, session = m_session, path] { return writeMyData(*auth, session, path); },
        [this, path](const Status &s) {
            endWork();
            report(s, tr("Your data has been saved to %1.").arg(path));
        });
}

void ProfileDialog::deleteAccount()
{
    const auto answer = QMessageBox::warning(
        this, tr("Delete my account"),
        tr("Delete your account for good? Your profile, ratings and activity will be deleted "
           "and cannot be restored."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    beginWork(); // Argon2id verification runs off the GUI thread
    auth::AuthService *auth = &m_auth;
    runInBackground(
        this,
        [auth, session = m_session, password = m_deletePassword->text()] {
            return auth->deleteAccount(session, password);
        },
        [this](const Status &s) {
            endWork();
            m_deletePassword->clear();
            if (!s) {
                m_status->setText(s.error().message);
                return;
            }
            Q_EMIT accountDeleted();
            accept();
        });
}

} // namespace storefront::ui
