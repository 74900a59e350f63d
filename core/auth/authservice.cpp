#include "authservice.h"

#include "auth/normalisation.h"
#include "auth/throttlepolicy.h"
#include "common/logging.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/productrepository.h"
#include "storage/ratingrepository.h"
#include "storage/sessionrepository.h"
#include "storage/throttlerepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMutex>
#include <QMutexLocker>

#include <sodium.h>

#include <algorithm>

namespace storefront::auth {

namespace {

// Source texts: translated where they are returned, so a translator installed later applies.
const char *const kBadCredentialsText =
    QT_TRANSLATE_NOOP("storefront::auth::AuthService", "The email or password is not correct.");
const char *const kSessionEndedText = QT_TRANSLATE_NOOP(
    "storefront::auth::AuthService", "Your session has ended. Please log in again.");
const char *const kEmailTakenText = QT_TRANSLATE_NOOP(
    "storefront::auth::AuthService", "An account with this email address already exists.");

} // namespace

const QString AuthService::kBadCredentials = QString::fromUtf8(kBadCredentialsText);
const QString AuthService::kSessionEnded = QString::fromUtf8(kSessionEndedText);

QString AuthService::badCredentials()
{
    return tr(kBadCredentialsText);
}

QString AuthService::sessionEnded()
{
    return tr(kSessionEndedText);
}

namespace {

constexpr int kTokenBytes = 32;
const QString kSession = QStringLiteral("session");
const QString kPassword = QStringLiteral("password");

QByteArray randomToken()
{
    QByteArray token(kTokenBytes, Qt::Uninitialized);
    randombytes_buf(token.data(), std::size_t(token.size()));
    return token;
}

/// BLAKE2b-256 of `data`, keyed when `key` is given.
QByteArray blake2b(const QByteArray &data, const QByteArray &key = {})
{
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), std::size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()),
                       key.isEmpty() ? nullptr
                                     : reinterpret_cast<const unsigned char *>(key.constData()),
                       std::size_t(key.size()));
    return out;
}

QByteArray tokenHash(const QByteArray &token)
{
    return blake2b(token);
}

Error ended()
{
    return fail(ErrorCode::SessionEnded, AuthService::sessionEnded(), kSession);
}

bool isUniqueViolation(const Error &e)
{
    return e.code == ErrorCode::UniqueViolation;
}

Error emailTaken()
{
    return fail(AuthService::tr(kEmailTakenText), QStringLiteral("email"));
}

/// A failed check of the current password (changing password or email, deleting the
/// account): unlike at log-in the person is signed in, so a wrong password is named as such.
Error wrongCurrentPassword(const Error &verifyError)
{
    return verifyError.code == ErrorCode::BadCredentials
               ? fail(ErrorCode::BadCredentials,
                      AuthService::tr("The current password is not correct."),
                      QStringLiteral("current password"))
               : verifyError;
}

/// A new account's user row from what a form gave: email and display name normalised and
/// checked, the password checked against the policy. createdAt is the caller's to set, once
/// the slow hashing is done.
Result<storage::User> newAccount(const PasswordPolicy &policy, const QString &email,
                                 const QString &displayName, const QString &password, Role role)
{
    storage::User user;
    user.email = normaliseEmail(email);
    if (Status s = validateEmail(user.email); !s)
        return s.error();
    user.displayName = normaliseDisplayName(displayName);
    if (Status s = validateDisplayName(user.displayName); !s)
        return s.error();
    if (Status s = policy.validate(password, user.email); !s)
        return s.error();
    user.role = role;
    return user;
}

/// Inserts a new account in the caller's transaction and sets user.id; an email taken
/// meanwhile (a concurrent sign-up won) is reported as taken.
Status insertAccount(QSqlDatabase &c, storage::User &user, const QString &passwordHash)
{
    auto id = storage::UserRepository::insert(c, user, passwordHash);
    if (!id)
        return isUniqueViolation(id.error()) ? emailTaken() : id.error();
    user.id = *id;
    return {};
}

/// Runs `change` in the caller's transaction and refuses it when it leaves a store that had
/// an administrator with none. The transaction must already have written (so that it holds
/// SQLite's write lock): the counts are then what is committed, and two changes at once
/// (two admins demoting each other) cannot both see the other administrator left.
Status keepingAnAdmin(QSqlDatabase &c, const std::function<Status()> &change,
                      const QString &refusal, const QString &where)
{
    auto before = storage::UserRepository::countWithRole(c, Role::Admin);
    if (!before)
        return before.error();
    if (Status s = change(); !s)
        return s;
    auto after = storage::UserRepository::countWithRole(c, Role::Admin);
    if (!after)
        return after.error();
    if (*before > 0 && *after == 0)
        return fail(refusal, where);
    return {};
}

} // namespace

struct Session::GuestState
{
    QMutex mutex;
    QHash<qint64, int> ratings; // product id -> stars, never written to the database
    qint64 createdAt = 0;
    qint64 lastSeenAt = 0;
    qint64 idleSecs = 0;
    qint64 absoluteSecs = 0;
    bool ended = false;
};

struct AuthService::Resolved
{
    Role role = Role::Guest;
    storage::User user; // id 0 for a guest
    storage::StoredSession stored;
    std::shared_ptr<Session::GuestState> guest;
};

AuthConfig AuthConfig::kioskMode()
{
    AuthConfig c;
    c.kiosk = true;
    return c;
}

AuthService::AuthService(const storage::Database &db, PasswordHasher hasher, PasswordPolicy policy,
                         AuthConfig config, Clock clock)
    : m_db(db)
    , m_hasher(std::move(hasher))
    , m_policy(std::move(policy))
    , m_config(config)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{
    PasswordHasher::initialise();
    auto key = storage::ThrottleRepository(m_db).throttleKey();
    if (key && key->size() == crypto_generichash_KEYBYTES)
        m_throttleKey = *key;
    else
        qCWarning(lcAuth) << "no log-in throttle key; log-ins will be refused";
}

AuthService::~AuthService() = default;

void AuthService::audit(const QString &action, qint64 actor, qint64 subject,
                        const QJsonObject &detail) const
{
    storage::AuditEntry e{0, m_clock(), actor, action, subject, detail};
    if (Status s = storage::AuditRepository(m_db).record(e); !s)
        qCWarning(lcAuth) << "cannot write the audit log:" << s.error().toString();
}

QByteArray AuthService::throttleKeyFor(const QString &normalisedEmail) const
{
    if (m_throttleKey.isEmpty())
        return {};
    return blake2b(normalisedEmail.toUtf8(), m_throttleKey);
}

Session AuthService::sessionFor(const QByteArray &token, const storage::User &user,
                                const storage::StoredSession &stored) const
{
    Session s;
    s.m_token = token;
    s.m_userId = user.id;
    s.m_role = user.role;
    s.m_displayName = user.displayName;
    s.m_email = user.email;
    s.m_keepSignedIn = stored.keepSignedIn;
    s.m_kiosk = stored.kiosk;
    return s;
}

Session AuthService::guest() const
{
    Session s;
    s.m_token = randomToken();
    s.m_guest = std::make_shared<Session::GuestState>();
    s.m_guest->createdAt = s.m_guest->lastSeenAt = m_clock();
    s.m_guest->idleSecs = m_config.kiosk ? m_config.kioskIdleSecs : m_config.idleSecs;
    s.m_guest->absoluteSecs = m_config.kiosk ? m_config.kioskAbsoluteSecs : m_config.absoluteSecs;
    s.m_role = Role::Guest;
    s.m_kiosk = m_config.kiosk;
    return s;
}

Result<Session> AuthService::startSession(const storage::User &user, bool keepSignedIn,
                                          const std::optional<storage::AuditEntry> &audit)
{
    const qint64 now = m_clock();
    storage::StoredSession stored;
    stored.kiosk = m_config.kiosk;
    stored.keepSignedIn = keepSignedIn && !m_config.kiosk;
    stored.idleSecs = stored.kiosk          ? m_config.kioskIdleSecs
                      : stored.keepSignedIn ? m_config.keepIdleSecs
                                            : m_config.idleSecs;
    stored.expiresAt = now + (stored.kiosk          ? m_config.kioskAbsoluteSecs
                              : stored.keepSignedIn ? m_config.keepAbsoluteSecs
                                                    : m_config.absoluteSecs);
    stored.createdAt = stored.lastSeenAt = now;
    stored.userId = user.id;
    const QByteArray token = randomToken();
    stored.tokenHash = tokenHash(token);
    const Status written = m_db.transaction([&](QSqlDatabase &c) -> Status {
        if (Status s = storage::SessionRepository::insert(c, stored); !s)
            return s;
        if (!audit)
            return {};
        storage::AuditEntry entry = *audit;
        entry.detail.insert(QStringLiteral("keep_signed_in"), stored.keepSignedIn);
        entry.detail.insert(QStringLiteral("kiosk"), stored.kiosk);
        return storage::AuditRepository::insert(c, entry);
    });
    if (!written)
        return written.error();
    const storage::SessionRepository sessions(m_db);
    if (Status s = sessions.purgeExpired(now); !s)
        qCWarning(lcAuth) << "cannot purge expired sessions:" << s.error().toString();
    // Old failure records go too: they hold keyed hashes of whatever was typed as an email.
    if (Status s = storage::ThrottleRepository(m_db).purge(now, m_config.failureWindowSecs); !s)
        qCWarning(lcAuth) << "cannot purge the log-in throttle:" << s.error().toString();
    return sessionFor(token, user, stored);
}

Result<AuthService::Resolved> AuthService::resolve(const Session &session, Touch touch)
{
    if (!session.isValid())
        return ended();
    const qint64 now = m_clock();
    if (session.m_guest) {
        Session::GuestState &g = *session.m_guest;
        QMutexLocker lock(&g.mutex);
        if (g.ended || now >= g.createdAt + g.absoluteSecs || now >= g.lastSeenAt + g.idleSecs) {
            g.ended = true;
            g.ratings.clear();
            return ended();
        }
        if (touch == Touch::Yes)
            g.lastSeenAt = now;
        Resolved r;
        r.guest = session.m_guest;
        return r;
    }
    if (session.m_token.size() != kTokenBytes)
        return ended();
    const QByteArray hash = tokenHash(session.m_token);
    const storage::SessionRepository sessions(m_db);
    auto stored = sessions.byTokenHash(hash);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return ended();
    const storage::StoredSession &s = **stored;
    if (now >= s.expiresAt || now >= s.lastSeenAt + s.idleSecs) {
        // A peek writes nothing; the row goes at the next use or purge.
        if (touch == Touch::Yes) {
            if (Status removed = sessions.remove(hash); !removed)
                qCWarning(lcAuth) << "cannot remove an expired session:"
                                  << removed.error().toString();
        }
        return ended();
    }
    auto user = storage::UserRepository(m_db).byId(s.userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return ended();
    // Only a use restarts the idle clock (not a poll), and only once per second: repeated
    // operations within the same second need no write lock.
    if (touch == Touch::Yes && s.lastSeenAt < now) {
        if (Status touched = sessions.touch(hash, now); !touched)
            return touched.error();
    }
    Resolved r;
    r.role = (*user)->role;
    r.user = **user;
    r.stored = s;
    return r;
}

Result<SessionInfo> AuthService::check(const Session &session)
{
    return describe(session, Touch::Yes);
}

Result<SessionInfo> AuthService::peek(const Session &session)
{
    return describe(session, Touch::No);
}

Result<SessionInfo> AuthService::describe(const Session &session, Touch touch)
{
    auto r = resolve(session, touch);
    if (!r)
        return r.error();
    SessionInfo info;
    info.role = r->role;
    if (r->guest) {
        info.kiosk = session.m_kiosk;
        QMutexLocker lock(&r->guest->mutex);
        info.expiresAt = r->guest->createdAt + r->guest->absoluteSecs;
        return info;
    }
    info.displayName = r->user.displayName;
    info.email = r->user.email;
    info.keepSignedIn = r->stored.keepSignedIn;
    info.kiosk = r->stored.kiosk;
    info.expiresAt = r->stored.expiresAt;
    return info;
}

Result<storage::Credentials>
AuthService::verifyPassword(const QString &email, const QString &password, qint64 actorUserId)
{
    const qint64 now = m_clock();
    const QByteArray key = throttleKeyFor(email);
    if (key.isEmpty())
        return fail(tr("log-in is unavailable: the database has no throttle key"), kPassword);
    const storage::ThrottleRepository throttle(m_db);
    // Admitted (and counted as a failure until the password proves right) before any account
    // lookup, and kept per email typed: the same answer for an unknown email as for a real
    // one, and guesses made at once are all counted before any of them is checked.
    auto admitted = admitAttempt(m_config, throttle, key, now, kPassword);
    if (!admitted)
        return admitted.error();

    auto credentials = storage::UserRepository(m_db).credentialsByEmail(email);
    if (!credentials)
        return credentials.error();
    bool ok = false;
    if (credentials->has_value() && !(*credentials)->passwordHash.isEmpty())
        ok = m_hasher.verify((*credentials)->passwordHash, password);
    else
        m_hasher.verifyDummy(password); // the same Argon2id work as a real check

    const qint64 subject = credentials->has_value() ? (*credentials)->userId : 0;
    if (!ok) {
        const CountedFailure &counted = *admitted;
        audit(QStringLiteral("log_in_failed"), actorUserId, subject,
              {{QStringLiteral("failures"), counted.failures}});
        if (counted.lockedNow)
            audit(QStringLiteral("lockout"), actorUserId, subject,
                  {{QStringLiteral("failures"), counted.failures},
                   {QStringLiteral("until"), counted.lockedUntil}});
        return fail(ErrorCode::BadCredentials, badCredentials(), kPassword);
    }

    storage::Credentials found = **credentials;
    if (Status s = throttle.clear(key); !s)
        qCWarning(lcAuth) << "cannot reset the log-in throttle:" << s.error().toString();
    if (m_hasher.needsRehash(found.passwordHash)) {
        // Our limits changed since this hash was made: upgrade it now that we know the
        // password. The swap only happens if no password change came in between.
        if (auto fresh = m_hasher.hash(password)) {
            bool replaced = false;
            const Status written = m_db.transaction([&](QSqlDatabase &c) -> Status {
                auto swapped = storage::UserRepository::replacePasswordHash(
                    c, found.userId, found.passwordHash, *fresh);
                if (!swapped)
                    return swapped.error();
                replaced = *swapped;
                if (!replaced)
                    return {};
                return storage::AuditRepository::insert(c, {0,
                                                            m_clock(),
                                                            found.userId,
                                                            QStringLiteral("password_rehashed"),
                                                            found.userId,
                                                            {}});
            });
            if (!written)
                qCWarning(lcAuth) << "cannot upgrade a password hash:"
                                  << written.error().toString();
            else if (replaced)
                found.passwordHash = *fresh;
        }
    }
    return found;
}

Result<Session> AuthService::signUp(const QString &email, const QString &displayName,
                                    const QString &password, bool keepSignedIn)
{
    auto account = newAccount(m_policy, email, displayName, password, Role::Shopper);
    if (!account)
        return account.error();
    storage::User &user = *account;
    const storage::UserRepository users(m_db);
    auto existing = users.byEmail(user.email);
    if (!existing)
        return existing.error();
    // Sign-up cannot help telling that an email is taken (the store sends no mail to prove
    // ownership); log-in never tells.
    if (existing->has_value())
        return emailTaken();
    auto hash = m_hasher.hash(password); // outside any transaction: it takes a while
    if (!hash)
        return hash.error();

    user.createdAt = m_clock();
    Status written = m_db.transaction([&](QSqlDatabase &c) -> Status {
        if (Status s = insertAccount(c, user, *hash); !s)
            return s;
        return storage::AuditRepository::insert(
            c, {0, user.createdAt, user.id, QStringLiteral("sign_up"), user.id, {}});
    });
    if (!written)
        return written.error();
    return startSession(user, keepSignedIn);
}

Result<Session> AuthService::logIn(const QString &email, const QString &password, bool keepSignedIn)
{
    const QString normalised = normaliseEmail(email);
    auto credentials = verifyPassword(normalised, password, 0);
    if (!credentials)
        return credentials.error();
    auto user = storage::UserRepository(m_db).byId(credentials->userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return fail(ErrorCode::BadCredentials, badCredentials(), kPassword);
    // The session and its audit entry are one write.
    return startSession(
        **user, keepSignedIn,
        storage::AuditEntry{0, m_clock(), (*user)->id, QStringLiteral("log_in"), (*user)->id, {}});
}

Status AuthService::logOut(const Session &session)
{
    if (!session.isValid())
        return {};
    if (session.m_guest) {
        QMutexLocker lock(&session.m_guest->mutex);
        session.m_guest->ended = true;
        session.m_guest->ratings.clear();
        return {};
    }
    auto stored = storage::SessionRepository(m_db).byTokenHash(tokenHash(session.m_token));
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return {}; // already ended
    const qint64 userId = (*stored)->userId;
    return m_db.transaction([&](QSqlDatabase &c) -> Status {
        if (Status s = storage::SessionRepository::removeAllOf(c, userId); !s)
            return s;
        return storage::AuditRepository::insert(
            c, {0, m_clock(), userId, QStringLiteral("log_out"), userId, {}});
    });
}

Result<Session> AuthService::resume(const QByteArray &token)
{
    if (token.size() != kTokenBytes)
        return ended();
    const QByteArray hash = tokenHash(token);
    const storage::SessionRepository sessions(m_db);
    auto stored = sessions.byTokenHash(hash);
    if (!stored)
        return stored.error();
    // Only sessions opted in to "keep me signed in" survive a restart.
    if (!stored->has_value() || !(*stored)->keepSignedIn)
        return ended();
    Session probe;
    probe.m_token = token;
    auto resolved = resolve(probe); // expiry, deleted user, touch
    if (!resolved)
        return resolved.error();
    audit(QStringLiteral("log_in"), resolved->user.id, resolved->user.id,
          {{QStringLiteral("resumed"), true}});
    return sessionFor(token, resolved->user, resolved->stored);
}

Result<storage::User> AuthService::currentUser(const Session &session)
{
    auto r = resolve(session);
    if (!r)
        return r.error();
    if (r->guest)
        return fail(tr("Please log in or sign up first."), kSession);
    return r->user;
}

Status AuthService::requireRole(const Session &session, Role minimum)
{
    auto r = resolve(session);
    if (!r)
        return r.error();
    if (int(r->role) < int(minimum))
        return fail(tr("This needs the %1 role; you are signed in as %2.")
                        .arg(roleTitle(minimum), roleTitle(r->role)),
                    QStringLiteral("permission"));
    return {};
}

Status AuthService::requirePermission(const Session &session, Permission permission)
{
    auto r = resolve(session);
    if (!r)
        return r.error();
    if (!roleAllows(r->role, permission))
        return fail(tr("You are not allowed to %1 (needs the %2 role).")
                        .arg(permissionName(permission), roleTitle(minimumRole(permission))),
                    QStringLiteral("permission"));
    return {};
}

Result<Session> AuthService::changePassword(const Session &session, const QString &currentPassword,
                                            const QString &newPassword)
{
    auto user = currentUser(session);
    if (!user)
        return user.error();
    auto credentials = verifyPassword(user->email, currentPassword, user->id);
    if (!credentials)
        return wrongCurrentPassword(credentials.error());
    if (Status s = m_policy.validate(newPassword, user->email); !s)
        return fail(s.error().message, QStringLiteral("new password"));
    auto hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();
    const bool keep = session.m_keepSignedIn;
    Status written = m_db.transaction([&](QSqlDatabase &c) -> Status {
        if (Status s = storage::UserRepository::setPasswordHash(c, user->id, *hash); !s)
            return s;
        if (Status s = storage::SessionRepository::removeAllOf(c, user->id); !s)
            return s;
        return storage::AuditRepository::insert(
            c, {0, m_clock(), user->id, QStringLiteral("password_changed"), user->id, {}});
    });
    if (!written)
        return written.error();
    return startSession(*user, keep);
}

Status AuthService::changeEmail(const Session &session, const QString &currentPassword,
                                const QString &newEmail)
{
    auto user = currentUser(session);
    if (!user)
        return user.error();
    const QString normalised = normaliseEmail(newEmail);
    if (Status s = validateEmail(normalised); !s)
        return s;
    auto credentials = verifyPassword(user->email, currentPassword, user->id);
    if (!credentials)
        return wrongCurrentPassword(credentials.error());
    if (normalised == user->email)
        return {};
    return m_db.transaction([&](QSqlDatabase &c) -> Status {
        if (Status s = storage::UserRepository::setEmail(c, user->id, normalised); !s)
            return isUniqueViolation(s.error()) ? emailTaken() : s;
        return storage::AuditRepository::insert(
            c, {0, m_clock(), user->id, QStringLiteral("email_changed"), user->id, {}});
    });
}

Status AuthService::deleteAccount(const Session &session, const QString &currentPassword)
{
    auto user = currentUser(session);
    if (!user)
        return user.error();
    auto credentials = verifyPassword(user->email, currentPassword, user->id);
    if (!credentials)
        return wrongCurrentPassword(credentials.error());
    return m_db.transaction([&](QSqlDatabase &c) -> Status {
        // The audit entry is the first write (it takes the write lock before the count).
        if (Status s = storage::AuditRepository::insert(
                c, {0, m_clock(), user->id, QStringLiteral("account_deleted"), user->id, {}});
            !s)
            return s;
        // Sessions, favourites, ratings and events go with the row (ON DELETE CASCADE); the
        // rating triggers keep product_stats right.
        return keepingAnAdmin(
            c, [&] { return storage::UserRepository::remove(c, user->id); },
            tr("You are the only administrator: make another account administrator before "
               "deleting this one."),
            QStringLiteral("account"));
    });
}

Result<QJsonDocument> AuthService::exportMyData(const Session &session)
{
    auto r = resolve(session);
    if (!r)
        return r.error();
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("storefront-personal-data/1"));
    root.insert(QStringLiteral("exported_at"),
                QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC).toString(Qt::ISODate));
    const storage::ProductRepository products(m_db);
    auto productFields = [&](QJsonObject &o, qint64 productId) {
        o.insert(QStringLiteral("product_id"), productId);
        if (auto p = products.byId(productId); p && p->has_value()) {
            o.insert(QStringLiteral("sku"), (*p)->sku);
            o.insert(QStringLiteral("title"), (*p)->title);
        }
    };
    auto isoTime = [](qint64 secs) {
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
    };

    if (r->guest) {
        QHash<qint64, int> ratings;
        {
            QMutexLocker lock(&r->guest->mutex);
            ratings = r->guest->ratings;
        }
        QJsonArray list;
        for (auto it = ratings.cbegin(); it != ratings.cend(); ++it) {
            QJsonObject o;
            productFields(o, it.key());
            o.insert(QStringLiteral("stars"), it.value());
            list.append(o);
        }
        root.insert(QStringLiteral("guest"), true);
        root.insert(QStringLiteral("ratings"), list);
        return QJsonDocument(root);
    }

    const storage::User &u = r->user;
    QJsonObject profile;
    profile.insert(QStringLiteral("email"), u.email);
    profile.insert(QStringLiteral("display_name"), u.displayName);
    profile.insert(QStringLiteral("role"), roleName(u.role));
    profile.insert(QStringLiteral("created_at"), isoTime(u.createdAt));
    profile.insert(QStringLiteral("price_min_cents"),
                   u.priceMinCents ? QJsonValue(*u.priceMinCents) : QJsonValue());
    profile.insert(QStringLiteral("price_max_cents"),
                   u.priceMaxCents ? QJsonValue(*u.priceMaxCents) : QJsonValue());
    auto favourites = storage::UserRepository(m_db).favouriteCategories(u.id);
    if (!favourites)
        return favourites.error();
    auto categories = storage::CategoryRepository(m_db).list();
    if (!categories)
        return categories.error();
    QJsonArray favouriteList;
    for (qint64 id : *favourites) {
        for (const auto &c : *categories) {
            if (c.id == id)
                favouriteList.append(c.path);
        }
    }
    profile.insert(QStringLiteral("favourite_categories"), favouriteList);
    root.insert(QStringLiteral("profile"), profile);

    auto ratings = storage::RatingRepository(m_db).byUser(u.id);
    if (!ratings)
        return ratings.error();
    QJsonArray ratingList;
    for (const auto &rating : *ratings) {
        QJsonObject o;
        productFields(o, rating.productId);
        o.insert(QStringLiteral("stars"), rating.stars);
        o.insert(QStringLiteral("rated_at"), isoTime(rating.updatedAt));
        ratingList.append(o);
    }
    root.insert(QStringLiteral("ratings"), ratingList);

    auto events = storage::EventRepository(m_db).byUser(u.id);
    if (!events)
        return events.error();
    QJsonArray eventList;
    for (const auto &e : *events) {
        QJsonObject o;
        o.insert(QStringLiteral("type"), storage::eventTypeName(e.type));
        if (e.productId)
            productFields(o, e.productId);
        if (!e.query.isEmpty())
            o.insert(QStringLiteral("query"), e.query);
        o.insert(QStringLiteral("occurred_at"), isoTime(e.occurredAt));
        eventList.append(o);
    }
    root.insert(QStringLiteral("events"), eventList);

    auto sessions = storage::SessionRepository(m_db).byUser(u.id);
    if (!sessions)
        return sessions.error();
    QJsonArray sessionList; // times only: no token, no token hash
    for (const auto &s : *sessions)
        sessionList.append(QJsonObject{{QStringLiteral("created_at"), isoTime(s.createdAt)},
                                       {QStringLiteral("last_seen_at"), isoTime(s.lastSeenAt)},
                                       {QStringLiteral("expires_at"), isoTime(s.expiresAt)},
                                       {QStringLiteral("keep_signed_in"), s.keepSignedIn}});
    root.insert(QStringLiteral("sessions"), sessionList);

    auto trail = storage::AuditRepository(m_db).about(u.id);
    if (!trail)
        return trail.error();
    QJsonArray auditList;
    for (const auto &e : *trail)
        auditList.append(QJsonObject{{QStringLiteral("at"), isoTime(e.at)},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("detail"), e.detail}});
    root.insert(QStringLiteral("audit"), auditList);
    return QJsonDocument(root);
}

Result<bool> AuthService::hasAdmin() const
{
    auto n = storage::UserRepository(m_db).countWithRole(Role::Admin);
    if (!n)
        return n.error();
    return *n > 0;
}

Result<qint64> AuthService::createFirstAdmin(const QString &email, const QString &displayName,
                                             const QString &password)
{
    auto account = newAccount(m_policy, email, displayName, password, Role::Admin);
    if (!account)
        return account.error();
    storage::User &user = *account;
    auto exists = hasAdmin();
    if (!exists)
        return exists.error();
    const QString already =
        tr("An administrator already exists; an administrator can give others the admin role.");
    if (*exists)
        return fail(already, QStringLiteral("admin"));
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    user.createdAt = m_clock();
    Status written = m_db.transaction([&](QSqlDatabase &c) -> Status {
        // Checked again inside the transaction: two first-run dialogs must not both win.
        auto n = storage::UserRepository::countWithRole(c, Role::Admin);
        if (!n)
            return n.error();
        if (*n > 0)
            return fail(already, QStringLiteral("admin"));
        if (Status s = insertAccount(c, user, *hash); !s)
            return s;
        return storage::AuditRepository::insert(
            c, {0, user.createdAt, 0, QStringLiteral("admin_created"), user.id, {}});
    });
    if (!written)
        return written.error();
    return user.id;
}

Status AuthService::setRole(const Session &admin, qint64 userId, Role role)
{
    auto actor = currentUser(admin);
    if (!actor)
        return actor.error();
    if (Status s = requirePermission(admin, Permission::ManageUsers); !s)
        return s;
    if (role == Role::Guest)
        return fail(tr("guest is not a role an account can have"), QStringLiteral("role"));
    return m_db.transaction([&](QSqlDatabase &c) -> Status {
        // Read under the write lock, which this first write takes: another administrator's
        // change of the same account commits before it or waits, so the audited "from" is
        // the role this change replaces.
        auto from = storage::UserRepository::roleForUpdate(c, userId);
        if (!from)
            return from.error();
        if (!from->has_value())
            return fail(tr("no account has id %1").arg(userId), QStringLiteral("user"));
        if (**from == role)
            return {};
        if (Status s =
                storage::AuditRepository::insert(c, {0,
                                                     m_clock(),
                                                     actor->id,
                                                     QStringLiteral("role_changed"),
                                                     userId,
                                                     {{QStringLiteral("from"), roleName(**from)},
                                                      {QStringLiteral("to"), roleName(role)}}});
            !s)
            return s;
        return keepingAnAdmin(
            c, [&] { return storage::UserRepository::setRole(c, userId, role); },
            tr("The last administrator cannot lose the admin role."), QStringLiteral("role"));
    });
}

Result<std::vector<UserSummary>> AuthService::listUsers(const Session &admin)
{
    if (Status s = requirePermission(admin, Permission::ManageUsers); !s)
        return s.error();
    auto users = storage::UserRepository(m_db).list();
    if (!users)
        return users.error();
    std::vector<UserSummary> list;
    list.reserve(users->size());
    for (const auto &u : *users)
        list.push_back({u.id, u.email, u.displayName, u.role, u.createdAt, u.hasPassword});
    return list;
}

Result<std::vector<storage::AuditEntry>> AuthService::auditLog(const Session &admin, int limit)
{
    if (Status s = requirePermission(admin, Permission::ViewAuditLog); !s)
        return s.error();
    return storage::AuditRepository(m_db).latest(std::clamp(limit, 1, 100000));
}

Status AuthService::rate(const Session &session, qint64 productId, int stars)
{
    auto r = resolve(session);
    if (!r)
        return r.error();
    if (stars < 1 || stars > 5)
        return fail(tr("stars must be between 1 and 5, got %1").arg(stars),
                    QStringLiteral("stars"));
    if (r->guest) {
        auto product = storage::ProductRepository(m_db).byId(productId);
        if (!product)
            return product.error();
        if (!product->has_value())
            return fail(tr("no product has id %1").arg(productId), QStringLiteral("product"));
        QMutexLocker lock(&r->guest->mutex);
        r->guest->ratings.insert(productId, stars);
        return {};
    }
    return storage::RatingRepository(m_db).rate(r->user.id, productId, stars);
}

Result<std::optional<int>> AuthService::ratingOf(const Session &session, qint64 productId)
{
    auto r = resolve(session);
    if (!r)
        return r.error();
    if (r->guest) {
        QMutexLocker lock(&r->guest->mutex);
        const auto it = r->guest->ratings.constFind(productId);
        return it == r->guest->ratings.cend() ? std::optional<int>{} : std::optional<int>{*it};
    }
    return storage::RatingRepository(m_db).starsOf(r->user.id, productId);
}

} // namespace storefront::auth
