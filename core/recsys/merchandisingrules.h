#pragma once

#include "recsys/businessrules.h"
#include "recsys/recommendation.h"
#include "storage/merchandisingrepository.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace storefront::recsys {

/// A staff merchandising rule ready for the recommender: its category resolved to a path.
struct MerchandisingAction
{
    storage::MerchandisingRule::Kind kind = storage::MerchandisingRule::Kind::Boost;
    qint64 productId = 0; ///< 0: every product of `categoryPath` (and its subcategories)
    QString categoryPath;
    int slot = 0; ///< pins, 1-based
    float amount = 0.0f;

    [[nodiscard]] bool matches(const ItemCatalog &catalog, int item) const;
};

/// The staff rules in application order, split into the part that works on scores and the
/// pins that work on the finished list.
///
/// Order of the whole pipeline (documented in HYBRID.md):
///   1. models blend;
///   2. hard filters: availability (live), rated / in cart / "not interested";
///   3. price-range boost;
///   4. staff exclude, boost and bury, in the staff's order (exclude removes; boost adds and
///      bury subtracts `amount`, in blended z-score units, so their order among themselves
///      does not change the result, but an exclusion always wins);
///   5. sort, diversity, cut to k;
///   6. staff pins, in the staff's order: each puts its product at its slot (moving it up or
///      down if already listed, or bringing it in) when the product passes every filter of
///      steps 2 and 4; a later pin to the same slot pushes the earlier one down by one.
struct MerchandisingPlan
{
    std::vector<MerchandisingAction> scoring; ///< exclude, boost, bury
    std::vector<MerchandisingAction> pins;

    [[nodiscard]] bool isEmpty() const { return scoring.empty() && pins.empty(); }
    /// The exclude actions of `scoring`, in order: all that applies to the lists that keep
    /// their model's order (trending, similar, also liked; see HYBRID.md).
    [[nodiscard]] std::vector<MerchandisingAction> exclusions() const;

    /// Enabled rules in `rules` order; a category rule whose id is not in `categoryPaths`
    /// (deleted meanwhile) is dropped.
    [[nodiscard]] static MerchandisingPlan
    compile(const std::vector<storage::MerchandisingRule> &rules,
            const QHash<qint64, QString> &categoryPaths);
};

/// Step 4: staff exclude / boost / bury.
class MerchandisingScoreRule : public RecommendationRule
{
public:
    explicit MerchandisingScoreRule(std::vector<MerchandisingAction> actions)
        : m_actions(std::move(actions))
    {}
    [[nodiscard]] QString name() const override { return QStringLiteral("merchandising"); }
    void apply(const RuleContext &context, std::vector<Candidate> &candidates) const override;

private:
    std::vector<MerchandisingAction> m_actions;
};

/// Hard filter: products the catalog now says are archived or out of stock (read from the
/// database after the snapshot was trained, see RecommendationService::catalogChanged()).
/// Products absent from `available` keep the snapshot's own availability.
class LiveAvailabilityRule : public RecommendationRule
{
public:
    explicit LiveAvailabilityRule(QHash<qint64, bool> available)
        : m_available(std::move(available))
    {}
    [[nodiscard]] QString name() const override { return QStringLiteral("live-availability"); }
    void apply(const RuleContext &context, std::vector<Candidate> &candidates) const override;

private:
    QHash<qint64, bool> m_available; ///< product id -> active and in stock now
};

/// Step 6. `admit(item)` says whether a product passes the filters (steps 2 and 4): nothing
/// when it does not, else the adjustments steps 3 and 4 make to it (they go with a product
/// the pin brings in from outside the list). Each pinned item gets a Pinned adjustment after
/// its others. The list is at most `k` long afterwards.
void applyPins(RecommendationList &list, const std::vector<MerchandisingAction> &pins,
               const ItemCatalog &catalog,
               const std::function<std::optional<QList<Adjustment>>(int item)> &admit, int k);

} // namespace storefront::recsys
