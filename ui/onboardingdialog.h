#pragma once

#include "auth/session.h"

#include <QDialog>

class QListWidget;

namespace storefront::auth {
class ProfileService;
}

namespace storefront::ui {

/// Asks a new shopper for a few favourite categories (used for cold-start recommendations).
/// Skipping is fine and is remembered.
class OnboardingDialog : public QDialog
{
    Q_OBJECT
public:
    OnboardingDialog(auth::ProfileService &profiles, auth::Session session,
                     QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *categories() const { return m_list; }
    void save();
    void skip();

private:
    auth::ProfileService &m_profiles;
    auth::Session m_session;
    QListWidget *m_list;
};

/// Fills `list` with the top-level categories as checkable items (id in Qt::UserRole),
/// checking those in `checked`.
void fillCategoryChecklist(QListWidget *list, auth::ProfileService &profiles,
                           const QList<qint64> &checked);
/// The ids of the checked items.
[[nodiscard]] QList<qint64> checkedCategories(const QListWidget *list);

} // namespace storefront::ui
