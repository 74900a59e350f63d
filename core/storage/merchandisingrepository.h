#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace storefront::storage {

class Database;

/// A staff merchandising rule as stored. Rules apply in `position` order (see
/// recsys::MerchandisingRules for the pipeline). A rule targets one product
/// (`productId`) or every product of a category and its subcategories (`categoryId`), never
/// both; a pin needs a product and a 1-based `slot`.
struct MerchandisingRule
{
    enum class Kind
    {
        Pin,    ///< put the product at `slot` of every list it may appear in
        Boost,  ///< + amount to the blended score
        Bury,   ///< - amount to the blended score
        Exclude ///< never recommend
    };

    qint64 id = 0; ///< 0 for a rule not stored yet
    int position = 0;
    Kind kind = Kind::Boost;
    qint64 productId = 0;  ///< 0 when the rule targets a category
    qint64 categoryId = 0; ///< 0 when the rule targets a product
    int slot = 0;          ///< pins only, 1-based
    double amount = 0.0;   ///< boost and bury, >= 0, in blended z-score units
    bool enabled = true;
    QString note;
    qint64 updatedBy = 0;
    qint64 updatedAt = 0;

    /// Every field check the table makes, with a message naming the field; `where` prefixes it.
    [[nodiscard]] Status validate(const QString &where = {}) const;
};

[[nodiscard]] QString merchandisingKindName(MerchandisingRule::Kind kind);
[[nodiscard]] std::optional<MerchandisingRule::Kind> merchandisingKindFromName(const QString &name);

/// Staff merchandising rules. Permission checks and auditing live in the caller
/// (recsys::MerchandisingService).
class MerchandisingRepository
{
public:
    explicit MerchandisingRepository(const Database &db)
        : m_db(db)
    {}

    /// Every rule in application order (position, then id).
    [[nodiscard]] Result<std::vector<MerchandisingRule>> all() const;
    [[nodiscard]] Result<std::optional<MerchandisingRule>> byId(qint64 id) const;

    /// Up to `limit` products whose title or sku contains `text` (case-insensitive), by title:
    /// id and "title (sku)". For the staff's product picker.
    [[nodiscard]] Result<std::vector<std::pair<qint64, QString>>> findProducts(const QString &text,
                                                                               int limit) const;
    /// A rule's target as staff read it: the product's title or the category's path.
    [[nodiscard]] Result<QString> targetName(const MerchandisingRule &rule) const;

    /// Inserts `rule` (its id is ignored); returns the new id.
    [[nodiscard]] static Result<qint64> insert(QSqlDatabase &connection,
                                               const MerchandisingRule &rule);
    /// Updates the stored rule with `rule.id`; returns false when there is none.
    [[nodiscard]] static Result<bool> update(QSqlDatabase &connection,
                                             const MerchandisingRule &rule);
    /// Returns false when there is no such rule.
    [[nodiscard]] static Result<bool> remove(QSqlDatabase &connection, qint64 id);
    /// Renumbers positions 1..n in the order of `ids` (which must name every rule).
    static Status reorder(QSqlDatabase &connection, const std::vector<qint64> &ids);

private:
    const Database &m_db;
};

} // namespace storefront::storage
