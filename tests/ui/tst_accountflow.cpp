#include "auth/authservice.h"
#include "auth/profileservice.h"
#include "logindriver.h"
#include "testsupport.h"
#include "ui/async.h"
#include "ui/catalogpage.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/onboardingdialog.h"
#include "ui/passwordrulesview.h"
#include "ui/profiledialog.h"
#include "ui/signupdialog.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QDataStream>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QMutex>
#include <QPointer>
#include <QPointingDevice>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTouchEvent>
#include <QWheelEvent>

#include <algorithm>

#include <sys/stat.h>

using namespace storefront;
using ui::MainWindow;

/// The account flow through the real widgets: sign up (seeing the policy refuse a weak
/// password), pick favourites, log out, log in (after a wrong password), edit the profile.
class TestAccountFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signsUpLogsOutAndBackIn();
    void createsFirstAdministratorFromTheMenu();
    void profileChangesNameAndExportsData();
    void keepSignedInSurvivesRestart();
    void idleSessionEndsAlthoughTheWindowPolls();
    void inputOfEveryKindTheKioskCountsIsUse_data();
    void inputOfEveryKindTheKioskCountsIsUse();
    void tokenIsNeverWrittenToAReadableFile();
    void storageErrorInThePollKeepsTheSession();
    void toolsFollowARoleChangeThroughThePoll();
    void renewingTheGuestSessionSaysNothing();
    void profileOfAnEndedSessionDoesNotOpen();

private:
    struct World
    {
        QTemporaryDir dir;
        std::unique_ptr<storage::Database> db = testing::openDatabase(dir);
        std::unique_ptr<MainWindow> window;
        explicit World(const std::function<void(ui::AccountOptions &)> &adjust = {})
        {
            testing::insert(*db, testing::product(QStringLiteral("B-1"), QStringLiteral("Novel"),
                                                  QStringLiteral("Books > Novels"),
                                                  QStringLiteral("Acme"), 1200));
            testing::insert(*db, testing::product(QStringLiteral("O-1"), QStringLiteral("Tent"),
                                                  QStringLiteral("Outdoor > Camping"),
                                                  QStringLiteral("Acme"), 9900));
            ui::AccountOptions options;
            options.limits = auth::HashLimits::minimum();
            options.restoreSession = false;
            if (adjust)
                adjust(options);
            window =
                std::make_unique<MainWindow>(*db, catalog::MediaLocator({dir.path()}), options);
            window->show();
        }
    };

    template <typename T> static T *waitForDialog(QWidget *parent)
    {
        T *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                const auto all = parent->findChildren<T *>();
                for (T *d : all) {
                    if (d->isVisible())
                        dialog = d;
                }
                return dialog != nullptr;
            }))
            return nullptr;
        return dialog;
    }

    static void signUp(MainWindow &w, const QString &email, const QString &password);
    /// An account made in core, then signed in through the log-in dialog.
    static void signedIn(MainWindow &w, const QString &email, const QString &name,
                         const QString &password)
    {
        QVERIFY(w.authService().signUp(email, name, password).ok());
        testing::logInWithTheDialog(w, email, password);
        QVERIFY(!w.session().isGuest());
    }
    /// A clock the test moves by hand, and a poll every `pollMs`.
    static std::function<void(ui::AccountOptions &)>
    handClock(const std::shared_ptr<std::atomic<qint64>> &now, int pollMs)
    {
        return [now, pollMs](ui::AccountOptions &o) {
            o.clock = [now] { return now->load(); };
            o.sessionCheckIntervalMs = pollMs;
        };
    }
};

void TestAccountFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StorefrontTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accountflow"));
    QSettings().clear();
}

void TestAccountFlow::signUp(MainWindow &w, const QString &email, const QString &password)
{
    w.signUpAction()->trigger();
    auto *dialog = waitForDialog<ui::SignUpDialog>(&w);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->emailEdit(), email);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("New Shopper"));
    QTest::keyClicks(dialog->passwordEdit(), password);
    QTest::keyClicks(dialog->confirmEdit(), password);
    QVERIFY(dialog->createButton()->isEnabled());
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
}

void TestAccountFlow::signsUpLogsOutAndBackIn()
{
    World world;
    MainWindow &w = *world.window;
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.session().isGuest());
    QCOMPARE(w.accountLabel()->text(), QStringLiteral("Browsing as a guest"));
    QVERIFY(w.signUpAction()->isVisible());
    QVERIFY(!w.logOutAction()->isVisible());

    w.signUpAction()->trigger();
    QPointer<ui::SignUpDialog> dialog = waitForDialog<ui::SignUpDialog>(&w);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->emailEdit(), QStringLiteral("new.shopper@example.org"));
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("New Shopper"));

    // A common password: the inline rules say which rule fails, and Create stays disabled.
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("qwertyuiop"));
    QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("qwertyuiop"));
    QVERIFY(!dialog->rules()->allMet());
    const QStringList weak = dialog->rules()->lines();
    QVERIFY2(weak.filter(QStringLiteral("most common passwords"))
                 .value(0)
                 .endsWith(QStringLiteral("not met")),
             qPrintable(weak.join(QLatin1Char('\n'))));
    QVERIFY(weak.filter(QStringLiteral("at least 10 characters"))
                .value(0)
                .endsWith(QStringLiteral(": met")));
    QVERIFY(!dialog->createButton()->isEnabled());

    // A common word with digits added, a repeat and a run: each told why, inline.
    const QList<std::pair<QString, QString>> guessable = {
        {QStringLiteral("password123"), QStringLiteral("look-alike characters added")},
        {QStringLiteral("abcabcabca"), QStringLiteral("short pattern")},
        {QStringLiteral("0987654321"), QStringLiteral("run of neighbouring keys")}};
    for (const auto &[password, why] : guessable) {
        dialog->passwordEdit()->clear();
        dialog->confirmEdit()->clear();
        QTest::keyClicks(dialog->passwordEdit(), password);
        QTest::keyClicks(dialog->confirmEdit(), password);
        const QStringList lines = dialog->rules()->lines();
        QVERIFY2(lines.filter(why).value(0).endsWith(QStringLiteral("not met")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(!dialog->createButton()->isEnabled());
    }

    // Too short now.
    dialog->passwordEdit()->clear();
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("short"));
    QVERIFY(dialog->rules()
                ->lines()
                .filter(QStringLiteral("at least 10 characters"))
                .value(0)
                .endsWith(QStringLiteral("not met")));

    // A good one (typed twice) enables Create.
    const QString password = QStringLiteral("plum orchard 77");
    dialog->passwordEdit()->clear();
    dialog->confirmEdit()->clear();
    QTest::keyClicks(dialog->passwordEdit(), password);
    QVERIFY(!dialog->createButton()->isEnabled()); // not repeated yet
    QTest::keyClicks(dialog->confirmEdit(), password);
    QVERIFY(dialog->rules()->allMet());
    QVERIFY(dialog->createButton()->isEnabled());
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull()); // accepted and closed
    QVERIFY(!w.session().isGuest());
    QVERIFY(w.accountLabel()->text().contains(QStringLiteral("New Shopper")));
    QVERIFY(w.logOutAction()->isVisible());
    QVERIFY(!w.logInAction()->isVisible());

    // A new shopper is asked for favourite categories.
    QPointer<ui::OnboardingDialog> onboarding = waitForDialog<ui::OnboardingDialog>(&w);
    QVERIFY(onboarding);
    QTRY_COMPARE(onboarding->categories()->count(), 2); // read on a worker
    onboarding->categories()->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(onboarding->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
    QTRY_VERIFY(onboarding.isNull());
    QCOMPARE(w.profileService().profile(w.session())->favouriteCategoryIds.size(), 1);

    // Log out: back to a guest.
    const auth::Session before = w.session();
    w.logOutAction()->trigger();
    QVERIFY(w.session().isGuest());
    QCOMPARE(w.accountLabel()->text(), QStringLiteral("Browsing as a guest"));
    QVERIFY(!w.authService().check(before).ok());

    // Log in: a wrong password first, then the right one.
    w.logInAction()->trigger();
    QPointer<ui::LoginDialog> login = waitForDialog<ui::LoginDialog>(&w);
    QVERIFY(login);
    QTest::keyClicks(login->emailEdit(), QStringLiteral("NEW.shopper@example.org"));
    QTest::keyClicks(login->passwordEdit(), QStringLiteral("not my password"));
    QTest::mouseClick(login->logInButton(), Qt::LeftButton);
    QTRY_COMPARE(login->errorLabel()->text(), auth::AuthService::kBadCredentials);
    QVERIFY(login->isVisible());
    QVERIFY(login->passwordEdit()->text().isEmpty());
    QTest::keyClicks(login->passwordEdit(), password);
    QTest::mouseClick(login->logInButton(), Qt::LeftButton);
    QTRY_VERIFY(login.isNull());
    QVERIFY(!w.session().isGuest());
    QCOMPARE(w.session().email(), QStringLiteral("new.shopper@example.org"));
    QVERIFY(w.accountLabel()->text().contains(QStringLiteral("New Shopper")));
    // Onboarded already: not asked again.
    QTest::qWait(50);
    for (const auto *d : w.findChildren<ui::OnboardingDialog *>())
        QVERIFY(!d->isVisible());
}

void TestAccountFlow::createsFirstAdministratorFromTheMenu()
{
    World world;
    MainWindow &w = *world.window;
    QVERIFY(w.createAdminAction()->isVisible()); // no admin yet: offered, never forced
    QVERIFY(w.findChildren<ui::SignUpDialog *>().isEmpty());
    w.createAdminAction()->trigger();
    QPointer<ui::SignUpDialog> dialog = waitForDialog<ui::SignUpDialog>(&w);
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("firstAdminDialog"));
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("keepSignedIn"))->isVisible());
    QTest::keyClicks(dialog->emailEdit(), QStringLiteral("owner@example.org"));
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Owner"));
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("owner's long secret"));
    QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("owner's long secret"));
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(w.authService().check(w.session())->role, auth::Role::Admin);
    QVERIFY(!w.createAdminAction()->isVisible());
    QVERIFY(w.accountLabel()->text().contains(QStringLiteral("admin")));
}

void TestAccountFlow::profileChangesNameAndExportsData()
{
    World world;
    MainWindow &w = *world.window;
    signUp(w, QStringLiteral("profile@example.org"), QStringLiteral("plum orchard 77"));
    QTRY_VERIFY(!w.session().isGuest());
    if (auto *onboarding = waitForDialog<ui::OnboardingDialog>(&w))
        QTest::mouseClick(onboarding->findChild<QPushButton *>(QStringLiteral("skip")),
                          Qt::LeftButton);

    w.profileAction()->trigger();
    QPointer<ui::ProfileDialog> profile = waitForDialog<ui::ProfileDialog>(&w);
    QVERIFY(profile);
    auto *name = profile->findChild<QLineEdit *>(QStringLiteral("displayName"));
    QTRY_COMPARE(name->text(), QStringLiteral("New Shopper")); // read on a worker
    QVERIFY(!profile->isLoading());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Renamed Shopper"));
    QTest::mouseClick(profile->findChild<QPushButton *>(QStringLiteral("saveName")),
                      Qt::LeftButton);
    QVERIFY(!profile->isEnabled()); // busy while it is written off the GUI thread
    QTRY_COMPARE(profile->statusLabel()->text(), QStringLiteral("Display name saved."));
    QCOMPARE(w.profileService().profile(w.session())->displayName,
             QStringLiteral("Renamed Shopper"));

    // A wrong current password is refused and says so.
    QTest::keyClicks(profile->findChild<QLineEdit *>(QStringLiteral("currentPassword")),
                     QStringLiteral("wrong one!"));
    QTest::keyClicks(profile->findChild<QLineEdit *>(QStringLiteral("newPassword")),
                     QStringLiteral("another good secret"));
    QTest::keyClicks(profile->findChild<QLineEdit *>(QStringLiteral("confirmPassword")),
                     QStringLiteral("another good secret"));
    QTest::mouseClick(profile->findChild<QPushButton *>(QStringLiteral("changePassword")),
                      Qt::LeftButton);
    // Argon2id runs off the GUI thread: the answer arrives asynchronously.
    QTRY_COMPARE(profile->statusLabel()->text(),
                 QStringLiteral("The current password is not correct."));
    QVERIFY(w.authService().check(w.session()).ok());

    // "Show my data" writes the JSON export.
    const QString path = world.dir.filePath(QStringLiteral("me.json"));
    QVERIFY(profile->exportTo(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("profile")).toObject().value(QStringLiteral("display_name")),
             QStringLiteral("Renamed Shopper"));

    // Every control has an accessible name.
    for (QWidget *widget : profile->findChildren<QWidget *>()) {
        if (widget->objectName().startsWith(QLatin1String("qt_")))
            continue; // Qt's own parts (a spin box's editor): the spin box has the name
        if (qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QLineEdit *>(widget) ||
            qobject_cast<QPushButton *>(widget) || qobject_cast<QListWidget *>(widget))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    profile->reject();
}

void TestAccountFlow::keepSignedInSurvivesRestart()
{
    World world;
    const QString password = QStringLiteral("plum orchard 77");
    QVERIFY(world.window->authService()
                .signUp(QStringLiteral("keeper@example.org"), QStringLiteral("Keeper"), password)
                .ok());
    world.window->logOutAction()->trigger();
    testing::logInWithTheDialog(*world.window, QStringLiteral("keeper@example.org"), password,
                                true);
    QVERIFY(world.window->session().keepSignedIn());

    // Only the token is in the settings, in a file only its owner may read.
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("account/sessionToken")).toString(),
             world.window->session().tokenText());
    QCOMPARE(QFile::permissions(settings.fileName()) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());

    // "Restart": a new window resumes the session from the settings.
    world.window.reset();
    ui::AccountOptions options;
    options.limits = auth::HashLimits::minimum();
    MainWindow again(*world.db, catalog::MediaLocator({world.dir.path()}), options);
    QVERIFY(!again.session().isGuest());
    QCOMPARE(again.session().email(), QStringLiteral("keeper@example.org"));
    again.logOutAction()->trigger();
    QVERIFY(!QSettings().contains(QStringLiteral("account/sessionToken")));
}

void TestAccountFlow::toolsFollowARoleChangeThroughThePoll()
{
    // An administrator changes the role of a signed-in account elsewhere: its window learns
    // it from the poll (off the GUI thread) and shows or hides the tools accordingly.
    World world([](ui::AccountOptions &o) { o.sessionCheckIntervalMs = 20; });
    MainWindow &w = *world.window;
    auth::AuthService &auth = w.authService();
    const QString password = QStringLiteral("plum orchard 77");
    QVERIFY(auth.createFirstAdmin(QStringLiteral("root@example.org"), QStringLiteral("Root"),
                                  password));
    auto admin = auth.logIn(QStringLiteral("root@example.org"), password);
    QVERIFY(admin);
    auto clerk =
        auth.signUp(QStringLiteral("clerk@example.org"), QStringLiteral("Clerk"), password);
    QVERIFY(clerk);
    const qint64 clerkId = clerk->userId();
    QVERIFY(auth.setRole(*admin, clerkId, auth::Role::Staff).ok());

    testing::logInWithTheDialog(w, QStringLiteral("clerk@example.org"), password);
    QCOMPARE(w.shopperId(), clerkId);
    QVERIFY(w.staffMenu()->menuAction()->isVisible());
    QVERIFY(w.editCatalogAction()->isVisible());
    QVERIFY(w.accountLabel()->text().contains(auth::roleTitle(auth::Role::Staff)));

    QVERIFY(auth.setRole(*admin, clerkId, auth::Role::Shopper).ok());
    QTRY_VERIFY(!w.staffMenu()->menuAction()->isVisible());
    QVERIFY(!w.editCatalogAction()->isVisible());
    QVERIFY(w.accountLabel()->text().contains(auth::roleTitle(auth::Role::Shopper)));
    QVERIFY(!w.session().isGuest()); // the same session goes on

    QVERIFY(auth.setRole(*admin, clerkId, auth::Role::Admin).ok());
    QTRY_VERIFY(w.adminMenu()->menuAction()->isVisible());
    QVERIFY(w.staffMenu()->menuAction()->isVisible());
    QVERIFY(w.auditLogAction()->isVisible());
}

void TestAccountFlow::profileOfAnEndedSessionDoesNotOpen()
{
    World world;
    MainWindow &w = *world.window;
    const QString email = QStringLiteral("ended@example.org");
    const QString password = QStringLiteral("plum orchard 77");
    signedIn(w, email, QStringLiteral("Ended"), password);
    if (QTest::currentTestFailed())
        return;
    // Ended in core (as a password change on another terminal would), unknown to the window.
    QVERIFY(w.authService().logOut(w.session()).ok());

    w.profileAction()->trigger();
    QVERIFY(!w.session().isGuest()); // asked off the GUI thread, not yet answered
    QTRY_VERIFY(w.session().isGuest());
    QCOMPARE(w.statusBar()->currentMessage(),
             QStringLiteral("Your session has ended; you are browsing as a guest."));
    const auto dialogs = w.findChildren<ui::ProfileDialog *>();
    QVERIFY(std::none_of(dialogs.begin(), dialogs.end(),
                         [](const ui::ProfileDialog *d) { return d->isVisible(); }));
}

void TestAccountFlow::renewingTheGuestSessionSaysNothing()
{
    // A kiosk's next visitor: the old session ends in core and a fresh guest goes on, with no
    // message in the status bar: neither the last visitor's nor the hint a log-out gives while
    // the store has no administrator.
    World world;
    MainWindow &w = *world.window;
    QStatusBar *status = w.statusBar();
    const QString email = QStringLiteral("visitor@example.org");
    const QString password = QStringLiteral("plum orchard 77");
    signedIn(w, email, QStringLiteral("Visitor"), password);
    if (QTest::currentTestFailed())
        return;
    const auth::Session visitor = w.session();
    QVERIFY(!visitor.isGuest());
    status->showMessage(QStringLiteral("A word for the last visitor"));

    QVERIFY(w.renewGuestSession().ok());
    QVERIFY(w.session().isGuest());
    QVERIFY(!w.authService().check(visitor).ok()); // ended in core, not only forgotten
    QCOMPARE(status->currentMessage(), QString());
    QCOMPARE(w.accountLabel()->text(), QStringLiteral("Browsing as a guest"));
    const auth::Session guest = w.session();
    QVERIFY(w.renewGuestSession().ok());
    QVERIFY(w.session().isGuest());
    QVERIFY(!(w.session() == guest));
    QVERIFY(!w.authService().check(guest).ok());
    QCOMPARE(status->currentMessage(), QString());

    // Logging out goes the same way and says so.
    testing::logInWithTheDialog(w, email, password);
    w.logOutAction()->trigger();
    QVERIFY(w.session().isGuest());
    QCOMPARE(status->currentMessage(), QStringLiteral("You have logged out."));
}

QTEST_MAIN(TestAccountFlow)
#include "tst_accountflow.moc"

void TestAccountFlow::idleSessionEndsAlthoughTheWindowPolls()
{
    // The window asks core every poll whether the session is on; that question is no use of
    // the session, so an idle window drops to a guest at the idle limit. Input is use.
    auto now = std::make_shared<std::atomic<qint64>>(1'800'000'000);
    const int pollMs = 20;
    World world(handClock(now, pollMs));
    MainWindow &w = *world.window;
    const QString email = QStringLiteral("idle@example.org");
    const QString password = QStringLiteral("plum orchard 77");
    QVERIFY(w.authService().signUp(email, QStringLiteral("Idle"), password).ok());
    const qint64 idle = w.authService().config().idleSecs;
    QSignalSpy checked(&w, &MainWindow::sessionChecked);

    testing::logInWithTheDialog(w, email, password);
    QVERIFY(!w.session().isGuest());
    *now += idle - 60;
    QVERIFY(checked.wait());
    QVERIFY(checked.wait()); // polled while idle ...
    QVERIFY(!w.session().isGuest());
    *now += 60; // ... and the idle limit is reached all the same
    QTRY_VERIFY(w.session().isGuest());
    QCOMPARE(w.accountLabel()->text(), QStringLiteral("Browsing as a guest"));

    // A key press is use: the idle time starts again from it.
    testing::logInWithTheDialog(w, email, password);
    QVERIFY(!w.session().isGuest());
    *now += idle - 60;
    QTest::qWait(2 * pollMs); // input counts at most once per poll interval
    QTest::keyClick(w.catalogPage()->grid(), Qt::Key_Down);
    ui::backgroundPool()->waitForDone();
    *now += idle - 60;
    checked.clear();
    QVERIFY(checked.wait());
    QVERIFY(checked.wait());
    QVERIFY(!w.session().isGuest());
    *now += 60;
    QTRY_VERIFY(w.session().isGuest());
}

namespace {
/// A widget that takes touches, as a touch-scrolled list does (most widgets leave touches to
/// be turned into mouse events).
class TouchPad : public QWidget
{
public:
    explicit TouchPad(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_AcceptTouchEvents);
    }

protected:
    bool event(QEvent *e) override
    {
        if (e->isPointerEvent() && static_cast<QPointerEvent *>(e)->device()->type() ==
                                       QInputDevice::DeviceType::TouchScreen) {
            e->accept();
            return true;
        }
        return QWidget::event(e);
    }
};

/// Sends one input event of `type` to `target`, as the platform would deliver it.
void sendInput(QWidget *target, QEvent::Type type)
{
    static QPointingDevice *touch = QTest::createTouchDevice();
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    const QPointF global = target->mapToGlobal(at);
    switch (type) {
    case QEvent::KeyPress: {
        QKeyEvent e(type, Qt::Key_Shift, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &e);
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        QMouseEvent e(type, at, global, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &e);
        break;
    }
    case QEvent::Wheel: {
        QWheelEvent e(at, global, QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(target, &e);
        break;
    }
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate: {
        const auto state =
            type == QEvent::TouchBegin ? QEventPoint::State::Pressed : QEventPoint::State::Updated;
        QTouchEvent e(type, touch, Qt::NoModifier, {QEventPoint(0, state, at, global)});
        QCoreApplication::sendEvent(target, &e);
        break;
    }
    default:
        QFAIL("no such input in this test");
    }
}
} // namespace

void TestAccountFlow::inputOfEveryKindTheKioskCountsIsUse_data()
{
    QTest::addColumn<QEvent::Type>("type");
    QTest::newRow("key press") << QEvent::KeyPress;
    QTest::newRow("mouse press") << QEvent::MouseButtonPress;
    QTest::newRow("double click") << QEvent::MouseButtonDblClick;
    QTest::newRow("wheel") << QEvent::Wheel;
    QTest::newRow("touch") << QEvent::TouchBegin;
    QTest::newRow("finger moving") << QEvent::TouchUpdate;
}

void TestAccountFlow::inputOfEveryKindTheKioskCountsIsUse()
{
    // The kiosk holds off its reset on the same input: were the session not kept in use by
    // some of it, core would end the session of a visitor the kiosk still serves.
    QFETCH(QEvent::Type, type);
    auto now = std::make_shared<std::atomic<qint64>>(1'800'000'000);
    const int pollMs = 20;
    World world(handClock(now, pollMs));
    MainWindow &w = *world.window;
    auto *pad = new TouchPad(w.centralWidget());
    pad->resize(100, 100);
    pad->show();
    const QString email = QStringLiteral("busy@example.org");
    const QString password = QStringLiteral("plum orchard 77");
    QVERIFY(w.authService().signUp(email, QStringLiteral("Busy"), password).ok());
    const qint64 idle = w.authService().config().idleSecs;
    testing::logInWithTheDialog(w, email, password);
    QVERIFY(!w.session().isGuest());
    if (type == QEvent::TouchUpdate)
        sendInput(pad, QEvent::TouchBegin); // the finger comes down now and moves later

    *now += idle - 60;
    QTest::qWait(2 * pollMs); // input counts at most once per poll interval
    sendInput(pad, type);
    ui::backgroundPool()->waitForDone();
    *now += idle - 60;
    QSignalSpy checked(&w, &MainWindow::sessionChecked);
    QVERIFY(checked.wait());
    QVERIFY(checked.wait());
    QVERIFY(!w.session().isGuest());
    *now += 60;
    QTRY_VERIFY(w.session().isGuest());
}

namespace {
QMutex g_logMutex;
QStringList g_log;
void collectLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log << message;
}
} // namespace

void TestAccountFlow::storageErrorInThePollKeepsTheSession()
{
    // The poll cannot read the sessions (here their table is away; in a store, a database
    // that fails): that says nothing about the session, which stays signed in.
    auto now = std::make_shared<std::atomic<qint64>>(1'800'000'000);
    World world(handClock(now, 20));
    MainWindow &w = *world.window;
    const QString email = QStringLiteral("steady@example.org");
    const QString password = QStringLiteral("plum orchard 77");
    signedIn(w, email, QStringLiteral("Steady"), password);
    if (QTest::currentTestFailed())
        return;

    QSqlQuery q(world.db->connection());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE sessions RENAME TO sessions_away")));
    QSignalSpy checked(&w, &MainWindow::sessionChecked);
    g_log.clear();
    const auto previous = qInstallMessageHandler(collectLog);
    const bool polled = checked.wait() && checked.wait();
    qInstallMessageHandler(previous);
    QVERIFY(polled);
    QVERIFY(!w.session().isGuest());
    QVERIFY(!w.accountLabel()->text().contains(QLatin1String("guest")));
    QVERIFY(!g_log.filter(QStringLiteral("cannot check the session")).isEmpty());
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(email) && !line.contains(QLatin1String("Steady")),
                 qPrintable(line));

    // Once the database answers again, the session ends at its idle limit as ever.
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE sessions_away RENAME TO sessions")));
    *now += w.authService().config().idleSecs;
    QTRY_VERIFY(w.session().isGuest());
}

namespace {
/// The permissions of the file each settings write that held the session token went to.
QList<QFile::Permissions> g_tokenWrites;

bool readSettings(QIODevice &device, QSettings::SettingsMap &map)
{
    if (device.atEnd())
        return true;
    QDataStream in(&device);
    in >> map;
    return in.status() == QDataStream::Ok;
}

bool writeSettings(QIODevice &device, const QSettings::SettingsMap &map)
{
    if (map.contains(QStringLiteral("account/sessionToken"))) {
        auto *file = qobject_cast<QFileDevice *>(&device);
        g_tokenWrites << (file ? file->permissions() & testing::kAllPermissions
                               : testing::kAllPermissions);
    }
    QDataStream out(&device);
    out << map;
    return out.status() == QDataStream::Ok;
}
} // namespace

void TestAccountFlow::tokenIsNeverWrittenToAReadableFile()
{
    // A settings format of our own sees each write as it happens: the file the token goes
    // to must already be owner-only then, not only after the write (on a first run with the
    // usual umask, a new settings file would otherwise be readable by all for a while).
    const QSettings::Format format =
        QSettings::registerFormat(QStringLiteral("tokentest"), readSettings, writeSettings);
    QVERIFY(format != QSettings::InvalidFormat);
    QSettings::setDefaultFormat(format);
    const mode_t umaskBefore = ::umask(022);
    auto restore = qScopeGuard([umaskBefore] {
        QSettings::setDefaultFormat(QSettings::NativeFormat);
        ::umask(umaskBefore);
    });
    QFile::remove(QSettings().fileName()); // a first run: no settings file yet
    g_tokenWrites.clear();

    World world;
    const QString password = QStringLiteral("plum orchard 77");
    QVERIFY(world.window->authService()
                .signUp(QStringLiteral("private@example.org"), QStringLiteral("Private"), password)
                .ok());
    testing::logInWithTheDialog(*world.window, QStringLiteral("private@example.org"), password,
                                true);
    QVERIFY(world.window->session().keepSignedIn());
    QVERIFY(!g_tokenWrites.isEmpty());
    for (QFile::Permissions p : std::as_const(g_tokenWrites))
        QCOMPARE(p, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFile::permissions(QSettings().fileName()) & testing::kAllPermissions,
             QFile::ReadOwner | QFile::WriteOwner);
}
