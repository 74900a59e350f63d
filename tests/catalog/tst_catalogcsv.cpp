#include "catalog/catalogcsv.h"
#include "catalog/medialocator.h"
#include "storage/productrepository.h"
#include "storage/statsrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace storefront;
using catalog::CatalogCsv;

class TestCatalogCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsGoodFile();
    void updatesExistingSku();
    void badFileLeavesDatabaseUnchanged_data();
    void badFileLeavesDatabaseUnchanged();
    void reportsEveryProblem();
    void exportThenImportRoundTrips();
    void parsesPrices_data();
    void parsesPrices();
};

static const QByteArray kHeader =
    "sku,name,categories,brand,price,currency,stock,image,description,attributes\n";

static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

static QByteArray goodFile()
{
    return kHeader + "T-1,Alpine Tent,Outdoors > Camping,Peakline,249.00,EUR,5,images/tent.png,"
                     "\"Roomy, light.\",\"{\"\"color\"\":\"\"green\"\"}\"\n"
                     "S-1,Camp Stove,Outdoors > Camping,Emberly,49.5,,0,,Boils fast.,\n"
                     "L-1,Desk Lamp,Home,Lumo,39,USD,12,,,\n";
}

static void writeImage(const QTemporaryDir &dir)
{
    QDir(dir.path()).mkpath(QStringLiteral("images"));
    writeFile(dir, QStringLiteral("images/tent.png"), QByteArray("\x89PNG fake but present"));
}

void TestCatalogCsv::importsGoodFile()
{
    QTemporaryDir dir;
    writeImage(dir);
    auto db = testing::openDatabase(dir, QStringLiteral("db/store.sqlite"));
    const QString media = catalog::MediaLocator::mediaDirFor(db->path());
    auto summary =
        CatalogCsv::importFile(*db, writeFile(dir, QStringLiteral("c.csv"), goodFile()), media);
    QVERIFY2(summary.ok(), qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary->inserted, 3);
    QCOMPARE(summary->imagesCopied, 1);
    QVERIFY(QFile::exists(QDir(media).filePath(QStringLiteral("images/tent.png"))));
    auto tent = storage::ProductRepository(*db).bySku(QStringLiteral("T-1"));
    QCOMPARE((*tent)->priceCents, 24900);
    QCOMPARE((*tent)->attributes.value(QStringLiteral("color")).toString(),
             QStringLiteral("green"));
    QCOMPARE((*tent)->description, QStringLiteral("Roomy, light."));
    auto stove = storage::ProductRepository(*db).bySku(QStringLiteral("S-1"));
    QCOMPARE((*stove)->priceCents, 4950);
    QCOMPARE((*stove)->currency, QStringLiteral("EUR"));
    QCOMPARE((*stove)->stock, 0);
    QCOMPARE((*storage::ProductRepository(*db).bySku(QStringLiteral("L-1")))->currency,
             QStringLiteral("USD"));
}

void TestCatalogCsv::updatesExistingSku()
{
    QTemporaryDir dir;
    writeImage(dir);
    auto db = testing::openDatabase(dir);
    QVERIFY(
        CatalogCsv::importFile(*db, writeFile(dir, QStringLiteral("a.csv"), goodFile()), {}).ok());
    auto second =
        CatalogCsv::importFile(*db,
                               writeFile(dir, QStringLiteral("b.csv"),
                                         kHeader + "L-1,Desk Lamp Pro,Home,Lumo,59,EUR,3,,,\n"),
                               {});
    QVERIFY(second.ok());
    QCOMPARE(second->inserted, 0);
    QCOMPARE(second->updated, 1);
    QCOMPARE((*storage::ProductRepository(*db).bySku(QStringLiteral("L-1")))->title,
             QStringLiteral("Desk Lamp Pro"));
    QCOMPARE(storage::StatsRepository(*db).counts()->products, 3);
}

void TestCatalogCsv::badFileLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("why");
    const QByteArray ok = "N-1,New Thing,Home,Lumo,10.00,EUR,1,,,\n";
    QTest::addRow("negative price") << kHeader + ok + "N-2,Bad,Home,Lumo,-3.00,EUR,1,,,\n"
                                    << QStringLiteral(":3:price") << QStringLiteral("not a price");
    QTest::addRow("three decimals") << kHeader + ok + "N-2,Bad,Home,Lumo,3.005,EUR,1,,,\n"
                                    << QStringLiteral(":3:price") << QStringLiteral("not a price");
    QTest::addRow("duplicate sku")
        << kHeader + ok + "N-1,Again,Home,Lumo,1,EUR,1,,,\n"
        << QStringLiteral(":3:sku") << QStringLiteral("already used on line 2");
    QTest::addRow("empty sku") << kHeader + ok + ",Nameless,Home,Lumo,1,EUR,1,,,\n"
                               << QStringLiteral(":3:sku") << QStringLiteral("empty");
    QTest::addRow("sql in sku") << kHeader + ok +
                                       "\"x'; DROP TABLE products;--\",X,Home,L,1,EUR,1,,,\n"
                                << QStringLiteral(":3:sku") << QStringLiteral("may hold only");
    QTest::addRow("missing name") << kHeader + ok + "N-2,,Home,Lumo,1,EUR,1,,,\n"
                                  << QStringLiteral(":3:name") << QStringLiteral("empty");
    QTest::addRow("bad stock") << kHeader + ok + "N-2,X,Home,Lumo,1,EUR,-1,,,\n"
                               << QStringLiteral(":3:stock") << QStringLiteral("whole number");
    QTest::addRow("bad currency") << kHeader + ok + "N-2,X,Home,Lumo,1,euro,1,,,\n"
                                  << QStringLiteral(":3:currency") << QStringLiteral("ISO 4217");
    QTest::addRow("bad json") << kHeader + ok + "N-2,X,Home,Lumo,1,EUR,1,,,{nope\n"
                              << QStringLiteral(":3:attributes")
                              << QStringLiteral("not valid JSON");
    QTest::addRow("json array") << kHeader + ok + "N-2,X,Home,Lumo,1,EUR,1,,,[1]\n"
                                << QStringLiteral(":3:attributes") << QStringLiteral("JSON object");
    QTest::addRow("empty category level")
        << kHeader + ok + "N-2,X,Home > ,Lumo,1,EUR,1,,,\n"
        << QStringLiteral(":3:categories") << QStringLiteral("empty level");
    QTest::addRow("missing image")
        << kHeader + ok + "N-2,X,Home,Lumo,1,EUR,1,images/none.png,,\n"
        << QStringLiteral(":3:image") << QStringLiteral("does not exist");
    QTest::addRow("image outside") << kHeader + ok + "N-2,X,Home,Lumo,1,EUR,1,../../etc/passwd,,\n"
                                   << QStringLiteral(":3:image") << QStringLiteral("outside");
    QTest::addRow("wrong field count") << kHeader + ok + "N-2,X,Home\n"
                                       << QStringLiteral(":3:*") << QStringLiteral("fields");
    QTest::addRow("unknown column")
        << QByteArray("sku,name,price,colour\nA,B,1,red\n") << QStringLiteral(":1:colour")
        << QStringLiteral("unknown column");
    QTest::addRow("missing price column")
        << QByteArray("sku,name\nA,B\n") << QStringLiteral(":1") << QStringLiteral("price");
    QTest::addRow("unclosed quote") << kHeader + ok + "N-2,\"X,Home,Lumo,1,EUR,1,,,\n"
                                    << QStringLiteral(":3") << QStringLiteral("never closed");
    QTest::addRow("not utf-8") << kHeader + ok + "N-2,X\xff,Home,Lumo,1,EUR,1,,,\n"
                               << QStringLiteral(":3") << QStringLiteral("UTF-8");
    QTest::addRow("empty file") << QByteArray() << QStringLiteral(":1") << QStringLiteral("empty");
}

void TestCatalogCsv::badFileLeavesDatabaseUnchanged()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    QFETCH(QString, why);
    QTemporaryDir dir;
    writeImage(dir);
    auto db = testing::openDatabase(dir);
    QVERIFY(CatalogCsv::importFile(*db, writeFile(dir, QStringLiteral("good.csv"), goodFile()), {})
                .ok());
    const QStringList before = testing::dumpContent(*db);

    const QString path = writeFile(dir, QStringLiteral("bad.csv"), content);
    auto result = CatalogCsv::importFile(*db, path, {});
    QVERIFY(!result.ok());
    const QString message = result.error().toString();
    QVERIFY2(message.contains(path + where), qPrintable(message));
    QVERIFY2(message.contains(why), qPrintable(message));
    QCOMPARE(testing::dumpContent(*db), before);
}

void TestCatalogCsv::reportsEveryProblem()
{
    QTemporaryDir dir;
    const auto parsed = CatalogCsv::parseFile(writeFile(
        dir, QStringLiteral("many.csv"),
        kHeader + "A,,Home,L,x,EUR,1,,,\nB,Fine,Home,L,1,EUR,1,,,\nC,Y,Home,L,1,EUR,-5,,,\n"));
    QCOMPARE(int(parsed.rows.size()), 1);
    QCOMPARE(int(parsed.problems.size()), 3); // name and price on line 2, stock on line 4
    QVERIFY(parsed.problems.at(2).where.endsWith(QStringLiteral(":4:stock")));
}

void TestCatalogCsv::exportThenImportRoundTrips()
{
    QTemporaryDir dir;
    writeImage(dir);
    auto db = testing::openDatabase(dir);
    QVERIFY(
        CatalogCsv::importFile(*db, writeFile(dir, QStringLiteral("in.csv"), goodFile()), {}).ok());
    const QString exported = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(CatalogCsv::exportFile(*db, exported).ok());

    auto other = testing::openDatabase(dir, QStringLiteral("other.sqlite"));
    auto again = CatalogCsv::importFile(*other, exported, {});
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().toString()));
    auto a = storage::ProductRepository(*db).all();
    auto b = storage::ProductRepository(*other).all();
    QCOMPARE(a->size(), b->size());
    for (size_t i = 0; i < a->size(); ++i) {
        QCOMPARE(b->at(i).sku, a->at(i).sku);
        QCOMPARE(b->at(i).title, a->at(i).title);
        QCOMPARE(b->at(i).categoryPath, a->at(i).categoryPath);
        QCOMPARE(b->at(i).priceCents, a->at(i).priceCents);
        QCOMPARE(b->at(i).currency, a->at(i).currency);
        QCOMPARE(b->at(i).attributes, a->at(i).attributes);
        QCOMPARE(b->at(i).imagePath, a->at(i).imagePath);
        QCOMPARE(b->at(i).description, a->at(i).description);
    }
}

void TestCatalogCsv::parsesPrices_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::addRow("whole") << QStringLiteral("12") << qint64(1200);
    QTest::addRow("one decimal") << QStringLiteral("12.5") << qint64(1250);
    QTest::addRow("two decimals") << QStringLiteral("0.99") << qint64(99);
    QTest::addRow("spaces") << QStringLiteral(" 3.10 ") << qint64(310);
    QTest::addRow("negative") << QStringLiteral("-1") << qint64(-1);
    QTest::addRow("comma") << QStringLiteral("1,50") << qint64(-1);
    QTest::addRow("empty") << QString() << qint64(-1);
    QTest::addRow("exponent") << QStringLiteral("1e3") << qint64(-1);
}

void TestCatalogCsv::parsesPrices()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const auto parsed = CatalogCsv::parsePrice(text);
    QCOMPARE(parsed.value_or(-1), cents);
}

QTEST_GUILESS_MAIN(TestCatalogCsv)
#include "tst_catalogcsv.moc"
