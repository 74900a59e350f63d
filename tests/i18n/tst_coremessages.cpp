// Messages that core builds and the GUI shows follow the installed language: with the
// German translation installed a real log-in, password check, permission refusal, product
// validation and storage failure (a database from a newer program, a database locked by
// another one) answer in German, and without it in English again. Core translates
// where it returns a message, never at static initialisation, so a translator installed
// after start-up still applies.

#include "auth/authtestsupport.h"
#include "auth/permissions.h"
#include "catalog/catalogeditor.h"
#include "catalog/imagerules.h"
#include "catalog/medialocator.h"
#include "catalog/productvalidator.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

using namespace storefront;

class TestCoreMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void logInFailureAndBackOffInGerman();
    void passwordRulesInGerman();
    void permissionRefusalInGerman();
    void catalogValidationInGerman();
    void catalogEditorInGerman();
    void newerDatabaseRefusedInGerman();
    void lockedDatabaseInGerman();
    void englishAgainWithoutTranslator();

private:
    void installGerman();
    std::unique_ptr<QTranslator> m_german;
};

void TestCoreMessages::init()
{
    m_german.reset();
}

void TestCoreMessages::cleanup()
{
    if (m_german)
        QCoreApplication::removeTranslator(m_german.get());
    m_german.reset();
}

void TestCoreMessages::installGerman()
{
    // The .qm compiled from resources/translations/storefront_de.ts, embedded by storefront_ui.
    m_german = std::make_unique<QTranslator>();
    QVERIFY(m_german->load(QStringLiteral(":/i18n/storefront_de")));
    QVERIFY(QCoreApplication::installTranslator(m_german.get()));
}

void TestCoreMessages::logInFailureAndBackOffInGerman()
{
    testing::AuthWorld w;
    w.signUp(QStringLiteral("known@example.org"));
    installGerman();
    auto wrong = w.auth->logIn(QStringLiteral("known@example.org"), QStringLiteral("wrong pass!"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().message,
             QStringLiteral("Die E-Mail-Adresse oder das Passwort ist nicht richtig."));
    // The English constant stays the source text; the service returns the translation.
    QCOMPARE(auth::AuthService::badCredentials(), wrong.error().message);
    QVERIFY(wrong.error().message != auth::AuthService::kBadCredentials);

    QString refusal;
    for (int i = 0; i < w.auth->config().lockoutFailures && refusal.isEmpty(); ++i) {
        auto r = w.auth->logIn(QStringLiteral("known@example.org"), QStringLiteral("wrong pass!"));
        QVERIFY(!r.ok());
        if (r.error().message != auth::AuthService::badCredentials())
            refusal = r.error().message;
    }
    QVERIFY2(refusal.startsWith(QStringLiteral("Zu viele Fehlversuche. Warten Sie ")),
             qPrintable(refusal));
    QVERIFY2(refusal.contains(QStringLiteral(" Sekunde")) ||
                 refusal.contains(QStringLiteral(" Minute")),
             qPrintable(refusal));
}

void TestCoreMessages::passwordRulesInGerman()
{
    testing::AuthWorld w;
    installGerman();
    const auto checks = w.auth->policy().check(QStringLiteral("kurz"), QString());
    QVERIFY(!checks.empty());
    QCOMPARE(checks.front().requirement,
             QStringLiteral("Mindestens %1 Zeichen").arg(auth::PasswordPolicy::kMinLength));
    const Status s = w.auth->policy().validate(QStringLiteral("kurz"), QString());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message,
             QStringLiteral("Das Passwort ist zu kurz: Verwenden Sie mindestens %1 Zeichen.")
                 .arg(auth::PasswordPolicy::kMinLength));
    QCOMPARE(s.error().where, QStringLiteral("password")); // a field name, not translated

    auto taken =
        w.auth->signUp(QStringLiteral("not an email"), QStringLiteral("X"), testing::kGoodPassword);
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().message,
             QStringLiteral("eine E-Mail-Adresse sieht aus wie name@example.org"));
}

void TestCoreMessages::permissionRefusalInGerman()
{
    testing::AuthWorld w;
    const auth::Session shopper = w.signUp(QStringLiteral("shopper@example.org"));
    installGerman();
    const Status s = w.auth->requirePermission(shopper, auth::Permission::CurateCatalog);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message,
             QStringLiteral("Ihnen fehlt die Berechtigung „Katalog pflegen“ (dafür ist die Rolle "
                            "Personal nötig)."));
    // Stored role names stay identifiers.
    QCOMPARE(auth::roleName(auth::Role::Staff), QStringLiteral("staff"));
}

void TestCoreMessages::catalogValidationInGerman()
{
    installGerman();
    catalog::Product p =
        testing::product(QString(), QString(), QStringLiteral("Books"), QStringLiteral("Acme"), -1);
    const auto problems = catalog::ProductValidator::validate(p);
    QVERIFY(problems.size() >= 3);
    QCOMPARE(problems[0].field, QStringLiteral("sku"));
    QCOMPARE(problems[0].message,
             QStringLiteral("ist leer; jedes Produkt braucht eine Artikelnummer"));
    QCOMPARE(problems[1].field, QStringLiteral("name"));
    QCOMPARE(problems[1].message, QStringLiteral("ist leer"));
    QCOMPARE(problems[2].field, QStringLiteral("price"));
    QCOMPARE(problems[2].message, QStringLiteral("muss 0 oder mehr sein"));

    const Status image = catalog::ImageRules::checkName(QStringLiteral("photo.gif"));
    QVERIFY(!image.ok());
    QVERIFY2(image.error().message.startsWith(
                 QStringLiteral("„gif“ ist kein zulässiges Bildformat; verwenden Sie ")),
             qPrintable(image.error().message));
}

void TestCoreMessages::catalogEditorInGerman()
{
    testing::AuthWorld w;
    const auth::Session staff =
        w.accountWithRole(QStringLiteral("staff@store.example"), auth::Role::Staff);
    const qint64 tent = testing::insert(
        *w.db, testing::product(QStringLiteral("T-1"), QStringLiteral("Alpine Tent"),
                                QStringLiteral("Outdoors"), QStringLiteral("Peakline"), 24900));
    auto editor = catalog::CatalogEditor::open(*w.db, *w.auth, staff,
                                               catalog::MediaLocator::mediaDirFor(w.db->path()));
    QVERIFY(editor.ok());
    installGerman();

    auto nameless = (*editor)->createCategory(0, QStringLiteral("  "));
    QVERIFY(!nameless.ok());
    QCOMPARE(nameless.error().message, QStringLiteral("ist leer"));
    QCOMPARE(nameless.error().where, QStringLiteral("name"));

    catalog::Product changed = **storage::ProductRepository(*w.db).byId(tent);
    changed.priceCents = 19900;
    QVERIFY((*editor)->saveProduct(changed).ok());
    QCOMPARE((*editor)->undoText(), QStringLiteral("Änderung an T-1"));
    cleanup();
    QCOMPARE((*editor)->undoText(), QStringLiteral("update T-1"));
}

void TestCoreMessages::newerDatabaseRefusedInGerman()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    const int future = storage::Migrations::latestVersion() + 7;
    {
        auto db = testing::openDatabase(dir, QStringLiteral("future.sqlite"));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
    }
    installGerman();
    auto refused = storage::Database::open(path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             QStringLiteral("Die Datenbank stammt von einer neueren Storefront-Version "
                            "(Schemaversion %1; dieses Programm kennt Versionen bis %2). "
                            "Verwenden Sie eine neuere Storefront-Version oder eine andere "
                            "Datenbank.")
                 .arg(future)
                 .arg(storage::Migrations::latestVersion()));
    QCOMPARE(refused.error().where, path); // a file name, not translated
    cleanup();
    QVERIFY(storage::Database::open(path).error().message.startsWith(
        QStringLiteral("The database was written by a newer Storefront")));
}

void TestCoreMessages::lockedDatabaseInGerman()
{
    // Another program holds the write lock (a long import on another terminal): a sign-up
    // through the real service gives up after a short wait with a German sentence, the
    // engine's own words kept only as a detail after it.
    testing::AuthWorld w;
    storage::Database::Options options;
    options.busyTimeoutMs = 50;
    auto db = storage::Database::open(w.db->path(), options);
    QVERIFY(db.ok());
    auto policy = auth::PasswordPolicy::loadDefault();
    QVERIFY(policy.ok());
    auth::AuthService service(**db, auth::PasswordHasher(auth::HashLimits::minimum()), *policy, {},
                              [] { return qint64(1'800'000'000); });
    testing::AuthWorld::WriteLock lock(w.db->path());
    installGerman();
    auto signedUp = service.signUp(QStringLiteral("new@example.org"), QStringLiteral("Neu"),
                                   testing::kGoodPassword);
    QVERIFY(!signedUp.ok());
    const QString sentence = QStringLiteral("Die Datenbank ist gerade belegt: Ein anderes Programm "
                                            "oder ein anderes Terminal verwendet sie. Versuchen "
                                            "Sie es gleich noch einmal.");
    QVERIFY2(signedUp.error().message.startsWith(sentence + QStringLiteral(" (")),
             qPrintable(signedUp.error().message));
    QVERIFY2(signedUp.error().message.contains(QStringLiteral("locked")),
             qPrintable(signedUp.error().message));
    lock.release();
    QVERIFY(service
                .signUp(QStringLiteral("new@example.org"), QStringLiteral("Neu"),
                        testing::kGoodPassword)
                .ok());
}

void TestCoreMessages::englishAgainWithoutTranslator()
{
    testing::AuthWorld w;
    w.signUp(QStringLiteral("known@example.org"));
    installGerman();
    QCOMPARE(w.auth->logIn(QStringLiteral("known@example.org"), QStringLiteral("wrong pass!"))
                 .error()
                 .message,
             QStringLiteral("Die E-Mail-Adresse oder das Passwort ist nicht richtig."));
    cleanup();
    QCOMPARE(w.auth->logIn(QStringLiteral("known@example.org"), QStringLiteral("wrong pass!"))
                 .error()
                 .message,
             auth::AuthService::kBadCredentials);
    QCOMPARE(catalog::ProductValidator::validate(catalog::Product{}).front().message,
             QStringLiteral("is empty; every product needs a sku"));
}

QTEST_GUILESS_MAIN(TestCoreMessages)
#include "tst_coremessages.moc"
