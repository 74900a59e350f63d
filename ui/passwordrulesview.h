#pragma once

#include "auth/passwordpolicy.h"

#include <QWidget>

#include <vector>

class QLabel;

namespace storefront::ui {

/// The password rules as a live checklist: one line per rule, marked met or not as the user
/// types. The rules themselves are core's (auth::PasswordPolicy); this only shows them.
class PasswordRulesView : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordRulesView(const auth::PasswordPolicy &policy, QWidget *parent = nullptr);

    /// Re-checks `password` for the account `email`.
    void update(const QString &password, const QString &email);
    /// Whether every rule is met for the last update().
    [[nodiscard]] bool allMet() const { return m_allMet; }
    /// The text of each rule's line (for tests and screen readers).
    [[nodiscard]] QStringList lines() const;

private:
    [[nodiscard]] QString ruleText(auth::PasswordRule rule) const;

    const auth::PasswordPolicy &m_policy;
    std::vector<QLabel *> m_labels;
    bool m_allMet = false;
};

} // namespace storefront::ui
