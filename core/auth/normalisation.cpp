#include "normalisation.h"

#include <QCoreApplication>
#include <QList>

namespace storefront::auth {

namespace {

/// Shown under the email and display-name fields of the sign-up and profile forms.
struct NormalisationText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::auth::Normalisation)
};

} // namespace

QString normaliseEmail(const QString &email)
{
    // Case folding can produce text that is not NFKC (and NFKC can produce upper case), so
    // normalise on both sides of the fold, as Unicode's NFKC_Casefold does.
    return email.normalized(QString::NormalizationForm_KC)
        .trimmed()
        .toCaseFolded()
        .normalized(QString::NormalizationForm_KC);
}

QByteArray passwordBytes(const QString &password)
{
    return password.normalized(QString::NormalizationForm_KC).toUtf8();
}

bool isCleanText(const QString &text)
{
    if (!text.isValidUtf16())
        return false;
    for (const char32_t c : text.toUcs4()) {
        if (c == 0xFFFD || QChar::category(c) == QChar::Other_Control || QChar::isNonCharacter(c))
            return false;
    }
    return true;
}

qsizetype codePointCount(const QString &text)
{
    return text.toUcs4().size();
}

Status validateEmail(const QString &email)
{
    const QString where = QStringLiteral("email");
    if (email.isEmpty())
        return fail(NormalisationText::tr("enter an email address"), where);
    if (codePointCount(email) > kMaxEmailLength)
        return fail(NormalisationText::tr("an email address has at most %1 characters")
                        .arg(kMaxEmailLength),
                    where);
    if (!isCleanText(email))
        return fail(
            NormalisationText::tr("the email address contains characters that are not text"),
            where);
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != email.lastIndexOf(QLatin1Char('@')) || at == email.size() - 1)
        return fail(NormalisationText::tr("an email address looks like name@example.org"), where);
    for (const QChar c : email) {
        if (c.isSpace())
            return fail(NormalisationText::tr("an email address has no spaces"), where);
    }
    return {};
}

QString normaliseDisplayName(const QString &name)
{
    return name.normalized(QString::NormalizationForm_KC).simplified();
}

Status validateDisplayName(const QString &name)
{
    const QString where = QStringLiteral("display name");
    if (name.isEmpty())
        return fail(NormalisationText::tr("enter a display name"), where);
    if (codePointCount(name) > kMaxDisplayNameLength)
        return fail(NormalisationText::tr("a display name has at most %1 characters")
                        .arg(kMaxDisplayNameLength),
                    where);
    if (!isCleanText(name))
        return fail(NormalisationText::tr("the display name contains characters that are not text"),
                    where);
    return {};
}

} // namespace storefront::auth
