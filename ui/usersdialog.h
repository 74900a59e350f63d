#pragma once

#include "auth/session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace storefront::auth {
class AuthService;
}

namespace storefront::ui {

/// Admin screen: every account with its role, and changing a role. The permission and the
/// rules (no guest role, the last administrator stays one) are enforced by AuthService;
/// this dialog only shows what it answers.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    UsersDialog(auth::AuthService &auth, auth::Session session, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QComboBox *roleBox() const { return m_role; }
    [[nodiscard]] QPushButton *applyButton() const { return m_apply; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    /// Rows shown after filtering.
    [[nodiscard]] int visibleRows() const;

public Q_SLOTS:
    /// Re-reads the accounts off the GUI thread.
    void reload();

Q_SIGNALS:
    /// The list has been (re)loaded.
    void usersLoaded();
    /// A role change was committed.
    void roleChanged(qint64 userId);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Sets every text in the current language (construction and QEvent::LanguageChange).
    void retranslate();
    /// Shows `error`, or when empty the loading note or the account count.
    void showStatus(const QString &error);
    [[nodiscard]] static QString canLogInLabel(bool canLogIn);
    void applyRole();
    void selectionChanged();
    [[nodiscard]] qint64 selectedUserId() const;

    auth::AuthService &m_auth;
    const auth::Session m_session;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_roleText = nullptr;
    int m_accounts = -1; ///< accounts loaded; -1 while loading
    QString m_error;     ///< the message of the last refusal, shown until the next load
};

} // namespace storefront::ui
