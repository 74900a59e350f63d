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
    QTest::newRow("good") << QStringLiteral("correct horse battery") << email << ok;
    QTest::newRow("empty") << QString() << email << int(PasswordRule::MinLength);
    QTest::newRow("nine chars") << QStringLiteral("abcdefghi") << email
                                << int(PasswordRule::MinLength);
    QTest::newRow("ten chars") << QStringLiteral("abcdefghij") << email << ok;
    // Nine code points but ten UTF-16 units: counted as a person counts.
    QTest::newRow("emoji counted once")
        << QStringLiteral("abcdefgh\U0001F600") << email << int(PasswordRule::MinLength);
    QTest::newRow("10 kB") << QString(10 * 1024, QLatin1Char('a')) << email
                           << int(PasswordRule::MaxLength);
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
        << QStringLiteral("abcdefghij\u0007") << email << int(PasswordRule::CleanText);
    QTest::newRow("not UTF-8") << QString::fromUtf8("abcdefghij\xff\xfe\xc3") << email
                               << int(PasswordRule::CleanText);
    QTest::newRow("lone surrogate")
        << (QStringLiteral("abcdefghij") + QChar(0xD800)) << email << int(PasswordRule::CleanText);
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

void TestPasswordPolicy::refusesMissingListFile()
{
    auto policy = PasswordPolicy::load(QStringLiteral("/nonexistent/common.txt"));
    QVERIFY(!policy.ok());
    QCOMPARE(policy.error().where, QStringLiteral("/nonexistent/common.txt"));
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
