#include "auth/profileservice.h"
#include "authtestsupport.h"
#include "catalog/demostore.h"
#include "storage/categoryrepository.h"

#include <QTest>

using namespace storefront;
using auth::ProfileService;
using auth::Session;
using testing::AuthWorld;
using testing::kGoodPassword;

class TestProfileService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newShopperIsAskedForFavouritesOnce();
    void storesFavouriteCategories();
    void refusesUnknownOrTooManyCategories();
    void editsDisplayName_data();
    void editsDisplayName();
    void validatesPriceRange();
    void guestsAndEndedSessionsHaveNoProfile();
    void demoShoppersLogInWithDocumentedPassword();
};

namespace {
QList<qint64> makeCategories(const storage::Database &db, int n)
{
    QList<qint64> ids;
    for (int i = 0; i < n; ++i)
        ids << testing::insert(
            db, testing::product(QStringLiteral("P%1").arg(i), QStringLiteral("Product %1").arg(i),
                                 QStringLiteral("Top %1 > Sub").arg(i), QStringLiteral("B"), 100));
    QList<qint64> top;
    for (const auto &c : *storage::CategoryRepository(db).list()) {
        if (c.parentId == 0)
            top << c.id;
    }
    return top;
}
} // namespace

void TestProfileService::newShopperIsAskedForFavouritesOnce()
{
    AuthWorld w;
    ProfileService profiles(*w.db, *w.auth);
    Session s = w.signUp(QStringLiteral("new@example.org"));
    QCOMPARE(*profiles.needsOnboarding(s), true);
    QVERIFY(profiles.skipOnboarding(s).ok());
    QCOMPARE(*profiles.needsOnboarding(s), false);
    QCOMPARE(*profiles.needsOnboarding(w.auth->guest()), false);
}

void TestProfileService::storesFavouriteCategories()
{
    AuthWorld w;
    const QList<qint64> top = makeCategories(*w.db, 4);
    ProfileService profiles(*w.db, *w.auth);
    auto offered = profiles.topLevelCategories();
    QVERIFY(offered.ok());
    QCOMPARE(offered->size(), size_t(4));
    Session s = w.signUp(QStringLiteral("fav@example.org"));
    QVERIFY(profiles.setFavouriteCategories(s, {top.at(2), top.at(0), top.at(2)}).ok());
    auto p = profiles.profile(s);
    QVERIFY(p.ok());
    QList<qint64> expected = {top.at(0), top.at(2)};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(p->favouriteCategoryIds, expected);
    QVERIFY(p->onboarded);
    QCOMPARE(*profiles.needsOnboarding(s), false);
    QVERIFY(profiles.setFavouriteCategories(s, {}).ok());
    QVERIFY(profiles.profile(s)->favouriteCategoryIds.isEmpty());
}

void TestProfileService::refusesUnknownOrTooManyCategories()
{
    AuthWorld w;
    makeCategories(*w.db, 2);
    ProfileService profiles(*w.db, *w.auth);
    Session s = w.signUp(QStringLiteral("fav@example.org"));
    QVERIFY(!profiles.setFavouriteCategories(s, {987654}).ok());
    QList<qint64> many;
    for (int i = 1; i <= ProfileService::kMaxFavourites + 1; ++i)
        many << i;
    QVERIFY(!profiles.setFavouriteCategories(s, many).ok());
    QVERIFY(profiles.profile(s)->favouriteCategoryIds.isEmpty());
}

void TestProfileService::editsDisplayName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::newRow("plain") << QStringLiteral("Grace Hopper") << QStringLiteral("Grace Hopper");
    QTest::newRow("spaces") << QStringLiteral("  Grace \t Hopper ")
                            << QStringLiteral("Grace Hopper");
    QTest::newRow("sql") << QStringLiteral("x'); DELETE FROM users; --")
                         << QStringLiteral("x'); DELETE FROM users; --");
    QTest::newRow("nfkc") << QStringLiteral("\uff27race") << QStringLiteral("Grace");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("10 kB") << QString(10 * 1024, QLatin1Char('n')) << QString();
    QTest::newRow("non-UTF-8") << QString::fromUtf8("Gr\xe9\x80"
                                                    "ce")
                               << QString();
}

void TestProfileService::editsDisplayName()
{
    QFETCH(QString, name);
    QFETCH(QString, stored);
    AuthWorld w;
    ProfileService profiles(*w.db, *w.auth);
    Session s = w.signUp(QStringLiteral("name@example.org"));
    const Status st = profiles.setDisplayName(s, name);
    QCOMPARE(st.ok(), !stored.isEmpty());
    QCOMPARE(profiles.profile(s)->displayName,
             stored.isEmpty() ? QStringLiteral("Test Person") : stored);
    QCOMPARE(w.count(QStringLiteral("users")), 1);
}

void TestProfileService::validatesPriceRange()
{
    AuthWorld w;
    ProfileService profiles(*w.db, *w.auth);
    Session s = w.signUp(QStringLiteral("price@example.org"));
    QVERIFY(profiles.setPriceRange(s, 1000, 5000).ok());
    QCOMPARE(profiles.profile(s)->priceMinCents.value_or(-1), 1000);
    QCOMPARE(profiles.profile(s)->priceMaxCents.value_or(-1), 5000);
    QVERIFY(profiles.setPriceRange(s, std::nullopt, 5000).ok());
    QVERIFY(!profiles.profile(s)->priceMinCents.has_value());
    QVERIFY(!profiles.setPriceRange(s, 5000, 1000).ok());
    QVERIFY(!profiles.setPriceRange(s, -1, std::nullopt).ok());
    QVERIFY(!profiles.setPriceRange(s, std::nullopt, ProfileService::kMaxPriceCents + 1).ok());
    QCOMPARE(profiles.profile(s)->priceMaxCents.value_or(-1), 5000);
}

void TestProfileService::guestsAndEndedSessionsHaveNoProfile()
{
    AuthWorld w;
    const QList<qint64> top = makeCategories(*w.db, 1);
    ProfileService profiles(*w.db, *w.auth);
    Session guest = w.auth->guest();
    QVERIFY(!profiles.profile(guest).ok());
    QVERIFY(!profiles.setDisplayName(guest, QStringLiteral("Guest")).ok());
    QVERIFY(!profiles.setFavouriteCategories(guest, top).ok());
    QVERIFY(!profiles.setPriceRange(guest, 1, 2).ok());
    Session s = w.signUp(QStringLiteral("ended@example.org"));
    QVERIFY(w.auth->logOut(s).ok());
    QVERIFY(!profiles.profile(s).ok());
    QVERIFY(!profiles.setDisplayName(s, QStringLiteral("Nope")).ok());
    QVERIFY(!profiles.setFavouriteCategories(s, top).ok());
}

void TestProfileService::demoShoppersLogInWithDocumentedPassword()
{
    // The demo credentials are hashed with the production limits in data/.
    AuthWorld w({}, auth::HashLimits::interactive());
    auto seeded = catalog::DemoStore::seedIfEmpty(*w.db, catalog::DemoStore::locateDataDir());
    QVERIFY2(seeded.ok(), qPrintable(seeded ? QString() : seeded.error().toString()));
    ProfileService profiles(*w.db, *w.auth);
    const QString demoPassword = QStringLiteral("storefront-demo-2026");
    auto alice = w.auth->logIn(QStringLiteral("alice@demo.storefront"), demoPassword);
    QVERIFY2(alice.ok(), qPrintable(alice ? QString() : alice.error().toString()));
    QCOMPARE(alice->displayName(), QStringLiteral("Alice Martin"));
    auto p = profiles.profile(*alice);
    QVERIFY(p.ok());
    QCOMPARE(p->favouriteCategoryIds.size(), 3);   // Fashion, Outdoor, Music
    QCOMPARE(p->priceMaxCents.value_or(-1), 3000); // "budget"
    QCOMPARE(*profiles.needsOnboarding(*alice), false);
    // Each demo account has its own salt; the other demo shoppers cannot log in.
    QSqlQuery q(w.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT password_hash), count(password_hash) "
                                  "FROM users")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QCOMPARE(q.value(1).toInt(), 3);
    QCOMPARE(
        w.auth->logIn(QStringLiteral("noah.parata@demo.storefront"), demoPassword).error().message,
        auth::AuthService::kBadCredentials);
}

QTEST_GUILESS_MAIN(TestProfileService)
#include "tst_profileservice.moc"
