// Times one Argon2id password hash and one verification with the production limits
// (crypto_pwhash_OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE), median over 20 runs, and a
// whole log-in through AuthService on a real database. Prints figures; asserts nothing.

#include "auth/authservice.h"
#include "auth/passwordhasher.h"
#include "auth/passwordpolicy.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace storefront;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

template <typename F> std::vector<double> timeRuns(int runs, F &&f)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = 20;
    const QString password = QStringLiteral("correct horse battery staple");
    const auth::HashLimits limits = auth::HashLimits::interactive();
    const auth::PasswordHasher hasher(limits);

    QString stored;
    const auto hashMs = timeRuns(runs, [&] { stored = *hasher.hash(password); });
    bool ok = true;
    const auto verifyMs = timeRuns(runs, [&] { ok = ok && hasher.verify(stored, password); });
    const auto wrongMs = timeRuns(
        runs, [&] { ok = ok && !hasher.verify(stored, QStringLiteral("wrong password!")); });
    hasher.prepareDummy();
    const auto dummyMs = timeRuns(runs, [&] { hasher.verifyDummy(password); });

    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    auto policy = auth::PasswordPolicy::loadDefault();
    if (!db || !policy) {
        out << "cannot set up the database or the password policy\n";
        return 1;
    }
    auth::AuthService service(**db, hasher, *policy);
    if (!service.signUp(QStringLiteral("bench@example.org"), QStringLiteral("Bench"), password)) {
        out << "sign-up failed\n";
        return 1;
    }
    const auto logInMs = timeRuns(runs, [&] {
        ok = ok && service.logIn(QStringLiteral("bench@example.org"), password).ok();
    });
    // Wrong password vs unknown email is the comparison that matters for enumeration:
    // throttling is switched off so that every attempt is really checked.
    auth::AuthConfig noBackoff;
    noBackoff.freeFailures = noBackoff.lockoutFailures = 1000;
    auth::AuthService patient(**db, hasher, *policy, noBackoff);
    const auto wrongLogInMs = timeRuns(runs, [&] {
        ok = ok &&
             !patient.logIn(QStringLiteral("bench@example.org"), QStringLiteral("nope nope")).ok();
    });
    const auto unknownMs = timeRuns(runs, [&] {
        // Different emails, so that no back-off kicks in.
        static int n = 0;
        ok = ok && !service.logIn(QStringLiteral("nobody%1@example.org").arg(++n), password).ok();
    });

    out << QStringLiteral("Argon2id interactive limits: opslimit %1, memlimit %2 MiB\n")
               .arg(limits.opsLimit)
               .arg(double(limits.memLimit) / (1024 * 1024));
    auto line = [&](const char *what, const std::vector<double> &ms) {
        out << QStringLiteral("%1 median %2 ms  (min %3, max %4, n=%5)\n")
                   .arg(QLatin1String(what), -34)
                   .arg(median(ms), 0, 'f', 1)
                   .arg(*std::min_element(ms.begin(), ms.end()), 0, 'f', 1)
                   .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 1)
                   .arg(ms.size());
    };
    line("hash (crypto_pwhash_str)", hashMs);
    line("verify, right password", verifyMs);
    line("verify, wrong password", wrongMs);
    line("verify against dummy (no account)", dummyMs);
    line("AuthService::logIn, success", logInMs);
    line("AuthService::logIn, wrong password", wrongLogInMs);
    line("AuthService::logIn, unknown email", unknownMs);
    out << (ok ? "all checks as expected\n" : "UNEXPECTED RESULT\n");
    return ok ? 0 : 1;
}
