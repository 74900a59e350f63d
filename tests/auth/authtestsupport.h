#pragma once

// An auth world for one test: a fresh database, the shipped password policy, the cheapest
// Argon2id limits (tests hash many times; one test keeps the production limits) and a clock
// the test moves by hand.

#include "auth/authservice.h"
#include "auth/normalisation.h"
#include "auth/passwordhasher.h"
#include "auth/passwordpolicy.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <atomic>
#include <memory>

namespace storefront::testing {

inline const QString kGoodPassword = QStringLiteral("correct horse battery");

struct AuthWorld
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db = openDatabase(dir);
    std::shared_ptr<std::atomic<qint64>> now = std::make_shared<std::atomic<qint64>>(1'800'000'000);
    std::unique_ptr<auth::AuthService> auth;

    explicit AuthWorld(auth::AuthConfig config = {},
                       auth::HashLimits limits = auth::HashLimits::minimum())
    {
        auth = makeService(config, limits);
    }

    /// A second service on the same database and clock (another program, or a restart).
    /// `clock` replaces the shared one (a test that wants to see when the service asks it).
    std::unique_ptr<auth::AuthService>
    makeService(auth::AuthConfig config = {}, auth::HashLimits limits = auth::HashLimits::minimum(),
                auth::Clock clock = {}) const
    {
        auto policy = auth::PasswordPolicy::loadDefault();
        if (!policy)
            qFatal("cannot load the password policy: %s", qPrintable(policy.error().toString()));
        if (!clock)
            clock = [shared = now] { return shared->load(); };
        return std::make_unique<auth::AuthService>(*db, auth::PasswordHasher(limits), *policy,
                                                   config, std::move(clock));
    }

    /// Takes SQLite's write lock on a connection of its own, as a long import in another
    /// program would, until released (or destroyed).
    struct WriteLock
    {
        QString name = QStringLiteral("write-lock-") + QString::number(quintptr(this), 16);
        explicit WriteLock(const QString &path)
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            c.setDatabaseName(path);
            QSqlQuery q(c.open() ? c : QSqlDatabase());
            if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                qFatal("cannot take the write lock");
        }
        void release()
        {
            {
                QSqlDatabase c = QSqlDatabase::database(name, false);
                if (c.isOpen())
                    QSqlQuery(c).exec(QStringLiteral("ROLLBACK"));
                c.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        ~WriteLock()
        {
            if (QSqlDatabase::contains(name))
                release();
        }
        WriteLock(const WriteLock &) = delete;
        WriteLock &operator=(const WriteLock &) = delete;
    };

    void advance(qint64 secs) { *now += secs; }

    auth::Session signUp(const QString &email, const QString &password = kGoodPassword,
                         bool keep = false)
    {
        auto s = auth->signUp(email, QStringLiteral("Test Person"), password, keep);
        if (!s)
            qFatal("sign-up failed: %s", qPrintable(s.error().toString()));
        return *s;
    }

    /// Makes an account of `role` (through the first admin when needed) and signs it in.
    auth::Session accountWithRole(const QString &email, auth::Role role)
    {
        if (role == auth::Role::Guest)
            return auth->guest();
        auth::Session s = signUp(email);
        if (role == auth::Role::Shopper)
            return s;
        auto admin = adminSession();
        const qint64 id = idOf(email);
        if (Status st = auth->setRole(admin, id, role); !st)
            qFatal("setRole failed: %s", qPrintable(st.error().toString()));
        return s;
    }

    auth::Session adminSession()
    {
        const QString email = QStringLiteral("root@store.example");
        if (!*auth->hasAdmin()) {
            auto id = auth->createFirstAdmin(email, QStringLiteral("Root"), kGoodPassword);
            if (!id)
                qFatal("createFirstAdmin failed: %s", qPrintable(id.error().toString()));
        }
        auto s = auth->logIn(email, kGoodPassword);
        if (!s)
            qFatal("admin log-in failed: %s", qPrintable(s.error().toString()));
        return *s;
    }

    /// Two administrators, signed in: root@store.example and second@example.org.
    std::pair<auth::Session, auth::Session> twoAdmins()
    {
        auth::Session root = adminSession();
        signUp(QStringLiteral("second@example.org"));
        if (Status s =
                auth->setRole(root, idOf(QStringLiteral("second@example.org")), auth::Role::Admin);
            !s)
            qFatal("setRole failed: %s", qPrintable(s.error().toString()));
        auto second = auth->logIn(QStringLiteral("second@example.org"), kGoodPassword);
        if (!second)
            qFatal("log-in failed: %s", qPrintable(second.error().toString()));
        return {root, *second};
    }

    qint64 idOf(const QString &email) const
    {
        auto u = storage::UserRepository(*db).byEmail(auth::normaliseEmail(email));
        return u && u->has_value() ? (*u)->id : 0;
    }

    /// Makes every write to the audit log fail (a trigger), as a full disk or a broken
    /// table would, until restoreAuditLog().
    void breakAuditLog() const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(QStringLiteral("CREATE TRIGGER audit_down BEFORE INSERT ON audit_log "
                                   "BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END")))
            qFatal("cannot break the audit log");
    }
    void restoreAuditLog() const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(QStringLiteral("DROP TRIGGER audit_down")))
            qFatal("cannot restore the audit log");
    }

    qint64 count(const QString &table) const
    {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

} // namespace storefront::testing
