// "Your recommendation data": rows for ratings and events, and the "Don't use for
// recommendations" check box driven with the keyboard, stored at once.

#include "auth/authtestsupport.h"
#include "loadingdialog.h"
#include "storage/ratingrepository.h"
#include "ui/async.h"
#include "ui/busyindicator.h"
#include "ui/mainwindow.h"
#include "ui/merchandisingdialog.h"
#include "ui/recommendationdatadialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace storefront;

class TestRecommendationDataDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StorefrontTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recommendationdatadialog"));
        QSettings().clear();
    }

    void menusOpenBothDialogsForTheSession()
    {
        QTemporaryDir dir;
        auto db = testing::openDatabase(dir);
        const qint64 tent = testing::insert(
            *db, testing::product(QStringLiteral("T-1"), QStringLiteral("Dome Tent"),
                                  QStringLiteral("Outdoors"), QStringLiteral("Peak"), 19900));
        ui::AccountOptions options;
        options.limits = auth::HashLimits::minimum();
        options.restoreSession = false;
        ui::MainWindow window(*db, catalog::MediaLocator({dir.path()}), options);
        window.show();
        // The guest's in-memory rating shows in the Account menu's dialog.
        QVERIFY(window.shopperService().rate(window.session(), tent, 4).ok());
        QAction *data = nullptr;
        QAction *merchandising = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *a : menu->menu()->actions()) {
                if (a->text() == QStringLiteral("Your &recommendation data\u2026"))
                    data = a;
                if (a->text() == QStringLiteral("&Merchandising…"))
                    merchandising = a;
            }
        QVERIFY(data && merchandising);
        data->trigger();
        auto *dialog = window.findChild<ui::RecommendationDataDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTRY_COMPARE(dialog->table()->rowCount(), 1); // read on a worker
        QCOMPARE(dialog->table()->item(0, 1)->text(), QStringLiteral("Dome Tent"));
        dialog->close();
        // A guest is refused merchandising by core; the dialog says so.
        merchandising->trigger();
        auto *merch = window.findChild<ui::MerchandisingDialog *>();
        QVERIFY(merch && merch->isVisible());
        QTRY_VERIFY(!merch->isLoading());
        QVERIFY(!merch->addButton()->isEnabled());
        QVERIFY(!merch->statusLabel()->text().isEmpty());
    }

    void flagsARowWithTheKeyboard()
    {
        testing::AuthWorld w;
        const qint64 boots = testing::insert(
            *w.db, testing::product(QStringLiteral("B-1"), QStringLiteral("Trail Boots"),
                                    QStringLiteral("Outdoors"), QStringLiteral("Peak"), 8900));
        const qint64 tent = testing::insert(
            *w.db, testing::product(QStringLiteral("T-1"), QStringLiteral("Dome Tent"),
                                    QStringLiteral("Outdoors"), QStringLiteral("Peak"), 19900));
        shop::ShopperService shopper(*w.db, *w.auth);
        auto s = w.signUp(QStringLiteral("ann@example.org"));
        const qint64 ann = w.idOf(QStringLiteral("ann@example.org"));
        QVERIFY(shopper.rate(s, boots, 5).ok());
        w.advance(60);
        QVERIFY(shopper.addToCart(s, tent).ok());

        ui::RecommendationDataDialog dialog(shopper, s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *table = dialog.table();
        QTRY_VERIFY(!dialog.isLoading());
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Dome Tent")); // newest first
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Rated 5★"));
        QCOMPARE(table->item(1, ui::RecommendationDataDialog::kExcludedColumn)->checkState(),
                 Qt::Unchecked);

        QSignalSpy changed(&shopper, &shop::ShopperService::recommendationDataChanged);
        table->setFocus();
        table->setCurrentCell(1, ui::RecommendationDataDialog::kExcludedColumn);
        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY(dialog.isLoading()); // written on a worker
        QTRY_COMPARE(changed.size(), 1);
        QTRY_VERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Trail Boots")));
        QVERIFY(storage::RatingRepository(*w.db).usableByUser(ann)->empty());
        // The table is rebuilt from core and shows the stored flag.
        QTRY_COMPARE(table->item(1, ui::RecommendationDataDialog::kExcludedColumn)->checkState(),
                     Qt::Checked);

        QTRY_VERIFY(!dialog.isLoading());
        QSignalSpy loaded(&dialog, &ui::RecommendationDataDialog::loaded);
        table->setCurrentCell(1, ui::RecommendationDataDialog::kExcludedColumn);
        QTest::keyClick(table, Qt::Key_Space);
        QTRY_COMPARE(storage::RatingRepository(*w.db).usableByUser(ann)->size(), size_t(1));
        // The re-read it triggers uses `shopper`: let it finish before the world goes (the
        // dialog, which goes first, does not wait for its workers).
        QTRY_VERIFY(!loaded.isEmpty() && !dialog.isLoading());
        ui::backgroundPool()->waitForDone();
    }

    void showsTheRowsOnceLoaded()
    {
        testing::AuthWorld w;
        const qint64 tent = testing::insert(
            *w.db, testing::product(QStringLiteral("T-1"), QStringLiteral("Dome Tent"),
                                    QStringLiteral("Outdoors"), QStringLiteral("Peak"), 19900));
        shop::ShopperService shopper(*w.db, *w.auth);
        auto s = w.signUp(QStringLiteral("ann@example.org"));
        QVERIFY(shopper.rate(s, tent, 4).ok());

        ui::RecommendationDataDialog dialog(shopper, s);
        QSignalSpy loaded(&dialog, &ui::RecommendationDataDialog::loaded);
        // Nothing is read on the GUI thread: the dialog opens empty, busy and disabled.
        QVERIFY(dialog.isLoading());
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(!dialog.table()->isEnabled());
        QVERIFY(!dialog.busyIndicator()->isHidden());
        QVERIFY(loaded.wait());
        QVERIFY(!dialog.isLoading());
        QVERIFY(dialog.busyIndicator()->isHidden());
        QVERIFY(dialog.table()->isEnabled());
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("Rated 4★"));
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("Dome Tent"));
        QVERIFY(dialog.statusLabel()->text().isEmpty());
    }

    void closingWhileLoadingIsSafe()
    {
        testing::AuthWorld w;
        shop::ShopperService shopper(*w.db, *w.auth);
        auto s = w.signUp(QStringLiteral("ann@example.org"));
        testing::closeWhileLoading(new ui::RecommendationDataDialog(shopper, s));
        QVERIFY(shopper.recommendationData(s).ok());
    }

    void endedSessionShowsCoresMessage()
    {
        testing::AuthWorld w;
        shop::ShopperService shopper(*w.db, *w.auth);
        auto s = w.signUp(QStringLiteral("ann@example.org"));
        QVERIFY(w.auth->logOut(s).ok());
        ui::RecommendationDataDialog dialog(shopper, s);
        QSignalSpy loaded(&dialog, &ui::RecommendationDataDialog::loaded);
        QVERIFY(loaded.wait());
        QVERIFY(!dialog.table()->isEnabled());
        QCOMPARE(dialog.statusLabel()->text(), auth::AuthService::kSessionEnded);
    }
};

QTEST_MAIN(TestRecommendationDataDialog)
#include "tst_recommendationdatadialog.moc"
