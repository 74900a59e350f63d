#include "catalogcsv.h"

#include "catalog/csv.h"
#include "common/logging.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/statsrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace storefront::catalog {

namespace {

constexpr int kMaxTitle = 300;
constexpr int kMaxDescription = 20000;
constexpr int kMaxBrand = 120;
constexpr qint64 kMaxPriceCents = 100'000'000'00; // a hundred million in any currency
constexpr qint64 kMaxStock = 1'000'000'000;

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QStringLiteral("1") || t == QStringLiteral("true") ||
        t == QStringLiteral("yes"))
        return true;
    if (t == QStringLiteral("0") || t == QStringLiteral("false") || t == QStringLiteral("no"))
        return false;
    return std::nullopt;
}

} // namespace

const QStringList &CatalogCsv::columns()
{
    static const QStringList kColumns = {
        QStringLiteral("sku"),        QStringLiteral("name"),  QStringLiteral("categories"),
        QStringLiteral("brand"),      QStringLiteral("price"), QStringLiteral("currency"),
        QStringLiteral("stock"),      QStringLiteral("image"), QStringLiteral("description"),
        QStringLiteral("attributes"), QStringLiteral("active")};
    return kColumns;
}

std::optional<qint64> CatalogCsv::parsePrice(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,12})(?:\\.(\\d{1,2}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    qint64 cents = m.captured(1).toLongLong() * 100;
    QString fraction = m.captured(2);
    if (fraction.size() == 1)
        fraction += QLatin1Char('0');
    cents += fraction.toLongLong();
    return cents;
}

ParsedCatalog CatalogCsv::parseFile(const QString &path)
{
    ParsedCatalog parsed;
    auto records = Csv::readFile(path);
    if (!records) {
        parsed.problems.push_back(records.error());
        return parsed;
    }
    if (records->empty()) {
        parsed.problems.push_back(fail(QStringLiteral("the file is empty; expected a header row "
                                                      "with at least sku, name and price"),
                                       path + QStringLiteral(":1")));
        return parsed;
    }

    const CsvRecord &header = records->front();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        const QString where = QStringLiteral("%1:%2:%3").arg(path).arg(header.line).arg(name);
        if (!columns().contains(name))
            parsed.problems.push_back(fail(QStringLiteral("unknown column; known columns are %1")
                                               .arg(columns().join(QStringLiteral(", "))),
                                           where));
        else if (column.contains(name))
            parsed.problems.push_back(fail(QStringLiteral("column appears twice"), where));
        else
            column.insert(name, i);
    }
    for (const char *required : {"sku", "name", "price"}) {
        if (!column.contains(QLatin1String(required)))
            parsed.problems.push_back(
                fail(QStringLiteral("missing required column \"%1\"").arg(QLatin1String(required)),
                     QStringLiteral("%1:%2").arg(path).arg(header.line)));
    }
    if (!parsed.problems.empty())
        return parsed;

    static const QRegularExpression skuPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    const QDir baseDir = QFileInfo(path).absoluteDir();
    QHash<QString, int> skuLines;

    for (size_t r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        bool rowOk = true;
        auto problem = [&](const QString &field, const QString &why) {
            parsed.problems.push_back(
                fail(why, QStringLiteral("%1:%2:%3").arg(path).arg(record.line).arg(field)));
            rowOk = false;
        };
        if (record.fields.size() != header.fields.size()) {
            problem(QStringLiteral("*"), QStringLiteral("has %1 fields, the header has %2")
                                             .arg(record.fields.size())
                                             .arg(header.fields.size()));
            continue;
        }
        auto field = [&](const char *name) {
            const int i = column.value(QLatin1String(name), -1);
            return i < 0 ? QString() : record.fields.at(i);
        };

        CatalogRow row;
        row.line = record.line;
        Product &p = row.product;
        p.sku = field("sku").trimmed();
        if (p.sku.isEmpty())
            problem(QStringLiteral("sku"), QStringLiteral("is empty; every product needs a sku"));
        else if (!skuPattern.match(p.sku).hasMatch())
            problem(QStringLiteral("sku"),
                    QStringLiteral("\"%1\" may hold only letters, digits, '.', '_' and '-' "
                                   "(at most 64)")
                        .arg(p.sku.left(80)));
        else if (skuLines.contains(p.sku))
            problem(QStringLiteral("sku"), QStringLiteral("\"%1\" is already used on line %2")
                                               .arg(p.sku)
                                               .arg(skuLines.value(p.sku)));
        else
            skuLines.insert(p.sku, record.line);

        p.title = field("name").simplified();
        if (p.title.isEmpty())
            problem(QStringLiteral("name"), QStringLiteral("is empty"));
        else if (p.title.size() > kMaxTitle)
            problem(QStringLiteral("name"),
                    QStringLiteral("is longer than %1 characters").arg(kMaxTitle));

        const QString categories = field("categories").trimmed();
        if (!categories.isEmpty()) {
            const QStringList parts = storage::CategoryRepository::splitPath(categories);
            if (parts.isEmpty())
                problem(QStringLiteral("categories"),
                        QStringLiteral("\"%1\" has an empty level; write \"Parent > Child\"")
                            .arg(categories));
            else
                p.categoryPath = parts.join(QStringLiteral(" > "));
        }

        p.brand = field("brand").simplified();
        if (p.brand.size() > kMaxBrand)
            problem(QStringLiteral("brand"),
                    QStringLiteral("is longer than %1 characters").arg(kMaxBrand));

        const auto price = parsePrice(field("price"));
        if (!price)
            problem(QStringLiteral("price"),
                    QStringLiteral("\"%1\" is not a price; write digits with at most two "
                                   "decimals, like 19.99")
                        .arg(field("price").left(40)));
        else if (*price > kMaxPriceCents)
            problem(QStringLiteral("price"), QStringLiteral("is implausibly large"));
        else
            p.priceCents = *price;

        const QString currency = field("currency").trimmed();
        if (!currency.isEmpty()) {
            if (!currencyPattern.match(currency).hasMatch())
                problem(QStringLiteral("currency"),
                        QStringLiteral("\"%1\" is not a three-letter ISO 4217 code like EUR")
                            .arg(currency.left(20)));
            else
                p.currency = currency;
        }

        const QString stock = field("stock").trimmed();
        if (!stock.isEmpty()) {
            bool ok = false;
            const qint64 n = stock.toLongLong(&ok);
            if (!ok || n < 0 || n > kMaxStock)
                problem(QStringLiteral("stock"),
                        QStringLiteral("\"%1\" is not a whole number of items from 0 to %2")
                            .arg(stock.left(20))
                            .arg(kMaxStock));
            else
                p.stock = int(n);
        }

        p.description = field("description").trimmed();
        if (p.description.size() > kMaxDescription)
            problem(QStringLiteral("description"),
                    QStringLiteral("is longer than %1 characters").arg(kMaxDescription));

        const QString attributes = field("attributes").trimmed();
        if (!attributes.isEmpty()) {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(attributes.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError)
                problem(QStringLiteral("attributes"),
                        QStringLiteral("is not valid JSON (%1 at character %2)")
                            .arg(error.errorString())
                            .arg(error.offset));
            else if (!doc.isObject())
                problem(QStringLiteral("attributes"),
                        QStringLiteral("must be a JSON object like {\"color\":\"red\"}"));
            else
                p.attributes = doc.object();
        }

        const auto active = parseBool(field("active"));
        if (!active)
            problem(
                QStringLiteral("active"),
                QStringLiteral("\"%1\" is not 1, 0, true or false").arg(field("active").left(20)));
        else
            p.active = *active;

        const QString image = field("image").trimmed();
        if (!image.isEmpty()) {
            const QFileInfo info(QDir::isAbsolutePath(image) ? image : baseDir.filePath(image));
            const QString relative = QDir::isAbsolutePath(image)
                                         ? QStringLiteral("images/") + info.fileName()
                                         : QDir::cleanPath(image);
            if (relative.startsWith(QStringLiteral("../")) || relative == QStringLiteral(".."))
                problem(QStringLiteral("image"),
                        QStringLiteral("\"%1\" points outside the catalog's folder").arg(image));
            else if (!info.isFile())
                problem(QStringLiteral("image"),
                        QStringLiteral("file \"%1\" does not exist").arg(info.filePath()));
            else {
                p.imagePath = relative;
                row.imageSource = info.absoluteFilePath();
            }
        }
        if (rowOk)
            parsed.rows.push_back(std::move(row));
    }
    return parsed;
}

Result<ImportSummary> CatalogCsv::importFile(const storage::Database &db, const QString &path,
                                             const QString &mediaDir)
{
    ParsedCatalog parsed = parseFile(path);
    if (!parsed.problems.empty()) {
        QStringList lines;
        for (const Error &e : parsed.problems)
            lines << e.toString();
        return fail(QStringLiteral("%1 problem(s), nothing imported:\n").arg(lines.size()) +
                    lines.join(QLatin1Char('\n')));
    }
    ImportSummary summary;
    const storage::StatsRepository stats(db);
    Status written = db.transaction([&](QSqlDatabase &connection) -> Status {
        auto before = stats.counts();
        if (!before)
            return before.error();
        for (const CatalogRow &row : parsed.rows) {
            const QString where = QStringLiteral("%1:%2").arg(path).arg(row.line);
            auto existing = storage::ProductRepository::upsertBySku(connection, row.product);
            if (!existing)
                return fail(existing.error().toString(), where);
        }
        auto after = stats.counts();
        if (!after)
            return after.error();
        summary.inserted = int(after->products - before->products);
        summary.updated = int(parsed.rows.size()) - summary.inserted;
        return {};
    });
    if (!written)
        return written.error();

    // Images are copied only after the commit, so that a refused file copies nothing.
    const QDir media(mediaDir);
    for (const CatalogRow &row : parsed.rows) {
        if (row.imageSource.isEmpty() || mediaDir.isEmpty())
            continue;
        const QString target = media.filePath(row.product.imagePath);
        if (QFileInfo(target).absoluteFilePath() == row.imageSource || QFileInfo::exists(target))
            continue;
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (QFile::copy(row.imageSource, target))
            ++summary.imagesCopied;
        else
            qCWarning(lcCatalog) << "could not copy image to" << target;
    }
    return summary;
}

Status CatalogCsv::exportFile(const storage::Database &db, const QString &path)
{
    auto products = storage::ProductRepository(db).all();
    if (!products)
        return products.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    QString out = Csv::formatRecord(columns());
    for (const Product &p : *products) {
        out += Csv::formatRecord(
            {p.sku, p.title, p.categoryPath, p.brand, formatCents(p.priceCents), p.currency,
             QString::number(p.stock), p.imagePath, p.description,
             p.attributes.isEmpty()
                 ? QString()
                 : QString::fromUtf8(QJsonDocument(p.attributes).toJson(QJsonDocument::Compact)),
             p.active ? QStringLiteral("1") : QStringLiteral("0")});
    }
    file.write(out.toUtf8());
    if (!file.commit())
        return fail(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    return {};
}

} // namespace storefront::catalog
