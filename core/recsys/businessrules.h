#pragma once

#include "recsys/interactiondata.h"
#include "recsys/recommendation.h"

#include <QString>

#include <memory>
#include <vector>

namespace storefront::recsys {

class ItemCatalog;

/// An item on its way into a list, with its blended score.
struct Candidate
{
    int item = -1;
    float score = 0.0f;
    QList<Adjustment> adjustments; ///< what the rules did to `score`, in order
};

/// What a rule may look at.
struct RuleContext
{
    const ItemCatalog &catalog;
    const ShopperContext &shopper;
    const UserInteractions &user; ///< the shopper's current rows (ratings = what they rated)
};

/// One business rule, applied to the candidate list after the models and before the
/// diversity step and the cut to k. A rule may remove candidates (hard filters) or change
/// scores (boosts, each recorded in Candidate::adjustments); the order of the list it gets is
/// unspecified, the pipeline sorts after all rules. Rules are immutable and shared between threads.
/// Staff merchandising rules (pins, exclusions stored in the database) are further implementations
/// of this interface.
class RecommendationRule
{
public:
    virtual ~RecommendationRule() = default;
    [[nodiscard]] virtual QString name() const = 0;
    virtual void apply(const RuleContext &context, std::vector<Candidate> &candidates) const = 0;
};

using RuleList = std::vector<std::shared_ptr<const RecommendationRule>>;

/// Hard filter: only active products with stock > 0.
class AvailabilityRule : public RecommendationRule
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("availability"); }
    void apply(const RuleContext &context, std::vector<Candidate> &candidates) const override;
};

/// Hard filter: nothing the shopper rated (excluded ratings too), has in the cart or marked
/// "not interested".
class ExclusionRule : public RecommendationRule
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("exclusions"); }
    void apply(const RuleContext &context, std::vector<Candidate> &candidates) const override;
};

/// Soft boost: + `boost` for items inside the shopper's preferred price range (either bound
/// may be open; nothing happens without a range).
class PriceRangeBoostRule : public RecommendationRule
{
public:
    explicit PriceRangeBoostRule(float boost)
        : m_boost(boost)
    {}
    [[nodiscard]] QString name() const override { return QStringLiteral("price-range"); }
    void apply(const RuleContext &context, std::vector<Candidate> &candidates) const override;

private:
    float m_boost;
};

/// availability, exclusions, price-range boost — in that order.
[[nodiscard]] RuleList defaultRules(float priceBoost);

/// Applies `rules` in order.
void applyRules(const RuleList &rules, const RuleContext &context,
                std::vector<Candidate> &candidates);

} // namespace storefront::recsys
