// The onboarding dialog reads the categories on a worker, shows them once loaded, and saves
// the shopper's picks.

#include "auth/authtestsupport.h"
#include "auth/profileservice.h"
#include "loadingdialog.h"
#include "ui/busyindicator.h"
#include "ui/onboardingdialog.h"

#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace storefront;

class TestOnboardingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheCategoriesOnceLoadedAndSavesPicks();
    void closingWhileLoadingIsSafe();
};

void TestOnboardingDialog::showsTheCategoriesOnceLoadedAndSavesPicks()
{
    testing::AuthWorld w;
    testing::insert(*w.db, testing::product(QStringLiteral("B-1"), QStringLiteral("Novel"),
                                            QStringLiteral("Books > Novels"),
                                            QStringLiteral("Acme"), 1200));
    testing::insert(*w.db, testing::product(QStringLiteral("O-1"), QStringLiteral("Tent"),
                                            QStringLiteral("Outdoor > Camping"),
                                            QStringLiteral("Acme"), 9900));
    auth::ProfileService profiles(*w.db, *w.auth);
    auto s = w.signUp(QStringLiteral("ann@example.org"));

    ui::OnboardingDialog dialog(profiles, s);
    QSignalSpy loaded(&dialog, &ui::OnboardingDialog::loaded);
    dialog.show();
    // Nothing is read on the GUI thread: no categories yet, nothing to save, busy.
    QVERIFY(dialog.isLoading());
    QCOMPARE(dialog.categories()->count(), 0);
    QVERIFY(!dialog.categories()->isEnabled());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.busyIndicator()->isVisible());
    QVERIFY(loaded.wait());
    QVERIFY(!dialog.isLoading());
    QVERIFY(dialog.busyIndicator()->isHidden());
    QVERIFY(dialog.saveButton()->isEnabled());
    QStringList names;
    for (int i = 0; i < dialog.categories()->count(); ++i)
        names << dialog.categories()->item(i)->text();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Books"), QStringLiteral("Outdoor")}));

    QListWidgetItem *pick = dialog.categories()->item(0);
    pick->setCheckState(Qt::Checked);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(!dialog.saveButton()->isEnabled()); // written off the GUI thread
    QVERIFY(accepted.wait());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto profile = profiles.profile(s);
    QVERIFY(profile.ok());
    QCOMPARE(profile->favouriteCategoryIds, QList<qint64>{pick->data(Qt::UserRole).toLongLong()});
    QVERIFY(profile->onboarded);
}

void TestOnboardingDialog::closingWhileLoadingIsSafe()
{
    testing::AuthWorld w;
    auth::ProfileService profiles(*w.db, *w.auth);
    auto s = w.signUp(QStringLiteral("ann@example.org"));
    testing::closeWhileLoading(new ui::OnboardingDialog(profiles, s));
    QVERIFY(profiles.topLevelCategories().ok());
}

QTEST_MAIN(TestOnboardingDialog)
#include "tst_onboardingdialog.moc"
