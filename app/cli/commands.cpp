#include "commands.h"
#include "evalcommands.h"

#include "catalog/catalogcsv.h"
#include "catalog/demostore.h"
#include "catalog/medialocator.h"
#include "storage/database.h"
#include "storage/statsrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <functional>
#include <map>

namespace storefront::cli {

namespace {

struct Context
{
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
};

int failWith(QTextStream &err, const QString &message)
{
    err << "storefront-cli: " << message << Qt::endl;
    return 1;
}

/// Opens --db (or the default database), seeding the demo store into a new one unless
/// --empty is given.
Result<std::unique_ptr<storage::Database>> openDatabase(const QCommandLineParser &parser,
                                                        bool seedDemo)
{
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : storage::Database::defaultPath();
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

int importCatalog(Context &c, const QStringList &args)
{
    if (args.size() != 1)
        return failWith(c.err, QStringLiteral("usage: storefront-cli import-catalog FILE.csv"));
    auto db = openDatabase(c.parser, false);
    if (!db)
        return failWith(c.err, db.error().toString());
    auto summary = catalog::CatalogCsv::importFile(
        **db, args.first(), catalog::MediaLocator::mediaDirFor((*db)->path()));
    if (!summary) {
        c.err << summary.error().toString() << Qt::endl;
        return 1;
    }
    c.out << QStringLiteral("imported %1: %2 new, %3 updated, %4 image(s) copied")
                 .arg(args.first())
                 .arg(summary->inserted)
                 .arg(summary->updated)
                 .arg(summary->imagesCopied)
          << Qt::endl;
    return 0;
}

int exportCatalog(Context &c, const QStringList &args)
{
    if (args.size() != 1)
        return failWith(c.err, QStringLiteral("usage: storefront-cli export-catalog FILE.csv"));
    auto db = openDatabase(c.parser, false);
    if (!db)
        return failWith(c.err, db.error().toString());
    if (Status s = catalog::CatalogCsv::exportFile(**db, args.first()); !s)
        return failWith(c.err, s.error().toString());
    return 0;
}

int stats(Context &c, const QStringList &args)
{
    if (!args.isEmpty())
        return failWith(c.err, QStringLiteral("usage: storefront-cli stats"));
    auto db = openDatabase(c.parser, false);
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
         {importCatalog, "FILE.csv   validate a catalog CSV and import it (all or nothing)"}},
        {QStringLiteral("export-catalog"),
         {exportCatalog, "FILE.csv   write the whole catalog in the import format"}},
        {QStringLiteral("stats"),
         {stats, "           counts of products, categories, users, ratings and events"}},
        {QStringLiteral("seed-demo"),
         {seedDemo, "           load the bundled demo store into an empty database"}},
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

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
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
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No progress output.")});
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
        return failWith(
            err, QStringLiteral("unknown command \"%1\"\n%2").arg(positional.first(), usage()));
    Context context{parser, out, err};
    return it->second.run(context, positional.mid(1));
}

} // namespace storefront::cli
