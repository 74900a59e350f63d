// The kiosk's staff PIN: stored hashed, refused when wrong with one generic message,
// throttled like log-ins, set only by an administrator.

#include "auth/kioskpinservice.h"
#include "authtestsupport.h"
#include "storage/kioskrepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace storefront;
using storefront::testing::AuthWorld;

class TestKioskPinService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rejectsBadFormat_data();
    void rejectsBadFormat();
    void storesOnlyAHash();
    void pinAndItsAuditEntryAreOneWrite();
    void acceptsTheRightPin();
    void refusesAWrongPinWithAGenericMessage();
    void refusesEverythingWhenNoPinIsSet();
    void throttlesAndLocksOutGuessing();
    void onlyAnAdministratorSetsThePin_data();
    void onlyAnAdministratorSetsThePin();
};

void TestKioskPinService::rejectsBadFormat_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("valid");
    QTest::newRow("four digits") << QStringLiteral("1234") << true;
    QTest::newRow("twelve digits") << QStringLiteral("123456789012") << true;
    QTest::newRow("three digits") << QStringLiteral("123") << false;
    QTest::newRow("thirteen digits") << QStringLiteral("1234567890123") << false;
    QTest::newRow("letters") << QStringLiteral("12ab") << false;
    QTest::newRow("space") << QStringLiteral("1234 ") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestKioskPinService::rejectsBadFormat()
{
    QFETCH(QString, pin);
    QFETCH(bool, valid);
    AuthWorld w;
    auth::KioskPinService pins(*w.db, *w.auth);
    QCOMPARE(pins.setPinLocally(pin).ok(), valid);
    QCOMPARE(*pins.hasPin(), valid);
}

void TestKioskPinService::storesOnlyAHash()
{
    AuthWorld w;
    auth::KioskPinService pins(*w.db, *w.auth);
    QVERIFY(!*pins.hasPin());
    QVERIFY(pins.setPinLocally(QStringLiteral("482916")).ok());
    auto hash = storage::KioskRepository(*w.db).pinHash();
    QVERIFY(hash && hash->has_value());
    QVERIFY((*hash)->startsWith(QLatin1String("$argon2id$")));
    QVERIFY(!(*hash)->contains(QLatin1String("482916")));
    // Nothing anywhere in the table holds the digits.
    QSqlQuery q(w.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT pin_hash FROM kiosk_pin")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        QVERIFY(!q.value(0).toString().contains(QLatin1String("482916")));
    }
    QCOMPARE(rows, 1);
    // Setting again replaces the one row.
    QVERIFY(pins.setPinLocally(QStringLiteral("5555")).ok());
    QCOMPARE(w.count(QStringLiteral("kiosk_pin")), 1);
}

void TestKioskPinService::pinAndItsAuditEntryAreOneWrite()
{
    AuthWorld w;
    auth::KioskPinService pins(*w.db, *w.auth);
    QVERIFY(pins.setPinLocally(QStringLiteral("1111")).ok());
    const auto before = storage::KioskRepository(*w.db).pinHash();
    QVERIFY(before && before->has_value());
    const qint64 entries = w.count(QStringLiteral("audit_log"));

    // A PIN change that cannot be audited is not made.
    w.breakAuditLog();
    QVERIFY(!pins.setPinLocally(QStringLiteral("2222")).ok());
    w.restoreAuditLog();
    QCOMPARE(*storage::KioskRepository(*w.db).pinHash(), *before);
    QCOMPARE(w.count(QStringLiteral("audit_log")), entries);
    QVERIFY(pins.verify(QStringLiteral("1111")).ok());
}

void TestKioskPinService::acceptsTheRightPin()
{
    AuthWorld w;
    auth::KioskPinService pins(*w.db, *w.auth);
    QVERIFY(pins.setPinLocally(QStringLiteral("2468")).ok());
    QVERIFY(pins.verify(QStringLiteral("2468")).ok());
}

void TestKioskPinService::refusesAWrongPinWithAGenericMessage()
{
    AuthWorld w;
    auth::KioskPinService pins(*w.db, *w.auth);
    QVERIFY(pins.setPinLocally(QStringLiteral("2468")).ok());
    for (const QString &wrong : {QStringLiteral("2469"), QStringLiteral("24680"), QString()}) {
        Status s = pins.verify(wrong);
        QVERIFY(!s);
        QCOMPARE(s.error().message, auth::KioskPinService::kWrongPin);
        QCOMPARE(s.error().code, ErrorCode::WrongPin);
    }
}

void TestKioskPinService::refusesEverythingWhenNoPinIsSet()
{
    AuthWorld w;
    auth::KioskPinService pins(*w.db, *w.auth);
    Status s = pins.verify(QStringLiteral("0000"));
    QVERIFY(!s);
    QCOMPARE(s.error().message, auth::KioskPinService::kWrongPin);
    QCOMPARE(s.error().code, ErrorCode::WrongPin);
}

void TestKioskPinService::throttlesAndLocksOutGuessing()
{
    auth::AuthConfig config;
    AuthWorld w(config);
    auth::KioskPinService pins(*w.db, *w.auth);
    QVERIFY(pins.setPinLocally(QStringLiteral("7391")).ok());
    // The free failures (the last starts a back-off): then even the right PIN is not
    // checked while the back-off runs.
    for (int i = 0; i < config.freeFailures; ++i)
        QCOMPARE(pins.verify(QStringLiteral("0000")).error().message,
                 auth::KioskPinService::kWrongPin);
    QCOMPARE(pins.secondsUntilNextTry(), config.backoffBaseSecs);
    Status waiting = pins.verify(QStringLiteral("7391"));
    QVERIFY(!waiting);
    QVERIFY(waiting.error().message.contains(QLatin1String("Wait")));
    QCOMPARE(waiting.error().code, ErrorCode::Failed); // throttled, not judged wrong

    // Keep guessing after each wait until the lock-out.
    int failures = config.freeFailures;
    while (failures < config.lockoutFailures) {
        w.advance(config.backoffMaxSecs);
        QCOMPARE(pins.verify(QStringLiteral("1111")).error().message,
                 auth::KioskPinService::kWrongPin);
        ++failures;
    }
    w.advance(config.backoffMaxSecs);
    Status locked = pins.verify(QStringLiteral("7391"));
    QVERIFY(!locked);
    QVERIFY(locked.error().message.contains(QLatin1String("minute")));
    QVERIFY(pins.secondsUntilNextTry() > config.backoffMaxSecs);
    QVERIFY(w.count(QStringLiteral("audit_log WHERE action = 'kiosk_pin_lockout'")) == 1);

    // After the lock-out the right PIN works again, and success clears the count.
    w.advance(config.lockoutSecs);
    QVERIFY(pins.verify(QStringLiteral("7391")).ok());
    QVERIFY(!pins.verify(QStringLiteral("0000")));
    QCOMPARE(pins.verify(QStringLiteral("7391")).ok(), true);
}

void TestKioskPinService::onlyAnAdministratorSetsThePin_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("guest") << int(auth::Role::Guest) << false;
    QTest::newRow("shopper") << int(auth::Role::Shopper) << false;
    QTest::newRow("staff") << int(auth::Role::Staff) << false;
    QTest::newRow("admin") << int(auth::Role::Admin) << true;
}

void TestKioskPinService::onlyAnAdministratorSetsThePin()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    AuthWorld w;
    auth::KioskPinService pins(*w.db, *w.auth);
    const auth::Session s =
        role == int(auth::Role::Admin)
            ? w.adminSession()
            : w.accountWithRole(QStringLiteral("someone@store.example"), auth::Role(role));
    QCOMPARE(pins.setPin(s, QStringLiteral("13579")).ok(), allowed);
    QCOMPARE(*pins.hasPin(), allowed);
    QCOMPARE(pins.verify(QStringLiteral("13579")).ok(), allowed);
}

QTEST_GUILESS_MAIN(TestKioskPinService)
#include "tst_kioskpinservice.moc"
