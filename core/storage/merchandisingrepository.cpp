#include "merchandisingrepository.h"

#include "database.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace storefront::storage {

namespace {

/// Rule problems are shown in the merchandising dialog.
struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::storage::MerchandisingRule)
};

const QString kColumns =
    QStringLiteral("SELECT id, position, kind, coalesce(product_id, 0), coalesce(category_id, 0), "
                   "coalesce(slot, 0), amount, enabled, note, coalesce(updated_by, 0), updated_at "
                   "FROM merchandising_rules ");
const QString kAll = kColumns + QStringLiteral("ORDER BY position, id");
const QString kById = kColumns + QStringLiteral("WHERE id = ?");
const QString kInsert = QStringLiteral(
    "INSERT INTO merchandising_rules(position, kind, product_id, category_id, slot, amount, "
    "enabled, note, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
const QString kUpdate = QStringLiteral(
    "UPDATE merchandising_rules SET position = ?, kind = ?, product_id = ?, category_id = ?, "
    "slot = ?, amount = ?, enabled = ?, note = ?, updated_by = ?, updated_at = ? WHERE id = ?");
const QString kRemove = QStringLiteral("DELETE FROM merchandising_rules WHERE id = ?");
const QString kCount = QStringLiteral("SELECT count(*) FROM merchandising_rules");
const QString kSetPosition =
    QStringLiteral("UPDATE merchandising_rules SET position = ? WHERE id = ?");

const QString kFindProducts = QStringLiteral(
    "SELECT id, title || ' (' || sku || ')' FROM products "
    "WHERE title LIKE ? ESCAPE '\\' OR sku LIKE ? ESCAPE '\\' ORDER BY title, id LIMIT ?");
const QString kProductTitle = QStringLiteral("SELECT title FROM products WHERE id = ?");
const QString kCategoryPath = QStringLiteral("SELECT path FROM categories WHERE id = ?");

QVariant optionalId(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

QVariantList bindings(const MerchandisingRule &r)
{
    return {r.position,
            merchandisingKindName(r.kind),
            optionalId(r.productId),
            optionalId(r.categoryId),
            r.kind == MerchandisingRule::Kind::Pin ? QVariant(r.slot) : QVariant(),
            r.amount,
            r.enabled ? 1 : 0,
            r.note,
            optionalId(r.updatedBy),
            r.updatedAt};
}

MerchandisingRule read(const SqlQuery &q)
{
    MerchandisingRule r;
    r.id = q.value(0).toLongLong();
    r.position = q.value(1).toInt();
    r.kind =
        merchandisingKindFromName(q.value(2).toString()).value_or(MerchandisingRule::Kind::Boost);
    r.productId = q.value(3).toLongLong();
    r.categoryId = q.value(4).toLongLong();
    r.slot = q.value(5).toInt();
    r.amount = q.value(6).toDouble();
    r.enabled = q.value(7).toInt() != 0;
    r.note = q.value(8).toString();
    r.updatedBy = q.value(9).toLongLong();
    r.updatedAt = q.value(10).toLongLong();
    return r;
}

} // namespace

QString merchandisingKindName(MerchandisingRule::Kind kind)
{
    switch (kind) {
    case MerchandisingRule::Kind::Pin:
        return QStringLiteral("pin");
    case MerchandisingRule::Kind::Boost:
        return QStringLiteral("boost");
    case MerchandisingRule::Kind::Bury:
        return QStringLiteral("bury");
    case MerchandisingRule::Kind::Exclude:
        return QStringLiteral("exclude");
    }
    return {};
}

std::optional<MerchandisingRule::Kind> merchandisingKindFromName(const QString &name)
{
    using K = MerchandisingRule::Kind;
    for (K k : {K::Pin, K::Boost, K::Bury, K::Exclude})
        if (merchandisingKindName(k) == name)
            return k;
    return std::nullopt;
}

Status MerchandisingRule::validate(const QString &where) const
{
    auto bad = [&where](const QString &field, const QString &why) {
        return fail(why, where.isEmpty() ? field : where + QLatin1Char(':') + field);
    };
    if ((productId != 0) == (categoryId != 0))
        return bad(QStringLiteral("target"),
                   RuleText::tr("a rule targets either one product or one category"));
    if (productId < 0 || categoryId < 0)
        return bad(QStringLiteral("target"), RuleText::tr("ids are positive"));
    if (kind == Kind::Pin) {
        if (productId == 0)
            return bad(QStringLiteral("product"), RuleText::tr("a pin needs a product"));
        if (slot < 1 || slot > 100)
            return bad(QStringLiteral("slot"),
                       RuleText::tr("the position must be between 1 and 100, got %1").arg(slot));
    }
    if ((kind == Kind::Boost || kind == Kind::Bury) && !(amount > 0.0 && amount <= 100.0))
        return bad(QStringLiteral("amount"),
                   RuleText::tr("the amount must be above 0 and at most 100"));
    if (note.size() > 500)
        return bad(QStringLiteral("note"), RuleText::tr("the note is longer than 500 characters"));
    return {};
}

Result<std::vector<MerchandisingRule>> MerchandisingRepository::all() const
{
    SqlQuery q(m_db.connection(), kAll, QStringLiteral("merchandising rules"));
    if (Status s = q.exec(); !s)
        return s.error();
    std::vector<MerchandisingRule> rules;
    while (q.next())
        rules.push_back(read(q));
    return rules;
}

Result<std::optional<MerchandisingRule>> MerchandisingRepository::byId(qint64 id) const
{
    SqlQuery q(m_db.connection(), kById, QStringLiteral("merchandising rule"));
    if (Status s = q.exec({id}); !s)
        return s.error();
    if (!q.next())
        return std::optional<MerchandisingRule>{};
    return std::optional<MerchandisingRule>{read(q)};
}

Result<std::vector<std::pair<qint64, QString>>>
MerchandisingRepository::findProducts(const QString &text, int limit) const
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    SqlQuery q(m_db.connection(), kFindProducts, QStringLiteral("find products"));
    if (Status s = q.exec({pattern, pattern, std::clamp(limit, 1, 500)}); !s)
        return s.error();
    std::vector<std::pair<qint64, QString>> out;
    while (q.next())
        out.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Result<QString> MerchandisingRepository::targetName(const MerchandisingRule &rule) const
{
    SqlQuery q(m_db.connection(), rule.productId ? kProductTitle : kCategoryPath,
               QStringLiteral("rule target"));
    if (Status s = q.exec({rule.productId ? rule.productId : rule.categoryId}); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<qint64> MerchandisingRepository::insert(QSqlDatabase &connection,
                                               const MerchandisingRule &rule)
{
    if (Status s = rule.validate(); !s)
        return s.error();
    SqlQuery q(connection, kInsert, QStringLiteral("add merchandising rule"));
    if (Status s = q.execList(bindings(rule)); !s)
        return s.error();
    return q.insertedId();
}

Result<bool> MerchandisingRepository::update(QSqlDatabase &connection,
                                             const MerchandisingRule &rule)
{
    if (Status s = rule.validate(); !s)
        return s.error();
    SqlQuery q(connection, kUpdate, QStringLiteral("edit merchandising rule"));
    QVariantList values = bindings(rule);
    values << rule.id;
    if (Status s = q.execList(values); !s)
        return s.error();
    return q.numRowsAffected() > 0;
}

Result<bool> MerchandisingRepository::remove(QSqlDatabase &connection, qint64 id)
{
    SqlQuery q(connection, kRemove, QStringLiteral("remove merchandising rule"));
    if (Status s = q.exec({id}); !s)
        return s.error();
    return q.numRowsAffected() > 0;
}

Status MerchandisingRepository::reorder(QSqlDatabase &connection, const std::vector<qint64> &ids)
{
    SqlQuery count(connection, kCount, QStringLiteral("count merchandising rules"));
    auto n = count.scalar();
    if (!n)
        return n.error();
    if (n->toLongLong() != qint64(ids.size()))
        return fail(RuleText::tr("the rules changed meanwhile: the new order names %1, but "
                                 "there are %2; reopen the list")
                        .arg(ids.size())
                        .arg(n->toLongLong()),
                    QStringLiteral("order"));
    if (QSet<qint64>(ids.begin(), ids.end()).size() != qsizetype(ids.size()))
        return fail(RuleText::tr("the new order names a rule twice"), QStringLiteral("order"));
    SqlQuery q(connection, kSetPosition, QStringLiteral("reorder merchandising rules"));
    int position = 0;
    for (qint64 id : ids) {
        if (Status s = q.exec({++position, id}); !s)
            return s;
        if (q.numRowsAffected() == 0)
            return fail(RuleText::tr("the rule (number %1) no longer exists; it may have been "
                                     "removed meanwhile")
                            .arg(id),
                        QStringLiteral("order"));
    }
    return {};
}

} // namespace storefront::storage
