#include "auth/passwordhasher.h"

#include <QTest>

using namespace storefront;
using auth::HashLimits;
using auth::PasswordHasher;

class TestPasswordHasher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verifiesTheRightPasswordOnly();
    void saltsEveryHash();
    void makesArgon2idStringsWithTheGivenLimits();
    void verifiesUnicodeEquivalentForms();
    void refusesMalformedHashes_data();
    void refusesMalformedHashes();
    void asksForRehashWhenLimitsChange();
    void hashesVeryLongAndOddPasswords();
    void dummyVerificationNeverSucceedsNorCrashes();
};

void TestPasswordHasher::verifiesTheRightPasswordOnly()
{
    const PasswordHasher hasher(HashLimits::minimum());
    auto hash = hasher.hash(QStringLiteral("tr0ub4dor&3 horse"));
    QVERIFY(hash.ok());
    QVERIFY(hasher.verify(*hash, QStringLiteral("tr0ub4dor&3 horse")));
    QVERIFY(!hasher.verify(*hash, QStringLiteral("tr0ub4dor&3 Horse")));
    QVERIFY(!hasher.verify(*hash, QStringLiteral("tr0ub4dor&3 horse ")));
    QVERIFY(!hasher.verify(*hash, QString()));
}

void TestPasswordHasher::saltsEveryHash()
{
    const PasswordHasher hasher(HashLimits::minimum());
    const QString a = *hasher.hash(QStringLiteral("same password here"));
    const QString b = *hasher.hash(QStringLiteral("same password here"));
    QVERIFY(a != b);
    QVERIFY(hasher.verify(a, QStringLiteral("same password here")));
    QVERIFY(hasher.verify(b, QStringLiteral("same password here")));
}

void TestPasswordHasher::makesArgon2idStringsWithTheGivenLimits()
{
    const PasswordHasher hasher(HashLimits::minimum());
    const QString hash = *hasher.hash(QStringLiteral("some long password"));
    QVERIFY2(hash.startsWith(QLatin1String("$argon2id$v=19$m=8,t=1,p=1$")), qPrintable(hash));
    QVERIFY(!hasher.needsRehash(hash));
}

void TestPasswordHasher::verifiesUnicodeEquivalentForms()
{
    const PasswordHasher hasher(HashLimits::minimum());
    // "é" precomposed (U+00E9) and decomposed (e + U+0301); "ﬁ" ligature and "fi" (NFKC).
    const QString composed = QStringLiteral("caf\u00e9 au lait \ufb01ne");
    const QString decomposed = QStringLiteral("cafe\u0301 au lait fine");
    const QString hash = *hasher.hash(composed);
    QVERIFY(hasher.verify(hash, decomposed));
    QVERIFY(!hasher.verify(hash, QStringLiteral("cafe au lait fine")));
}

void TestPasswordHasher::refusesMalformedHashes_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << QStringLiteral("hunter2hunter2");
    QTest::newRow("truncated") << QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$");
    QTest::newRow("sql") << QStringLiteral("' OR 1=1 --");
    QTest::newRow("huge") << QString(10000, QLatin1Char('$'));
    QTest::newRow("non-latin1") << QStringLiteral("$argon2id$\u00e9\u4e2d");
}

void TestPasswordHasher::refusesMalformedHashes()
{
    QFETCH(QString, stored);
    const PasswordHasher hasher(HashLimits::minimum());
    QVERIFY(!hasher.verify(stored, QStringLiteral("hunter2hunter2")));
    QVERIFY(hasher.needsRehash(stored));
}

void TestPasswordHasher::asksForRehashWhenLimitsChange()
{
    const PasswordHasher cheap(HashLimits::minimum());
    const PasswordHasher production(HashLimits::interactive());
    const QString hash = *cheap.hash(QStringLiteral("a password of some length"));
    QVERIFY(!cheap.needsRehash(hash));
    QVERIFY(production.needsRehash(hash));
    // A hash made with other limits still verifies: the limits are in the string.
    QVERIFY(production.verify(hash, QStringLiteral("a password of some length")));
}

void TestPasswordHasher::hashesVeryLongAndOddPasswords()
{
    const PasswordHasher hasher(HashLimits::minimum());
    const QString longPassword(10 * 1024, QLatin1Char('x'));
    const QString hash = *hasher.hash(longPassword);
    QVERIFY(hasher.verify(hash, longPassword));
    QVERIFY(!hasher.verify(hash, longPassword.left(10 * 1024 - 1)));
    const QString odd = QStringLiteral("'; DROP TABLE users; -- \"\\%_\u0000\U0001F600");
    QVERIFY(hasher.verify(*hasher.hash(odd), odd));
}

void TestPasswordHasher::dummyVerificationNeverSucceedsNorCrashes()
{
    const PasswordHasher hasher(HashLimits::minimum());
    hasher.prepareDummy();
    const PasswordHasher copy = hasher; // copies share the dummy
    copy.verifyDummy(QStringLiteral("anything at all"));
    copy.verifyDummy(QString());
    QVERIFY(true);
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
