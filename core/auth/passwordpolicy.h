#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <vector>

namespace storefront::auth {

/// The rules a new password must meet, each checked on its own so that a form can show
/// which are met as the user types.
enum class PasswordRule
{
    MinLength, ///< at least kMinLength characters (code points, after NFKC)
    MaxLength, ///< at most kMaxLength characters
    CleanText, ///< no control characters, broken Unicode or bytes that were not UTF-8
    /// Not in data/common-passwords.txt (compared NFKC + case-folded), nor such a password
    /// with digits or symbols added at its ends or look-alike characters ("P@ssw0rd123").
    /// RuleCheck::problem says which.
    NotCommon,
    /// Not one character or a short pattern repeated ("aaaaaaaaaa", "abcabcabca"), judged on
    /// the whole password and on it without digits and symbols at its ends.
    NotRepeated,
    /// Not a run along the keyboard, the alphabet or the digits, either way ("0987654321",
    /// "qwertzuiop"), judged like NotRepeated.
    NotSequence,
    NotEmail, ///< not the account's email, nor the part before its "@"
};

struct RuleCheck
{
    PasswordRule rule;
    bool passed = false;
    QString requirement; ///< what the rule asks ("At least 10 characters")
    QString problem;     ///< what is wrong when it fails ("The password is too short: ...")
};

class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(storefront::auth::PasswordPolicy)

public:
    static constexpr int kMinLength = 10;
    static constexpr int kMaxLength = 1024;

    /// A policy whose common-password list is `commonPasswords` (any case or form).
    explicit PasswordPolicy(const QStringList &commonPasswords = {});

    /// Loads one password a line (UTF-8; blank lines and lines starting with # skipped).
    [[nodiscard]] static Result<PasswordPolicy> load(const QString &file);
    /// data/common-passwords.txt from catalog::DemoStore::locateDataDir().
    [[nodiscard]] static Result<PasswordPolicy> loadDefault();

    /// Every rule, in a fixed order, for `password` proposed for the account `email`.
    [[nodiscard]] std::vector<RuleCheck> check(const QString &password, const QString &email) const;
    /// Success, or the first broken rule's problem (where: "password").
    Status validate(const QString &password, const QString &email) const;

    [[nodiscard]] qsizetype commonPasswordCount() const { return m_common.size(); }

private:
    QSet<QString> m_common; // NFKC + case-folded
};

} // namespace storefront::auth
