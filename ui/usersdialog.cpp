#include "usersdialog.h"

#include "async.h"
#include "auth/authservice.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace storefront::ui {

namespace {

enum Column
{
    EmailColumn,
    NameColumn,
    RoleColumn,
    LogInColumn,
    CreatedColumn,
    ColumnCount
};
constexpr int kUserIdRole = Qt::UserRole + 1;
constexpr int kRoleRole = Qt::UserRole + 2;
constexpr int kCanLogInRole = Qt::UserRole + 3;

QString roleLabel(auth::Role role)
{
    switch (role) {
    case auth::Role::Guest:
        return UsersDialog::tr("Guest");
    case auth::Role::Shopper:
        return UsersDialog::tr("Shopper");
    case auth::Role::Staff:
        return UsersDialog::tr("Staff");
    case auth::Role::Admin:
        return UsersDialog::tr("Administrator");
    }
    return {};
}

} // namespace

UsersDialog::UsersDialog(auth::AuthService &auth, auth::Session session, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("usersDialog"));
    resize(760, 480);
    auto *layout = new QVBoxLayout(this);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("userFilter"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // email and name alike
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EmailColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto *row = new QHBoxLayout;
    m_roleText = new QLabel(this);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleBox"));
    for (auth::Role r : {auth::Role::Shopper, auth::Role::Staff, auth::Role::Admin})
        m_role->addItem(QString(), int(r));
    m_roleText->setBuddy(m_role);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applyRole"));
    m_apply->setEnabled(false);
    row->addWidget(m_roleText);
    row->addWidget(m_role);
    row->addWidget(m_apply);
    row->addStretch(1);
    layout->addLayout(row);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersDialog::selectionChanged);
    connect(m_apply, &QPushButton::clicked, this, &UsersDialog::applyRole);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersDialog::selectionChanged);
    retranslate();
    reload();
}

void UsersDialog::retranslate()
{
    setWindowTitle(tr("Users and roles"));
    m_filter->setPlaceholderText(tr("Find by email or name"));
    m_filter->setAccessibleName(tr("Find users"));
    m_filter->setAccessibleDescription(
        tr("Lists only the accounts whose email or name contains this text."));
    m_model->setHorizontalHeaderLabels(
        {tr("Email"), tr("Name"), tr("Role"), tr("Can log in"), tr("Created")});
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setAccessibleDescription(
        tr("Every account with its role; select one to change its role below."));
    m_roleText->setText(tr("&Role:"));
    m_role->setAccessibleName(tr("Role of the selected account"));
    m_role->setAccessibleDescription(
        tr("The role to give the selected account; Change role applies it."));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, roleLabel(auth::Role(m_role->itemData(i).toInt())));
    m_apply->setText(tr("&Change role"));
    m_apply->setAccessibleName(tr("Change the role of the selected account"));
    m_apply->setToolTip(tr("Gives the selected account the chosen role; the change is "
                           "recorded in the audit log."));
    m_close->setAccessibleDescription(tr("Closes the list of users."));
    m_status->setAccessibleName(tr("Status"));
    // The rows keep the role and log-in flag they show, so their labels are drawn again.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        m_model->item(r, RoleColumn)
            ->setText(
                roleLabel(auth::Role(m_model->item(r, EmailColumn)->data(kRoleRole).toInt())));
        QStandardItem *canLogIn = m_model->item(r, LogInColumn);
        canLogIn->setText(canLogInLabel(canLogIn->data(kCanLogInRole).toBool()));
    }
    showStatus(m_error);
}

void UsersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString UsersDialog::canLogInLabel(bool canLogIn)
{
    return canLogIn ? tr("yes") : tr("no");
}

void UsersDialog::showStatus(const QString &error)
{
    m_error = error;
    if (!error.isEmpty())
        m_status->setText(error);
    else if (m_accounts < 0)
        m_status->setText(tr("Loading accounts\u2026"));
    else
        m_status->setText(tr("%n account(s)", nullptr, m_accounts));
}

int UsersDialog::visibleRows() const
{
    return m_proxy->rowCount();
}

void UsersDialog::reload()
{
    m_accounts = -1;
    showStatus({});
    auth::AuthService *auth = &m_auth;
    runInBackground(
        this, [auth, session = m_session] { return auth->listUsers(session); },
        [this](const Result<std::vector<auth::UserSummary>> &users) {
            const qint64 keep = selectedUserId();
            if (!users) {
                showStatus(users.error().message);
                return;
            }
            m_model->removeRows(0, m_model->rowCount());
            for (const auto &u : *users) {
                QList<QStandardItem *> items;
                items << new QStandardItem(u.email) << new QStandardItem(u.displayName)
                      << new QStandardItem(roleLabel(u.role))
                      << new QStandardItem(canLogInLabel(u.canLogIn))
                      << new QStandardItem(QLocale().toString(
                             QDateTime::fromSecsSinceEpoch(u.createdAt), QLocale::ShortFormat));
                items.first()->setData(u.id, kUserIdRole);
                items.first()->setData(int(u.role), kRoleRole);
                items[LogInColumn]->setData(u.canLogIn, kCanLogInRole);
                m_model->appendRow(items);
            }
            m_accounts = int(users->size());
            showStatus({});
            for (int r = 0; r < m_proxy->rowCount(); ++r) {
                const QModelIndex index = m_proxy->index(r, EmailColumn);
                if (index.data(kUserIdRole).toLongLong() == keep)
                    m_table->selectRow(r);
            }
            selectionChanged();
            Q_EMIT usersLoaded();
        });
}

qint64 UsersDialog::selectedUserId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(EmailColumn);
    return rows.isEmpty() ? 0 : rows.first().data(kUserIdRole).toLongLong();
}

void UsersDialog::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(EmailColumn);
    const bool any = !rows.isEmpty();
    m_apply->setEnabled(any && rows.first().data(kRoleRole).toInt() != m_role->currentData());
}

void UsersDialog::applyRole()
{
    const qint64 userId = selectedUserId();
    if (userId == 0)
        return;
    const auto role = auth::Role(m_role->currentData().toInt());
    m_apply->setEnabled(false);
    auth::AuthService *auth = &m_auth;
    runInBackground(
        this,
        [auth, session = m_session, userId, role] { return auth->setRole(session, userId, role); },
        [this, userId](const Status &s) {
            if (!s) {
                showStatus(s.error().message);
                selectionChanged();
                return;
            }
            Q_EMIT roleChanged(userId);
            reload();
        });
}

} // namespace storefront::ui
