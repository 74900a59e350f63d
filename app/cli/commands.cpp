#include "commands.h"
#include "evalcommands.h"

#include "auth/authservice.h"
#include "auth/kioskpinservice.h"
#include "auth/normalisation.h"
#include "auth/passwordhasher.h"
#include "auth/passwordpolicy.h"
#include "catalog/catalogimport.h"
#include "catalog/demostore.h"
#include "catalog/medialocator.h"
#include "storage/database.h"
#include "storage/statsrepository.h"
#include "storage/userrepository.h"
#include "ui/qtpicturedecoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>
#include <cstring>
#include <functional>
#include <iostream>
#include <map>
#include <string>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace storefront::cli {

namespace {

struct Context
{
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QTextStream *in; // a given input (tests); nullptr: the process's stdin
};

/// Drops one trailing line break (a password may end in spaces, so nothing more).
QString chompLine(QString line)
{
    if (line.endsWith(QLatin1Char('\n')))
        line.chop(1);
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

/// The first line of standard input (--password-stdin).
std::optional<QString> readPasswordLine(Context &c)
{
    if (c.in) {
        if (c.in->atEnd())
            return std::nullopt;
        return chompLine(c.in->readLine());
    }
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    QString password = chompLine(QString::fromUtf8(line.data(), qsizetype(line.size())));
    explicit_bzero(line.data(), line.size());
    return password;
}

/// Asks for a password on the terminal with echo off. Nothing when stdin is not a terminal
/// (then --password-stdin is the way), so that a password is never read from a pipe by
/// surprise nor echoed.
std::optional<QString> readPasswordFromTerminal(Context &c, const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (c.in || !isatty(STDIN_FILENO))
        return std::nullopt;
    termios saved{};
    if (tcgetattr(STDIN_FILENO, &saved) != 0)
        return std::nullopt;
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    silent.c_lflag |= ECHONL;
    if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) != 0)
        return std::nullopt;
    c.err << prompt << Qt::flush;
    std::string line;
    const bool read = bool(std::getline(std::cin, line));
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (!read)
        return std::nullopt;
    QString password = QString::fromUtf8(line.data(), qsizetype(line.size()));
    explicit_bzero(line.data(), line.size());
    return password;
#else
    Q_UNUSED(c);
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

/// A new secret for a command: from stdin with --`stdinOption`, else typed twice on the
/// terminal. `what` names it ("password", "PIN"). An Error says why there is none.
Result<QString> readNewSecret(Context &c, const QString &stdinOption, const QString &what)
{
    if (c.parser.isSet(stdinOption)) {
        auto secret = readPasswordLine(c);
        if (!secret)
            return fail(QStringLiteral("no %1 on standard input").arg(what),
                        QStringLiteral("--") + stdinOption);
        return *secret;
    }
    const QString title = what.at(0).toUpper() + what.mid(1);
    auto first = readPasswordFromTerminal(c, title + QStringLiteral(": "));
    if (!first)
        return fail(QStringLiteral("standard input is not a terminal: pass the %1 on "
                                   "standard input with --%2")
                        .arg(what, stdinOption),
                    what);
    auto again = readPasswordFromTerminal(c, title + QStringLiteral(" again: "));
    if (!again || *again != *first)
        return fail(QStringLiteral("the two %1s differ").arg(what), what);
    return *first;
}

Result<QString> readNewPassword(Context &c)
{
    return readNewSecret(c, QStringLiteral("password-stdin"), QStringLiteral("password"));
}

int failWith(QTextStream &err, const QString &message)
{
    err << "storefront-cli: " << message << Qt::endl;
    return 1;
}

/// Whether a command may create the database it is pointed at.
enum class Missing
{
    Create,
    Refuse
};

/// Opens --db (or the default database), seeding the demo store into a new one unless
/// --empty is given. With Missing::Refuse a path that names no file is an error and nothing
/// is created: a command that only reads (stats, export-catalog, users) and is given a
/// mistyped path would otherwise report on a new, empty store.
Result<std::unique_ptr<storage::Database>>
openDatabase(const QCommandLineParser &parser, bool seedDemo, Missing missing = Missing::Create)
{
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : storage::Database::defaultPath();
    if (missing == Missing::Refuse && !QFileInfo(path).isFile())
        return fail(QStringLiteral("no database here; this command reads an existing store and "
                                   "creates none"),
                    path);
    auto db = storage::Database::open(path);
    if (!db)
        return db.error();
    if (seedDemo && !parser.isSet(QStringLiteral("empty"))) {
        auto seeded = catalog::DemoStore::seedIfEmpty(**db, catalog::DemoStore::locateDataDir());
        if (!seeded)
            return seeded.error();
    }
    return db;
}

/// The name of the account running this process, from the password database (USER may be
/// unset or forged in a service's environment); the uid when it has no entry.
QString operatingSystemAccount()
{
#ifdef Q_OS_UNIX
    const uid_t uid = getuid();
    if (const passwd *entry = getpwuid(uid); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QStringLiteral("uid %1").arg(uid);
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

int importCatalog(Context &c, const QStringList &args)
{
    const QStringList &files = args;
    const bool dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    if (files.size() != 1)
        return failWith(c.err, QStringLiteral("usage: storefront-cli import-catalog "
                                              "FILE.csv|FILE.json [--dry-run]"));
    auto db = openDatabase(c.parser, false);
    if (!db)
        return failWith(c.err, db.error().toString());
    catalog::ImportControl control;
    control.pictures = std::make_shared<ui::QtPictureDecoder>();
    const catalog::ImportPreview preview =
        catalog::CatalogImport::preview(**db, files.first(), {}, control);
    if (dryRun) {
        // The preview: every row with what would happen to it, or its problems.
        for (const Error &e : preview.fileProblems)
            c.out << e.toString() << Qt::endl;
        for (const catalog::PreviewRow &row : preview.rows) {
            QStringList why;
            for (const catalog::FieldProblem &p : row.problems)
                why << p.field + QStringLiteral(": ") + p.message;
            c.out << QStringLiteral("%1:%2\t%3\t%4")
                         .arg(files.first())
                         .arg(row.line)
                         .arg(row.product.sku, !why.isEmpty()   ? why.join(QStringLiteral("; "))
                                               : row.existingId ? QStringLiteral("update")
                                                                : QStringLiteral("new"))
                  << Qt::endl;
        }
        c.out << QStringLiteral("dry run: %1 row(s), %2 new, %3 problem(s); nothing written")
                     .arg(preview.rows.size())
                     .arg(preview.newCount())
                     .arg(preview.allProblems().size())
              << Qt::endl;
        return preview.canConfirm() ? 0 : 1;
    }
    // Nobody signs in on the command line: the audit log names the system account instead.
    catalog::ImportActor actor;
    actor.osAccount = operatingSystemAccount();
    auto result = catalog::CatalogImport::confirm(
        **db, preview, catalog::MediaLocator::mediaDirFor((*db)->path()), actor,
        QDateTime::currentSecsSinceEpoch(), control);
    if (!result) {
        c.err << result.error().toString() << Qt::endl;
        return 1;
    }
    c.out << QStringLiteral("imported %1: %2 new, %3 updated, %4 image(s) copied")
                 .arg(files.first())
                 .arg(result->summary.inserted)
                 .arg(result->summary.updated)
                 .arg(result->summary.imagesCopied)
          << Qt::endl;
    return 0;
}

int exportCatalog(Context &c, const QStringList &args)
{
    if (args.size() != 1)
        return failWith(c.err,
                        QStringLiteral("usage: storefront-cli export-catalog FILE.csv|FILE.json"));
    auto db = openDatabase(c.parser, false, Missing::Refuse);
    if (!db)
        return failWith(c.err, db.error().toString());
    // The pictures go next to the file, as the GUI's export does, so that the export
    // imports into another database as it is.
    const catalog::MediaLocator media(
        {catalog::MediaLocator::mediaDirFor((*db)->path()), catalog::DemoStore::locateDataDir()});
    if (Status s = catalog::CatalogImport::exportFile(**db, args.first(), &media); !s)
        return failWith(c.err, s.error().toString());
    return 0;
}

int stats(Context &c, const QStringList &args)
{
    if (!args.isEmpty())
        return failWith(c.err, QStringLiteral("usage: storefront-cli stats"));
    auto db = openDatabase(c.parser, false, Missing::Refuse);
    if (!db)
        return failWith(c.err, db.error().toString());
    auto counts = storage::StatsRepository(**db).counts();
    if (!counts)
        return failWith(c.err, counts.error().toString());
    c.out << "database:   " << (*db)->path() << '\n'
          << "products:   " << counts->products << " (" << counts->activeProducts << " active)\n"
          << "categories: " << counts->categories << '\n'
          << "users:      " << counts->users << '\n'
          << "ratings:    " << counts->ratings << '\n'
          << "events:     " << counts->events << Qt::endl;
    return 0;
}

int seedDemo(Context &c, const QStringList &args)
{
    if (!args.isEmpty())
        return failWith(c.err, QStringLiteral("usage: storefront-cli seed-demo"));
    auto db = openDatabase(c.parser, false);
    if (!db)
        return failWith(c.err, db.error().toString());
    auto seeded = catalog::DemoStore::seedIfEmpty(**db, catalog::DemoStore::locateDataDir());
    if (!seeded)
        return failWith(c.err, seeded.error().toString());
    if (seeded->products == 0)
        c.out << "the database already holds a catalog; nothing seeded" << Qt::endl;
    else
        c.out << QStringLiteral("seeded %1 products, %2 shoppers, %3 ratings, %4 events")
                     .arg(seeded->products)
                     .arg(seeded->shoppers)
                     .arg(seeded->ratings)
                     .arg(seeded->events)
              << Qt::endl;
    return 0;
}

int hashPassword(Context &c, const QStringList &args)
{
    if (!args.isEmpty())
        return failWith(c.err,
                        QStringLiteral("usage: storefront-cli hash-password [--password-stdin]"));
    auto password = readNewPassword(c);
    if (!password)
        return failWith(c.err, password.error().toString());
    auto policy = auth::PasswordPolicy::loadDefault();
    if (!policy)
        return failWith(c.err, policy.error().toString());
    if (Status s = policy->validate(*password, QString()); !s)
        return failWith(c.err, s.error().toString());
    auto hash = auth::PasswordHasher(auth::HashLimits::interactive()).hash(*password);
    if (!hash)
        return failWith(c.err, hash.error().toString());
    c.out << *hash << Qt::endl;
    return 0;
}

/// The database of --db (never seeded) with an AuthService on it (shipped password policy,
/// production hashing limits).
struct AuthContext
{
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<auth::AuthService> service;
};

Result<AuthContext> openAuth(const QCommandLineParser &parser)
{
    auto db = openDatabase(parser, false);
    if (!db)
        return db.error();
    auto policy = auth::PasswordPolicy::loadDefault();
    if (!policy)
        return policy.error();
    AuthContext context;
    context.db = std::move(*db);
    context.service =
        std::make_unique<auth::AuthService>(*context.db, auth::PasswordHasher(), *policy);
    return context;
}

int createAdmin(Context &c, const QStringList &args)
{
    const QString email = c.parser.value(QStringLiteral("email"));
    const QString name = c.parser.value(QStringLiteral("name"));
    if (!args.isEmpty() || email.isEmpty() || name.isEmpty())
        return failWith(c.err, QStringLiteral("usage: storefront-cli create-admin --email EMAIL "
                                              "--name NAME [--password-stdin]"));
    auto opened = openAuth(c.parser);
    if (!opened)
        return failWith(c.err, opened.error().toString());
    auth::AuthService &service = *opened->service;
    auto exists = service.hasAdmin();
    if (!exists)
        return failWith(c.err, exists.error().toString());
    if (*exists) // before asking for a password that would be refused anyway
        return failWith(c.err, QStringLiteral("an administrator already exists"));
    auto password = readNewPassword(c);
    if (!password)
        return failWith(c.err, password.error().toString());
    auto id = service.createFirstAdmin(email, name, *password);
    if (!id)
        return failWith(c.err, id.error().toString());
    c.out << QStringLiteral("created administrator %1 (id %2)")
                 .arg(auth::normaliseEmail(email))
                 .arg(*id)
          << Qt::endl;
    return 0;
}

/// kiosk set-pin: the staff PIN that unlocks a kiosk's exit and staff functions.
int kiosk(Context &c, const QStringList &args)
{
    if (args != QStringList{QStringLiteral("set-pin")})
        return failWith(c.err, QStringLiteral("usage: storefront-cli kiosk set-pin [--pin-stdin]"));
    auto opened = openAuth(c.parser);
    if (!opened)
        return failWith(c.err, opened.error().toString());
    auth::KioskPinService pins(*opened->db, *opened->service);
    auto pin = readNewSecret(c, QStringLiteral("pin-stdin"), QStringLiteral("PIN"));
    if (!pin)
        return failWith(c.err, pin.error().toString());
    if (Status s = pins.setPinLocally(*pin); !s)
        return failWith(c.err, s.error().toString());
    c.out << QStringLiteral("kiosk PIN set") << Qt::endl;
    return 0;
}

int users(Context &c, const QStringList &args)
{
    if (!args.isEmpty())
        return failWith(c.err, QStringLiteral("usage: storefront-cli users"));
    auto db = openDatabase(c.parser, false, Missing::Refuse);
    if (!db)
        return failWith(c.err, db.error().toString());
    // The CLI works on the database file directly: whoever can run it on the file can read
    // it anyway. It still shows no password hash.
    auto list = storage::UserRepository(**db).list();
    if (!list)
        return failWith(c.err, list.error().toString());
    c.out << "id\trole\tcan log in\temail\tname\n";
    for (const auto &u : *list)
        c.out << u.id << '\t' << storage::roleName(u.role) << '\t' << (u.hasPassword ? "yes" : "no")
              << '\t' << u.email << '\t' << u.displayName << '\n';
    c.out.flush();
    return 0;
}

using Command = std::function<int(Context &, const QStringList &)>;

struct CommandInfo
{
    Command run;
    const char *summary;
};

const std::map<QString, CommandInfo> &commands()
{
    static const std::map<QString, CommandInfo> kCommands = {
        {QStringLiteral("import-catalog"),
         {importCatalog, "FILE.csv|FILE.json [--dry-run]   check a catalog file and import it "
                         "(all or nothing); --dry-run shows the preview only"}},
        {QStringLiteral("export-catalog"),
         {exportCatalog, "FILE.csv|FILE.json   write the whole catalog in the import format"}},
        {QStringLiteral("stats"),
         {stats, "           counts of products, categories, users, ratings and events"}},
        {QStringLiteral("seed-demo"),
         {seedDemo, "           load the bundled demo store into an empty database"}},
        {QStringLiteral("create-admin"),
         {createAdmin, "--email E --name N [--password-stdin]   create the first administrator"}},
        {QStringLiteral("hash-password"),
         {hashPassword,
          "[--password-stdin]   print an Argon2id hash (for data/demo-credentials.csv)"}},
        {QStringLiteral("kiosk"),
         {kiosk, "set-pin [--pin-stdin]   set the kiosk's staff PIN (4 to 12 digits)"}},
        {QStringLiteral("users"),
         {users, "           list accounts: id, role, email, name (never password hashes)"}},
        // Offline evaluation (issue #5), implemented in evalcommands.cpp.
        {QStringLiteral("evaluate"),
         {[](Context &c, const QStringList &a) {
              return evalcli::evaluate(c.parser, a, c.out, c.err);
          },
          "--train F --test F | --data S --split P  --models LIST  evaluate models"}},
        {QStringLiteral("recommend"),
         {[](Context &c, const QStringList &a) {
              return evalcli::recommend(c.parser, a, c.out, c.err);
          },
          "--train F --model M --output F.csv  top-k lists per user"}},
        {QStringLiteral("train"),
         {[](Context &c, const QStringList &a) {
              return evalcli::train(c.parser, a, c.out, c.err);
          },
          "--train F --model M --save F  fit a model and save a snapshot"}},
        {QStringLiteral("tune"),
         {[](Context &c, const QStringList &a) { return evalcli::tune(c.parser, a, c.out, c.err); },
          "--train F --model M --grid G  grid search on an internal split"}},
        {QStringLiteral("split"),
         {[](Context &c, const QStringList &a) {
              return evalcli::split(c.parser, a, c.out, c.err);
          },
          "--data S --split P --train-out F --test-out F  export a seeded split"}},
        {QStringLiteral("models"),
         {[](Context &c, const QStringList &a) {
              return evalcli::models(c.parser, a, c.out, c.err);
          },
          "           every model with its parameters, defaults and ranges"}},
    };
    return kCommands;
}

QString usage()
{
    QString text =
        QStringLiteral("usage: storefront-cli [--db PATH] COMMAND [ARGS]\n\ncommands:\n");
    for (const auto &[name, info] : commands())
        text += QStringLiteral("  %1 %2\n").arg(name, -15).arg(QLatin1String(info.summary));
    return text;
}

/// With --quiet, for the time of one command, only warnings and worse are logged: the models'
/// info lines (the ensemble's weights, for one) would otherwise reach stderr next to the
/// result. The previous filter comes back afterwards.
class QuietLogging
{
public:
    explicit QuietLogging(bool quiet)
        : m_quiet(quiet)
    {
        if (m_quiet)
            s_previous = QLoggingCategory::installFilter(&filter);
    }
    ~QuietLogging()
    {
        if (m_quiet)
            QLoggingCategory::installFilter(s_previous);
    }
    QuietLogging(const QuietLogging &) = delete;
    QuietLogging &operator=(const QuietLogging &) = delete;

private:
    static void filter(QLoggingCategory *category)
    {
        if (s_previous)
            s_previous(category);
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
    static inline QLoggingCategory::CategoryFilter s_previous = nullptr;
    bool m_quiet;
};

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return run(arguments, out, err, nullptr);
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QTextStream *in)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Storefront command-line tools"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption(
        {QStringLiteral("db"),
         QStringLiteral("Database file (default: %1).").arg(storage::Database::defaultPath()),
         QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("empty"),
                      QStringLiteral("Do not seed the demo store into a new database.")});
    parser.addOption({QStringLiteral("quiet"),
                      QStringLiteral("No progress and no log lines below warnings: only the "
                                     "result, or a one-line error.")});
    parser.addOption({QStringLiteral("dry-run"),
                      QStringLiteral("import-catalog: show the preview, write nothing.")});
    parser.addOption({QStringLiteral("email"), QStringLiteral("Account email (create-admin)."),
                      QStringLiteral("EMAIL")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Display name (create-admin)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("password-stdin"),
                      QStringLiteral("Read the password from the first line of standard input "
                                     "instead of the terminal.")});
    parser.addOption({QStringLiteral("pin-stdin"),
                      QStringLiteral("Read the PIN from the first line of standard input "
                                     "(kiosk set-pin).")});
    evalcli::addOptions(parser);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));

    if (!parser.parse(QStringList{QStringLiteral("storefront-cli")} + arguments))
        return failWith(err, parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || positional.isEmpty()) {
        (parser.isSet(help) ? out : err) << usage();
        return parser.isSet(help) ? 0 : 2;
    }
    const auto it = commands().find(positional.first());
    if (it == commands().end())
        return failWith(err, QStringLiteral("unknown command \"%1\" (try storefront-cli --help)")
                                 .arg(positional.first()));
    Context context{parser, out, err, in};
    const QuietLogging logging(parser.isSet(QStringLiteral("quiet")));
    return it->second.run(context, positional.mid(1));
}

} // namespace storefront::cli
