#include "onboardingdialog.h"

#include "async.h"
#include "auth/profileservice.h"
#include "busyindicator.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace storefront::ui {

void fillCategoryChecklist(QListWidget *list, const std::vector<catalog::Category> &categories,
                           const QList<qint64> &checked)
{
    list->clear();
    for (const catalog::Category &c : categories) {
        auto *item = new QListWidgetItem(c.name, list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, c.id);
    }
}

QList<qint64> checkedCategories(const QListWidget *list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

OnboardingDialog::OnboardingDialog(auth::ProfileService &profiles, auth::Session session,
                                   QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("onboardingDialog"));
    setWindowTitle(tr("Welcome!"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Pick a few categories you like, and your first "
                                "recommendations will come from them. You can change them "
                                "any time in your profile."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("favouriteCategories"));
    m_list->setAccessibleName(tr("Favourite categories"));
    m_list->setAccessibleDescription(
        tr("Check the categories you like; Space checks or unchecks the current one."));
    m_list->setEnabled(false);
    layout->addWidget(m_list);
    auto *status = new QLabel(tr("Loading\u2026"), this);
    status->setAccessibleName(tr("Status"));
    m_busy = new BusyIndicator(this);
    layout->addLayout(BusyIndicator::statusRow(status, m_busy));
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    QPushButton *save = m_save;
    save->setObjectName(QStringLiteral("save"));
    save->setAccessibleName(tr("Save favourite categories"));
    save->setAccessibleDescription(
        tr("Keeps the checked categories; your first recommendations come from them."));
    save->setEnabled(false);
    QPushButton *skip = buttons->addButton(tr("S&kip"), QDialogButtonBox::RejectRole);
    skip->setObjectName(QStringLiteral("skip"));
    skip->setAccessibleName(tr("Skip"));
    skip->setAccessibleDescription(
        tr("Closes this window without choosing; it is not asked again at the next log-in."));
    layout->addWidget(buttons);
    connect(save, &QPushButton::clicked, this, &OnboardingDialog::save);
    connect(skip, &QPushButton::clicked, this, &OnboardingDialog::skip);

    m_busy->begin();
    const auth::ProfileService *service = &m_profiles;
    runInBackground(
        this, [service] { return service->topLevelCategories(); },
        [this, status](const Result<std::vector<catalog::Category>> &categories) {
            m_loading = false;
            m_busy->end();
            if (categories) {
                fillCategoryChecklist(m_list, *categories, {});
                status->hide();
            } else {
                status->setText(categories.error().message);
            }
            // Without categories there is nothing to pick, but skipping still works.
            m_list->setEnabled(categories.ok());
            m_save->setEnabled(categories.ok());
            Q_EMIT loaded();
        });
}

void OnboardingDialog::save()
{
    m_save->setEnabled(false);
    m_busy->begin();
    auth::ProfileService *profiles = &m_profiles;
    runInBackground(
        this,
        [profiles, session = m_session, ids = checkedCategories(m_list)] {
            return profiles->setFavouriteCategories(session, ids);
        },
        [this](const Status &s) {
            m_busy->end();
            m_save->setEnabled(true);
            if (!s) {
                QMessageBox::warning(this, windowTitle(), s.error().message);
                return;
            }
            accept();
        });
}

void OnboardingDialog::skip()
{
    // Remembered, so that the shopper is not asked at every log-in; failure is harmless, so
    // the dialog need not wait for it.
    auth::ProfileService *profiles = &m_profiles;
    runInBackground(
        this, [profiles, session = m_session] { return profiles->skipOnboarding(session); },
        [](const Status &) {});
    reject();
}

} // namespace storefront::ui
