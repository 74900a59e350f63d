// Bulk import with a real picture decoder: pictures that do not decode are refused in the
// preview, and confirm writes the scaled copies the grid shows.
#include "auth/authtestsupport.h"
#include "catalog/catalogeditor.h"
#include "catalog/catalogimport.h"
#include "catalog/imagerules.h"
#include "catalog/medialocator.h"
#include "storage/auditrepository.h"
#include "ui/qtpicturedecoder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QTest>

using namespace storefront;
using catalog::CatalogImport;
using catalog::ImageRules;

namespace {

const QByteArray kHeader = "sku,name,categories,brand,price,currency,stock,image,description\n";

QByteArray png(int width, int height, QRgb colour = qRgb(200, 80, 40))
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

struct PictureWorld
{
    testing::AuthWorld world;
    QString media = catalog::MediaLocator::mediaDirFor(world.db->path());
    catalog::ImportControl control;

    PictureWorld() { control.pictures = std::make_shared<ui::QtPictureDecoder>(); }
    QString in(const QString &name) const
    {
        return world.dir.filePath(QStringLiteral("in/") + name);
    }
    QString scaled(const QString &mediaName, int side) const
    {
        return QDir(media).filePath(ImageRules::thumbnailNameFor(mediaName, side));
    }
};

QSize sizeOf(const QString &path)
{
    return QImageReader(path).size();
}

} // namespace

class TestImportPictures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void previewRefusesPicturesThatDoNotDecode();
    void withoutDecoderOnlyTheSignatureIsChecked();
    void confirmWritesScaledCopiesOfEveryPicture();
    void failedWriteLeavesNoScaledCopyBehind();
    void editorDecodesWithItsDecoder();
    void commandLineImportIsAuditedWithItsAccount();
};

void TestImportPictures::previewRefusesPicturesThatDoNotDecode()
{
    PictureWorld w;
    // The signature of a PNG and then noise: only decoding can tell.
    testing::writeFile(w.in(QStringLiteral("broken.png")),
                       png(64, 64).left(8) + QByteArray(400, '\x5a'));
    testing::writeFile(w.in(QStringLiteral("tiny.png")), png(8, 8));
    testing::writeFile(w.in(QStringLiteral("good.png")), png(300, 200));
    const QString path = testing::writeFile(w.in(QStringLiteral("c.csv")),
                                            kHeader + "A-1,One,Home,L,1,EUR,1,broken.png,\n"
                                                      "A-2,Two,Home,L,1,EUR,1,tiny.png,\n"
                                                      "A-3,Three,Home,L,1,EUR,1,good.png,\n");
    const auto preview = CatalogImport::preview(*w.world.db, path, {}, w.control);
    QCOMPARE(int(preview.rows.size()), 3);
    QCOMPARE(int(preview.rows.at(0).problems.size()), 1);
    QCOMPARE(preview.rows.at(0).problems.at(0).field, QStringLiteral("image"));
    QVERIFY2(preview.rows.at(0).problems.at(0).message.contains(QStringLiteral("decoded")),
             qPrintable(preview.rows.at(0).problems.at(0).message));
    QCOMPARE(preview.rows.at(1).problems.at(0).field, QStringLiteral("image"));
    QVERIFY2(preview.rows.at(1).problems.at(0).message.contains(QStringLiteral("8×8")),
             qPrintable(preview.rows.at(1).problems.at(0).message));
    QVERIFY(preview.rows.at(2).problems.empty());
    QVERIFY(!preview.canConfirm());
    QVERIFY(preview.allProblems().at(0).where.endsWith(QStringLiteral("c.csv:2:image")));
}

void TestImportPictures::withoutDecoderOnlyTheSignatureIsChecked()
{
    PictureWorld w;
    testing::writeFile(w.in(QStringLiteral("broken.png")),
                       png(64, 64).left(8) + QByteArray(400, '\x5a'));
    const QString path = testing::writeFile(w.in(QStringLiteral("c.csv")),
                                            kHeader + "A-1,One,Home,L,1,EUR,1,broken.png,\n");
    QVERIFY(CatalogImport::preview(*w.world.db, path).canConfirm());
    QVERIFY(!CatalogImport::preview(*w.world.db, path, {}, w.control).canConfirm());
}

void TestImportPictures::confirmWritesScaledCopiesOfEveryPicture()
{
    PictureWorld w;
    testing::writeFile(w.in(QStringLiteral("pics/wide.png")), png(1000, 500));
    testing::writeFile(w.in(QStringLiteral("pics/small.png")), png(100, 120));
    const QString path = testing::writeFile(w.in(QStringLiteral("c.csv")),
                                            kHeader + "A-1,One,Home,L,1,EUR,1,pics/wide.png,\n"
                                                      "A-2,Two,Home,L,1,EUR,1,pics/small.png,\n");
    const auto preview = CatalogImport::preview(*w.world.db, path, {}, w.control);
    QVERIFY(preview.canConfirm());
    auto result = CatalogImport::confirm(*w.world.db, preview, w.media, 0, 1, w.control);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->summary.imagesCopied, 2); // originals; the scaled copies are not counted

    const QString wide = QStringLiteral("pics/wide.png");
    QCOMPARE(sizeOf(w.scaled(wide, 256)), QSize(256, 128));
    QCOMPARE(sizeOf(w.scaled(wide, 512)), QSize(512, 256));
    // Never scaled up: a small picture's copies keep its size.
    QCOMPARE(sizeOf(w.scaled(QStringLiteral("pics/small.png"), 256)), QSize(100, 120));
    // The grid now decodes the 256-pixel copy instead of the original.
    const catalog::MediaLocator locator({w.media});
    QCOMPARE(locator.resolveScaled(wide, 200), w.scaled(wide, 256));

    // Importing the same file again keeps what is there and still succeeds.
    auto again = CatalogImport::confirm(*w.world.db,
                                        CatalogImport::preview(*w.world.db, path, {}, w.control),
                                        w.media, 0, 2, w.control);
    QVERIFY(again);
    QCOMPARE(again->summary.imagesCopied, 0);
}

void TestImportPictures::failedWriteLeavesNoScaledCopyBehind()
{
    PictureWorld w;
    testing::writeFile(w.in(QStringLiteral("p.png")), png(600, 600));
    const QString path = testing::writeFile(w.in(QStringLiteral("c.csv")),
                                            kHeader + "A-1,First,Home,L,10.00,EUR,1,p.png,\n"
                                                      "A-2,Second,Home,L,11.00,EUR,1,,\n");
    auto preview = CatalogImport::preview(*w.world.db, path, {}, w.control);
    QVERIFY(preview.canConfirm());
    // A row the schema refuses (stock CHECK >= 0), smuggled past validation.
    preview.rows.back().product.stock = -1;
    const QStringList before = testing::dumpContent(*w.world.db);
    QVERIFY(!CatalogImport::confirm(*w.world.db, preview, w.media, 0, 1, w.control));
    QCOMPARE(testing::dumpContent(*w.world.db), before);
    QVERIFY(!QFile::exists(QDir(w.media).filePath(QStringLiteral("p.png"))));
    for (const int side : ImageRules::thumbnailSides())
        QVERIFY(!QFile::exists(w.scaled(QStringLiteral("p.png"), side)));
}

void TestImportPictures::editorDecodesWithItsDecoder()
{
    PictureWorld w;
    testing::writeFile(w.in(QStringLiteral("broken.png")),
                       png(64, 64).left(8) + QByteArray(400, '\x5a'));
    testing::writeFile(w.in(QStringLiteral("good.png")), png(400, 300));
    const QString bad = testing::writeFile(w.in(QStringLiteral("bad.csv")),
                                           kHeader + "A-1,One,Home,L,1,EUR,1,broken.png,\n");
    const QString good = testing::writeFile(w.in(QStringLiteral("good.csv")),
                                            kHeader + "A-2,Two,Home,L,1,EUR,1,good.png,\n");
    auto staff = w.world.accountWithRole(QStringLiteral("t@store.example"), auth::Role::Staff);
    auto editor = catalog::CatalogEditor::open(*w.world.db, *w.world.auth, staff, w.media);
    QVERIFY(editor);
    (*editor)->setPictureDecoder(std::make_shared<ui::QtPictureDecoder>());
    auto refused = (*editor)->previewImport(bad);
    QVERIFY(refused);
    QVERIFY(!refused->canConfirm());
    auto preview = (*editor)->previewImportAsync(good).result();
    QVERIFY(preview && preview->canConfirm());
    auto written = (*editor)->confirmImportAsync(*preview);
    // The result passes through the editor's thread (this one): spin its event loop.
    QTRY_VERIFY_WITH_TIMEOUT(written.isFinished(), 30000);
    QVERIFY(written.result());
    QVERIFY(QFile::exists(w.scaled(QStringLiteral("good.png"), 256)));
}

void TestImportPictures::commandLineImportIsAuditedWithItsAccount()
{
    PictureWorld w;
    const QString path =
        testing::writeFile(w.in(QStringLiteral("c.csv")), kHeader + "A-1,One,Home,L,1,EUR,1,,\n");
    catalog::ImportActor actor;
    actor.osAccount = QStringLiteral("clerk");
    QVERIFY(
        CatalogImport::confirm(*w.world.db, CatalogImport::preview(*w.world.db, path), {}, actor, 1)
            .ok());
    const auto audit =
        *storage::AuditRepository(*w.world.db).latestWithPrefix(10, QStringLiteral("catalog."));
    QCOMPARE(int(audit.size()), 2);
    for (const storage::AuditEntry &entry : audit) {
        QCOMPARE(entry.actorUserId, 0);
        QCOMPARE(entry.detail.value(QStringLiteral("os_account")).toString(),
                 QStringLiteral("clerk"));
    }
}

QTEST_GUILESS_MAIN(TestImportPictures)
#include "tst_importpictures.moc"
