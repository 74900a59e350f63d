#pragma once

#include "auth/session.h"
#include "common/result.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace storefront::storage {
class Database;
}
namespace storefront::auth {
class AuthService;
}

namespace storefront::ui {

/// The audit log for administrators: when, who, what, about whom or which product, and the
/// old and new values. Made only through create(), which core refuses for non-admins.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    [[nodiscard]] static Result<AuditLogDialog *> create(const storage::Database &db,
                                                         auth::AuthService &auth,
                                                         const auth::Session &session,
                                                         QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    /// Reloads with the chosen filter; refused (and the table emptied) if the session lost
    /// its rights meanwhile.
    Status reload();

private:
    AuditLogDialog(const storage::Database &db, auth::AuthService &auth, auth::Session session,
                   QWidget *parent);

    const storage::Database &m_db;
    auth::AuthService &m_auth;
    auth::Session m_session;
    QComboBox *m_filter;
    QTableWidget *m_table;
};

} // namespace storefront::ui
