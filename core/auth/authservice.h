#pragma once

#include "auth/passwordhasher.h"
#include "auth/passwordpolicy.h"
#include "auth/permissions.h"
#include "auth/session.h"
#include "common/result.h"
#include "storage/auditrepository.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

#include <functional>
#include <optional>
#include <vector>

namespace storefront::storage {
class Database;
struct StoredSession;
} // namespace storefront::storage

namespace storefront::auth {

/// Seconds since the Unix epoch; replaced in tests to expire sessions without sleeping.
using Clock = std::function<qint64()>;

/// Timeouts and log-in throttling. Defaults are the production values.
struct AuthConfig
{
    qint64 idleSecs = 15 * 60;          ///< a session ends after this long unused
    qint64 absoluteSecs = 12 * 60 * 60; ///< and this long after log-in in any case
    /// "Keep me signed in" (opt-in) sessions survive restarts and live longer.
    qint64 keepIdleSecs = 14 * 24 * 60 * 60;
    qint64 keepAbsoluteSecs = 30 * 24 * 60 * 60;

    /// A kiosk: short sessions, no "keep me signed in".
    bool kiosk = false;
    qint64 kioskIdleSecs = 3 * 60;
    qint64 kioskAbsoluteSecs = 60 * 60;

    /// Failed log-ins per email: `freeFailures` cost nothing; each further failure doubles
    /// the wait before the next attempt is checked (backoffBaseSecs, 2x, 4x, ... capped at
    /// backoffMaxSecs); at `lockoutFailures` the email is locked for `lockoutSecs`. Failures
    /// older than `failureWindowSecs` are forgotten.
    int freeFailures = 3;
    qint64 backoffBaseSecs = 1;
    qint64 backoffMaxSecs = 60;
    int lockoutFailures = 10;
    qint64 lockoutSecs = 15 * 60;
    qint64 failureWindowSecs = 60 * 60;

    [[nodiscard]] static AuthConfig kioskMode();
};

/// An account as an administrator sees it (no password hash).
struct UserSummary
{
    qint64 id = 0;
    QString email;
    QString displayName;
    Role role = Role::Shopper;
    qint64 createdAt = 0;
    bool canLogIn = false; ///< a password is set
};

/// What a checked session stands for now (re-read from the database).
struct SessionInfo
{
    Role role = Role::Guest;
    QString displayName;
    QString email;
    bool keepSignedIn = false;
    bool kiosk = false;
    qint64 expiresAt = 0; ///< absolute end
};

/// Accounts, sessions, roles and the audit trail: every rule of issue #3 is enforced here,
/// for the GUI, the CLI and the tests alike. Thread-safe (each thread uses its own database
/// connection); password hashing never runs inside a database transaction.
///
/// Messages never say whether an email has an account on log-in: a wrong password, an
/// unknown email and an account without a password all give kBadCredentials after the same
/// Argon2id work, and back-off and lock-out are kept per email typed, account or not.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(storefront::auth::AuthService)

public:
    /// The English source texts of the two messages callers tell apart (tests compare them
    /// when no translator is installed); badCredentials() and sessionEnded() are what the
    /// service returns, translated into the current language.
    static const QString kBadCredentials;
    static const QString kSessionEnded;
    [[nodiscard]] static QString badCredentials();
    [[nodiscard]] static QString sessionEnded();

    AuthService(const storage::Database &db, PasswordHasher hasher, PasswordPolicy policy,
                AuthConfig config = {}, Clock clock = {});
    ~AuthService();
    AuthService(const AuthService &) = delete;
    AuthService &operator=(const AuthService &) = delete;

    [[nodiscard]] const PasswordPolicy &policy() const { return m_policy; }
    [[nodiscard]] const PasswordHasher &hasher() const { return m_hasher; }
    [[nodiscard]] const AuthConfig &config() const { return m_config; }
    [[nodiscard]] qint64 now() const { return m_clock(); }

    // --- Accounts and sessions ---------------------------------------------------------

    /// Creates a shopper account and signs it in.
    [[nodiscard]] Result<Session> signUp(const QString &email, const QString &displayName,
                                         const QString &password, bool keepSignedIn = false);
    [[nodiscard]] Result<Session> logIn(const QString &email, const QString &password,
                                        bool keepSignedIn = false);
    /// A guest session: browse and rate, ratings kept in this session's memory only.
    [[nodiscard]] Session guest() const;
    /// Ends every session of the session's user (a guest's ratings are forgotten).
    Status logOut(const Session &session);
    /// Resumes a "keep me signed in" session from its token after a restart.
    [[nodiscard]] Result<Session> resume(const QByteArray &token);
    /// Checks the session (valid, not expired, not logged out), marks it used (its idle
    /// time starts again), and returns who it stands for now. For operations done for the
    /// user. An ended session fails with ErrorCode::SessionEnded; any other error (such as a
    /// busy database) says nothing about the session.
    [[nodiscard]] Result<SessionInfo> check(const Session &session);
    /// check() without marking the session used, and without writing anything: for polling
    /// and for showing what the session may do. Polling with peek() lets an idle session
    /// reach its idle end.
    [[nodiscard]] Result<SessionInfo> peek(const Session &session);

    /// Ends every session of the user (this one too) and returns a fresh one for the caller.
    [[nodiscard]] Result<Session> changePassword(const Session &session,
                                                 const QString &currentPassword,
                                                 const QString &newPassword);
    /// Changes the account's email (asks the password, as the email is how one logs in).
    Status changeEmail(const Session &session, const QString &currentPassword,
                       const QString &newEmail);
    /// Deletes the account and its personal data: profile, favourites, sessions, ratings and
    /// events are deleted (not anonymised). The audit trail keeps the bare account id.
    Status deleteAccount(const Session &session, const QString &currentPassword);
    /// Everything stored about the session's user: profile, ratings, events, sessions (no
    /// tokens) and the audit entries about them. A guest gets the session's ratings.
    [[nodiscard]] Result<QJsonDocument> exportMyData(const Session &session);

    // --- Permissions --------------------------------------------------------------------

    /// Success when the session is valid and its role is at least `minimum`. For the later
    /// staff operations (catalog editing, merchandising) to call first.
    Status requireRole(const Session &session, Role minimum);
    Status requirePermission(const Session &session, Permission permission);
    /// The signed-in account behind a checked session, for other core services (never for
    /// guests). Core services take a Session and call this; they never take user ids.
    [[nodiscard]] Result<storage::User> currentUser(const Session &session);

    // --- Administration -----------------------------------------------------------------

    [[nodiscard]] Result<bool> hasAdmin() const;
    /// Creates the first administrator (CLI create-admin, first-run dialog). Refused once an
    /// administrator exists: further ones are promoted by an admin with setRole().
    [[nodiscard]] Result<qint64> createFirstAdmin(const QString &email, const QString &displayName,
                                                  const QString &password);
    Status setRole(const Session &admin, qint64 userId, Role role);
    [[nodiscard]] Result<std::vector<UserSummary>> listUsers(const Session &admin);
    [[nodiscard]] Result<std::vector<storage::AuditEntry>> auditLog(const Session &admin,
                                                                    int limit = 200);

    // --- Ratings through a session ------------------------------------------------------

    /// Rates a product: stored for an account, kept in memory for a guest.
    Status rate(const Session &session, qint64 productId, int stars);
    [[nodiscard]] Result<std::optional<int>> ratingOf(const Session &session, qint64 productId);

private:
    struct Resolved;
    /// Whether resolving a session counts as using it.
    enum class Touch
    {
        Yes,
        No
    };
    [[nodiscard]] Result<Resolved> resolve(const Session &session, Touch touch = Touch::Yes);
    [[nodiscard]] Result<SessionInfo> describe(const Session &session, Touch touch);
    /// A new session row, with `audit` (its keep-signed-in and kiosk flags added to the
    /// detail) in the same transaction when given.
    [[nodiscard]] Result<Session>
    startSession(const storage::User &user, bool keepSignedIn,
                 const std::optional<storage::AuditEntry> &audit = std::nullopt);
    [[nodiscard]] Session sessionFor(const QByteArray &token, const storage::User &user,
                                     const storage::StoredSession &stored) const;
    [[nodiscard]] QByteArray throttleKeyFor(const QString &normalisedEmail) const;
    /// Checks a password for `normalisedEmail` with back-off, lock-out and audit; success
    /// gives the account's credentials (rehashed if our limits changed).
    [[nodiscard]] Result<storage::Credentials>
    verifyPassword(const QString &normalisedEmail, const QString &password, qint64 actorUserId);
    void audit(const QString &action, qint64 actor, qint64 subject,
               const QJsonObject &detail = {}) const;

    const storage::Database &m_db;
    PasswordHasher m_hasher;
    PasswordPolicy m_policy;
    AuthConfig m_config;
    Clock m_clock;
    QByteArray m_throttleKey;
};

} // namespace storefront::auth
