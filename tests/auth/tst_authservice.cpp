#include "auth/authservice.h"
#include "auth/normalisation.h"
#include "authtestsupport.h"
#include "common/handoff.h"
#include "common/logging.h"
#include "storage/auditrepository.h"
#include "storage/eventrepository.h"
#include "storage/ratingrepository.h"
#include "storage/statsrepository.h"
#include "storage/userrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <sodium.h>

#include <atomic>
#include <type_traits>
#include <vector>

using namespace storefront;
using auth::AuthService;
using auth::Role;
using auth::Session;
using testing::AuthWorld;
using testing::kGoodPassword;

class TestAuthService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signUpNormalisesEmailAndSignsIn();
    void signUpRefusesBadInput_data();
    void signUpRefusesBadInput();
    void signUpRefusesTakenEmailInAnyForm();
    void storesSqlMetacharactersAsText();
    void unicodeEquivalentPasswordsLogIn();
    void failedLogInsLookAlikeForUnknownAndKnownEmails();
    void oddLogInInputsFailGenerically_data();
    void oddLogInInputsFailGenerically();
    void backsOffThenLocksOutThenRecovers();
    void throttlesUnknownEmailsExactlyLikeKnownOnes();
    void sessionsEndWhenIdleOrTooOld();
    void peekingDoesNotKeepASessionAlive_data();
    void peekingDoesNotKeepASessionAlive();
    void keepSignedInSurvivesRestartThroughTheTokenOnly();
    void refusesForgedAndMalformedTokens();
    void logOutEndsEverySessionOfTheUser();
    void changePasswordAsksCurrentAndEndsSessions();
    void changePasswordAppliesPolicy();
    void changeEmailAsksPassword();
    void deleteAccountRemovesPersonalData();
    void exportHoldsMyDataAndNoSecrets();
    void staffAndAdminOperationsRefusedToShopperAndGuest_data();
    void staffAndAdminOperationsRefusedToShopperAndGuest();
    void staffMayCurateButNotManageUsers();
    void adminChangesRolesAuditedAndKeepsLastAdmin();
    void oneRoleTypeWithOneNameMapping();
    void concurrentDemotionsKeepAnAdmin();
    void roleChangeAuditsTheRoleItReplaced();
    void concurrentAdminDeletionsKeepAnAdmin();
    void firstAdminIsCreatedOnce();
    void guestRatingsStayInMemory();
    void kioskSessionsAreShortAndNeverKept();
    void auditAndLogsHoldNoSecrets();
    void concurrentLogInsAllSucceed();
    void concurrentFailuresAreAllCounted();
    void concurrentGuessesCannotSkipTheBackOff();
    void rehashesAtLogInWhenLimitsChange();
    void logInAndRehashAreWrittenWithTheirAuditEntries();
};

void TestAuthService::signUpNormalisesEmailAndSignsIn()
{
    AuthWorld w;
    auto s = w.auth->signUp(QStringLiteral("  Ada.Lovelace@Example.ORG "),
                            QStringLiteral("  Ada   Lovelace "), kGoodPassword);
    QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
    QVERIFY(s->isValid());
    QVERIFY(!s->isGuest());
    QCOMPARE(s->role(), Role::Shopper);
    QCOMPARE(s->email(), QStringLiteral("ada.lovelace@example.org"));
    QCOMPARE(s->displayName(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(s->token().size(), 32);
    auto info = w.auth->check(*s);
    QVERIFY(info.ok());
    QCOMPARE(info->email, QStringLiteral("ada.lovelace@example.org"));
    // The session names the account it was issued for (for the GUI; core goes by the token).
    auto user = w.auth->currentUser(*s);
    QVERIFY(user.ok());
    QVERIFY(user->id > 0);
    QCOMPARE(s->userId(), user->id);
    auto again = w.auth->logIn(QStringLiteral("ADA.LOVELACE@example.org"), kGoodPassword);
    QVERIFY(again.ok());
    QCOMPARE(again->userId(), user->id);
    QCOMPARE(w.auth->guest().userId(), qint64(0));
    QCOMPARE(w.count(QStringLiteral("audit_log WHERE action = 'sign_up'")), 1);
}

void TestAuthService::signUpRefusesBadInput_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("where");
    const QString e = QStringLiteral("ok@example.org");
    const QString n = QStringLiteral("Okay");
    const QString p = kGoodPassword;
    const QString big(10 * 1024, QLatin1Char('a'));
    QTest::newRow("empty email") << QString() << n << p << "email";
    QTest::newRow("blank email") << QStringLiteral("   ") << n << p << "email";
    QTest::newRow("no @") << QStringLiteral("example.org") << n << p << "email";
    QTest::newRow("two @") << QStringLiteral("a@b@example.org") << n << p << "email";
    QTest::newRow("space") << QStringLiteral("a b@example.org") << n << p << "email";
    QTest::newRow("10 kB email") << (big + QStringLiteral("@example.org")) << n << p << "email";
    QTest::newRow("non-UTF-8 email")
        << QString::fromUtf8("\xff\xfe@example.org") << n << p << "email";
    QTest::newRow("empty name") << e << QString() << p << "display name";
    QTest::newRow("10 kB name") << e << big << p << "display name";
    QTest::newRow("control in name") << e << QStringLiteral("A\u0001B") << p << "display name";
    QTest::newRow("non-UTF-8 name") << e << QString::fromUtf8("Bad\xc3(") << p << "display name";
    QTest::newRow("empty password") << e << n << QString() << "password";
    QTest::newRow("short password") << e << n << QStringLiteral("short") << "password";
    QTest::newRow("10 kB password") << e << n << big << "password";
    QTest::newRow("common password") << e << n << QStringLiteral("basketball") << "password";
    QTest::newRow("email as password") << e << n << QStringLiteral("OK@example.org") << "password";
    QTest::newRow("non-UTF-8 password")
        << e << n << QString::fromUtf8("abcdefghijk\x80") << "password";
}

void TestAuthService::signUpRefusesBadInput()
{
    QFETCH(QString, email);
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, where);
    AuthWorld w;
    auto s = w.auth->signUp(email, name, password);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().where, where);
    QVERIFY(!s.error().message.isEmpty());
    QCOMPARE(w.count(QStringLiteral("users")), 0);
}

void TestAuthService::signUpRefusesTakenEmailInAnyForm()
{
    AuthWorld w;
    // "Émile" with a precomposed É, then with E + combining acute, in other case.
    w.signUp(QStringLiteral("\u00c9mile@example.org"));
    auto again = w.auth->signUp(QStringLiteral("e\u0301MILE@EXAMPLE.org"), QStringLiteral("Other"),
                                QStringLiteral("another good password"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().where, QStringLiteral("email"));
    QCOMPARE(w.count(QStringLiteral("users")), 1);
    QVERIFY(w.auth->logIn(QStringLiteral("E\u0301mile@example.org"), kGoodPassword).ok());
}

void TestAuthService::storesSqlMetacharactersAsText()
{
    AuthWorld w;
    const QString email = QStringLiteral("robert');drop_table--\"%_*@example.org");
    const QString name = QStringLiteral("Robert'); DROP TABLE users; --");
    const QString password = QStringLiteral("' OR '1'='1' -- ;\"%_");
    auto s = w.auth->signUp(email, name, password);
    QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
    QCOMPARE(s->displayName(), name);
    QVERIFY(w.auth->logIn(email, password).ok());
    QVERIFY(!w.auth->logIn(QStringLiteral("' OR 1=1 --@example.org"), password).ok());
    QVERIFY(!w.auth->logIn(email, QStringLiteral("' OR 1=1 --")).ok());
    QCOMPARE(w.count(QStringLiteral("users")), 1);
}

void TestAuthService::unicodeEquivalentPasswordsLogIn()
{
    AuthWorld w;
    const QString composed = QStringLiteral("cr\u00e8me br\u00fbl\u00e9e 42");
    const QString decomposed = QStringLiteral("cre\u0300me bru\u0302le\u0301e 42");
    w.signUp(QStringLiteral("chef@example.org"), composed);
    QVERIFY(w.auth->logIn(QStringLiteral("chef@example.org"), decomposed).ok());
    QVERIFY(
        !w.auth->logIn(QStringLiteral("chef@example.org"), QStringLiteral("creme brulee 42")).ok());
}

void TestAuthService::failedLogInsLookAlikeForUnknownAndKnownEmails()
{
    AuthWorld w;
    w.signUp(QStringLiteral("known@example.org"));
    // An account without a password (like the demo shoppers) cannot log in either.
    QVERIFY(w.db->transaction([](QSqlDatabase &c) -> Status {
                    storage::User u;
                    u.email = QStringLiteral("nopassword@example.org");
                    u.displayName = QStringLiteral("No Password");
                    auto id = storage::UserRepository::insert(c, u, QString());
                    return id ? Status() : Status(id.error());
                })
                .ok());
    auto wrong = w.auth->logIn(QStringLiteral("known@example.org"), QStringLiteral("wrong pass!"));
    auto unknown = w.auth->logIn(QStringLiteral("nobody@example.org"), kGoodPassword);
    auto noPassword = w.auth->logIn(QStringLiteral("nopassword@example.org"), QString());
    for (const auto *r : {&wrong, &unknown, &noPassword}) {
        QVERIFY(!r->ok());
        QCOMPARE(r->error().message, AuthService::kBadCredentials);
        QCOMPARE(r->error().code, ErrorCode::BadCredentials);
        QCOMPARE(r->error().where, QStringLiteral("password"));
    }
}

void TestAuthService::oddLogInInputsFailGenerically_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    const QString big(10 * 1024, QLatin1Char('z'));
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("10 kB email") << big << kGoodPassword;
    QTest::newRow("10 kB password") << QStringLiteral("user@example.org") << big;
    QTest::newRow("non-UTF-8") << QString::fromUtf8("\xc0\xafuser@example.org")
                               << QString::fromUtf8("\xff\xff\xff");
    QTest::newRow("lone surrogate")
        << (QStringLiteral("user@example.org") + QChar(0xDC00)) << (kGoodPassword + QChar(0xD800));
    QTest::newRow("sql") << QStringLiteral("' OR 1=1; --") << QStringLiteral("' OR ''='");
}

void TestAuthService::oddLogInInputsFailGenerically()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    AuthWorld w;
    w.signUp(QStringLiteral("user@example.org"));
    auto r = w.auth->logIn(email, password);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, AuthService::kBadCredentials);
    QCOMPARE(r.error().code, ErrorCode::BadCredentials);
    QCOMPARE(w.count(QStringLiteral("users")), 1);
    QVERIFY(w.auth->logIn(QStringLiteral("user@example.org"), kGoodPassword).ok());
}

void TestAuthService::backsOffThenLocksOutThenRecovers()
{
    AuthWorld w; // defaults: 3 free failures, 1 s doubling to 60 s, lock at 10 for 15 min
    const QString email = QStringLiteral("target@example.org");
    w.signUp(email);
    const QString wrong = QStringLiteral("not the password");
    for (int i = 0; i < 3; ++i)
        QCOMPARE(w.auth->logIn(email, wrong).error().message, AuthService::kBadCredentials);
    // The third failure started a 1 s back-off: even the right password is not checked.
    auto throttled = w.auth->logIn(email, kGoodPassword);
    QVERIFY(!throttled.ok());
    QVERIFY2(throttled.error().message.startsWith(QLatin1String("Too many failed attempts")),
             qPrintable(throttled.error().message));
    QCOMPARE(throttled.error().code, ErrorCode::Failed); // not a verdict on the password
    w.advance(1);
    QVERIFY(w.auth->logIn(email, kGoodPassword).ok()); // success resets the count

    // Ten failures in a row (waiting out each back-off) lock the email.
    qint64 waited = 0;
    for (int i = 1; i <= 10; ++i) {
        auto r = w.auth->logIn(email, wrong);
        QCOMPARE(r.error().message, AuthService::kBadCredentials);
        const qint64 wait = i < 3 ? 0 : std::min<qint64>(60, qint64(1) << (i - 3));
        if (i < 10) {
            if (wait > 1) {
                w.advance(wait - 1); // one second short: still refused
                QVERIFY(!w.auth->logIn(email, kGoodPassword).ok());
                w.advance(1);
            } else {
                w.advance(wait);
            }
            waited += wait;
        }
    }
    QVERIFY(waited > 60);
    QCOMPARE(w.count(QStringLiteral("audit_log WHERE action = 'lockout'")), 1);
    w.advance(14 * 60);
    QVERIFY(!w.auth->logIn(email, kGoodPassword).ok()); // still locked
    w.advance(61);
    QVERIFY(w.auth->logIn(email, kGoodPassword).ok()); // lock over
    QCOMPARE(w.count(QStringLiteral("login_throttle")), 0);

    // Failures for other emails are forgotten once older than the window and not locked.
    QVERIFY(!w.auth->logIn(QStringLiteral("typo@example.org"), wrong).ok());
    QCOMPARE(w.count(QStringLiteral("login_throttle")), 1);
    w.advance(w.auth->config().failureWindowSecs + 1);
    QVERIFY(w.auth->logIn(email, kGoodPassword).ok());
    QCOMPARE(w.count(QStringLiteral("login_throttle")), 0);
}

void TestAuthService::throttlesUnknownEmailsExactlyLikeKnownOnes()
{
    auto messages = [](const QString &email, bool create) {
        AuthWorld w;
        if (create)
            w.signUp(email);
        QStringList seen;
        for (int i = 0; i < 12; ++i) {
            seen << w.auth->logIn(email, QStringLiteral("wrong password")).error().message;
            w.advance(i % 3 == 0 ? 0 : 30);
        }
        return seen;
    };
    const QStringList known = messages(QStringLiteral("real@example.org"), true);
    const QStringList unknown = messages(QStringLiteral("ghost@example.org"), false);
    QCOMPARE(known, unknown);
    QVERIFY(known.filter(QStringLiteral("Too many")).size() >= 2);
}

void TestAuthService::sessionsEndWhenIdleOrTooOld()
{
    AuthWorld w; // 15 min idle, 12 h absolute
    Session s = w.signUp(QStringLiteral("idle@example.org"));
    w.advance(14 * 60);
    QVERIFY(w.auth->check(s).ok()); // used: idle clock restarts
    w.advance(14 * 60);
    QVERIFY(w.auth->check(s).ok());
    w.advance(15 * 60);
    auto idle = w.auth->check(s);
    QVERIFY(!idle.ok());
    QCOMPARE(idle.error().message, AuthService::kSessionEnded);
    QCOMPARE(w.count(QStringLiteral("sessions")), 0); // removed once seen expired

    Session busy = *w.auth->logIn(QStringLiteral("idle@example.org"), kGoodPassword);
    for (int i = 0; i < 12 * 6 - 1; ++i) { // used every 10 minutes for almost 12 hours
        w.advance(10 * 60);
        QVERIFY(w.auth->check(busy).ok());
    }
    w.advance(10 * 60);
    QVERIFY(!w.auth->check(busy).ok()); // absolute lifetime reached
}

void TestAuthService::peekingDoesNotKeepASessionAlive_data()
{
    QTest::addColumn<bool>("kiosk");
    QTest::addColumn<bool>("keep");
    QTest::addColumn<bool>("guest");
    QTest::newRow("account") << false << false << false;
    QTest::newRow("keep signed in") << false << true << false;
    QTest::newRow("kiosk") << true << false << false;
    QTest::newRow("guest") << false << false << true;
    QTest::newRow("kiosk guest") << true << false << true;
}

void TestAuthService::peekingDoesNotKeepASessionAlive()
{
    // The window polls its session every minute: that poll must not count as use, or the
    // idle limit is never reached while the window is open.
    QFETCH(bool, kiosk);
    QFETCH(bool, keep);
    QFETCH(bool, guest);
    AuthWorld w(kiosk ? auth::AuthConfig::kioskMode() : auth::AuthConfig{});
    const auth::AuthConfig &c = w.auth->config();
    const qint64 idle = kiosk ? c.kioskIdleSecs : keep ? c.keepIdleSecs : c.idleSecs;
    Session s =
        guest ? w.auth->guest() : w.signUp(QStringLiteral("poll@example.org"), kGoodPassword, keep);
    auto lastSeen = [&] {
        QSqlQuery q(w.db->connection());
        q.exec(QStringLiteral("SELECT last_seen_at FROM sessions"));
        return q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 seenAtStart = lastSeen();
    // Polled fifteen times before the idle end: every poll sees the session, none extends it.
    const qint64 step = idle / 15;
    qint64 elapsed = 0;
    while (elapsed + step < idle) {
        w.advance(step);
        elapsed += step;
        auto info = w.auth->peek(s);
        QVERIFY2(info.ok(), info ? "" : qPrintable(info.error().toString()));
        QCOMPARE(info->role, guest ? Role::Guest : Role::Shopper);
    }
    QCOMPARE(lastSeen(), seenAtStart); // nothing written
    w.advance(idle - elapsed);
    auto ended = w.auth->peek(s);
    QVERIFY(!ended.ok());
    QCOMPARE(ended.error().code, ErrorCode::SessionEnded);
    QCOMPARE(ended.error().message, AuthService::kSessionEnded);
    QCOMPARE(w.auth->check(s).error().code, ErrorCode::SessionEnded); // ended for operations too

    // A real use, by contrast, restarts the idle time; a peek after it sees the session on.
    auto again = guest ? Result<Session>(w.auth->guest())
                       : w.auth->logIn(QStringLiteral("poll@example.org"), kGoodPassword, keep);
    QVERIFY(again.ok());
    const Session used = *again;
    w.advance(idle - 1);
    QVERIFY(w.auth->check(used).ok());
    w.advance(idle - 1);
    QVERIFY(w.auth->peek(used).ok());
    w.advance(1);
    QCOMPARE(w.auth->peek(used).error().code, ErrorCode::SessionEnded);
}

void TestAuthService::keepSignedInSurvivesRestartThroughTheTokenOnly()
{
    AuthWorld w;
    Session kept = w.signUp(QStringLiteral("keep@example.org"), kGoodPassword, true);
    QVERIFY(kept.keepSignedIn());
    Session plain = *w.auth->logIn(QStringLiteral("keep@example.org"), kGoodPassword, false);
    const QString saved = kept.tokenText(); // what the GUI writes to its settings

    // The database holds a hash of the token, never the token.
    QSqlQuery q(w.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT token_hash FROM sessions")));
    while (q.next()) {
        QVERIFY(q.value(0).toByteArray() != kept.token());
        QVERIFY(q.value(0).toByteArray() != plain.token());
    }

    w.advance(3 * 60 * 60); // longer than the plain idle timeout
    auto restarted = w.makeService();
    auto token = Session::tokenFromText(saved);
    QVERIFY(token.has_value());
    auto resumed = restarted->resume(*token);
    QVERIFY2(resumed.ok(), qPrintable(resumed ? QString() : resumed.error().toString()));
    QCOMPARE(resumed->email(), QStringLiteral("keep@example.org"));
    QVERIFY(kept.userId() != 0);
    QCOMPARE(resumed->userId(), kept.userId());
    QVERIFY(restarted->check(*resumed).ok());
    QVERIFY(!restarted->resume(plain.token()).ok()); // not opted in
    w.advance(31 * 24 * 60 * 60);
    QVERIFY(!restarted->resume(*token).ok()); // past the kept lifetime
}

void TestAuthService::refusesForgedAndMalformedTokens()
{
    AuthWorld w;
    Session real = w.signUp(QStringLiteral("real@example.org"), kGoodPassword, true);
    QByteArray forged(32, '\0');
    randombytes_buf(forged.data(), 32);
    QByteArray flipped = real.token();
    flipped[0] = char(flipped.at(0) ^ 1);
    for (const QByteArray &t :
         QList<QByteArray>{forged, flipped, QByteArray(), QByteArray(31, 'a'),
                           real.token() + QByteArray(1, 'x'), QByteArray(32, '\0')})
        QVERIFY(!w.auth->resume(t).ok());
    QVERIFY(!Session::tokenFromText(QStringLiteral("not base64 at all!")).has_value());
    QVERIFY(!Session::tokenFromText(QString(10 * 1024, QLatin1Char('A'))).has_value());
    QVERIFY(!Session::tokenFromText(QStringLiteral("' OR 1=1 --")).has_value());
    QVERIFY(!w.auth->check(Session()).ok());
    QVERIFY(!w.auth->requireRole(Session(), Role::Guest).ok());
    QVERIFY(w.auth->check(real).ok());
}

void TestAuthService::logOutEndsEverySessionOfTheUser()
{
    AuthWorld w;
    Session a = w.signUp(QStringLiteral("multi@example.org"));
    Session b = *w.auth->logIn(QStringLiteral("multi@example.org"), kGoodPassword, true);
    Session other = w.signUp(QStringLiteral("other@example.org"));
    QVERIFY(w.auth->logOut(a).ok());
    QVERIFY(!w.auth->check(a).ok());
    QVERIFY(!w.auth->check(b).ok());
    QVERIFY(!w.auth->resume(b.token()).ok());
    QVERIFY(w.auth->check(other).ok());
    QVERIFY(w.auth->logOut(a).ok()); // twice is harmless
}

void TestAuthService::changePasswordAsksCurrentAndEndsSessions()
{
    AuthWorld w;
    const QString email = QStringLiteral("change@example.org");
    Session s = w.signUp(email);
    Session elsewhere = *w.auth->logIn(email, kGoodPassword);
    const QString fresh = QStringLiteral("a brand new passphrase");

    auto wrong = w.auth->changePassword(s, QStringLiteral("not my password"), fresh);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().where, QStringLiteral("current password"));
    QCOMPARE(wrong.error().code, ErrorCode::BadCredentials);
    QVERIFY(w.auth->check(s).ok());
    QVERIFY(w.auth->check(elsewhere).ok());

    auto changed = w.auth->changePassword(s, kGoodPassword, fresh);
    QVERIFY2(changed.ok(), qPrintable(changed ? QString() : changed.error().toString()));
    QVERIFY(!w.auth->check(s).ok());
    QVERIFY(!w.auth->check(elsewhere).ok());
    QVERIFY(w.auth->check(*changed).ok());
    QVERIFY(!w.auth->logIn(email, kGoodPassword).ok());
    QVERIFY(w.auth->logIn(email, fresh).ok());
    QCOMPARE(w.count(QStringLiteral("audit_log WHERE action = 'password_changed'")), 1);
    Session guest = w.auth->guest();
    QVERIFY(!w.auth->changePassword(guest, kGoodPassword, fresh).ok());
}

void TestAuthService::changePasswordAppliesPolicy()
{
    AuthWorld w;
    Session s = w.signUp(QStringLiteral("policy@example.org"));
    for (const QString &bad : {QStringLiteral("short"), QStringLiteral("basketball"),
                               QStringLiteral("policy@example.org")}) {
        auto r = w.auth->changePassword(s, kGoodPassword, bad);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("new password"));
    }
    QVERIFY(w.auth->check(s).ok());
}

void TestAuthService::changeEmailAsksPassword()
{
    AuthWorld w;
    Session s = w.signUp(QStringLiteral("old@example.org"));
    w.signUp(QStringLiteral("taken@example.org"));
    QCOMPARE(w.auth->changeEmail(s, QStringLiteral("wrong password"), QStringLiteral("n@e.org"))
                 .error()
                 .where,
             QStringLiteral("current password"));
    QCOMPARE(
        w.auth->changeEmail(s, kGoodPassword, QStringLiteral("TAKEN@example.org")).error().where,
        QStringLiteral("email"));
    QVERIFY(w.auth->changeEmail(s, kGoodPassword, QStringLiteral(" New@Example.org")).ok());
    QVERIFY(w.auth->logIn(QStringLiteral("new@example.org"), kGoodPassword).ok());
    QVERIFY(!w.auth->logIn(QStringLiteral("old@example.org"), kGoodPassword).ok());
}

void TestAuthService::deleteAccountRemovesPersonalData()
{
    AuthWorld w;
    const qint64 product = testing::insert(
        *w.db, testing::product(QStringLiteral("SKU-1"), QStringLiteral("Kettle"),
                                QStringLiteral("Kitchen"), QStringLiteral("Acme"), 1999));
    const QString email = QStringLiteral("leaving@example.org");
    Session s = w.signUp(email);
    Session stay = w.signUp(QStringLiteral("staying@example.org"));
    QVERIFY(w.auth->rate(s, product, 5).ok());
    QVERIFY(w.auth->rate(stay, product, 3).ok());
    const qint64 id = w.idOf(email);

    QCOMPARE(w.auth->deleteAccount(s, QStringLiteral("wrong password")).error().where,
             QStringLiteral("current password"));
    QVERIFY(w.idOf(email) != 0);
    QVERIFY(w.auth->deleteAccount(s, kGoodPassword).ok());

    QCOMPARE(w.idOf(email), 0);
    QCOMPARE(w.count(QStringLiteral("ratings WHERE user_id = %1").arg(id)), 0);
    QCOMPARE(w.count(QStringLiteral("sessions WHERE user_id = %1").arg(id)), 0);
    QCOMPARE(w.count(QStringLiteral("user_favourite_categories WHERE user_id = %1").arg(id)), 0);
    QCOMPARE(w.count(QStringLiteral("ratings")), 1); // the other shopper's rating stays
    QCOMPARE(w.count(QStringLiteral("product_stats WHERE rating_count = 1 AND rating_sum = 3")), 1);
    QVERIFY(!w.auth->check(s).ok());
    QVERIFY(!w.auth->logIn(email, kGoodPassword).ok());
    // The trail keeps the bare id and never the email.
    QCOMPARE(w.count(QStringLiteral("audit_log WHERE action = 'account_deleted' AND "
                                    "subject_user_id = %1")
                         .arg(id)),
             1);
    QCOMPARE(w.count(QStringLiteral("audit_log WHERE detail LIKE '%leaving%'")), 0);
}

void TestAuthService::exportHoldsMyDataAndNoSecrets()
{
    AuthWorld w;
    const qint64 product = testing::insert(
        *w.db, testing::product(QStringLiteral("SKU-9"), QStringLiteral("Teapot"),
                                QStringLiteral("Kitchen"), QStringLiteral("Acme"), 2500));
    Session s = w.signUp(QStringLiteral("export@example.org"), kGoodPassword, true);
    QVERIFY(w.auth->rate(s, product, 4).ok());
    storage::Event e;
    e.userId = w.idOf(QStringLiteral("export@example.org"));
    e.type = storage::EventType::Search;
    e.query = QStringLiteral("teapot");
    QVERIFY(storage::EventRepository(*w.db).record(e).ok());

    auto doc = w.auth->exportMyData(s);
    QVERIFY(doc.ok());
    const QJsonObject root = doc->object();
    QCOMPARE(root.value(QStringLiteral("profile")).toObject().value(QStringLiteral("email")),
             QStringLiteral("export@example.org"));
    const QJsonArray ratings = root.value(QStringLiteral("ratings")).toArray();
    QCOMPARE(ratings.size(), 1);
    QCOMPARE(ratings.at(0).toObject().value(QStringLiteral("sku")), QStringLiteral("SKU-9"));
    QCOMPARE(ratings.at(0).toObject().value(QStringLiteral("stars")), 4);
    QCOMPARE(root.value(QStringLiteral("events")).toArray().size(), 1);
    QVERIFY(root.value(QStringLiteral("sessions")).toArray().size() >= 1);
    const QByteArray json = doc->toJson();
    QVERIFY(!json.contains("argon2"));
    QVERIFY(!json.contains(kGoodPassword.toUtf8()));
    QVERIFY(!json.contains(s.tokenText().toUtf8()));
    QVERIFY(!json.contains(s.token().toHex()));

    Session guest = w.auth->guest();
    QVERIFY(w.auth->rate(guest, product, 2).ok());
    auto guestDoc = w.auth->exportMyData(guest);
    QVERIFY(guestDoc.ok());
    QCOMPARE(guestDoc->object().value(QStringLiteral("ratings")).toArray().size(), 1);
}

void TestAuthService::staffAndAdminOperationsRefusedToShopperAndGuest_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("guest") << int(Role::Guest);
    QTest::newRow("shopper") << int(Role::Shopper);
}

void TestAuthService::staffAndAdminOperationsRefusedToShopperAndGuest()
{
    QFETCH(int, role);
    AuthWorld w;
    Session admin = w.adminSession();
    Session s = w.accountWithRole(QStringLiteral("someone@example.org"), Role(role));
    const qint64 victim = w.idOf(QStringLiteral("root@store.example"));

    // Every staff and admin operation there is, called by a guest and by a shopper.
    for (auth::Permission p : {auth::Permission::CurateCatalog, auth::Permission::Merchandise,
                               auth::Permission::ViewStaffDashboard, auth::Permission::ManageUsers,
                               auth::Permission::ViewAuditLog}) {
        const Status st = w.auth->requirePermission(s, p);
        QVERIFY2(!st.ok(), qPrintable(auth::permissionName(p)));
        QCOMPARE(st.error().where, QStringLiteral("permission"));
    }
    QVERIFY(!w.auth->requireRole(s, Role::Staff).ok());
    QVERIFY(!w.auth->requireRole(s, Role::Admin).ok());
    QVERIFY(!w.auth->setRole(s, victim, Role::Shopper).ok());
    QVERIFY(!w.auth->setRole(s, w.idOf(QStringLiteral("someone@example.org")), Role::Admin).ok());
    QVERIFY(!w.auth->listUsers(s).ok());
    QVERIFY(!w.auth->auditLog(s).ok());
    QCOMPARE(w.count(QStringLiteral("users WHERE role = 'admin'")), 1);
    QCOMPARE(w.count(QStringLiteral("audit_log WHERE action = 'role_changed'")), 0);
    // And what they may do.
    QVERIFY(w.auth->requirePermission(s, auth::Permission::Browse).ok());
    QVERIFY(w.auth->requirePermission(s, auth::Permission::RateInSession).ok());
    QCOMPARE(w.auth->requirePermission(s, auth::Permission::KeepRatings).ok(),
             Role(role) == Role::Shopper);
    QVERIFY(w.auth->listUsers(admin).ok());
}

void TestAuthService::staffMayCurateButNotManageUsers()
{
    AuthWorld w;
    Session staff = w.accountWithRole(QStringLiteral("staff@example.org"), Role::Staff);
    QVERIFY(w.auth->requirePermission(staff, auth::Permission::CurateCatalog).ok());
    QVERIFY(w.auth->requirePermission(staff, auth::Permission::Merchandise).ok());
    QVERIFY(w.auth->requireRole(staff, Role::Staff).ok());
    QVERIFY(!w.auth->requireRole(staff, Role::Admin).ok());
    QVERIFY(!w.auth->listUsers(staff).ok());
    QVERIFY(!w.auth->setRole(staff, w.idOf(QStringLiteral("staff@example.org")), Role::Admin).ok());
    // The role is read afresh on every call, not from the session's snapshot.
    QCOMPARE(staff.role(), Role::Shopper);
    QCOMPARE(w.auth->check(staff)->role, Role::Staff);
}

void TestAuthService::oneRoleTypeWithOneNameMapping()
{
    static_assert(std::is_same_v<auth::Role, storage::Role>);
    const std::pair<Role, QString> names[] = {{Role::Guest, QStringLiteral("guest")},
                                              {Role::Shopper, QStringLiteral("shopper")},
                                              {Role::Staff, QStringLiteral("staff")},
                                              {Role::Admin, QStringLiteral("admin")}};
    for (const auto &[role, name] : names) {
        QCOMPARE(auth::roleName(role), name);
        QCOMPARE(storage::roleFromName(name), std::optional<Role>(role));
    }
    QCOMPARE(auth::roleFromName(QStringLiteral("Admin")), std::nullopt);
    QCOMPARE(auth::roleFromName(QStringLiteral("root")), std::nullopt);

    // What AuthService stores is what the repository reads back; a guest is never stored.
    AuthWorld w;
    Session admin = w.adminSession();
    w.signUp(QStringLiteral("staff@example.org"));
    const qint64 id = w.idOf(QStringLiteral("staff@example.org"));
    QVERIFY(w.auth->setRole(admin, id, Role::Staff).ok());
    const storage::UserRepository users(*w.db);
    QCOMPARE(users.byId(id)->value().role, Role::Staff);
    const QStringList before = testing::dumpContent(*w.db);
    QVERIFY(!w.auth->setRole(admin, id, Role::Guest).ok());
    QVERIFY(!w.db->transaction([&](QSqlDatabase &c) {
                     return storage::UserRepository::setRole(c, id, Role::Guest);
                 })
                 .ok()); // the users table's CHECK
    QCOMPARE(testing::dumpContent(*w.db), before);
    QCOMPARE(users.byId(id)->value().role, Role::Staff);
}

void TestAuthService::adminChangesRolesAuditedAndKeepsLastAdmin()
{
    AuthWorld w;
    Session admin = w.adminSession();
    const qint64 adminId = w.idOf(QStringLiteral("root@store.example"));
    w.signUp(QStringLiteral("promote@example.org"));
    const qint64 id = w.idOf(QStringLiteral("promote@example.org"));
    QVERIFY(w.auth->setRole(admin, id, Role::Staff).ok());
    QVERIFY(!w.auth->setRole(admin, id, Role::Guest).ok());
    QVERIFY(!w.auth->setRole(admin, 999999, Role::Staff).ok());
    QVERIFY(!w.auth->setRole(admin, adminId, Role::Shopper).ok()); // the last admin
    auto trail = w.auth->auditLog(admin);
    QVERIFY(trail.ok());
    bool found = false;
    for (const auto &e : *trail) {
        if (e.action == QLatin1String("role_changed")) {
            found = true;
            QCOMPARE(e.actorUserId, adminId);
            QCOMPARE(e.subjectUserId, id);
            QCOMPARE(e.detail.value(QStringLiteral("to")).toString(), QStringLiteral("staff"));
        }
    }
    QVERIFY(found);
    QVERIFY(w.auth->setRole(admin, id, Role::Admin).ok());
    QVERIFY(w.auth->setRole(admin, adminId, Role::Shopper).ok()); // no longer the last
    QVERIFY(!w.auth->listUsers(admin).ok());                      // and rights gone at once
    auto users =
        w.auth->listUsers(*w.auth->logIn(QStringLiteral("promote@example.org"), kGoodPassword));
    QVERIFY(users.ok());
    QCOMPARE(users->size(), size_t(2));
}

void TestAuthService::concurrentDemotionsKeepAnAdmin()
{
    // Two administrators demote each other at the same moment (two terminals). Both find
    // another administrator before they write; the write lock makes them write one after the
    // other, and the second must see that it would leave no administrator.
    AuthWorld w;
    const auto [root, second] = w.twoAdmins();
    const qint64 rootId = w.idOf(QStringLiteral("root@store.example"));
    const qint64 secondId = w.idOf(QStringLiteral("second@example.org"));

    // Each service says when it has asked the time: both have then resolved their session
    // and have only reads left before they need the write lock held here.
    QSemaphore asked;
    auto counting = [&] {
        return w.makeService({}, auth::HashLimits::minimum(), [&asked, now = w.now] {
            asked.release();
            return now->load();
        });
    };
    auto first = counting();
    auto other = counting();
    AuthWorld::WriteLock lock(w.db->path());
    Status ra;
    Status rb;
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    handoff::start(pool, [&] { ra = first->setRole(root, secondId, Role::Shopper); });
    handoff::start(pool, [&] { rb = other->setRole(second, rootId, Role::Shopper); });
    QVERIFY(asked.tryAcquire(4, 10000));
    QThread::msleep(300); // their reads, which the lock does not hold up
    lock.release();
    handoff::waitForDone(pool);
    QCOMPARE(int(ra.ok()) + int(rb.ok()), 1);
    const Status &refused = ra.ok() ? rb : ra;
    QCOMPARE(refused.error().where, QStringLiteral("role"));
    QCOMPARE(*storage::UserRepository(*w.db).countWithRole(Role::Admin), 1);
    QCOMPARE(w.count(QStringLiteral("audit_log WHERE action = 'role_changed'")), 2); // + promotion
}

void TestAuthService::roleChangeAuditsTheRoleItReplaced()
{
    // Whenever the service asks the time, another administrator (a connection of its own
    // that does not wait for locks) moves the same account between shopper and staff. What
    // the audit entry calls "from" must be the role the other one left last: a change that
    // commits between reading the role and writing it would make the entry wrong.
    AuthWorld w;
    Session admin = w.adminSession();
    w.signUp(QStringLiteral("target@example.org"));
    const qint64 target = w.idOf(QStringLiteral("target@example.org"));
    storage::Database::Options impatient;
    impatient.busyTimeoutMs = 0;
    auto other = storage::Database::open(w.db->path(), impatient);
    QVERIFY(other.ok());
    Role committed = Role::Shopper;
    int changes = 0;
    auto service = w.makeService({}, auth::HashLimits::minimum(), [&, now = w.now] {
        const Role next = committed == Role::Shopper ? Role::Staff : Role::Shopper;
        if ((*other)
                ->transaction([&](QSqlDatabase &c) {
                    return storage::UserRepository::setRole(c, target, next);
                })
                .ok()) {
            committed = next;
            ++changes;
        }
        return now->load();
    });

    QVERIFY(service->setRole(admin, target, Role::Admin).ok());
    QVERIFY(changes > 0);
    QCOMPARE(storage::UserRepository(*w.db).byId(target)->value().role, Role::Admin);
    auto trail = storage::AuditRepository(*w.db).about(target);
    QVERIFY(trail.ok());
    QVERIFY(!trail->empty());
    const storage::AuditEntry &last = trail->back();
    QCOMPARE(last.action, QStringLiteral("role_changed"));
    QCOMPARE(last.detail.value(QStringLiteral("from")).toString(), auth::roleName(committed));
    QCOMPARE(last.detail.value(QStringLiteral("to")).toString(), QStringLiteral("admin"));
}

void TestAuthService::concurrentAdminDeletionsKeepAnAdmin()
{
    // Two administrators delete their accounts at the same moment: one must stay. Several
    // rounds, as the two threads meet at different points each time.
    for (int round = 0; round < 8; ++round) {
        AuthWorld w;
        const auto [root, second] = w.twoAdmins();
        QSemaphore go;
        Status ra;
        Status rb;
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        auto remove = [&](const Session &s, Status &result) {
            handoff::start(pool, [&w, &go, s, &result] {
                go.acquire();
                result = w.auth->deleteAccount(s, kGoodPassword);
            });
        };
        remove(root, ra);
        remove(second, rb);
        go.release(2);
        handoff::waitForDone(pool);
        QCOMPARE(int(ra.ok()) + int(rb.ok()), 1);
        QCOMPARE(*storage::UserRepository(*w.db).countWithRole(Role::Admin), 1);
        QCOMPARE(w.count(QStringLiteral("users")), 1);
    }
}

void TestAuthService::firstAdminIsCreatedOnce()
{
    AuthWorld w;
    QCOMPARE(*w.auth->hasAdmin(), false);
    QVERIFY(!w.auth
                 ->createFirstAdmin(QStringLiteral("a@example.org"), QStringLiteral("A"),
                                    QStringLiteral("password"))
                 .ok()); // the policy applies to admins too
    auto refused = w.auth->createFirstAdmin(QString(), QStringLiteral("A"), kGoodPassword);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().where, QStringLiteral("email"));
    refused = w.auth->createFirstAdmin(QStringLiteral("a@example.org"), QStringLiteral("  "),
                                       kGoodPassword);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().where, QStringLiteral("display name"));
    QCOMPARE(w.count(QStringLiteral("users")), 0);
    // Normalised like a sign-up.
    auto id = w.auth->createFirstAdmin(QStringLiteral(" A@Example.org "),
                                       QStringLiteral("  Ada   Admin "), kGoodPassword);
    QVERIFY(id.ok());
    const auto stored = storage::UserRepository(*w.db).byId(*id);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->email, QStringLiteral("a@example.org"));
    QCOMPARE((*stored)->displayName, QStringLiteral("Ada Admin"));
    QCOMPARE(*w.auth->hasAdmin(), true);
    auto second = w.auth->createFirstAdmin(QStringLiteral("b@example.org"), QStringLiteral("B"),
                                           kGoodPassword);
    QVERIFY(!second.ok());
    QCOMPARE(w.count(QStringLiteral("users")), 1);
    QCOMPARE(w.auth->logIn(QStringLiteral("a@example.org"), kGoodPassword)->role(), Role::Admin);
    QCOMPARE(w.count(QStringLiteral("audit_log WHERE action = 'admin_created'")), 1);
}

void TestAuthService::guestRatingsStayInMemory()
{
    AuthWorld w;
    const qint64 product = testing::insert(
        *w.db, testing::product(QStringLiteral("G-1"), QStringLiteral("Kite"),
                                QStringLiteral("Outdoor"), QStringLiteral("Acme"), 900));
    Session guest = w.auth->guest();
    QVERIFY(guest.isGuest());
    QCOMPARE(w.auth->check(guest)->role, Role::Guest);
    QVERIFY(w.auth->rate(guest, product, 4).ok());
    QCOMPARE(w.auth->ratingOf(guest, product)->value_or(0), 4);
    QVERIFY(!w.auth->rate(guest, product, 6).ok());
    QVERIFY(!w.auth->rate(guest, 424242, 3).ok());
    QCOMPARE(w.count(QStringLiteral("ratings")), 0);
    QCOMPARE(w.count(QStringLiteral("users")), 0);
    QCOMPARE(w.count(QStringLiteral("sessions")), 0);
    Session other = w.auth->guest();
    QVERIFY(!w.auth->ratingOf(other, product)->has_value()); // each guest its own
    QVERIFY(!w.auth->currentUser(guest).ok());
    QVERIFY(w.auth->logOut(guest).ok());
    QVERIFY(!w.auth->check(guest).ok());
    QVERIFY(!w.auth->ratingOf(guest, product).ok());
    w.advance(16 * 60);
    QVERIFY(!w.auth->check(other).ok()); // guests time out too
}

void TestAuthService::kioskSessionsAreShortAndNeverKept()
{
    AuthWorld w(auth::AuthConfig::kioskMode());
    Session s = w.signUp(QStringLiteral("kiosk@example.org"), kGoodPassword, true);
    QVERIFY(s.kiosk());
    QVERIFY(!s.keepSignedIn());
    QVERIFY(!w.auth->resume(s.token()).ok());
    w.advance(w.auth->config().kioskIdleSecs);
    QVERIFY(!w.auth->check(s).ok());
    Session guest = w.auth->guest();
    w.advance(w.auth->config().kioskIdleSecs);
    QVERIFY(!w.auth->check(guest).ok());
}

namespace {
QMutex g_logMutex;
QStringList g_log;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log << message;
}
} // namespace

void TestAuthService::auditAndLogsHoldNoSecrets()
{
    QLoggingCategory::setFilterRules(QStringLiteral("storefront.*.debug=true"));
    const auto previous = qInstallMessageHandler(collect);
    AuthWorld w;
    const QString first = QStringLiteral("first secret passphrase");
    const QString second = QStringLiteral("second secret passphrase");
    const QString typo = QStringLiteral("typed-my-password-here-by-mistake");
    Session s = w.signUp(QStringLiteral("secret@example.org"), first, true);
    QVERIFY(!w.auth->logIn(QStringLiteral("secret@example.org"), second).ok());
    QVERIFY(!w.auth->logIn(typo, first).ok()); // a password typed into the email field
    Session changed = *w.auth->changePassword(s, first, second);
    Session admin = w.adminSession();
    QVERIFY(w.auth->setRole(admin, w.idOf(QStringLiteral("secret@example.org")), Role::Staff).ok());
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    const QStringList secrets = {first,
                                 second,
                                 typo,
                                 s.tokenText(),
                                 changed.tokenText(),
                                 QString::fromLatin1(s.token().toHex()),
                                 QString::fromLatin1(changed.token().toHex())};
    const QStringList everything = testing::dumpContent(*w.db) + g_log;
    for (const QString &line : everything) {
        for (const QString &secret : secrets)
            QVERIFY2(!line.contains(secret), qPrintable(line.left(200)));
    }
    QCOMPARE(w.count(QStringLiteral("login_throttle")), 1); // the typo's failure, hashed
    for (const char *action : {"sign_up", "log_in", "log_in_failed", "password_changed",
                               "role_changed", "admin_created"})
        QVERIFY2(
            w.count(QStringLiteral("audit_log WHERE action = '%1'").arg(QLatin1String(action))) >=
                1,
            action);
}

void TestAuthService::concurrentLogInsAllSucceed()
{
    AuthWorld w;
    w.signUp(QStringLiteral("busy@example.org"));
    std::vector<QByteArray> tokens(6);
    QThreadPool pool;
    // Every attempt counts as a failure until its password proves right, so more log-ins in
    // flight at once than the free failures would meet the back-off (as a slow machine or
    // ThreadSanitizer showed with four).
    pool.setMaxThreadCount(auth::AuthConfig{}.freeFailures);
    for (QByteArray &token : tokens)
        handoff::start(pool, [&w, &token] {
            auto s = w.auth->logIn(QStringLiteral("busy@example.org"), kGoodPassword);
            token = s ? s->token() : QByteArray();
        });
    handoff::waitForDone(pool);
    QSet<QByteArray> unique;
    for (const QByteArray &t : tokens) {
        QCOMPARE(t.size(), 32);
        unique.insert(t);
    }
    QCOMPARE(unique.size(), qsizetype(tokens.size()));
    QCOMPARE(w.count(QStringLiteral("sessions")), qint64(tokens.size() + 1));
    QCOMPARE(w.count(QStringLiteral("audit_log WHERE action = 'log_in'")), qint64(tokens.size()));
}

void TestAuthService::concurrentFailuresAreAllCounted()
{
    auth::AuthConfig config;
    config.freeFailures = 100; // no back-off: every attempt is checked
    config.lockoutFailures = 100;
    AuthWorld w(config);
    w.signUp(QStringLiteral("attacked@example.org"));
    std::atomic<int> admitted{0};
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    for (int attempt = 0; attempt < 8; ++attempt)
        handoff::start(pool, [&w, &admitted] {
            if (w.auth->logIn(QStringLiteral("attacked@example.org"), QStringLiteral("guess guess"))
                    .ok())
                ++admitted;
        });
    handoff::waitForDone(pool);
    QCOMPARE(admitted.load(), 0);
    QCOMPARE(w.count(QStringLiteral("login_throttle WHERE failed_count = 8")), 1);
    QCOMPARE(w.count(QStringLiteral("audit_log WHERE action = 'log_in_failed'")), 8);
}

void TestAuthService::concurrentGuessesCannotSkipTheBackOff()
{
    // Guesses sent at once, each taking the production Argon2id time to check: every one is
    // counted before it is checked, so after the free failure the back-off refuses the rest
    // unchecked, for a real email and an unknown one alike.
    auto attack = [](bool exists) {
        auth::AuthConfig config;
        config.freeFailures = 1; // the second guess already waits
        AuthWorld w(config, auth::HashLimits::interactive());
        const QString email = QStringLiteral("attacked@example.org");
        if (exists)
            w.signUp(email);
        std::vector<QString> answers(8);
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        for (QString &answer : answers)
            handoff::start(pool, [&w, &email, &answer] {
                answer = w.auth->logIn(email, QStringLiteral("guess guess")).error().message;
            });
        handoff::waitForDone(pool);
        const QStringList messages(answers.begin(), answers.end());
        QCOMPARE(messages.count(AuthService::kBadCredentials), 1);
        QCOMPARE(messages.filter(QStringLiteral("Too many failed attempts")).size(), 7);
        QCOMPARE(w.count(QStringLiteral("login_throttle WHERE failed_count = 1")), 1);
        QCOMPARE(w.count(QStringLiteral("audit_log WHERE action = 'log_in_failed'")), 1);
        // The right password after the back-off: admitted, accepted, and the count cleared.
        if (exists) {
            w.advance(1);
            QVERIFY(w.auth->logIn(email, kGoodPassword).ok());
            QCOMPARE(w.count(QStringLiteral("login_throttle")), 0);
        }
    };
    attack(true);
    if (QTest::currentTestFailed())
        return;
    attack(false);
}

void TestAuthService::rehashesAtLogInWhenLimitsChange()
{
    // The one test on the production limits: an account made under cheap limits is
    // upgraded at its next log-in once the program uses crypto_pwhash_*_INTERACTIVE.
    AuthWorld w({}, auth::HashLimits::minimum());
    const QString email = QStringLiteral("upgrade@example.org");
    w.signUp(email);
    auto storedHash = [&] {
        return storage::UserRepository(*w.db).credentialsByEmail(email)->value().passwordHash;
    };
    const QString before = storedHash();
    QVERIFY(before.startsWith(QLatin1String("$argon2id$v=19$m=8,t=1,")));

    auto production = w.makeService({}, auth::HashLimits::interactive());
    QVERIFY(production->logIn(email, kGoodPassword).ok());
    const QString after = storedHash();
    QVERIFY(after != before);
    QVERIFY2(after.startsWith(QLatin1String("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(after));
    QVERIFY(!production->hasher().needsRehash(after));
    QCOMPARE(w.count(QStringLiteral("audit_log WHERE action = 'password_rehashed'")), 1);
    QVERIFY(production->logIn(email, kGoodPassword).ok()); // no second rehash
    QCOMPARE(storedHash(), after);
    QCOMPARE(w.count(QStringLiteral("audit_log WHERE action = 'password_rehashed'")), 1);
    QVERIFY(!production->logIn(email, QStringLiteral("wrong password")).ok());
}

void TestAuthService::logInAndRehashAreWrittenWithTheirAuditEntries()
{
    AuthWorld w({}, auth::HashLimits::minimum());
    const QString email = QStringLiteral("audited@example.org");
    QVERIFY(w.auth->logOut(w.signUp(email)).ok());
    auto storedHash = [&] {
        return storage::UserRepository(*w.db).credentialsByEmail(email)->value().passwordHash;
    };
    const QString cheap = storedHash();
    auto production = w.makeService({}, auth::HashLimits::interactive());
    const QString sessionsAndLogIns = QStringLiteral("sessions");
    const QString logIns =
        QStringLiteral("audit_log WHERE action IN ('log_in', 'password_rehashed')");

    // No session and no hash upgrade without their audit entries.
    w.breakAuditLog();
    QVERIFY(!production->logIn(email, kGoodPassword).ok());
    w.restoreAuditLog();
    QCOMPARE(w.count(sessionsAndLogIns), 0);
    QCOMPARE(w.count(logIns), 0);
    QCOMPARE(storedHash(), cheap);

    // Once the log can be written, both happen, each with its entry.
    QVERIFY(production->logIn(email, kGoodPassword, true).ok());
    QCOMPARE(w.count(sessionsAndLogIns), 1);
    QVERIFY(storedHash() != cheap);
    QCOMPARE(w.count(QStringLiteral("audit_log WHERE action = 'password_rehashed'")), 1);
    auto entries = storage::AuditRepository(*w.db).latest(10);
    QVERIFY(entries.ok());
    auto logIn = std::find_if(entries->begin(), entries->end(), [](const storage::AuditEntry &e) {
        return e.action == QLatin1String("log_in");
    });
    QVERIFY(logIn != entries->end());
    QCOMPARE(logIn->detail.value(QStringLiteral("keep_signed_in")).toBool(), true);
    QCOMPARE(logIn->detail.value(QStringLiteral("kiosk")).toBool(), false);
}

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
