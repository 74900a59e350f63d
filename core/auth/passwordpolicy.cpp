#include "passwordpolicy.h"

#include "auth/normalisation.h"
#include "catalog/demostore.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace storefront::auth {

namespace {

QString comparable(const QString &text)
{
    return normaliseEmail(text); // NFKC + trim + case fold: the same folding as emails
}

/// `text` without the digits, symbols and spaces at its end (and at its start when
/// `bothEnds`): "Password123!" -> "Password".
struct Stripped
{
    QString core;
    QString prefix;
    QString suffix;
};

Stripped stripped(const QString &text, bool bothEnds)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (end > begin && !text.at(end - 1).isLetter())
        --end;
    while (bothEnds && begin < end && !text.at(begin).isLetter())
        ++begin;
    return {text.mid(begin, end - begin), text.left(begin), text.mid(end)};
}

/// Common look-alike substitutions undone ("p@ssw0rd" -> "password"); `one` is what 1 stands
/// for (i or l).
QString unleet(QString text, QChar one)
{
    for (QChar &c : text) {
        switch (c.unicode()) {
        case u'0':
            c = u'o';
            break;
        case u'1':
            c = one;
            break;
        case u'3':
            c = u'e';
            break;
        case u'4':
        case u'@':
            c = u'a';
            break;
        case u'5':
        case u'$':
            c = u's';
            break;
        case u'7':
            c = u't';
            break;
        default:
            break;
        }
    }
    return text;
}

/// The shortest unit that, repeated, makes `text` ("abcabcabca" -> 3), or 0 when `text` is
/// not made of one unit repeated at least twice.
qsizetype repeatedUnit(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype unit = 1; unit <= n / 2; ++unit) {
        qsizetype i = unit;
        while (i < n && text.at(i) == text.at(i - unit))
            ++i;
        if (i == n)
            return unit;
    }
    return 0;
}

/// Whether `text` (at least 3 characters) runs along the keyboard, the alphabet or the
/// digits, forwards or backwards ("1234567890", "qwertyuiop", "zyxwvutsrq").
bool isSequence(const QString &text)
{
    static const QStringList kRuns = {
        QStringLiteral("01234567890"), QStringLiteral("abcdefghijklmnopqrstuvwxyz"),
        // Keyboard rows, one after the other (US and German layouts).
        QStringLiteral("1234567890qwertyuiopasdfghjklzxcvbnm"),
        QStringLiteral("1234567890qwertzuiopasdfghjklyxcvbnm"),
        QStringLiteral("1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"), // the columns
    };
    if (text.size() < 3)
        return false;
    QString backwards = text;
    std::reverse(backwards.begin(), backwards.end());
    for (const QString &run : kRuns) {
        if (run.contains(text) || run.contains(backwards))
            return true;
    }
    return false;
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

namespace {

/// How `folded` (NFKC + case-folded and trimmed, as the list is compared) is easily guessed;
/// `untrimmed` is the same without the trimming (ten spaces are a repeat too). Each weakness
/// is judged on its own, so that every rule it breaks is told.
struct Weaknesses
{
    bool common = false;     ///< in the list
    bool commonCore = false; ///< in the list once digits, symbols and look-alikes are undone
    bool repeated = false;
    bool sequence = false;
};

Weaknesses weaknesses(const QSet<QString> &common, const QString &folded, const QString &untrimmed)
{
    Weaknesses w;
    w.common = common.contains(folded);
    // The core of the password: what is left without digits and symbols added at its ends,
    // with look-alike characters undone. A core counts only when what was added is itself
    // easy to guess (short, a repeat or a run: "2024!", "1234567890"): ten random digits in
    // front of "love" make a strong password, not a common one.
    const auto guessable = [](const QString &affix) {
        constexpr qsizetype kShortAffix = 6;
        return affix.size() <= kShortAffix || repeatedUnit(affix) > 0 || isSequence(affix);
    };
    QStringList cores;
    for (bool bothEnds : {true, false}) {
        const Stripped part = stripped(folded, bothEnds);
        if (guessable(part.prefix) && guessable(part.suffix))
            cores << part.core;
    }
    for (const QString &core : std::as_const(cores)) {
        for (QChar one : {QChar(u'i'), QChar(u'l')}) {
            const QString word = unleet(core, one);
            w.commonCore = w.commonCore || (!word.isEmpty() && common.contains(word));
        }
    }
    // Judged on the whole password and on its core (so "aaaaaaaaa1" and "abcdefgh12" count).
    constexpr qsizetype kShortestPattern = 4;
    for (const QString &text : {untrimmed, folded, cores.value(0)}) {
        if (text.size() < kShortestPattern)
            continue;
        w.repeated = w.repeated || repeatedUnit(text) > 0;
        w.sequence = w.sequence || isSequence(text);
    }
    return w;
}

} // namespace

std::vector<RuleCheck> PasswordPolicy::check(const QString &password, const QString &email) const
{
    const QString normalised = password.normalized(QString::NormalizationForm_KC);
    const qsizetype length = codePointCount(normalised);
    const QString folded = comparable(password);
    const QString account = normaliseEmail(email);
    const QString localPart = account.section(QLatin1Char('@'), 0, 0);
    const bool isEmail =
        !account.isEmpty() && (folded == account || (!localPart.isEmpty() && folded == localPart));

    const Weaknesses weak = weaknesses(m_common, folded, normalised.toCaseFolded());
    const QString common =
        weak.common || !weak.commonCore
            ? tr("This password is one of the most common passwords, which attackers "
                 "try first. Choose another.")
            : tr("This password is a common password with digits, symbols or look-alike "
                 "characters added (like \"Password123\" or \"p@ssw0rd\"), which "
                 "attackers try early. Choose another.");

    return {
        {PasswordRule::MinLength, length >= kMinLength,
         tr("At least %1 characters").arg(kMinLength),
         tr("The password is too short: use at least %1 characters.").arg(kMinLength)},
        {PasswordRule::MaxLength, length <= kMaxLength, tr("At most %1 characters").arg(kMaxLength),
         tr("The password is too long: use at most %1 characters.").arg(kMaxLength)},
        {PasswordRule::CleanText, isCleanText(password), tr("Only printable characters"),
         tr("The password contains control characters or text that is not valid "
            "Unicode.")},
        {PasswordRule::NotCommon, !weak.common && !weak.commonCore,
         tr("Not a common password (one of %1), nor one with digits, symbols or look-alikes "
            "added")
             .arg(m_common.size()),
         common},
        {PasswordRule::NotRepeated, !weak.repeated,
         tr("Not one character or a short pattern repeated"),
         tr("This password repeats one character or a short pattern (like "
            "\"aaaaaaaaaa\" or \"abcabcabca\"), which is quickly guessed. Choose "
            "another.")},
        {PasswordRule::NotSequence, !weak.sequence,
         tr("Not a run of neighbouring keys, letters or digits"),
         tr("This password is a run of neighbouring keys, letters or digits (like "
            "\"1234567890\" or \"qwertyuiop\"), which is quickly guessed. Choose "
            "another.")},
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
