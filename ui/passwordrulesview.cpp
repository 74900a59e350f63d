#include "passwordrulesview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace storefront::ui {

PasswordRulesView::PasswordRulesView(const auth::PasswordPolicy &policy, QWidget *parent)
    : QWidget(parent)
    , m_policy(policy)
{
    setObjectName(QStringLiteral("passwordRules"));
    setAccessibleName(tr("Password rules"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Your password needs:"), this);
    layout->addWidget(intro);
    for (const auth::RuleCheck &c : m_policy.check(QString(), QString())) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("rule%1").arg(int(c.rule)));
        label->setWordWrap(true);
        m_labels.push_back(label);
        layout->addWidget(label);
    }
    update(QString(), QString());
}

QString PasswordRulesView::ruleText(auth::PasswordRule rule) const
{
    switch (rule) {
    case auth::PasswordRule::MinLength:
        return tr("at least %1 characters").arg(auth::PasswordPolicy::kMinLength);
    case auth::PasswordRule::MaxLength:
        return tr("at most %1 characters").arg(auth::PasswordPolicy::kMaxLength);
    case auth::PasswordRule::CleanText:
        return tr("only printable characters");
    case auth::PasswordRule::NotCommon:
        return tr("not one of the %1 most common passwords, nor one with digits, symbols or "
                  "look-alikes added")
            .arg(m_policy.commonPasswordCount());
    case auth::PasswordRule::NotRepeated:
        return tr("not one character or a short pattern repeated");
    case auth::PasswordRule::NotSequence:
        return tr("not a run of neighbouring keys, letters or digits");
    case auth::PasswordRule::NotEmail:
        return tr("not your email address");
    }
    return {};
}

void PasswordRulesView::update(const QString &password, const QString &email)
{
    const auto checks = m_policy.check(password, email);
    m_allMet = true;
    for (size_t i = 0; i < checks.size() && i < m_labels.size(); ++i) {
        const auth::RuleCheck &c = checks[i];
        m_allMet = m_allMet && c.passed;
        // Colour is not the only cue: the mark and the words say it too.
        const QString mark = c.passed ? QStringLiteral("\u2713") : QStringLiteral("\u2717");
        const QString state = c.passed ? tr("met") : tr("not met");
        // A common password is told whether it is listed or a listed one dressed up.
        const QString text =
            !c.passed && c.rule == auth::PasswordRule::NotCommon && !password.isEmpty()
                ? c.problem
                : ruleText(c.rule);
        m_labels[i]->setText(QStringLiteral("%1 %2").arg(mark, text));
        m_labels[i]->setAccessibleName(QStringLiteral("%1: %2").arg(text, state));
        m_labels[i]->setForegroundRole(c.passed ? QPalette::WindowText : QPalette::PlaceholderText);
        m_labels[i]->setProperty("met", c.passed);
    }
}

QStringList PasswordRulesView::lines() const
{
    QStringList result;
    for (const QLabel *label : m_labels)
        result << label->accessibleName();
    return result;
}

} // namespace storefront::ui
