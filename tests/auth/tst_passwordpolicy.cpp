#include "auth/passwordpolicy.h"

#include <QSet>
#include <QTest>

#include <optional>
#include <utility>

using namespace storefront;
using auth::PasswordPolicy;
using auth::PasswordRule;

class TestPasswordPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadsTheShippedCommonPasswords();
    void judgesEachRule_data();
    void judgesEachRule();
    void checksEveryRuleEvenWhenSeveralFail();
    void refusesEasilyGuessedPasswords_data();
    void refusesEasilyGuessedPasswords();
    void acceptsThePasswordsWeDocumentAndUse_data();
    void acceptsThePasswordsWeDocumentAndUse();
    void refusesMissingListFile();

private:
    std::optional<PasswordPolicy> m_policy;
};

void TestPasswordPolicy::initTestCase()
{
    auto policy = PasswordPolicy::loadDefault();
    QVERIFY2(policy.ok(), qPrintable(policy ? QString() : policy.error().toString()));
    m_policy = *policy;
}

void TestPasswordPolicy::loadsTheShippedCommonPasswords()
{
    QCOMPARE(m_policy->commonPasswordCount(), 9999);
}

void TestPasswordPolicy::judgesEachRule_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QList<int>>("broken"); // the rules that fail, none when all pass
    const QString email = QStringLiteral("Ada.Lovelace@example.org");
    const QList<int> ok;
    const auto only = [](PasswordRule rule) { return QList<int>{int(rule)}; };
    // Listed, and a run of keys or digits as well: both rules fail, each on its own line.
    const QList<int> listedRun = {int(PasswordRule::NotCommon), int(PasswordRule::NotSequence)};
    QString tenKilobytes; // neither repeated nor a run
    for (int i = 0; tenKilobytes.size() < 10 * 1024; ++i)
        tenKilobytes += QStringLiteral("w%1 ").arg(i);
    QTest::newRow("good") << QStringLiteral("correct horse battery") << email << ok;
    QTest::newRow("empty") << QString() << email << only(PasswordRule::MinLength);
    QTest::newRow("nine chars") << QStringLiteral("plumtrees") << email
                                << only(PasswordRule::MinLength);
    QTest::newRow("ten chars") << QStringLiteral("abcdefghik") << email << ok;
    // Nine code points but ten UTF-16 units: counted as a person counts.
    QTest::newRow("emoji counted once")
        << QStringLiteral("plumtree\U0001F600") << email << only(PasswordRule::MinLength);
    QTest::newRow("10 kB") << tenKilobytes << email << only(PasswordRule::MaxLength);
    QTest::newRow("common") << QStringLiteral("qwertyuiop") << email << listedRun;
    QTest::newRow("common, other case") << QStringLiteral("QwErTyUiOp") << email << listedRun;
    // Full-width letters are NFKC-equivalent to ASCII ones.
    QTest::newRow("common, full width")
        << QStringLiteral("\uff51\uff57\uff45\uff52\uff54\uff59\uff55\uff49\uff4f\uff50") << email
        << listedRun;
    QTest::newRow("common digits") << QStringLiteral("1234567890") << email << listedRun;
    QTest::newRow("common with digits")
        << QStringLiteral("sunshine2024") << email << only(PasswordRule::NotCommon);
    // A listed word behind many random digits is not a guessable core; behind a run it is.
    QTest::newRow("random digits and a word") << QStringLiteral("5839201746love") << email << ok;
    QTest::newRow("random digits and a run") << QStringLiteral("8302918475abcd") << email << ok;
    QTest::newRow("random digits and a repeat") << QStringLiteral("9281736450zzzz") << email << ok;
    QTest::newRow("a run and a word")
        << QStringLiteral("1234567890love") << email << only(PasswordRule::NotCommon);
    QTest::newRow("repeated") << QStringLiteral("abcabcabca") << email
                              << only(PasswordRule::NotRepeated);
    QTest::newRow("run") << QStringLiteral("0987654321") << email
                         << only(PasswordRule::NotSequence);
    QTest::newRow("the email") << QStringLiteral("ada.lovelace@EXAMPLE.org") << email
                               << only(PasswordRule::NotEmail);
    QTest::newRow("the email's name")
        << QStringLiteral("Ada.Lovelace") << email << only(PasswordRule::NotEmail);
    QTest::newRow("control character")
        << QStringLiteral("plumtreesx\u0007") << email << only(PasswordRule::CleanText);
    QTest::newRow("not UTF-8") << QString::fromUtf8("plumtreesx\xff\xfe\xc3") << email
                               << only(PasswordRule::CleanText);
    QTest::newRow("lone surrogate")
        << (QStringLiteral("plumtreesx") + QChar(0xD800)) << email << only(PasswordRule::CleanText);
    QTest::newRow("sql metacharacters")
        << QStringLiteral("'); DROP TABLE users; --") << email << ok;
    QTest::newRow("unicode") << QStringLiteral("\u65e5\u672c\u8a9e\u306e\u30d1\u30b9\u30ef\u30fc"
                                               "\u30c9\u3067\u3059")
                             << email << ok;
    // One weakness each, for another email.
    const QString someone = QStringLiteral("someone@example.org");
    QTest::newRow("doubled word") << QStringLiteral("sunshinesunshine") << someone
                                  << only(PasswordRule::NotRepeated);
    QTest::newRow("dressed up") << QStringLiteral("Sunsh1ne2024!") << someone
                                << only(PasswordRule::NotCommon);
    QTest::newRow("repeated pair")
        << QStringLiteral("XyXyXyXyXyXy") << someone << only(PasswordRule::NotRepeated);
    QTest::newRow("run of letters")
        << QStringLiteral("zyxwvutsrq") << someone << only(PasswordRule::NotSequence);
    QTest::newRow("too short") << QStringLiteral("plumtree") << someone
                               << only(PasswordRule::MinLength);
}

void TestPasswordPolicy::judgesEachRule()
{
    // The sign-up form shows one line per rule, each with a requirement of its own: exactly
    // the broken rules' lines are unmet.
    QFETCH(QString, password);
    QFETCH(QString, email);
    QFETCH(QList<int>, broken);
    const auto checks = m_policy->check(password, email);
    QString firstProblem;
    QSet<QString> requirements;
    for (const auto &c : checks) {
        const bool shouldPass = !broken.contains(int(c.rule));
        QVERIFY2(c.passed == shouldPass, qPrintable(c.requirement));
        QVERIFY(!c.requirement.isEmpty() && !c.problem.isEmpty());
        requirements.insert(c.requirement);
        if (!c.passed && firstProblem.isEmpty())
            firstProblem = c.problem;
    }
    QCOMPARE(requirements.size(), qsizetype(checks.size()));
    const Status s = m_policy->validate(password, email);
    QCOMPARE(s.ok(), broken.isEmpty());
    if (!s.ok()) {
        QCOMPARE(s.error().where, QStringLiteral("password"));
        QCOMPARE(s.error().message, firstProblem);
    }
}

void TestPasswordPolicy::checksEveryRuleEvenWhenSeveralFail()
{
    const auto checks = m_policy->check(QStringLiteral("abc"), QStringLiteral("abc@x.org"));
    QCOMPARE(checks.size(), size_t(7));
    int failed = 0;
    for (const auto &c : checks)
        failed += c.passed ? 0 : 1;
    QCOMPARE(failed, 2); // too short and equal to the email's name
}

void TestPasswordPolicy::refusesEasilyGuessedPasswords_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("rule");       // the rule that refuses it (others may too)
    QTest::addColumn<QString>("reason"); // a word of the problem that rule gives
    const auto common = std::pair{int(PasswordRule::NotCommon), QStringLiteral("common passwords")};
    const auto added = std::pair{int(PasswordRule::NotCommon), QStringLiteral("look-alike")};
    const auto repeats = std::pair{int(PasswordRule::NotRepeated), QStringLiteral("repeats")};
    const auto run =
        std::pair{int(PasswordRule::NotSequence), QStringLiteral("run of neighbouring")};
    QTest::newRow("in the list") << QStringLiteral("qwertyuiop") << common.first << common.second;
    // A common word with digits or symbols at its ends, in any case, with look-alikes.
    QTest::newRow("password123") << QStringLiteral("password123") << added.first << added.second;
    QTest::newRow("Password2024!")
        << QStringLiteral("Password2024!") << added.first << added.second;
    QTest::newRow("qwerty1234") << QStringLiteral("qwerty1234") << added.first << added.second;
    QTest::newRow("iloveyou12") << QStringLiteral("iloveyou12") << added.first << added.second;
    QTest::newRow("digits in front")
        << QStringLiteral("2024monkey!!") << added.first << added.second;
    QTest::newRow("p@ssw0rd123") << QStringLiteral("p@ssw0rd123") << added.first << added.second;
    QTest::newRow("P4$$w0rd!!") << QStringLiteral("P4$$w0rd!!") << added.first << added.second;
    QTest::newRow("1 as l") << QStringLiteral("ba1100n12345") << added.first
                            << added.second; // balloon
    QTest::newRow("leading look-alike")
        << QStringLiteral("4dmin123456") << added.first << added.second;
    // One character or a short unit repeated.
    QTest::newRow("1111111111") << QStringLiteral("1111111111") << repeats.first << repeats.second;
    QTest::newRow("aaaaaaaaaa") << QStringLiteral("aaaaaaaaaa") << repeats.first << repeats.second;
    QTest::newRow("abcabcabca") << QStringLiteral("abcabcabca") << repeats.first << repeats.second;
    QTest::newRow("xyxyxyxyxyxy") << QStringLiteral("XyXyXyXyXyXy") << repeats.first
                                  << repeats.second;
    QTest::newRow("repeated core")
        << QStringLiteral("zzzzzzzzz1") << repeats.first << repeats.second;
    QTest::newRow("spaces") << QStringLiteral("          ") << repeats.first << repeats.second;
    // Runs along the digits, the alphabet or the keyboard, either way.
    QTest::newRow("1234567890") << QStringLiteral("1234567890") << common.first
                                << common.second; // also listed
    QTest::newRow("0987654321") << QStringLiteral("0987654321") << run.first << run.second;
    QTest::newRow("abcdefghij") << QStringLiteral("abcdefghij") << run.first << run.second;
    QTest::newRow("KLMNOPQRST") << QStringLiteral("KLMNOPQRST") << run.first << run.second;
    QTest::newRow("zyxwvutsrq") << QStringLiteral("zyxwvutsrq") << run.first << run.second;
    QTest::newRow("qwertzuiop") << QStringLiteral("qwertzuiop") << run.first << run.second;
    QTest::newRow("poiuytrewq") << QStringLiteral("poiuytrewq") << run.first << run.second;
    QTest::newRow("across rows") << QStringLiteral("uiopasdfghjk") << run.first << run.second;
    QTest::newRow("keyboard columns") << QStringLiteral("1qaz2wsx3edc") << run.first << run.second;
    QTest::newRow("run then digits") << QStringLiteral("ghjklzxc77") << run.first << run.second;
}

void TestPasswordPolicy::refusesEasilyGuessedPasswords()
{
    QFETCH(QString, password);
    QFETCH(int, rule);
    QFETCH(QString, reason);
    const QString email = QStringLiteral("someone@example.org");
    const QList<PasswordRule> guessable = {PasswordRule::NotCommon, PasswordRule::NotRepeated,
                                           PasswordRule::NotSequence};
    for (const auto &c : m_policy->check(password, email)) {
        if (int(c.rule) == rule) {
            QVERIFY2(!c.passed, qPrintable(c.requirement));
            QVERIFY2(c.problem.contains(reason), qPrintable(c.problem));
        } else if (!guessable.contains(c.rule)) {
            QVERIFY2(c.passed, qPrintable(c.requirement));
        }
    }
    const Status s = m_policy->validate(password, email);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(reason), qPrintable(s.error().message));
}

void TestPasswordPolicy::acceptsThePasswordsWeDocumentAndUse_data()
{
    QTest::addColumn<QString>("password");
    // The demo shoppers' documented password, and passphrases the tests sign up with.
    for (const char *p :
         {"storefront-demo-2026", "correct horse battery", "plum orchard 77",
          "first secret passphrase", "second secret passphrase", "Tr0ub4dor&3xyz", "abcdefghik",
          "abc123xyz789", "banana split 2026", "qwerty is a keyboard"})
        QTest::newRow(p) << QString::fromUtf8(p);
}

void TestPasswordPolicy::acceptsThePasswordsWeDocumentAndUse()
{
    QFETCH(QString, password);
    const Status s = m_policy->validate(password, QStringLiteral("someone@example.org"));
    QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
}

void TestPasswordPolicy::refusesMissingListFile()
{
    auto policy = PasswordPolicy::load(QStringLiteral("/nonexistent/common.txt"));
    QVERIFY(!policy.ok());
    QCOMPARE(policy.error().where, QStringLiteral("/nonexistent/common.txt"));
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
