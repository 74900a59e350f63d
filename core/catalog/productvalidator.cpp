#include "productvalidator.h"

#include "catalog/imagerules.h"
#include "storage/categoryrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>

namespace storefront::catalog {

namespace {

/// Validation problems are shown next to the editor's fields and in the import preview.
struct ProductText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::catalog::ProductValidator)
};

} // namespace

namespace {

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

bool reported(const std::vector<FieldProblem> &problems, const QString &field)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const FieldProblem &p) { return p.field == field; });
}

} // namespace

const QStringList &ProductValidator::fieldNames()
{
    static const QStringList kNames = {
        QStringLiteral("sku"),        QStringLiteral("name"),  QStringLiteral("categories"),
        QStringLiteral("brand"),      QStringLiteral("price"), QStringLiteral("currency"),
        QStringLiteral("stock"),      QStringLiteral("image"), QStringLiteral("description"),
        QStringLiteral("attributes"), QStringLiteral("active")};
    return kNames;
}

std::optional<qint64> ProductValidator::parsePrice(const QString &text)
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

std::vector<FieldProblem> ProductValidator::validate(const Product &p)
{
    static const QRegularExpression skuPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    std::vector<FieldProblem> problems;
    auto problem = [&](const char *field, const QString &why) {
        problems.push_back({QLatin1String(field), why});
    };

    if (p.sku.isEmpty())
        problem("sku", ProductText::tr("is empty; every product needs a sku"));
    else if (!skuPattern.match(p.sku).hasMatch())
        problem("sku", ProductText::tr("\"%1\" may hold only letters, digits, '.', '_' and '-' "
                                       "(at most %2), starting with a letter or digit")
                           .arg(p.sku.left(80))
                           .arg(kMaxSku));

    if (p.title.trimmed().isEmpty())
        problem("name", ProductText::tr("is empty"));
    else if (p.title.size() > kMaxTitle)
        problem("name", ProductText::tr("is longer than %1 characters").arg(kMaxTitle));

    if (!p.categoryPath.isEmpty() &&
        storage::CategoryRepository::splitPath(p.categoryPath).isEmpty())
        problem("categories", ProductText::tr("\"%1\" has an empty level; write \"Parent > Child\"")
                                  .arg(p.categoryPath));

    if (p.brand.size() > kMaxBrand)
        problem("brand", ProductText::tr("is longer than %1 characters").arg(kMaxBrand));

    if (p.priceCents < 0)
        problem("price", ProductText::tr("must be 0 or more"));
    else if (p.priceCents > kMaxPriceCents)
        problem("price", ProductText::tr("is implausibly large"));

    if (!currencyPattern.match(p.currency).hasMatch())
        problem("currency", ProductText::tr("\"%1\" is not a three-letter ISO 4217 code like EUR")
                                .arg(p.currency.left(20)));

    if (p.stock < 0 || p.stock > kMaxStock)
        problem("stock", ProductText::tr("%1 is not a whole number of items from 0 to %2")
                             .arg(p.stock)
                             .arg(kMaxStock));

    if (p.description.size() > kMaxDescription)
        problem("description",
                ProductText::tr("is longer than %1 characters").arg(kMaxDescription));

    if (!p.imagePath.isEmpty()) {
        const QString clean = QDir::cleanPath(p.imagePath);
        if (QDir::isAbsolutePath(p.imagePath) || clean.startsWith(QStringLiteral("../")) ||
            clean == QStringLiteral(".."))
            problem("image",
                    ProductText::tr("\"%1\" points outside the catalog's folder").arg(p.imagePath));
        else if (p.imagePath.size() > kMaxImagePath)
            problem("image",
                    ProductText::tr("the path is longer than %1 characters").arg(kMaxImagePath));
        else if (Status s = ImageRules::checkName(p.imagePath); !s)
            problem("image", s.error().message);
    }
    return problems;
}

ProductValidator::Parsed ProductValidator::parse(const ProductFields &fields)
{
    Parsed parsed;
    Product &p = parsed.product;
    auto problem = [&](const char *field, const QString &why) {
        parsed.problems.push_back({QLatin1String(field), why});
    };
    auto field = [&](const char *name) { return fields.value(QLatin1String(name)); };

    p.sku = field("sku").trimmed();
    p.title = field("name").simplified();
    const QString categories = field("categories").trimmed();
    if (!categories.isEmpty()) {
        const QStringList parts = storage::CategoryRepository::splitPath(categories);
        p.categoryPath = parts.isEmpty() ? categories : parts.join(QStringLiteral(" > "));
    }
    p.brand = field("brand").simplified();

    const auto price = parsePrice(field("price"));
    if (!price)
        problem("price", ProductText::tr("\"%1\" is not a price; write digits with at most two "
                                         "decimals, like 19.99")
                             .arg(field("price").left(40)));
    else
        p.priceCents = *price;

    const QString currency = field("currency").trimmed();
    if (!currency.isEmpty())
        p.currency = currency;

    const QString stock = field("stock").trimmed();
    if (!stock.isEmpty()) {
        bool ok = false;
        const qint64 n = stock.toLongLong(&ok);
        if (!ok || n < 0 || n > kMaxStock)
            problem("stock", ProductText::tr("\"%1\" is not a whole number of items from 0 to %2")
                                 .arg(stock.left(20))
                                 .arg(kMaxStock));
        else
            p.stock = int(n);
    }

    p.description = field("description").trimmed();

    const QString attributes = field("attributes").trimmed();
    if (!attributes.isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(attributes.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            problem("attributes", ProductText::tr("is not valid JSON (%1 at character %2)")
                                      .arg(error.errorString())
                                      .arg(error.offset));
        else if (!doc.isObject())
            problem("attributes",
                    ProductText::tr("must be a JSON object like {\"color\":\"red\"}"));
        else
            p.attributes = doc.object();
    }

    const auto active = parseBool(field("active"));
    if (!active)
        problem("active",
                ProductText::tr("\"%1\" is not 1, 0, true or false").arg(field("active").left(20)));
    else
        p.active = *active;

    const QString image = field("image").trimmed();
    p.imagePath = image.isEmpty() || QDir::isAbsolutePath(image) ? image : QDir::cleanPath(image);

    for (FieldProblem &typed : validate(p)) {
        if (!reported(parsed.problems, typed.field))
            parsed.problems.push_back(std::move(typed));
    }
    return parsed;
}

ProductFields ProductValidator::toFields(const Product &p)
{
    return {
        {QStringLiteral("sku"), p.sku},
        {QStringLiteral("name"), p.title},
        {QStringLiteral("categories"), p.categoryPath},
        {QStringLiteral("brand"), p.brand},
        {QStringLiteral("price"), formatCents(p.priceCents)},
        {QStringLiteral("currency"), p.currency},
        {QStringLiteral("stock"), QString::number(p.stock)},
        {QStringLiteral("image"), p.imagePath},
        {QStringLiteral("description"), p.description},
        {QStringLiteral("attributes"),
         p.attributes.isEmpty()
             ? QString()
             : QString::fromUtf8(QJsonDocument(p.attributes).toJson(QJsonDocument::Compact))},
        {QStringLiteral("active"), p.active ? QStringLiteral("1") : QStringLiteral("0")},
    };
}

QJsonObject ProductValidator::changes(const Product &before, const Product &after)
{
    const ProductFields a = toFields(before);
    const ProductFields b = toFields(after);
    QJsonObject changed;
    for (const QString &name : fieldNames()) {
        if (a.value(name) != b.value(name))
            changed.insert(name, QJsonObject{{QStringLiteral("old"), a.value(name)},
                                             {QStringLiteral("new"), b.value(name)}});
    }
    return changed;
}

} // namespace storefront::catalog
