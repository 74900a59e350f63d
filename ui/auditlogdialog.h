#pragma once

#include "auth/session.h"
#include "common/result.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QThreadPool;
class QTableWidget;

namespace storefront::storage {
class Database;
}
namespace storefront::auth {
class AuthService;
}

namespace storefront::ui {

class BusyIndicator;

/// The audit log for administrators: when, who, what, about whom or which product, and the
/// old and new values. Made only through create(), which core refuses for non-admins. The
/// entries are read off the GUI thread (runAsync on the dialog's pool, the worker's own
/// connection); the filter waits and a busy indicator shows meanwhile. The destructor waits
/// for a read in flight. It is window-modal, so no language switch can come from the
/// settings while it is open; should one come anyway it is re-labelled, its rows included.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    [[nodiscard]] static Result<AuditLogDialog *> create(const storage::Database &db,
                                                         auth::AuthService &auth,
                                                         const auth::Session &session,
                                                         QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QComboBox *filter() const { return m_filter; }
    [[nodiscard]] BusyIndicator *busyIndicator() const { return m_progress; }
    [[nodiscard]] QLabel *statusLine() const { return m_status; }
    /// Reads the entries for the chosen filter off the GUI thread (loaded); refused (the
    /// table emptied, the status line saying why) if the session lost its rights meanwhile.
    void reload();

Q_SIGNALS:
    /// The table shows the entries just read (ok), or is empty with the refusal shown.
    void loaded(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entries;
    AuditLogDialog(const storage::Database &db, auth::AuthService &auth, auth::Session session,
                   QWidget *parent);

    const storage::Database &m_db;
    auth::AuthService &m_auth;
    auth::Session m_session;
    QComboBox *m_filter;
    QPushButton *m_close;
    QTableWidget *m_table;
    QLabel *m_status;
    QLabel *m_filterLabel;
    BusyIndicator *m_progress;
    QThreadPool *m_pool;
    quint64 m_generation = 0;         ///< a newer read makes an older one's result stale
    std::unique_ptr<Entries> m_shown; ///< what the table shows, to label it again
    /// Sets every text that does not come from data in the installed language.
    void retranslate();
    void showEntries(const Entries &entries);
    void fillTable();
};

} // namespace storefront::ui
