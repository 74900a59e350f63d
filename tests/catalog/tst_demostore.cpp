#include "catalog/demostore.h"
#include "catalog/medialocator.h"
#include "storage/productrepository.h"
#include "storage/statsrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace storefront;

/// The bundled demo store (committed under data/) loads completely and consistently.
class TestDemoStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedsBundledStoreOnce();
    void refusesBrokenDemoFiles();
    void reportsProgressAndCancelsWithoutATrace();
};

void TestDemoStore::seedsBundledStoreOnce()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    const QString data = catalog::DemoStore::locateDataDir();
    auto seeded = catalog::DemoStore::seedIfEmpty(*db, data);
    QVERIFY2(seeded.ok(), qPrintable(seeded ? QString() : seeded.error().toString()));
    QVERIFY(seeded->products >= 400);
    QVERIFY(seeded->shoppers >= 200);
    QVERIFY(seeded->ratings + seeded->events >= 20000);
    auto counts = storage::StatsRepository(*db).counts();
    QCOMPARE(counts->products, qint64(seeded->products));
    QVERIFY(counts->categories >= 12);

    // Every product's picture is there.
    const catalog::MediaLocator media({data});
    for (const auto &p : *storage::ProductRepository(*db).all())
        QVERIFY2(!media.resolve(p.imagePath).isEmpty(),
                 qPrintable(p.sku + QStringLiteral(" ") + p.imagePath));

    auto again = catalog::DemoStore::seedIfEmpty(*db, data);
    QVERIFY(again.ok());
    QCOMPARE(again->products, 0);
    QCOMPARE(storage::StatsRepository(*db).counts()->ratings, counts->ratings);
}

void TestDemoStore::refusesBrokenDemoFiles()
{
    QTemporaryDir dir;
    const QString data = catalog::DemoStore::locateDataDir();
    QDir(dir.path()).mkpath(QStringLiteral("demo"));
    for (const char *name : {"catalog.csv", "shoppers.csv", "events.csv"})
        QVERIFY(QFile::copy(QDir(data).filePath(QLatin1String(name)),
                            dir.filePath(QStringLiteral("demo/") + QLatin1String(name))));
    QFile ratings(dir.filePath(QStringLiteral("demo/ratings.csv")));
    QVERIFY(ratings.open(QIODevice::WriteOnly));
    ratings.write(
        "email,sku,stars,rated_at\nalice@demo.storefront,NO-SUCH-SKU,5,2026-02-02T10:00:00Z\n");
    ratings.close();
    // Images are looked up relative to the catalog: link the real ones in.
    QVERIFY(QFile::link(QDir(data).filePath(QStringLiteral("images")),
                        dir.filePath(QStringLiteral("demo/images"))));

    auto db = testing::openDatabase(dir);
    auto seeded = catalog::DemoStore::seedIfEmpty(*db, dir.filePath(QStringLiteral("demo")));
    QVERIFY(!seeded.ok());
    QVERIFY2(seeded.error().where.endsWith(QStringLiteral("ratings.csv:2:sku")),
             qPrintable(seeded.error().toString()));
    QCOMPARE(storage::StatsRepository(*db).counts()->products, 0); // all or nothing
}

void TestDemoStore::reportsProgressAndCancelsWithoutATrace()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    const QString data = catalog::DemoStore::locateDataDir();

    // Cancelled after the tenth report: well inside the ratings, so much is already written
    // in the transaction that must be rolled back.
    std::vector<double> reports;
    catalog::ImportControl control;
    control.progress = [&](double f) { reports.push_back(f); };
    control.cancelled = [&] { return reports.size() >= 10; };
    auto cancelled = catalog::DemoStore::seedIfEmpty(*db, data, control);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QCOMPARE(reports.size(), size_t(10));
    const auto counts = storage::StatsRepository(*db).counts();
    QCOMPARE(counts->products, 0);
    QCOMPARE(counts->users, 0);
    QCOMPARE(counts->ratings, 0);

    reports.clear();
    control.cancelled = [] { return false; };
    auto seeded = catalog::DemoStore::seedIfEmpty(*db, data, control);
    QVERIFY2(seeded.ok(), qPrintable(seeded ? QString() : seeded.error().toString()));
    QVERIFY(reports.size() > 100);
    QVERIFY(std::is_sorted(reports.begin(), reports.end()));
    QVERIFY(reports.front() > 0.0 && reports.front() < 0.05);
    QCOMPARE(reports.back(), 1.0);
}

QTEST_GUILESS_MAIN(TestDemoStore)
#include "tst_demostore.moc"
