#include "demostore.h"

#include "auth/normalisation.h"
#include "catalog/catalogcsv.h"
#include "catalog/csv.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/productrepository.h"
#include "storage/ratingrepository.h"
#include "storage/statsrepository.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#ifndef STOREFRONT_SOURCE_DATA_DIR
#define STOREFRONT_SOURCE_DATA_DIR ""
#endif

namespace storefront::catalog {

namespace {

/// Problems of the bundled files, shown when the demo store cannot be loaded.
struct DemoText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::catalog::DemoStore)
};

/// A demo data file with a known header, its columns by name.
struct Table
{
    QString path;
    std::vector<CsvRecord> records;
    QHash<QString, int> column;

    [[nodiscard]] QString at(const CsvRecord &r, const char *name) const
    {
        const int i = column.value(QLatin1String(name), -1);
        return i >= 0 && i < r.fields.size() ? r.fields.at(i) : QString();
    }
    [[nodiscard]] QString where(const CsvRecord &r, const char *field) const
    {
        return QStringLiteral("%1:%2:%3").arg(path).arg(r.line).arg(QLatin1String(field));
    }
};

Result<Table> readTable(const QString &path, std::initializer_list<const char *> required)
{
    auto records = Csv::readFile(path);
    if (!records)
        return records.error();
    if (records->empty())
        return fail(DemoText::tr("empty file"), path);
    Table table{path, std::move(*records), {}};
    const QStringList header = table.records.front().fields;
    for (int i = 0; i < header.size(); ++i)
        table.column.insert(header.at(i).trimmed(), i);
    for (const char *name : required) {
        if (!table.column.contains(QLatin1String(name)))
            return fail(DemoText::tr("missing column \"%1\"").arg(QLatin1String(name)),
                        path + QStringLiteral(":1"));
    }
    table.records.erase(table.records.begin());
    return table;
}

Result<qint64> parseTime(const Table &t, const CsvRecord &r, const char *field)
{
    const QString text = t.at(r, field);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return fail(DemoText::tr("\"%1\" is not an ISO 8601 time").arg(text.left(40)),
                    t.where(r, field));
    return time.toSecsSinceEpoch();
}

/// A shopper's price level in shoppers.csv as a preferred range in cents.
std::pair<std::optional<qint64>, std::optional<qint64>> priceRangeOf(const QString &level)
{
    if (level == QLatin1String("budget"))
        return {std::nullopt, 3000};
    if (level == QLatin1String("mid"))
        return {2000, 15000};
    if (level == QLatin1String("premium"))
        return {10000, std::nullopt};
    return {std::nullopt, std::nullopt};
}

/// data/demo-credentials.csv (optional): email -> a crypto_pwhash_str string made once with
/// `storefront-cli hash-password`, so that seeding costs no Argon2id time. Each demo account
/// has its own hash (and salt).
Result<QHash<QString, QString>> readDemoCredentials(const QString &path)
{
    QHash<QString, QString> hashes;
    if (!QFileInfo::exists(path))
        return hashes;
    auto table = readTable(path, {"email", "password_hash"});
    if (!table)
        return table.error();
    for (const CsvRecord &r : table->records) {
        const QString hash = table->at(r, "password_hash").trimmed();
        // The string has commas (m=...,t=...,p=...): the field must be quoted in the CSV.
        static const QRegularExpression argon2id(QStringLiteral(
            "^\\$argon2id\\$v=19\\$m=\\d+,t=\\d+,p=\\d+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$"));
        if (!argon2id.match(hash).hasMatch())
            return fail(DemoText::tr("not a crypto_pwhash_str Argon2id hash (quote the field)"),
                        table->where(r, "password_hash"));
        hashes.insert(auth::normaliseEmail(table->at(r, "email")), hash);
    }
    return hashes;
}

} // namespace

QString DemoStore::locateDataDir()
{
    const QString fromEnv = qEnvironmentVariable("STOREFRONT_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/storefront/data"));
    if (QFileInfo::exists(installed + QStringLiteral("/catalog.csv")))
        return QDir::cleanPath(installed);
    return QStringLiteral(STOREFRONT_SOURCE_DATA_DIR);
}

Result<DemoSeedSummary> DemoStore::seedIfEmpty(const storage::Database &db, const QString &dataDir,
                                               const ImportControl &control)
{
    auto counts = storage::StatsRepository(db).counts();
    if (!counts)
        return counts.error();
    if (counts->products > 0)
        return DemoSeedSummary{};

    const QDir dir(dataDir);
    ParsedCatalog catalog = CatalogCsv::parseFile(dir.filePath(QStringLiteral("catalog.csv")));
    if (!catalog.problems.empty())
        return catalog.problems.front();
    auto shoppers = readTable(dir.filePath(QStringLiteral("shoppers.csv")),
                              {"email", "display_name", "created_at"});
    if (!shoppers)
        return shoppers.error();
    auto ratings = readTable(dir.filePath(QStringLiteral("ratings.csv")),
                             {"email", "sku", "stars", "rated_at"});
    if (!ratings)
        return ratings.error();
    auto credentials = readDemoCredentials(dir.filePath(QStringLiteral("demo-credentials.csv")));
    if (!credentials)
        return credentials.error();
    auto events = readTable(dir.filePath(QStringLiteral("events.csv")),
                            {"email", "sku", "type", "occurred_at", "query"});
    if (!events)
        return events.error();

    DemoSeedSummary summary;
    const double total = double(catalog.rows.size() + shoppers->records.size() +
                                ratings->records.size() + events->records.size());
    qsizetype done = 0;
    // Every few hundred rows, so the check costs nothing against the inserts.
    const auto step = [&]() -> Status {
        if (++done % 256 != 0)
            return {};
        if (control.isCancelled())
            return fail(ErrorCode::Cancelled, QStringLiteral("loading the demo store cancelled"),
                        dataDir);
        control.report(double(done) / total);
        return {};
    };
    Status written = db.transaction([&](QSqlDatabase &connection) -> Status {
        QHash<QString, qint64> productIds;
        for (const CatalogRow &row : catalog.rows) {
            if (Status s = step(); !s)
                return s;
            auto id = storage::ProductRepository::insert(connection, row.product);
            if (!id)
                return id.error();
            productIds.insert(row.product.sku, *id);
        }
        summary.products = int(catalog.rows.size());

        QHash<QString, qint64> userIds;
        for (const CsvRecord &r : shoppers->records) {
            if (Status s = step(); !s)
                return s;
            auto created = parseTime(*shoppers, r, "created_at");
            if (!created)
                return created.error();
            storage::User user;
            user.email = auth::normaliseEmail(shoppers->at(r, "email"));
            user.displayName = shoppers->at(r, "display_name").trimmed();
            user.createdAt = *created;
            // Only the documented demo accounts get a password; the others cannot log in.
            auto id =
                storage::UserRepository::insert(connection, user, credentials->value(user.email));
            if (!id)
                return fail(id.error().message, shoppers->where(r, "email"));
            userIds.insert(user.email, *id);

            QList<qint64> favourites;
            const QStringList names =
                shoppers->at(r, "favourite_categories").split(QLatin1Char('|'), Qt::SkipEmptyParts);
            for (const QString &name : names) {
                auto category = storage::CategoryRepository::findPath(connection, name);
                if (!category)
                    return category.error();
                if (!category->has_value())
                    return fail(DemoText::tr("no category \"%1\" in the catalog").arg(name),
                                shoppers->where(r, "favourite_categories"));
                favourites << **category;
            }
            if (Status s =
                    storage::UserRepository::setFavouriteCategories(connection, *id, favourites);
                !s)
                return s;
            const auto [low, high] = priceRangeOf(shoppers->at(r, "price_level").trimmed());
            if (Status s = storage::UserRepository::setPriceRange(connection, *id, low, high); !s)
                return s;
            if (Status s = storage::UserRepository::setOnboarded(connection, *id, true); !s)
                return s;
        }
        summary.shoppers = int(shoppers->records.size());

        for (const CsvRecord &r : ratings->records) {
            if (Status s = step(); !s)
                return s;
            const qint64 user = userIds.value(auth::normaliseEmail(ratings->at(r, "email")));
            const qint64 product = productIds.value(ratings->at(r, "sku"));
            if (!user || !product)
                return fail(DemoText::tr("unknown shopper or product"), ratings->where(r, "sku"));
            auto when = parseTime(*ratings, r, "rated_at");
            if (!when)
                return when.error();
            if (Status s = storage::RatingRepository::upsert(
                    connection, {user, product, ratings->at(r, "stars").toInt(), *when});
                !s)
                return fail(s.error().message, ratings->where(r, "stars"));
        }
        summary.ratings = int(ratings->records.size());

        for (const CsvRecord &r : events->records) {
            if (Status s = step(); !s)
                return s;
            storage::Event e;
            e.userId = userIds.value(auth::normaliseEmail(events->at(r, "email")));
            const auto type = storage::eventTypeFromName(events->at(r, "type"));
            if (!type || !e.userId)
                return fail(DemoText::tr("unknown shopper or event type"),
                            events->where(r, "type"));
            e.type = *type;
            if (e.type == storage::EventType::Search) {
                e.query = events->at(r, "query");
            } else {
                e.productId = productIds.value(events->at(r, "sku"));
                if (!e.productId)
                    return fail(DemoText::tr("unknown product"), events->where(r, "sku"));
            }
            auto when = parseTime(*events, r, "occurred_at");
            if (!when)
                return when.error();
            e.occurredAt = *when;
            if (auto id = storage::EventRepository::insert(connection, e); !id)
                return fail(id.error().message, events->where(r, "type"));
        }
        summary.events = int(events->records.size());
        return {};
    });
    if (!written)
        return written.error();
    control.report(1.0);
    return summary;
}

} // namespace storefront::catalog
