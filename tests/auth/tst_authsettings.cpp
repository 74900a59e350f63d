// The store's session and log-in limits come from the settings' [security] group.

#include "auth/authsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace storefront;
using auth::AuthConfig;
using auth::AuthSettings;

class TestAuthSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void absentKeysKeepTheDefaults();
    void appliesEveryKeyInItsUnit();
    void refusesBadValuesNamingFileAndKey_data();
    void refusesBadValuesNamingFileAndKey();
    void refusesAnIdleLimitLongerThanTheLifetime();
};

namespace {

struct Ini
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("Storefront.conf"));
    QSettings settings{path, QSettings::IniFormat};

    Ini &set(const char *key, const QVariant &value)
    {
        settings.setValue(QStringLiteral("security/") + QLatin1String(key), value);
        return *this;
    }
};

} // namespace

void TestAuthSettings::absentKeysKeepTheDefaults()
{
    Ini ini;
    ini.settings.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    const auto c = AuthSettings::apply(ini.settings, AuthConfig{});
    QVERIFY(c.ok());
    const AuthConfig d;
    QCOMPARE(c->idleSecs, d.idleSecs);
    QCOMPARE(c->absoluteSecs, d.absoluteSecs);
    QCOMPARE(c->lockoutSecs, d.lockoutSecs);
    QCOMPARE(c->lockoutFailures, d.lockoutFailures);
    // The kiosk's base stays a kiosk's.
    const auto k = AuthSettings::apply(ini.settings, AuthConfig::kioskMode());
    QVERIFY(k.ok() && k->kiosk);
}

void TestAuthSettings::appliesEveryKeyInItsUnit()
{
    Ini ini;
    ini.set("session_idle_minutes", 5)
        .set("session_lifetime_hours", 2)
        .set("keep_signed_in_idle_days", 3)
        .set("keep_signed_in_days", 7)
        .set("kiosk_session_idle_minutes", 4)
        .set("kiosk_session_lifetime_minutes", 30)
        .set("free_failures", 2)
        .set("backoff_max_seconds", 30)
        .set("lockout_failures", 5)
        .set("lockout_minutes", 60);
    const auto c = AuthSettings::apply(ini.settings, AuthConfig{});
    QVERIFY2(c.ok(), qPrintable(c ? QString() : c.error().toString()));
    QCOMPARE(c->idleSecs, 5 * 60);
    QCOMPARE(c->absoluteSecs, 2 * 3600);
    QCOMPARE(c->keepIdleSecs, 3 * 86400);
    QCOMPARE(c->keepAbsoluteSecs, 7 * 86400);
    QCOMPARE(c->kioskIdleSecs, 4 * 60);
    QCOMPARE(c->kioskAbsoluteSecs, 30 * 60);
    QCOMPARE(c->freeFailures, 2);
    QCOMPARE(c->backoffMaxSecs, 30);
    QCOMPARE(c->lockoutFailures, 5);
    QCOMPARE(c->lockoutSecs, 3600);
}

void TestAuthSettings::refusesBadValuesNamingFileAndKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("zero idle") << "session_idle_minutes"
                               << "0";
    QTest::newRow("negative lifetime") << "session_lifetime_hours"
                                       << "-3";
    QTest::newRow("not a number") << "lockout_minutes"
                                  << "fifteen";
    QTest::newRow("fraction") << "lockout_failures"
                              << "2.5";
    QTest::newRow("too long") << "keep_signed_in_days"
                              << "100000";
    QTest::newRow("kiosk idle too short") << "kiosk_session_idle_minutes"
                                          << "1";
    QTest::newRow("empty") << "backoff_max_seconds"
                           << "";
    QTest::newRow("overflow") << "free_failures"
                              << "99999999999999999999";
}

void TestAuthSettings::refusesBadValuesNamingFileAndKey()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    Ini ini;
    ini.set(key.toLatin1().constData(), value);
    const auto c = AuthSettings::apply(ini.settings, AuthConfig{});
    QVERIFY(!c.ok());
    QVERIFY2(c.error().where.contains(ini.path), qPrintable(c.error().toString()));
    QVERIFY2(c.error().where.endsWith(QStringLiteral("[security] ") + key),
             qPrintable(c.error().toString()));
    QVERIFY2(c.error().message.contains(QLatin1Char('"') + value + QLatin1Char('"')),
             qPrintable(c.error().toString()));
}

void TestAuthSettings::refusesAnIdleLimitLongerThanTheLifetime()
{
    {
        Ini ini;
        ini.set("session_idle_minutes", 180).set("session_lifetime_hours", 2);
        const auto c = AuthSettings::apply(ini.settings, AuthConfig{});
        QVERIFY(!c.ok());
        QVERIFY(c.error().where.endsWith(QStringLiteral("session_idle_minutes")));
    }
    {
        Ini ini; // against the default lifetime of a kiosk session (60 minutes)
        ini.set("kiosk_session_lifetime_minutes", 5).set("kiosk_session_idle_minutes", 10);
        QVERIFY(!AuthSettings::apply(ini.settings, AuthConfig::kioskMode()).ok());
    }
    {
        Ini ini;
        ini.set("free_failures", 5).set("lockout_failures", 5);
        const auto c = AuthSettings::apply(ini.settings, AuthConfig{});
        QVERIFY(!c.ok());
        QVERIFY(c.error().where.endsWith(QStringLiteral("free_failures")));
    }
}

QTEST_GUILESS_MAIN(TestAuthSettings)
#include "tst_authsettings.moc"
