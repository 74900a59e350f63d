#include "passwordpolicy.h"

#include "auth/normalisation.h"
#include "catalog/demostore.h"

#include <QDir>
#include <QFile>

namespace storefront::auth {

namespace {

QString comparable(const QString &text)
{
    return normaliseEmail(text); // NFKC + trim + case fold: the same folding as emails
}

} // namespace

PasswordPolicy::PasswordPolicy(const QStringList &commonPasswords)
{
    m_common.reserve(commonPasswords.size());
    for (const QString &p : commonPasswords)
        m_common.insert(comparable(p));
}

Result<PasswordPolicy> PasswordPolicy::load(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(
            QStringLiteral("cannot read the list of common passwords: %1").arg(f.errorString()),
            file);
    QStringList words;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            words << line;
    }
    if (words.isEmpty())
        return fail(QStringLiteral("the list of common passwords is empty"), file);
    return PasswordPolicy(words);
}

Result<PasswordPolicy> PasswordPolicy::loadDefault()
{
    return load(
        QDir(catalog::DemoStore::locateDataDir()).filePath(QStringLiteral("common-passwords.txt")));
}

std::vector<RuleCheck> PasswordPolicy::check(const QString &password, const QString &email) const
{
    const QString normalised = password.normalized(QString::NormalizationForm_KC);
    const qsizetype length = codePointCount(normalised);
    const QString folded = comparable(password);
    const QString account = normaliseEmail(email);
    const QString localPart = account.section(QLatin1Char('@'), 0, 0);
    const bool isEmail =
        !account.isEmpty() && (folded == account || (!localPart.isEmpty() && folded == localPart));

    return {
        {PasswordRule::MinLength, length >= kMinLength,
         tr("At least %1 characters").arg(kMinLength),
         tr("The password is too short: use at least %1 characters.").arg(kMinLength)},
        {PasswordRule::MaxLength, length <= kMaxLength, tr("At most %1 characters").arg(kMaxLength),
         tr("The password is too long: use at most %1 characters.").arg(kMaxLength)},
        {PasswordRule::CleanText, isCleanText(password), tr("Only printable characters"),
         tr("The password contains control characters or text that is not valid "
            "Unicode.")},
        {PasswordRule::NotCommon, !m_common.contains(folded),
         tr("Not one of the %1 most common passwords").arg(m_common.size()),
         tr("This password is one of the most common passwords, which attackers "
            "try first. Choose another.")},
        {PasswordRule::NotEmail, !isEmail, tr("Not your email address"),
         tr("The password must not be your email address.")},
    };
}

Status PasswordPolicy::validate(const QString &password, const QString &email) const
{
    for (const RuleCheck &c : check(password, email)) {
        if (!c.passed)
            return fail(c.problem, QStringLiteral("password"));
    }
    return {};
}

} // namespace storefront::auth
