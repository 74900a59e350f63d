#include "auth/authtestsupport.h"
#include "catalog/catalogeditor.h"
#include "catalog/imagerules.h"
#include "catalog/medialocator.h"
#include "storage/auditrepository.h"
#include "storage/categoryrepository.h"
#include "storage/productrepository.h"
#include "testsupport.h"
#include "ui/auditlogdialog.h"
#include "ui/busyindicator.h"
#include "ui/catalogeditordialog.h"
#include "ui/filedialogs.h"
#include "ui/importpreviewdialog.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/palettecolours.h"
#include "ui/productimageimporter.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace storefront;
using ui::CatalogEditorDialog;

namespace {

QString writePicture(const QString &path, QSize size = {64, 48})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(30, 140, 90));
    if (!image.save(path, "PNG"))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

/// A staff member's editor on a small catalog.
struct EditorWorld
{
    testing::AuthWorld world;
    QString media = catalog::MediaLocator::mediaDirFor(world.db->path());
    qint64 tentId = testing::insert(
        *world.db, testing::product(QStringLiteral("T-1"), QStringLiteral("Alpine Tent"),
                                    QStringLiteral("Outdoors"), QStringLiteral("Peakline"), 24900));
    auth::Session staff =
        world.accountWithRole(QStringLiteral("staff@store.example"), auth::Role::Staff);
    QPointer<CatalogEditorDialog> dialog;

    EditorWorld()
    {
        auto made = CatalogEditorDialog::create(*world.db, *world.auth, staff,
                                                catalog::MediaLocator({media}));
        if (!made)
            qFatal("cannot open the editor: %s", qPrintable(made.error().toString()));
        dialog = *made;
        // The lists are read off the GUI thread: nothing shows, and nothing can be changed,
        // until they arrive.
        QSignalSpy loaded(dialog.data(), &CatalogEditorDialog::listsRefreshed);
        if (dialog->categoryList()->isEnabled() || dialog->productList()->count() != 0)
            qFatal("the editor read its lists on the GUI thread");
        dialog->show();
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog))
            qWarning("the editor did not become the active window");
        if (loaded.isEmpty() && !loaded.wait(20000))
            qFatal("the editor's lists never arrived");
    }
    ~EditorWorld() { delete dialog; }

    catalog::Product product(const QString &sku) const
    {
        return **storage::ProductRepository(*world.db).bySku(sku);
    }

    void waitForImage() const { dialog->imageImporter()->waitForDone(); }

    /// Opens the product in the form (read off the GUI thread) and waits until it shows.
    [[nodiscard]] bool show(qint64 productId) const
    {
        QSignalSpy shown(dialog.data(), &CatalogEditorDialog::productShown);
        dialog->selectProduct(productId);
        if (dialog->field(QStringLiteral("sku"))->parentWidget()->isEnabled())
            return false; // the form must wait for the product
        return shown.wait(20000) && shown.first().first().toLongLong() == productId;
    }

    [[nodiscard]] QPushButton *button(const char *name) const
    {
        return dialog->findChild<QPushButton *>(QLatin1String(name));
    }

    /// The category rows as the tree shows them.
    [[nodiscard]] QStringList categoryRows() const
    {
        QStringList rows;
        for (int i = 0; i < dialog->categoryList()->count(); ++i)
            rows << dialog->categoryList()->item(i)->text();
        return rows;
    }

    void selectCategory(const QString &path) const
    {
        const auto found = dialog->categoryList()->findItems(path, Qt::MatchExactly);
        if (found.size() != 1)
            qFatal("no category row %s", qPrintable(path));
        QListWidget *list = dialog->categoryList();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(found.first()).center());
    }

    /// Waits for the save, archive or undo just started (they run off the GUI thread);
    /// whether it was written (false on a timeout too).
    [[nodiscard]] bool edited() const
    {
        QSignalSpy finished(dialog.data(), &CatalogEditorDialog::editFinished);
        return finished.wait(20000) && finished.first().first().toBool();
    }

    /// Starts an import of `path` and waits until the preview shows its rows.
    QPointer<ui::ImportPreviewDialog> openImport(const QString &path) const
    {
        QSignalSpy shown(dialog.data(), &CatalogEditorDialog::importPreviewShown);
        if (!dialog->previewImport(path) || !QTest::qWaitFor([&] { return shown.count() == 1; }))
            return nullptr;
        return dialog->findChild<ui::ImportPreviewDialog *>();
    }
};

/// The database's categories by path (archived ones too).
QHash<QString, catalog::Category> storedCategories(const storage::Database &db)
{
    QHash<QString, catalog::Category> byPath;
    auto all = storage::CategoryRepository(db).list(true);
    if (!all)
        qFatal("cannot read categories: %s", qPrintable(all.error().toString()));
    for (const catalog::Category &c : *all)
        byPath.insert(c.path, c);
    return byPath;
}

} // namespace

class TestCatalogEditorDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shopperCannotOpenEditorThroughAnyRoute();
    void factoriesRefuseNonCurators();
    void inlineValidationThenSaveAndUndo();
    void errorTextsReadOnADarkPalette();
    void archiveFromTheForm();
    void lockedKioskOpensNoFileDialog();
    void corruptPictureShowsPlaceholderAndWarning_data();
    void corruptPictureShowsPlaceholderAndWarning();
    void missingOrBrokenStoredPictureWarns();
    void goodPictureIsStoredWithScaledCopies();
    void importPreviewHighlightsProblemsAndBlocksConfirm();
    void importPreviewConfirmWritesAndAnnounces();
    void importWriteShowsProgressAndCanBeCancelled();
    void importReadingCanBeCancelled();
    void auditLogDialogShowsOldAndNewForAdmins();
    void categoriesCreatedRenamedArchivedOffTheGuiThread();
    void refusedCategoryChangeShowsWhyAndWritesNothing_data();
    void refusedCategoryChangeShowsWhyAndWritesNothing();
    void categoryChangeRefusedOnceTheRoleIsRevoked();
    void closingWhileAChangeIsWrittenIsSafe();
};

void TestCatalogEditorDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StorefrontTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_catalogeditordialog"));
    QSettings().clear();
}

void TestCatalogEditorDialog::shopperCannotOpenEditorThroughAnyRoute()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    testing::insert(*db, testing::product(QStringLiteral("B-1"), QStringLiteral("Novel"),
                                          QStringLiteral("Books"), QStringLiteral("Acme"), 1200));
    ui::AccountOptions options;
    options.limits = auth::HashLimits::minimum();
    options.restoreSession = false;
    ui::MainWindow w(*db, catalog::MediaLocator({dir.path()}), options);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auth::AuthService &auth = w.authService();
    QVERIFY(auth.createFirstAdmin(QStringLiteral("root@store.example"), QStringLiteral("Root"),
                                  testing::kGoodPassword));
    QVERIFY(auth.signUp(QStringLiteral("shopper@store.example"), QStringLiteral("Shopper"),
                        testing::kGoodPassword));
    auto staff = auth.signUp(QStringLiteral("staff@store.example"), QStringLiteral("Staff"),
                             testing::kGoodPassword);
    QVERIFY(staff);
    auto admin = auth.logIn(QStringLiteral("root@store.example"), testing::kGoodPassword);
    QVERIFY(admin);
    auto staffUser = auth.currentUser(*staff);
    QVERIFY(auth.setRole(*admin, staffUser->id, auth::Role::Staff).ok());

    auto logIn = [&](const QString &email) {
        if (!w.session().isGuest())
            w.logOut();
        w.logInAction()->trigger();
        QPointer<ui::LoginDialog> login;
        QTRY_VERIFY((login = w.findChild<ui::LoginDialog *>()) && login->isVisible());
        QTest::keyClicks(login->emailEdit(), email);
        QTest::keyClicks(login->passwordEdit(), testing::kGoodPassword);
        QTest::mouseClick(login->logInButton(), Qt::LeftButton);
        QTRY_VERIFY(login.isNull());
        QCOMPARE(w.session().email(), email);
    };
    auto assertNoRoute = [&] {
        // The menu item is neither shown nor enabled, whatever menu would hold it...
        QVERIFY(!w.editCatalogAction()->isVisible());
        QVERIFY(!w.editCatalogAction()->isEnabled());
        QVERIFY(!w.auditLogAction()->isVisible());
        // ...triggering it anyway opens nothing, and neither does calling the window...
        w.editCatalogAction()->trigger();
        QVERIFY(!w.openCatalogEditor());
        QVERIFY(!w.openAuditLog());
        QVERIFY(w.findChildren<CatalogEditorDialog *>().isEmpty());
        // ...and core's factories refuse the session itself.
        QVERIFY(!CatalogEditorDialog::create(*db, auth, w.session(), catalog::MediaLocator()));
        QVERIFY(!catalog::CatalogEditor::open(*db, auth, w.session(), {}));
    };

    QVERIFY(w.session().isGuest());
    assertNoRoute();
    logIn(QStringLiteral("shopper@store.example"));
    assertNoRoute();
    QVERIFY(!w.staffMenu()->menuAction()->isVisible());

    // Staff: the item is there and opens the editor; logging out closes it again.
    logIn(QStringLiteral("staff@store.example"));
    QVERIFY(w.editCatalogAction()->isVisible());
    QVERIFY(w.editCatalogAction()->isEnabled());
    QVERIFY(!w.auditLogAction()->isVisible());
    QSignalSpy changed(&w, &ui::MainWindow::catalogChanged);
    QPointer<CatalogEditorDialog> editor = w.openCatalogEditor();
    QVERIFY(editor);
    QCOMPARE(w.openCatalogEditor(), editor.data()); // one per session
    const qint64 novel = (**storage::ProductRepository(*db).bySku(QStringLiteral("B-1"))).id;
    QVERIFY(editor->editor().setProductArchived(novel, true).ok());
    QCOMPARE(changed.count(), 1);
    w.logOut();
    QTRY_VERIFY(editor.isNull());
    assertNoRoute();
}

void TestCatalogEditorDialog::factoriesRefuseNonCurators()
{
    testing::AuthWorld world;
    for (auth::Role role : {auth::Role::Guest, auth::Role::Shopper}) {
        const auth::Session s =
            world.accountWithRole(QStringLiteral("r%1@store.example").arg(int(role)), role);
        auto made = CatalogEditorDialog::create(*world.db, *world.auth, s, {});
        QVERIFY(!made);
        QVERIFY(made.error().message.contains(QStringLiteral("curate catalog")));
        QVERIFY(!ui::AuditLogDialog::create(*world.db, *world.auth, s));
    }
    const auth::Session staff =
        world.accountWithRole(QStringLiteral("staff@store.example"), auth::Role::Staff);
    QVERIFY(!ui::AuditLogDialog::create(*world.db, *world.auth, staff));
}

void TestCatalogEditorDialog::errorTextsReadOnADarkPalette()
{
    // A dark theme like Fusion's: light text on dark grey.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(53, 53, 53));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(35, 35, 35));
    dark.setColor(QPalette::Text, Qt::white);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    const auto restore = qScopeGuard([before] { QApplication::setPalette(before); });

    EditorWorld w;
    CatalogEditorDialog &d = *w.dialog;
    const QColor background = d.palette().color(QPalette::Window);
    QCOMPARE(background, QColor(53, 53, 53));
    auto *imageWarning = d.findChild<QLabel *>(QStringLiteral("imageWarning"));
    QVERIFY(imageWarning);
    for (QLabel *label : {d.messageFor(QStringLiteral("sku")), imageWarning}) {
        const double ratio =
            ui::contrastRatio(label->palette().color(QPalette::WindowText), background);
        QVERIFY2(ratio >= 4.5, qPrintable(label->objectName() + QStringLiteral(": %1").arg(ratio)));
    }
    // The import preview's problem rows keep the palette's text colour on their tint.
    for (const QPalette &palette : {dark, QPalette(Qt::white)}) {
        const double ratio =
            ui::contrastRatio(ui::problemBackground(palette), palette.color(QPalette::Text));
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    }
}

void TestCatalogEditorDialog::inlineValidationThenSaveAndUndo()
{
    EditorWorld w;
    CatalogEditorDialog &d = *w.dialog;
    QSignalSpy changed(&d, &CatalogEditorDialog::catalogChanged);
    const QStringList before = testing::dumpContent(*w.world.db);

    // A new product typed with a bad sku, a price with three decimals and a lower-case
    // currency: every problem is shown under its own field and nothing is written.
    d.newProduct();
    QTest::keyClicks(d.field(QStringLiteral("sku")), QStringLiteral("bad sku"));
    QTest::keyClicks(d.field(QStringLiteral("name")), QStringLiteral("Camp Stove"));
    QTest::keyClicks(d.field(QStringLiteral("price")), QStringLiteral("3.005"));
    d.field(QStringLiteral("currency"))->clear();
    QTest::keyClicks(d.field(QStringLiteral("currency")), QStringLiteral("eur"));
    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QVERIFY(d.messageFor(QStringLiteral("sku"))->isVisible());
    QVERIFY(d.messageFor(QStringLiteral("sku"))->text().contains(QStringLiteral("may hold only")));
    QVERIFY(d.messageFor(QStringLiteral("price"))->text().contains(QStringLiteral("not a price")));
    QVERIFY(d.messageFor(QStringLiteral("currency"))->text().contains(QStringLiteral("ISO")));
    QVERIFY(!d.messageFor(QStringLiteral("name"))->isVisible());
    QCOMPARE(d.field(QStringLiteral("sku"))->accessibleDescription(),
             d.messageFor(QStringLiteral("sku"))->text());
    QCOMPARE(testing::dumpContent(*w.world.db), before);
    QCOMPARE(changed.count(), 0);

    // A sku another product uses is named too, once the worker has asked the database.
    d.field(QStringLiteral("price"))->clear();
    QTest::keyClicks(d.field(QStringLiteral("price")), QStringLiteral("49.50"));
    d.field(QStringLiteral("currency"))->clear();
    QTest::keyClicks(d.field(QStringLiteral("currency")), QStringLiteral("EUR"));
    d.field(QStringLiteral("sku"))->clear();
    QTest::keyClicks(d.field(QStringLiteral("sku")), QStringLiteral("T-1"));
    QSignalSpy validated(&d, &CatalogEditorDialog::formValidated);
    QVERIFY(d.validateForm()); // the field rules alone find nothing
    QVERIFY(!d.messageFor(QStringLiteral("sku"))->isVisible()); // not yet: it is asynchronous
    QVERIFY(validated.wait(20000));
    QCOMPARE(validated.count(), 1);
    QCOMPARE(validated.first().first().toBool(), false);
    QVERIFY(d.messageFor(QStringLiteral("sku"))->text().contains(QStringLiteral("already used")));
    // Saving it anyway: the worker refuses with the same message under the field.
    d.messageFor(QStringLiteral("sku"))->hide();
    QVERIFY(d.save());
    QVERIFY(!w.edited());
    QVERIFY(d.messageFor(QStringLiteral("sku"))->isVisible());
    QVERIFY(d.messageFor(QStringLiteral("sku"))->text().contains(QStringLiteral("already used")));
    QCOMPARE(QApplication::focusWidget(), d.field(QStringLiteral("sku")));
    QCOMPARE(testing::dumpContent(*w.world.db), before);
    QCOMPARE(changed.count(), 0);

    d.field(QStringLiteral("sku"))->clear();
    QTest::keyClicks(d.field(QStringLiteral("sku")), QStringLiteral("S-1"));
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Save);
    // Written off the GUI thread: the controls wait meanwhile.
    QVERIFY(!d.saveButton()->isEnabled());
    QVERIFY(!d.productList()->isEnabled());
    QVERIFY(w.edited());
    QVERIFY(d.saveButton()->isEnabled());
    QVERIFY(!d.messageFor(QStringLiteral("price"))->isVisible());
    QCOMPARE(w.product(QStringLiteral("S-1")).priceCents, 4950);
    QCOMPARE(changed.count(), 1);
    QVERIFY(d.undoAction()->isEnabled());

    // Edit the tent's price through the list, then undo with the keyboard.
    QVERIFY(w.show(w.tentId));
    QCOMPARE(d.field(QStringLiteral("sku"))->text(), QStringLiteral("T-1"));
    d.field(QStringLiteral("price"))->clear();
    QTest::keyClicks(d.field(QStringLiteral("price")), QStringLiteral("199"));
    QVERIFY(d.save());
    QVERIFY(w.edited());
    QCOMPARE(w.product(QStringLiteral("T-1")).priceCents, 19900);
    d.productList()->setFocus();
    QTest::keySequence(d.productList(), QKeySequence::Undo);
    QVERIFY(w.edited());
    QCOMPARE(w.product(QStringLiteral("T-1")).priceCents, 24900);
    QCOMPARE(d.field(QStringLiteral("price"))->text(), QStringLiteral("249.00"));
    QCOMPARE(changed.count(), 3);
}

void TestCatalogEditorDialog::archiveFromTheForm()
{
    EditorWorld w;
    CatalogEditorDialog &d = *w.dialog;
    QVERIFY(w.show(w.tentId));
    QCOMPARE(d.archiveButton()->text(), QStringLiteral("A&rchive"));
    QTest::mouseClick(d.archiveButton(), Qt::LeftButton);
    QVERIFY(!d.archiveButton()->isEnabled()); // while it is written
    QVERIFY(w.edited());
    QVERIFY(!w.product(QStringLiteral("T-1")).active);
    QVERIFY(d.productList()->item(0)->text().contains(QStringLiteral("archived")));
    QTest::mouseClick(d.archiveButton(), Qt::LeftButton);
    QVERIFY(w.edited());
    QVERIFY(w.product(QStringLiteral("T-1")).active);
}

void TestCatalogEditorDialog::lockedKioskOpensNoFileDialog()
{
    // An editor left open when the kiosk was locked again: no file dialog (one would block
    // this test) for the picture, the import or the export, and the status line says why.
    EditorWorld w;
    CatalogEditorDialog &d = *w.dialog;
    QVERIFY(w.show(w.tentId));
    ui::setFileDialogsAllowed(false);
    const auto allowAgain = qScopeGuard([] { ui::setFileDialogsAllowed(true); });
    const QString why =
        QStringLiteral("Files can be opened only while the kiosk is unlocked with the staff PIN.");
    for (const QString &text : {QStringLiteral("C&hoose picture…"), QStringLiteral("&Import…"),
                                QStringLiteral("E&xport…")}) {
        QPushButton *button = nullptr;
        for (QPushButton *b : d.findChildren<QPushButton *>())
            if (b->text() == text)
                button = b;
        QVERIFY2(button, qPrintable(text));
        d.statusLine()->clear();
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(d.statusLine()->text(), why);
        QVERIFY(d.findChildren<QDialog *>().isEmpty());
    }
}

void TestCatalogEditorDialog::corruptPictureShowsPlaceholderAndWarning_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("why");
    // The PNG signature followed by garbage: passes the signature, fails to decode.
    QTest::addRow("corrupt png") << "corrupt.png"
                                 << QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, '\x07')
                                 << "cannot be decoded";
    QTest::addRow("truncated png") << "truncated.png" << QByteArray() << "";
    QTest::addRow("text named .jpg") << "notes.jpg" << QByteArray("just some text") << "JPG";
    QTest::addRow("empty file") << "empty.png" << QByteArray() << "empty";
    QTest::addRow("bitmap") << "picture.bmp" << QByteArray("BM......") << "accepted";
    QTest::addRow("missing") << "" << QByteArray() << "does not exist";
}

void TestCatalogEditorDialog::corruptPictureShowsPlaceholderAndWarning()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, why);
    EditorWorld w;
    CatalogEditorDialog &d = *w.dialog;
    QString path;
    if (QTest::currentDataTag() == QByteArrayLiteral("truncated png")) {
        // A real picture cut in half.
        const QString whole =
            writePicture(w.world.dir.filePath(QStringLiteral("whole.png")), {200, 200});
        QFile f(whole);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        path = testing::writeFile(w.world.dir.filePath(name), bytes.left(bytes.size() / 2));
        why = QString();
    } else if (name.isEmpty()) {
        path = w.world.dir.filePath(QStringLiteral("nowhere.png"));
    } else {
        path = testing::writeFile(w.world.dir.filePath(name), content);
    }
    QVERIFY(w.show(w.tentId));
    QSignalSpy done(d.imageImporter(), &ui::ProductImageImporter::finished);
    d.useImageFile(path);
    w.waitForImage();
    QCOMPARE(done.count(), 1);
    QVERIFY(d.imageWarning()->isVisible());
    QVERIFY2(d.imageWarning()->text().contains(why), qPrintable(d.imageWarning()->text()));
    QVERIFY(!d.imageView()->pixmap().isNull()); // the placeholder
    QVERIFY(d.imagePath().isEmpty());           // the product keeps its (absent) picture
    QVERIFY(!QDir(QDir(w.media).filePath(QStringLiteral("products"))).exists());
    QVERIFY(d.save());
    QVERIFY(w.edited());
    QVERIFY(w.product(QStringLiteral("T-1")).imagePath.isEmpty());
}

void TestCatalogEditorDialog::missingOrBrokenStoredPictureWarns()
{
    EditorWorld w;
    CatalogEditorDialog &d = *w.dialog;
    catalog::Product missing =
        testing::product(QStringLiteral("M-1"), QStringLiteral("Missing picture"),
                         QStringLiteral("Outdoors"), QStringLiteral("L"), 100);
    missing.imagePath = QStringLiteral("images/gone.png");
    const qint64 missingId = testing::insert(*w.world.db, missing);
    QVERIFY(w.show(missingId));
    QVERIFY(d.imageWarning()->isVisible());
    QVERIFY(d.imageWarning()->text().contains(QStringLiteral("missing")));
    QVERIFY(!d.imageView()->pixmap().isNull());

    catalog::Product broken = missing;
    broken.sku = QStringLiteral("M-2");
    broken.imagePath = QStringLiteral("images/broken.png");
    testing::writeFile(QDir(w.media).filePath(broken.imagePath),
                       QByteArray("\x89PNG\r\n\x1a\n", 8) + "garbage");
    const qint64 brokenId = testing::insert(*w.world.db, broken);
    QVERIFY(w.show(brokenId));
    w.waitForImage();
    QVERIFY(d.imageWarning()->isVisible());
    QVERIFY(d.imageWarning()->text().contains(QStringLiteral("cannot")));
    QCOMPARE(d.imageView()->accessibleDescription(), d.imageWarning()->text());
}

void TestCatalogEditorDialog::goodPictureIsStoredWithScaledCopies()
{
    EditorWorld w;
    CatalogEditorDialog &d = *w.dialog;
    const QString source =
        writePicture(w.world.dir.filePath(QStringLiteral("in/tent.png")), {900, 600});
    QVERIFY(w.show(w.tentId));
    d.useImageFile(source);
    w.waitForImage();
    QVERIFY2(!d.imageWarning()->isVisible(), qPrintable(d.imageWarning()->text()));
    QVERIFY(d.imagePath().startsWith(QStringLiteral("products/")));
    const QDir media(w.media);
    QVERIFY(QFile::exists(media.filePath(d.imagePath())));
    for (const int side : catalog::ImageRules::thumbnailSides()) {
        const QImage thumb(
            media.filePath(catalog::ImageRules::thumbnailNameFor(d.imagePath(), side)));
        QVERIFY(!thumb.isNull());
        QCOMPARE(std::max(thumb.width(), thumb.height()), side);
    }
    QVERIFY(d.save());
    QVERIFY(w.edited());
    QCOMPARE(w.product(QStringLiteral("T-1")).imagePath, d.imagePath());
    // The stored picture shows again without a warning when the product is reopened.
    d.newProduct();
    QVERIFY(w.show(w.tentId));
    w.waitForImage();
    QVERIFY(!d.imageWarning()->isVisible());

    // Another picture chosen but never saved: its copies leave the media folder when the
    // editor closes; the saved one stays.
    const QString saved = d.imagePath();
    d.useImageFile(writePicture(w.world.dir.filePath(QStringLiteral("in/other.png")), {300, 500}));
    w.waitForImage();
    const QString discarded = d.imagePath();
    QVERIFY(discarded != saved);
    QVERIFY(QFile::exists(media.filePath(discarded)));
    delete w.dialog;
    QVERIFY(!QFile::exists(media.filePath(discarded)));
    for (const int side : catalog::ImageRules::thumbnailSides())
        QVERIFY(
            !QFile::exists(media.filePath(catalog::ImageRules::thumbnailNameFor(discarded, side))));
    QVERIFY(QFile::exists(media.filePath(saved)));
    QCOMPARE(w.product(QStringLiteral("T-1")).imagePath, saved);
}

void TestCatalogEditorDialog::importPreviewHighlightsProblemsAndBlocksConfirm()
{
    EditorWorld w;
    const QString path = testing::writeFile(w.world.dir.filePath(QStringLiteral("in/c.csv")),
                                            "sku,name,price,currency\n"
                                            "A-1,Good,10.00,EUR\n"
                                            "A-2,Bad,-1,EUR\n"
                                            "A-3,Worse,1,euro\n");
    const QStringList before = testing::dumpContent(*w.world.db);
    QPointer<ui::ImportPreviewDialog> preview = w.openImport(path);
    QVERIFY(preview);
    QVERIFY(preview->isVisible());
    QTableWidget *table = preview->table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, ui::ImportPreviewDialog::StatusColumn)->text(), QStringLiteral("new"));
    QCOMPARE(table->item(1, ui::ImportPreviewDialog::LineColumn)->text(), QStringLiteral("3"));
    QVERIFY(table->item(1, ui::ImportPreviewDialog::StatusColumn)
                ->text()
                .startsWith(QStringLiteral("price: ")));
    QVERIFY(table->item(2, ui::ImportPreviewDialog::StatusColumn)
                ->text()
                .startsWith(QStringLiteral("currency: ")));
    const QBrush plain = table->item(0, 0)->background();
    QVERIFY(table->item(1, 0)->background() != plain);
    QVERIFY(table->item(2, ui::ImportPreviewDialog::SkuColumn)->background() != plain);
    QVERIFY(!preview->confirmButton()->isEnabled());
    QVERIFY(preview->summaryLabel()->text().contains(QStringLiteral("2 problem")));
    QTest::keyClick(preview, Qt::Key_Escape);
    QTRY_VERIFY(preview.isNull());
    QCOMPARE(testing::dumpContent(*w.world.db), before);
}

void TestCatalogEditorDialog::importPreviewConfirmWritesAndAnnounces()
{
    EditorWorld w;
    CatalogEditorDialog &d = *w.dialog;
    writePicture(w.world.dir.filePath(QStringLiteral("in/pics/lamp.png")));
    const QString path = testing::writeFile(w.world.dir.filePath(QStringLiteral("in/c.json")),
                                            R"({"products": [
  {"sku": "L-1", "name": "Lamp", "price": 39, "image": "pics/lamp.png"},
  {"sku": "T-1", "name": "Alpine Tent XL", "price": "259.00", "categories": "Outdoors"}
]})");
    QSignalSpy changed(&d, &CatalogEditorDialog::catalogChanged);
    QSignalSpy finished(&d, &CatalogEditorDialog::importFinished);
    QPointer<ui::ImportPreviewDialog> preview = w.openImport(path);
    QVERIFY(preview);
    QCOMPARE(preview->table()->item(0, ui::ImportPreviewDialog::StatusColumn)->text(),
             QStringLiteral("new"));
    QCOMPARE(preview->table()->item(1, ui::ImportPreviewDialog::StatusColumn)->text(),
             QStringLiteral("update"));
    QCOMPARE(changed.count(), 0); // nothing written by the preview
    QVERIFY(!storage::ProductRepository(*w.world.db).bySku(QStringLiteral("L-1"))->has_value());
    QVERIFY(preview->confirmButton()->isEnabled());
    QTest::mouseClick(preview->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(preview.isNull());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(w.product(QStringLiteral("L-1")).priceCents, 3900);
    QCOMPARE(w.product(QStringLiteral("T-1")).title, QStringLiteral("Alpine Tent XL"));
    QVERIFY(QFile::exists(QDir(w.media).filePath(QStringLiteral("pics/lamp.png"))));
    QCOMPARE(d.productList()->count(), 2);
}

void TestCatalogEditorDialog::importWriteShowsProgressAndCanBeCancelled()
{
    EditorWorld w;
    CatalogEditorDialog &d = *w.dialog;
    QByteArray csv = "sku,name,price\n";
    for (int i = 1; i <= 300; ++i)
        csv += QStringLiteral("C-%1,Candle %1,%1.50\n").arg(i).toUtf8();
    const QString path =
        testing::writeFile(w.world.dir.filePath(QStringLiteral("in/big.csv")), csv);
    QSignalSpy finished(&d, &CatalogEditorDialog::importFinished);
    QPointer<ui::ImportPreviewDialog> preview = w.openImport(path);
    QVERIFY(preview);
    QCOMPARE(preview->table()->rowCount(), 300);
    QVERIFY(!preview->progressBar()->isVisible()); // nothing running between steps
    const QStringList before = testing::dumpContent(*w.world.db);

    // Another connection holds the write lock, so the import waits inside its transaction
    // until the test has pressed Cancel: no race with a fast write.
    const QString lockName = QStringLiteral("importLock");
    {
        QSqlDatabase lock = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockName);
        lock.setDatabaseName(w.world.db->path());
        QVERIFY(lock.open());
        QSqlQuery begin(lock);
        QVERIFY(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QTest::mouseClick(preview->confirmButton(), Qt::LeftButton);
        QVERIFY(preview->isWorking());
        QVERIFY(preview->progressBar()->isVisible());
        QVERIFY(!preview->confirmButton()->isEnabled());
        QTest::mouseClick(preview->cancelButton(), Qt::LeftButton);
        QVERIFY(preview->isVisible()); // Cancel stops the write; it does not close the dialog
        QVERIFY(preview->cancelRequested());
        QVERIFY(QSqlQuery(lock).exec(QStringLiteral("ROLLBACK")));
        lock.close();
    }
    QSqlDatabase::removeDatabase(lockName);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(preview);
    QVERIFY(preview->summaryLabel()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(!preview->progressBar()->isVisible());
    QCOMPARE(testing::dumpContent(*w.world.db), before);

    // Confirmed again, the same preview is written whole and the dialog closes.
    QVERIFY(preview->confirmButton()->isEnabled());
    QTest::mouseClick(preview->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QTRY_VERIFY(preview.isNull());
    QCOMPARE(w.product(QStringLiteral("C-300")).priceCents, 30050);
}

void TestCatalogEditorDialog::importReadingCanBeCancelled()
{
    EditorWorld w;
    CatalogEditorDialog &d = *w.dialog;
    const QString path = testing::writeFile(w.world.dir.filePath(QStringLiteral("in/c.csv")),
                                            "sku,name,price\nR-1,Rope,12.00\n");
    QSignalSpy shown(&d, &CatalogEditorDialog::importPreviewShown);
    QVERIFY(d.previewImport(path));
    // The dialog is there at once, reading with a progress bar.
    QPointer<ui::ImportPreviewDialog> preview = d.findChild<ui::ImportPreviewDialog *>();
    QVERIFY(preview);
    QVERIFY(preview->isWorking());
    QVERIFY(preview->progressBar()->isVisible());
    QVERIFY(!preview->confirmButton()->isEnabled());
    QTest::keyClick(preview, Qt::Key_Escape);
    QVERIFY(preview->cancelRequested());
    QTRY_VERIFY(preview.isNull());
    QCOMPARE(shown.count(), 0);
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("editorStatus"))
                ->text()
                .contains(QStringLiteral("cancelled")));
    QVERIFY(!storage::ProductRepository(*w.world.db).bySku(QStringLiteral("R-1"))->has_value());
}

void TestCatalogEditorDialog::auditLogDialogShowsOldAndNewForAdmins()
{
    EditorWorld w;
    CatalogEditorDialog &d = *w.dialog;
    QVERIFY(w.show(w.tentId));
    d.field(QStringLiteral("price"))->clear();
    QTest::keyClicks(d.field(QStringLiteral("price")), QStringLiteral("199"));
    QVERIFY(d.save());
    QVERIFY(w.edited());
    auto made = ui::AuditLogDialog::create(*w.world.db, *w.world.auth, w.world.adminSession());
    QVERIFY(made);
    std::unique_ptr<ui::AuditLogDialog> log(*made);
    // Read off the GUI thread: the filter waits until the entries arrive.
    QSignalSpy loaded(log.get(), &ui::AuditLogDialog::loaded);
    QVERIFY(!log->filter()->isEnabled());
    QVERIFY(log->busyIndicator()->isVisibleTo(log.get()));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().first().toBool(), true);
    QVERIFY(log->filter()->isEnabled());
    QVERIFY(!log->busyIndicator()->isVisibleTo(log.get()));
    QTableWidget *table = log->table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Test Person"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("catalog.product.update"));
    QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("249.00")));
    QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("199.00")));

    // Another filter is read off the GUI thread as well; the table changes when it arrives.
    log->filter()->setCurrentIndex(log->filter()->findData(QString()));
    QVERIFY(!log->filter()->isEnabled());
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(loaded.wait(20000));
    QVERIFY(table->rowCount() > 1); // the accounts' entries too
    QVERIFY(log->filter()->isEnabled());

    // The command line's import names the system account that ran it.
    catalog::ImportActor clerk;
    clerk.osAccount = QStringLiteral("clerk");
    const QString csv = testing::writeFile(w.world.dir.filePath(QStringLiteral("cli.csv")),
                                           "sku,name,price\nCLI-1,Lamp,10.00\n");
    QVERIFY(catalog::CatalogImport::confirm(
                *w.world.db, catalog::CatalogImport::preview(*w.world.db, csv), {}, clerk, 1)
                .ok());
    log->filter()->setCurrentIndex(log->filter()->findData(QStringLiteral("catalog.")));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("catalog.import"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("command line (clerk)"));

    // Closed while reading: nothing comes back to a dialog that is gone.
    auto again = ui::AuditLogDialog::create(*w.world.db, *w.world.auth, w.world.adminSession());
    QVERIFY(again);
    QPointer<ui::AuditLogDialog> closing(*again);
    QVERIFY(closing->busyIndicator()->isVisibleTo(closing));
    delete *again;
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(closing.isNull());
}

void TestCatalogEditorDialog::categoriesCreatedRenamedArchivedOffTheGuiThread()
{
    EditorWorld w;
    CatalogEditorDialog &d = *w.dialog;
    QSignalSpy changed(&d, &CatalogEditorDialog::catalogChanged);
    QCOMPARE(w.categoryRows(), QStringList{QStringLiteral("Outdoors")});

    // Create: written on the worker while the panel waits and the busy indicator shows.
    QTest::keyClicks(d.categoryNameField(), QStringLiteral("Kitchen"));
    QTest::mouseClick(w.button("addTopCategory"), Qt::LeftButton);
    QVERIFY(!w.button("addTopCategory")->isEnabled());
    QVERIFY(!w.button("renameCategory")->isEnabled());
    QVERIFY(!d.categoryList()->isEnabled());
    QVERIFY(d.busyIndicator()->isVisible());
    QCOMPARE(d.statusLine()->text(), QStringLiteral("Adding the category…"));
    QVERIFY(w.edited());
    QVERIFY(!d.busyIndicator()->isVisible());
    QVERIFY(w.button("addTopCategory")->isEnabled());
    QCOMPARE(d.statusLine()->text(), QStringLiteral("Category added."));
    QVERIFY(storedCategories(*w.world.db).contains(QStringLiteral("Kitchen")));
    const qint64 kitchen = storedCategories(*w.world.db).value(QStringLiteral("Kitchen")).id;
    QCOMPARE(w.categoryRows(),
             (QStringList{QStringLiteral("Kitchen"), QStringLiteral("Outdoors")}));
    // The new category is the selected one, ready for the next change.
    QCOMPARE(d.categoryList()->currentItem()->text(), QStringLiteral("Kitchen"));
    QCOMPARE(changed.count(), 1);

    // A subcategory of the selected one.
    QTest::keyClicks(d.categoryNameField(), QStringLiteral("Knives"));
    QTest::mouseClick(w.button("addSubcategory"), Qt::LeftButton);
    QVERIFY(!d.categoryList()->isEnabled());
    QVERIFY(w.edited());
    const auto afterSub = storedCategories(*w.world.db);
    const QString knivesPath =
        afterSub.value(QStringLiteral("Kitchen")).path + QStringLiteral(" > Knives");
    QVERIFY2(afterSub.contains(knivesPath), qPrintable(afterSub.keys().join(u'|')));
    QCOMPARE(afterSub.value(knivesPath).parentId, kitchen);
    QVERIFY(w.categoryRows().contains(knivesPath));

    // Rename: the row changes in place and stays selected.
    w.selectCategory(QStringLiteral("Kitchen"));
    d.categoryNameField()->selectAll();
    QTest::keyClicks(d.categoryNameField(), QStringLiteral("Cookware"));
    QTest::mouseClick(w.button("renameCategory"), Qt::LeftButton);
    QVERIFY(!w.button("renameCategory")->isEnabled());
    QVERIFY(w.edited());
    auto stored = storedCategories(*w.world.db);
    QVERIFY(!stored.contains(QStringLiteral("Kitchen")));
    QCOMPARE(stored.value(QStringLiteral("Cookware")).id, kitchen);
    QVERIFY(w.categoryRows().contains(QStringLiteral("Cookware")));
    QVERIFY(!w.categoryRows().contains(QStringLiteral("Kitchen")));
    QCOMPARE(d.categoryList()->currentItem()->data(Qt::UserRole).toLongLong(), kitchen);

    // Archive the empty subcategory, then undo it.
    const QString cookwareKnives =
        stored.value(QStringLiteral("Cookware")).path + QStringLiteral(" > Knives");
    w.selectCategory(cookwareKnives);
    QTest::mouseClick(w.button("archiveCategory"), Qt::LeftButton);
    QVERIFY(!w.button("archiveCategory")->isEnabled());
    QVERIFY(d.busyIndicator()->isVisible());
    QVERIFY(w.edited());
    QVERIFY(!storedCategories(*w.world.db).value(cookwareKnives).active);
    QCOMPARE(d.categoryList()->currentItem()->text(),
             QStringLiteral("%1 (archived)").arg(cookwareKnives));
    QVERIFY(d.undoAction()->isEnabled());
    QVERIFY(d.undoAction()->text().contains(QStringLiteral("archive category")));
    QTest::mouseClick(w.button("undoButton"), Qt::LeftButton);
    QVERIFY(w.edited());
    QVERIFY(storedCategories(*w.world.db).value(cookwareKnives).active);
    QVERIFY(w.categoryRows().contains(cookwareKnives));
    QCOMPARE(changed.count(), 5);
}

void TestCatalogEditorDialog::refusedCategoryChangeShowsWhyAndWritesNothing_data()
{
    QTest::addColumn<QString>("select");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty new name") << QString() << QString() << QStringLiteral("addTopCategory")
                                    << QStringLiteral("name: is empty");
    QTest::newRow("blank rename") << QStringLiteral("Outdoors") << QStringLiteral("   ")
                                  << QStringLiteral("renameCategory")
                                  << QStringLiteral("name: is empty");
    QTest::newRow("duplicate new name")
        << QString() << QStringLiteral("Outdoors") << QStringLiteral("addTopCategory")
        << QStringLiteral("already exists");
    QTest::newRow("level separator")
        << QStringLiteral("Outdoors") << QStringLiteral("A > B") << QStringLiteral("renameCategory")
        << QStringLiteral("name: may not contain '>'");
    QTest::newRow("archive while in use")
        << QStringLiteral("Outdoors") << QString() << QStringLiteral("archiveCategory")
        << QStringLiteral("still holds 1 active product");
}

void TestCatalogEditorDialog::refusedCategoryChangeShowsWhyAndWritesNothing()
{
    QFETCH(QString, select);
    QFETCH(QString, name);
    QFETCH(QString, button);
    QFETCH(QString, why);
    EditorWorld w;
    CatalogEditorDialog &d = *w.dialog;
    QSignalSpy changed(&d, &CatalogEditorDialog::catalogChanged);
    const QStringList before = testing::dumpContent(*w.world.db);
    const QStringList rows = w.categoryRows();
    if (!select.isEmpty())
        w.selectCategory(select);
    d.categoryNameField()->clear();
    QTest::keyClicks(d.categoryNameField(), name);
    QTest::mouseClick(w.button(button.toLatin1().constData()), Qt::LeftButton);
    QVERIFY(d.busyIndicator()->isVisible()); // checked on the worker too
    QVERIFY(!w.edited());
    QVERIFY2(d.statusLine()->text().contains(why), qPrintable(d.statusLine()->text()));
    QVERIFY(w.button(button.toLatin1().constData())->isEnabled());
    QCOMPARE(d.categoryNameField()->text(), name); // kept for correcting
    QCOMPARE(testing::dumpContent(*w.world.db), before);
    QCOMPARE(w.categoryRows(), rows);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!d.undoAction()->isEnabled());
}

void TestCatalogEditorDialog::categoryChangeRefusedOnceTheRoleIsRevoked()
{
    EditorWorld w;
    CatalogEditorDialog &d = *w.dialog;
    auto staffUser = w.world.auth->currentUser(w.staff);
    QVERIFY(staffUser);
    QVERIFY(w.world.auth->setRole(w.world.adminSession(), staffUser->id, auth::Role::Shopper).ok());
    const QStringList revoked = testing::dumpContent(*w.world.db);
    QTest::keyClicks(d.categoryNameField(), QStringLiteral("Garden"));
    QTest::mouseClick(w.button("addTopCategory"), Qt::LeftButton);
    QVERIFY(!w.edited());
    QVERIFY2(d.statusLine()->text().contains(QStringLiteral("curate catalog")),
             qPrintable(d.statusLine()->text()));
    QVERIFY(!storedCategories(*w.world.db).contains(QStringLiteral("Garden")));
    QCOMPARE(testing::dumpContent(*w.world.db), revoked);
}

void TestCatalogEditorDialog::closingWhileAChangeIsWrittenIsSafe()
{
    EditorWorld w;
    CatalogEditorDialog &d = *w.dialog;
    QTest::keyClicks(d.categoryNameField(), QStringLiteral("Garden"));
    QTest::mouseClick(w.button("addTopCategory"), Qt::LeftButton);
    QVERIFY(d.busyIndicator()->isVisible()); // in flight: its result has not come back
    // Typing into the search queues a read behind the write as well.
    QTest::keyClicks(d.searchBox(), QStringLiteral("T-"));
    // Closed and deleted the way the main window does at log-out.
    QPointer<CatalogEditorDialog> guard(&d);
    d.close();
    d.deleteLater();
    QTRY_VERIFY(guard.isNull());
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    // The change asked for was written whole (the dialog waited for it), with its audit entry.
    const auto stored = storedCategories(*w.world.db);
    QVERIFY(stored.contains(QStringLiteral("Garden")));
    auto audit = storage::AuditRepository(*w.world.db)
                     .latestWithPrefix(10, QStringLiteral("catalog.category.create"));
    QVERIFY(audit);
    QCOMPARE(audit->size(), size_t(1));
    QCOMPARE(audit->front().subjectCategoryId, stored.value(QStringLiteral("Garden")).id);
}

QTEST_MAIN(TestCatalogEditorDialog)
#include "tst_catalogeditordialog.moc"
