#include "auth/authtestsupport.h"
#include "catalog/auditlogquery.h"
#include "catalog/catalogeditor.h"
#include "catalog/imagerules.h"
#include "catalog/medialocator.h"
#include "storage/auditrepository.h"
#include "storage/categoryrepository.h"
#include "storage/productrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace storefront;
using catalog::CatalogEditor;
using catalog::Product;

namespace {

/// A store with a catalog, a staff member with an open editor, and the auth world.
struct CurationWorld
{
    testing::AuthWorld world;
    auth::Session staff =
        world.accountWithRole(QStringLiteral("staff@store.example"), auth::Role::Staff);
    std::unique_ptr<CatalogEditor> editor;
    qint64 tentId = 0;

    CurationWorld()
    {
        tentId = testing::insert(*world.db, testing::product(QStringLiteral("T-1"),
                                                             QStringLiteral("Alpine Tent"),
                                                             QStringLiteral("Outdoors > Camping"),
                                                             QStringLiteral("Peakline"), 24900));
        auto opened = CatalogEditor::open(*world.db, *world.auth, staff,
                                          catalog::MediaLocator::mediaDirFor(world.db->path()));
        if (!opened)
            qFatal("cannot open the editor: %s", qPrintable(opened.error().toString()));
        editor = std::move(*opened);
    }

    Product tent() const { return **storage::ProductRepository(*world.db).byId(tentId); }

    std::vector<storage::AuditEntry> catalogAudit() const
    {
        return *storage::AuditRepository(*world.db).latestWithPrefix(1000,
                                                                     QStringLiteral("catalog."));
    }
};

Product draft(const QString &sku = QStringLiteral("N-1"))
{
    Product p = testing::product(sku, QStringLiteral("New Lamp"), QStringLiteral("Outdoors"),
                                 QStringLiteral("Lumo"), 1999);
    return p;
}

} // namespace

class TestCatalogEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesShopperAndGuest_data();
    void refusesShopperAndGuest();
    void refusesEveryCallAfterRoleIsRevoked();
    void discardsOnlyStoredPicturesNoProductUses();
    void rejectsInvalidField_data();
    void rejectsInvalidField();
    void reportsEveryProblemOfADraft();
    void createsProductWithAuditAndSignal();
    void editRecordsOldAndNewValues();
    void archiveAndUnarchive();
    void undoRevertsLastEditThenTheOneBefore();
    void undoOfCreateRemovesTheProduct();
    void undoRefusedWhenChangedSince();
    void undoIsPerSession();
    void categoriesCreateRenameArchiveUndo();
    void archivingCategoryWithActiveProductsIsRefused();
    void auditLogIsForAdminsOnly();
};

void TestCatalogEditor::refusesShopperAndGuest_data()
{
    QTest::addColumn<int>("role");
    QTest::addRow("guest") << int(auth::Role::Guest);
    QTest::addRow("shopper") << int(auth::Role::Shopper);
}

void TestCatalogEditor::refusesShopperAndGuest()
{
    QFETCH(int, role);
    testing::AuthWorld world;
    const auth::Session session =
        world.accountWithRole(QStringLiteral("someone@store.example"), auth::Role(role));
    const QStringList before = testing::dumpContent(*world.db);
    auto opened = CatalogEditor::open(*world.db, *world.auth, session, {});
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(QStringLiteral("curate catalog")),
             qPrintable(opened.error().message));
    QCOMPARE(testing::dumpContent(*world.db), before);
}

void TestCatalogEditor::refusesEveryCallAfterRoleIsRevoked()
{
    CurationWorld w;
    auto admin = w.world.adminSession();
    QVERIFY(w.world.auth
                ->setRole(admin, w.world.idOf(QStringLiteral("staff@store.example")),
                          auth::Role::Shopper)
                .ok());
    QVERIFY(!w.editor->saveProduct(draft()).ok());
    QVERIFY(!w.editor->setProductArchived(w.tentId, true).ok());
    QVERIFY(!w.editor->createCategory(0, QStringLiteral("Garden")).ok());
    QVERIFY(!w.editor->findProducts({}).ok());
    QVERIFY(!w.editor->previewImport(QStringLiteral("x.csv")).ok());
    QVERIFY(!w.editor->discardUnusedPictures({}).ok());
    QVERIFY(w.tent().active);
}

void TestCatalogEditor::discardsOnlyStoredPicturesNoProductUses()
{
    CurationWorld w;
    const QDir media(w.editor->mediaDir());
    const auto store = [&](const QString &name) {
        for (const QString &file : {name, catalog::ImageRules::thumbnailNameFor(name, 256),
                                    catalog::ImageRules::thumbnailNameFor(name, 512)}) {
            QDir().mkpath(QFileInfo(media.filePath(file)).absolutePath());
            QFile f(media.filePath(file));
            if (!f.open(QIODevice::WriteOnly) || f.write("picture") != 7)
                return false;
        }
        return true;
    };
    const QString used = catalog::ImageRules::mediaNameFor("used", QStringLiteral("png"));
    const QString unused = catalog::ImageRules::mediaNameFor("unused", QStringLiteral("webp"));
    const QString archivedUse = catalog::ImageRules::mediaNameFor("old", QStringLiteral("jpg"));
    QVERIFY(store(used) && store(unused) && store(archivedUse));
    // Not a name the store makes: left alone even though nothing uses it.
    const QString foreign = QStringLiteral("products/holiday.png");
    QVERIFY(store(foreign));

    Product tent = w.tent();
    tent.imagePath = used;
    QVERIFY(w.editor->saveProduct(tent).ok());
    auto old = draft(QStringLiteral("OLD-1"));
    old.imagePath = archivedUse;
    auto oldId = w.editor->saveProduct(old);
    QVERIFY(oldId.ok());
    QVERIFY(w.editor->setProductArchived(*oldId, true).ok());

    auto removed = w.editor->discardUnusedPictures(
        {used, unused, archivedUse, foreign, QStringLiteral("../outside.png")});
    QVERIFY2(removed.ok(), removed ? "" : qPrintable(removed.error().toString()));
    QCOMPARE(*removed, 1);
    QVERIFY(!QFile::exists(media.filePath(unused)));
    QVERIFY(!QFile::exists(media.filePath(catalog::ImageRules::thumbnailNameFor(unused, 256))));
    QVERIFY(!QFile::exists(media.filePath(catalog::ImageRules::thumbnailNameFor(unused, 512))));
    for (const QString &kept : {used, archivedUse, foreign}) {
        QVERIFY2(QFile::exists(media.filePath(kept)), qPrintable(kept));
        QVERIFY(QFile::exists(media.filePath(catalog::ImageRules::thumbnailNameFor(kept, 256))));
    }
}

void TestCatalogEditor::rejectsInvalidField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("why");
    QTest::addRow("empty sku") << "sku"
                               << ""
                               << "empty";
    QTest::addRow("sku with space") << "sku"
                                    << "N 1"
                                    << "may hold only";
    QTest::addRow("sku too long") << "sku" << QString(65, QLatin1Char('x')) << "at most 64";
    QTest::addRow("sku taken") << "sku"
                               << "T-1"
                               << "already used";
    QTest::addRow("empty title") << "name"
                                 << "  "
                                 << "empty";
    QTest::addRow("long title") << "name" << QString(301, QLatin1Char('t')) << "longer than 300";
    QTest::addRow("negative price") << "price"
                                    << "-1"
                                    << "0 or more";
    QTest::addRow("huge price") << "price"
                                << "99999999999999"
                                << "implausibly large";
    QTest::addRow("lower-case currency") << "currency"
                                         << "eur"
                                         << "ISO 4217";
    QTest::addRow("long currency") << "currency"
                                   << "EURO"
                                   << "ISO 4217";
    QTest::addRow("negative stock") << "stock"
                                    << "-3"
                                    << "from 0";
    QTest::addRow("missing category") << "categories"
                                      << "Nowhere"
                                      << "does not exist";
    QTest::addRow("empty level") << "categories"
                                 << "Outdoors > "
                                 << "empty level";
    QTest::addRow("image outside") << "image"
                                   << "../secret.png"
                                   << "outside";
    QTest::addRow("absolute image") << "image"
                                    << "/etc/passwd.png"
                                    << "outside";
    QTest::addRow("image format") << "image"
                                  << "products/a.bmp"
                                  << "accepted picture format";
}

void TestCatalogEditor::rejectsInvalidField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, why);
    CurationWorld w;
    Product p = draft();
    if (field == QStringLiteral("sku"))
        p.sku = value;
    else if (field == QStringLiteral("name"))
        p.title = value;
    else if (field == QStringLiteral("price"))
        p.priceCents = value.toLongLong();
    else if (field == QStringLiteral("currency"))
        p.currency = value;
    else if (field == QStringLiteral("stock"))
        p.stock = value.toInt();
    else if (field == QStringLiteral("categories"))
        p.categoryPath = value;
    else if (field == QStringLiteral("image"))
        p.imagePath = value;
    const QStringList before = testing::dumpContent(*w.world.db);
    QSignalSpy changed(w.editor.get(), &CatalogEditor::catalogChanged);
    auto saved = w.editor->saveProduct(p);
    QVERIFY(!saved);
    QCOMPARE(saved.error().where, field);
    QVERIFY2(saved.error().message.contains(why), qPrintable(saved.error().message));
    QCOMPARE(testing::dumpContent(*w.world.db), before);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!w.editor->canUndo());
}

void TestCatalogEditor::reportsEveryProblemOfADraft()
{
    CurationWorld w;
    Product p = draft(QStringLiteral("T-1"));
    p.title.clear();
    p.priceCents = -5;
    p.stock = -1;
    auto problems = w.editor->check(p);
    QVERIFY(problems);
    QStringList fields;
    for (const auto &problem : *problems)
        fields << problem.field;
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("price"),
                                  QStringLiteral("sku"), QStringLiteral("stock")}));

    // A refused save hands back the same list, for a form that shows every field's problem.
    const QStringList before = testing::dumpContent(*w.world.db);
    std::vector<catalog::FieldProblem> refused;
    auto saved = w.editor->saveProduct(p, &refused);
    QVERIFY(!saved);
    QCOMPARE(refused.size(), problems->size());
    QCOMPARE(saved.error().where, refused.front().field);
    QCOMPARE(testing::dumpContent(*w.world.db), before);
}

void TestCatalogEditor::createsProductWithAuditAndSignal()
{
    CurationWorld w;
    QSignalSpy changed(w.editor.get(), &CatalogEditor::catalogChanged);
    auto id = w.editor->saveProduct(draft());
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<catalog::CatalogChange>().productIds, QList<qint64>{*id});
    auto saved = **storage::ProductRepository(*w.world.db).byId(*id);
    QCOMPARE(saved.title, QStringLiteral("New Lamp"));
    QCOMPARE(saved.categoryPath, QStringLiteral("Outdoors"));

    const auto audit = w.catalogAudit();
    QCOMPARE(int(audit.size()), 1);
    QCOMPARE(audit.front().action, QStringLiteral("catalog.product.create"));
    QCOMPARE(audit.front().actorUserId, w.world.idOf(QStringLiteral("staff@store.example")));
    QCOMPARE(audit.front().subjectProductId, *id);
    QCOMPARE(audit.front().at, w.world.now->load());
    const QJsonObject price = audit.front()
                                  .detail.value(QStringLiteral("changes"))
                                  .toObject()
                                  .value(QStringLiteral("price"))
                                  .toObject();
    QCOMPARE(price.value(QStringLiteral("new")).toString(), QStringLiteral("19.99"));
}

void TestCatalogEditor::editRecordsOldAndNewValues()
{
    CurationWorld w;
    Product p = w.tent();
    p.priceCents = 19900;
    p.title = QStringLiteral("Alpine Tent 2");
    QVERIFY(w.editor->saveProduct(p).ok());
    QCOMPARE(w.tent().priceCents, 19900);
    const auto audit = w.catalogAudit();
    QCOMPARE(int(audit.size()), 1);
    QCOMPARE(audit.front().action, QStringLiteral("catalog.product.update"));
    const QJsonObject changes = audit.front().detail.value(QStringLiteral("changes")).toObject();
    QCOMPARE(changes.keys(), (QStringList{QStringLiteral("name"), QStringLiteral("price")}));
    QCOMPARE(changes.value(QStringLiteral("price")).toObject().value(QStringLiteral("old")),
             QJsonValue(QStringLiteral("249.00")));
    QCOMPARE(changes.value(QStringLiteral("price")).toObject().value(QStringLiteral("new")),
             QJsonValue(QStringLiteral("199.00")));
    QCOMPARE(changes.value(QStringLiteral("name")).toObject().value(QStringLiteral("old")),
             QJsonValue(QStringLiteral("Alpine Tent")));

    // Saving unchanged values writes nothing.
    QVERIFY(w.editor->saveProduct(w.tent()).ok());
    QCOMPARE(int(w.catalogAudit().size()), 1);
}

void TestCatalogEditor::archiveAndUnarchive()
{
    CurationWorld w;
    QSignalSpy changed(w.editor.get(), &CatalogEditor::catalogChanged);
    QVERIFY(w.editor->setProductArchived(w.tentId, true).ok());
    QVERIFY(!w.tent().active);
    catalog::ProductQuery shopperView;
    QCOMPARE(*storage::ProductRepository(*w.world.db).count(shopperView), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<catalog::CatalogChange>().productIds,
             QList<qint64>{w.tentId});
    QVERIFY(w.editor->setProductArchived(w.tentId, false).ok());
    QVERIFY(w.tent().active);
    const auto audit = w.catalogAudit();
    QCOMPARE(int(audit.size()), 2);
    QCOMPARE(audit.at(0).action, QStringLiteral("catalog.product.unarchive"));
    QCOMPARE(audit.at(1).action, QStringLiteral("catalog.product.archive"));
    QCOMPARE(audit.at(1)
                 .detail.value(QStringLiteral("changes"))
                 .toObject()
                 .value(QStringLiteral("active"))
                 .toObject()
                 .value(QStringLiteral("new")),
             QJsonValue(QStringLiteral("0")));
}

void TestCatalogEditor::undoRevertsLastEditThenTheOneBefore()
{
    CurationWorld w;
    const Product original = w.tent();
    Product p = original;
    p.priceCents = 100;
    QVERIFY(w.editor->saveProduct(p).ok());
    QVERIFY(w.editor->setProductArchived(w.tentId, true).ok());
    QVERIFY(w.editor->canUndo());
    QVERIFY(w.editor->undoText().contains(QStringLiteral("T-1")));

    QSignalSpy changed(w.editor.get(), &CatalogEditor::catalogChanged);
    QVERIFY(w.editor->undo().ok());
    QVERIFY(w.tent().active);
    QCOMPARE(w.tent().priceCents, 100);
    QCOMPARE(changed.count(), 1);
    QVERIFY(w.editor->undo().ok());
    QCOMPARE(w.tent().priceCents, original.priceCents);
    QVERIFY(!w.editor->canUndo());
    QVERIFY(!w.editor->undo().ok());
    const auto audit = w.catalogAudit();
    QCOMPARE(audit.front().action, QStringLiteral("catalog.product.undo"));
    QCOMPARE(audit.front()
                 .detail.value(QStringLiteral("changes"))
                 .toObject()
                 .value(QStringLiteral("price"))
                 .toObject()
                 .value(QStringLiteral("new")),
             QJsonValue(QStringLiteral("249.00")));
}

void TestCatalogEditor::undoOfCreateRemovesTheProduct()
{
    CurationWorld w;
    auto id = w.editor->saveProduct(draft());
    QVERIFY(id);
    QVERIFY(w.editor->undo().ok());
    QVERIFY(!storage::ProductRepository(*w.world.db).byId(*id)->has_value());
}

void TestCatalogEditor::undoRefusedWhenChangedSince()
{
    CurationWorld w;
    Product p = w.tent();
    p.stock = 99;
    QVERIFY(w.editor->saveProduct(p).ok());
    // Someone else (another session) edits the same product afterwards.
    auto other = CatalogEditor::open(*w.world.db, *w.world.auth, w.world.adminSession(), {});
    QVERIFY(other);
    Product q = w.tent();
    q.stock = 7;
    QVERIFY((*other)->saveProduct(q).ok());
    const Status undone = w.editor->undo();
    QVERIFY(!undone);
    QVERIFY(undone.error().message.contains(QStringLiteral("changed since")));
    QCOMPARE(w.tent().stock, 7);
}

void TestCatalogEditor::undoIsPerSession()
{
    CurationWorld w;
    Product p = w.tent();
    p.stock = 42;
    QVERIFY(w.editor->saveProduct(p).ok());
    auto other = CatalogEditor::open(*w.world.db, *w.world.auth, w.world.adminSession(), {});
    QVERIFY(other);
    QVERIFY(!(*other)->canUndo());
    QVERIFY(!(*other)->undo().ok());
    QCOMPARE(w.tent().stock, 42);
}

void TestCatalogEditor::categoriesCreateRenameArchiveUndo()
{
    CurationWorld w;
    auto garden = w.editor->createCategory(0, QStringLiteral("Garden"));
    QVERIFY2(garden, qPrintable(garden ? QString() : garden.error().toString()));
    auto tools = w.editor->createCategory(*garden, QStringLiteral("Tools"));
    QVERIFY(tools);
    QVERIFY(!w.editor->createCategory(0, QStringLiteral("Garden")).ok()); // exists
    QCOMPARE(w.editor->createCategory(0, QStringLiteral("A > B")).error().where,
             QStringLiteral("name"));
    QCOMPARE(w.editor->createCategory(0, QStringLiteral(" ")).error().where,
             QStringLiteral("name"));

    QVERIFY(w.editor->renameCategory(*garden, QStringLiteral("Yard")).ok());
    QSqlDatabase c = w.world.db->connection();
    QCOMPARE((*storage::CategoryRepository::byId(c, *tools))->path, QStringLiteral("Yard > Tools"));
    QVERIFY(w.editor->undo().ok());
    QCOMPARE((*storage::CategoryRepository::byId(c, *tools))->path,
             QStringLiteral("Garden > Tools"));

    QVERIFY(!w.editor->setCategoryArchived(*garden, true).ok()); // Tools is active
    QVERIFY(w.editor->setCategoryArchived(*tools, true).ok());
    QVERIFY(w.editor->setCategoryArchived(*garden, true).ok());
    QVERIFY(!w.editor->setCategoryArchived(*tools, false).ok()); // its parent is archived
    auto shopperList = storage::CategoryRepository(*w.world.db).list();
    for (const auto &category : *shopperList)
        QVERIFY(!category.path.startsWith(QStringLiteral("Garden")));
    QCOMPARE(int(w.editor->categories()->size()), int(shopperList->size()) + 2);

    // A product cannot go into an archived category.
    Product p = draft();
    p.categoryPath = QStringLiteral("Garden > Tools");
    QCOMPARE(w.editor->saveProduct(p).error().where, QStringLiteral("categories"));

    const auto audit = w.catalogAudit();
    QCOMPARE(audit.front().action, QStringLiteral("catalog.category.archive"));
    QCOMPARE(audit.front().subjectCategoryId, *garden);
}

void TestCatalogEditor::archivingCategoryWithActiveProductsIsRefused()
{
    CurationWorld w;
    QSqlDatabase c = w.world.db->connection();
    const qint64 camping = **storage::CategoryRepository::findPath(c, QStringLiteral("Outdoors > "
                                                                                     "Camping"));
    const Status refused = w.editor->setCategoryArchived(camping, true);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("1 active product")));
    QVERIFY(w.editor->setProductArchived(w.tentId, true).ok());
    QVERIFY(w.editor->setCategoryArchived(camping, true).ok());
}

void TestCatalogEditor::auditLogIsForAdminsOnly()
{
    CurationWorld w;
    QVERIFY(w.editor->setProductArchived(w.tentId, true).ok());
    catalog::AuditFilter filter;
    filter.actionPrefix = QStringLiteral("catalog.");
    QVERIFY(!catalog::AuditLogQuery::read(*w.world.db, *w.world.auth, w.staff, filter));
    QVERIFY(
        !catalog::AuditLogQuery::read(*w.world.db, *w.world.auth, w.world.auth->guest(), filter));
    auto admin = w.world.adminSession();
    auto entries = catalog::AuditLogQuery::read(*w.world.db, *w.world.auth, admin, filter);
    QVERIFY(entries);
    QCOMPARE(int(entries->size()), 1);
    filter.productId = w.tentId;
    QCOMPARE(int(catalog::AuditLogQuery::read(*w.world.db, *w.world.auth, admin, filter)->size()),
             1);
}

QTEST_GUILESS_MAIN(TestCatalogEditor)
#include "tst_catalogeditor.moc"
