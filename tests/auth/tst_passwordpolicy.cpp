#include "auth/passwordpolicy.h"

#include <QTest>

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
    QTest::addColumn<int>("broken"); // the rule that fails, or -1 when all pass
    const QString email = QStringLiteral("Ada.Lovelace@example.org");
    const int ok = -1;
    QString tenKilobytes; // neither repeated nor a run
    for (int i = 0; tenKilobytes.size() < 10 * 1024; ++i)
        tenKilobytes += QStringLiteral("w%1 ").arg(i);
    QTest::newRow("good") << QStringLiteral("correct horse battery") << email << ok;
    QTest::newRow("empty") << QString() << email << int(PasswordRule::MinLength);
    QTest::newRow("nine chars") << QStringLiteral("plumtrees") << email
                                << int(PasswordRule::MinLength);
    QTest::newRow("ten chars") << QStringLiteral("abcdefghik") << email << ok;
    // Nine code points but ten UTF-16 units: counted as a person counts.
    QTest::newRow("emoji counted once")
        << QStringLiteral("plumtree\U0001F600") << email << int(PasswordRule::MinLength);
    QTest::newRow("10 kB") << tenKilobytes << email << int(PasswordRule::MaxLength);
    QTest::newRow("common") << QStringLiteral("qwertyuiop") << email
                            << int(PasswordRule::NotCommon);
    QTest::newRow("common, other case")
        << QStringLiteral("QwErTyUiOp") << email << int(PasswordRule::NotCommon);
    // Full-width letters are NFKC-equivalent to ASCII ones.
    QTest::newRow("common, full width")
        << QStringLiteral("\uff51\uff57\uff45\uff52\uff54\uff59\uff55\uff49\uff4f\uff50") << email
        << int(PasswordRule::NotCommon);
    QTest::newRow("common digits")
        << QStringLiteral("1234567890") << email << int(PasswordRule::NotCommon);
    QTest::newRow("the email") << QStringLiteral("ada.lovelace@EXAMPLE.org") << email
                               << int(PasswordRule::NotEmail);
    QTest::newRow("the email's name")
        << QStringLiteral("Ada.Lovelace") << email << int(PasswordRule::NotEmail);
    QTest::newRow("control character")
        << QStringLiteral("plumtreesx\u0007") << email << int(PasswordRule::CleanText);
    QTest::newRow("not UTF-8") << QString::fromUtf8("plumtreesx\xff\xfe\xc3") << email
                               << int(PasswordRule::CleanText);
    QTest::newRow("lone surrogate")
        << (QStringLiteral("plumtreesx") + QChar(0xD800)) << email << int(PasswordRule::CleanText);
    QTest::newRow("sql metacharacters")
        << QStringLiteral("'); DROP TABLE users; --") << email << ok;
    QTest::newRow("unicode") << QStringLiteral("\u65e5\u672c\u8a9e\u306e\u30d1\u30b9\u30ef\u30fc"
                                               "\u30c9\u3067\u3059")
                             << email << ok;
}

void TestPasswordPolicy::judgesEachRule()
{
    QFETCH(QString, password);
    QFETCH(QString, email);
    QFETCH(int, broken);
    const auto checks = m_policy->check(password, email);
    for (const auto &c : checks) {
        const bool shouldPass = int(c.rule) != broken;
        QVERIFY2(c.passed == shouldPass, qPrintable(c.requirement));
        QVERIFY(!c.requirement.isEmpty() && !c.problem.isEmpty());
    }
    const Status s = m_policy->validate(password, email);
    QCOMPARE(s.ok(), broken < 0);
    if (!s.ok())
        QCOMPARE(s.error().where, QStringLiteral("password"));
}

void TestPasswordPolicy::checksEveryRuleEvenWhenSeveralFail()
{
    const auto checks = m_policy->check(QStringLiteral("abc"), QStringLiteral("abc@x.org"));
    QCOMPARE(checks.size(), size_t(5));
    int failed = 0;
    for (const auto &c : checks)
        failed += c.passed ? 0 : 1;
    QCOMPARE(failed, 2); // too short and equal to the email's name
}

void TestPasswordPolicy::refusesEasilyGuessedPasswords_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("reason"); // a word of the problem each refusal gives
    const QString common = QStringLiteral("common passwords");
    const QString added = QStringLiteral("look-alike");
    const QString repeats = QStringLiteral("repeats");
    const QString run = QStringLiteral("run of neighbouring");
    QTest::newRow("in the list") << QStringLiteral("qwertyuiop") << common;
    // A common word with digits or symbols at its ends, in any case, with look-alikes.
    QTest::newRow("password123") << QStringLiteral("password123") << added;
    QTest::newRow("Password2024!") << QStringLiteral("Password2024!") << added;
    QTest::newRow("qwerty1234") << QStringLiteral("qwerty1234") << added;
    QTest::newRow("iloveyou12") << QStringLiteral("iloveyou12") << added;
    QTest::newRow("digits in front") << QStringLiteral("2024monkey!!") << added;
    QTest::newRow("p@ssw0rd123") << QStringLiteral("p@ssw0rd123") << added;
    QTest::newRow("P4$$w0rd!!") << QStringLiteral("P4$$w0rd!!") << added;
    QTest::newRow("1 as l") << QStringLiteral("ba1100n12345") << added; // balloon
    QTest::newRow("leading look-alike") << QStringLiteral("4dmin123456") << added;
    // One character or a short unit repeated.
    QTest::newRow("1111111111") << QStringLiteral("1111111111") << repeats;
    QTest::newRow("aaaaaaaaaa") << QStringLiteral("aaaaaaaaaa") << repeats;
    QTest::newRow("abcabcabca") << QStringLiteral("abcabcabca") << repeats;
    QTest::newRow("xyxyxyxyxyxy") << QStringLiteral("XyXyXyXyXyXy") << repeats;
    QTest::newRow("repeated core") << QStringLiteral("zzzzzzzzz1") << repeats;
    QTest::newRow("spaces") << QStringLiteral("          ") << repeats;
    // Runs along the digits, the alphabet or the keyboard, either way.
    QTest::newRow("1234567890") << QStringLiteral("1234567890") << common; // also listed
    QTest::newRow("0987654321") << QStringLiteral("0987654321") << run;
    QTest::newRow("abcdefghij") << QStringLiteral("abcdefghij") << run;
    QTest::newRow("KLMNOPQRST") << QStringLiteral("KLMNOPQRST") << run;
    QTest::newRow("zyxwvutsrq") << QStringLiteral("zyxwvutsrq") << run;
    QTest::newRow("qwertzuiop") << QStringLiteral("qwertzuiop") << run;
    QTest::newRow("poiuytrewq") << QStringLiteral("poiuytrewq") << run;
    QTest::newRow("across rows") << QStringLiteral("uiopasdfghjk") << run;
    QTest::newRow("keyboard columns") << QStringLiteral("1qaz2wsx3edc") << run;
    QTest::newRow("run then digits") << QStringLiteral("ghjklzxc77") << run;
}

void TestPasswordPolicy::refusesEasilyGuessedPasswords()
{
    QFETCH(QString, password);
    QFETCH(QString, reason);
    const QString email = QStringLiteral("someone@example.org");
    for (const auto &c : m_policy->check(password, email)) {
        QVERIFY2(c.passed == (c.rule != PasswordRule::NotCommon), qPrintable(c.requirement));
        if (!c.passed)
            QVERIFY2(c.problem.contains(reason), qPrintable(c.problem));
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
