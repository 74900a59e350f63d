#pragma once

#include "auth/session.h"
#include "catalog/product.h"
#include "common/result.h"
#include "recsys/recommendation.h"
#include "storage/merchandisingrepository.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <vector>

namespace storefront::storage {
class Database;
}
namespace storefront::auth {
class AuthService;
}
namespace storefront::recsys {
class RecommendationService;
}

namespace storefront::shop {

/// A shopper whose list staff may preview (no email: staff need not see it).
struct PreviewShopper
{
    qint64 userId = 0;
    QString displayName;
};

/// Staff merchandising: pin, boost, bury and exclude rules applied to every shopper's
/// recommendations (recsys::MerchandisingPlan documents the order). Every call needs the
/// Merchandise permission (staff and admins), checked here; guests and shoppers are refused.
/// Every change is one transaction together with its audit_log entry, and makes the
/// RecommendationService (when set) reload the rules and republish the lists it serves.
class MerchandisingService : public QObject
{
    Q_OBJECT

public:
    MerchandisingService(const storage::Database &db, auth::AuthService &auth,
                         QObject *parent = nullptr);

    /// The live recommender to reload and to preview with (may be null; not owned).
    void setRecommendationService(recsys::RecommendationService *service);

    /// Every rule in application order.
    [[nodiscard]] Result<std::vector<storage::MerchandisingRule>>
    rules(const auth::Session &session);
    /// Adds a rule; position 0 puts it last. Returns its id.
    [[nodiscard]] Result<qint64> addRule(const auth::Session &session,
                                         storage::MerchandisingRule rule);
    /// Replaces the rule with `rule.id`.
    Status updateRule(const auth::Session &session, storage::MerchandisingRule rule);
    Status removeRule(const auth::Session &session, qint64 ruleId);
    /// New application order: `ruleIds` must name every rule once.
    Status reorderRules(const auth::Session &session, const std::vector<qint64> &ruleIds);

    /// Shoppers whose list can be previewed, by display name.
    [[nodiscard]] Result<std::vector<PreviewShopper>> previewShoppers(const auth::Session &session);
    /// Asks the recommender for the list `userId` would get under `rules` (unsaved; enabled
    /// ones in the given order). The result comes with RecommendationService::previewReady
    /// carrying the returned request id.
    [[nodiscard]] Result<quint64> preview(const auth::Session &session, qint64 userId,
                                          const std::vector<storage::MerchandisingRule> &rules);

    /// Products whose title or sku contains `text`, for a picker: (id, "title (sku)").
    [[nodiscard]] Result<std::vector<std::pair<qint64, QString>>>
    findProducts(const auth::Session &session, const QString &text, int limit = 50);
    /// Every category, parents first, for a picker.
    [[nodiscard]] Result<std::vector<catalog::Category>> categories(const auth::Session &session);
    /// The rule's product title or category path.
    [[nodiscard]] Result<QString> targetName(const auth::Session &session,
                                             const storage::MerchandisingRule &rule);

Q_SIGNALS:
    void rulesChanged();
    /// A list asked for with preview() (relayed from the RecommendationService).
    void previewReady(quint64 requestId, qint64 userId,
                      const storefront::recsys::RecommendationList &list);

private:
    [[nodiscard]] Result<qint64> requireStaff(const auth::Session &session);
    /// The product or category a rule names exists (a clear message rather than a foreign
    /// key failure).
    [[nodiscard]] Status checkTarget(const storage::MerchandisingRule &rule) const;
    /// Runs `write` and its audit entry in one transaction, then reloads the recommender.
    Status change(qint64 actor, const QString &action, const QJsonObject &detail,
                  const std::function<Status(QSqlDatabase &)> &write);

    const storage::Database &m_db;
    auth::AuthService &m_auth;
    std::atomic<recsys::RecommendationService *> m_recommender{nullptr};
    QMetaObject::Connection m_previewRelay;
};

} // namespace storefront::shop
