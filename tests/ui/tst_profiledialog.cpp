// The profile dialog reads the profile on a worker and shows it once loaded; password checks
// (Argon2id) run on a worker too, with the dialog busy meanwhile.

#include "auth/authtestsupport.h"
#include "auth/profileservice.h"
#include "loadingdialog.h"
#include "ui/busyindicator.h"
#include "ui/profiledialog.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace storefront;

namespace {

struct World : testing::AuthWorld
{
    World()
    {
        books = testing::insert(
            *db, testing::product(QStringLiteral("B-1"), QStringLiteral("Novel"),
                                  QStringLiteral("Books > Novels"), QStringLiteral("Acme"), 1200));
        testing::insert(*db, testing::product(QStringLiteral("O-1"), QStringLiteral("Tent"),
                                              QStringLiteral("Outdoor > Camping"),
                                              QStringLiteral("Acme"), 9900));
        profiles = std::make_unique<auth::ProfileService>(*db, *auth);
    }

    /// The id of the top-level category called `name`.
    qint64 topLevel(const QString &name) const
    {
        for (const catalog::Category &c : *profiles->topLevelCategories())
            if (c.name == name)
                return c.id;
        return 0;
    }

    qint64 books = 0;
    std::unique_ptr<auth::ProfileService> profiles;
};

} // namespace

class TestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheProfileOnceLoaded();
    void passwordCheckKeepsTheDialogBusy();
    void closingWhileLoadingIsSafe();
};

void TestProfileDialog::showsTheProfileOnceLoaded()
{
    World w;
    auto s = w.signUp(QStringLiteral("ann@example.org"));
    const qint64 books = w.topLevel(QStringLiteral("Books"));
    QVERIFY(books > 0);
    QVERIFY(w.profiles->setFavouriteCategories(s, {books}).ok());
    QVERIFY(w.profiles->setPriceRange(s, 1500, 12000).ok());

    ui::ProfileDialog dialog(*w.auth, *w.profiles, s);
    QSignalSpy loaded(&dialog, &ui::ProfileDialog::loaded);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("displayName"));
    auto *favourites = dialog.findChild<QListWidget *>(QStringLiteral("favouriteCategories"));
    // Nothing is read on the GUI thread: the form opens empty, disabled and busy.
    QVERIFY(dialog.isLoading());
    QVERIFY(name->text().isEmpty());
    QVERIFY(!name->isEnabled());
    QVERIFY(!dialog.busyIndicator()->isHidden());
    QVERIFY(loaded.wait());
    QVERIFY(!dialog.isLoading());
    QVERIFY(dialog.busyIndicator()->isHidden());
    QVERIFY(name->isEnabled());
    QCOMPARE(name->text(), QStringLiteral("Test Person"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("email"))->text(),
             QStringLiteral("ann@example.org"));
    QCOMPARE(favourites->count(), 2);
    for (int i = 0; i < favourites->count(); ++i)
        QCOMPARE(favourites->item(i)->checkState() == Qt::Checked,
                 favourites->item(i)->data(Qt::UserRole).toLongLong() == books);
    QCOMPARE(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("minPrice"))->value(), 15.0);
    QCOMPARE(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("maxPrice"))->value(), 120.0);
    QVERIFY(dialog.statusLabel()->text().isEmpty());
}

void TestProfileDialog::passwordCheckKeepsTheDialogBusy()
{
    World w;
    auto s = w.signUp(QStringLiteral("ann@example.org"));
    ui::ProfileDialog dialog(*w.auth, *w.profiles, s);
    dialog.show();
    QTRY_VERIFY(!dialog.isLoading());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("currentPassword")),
                     QStringLiteral("not my password"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("newPassword")),
                     QStringLiteral("another good secret"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmPassword")),
                     QStringLiteral("another good secret"));
    auto *change = dialog.findChild<QPushButton *>(QStringLiteral("changePassword"));
    QTest::mouseClick(change, Qt::LeftButton);
    // Argon2id runs on a worker: the dialog is busy and a second click does nothing.
    QVERIFY(!dialog.isEnabled());
    QVERIFY(dialog.busyIndicator()->isVisible());
    QTest::mouseClick(change, Qt::LeftButton);
    QTRY_COMPARE(dialog.statusLabel()->text(),
                 QStringLiteral("The current password is not correct."));
    QVERIFY(dialog.isEnabled());
    QVERIFY(dialog.busyIndicator()->isHidden());
    QVERIFY(w.auth->check(s).ok()); // nothing changed: the session lives on
    QCOMPARE(w.count(QStringLiteral("audit_log WHERE action = 'log_in_failed'")), qint64(1));
}

void TestProfileDialog::closingWhileLoadingIsSafe()
{
    World w;
    auto s = w.signUp(QStringLiteral("ann@example.org"));
    testing::closeWhileLoading(new ui::ProfileDialog(*w.auth, *w.profiles, s));
    QVERIFY(w.profiles->profile(s).ok());
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
