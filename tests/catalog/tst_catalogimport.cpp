#include "auth/authtestsupport.h"
#include "catalog/catalogeditor.h"
#include "catalog/catalogimport.h"
#include "catalog/imagerules.h"
#include "catalog/medialocator.h"
#include "storage/auditrepository.h"
#include "storage/productrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace storefront;
using catalog::CatalogImport;

namespace {

const QByteArray kHeader = "sku,name,categories,brand,price,currency,stock,image,description\n";
// Minimal PNG signature: without a decoder ImageRules checks the first bytes only (decoding
// is tested in tst_importpictures).
const QByteArray kPngBytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + "rest of a picture";

struct ImportWorld
{
    testing::AuthWorld world;
    QString media = catalog::MediaLocator::mediaDirFor(world.db->path());
    QString in(const QString &name) const
    {
        return world.dir.filePath(QStringLiteral("in/") + name);
    }
};

} // namespace

class TestCatalogImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void previewListsGoodAndBadRowsWithLineFieldWhy();
    void previewWritesNothing();
    void confirmRefusesPreviewWithProblems();
    void failingRowInTransactionWritesNothing();
    void confirmWritesEveryRowAndAudits();
    void progressRisesToOneInPreviewAndConfirm();
    void cancelledPreviewCannotBeConfirmed();
    void cancelDuringTheWriteLeavesTheDatabaseAsItWas_data();
    void cancelDuringTheWriteLeavesTheDatabaseAsItWas();
    void jsonPreviewNamesLinesOfObjects();
    void jsonRejectsUnknownFieldsAndBadValues();
    void picturesFromRelativePathAndBundleFolder();
    void pictureWithSameNameButOtherContentIsKeptApart();
    void csvAndJsonRoundTrip_data();
    void csvAndJsonRoundTrip();
    void editorImportNeedsCuratorAndAnnouncesChange();
    void mediaLocatorPrefersScaledCopy();
};

void TestCatalogImport::previewListsGoodAndBadRowsWithLineFieldWhy()
{
    ImportWorld w;
    const QString path = testing::writeFile(
        w.in(QStringLiteral("c.csv")), kHeader + "A-1,Good,Home,Lumo,10.00,EUR,1,,fine\n"
                                                 "A-2,,Home,Lumo,abc,EUR,1,,bad name and price\n"
                                                 "A-3,Other,Home,Lumo,3,EUR,-2,,bad stock\n"
                                                 "A-1,Again,Home,Lumo,3,EUR,2,,duplicate\n");
    const auto preview = CatalogImport::preview(*w.world.db, path);
    QVERIFY(preview.fileProblems.empty());
    QCOMPARE(int(preview.rows.size()), 4);
    QVERIFY(preview.rows.at(0).problems.empty());
    QCOMPARE(preview.rows.at(1).line, 3);
    QCOMPARE(int(preview.rows.at(1).problems.size()), 2);
    QCOMPARE(preview.rows.at(1).problems.at(0).field, QStringLiteral("price"));
    QVERIFY(preview.rows.at(1).problems.at(0).message.contains(QStringLiteral("not a price")));
    QCOMPARE(preview.rows.at(1).problems.at(1).field, QStringLiteral("name"));
    QCOMPARE(preview.rows.at(2).problems.at(0).field, QStringLiteral("stock"));
    QCOMPARE(preview.rows.at(3).problems.at(0).field, QStringLiteral("sku"));
    QVERIFY(preview.rows.at(3).problems.at(0).message.contains(QStringLiteral("line 2")));
    QVERIFY(!preview.canConfirm());
    QCOMPARE(preview.rowProblemCount(), 4);
    QVERIFY(preview.allProblems().at(0).where.endsWith(QStringLiteral("c.csv:3:price")));
}

void TestCatalogImport::previewWritesNothing()
{
    ImportWorld w;
    testing::writeFile(w.in(QStringLiteral("p.png")), kPngBytes);
    const QString path = testing::writeFile(
        w.in(QStringLiteral("c.csv")), kHeader + "A-1,Good,Home,Lumo,10.00,EUR,1,p.png,fine\n");
    const QStringList before = testing::dumpContent(*w.world.db);
    const auto preview = CatalogImport::preview(*w.world.db, path);
    QVERIFY(preview.canConfirm());
    QCOMPARE(preview.newCount(), 1);
    QCOMPARE(testing::dumpContent(*w.world.db), before);
    QVERIFY(!QDir(w.media).exists());
}

void TestCatalogImport::confirmRefusesPreviewWithProblems()
{
    ImportWorld w;
    const QString path = testing::writeFile(w.in(QStringLiteral("c.csv")),
                                            kHeader + "A-1,Good,Home,Lumo,10.00,EUR,1,,\n"
                                                      "A-2,Bad,Home,Lumo,10.00,euro,1,,\n");
    const QStringList before = testing::dumpContent(*w.world.db);
    const auto preview = CatalogImport::preview(*w.world.db, path);
    auto result = CatalogImport::confirm(*w.world.db, preview, w.media, 0, 1);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QStringLiteral("c.csv:3:currency")),
             qPrintable(result.error().message));
    QCOMPARE(testing::dumpContent(*w.world.db), before);
}

void TestCatalogImport::failingRowInTransactionWritesNothing()
{
    // Every row passes the preview, but the last one fails inside the transaction: the rows
    // written before it must be rolled back and no picture left behind.
    ImportWorld w;
    testing::writeFile(w.in(QStringLiteral("p.png")), kPngBytes);
    const QString path = testing::writeFile(w.in(QStringLiteral("c.csv")),
                                            kHeader + "A-1,First,Home,Lumo,10.00,EUR,1,p.png,\n"
                                                      "A-2,Second,Home,Lumo,11.00,EUR,1,,\n");
    auto preview = CatalogImport::preview(*w.world.db, path);
    QVERIFY(preview.canConfirm());
    // A row the schema refuses (stock CHECK >= 0) smuggled past validation, as a stand-in for
    // any failure during the write.
    preview.rows.back().product.stock = -1;
    const QStringList before = testing::dumpContent(*w.world.db);
    auto result = CatalogImport::confirm(*w.world.db, preview, w.media, 0, 1);
    QVERIFY(!result);
    QVERIFY2(result.error().toString().contains(QStringLiteral("c.csv:3")),
             qPrintable(result.error().toString()));
    QCOMPARE(testing::dumpContent(*w.world.db), before);
    QVERIFY(!QFile::exists(QDir(w.media).filePath(QStringLiteral("p.png"))));
}

void TestCatalogImport::confirmWritesEveryRowAndAudits()
{
    ImportWorld w;
    testing::insert(*w.world.db,
                    testing::product(QStringLiteral("A-2"), QStringLiteral("Old"),
                                     QStringLiteral("Home"), QStringLiteral("L"), 500));
    const QString path = testing::writeFile(w.in(QStringLiteral("c.csv")),
                                            kHeader + "A-1,First,Home,Lumo,10.00,EUR,1,,\n"
                                                      "A-2,Second,Home,Lumo,11.00,EUR,1,,\n");
    const auto preview = CatalogImport::preview(*w.world.db, path);
    QCOMPARE(preview.newCount(), 1);
    auto result = CatalogImport::confirm(*w.world.db, preview, w.media, 0, 1234);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->summary.inserted, 1);
    QCOMPARE(result->summary.updated, 1);
    QCOMPARE(result->productIds.size(), 2);
    const auto audit =
        *storage::AuditRepository(*w.world.db).latestWithPrefix(100, QStringLiteral("catalog."));
    QCOMPARE(int(audit.size()), 3);
    QCOMPARE(audit.at(0).action, QStringLiteral("catalog.import"));
    QCOMPARE(audit.at(1).action, QStringLiteral("catalog.product.import_update"));
    const QJsonObject name = audit.at(1)
                                 .detail.value(QStringLiteral("changes"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toObject();
    QCOMPARE(name.value(QStringLiteral("old")).toString(), QStringLiteral("Old"));
    QCOMPARE(name.value(QStringLiteral("new")).toString(), QStringLiteral("Second"));
    QCOMPARE(audit.at(0).at, 1234);
}

namespace {

/// A CSV of `rows` good products, the first with a picture.
QString bigCatalog(const ImportWorld &w, int rows)
{
    testing::writeFile(w.in(QStringLiteral("p.png")), kPngBytes);
    QByteArray csv = kHeader;
    for (int i = 1; i <= rows; ++i)
        csv += QStringLiteral("B-%1,Item %1,Home,Lumo,%1.00,EUR,1,%2,\n")
                   .arg(i)
                   .arg(i == 1 ? QStringLiteral("p.png") : QString())
                   .toUtf8();
    return testing::writeFile(w.in(QStringLiteral("big.csv")), csv);
}

} // namespace

void TestCatalogImport::progressRisesToOneInPreviewAndConfirm()
{
    ImportWorld w;
    const QString path = bigCatalog(w, 40);
    for (const bool writing : {false, true}) {
        QList<double> seen;
        catalog::ImportControl control;
        control.progress = [&seen](double f) { seen.append(f); };
        if (!writing) {
            const auto preview = CatalogImport::preview(*w.world.db, path, {}, control);
            QVERIFY(preview.canConfirm());
        } else {
            const auto preview = CatalogImport::preview(*w.world.db, path);
            QVERIFY(CatalogImport::confirm(*w.world.db, preview, w.media, 0, 1, control).ok());
        }
        QVERIFY(seen.size() > 40); // per row, not only at the ends
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(seen.first() >= 0.0);
        QCOMPARE(seen.last(), 1.0);
    }
}

void TestCatalogImport::cancelledPreviewCannotBeConfirmed()
{
    ImportWorld w;
    const QString path = bigCatalog(w, 40);
    int polls = 0;
    catalog::ImportControl control;
    control.cancelled = [&polls] { return ++polls > 10; };
    const auto preview = CatalogImport::preview(*w.world.db, path, {}, control);
    QVERIFY(preview.cancelled);
    QCOMPARE(int(preview.rows.size()), 10);
    QVERIFY(!preview.canConfirm());
    QVERIFY(!CatalogImport::confirm(*w.world.db, preview, w.media, 0, 1).ok());
}

void TestCatalogImport::cancelDuringTheWriteLeavesTheDatabaseAsItWas_data()
{
    QTest::addColumn<QString>("when");
    QTest::addRow("before the pictures") << "first";
    QTest::addRow("among the rows") << "rows";
    QTest::addRow("just before the commit") << "last";
}

void TestCatalogImport::cancelDuringTheWriteLeavesTheDatabaseAsItWas()
{
    QFETCH(QString, when);
    ImportWorld w;
    testing::insert(*w.world.db,
                    testing::product(QStringLiteral("B-2"), QStringLiteral("Old"),
                                     QStringLiteral("Home"), QStringLiteral("L"), 500));
    const QString path = bigCatalog(w, 40);
    const auto preview = CatalogImport::preview(*w.world.db, path);
    QVERIFY(preview.canConfirm());

    // How often a whole write polls, measured on a copy of the store.
    int total = 0;
    {
        ImportWorld copy;
        const QString copyPath = bigCatalog(copy, 40);
        catalog::ImportControl counting;
        counting.cancelled = [&total] {
            ++total;
            return false;
        };
        QVERIFY(CatalogImport::confirm(*copy.world.db,
                                       CatalogImport::preview(*copy.world.db, copyPath), copy.media,
                                       0, 1, counting)
                    .ok());
    }
    QVERIFY(total > 80); // every picture step and every row
    const int cancelAt = when == QLatin1String("first")  ? 1
                         : when == QLatin1String("rows") ? total * 3 / 4
                                                         : total;
    int polls = 0;
    catalog::ImportControl control;
    control.cancelled = [&polls, cancelAt] { return ++polls >= cancelAt; };

    const QStringList before = testing::dumpContent(*w.world.db);
    auto result = CatalogImport::confirm(*w.world.db, preview, w.media, 0, 1, control);
    QVERIFY(!result);
    QCOMPARE(result.error().message, CatalogImport::cancelledError().message);
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QCOMPARE(polls, cancelAt);
    QCOMPARE(testing::dumpContent(*w.world.db), before);
    QVERIFY(!QFile::exists(QDir(w.media).filePath(QStringLiteral("p.png"))));
}

void TestCatalogImport::jsonPreviewNamesLinesOfObjects()
{
    ImportWorld w;
    const QString path = testing::writeFile(w.in(QStringLiteral("c.json")),
                                            "{\n"
                                            "  \"products\": [\n"
                                            "    {\"sku\": \"J-1\", \"name\": \"Good {x}\",\n"
                                            "     \"price\": 12.5, \"stock\": 3},\n"
                                            "    {\"sku\": \"J-2\", \"name\": \"Bad\",\n"
                                            "     \"price\": -1}\n"
                                            "  ]\n"
                                            "}\n");
    const auto preview = CatalogImport::preview(*w.world.db, path);
    QVERIFY(preview.fileProblems.empty());
    QCOMPARE(int(preview.rows.size()), 2);
    QCOMPARE(preview.rows.at(0).line, 3);
    QVERIFY(preview.rows.at(0).problems.empty());
    QCOMPARE(preview.rows.at(0).product.priceCents, 1250);
    QCOMPARE(preview.rows.at(0).product.stock, 3);
    QCOMPARE(preview.rows.at(1).line, 5);
    QCOMPARE(preview.rows.at(1).problems.at(0).field, QStringLiteral("price"));
}

void TestCatalogImport::jsonRejectsUnknownFieldsAndBadValues()
{
    ImportWorld w;
    const QString path =
        testing::writeFile(w.in(QStringLiteral("c.json")),
                           R"([{"sku": "J-1", "name": "A", "price": "1", "colour": "red"},
            {"sku": "J-2", "name": "B", "price": 19.999},
            {"sku": "J-3", "name": "C", "price": 1, "attributes": [1, 2]},
            7])");
    const auto preview = CatalogImport::read(path);
    QCOMPARE(int(preview.rows.size()), 4);
    QCOMPARE(preview.rows.at(0).problems.at(0).field, QStringLiteral("colour"));
    QCOMPARE(preview.rows.at(1).problems.at(0).field, QStringLiteral("price"));
    QCOMPARE(preview.rows.at(2).problems.at(0).field, QStringLiteral("attributes"));
    QCOMPARE(preview.rows.at(3).problems.at(0).field, QStringLiteral("*"));
    QCOMPARE(preview.rows.at(3).line, 1);

    const QString broken =
        testing::writeFile(w.in(QStringLiteral("b.json")), "{\n\"products\": [\n{,]}");
    const auto bad = CatalogImport::read(broken);
    QCOMPARE(int(bad.fileProblems.size()), 1);
    QVERIFY(bad.fileProblems.front().where.endsWith(QStringLiteral("b.json:3")));
}

void TestCatalogImport::picturesFromRelativePathAndBundleFolder()
{
    ImportWorld w;
    testing::writeFile(w.in(QStringLiteral("pics/a.png")), kPngBytes);
    testing::writeFile(w.in(QStringLiteral("c/b.png")), kPngBytes + "b");         // bundle folder
    testing::writeFile(w.in(QStringLiteral("fake.png")), QByteArray("GIF89a..")); // wrong signature
    const QString path = testing::writeFile(w.in(QStringLiteral("c.csv")),
                                            kHeader + "A-1,One,Home,L,1,EUR,1,pics/a.png,\n"
                                                      "A-2,Two,Home,L,1,EUR,1,b.png,\n"
                                                      "A-3,Three,Home,L,1,EUR,1,fake.png,\n"
                                                      "A-4,Four,Home,L,1,EUR,1,gone.png,\n");
    auto preview = CatalogImport::preview(*w.world.db, path);
    QVERIFY(preview.rows.at(0).problems.empty());
    QVERIFY(preview.rows.at(1).problems.empty());
    QVERIFY(preview.rows.at(1).imageSource.endsWith(QStringLiteral("in/c/b.png")));
    QCOMPARE(preview.rows.at(2).problems.at(0).field, QStringLiteral("image"));
    QVERIFY(preview.rows.at(2).problems.at(0).message.contains(QStringLiteral("not a PNG")));
    QVERIFY(preview.rows.at(3).problems.at(0).message.contains(QStringLiteral("does not exist")));

    preview.rows.resize(2);
    auto result = CatalogImport::confirm(*w.world.db, preview, w.media, 0, 1);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->summary.imagesCopied, 2);
    QVERIFY(QFile::exists(QDir(w.media).filePath(QStringLiteral("pics/a.png"))));
    QVERIFY(QFile::exists(QDir(w.media).filePath(QStringLiteral("b.png"))));
}

void TestCatalogImport::pictureWithSameNameButOtherContentIsKeptApart()
{
    ImportWorld w;
    testing::writeFile(QDir(w.media).filePath(QStringLiteral("p.png")), kPngBytes + "existing");
    testing::writeFile(w.in(QStringLiteral("p.png")), kPngBytes + "new");
    const QString path = testing::writeFile(w.in(QStringLiteral("c.csv")),
                                            kHeader + "A-1,One,Home,L,1,EUR,1,p.png,\n");
    auto result = CatalogImport::confirm(*w.world.db, CatalogImport::preview(*w.world.db, path),
                                         w.media, 0, 1);
    QVERIFY(result);
    const auto product = **storage::ProductRepository(*w.world.db).bySku(QStringLiteral("A-1"));
    QVERIFY(product.imagePath.startsWith(QStringLiteral("products/")));
    QFile existing(QDir(w.media).filePath(QStringLiteral("p.png")));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), kPngBytes + "existing");
}

void TestCatalogImport::csvAndJsonRoundTrip_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addRow("csv") << QStringLiteral("csv");
    QTest::addRow("json") << QStringLiteral("json");
}

void TestCatalogImport::csvAndJsonRoundTrip()
{
    QFETCH(QString, suffix);
    ImportWorld w;
    testing::writeFile(w.in(QStringLiteral("pics/a.png")), kPngBytes);
    const QString source = testing::writeFile(
        w.in(QStringLiteral("c.csv")),
        "sku,name,categories,brand,price,currency,stock,image,description,attributes,active\n"
        "A-1,\"Tent, large\",Outdoors > Camping,Peak,249.99,EUR,5,pics/a.png,\"Two\nlines\","
        "\"{\"\"color\"\":\"\"green\"\",\"\"size\"\":3}\",1\n"
        "A-2,Stove,Outdoors,Ember,0.5,USD,0,,,,0\n");
    QVERIFY(CatalogImport::confirm(*w.world.db, CatalogImport::preview(*w.world.db, source),
                                   w.media, 0, 1)
                .ok());
    const catalog::MediaLocator media({w.media});
    const QString exported = w.world.dir.filePath(QStringLiteral("out/catalog.") + suffix);
    QDir().mkpath(QFileInfo(exported).absolutePath());
    QVERIFY(CatalogImport::exportFile(*w.world.db, exported, &media).ok());
    QVERIFY(QFile::exists(w.world.dir.filePath(QStringLiteral("out/pics/a.png"))));

    auto other = testing::openDatabase(w.world.dir, QStringLiteral("other/store.sqlite"));
    const auto preview = CatalogImport::preview(*other, exported);
    QVERIFY2(preview.canConfirm(),
             qPrintable(preview.allProblems().empty() ? QString()
                                                      : preview.allProblems().front().toString()));
    QVERIFY(CatalogImport::confirm(*other, preview,
                                   catalog::MediaLocator::mediaDirFor(other->path()), 0, 1)
                .ok());
    const auto a = *storage::ProductRepository(*w.world.db).all();
    const auto b = *storage::ProductRepository(*other).all();
    QCOMPARE(b.size(), a.size());
    for (size_t i = 0; i < a.size(); ++i)
        QCOMPARE(catalog::ProductValidator::toFields(b.at(i)),
                 catalog::ProductValidator::toFields(a.at(i)));
}

void TestCatalogImport::editorImportNeedsCuratorAndAnnouncesChange()
{
    ImportWorld w;
    const QString path =
        testing::writeFile(w.in(QStringLiteral("c.csv")), kHeader + "A-1,One,Home,L,1,EUR,1,,\n");
    auto shopper = w.world.accountWithRole(QStringLiteral("s@store.example"), auth::Role::Shopper);
    QVERIFY(!catalog::CatalogEditor::open(*w.world.db, *w.world.auth, shopper, w.media));

    auto staff = w.world.accountWithRole(QStringLiteral("t@store.example"), auth::Role::Staff);
    auto editor = catalog::CatalogEditor::open(*w.world.db, *w.world.auth, staff, w.media);
    QVERIFY(editor);
    QSignalSpy changed(editor->get(), &catalog::CatalogEditor::catalogChanged);
    auto preview = (*editor)->previewImport(path);
    QVERIFY(preview);
    QCOMPARE(changed.count(), 0);
    QVERIFY((*editor)->confirmImport(*preview).ok());
    QCOMPARE(changed.count(), 1);
    const auto audit = *storage::AuditRepository(*w.world.db)
                            .latestWithPrefix(10, QStringLiteral("catalog.import"));
    QCOMPARE(audit.front().actorUserId, w.world.idOf(QStringLiteral("t@store.example")));
}

void TestCatalogImport::mediaLocatorPrefersScaledCopy()
{
    QTemporaryDir dir;
    const QString original = QStringLiteral("products/abc.png");
    testing::writeFile(dir.filePath(original), kPngBytes);
    const catalog::MediaLocator media({dir.path()});
    QCOMPARE(media.resolveScaled(original, 256), dir.filePath(original));
    const QString big = catalog::ImageRules::thumbnailNameFor(original, 512);
    testing::writeFile(dir.filePath(big), kPngBytes);
    QCOMPARE(media.resolveScaled(original, 256), dir.filePath(big));
    const QString small = catalog::ImageRules::thumbnailNameFor(original, 256);
    testing::writeFile(dir.filePath(small), kPngBytes);
    QCOMPARE(media.resolveScaled(original, 256), dir.filePath(small));
    QCOMPARE(media.resolveScaled(original, 600), dir.filePath(original));
    QVERIFY(media.resolveScaled(QStringLiteral("products/none.png"), 256).isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "tst_catalogimport.moc"
