#pragma once

#include "catalog/product.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace storefront::catalog {

/// One problem with one field, e.g. {"price", "must be 0 or more"}. Field names are the
/// catalog file's column names (sku, name, categories, brand, price, currency, stock, image,
/// description, attributes, active), so a file, the editor's form and a message agree.
struct FieldProblem
{
    QString field;
    QString message;
};

/// A product in text form, keyed by field name: a CSV row, a JSON object, the editor's form.
using ProductFields = QHash<QString, QString>;

/// The catalog's field rules, shared by the editor and every import format.
class ProductValidator
{
public:
    static constexpr int kMaxSku = 64;
    static constexpr int kMaxTitle = 300;
    static constexpr int kMaxDescription = 20000;
    static constexpr int kMaxBrand = 120;
    static constexpr int kMaxImagePath = 500;
    static constexpr qint64 kMaxPriceCents = 100'000'000'00; // a hundred million
    static constexpr qint64 kMaxStock = 1'000'000'000;

    /// The field names, in the order files and forms show them.
    [[nodiscard]] static const QStringList &fieldNames();

    /// Checks a typed product: sku format, title length, price >= 0 (cents), ISO currency,
    /// stock >= 0, category path form, image path (relative, inside the media folder, an
    /// allowed picture format). Uniqueness and existence need the database: CatalogEditor.
    [[nodiscard]] static std::vector<FieldProblem> validate(const Product &product);

    struct Parsed
    {
        Product product;
        std::vector<FieldProblem> problems;
    };
    /// Parses text fields (missing keys take their defaults) and validates the result; a
    /// field that does not parse is reported once, not again by validate().
    [[nodiscard]] static Parsed parse(const ProductFields &fields);

    /// The text form of a product (for export, the form and the audit log).
    [[nodiscard]] static ProductFields toFields(const Product &product);
    /// {"field": {"old": "...", "new": "..."}} for every field that differs.
    [[nodiscard]] static QJsonObject changes(const Product &before, const Product &after);

    /// Parses "12.5" or "1234.50" into cents; nullopt if malformed or negative.
    [[nodiscard]] static std::optional<qint64> parsePrice(const QString &text);
};

} // namespace storefront::catalog
