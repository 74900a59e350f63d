#include "auth/authservice.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/usersdialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <algorithm>

using namespace storefront;

/// The admin's account manager through the real widgets; the rules stay in AuthService.
class TestUsersDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusedWithoutManageUsers();
    void adminFindsAnAccountAndChangesItsRole();
    void lastAdministratorKeepsTheRole();

private:
    struct World
    {
        QTemporaryDir dir;
        std::unique_ptr<storage::Database> db = testing::openDatabase(dir);
        std::unique_ptr<ui::MainWindow> window;
        auth::Session admin;
        qint64 shopperId = 0;
        World()
        {
            ui::AccountOptions options;
            options.limits = auth::HashLimits::minimum();
            options.restoreSession = false;
            window =
                std::make_unique<ui::MainWindow>(*db, catalog::MediaLocator({dir.path()}), options);
            auth::AuthService &auth = window->authService();
            const QString password = QStringLiteral("owner's long secret");
            if (!auth.createFirstAdmin(QStringLiteral("owner@example.org"), QStringLiteral("Owner"),
                                       password))
                return;
            admin = *auth.logIn(QStringLiteral("owner@example.org"), password);
            for (const char *name : {"ann", "bob", "cat"}) {
                auto s = auth.signUp(QStringLiteral("%1@example.org").arg(QLatin1String(name)),
                                     QString::fromLatin1(name), QStringLiteral("plum orchard 77"));
                if (s && QLatin1String(name) == QLatin1String("bob"))
                    shopperId = auth.currentUser(*s)->id;
            }
        }
    };

    static int rowOf(ui::UsersDialog &dialog, const QString &email)
    {
        QAbstractItemModel *model = dialog.table()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() == email)
                return r;
        }
        return -1;
    }
};

void TestUsersDialog::refusedWithoutManageUsers()
{
    World world;
    world.window->show();
    // The window starts as a guest: no Admin menu, and the route itself is refused.
    QVERIFY(!world.window->adminMenu()->menuAction()->isVisible());
    QVERIFY(world.window->openUsers() == nullptr);

    // A shopper session handed straight to the dialog sees core's refusal, not the list.
    auto shopper = world.window->authService().logIn(QStringLiteral("ann@example.org"),
                                                     QStringLiteral("plum orchard 77"));
    QVERIFY(shopper.ok());
    ui::UsersDialog dialog(world.window->authService(), *shopper);
    QSignalSpy loaded(&dialog, &ui::UsersDialog::usersLoaded);
    QTRY_VERIFY(
        dialog.statusLabel()->text().contains(QStringLiteral("permission"), Qt::CaseInsensitive) ||
        dialog.statusLabel()->text().contains(QStringLiteral("not allowed"), Qt::CaseInsensitive));
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(dialog.table()->model()->rowCount(), 0);
}

void TestUsersDialog::adminFindsAnAccountAndChangesItsRole()
{
    World world;
    QVERIFY(world.shopperId != 0);
    ui::UsersDialog dialog(world.window->authService(), world.admin);
    dialog.show();
    QSignalSpy loaded(&dialog, &ui::UsersDialog::usersLoaded);
    QVERIFY(loaded.wait());
    QCOMPARE(dialog.visibleRows(), 4);

    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("BOB"));
    QCOMPARE(dialog.visibleRows(), 1);
    QVERIFY(!dialog.applyButton()->isEnabled()); // nothing selected yet

    const int row = rowOf(dialog, QStringLiteral("bob@example.org"));
    QCOMPARE(row, 0);
    const QRect cell = dialog.table()->visualRect(dialog.table()->model()->index(row, 0));
    QTest::mouseClick(dialog.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(!dialog.applyButton()->isEnabled()); // already a shopper
    dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findText(QStringLiteral("Staff")));
    QVERIFY(dialog.applyButton()->isEnabled());

    QSignalSpy changed(&dialog, &ui::UsersDialog::roleChanged);
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QVERIFY(!dialog.applyButton()->isEnabled()); // while core writes it, off the GUI thread
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), world.shopperId);
    QTRY_COMPARE(loaded.count(), 2); // the list is read again
    QCOMPARE(dialog.table()->model()->index(0, 2).data().toString(), QStringLiteral("Staff"));

    // Stored, and audited by core.
    auto users = world.window->authService().listUsers(world.admin);
    QVERIFY(users.ok());
    bool staff = false;
    for (const auto &u : *users)
        staff = staff || (u.id == world.shopperId && u.role == auth::Role::Staff);
    QVERIFY(staff);
    auto audit = world.window->authService().auditLog(world.admin, 10);
    QVERIFY(audit.ok());
    QVERIFY(std::any_of(audit->begin(), audit->end(), [&](const storage::AuditEntry &e) {
        return e.action == QLatin1String("role_changed") && e.subjectUserId == world.shopperId;
    }));
}

void TestUsersDialog::lastAdministratorKeepsTheRole()
{
    World world;
    ui::UsersDialog dialog(world.window->authService(), world.admin);
    QSignalSpy loaded(&dialog, &ui::UsersDialog::usersLoaded);
    QVERIFY(loaded.wait());
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("owner@"));
    QCOMPARE(dialog.visibleRows(), 1);
    dialog.table()->selectRow(0);
    dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findText(QStringLiteral("Shopper")));
    QSignalSpy changed(&dialog, &ui::UsersDialog::roleChanged);
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog.statusLabel()->text(),
                 QStringLiteral("The last administrator cannot lose the admin role."));
    QCOMPARE(changed.count(), 0);
    QVERIFY(dialog.applyButton()->isEnabled()); // the choice is still there to correct
}

QTEST_MAIN(TestUsersDialog)
#include "tst_usersdialog.moc"
