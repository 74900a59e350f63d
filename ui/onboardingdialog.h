#pragma once

#include "auth/session.h"

#include <QDialog>

#include <vector>

class QListWidget;
class QPushButton;

namespace storefront::auth {
class ProfileService;
}
namespace storefront::catalog {
struct Category;
}

namespace storefront::ui {

class BusyIndicator;

/// Asks a new shopper for a few favourite categories (used for cold-start recommendations).
/// Skipping is fine and is remembered. The categories are read on a worker; the list and
/// Save stay disabled until they are shown.
class OnboardingDialog : public QDialog
{
    Q_OBJECT
public:
    OnboardingDialog(auth::ProfileService &profiles, auth::Session session,
                     QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *categories() const { return m_list; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] BusyIndicator *busyIndicator() const { return m_busy; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    void save();
    void skip();

Q_SIGNALS:
    /// The categories are shown (or could not be read).
    void loaded();

private:
    auth::ProfileService &m_profiles;
    auth::Session m_session;
    QListWidget *m_list;
    QPushButton *m_save;
    BusyIndicator *m_busy;
    bool m_loading = true;
};

/// Fills `list` with `categories` as checkable items (id in Qt::UserRole), checking those in
/// `checked`.
void fillCategoryChecklist(QListWidget *list, const std::vector<catalog::Category> &categories,
                           const QList<qint64> &checked);
/// The ids of the checked items.
[[nodiscard]] QList<qint64> checkedCategories(const QListWidget *list);

} // namespace storefront::ui
