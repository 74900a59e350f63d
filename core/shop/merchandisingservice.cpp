#include "shop/merchandisingservice.h"

#include "auth/authservice.h"
#include "recsys/recommendationservice.h"
#include "storage/auditrepository.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/userrepository.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace storefront::shop {

namespace {

/// What the audit trail keeps of a rule (no free text: the note is the staff's own).
QJsonObject describe(const storage::MerchandisingRule &r)
{
    QJsonObject o{{QStringLiteral("kind"), storage::merchandisingKindName(r.kind)},
                  {QStringLiteral("position"), r.position},
                  {QStringLiteral("enabled"), r.enabled}};
    if (r.id)
        o.insert(QStringLiteral("rule"), r.id);
    if (r.productId)
        o.insert(QStringLiteral("product"), r.productId);
    if (r.categoryId)
        o.insert(QStringLiteral("category"), r.categoryId);
    if (r.kind == storage::MerchandisingRule::Kind::Pin)
        o.insert(QStringLiteral("slot"), r.slot);
    else if (r.kind != storage::MerchandisingRule::Kind::Exclude)
        o.insert(QStringLiteral("amount"), r.amount);
    return o;
}

} // namespace

MerchandisingService::MerchandisingService(const storage::Database &db, auth::AuthService &auth,
                                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_auth(auth)
{}

void MerchandisingService::setRecommendationService(recsys::RecommendationService *service)
{
    disconnect(m_previewRelay);
    m_recommender.store(service);
    if (service)
        m_previewRelay = connect(service, &recsys::RecommendationService::previewReady, this,
                                 &MerchandisingService::previewReady);
}

Result<std::vector<std::pair<qint64, QString>>>
MerchandisingService::findProducts(const auth::Session &session, const QString &text, int limit)
{
    if (auto actor = requireStaff(session); !actor)
        return actor.error();
    return storage::MerchandisingRepository(m_db).findProducts(text.trimmed(), limit);
}

Result<std::vector<catalog::Category>>
MerchandisingService::categories(const auth::Session &session)
{
    if (auto actor = requireStaff(session); !actor)
        return actor.error();
    return storage::CategoryRepository(m_db).list();
}

Result<QString> MerchandisingService::targetName(const auth::Session &session,
                                                 const storage::MerchandisingRule &rule)
{
    if (auto actor = requireStaff(session); !actor)
        return actor.error();
    return storage::MerchandisingRepository(m_db).targetName(rule);
}

Result<qint64> MerchandisingService::requireStaff(const auth::Session &session)
{
    if (Status s = m_auth.requirePermission(session, auth::Permission::Merchandise); !s)
        return s.error();
    auto user = m_auth.currentUser(session);
    if (!user)
        return user.error();
    return user->id;
}

Status MerchandisingService::checkTarget(const storage::MerchandisingRule &rule) const
{
    if (Status s = rule.validate(); !s)
        return s;
    if (rule.productId) {
        auto p = storage::ProductRepository(m_db).byId(rule.productId);
        if (!p)
            return p.error();
        if (!p->has_value())
            return fail(tr("No product has id %1.").arg(rule.productId), QStringLiteral("product"));
    } else {
        auto categories = storage::CategoryRepository(m_db).list();
        if (!categories)
            return categories.error();
        if (std::none_of(categories->begin(), categories->end(),
                         [&](const catalog::Category &c) { return c.id == rule.categoryId; }))
            return fail(tr("No category has id %1.").arg(rule.categoryId),
                        QStringLiteral("category"));
    }
    return {};
}

Status MerchandisingService::change(qint64 actor, const QString &action, const QJsonObject &detail,
                                    const std::function<Status(QSqlDatabase &)> &write)
{
    if (Status s = m_db.transaction([&](QSqlDatabase &c) -> Status {
            if (Status w = write(c); !w)
                return w;
            return storage::AuditRepository::insert(c, {0, m_auth.now(), actor, action, 0, detail});
        });
        !s)
        return s;
    if (auto *r = m_recommender.load())
        r->reloadMerchandising();
    Q_EMIT rulesChanged();
    return {};
}

Result<std::vector<storage::MerchandisingRule>>
MerchandisingService::rules(const auth::Session &session)
{
    if (auto actor = requireStaff(session); !actor)
        return actor.error();
    return storage::MerchandisingRepository(m_db).all();
}

Result<qint64> MerchandisingService::addRule(const auth::Session &session,
                                             storage::MerchandisingRule rule)
{
    auto actor = requireStaff(session);
    if (!actor)
        return actor.error();
    if (Status s = checkTarget(rule); !s)
        return s.error();
    if (rule.position <= 0) {
        auto existing = storage::MerchandisingRepository(m_db).all();
        if (!existing)
            return existing.error();
        rule.position = existing->empty() ? 1 : existing->back().position + 1;
    }
    rule.updatedBy = *actor;
    rule.updatedAt = m_auth.now();
    qint64 id = 0;
    const Status s = change(*actor, QStringLiteral("merchandising_rule_added"), describe(rule),
                            [&](QSqlDatabase &c) -> Status {
                                auto inserted = storage::MerchandisingRepository::insert(c, rule);
                                if (!inserted)
                                    return inserted.error();
                                id = *inserted;
                                return {};
                            });
    if (!s)
        return s.error();
    return id;
}

Status MerchandisingService::updateRule(const auth::Session &session,
                                        storage::MerchandisingRule rule)
{
    auto actor = requireStaff(session);
    if (!actor)
        return actor.error();
    if (Status s = checkTarget(rule); !s)
        return s;
    rule.updatedBy = *actor;
    rule.updatedAt = m_auth.now();
    return change(*actor, QStringLiteral("merchandising_rule_changed"), describe(rule),
                  [&](QSqlDatabase &c) -> Status {
                      auto updated = storage::MerchandisingRepository::update(c, rule);
                      if (!updated)
                          return updated.error();
                      if (!*updated)
                          return fail(tr("No merchandising rule has id %1.").arg(rule.id),
                                      QStringLiteral("rule"));
                      return {};
                  });
}

Status MerchandisingService::removeRule(const auth::Session &session, qint64 ruleId)
{
    auto actor = requireStaff(session);
    if (!actor)
        return actor.error();
    return change(*actor, QStringLiteral("merchandising_rule_removed"),
                  {{QStringLiteral("rule"), ruleId}}, [&](QSqlDatabase &c) -> Status {
                      auto removed = storage::MerchandisingRepository::remove(c, ruleId);
                      if (!removed)
                          return removed.error();
                      if (!*removed)
                          return fail(tr("No merchandising rule has id %1.").arg(ruleId),
                                      QStringLiteral("rule"));
                      return {};
                  });
}

Status MerchandisingService::reorderRules(const auth::Session &session,
                                          const std::vector<qint64> &ruleIds)
{
    auto actor = requireStaff(session);
    if (!actor)
        return actor.error();
    QJsonArray order;
    for (qint64 id : ruleIds)
        order.append(id);
    return change(
        *actor, QStringLiteral("merchandising_rules_reordered"), {{QStringLiteral("order"), order}},
        [&](QSqlDatabase &c) { return storage::MerchandisingRepository::reorder(c, ruleIds); });
}

Result<std::vector<PreviewShopper>>
MerchandisingService::previewShoppers(const auth::Session &session)
{
    if (auto actor = requireStaff(session); !actor)
        return actor.error();
    auto users = storage::UserRepository(m_db).list();
    if (!users)
        return users.error();
    std::vector<PreviewShopper> out;
    for (const storage::User &u : *users)
        if (u.role == storage::Role::Shopper)
            out.push_back({u.id, u.displayName});
    // A collator of its own rather than QString::localeAwareCompare, which keeps one per
    // thread in a QThreadStorage that a pool thread still running at exit leaks.
    const QCollator collator;
    std::stable_sort(out.begin(), out.end(),
                     [&collator](const PreviewShopper &a, const PreviewShopper &b) {
                         return collator.compare(a.displayName, b.displayName) < 0;
                     });
    return out;
}

Result<quint64> MerchandisingService::preview(const auth::Session &session, qint64 userId,
                                              const std::vector<storage::MerchandisingRule> &rules)
{
    if (auto actor = requireStaff(session); !actor)
        return actor.error();
    auto *recommender = m_recommender.load();
    if (!recommender)
        return fail(tr("Recommendations are not available."), QStringLiteral("recommender"));
    auto user = storage::UserRepository(m_db).byId(userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return fail(tr("No shopper has id %1.").arg(userId), QStringLiteral("shopper"));
    for (size_t i = 0; i < rules.size(); ++i)
        if (Status s = rules[i].validate(QStringLiteral("rule %1").arg(i + 1)); !s)
            return s.error();
    return recommender->previewRules(userId, rules);
}

} // namespace storefront::shop
