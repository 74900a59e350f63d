#include "recsys/businessrules.h"

#include "recsys/itemcatalog.h"

#include <QSet>

#include <algorithm>

namespace storefront::recsys {

void AvailabilityRule::apply(const RuleContext &context, std::vector<Candidate> &candidates) const
{
    std::erase_if(candidates, [&](const Candidate &c) {
        return c.item < 0 || c.item >= context.catalog.size() ||
               !context.catalog.at(c.item).available();
    });
}

void ExclusionRule::apply(const RuleContext &context, std::vector<Candidate> &candidates) const
{
    QSet<int> excluded;
    for (int i : context.user.ratings.items)
        excluded.insert(i);
    for (const auto *ids :
         {&context.shopper.cart, &context.shopper.notInterested, &context.shopper.ratedExcluded})
        for (qint64 id : *ids)
            if (const int i = context.catalog.indexOf(id); i >= 0)
                excluded.insert(i);
    if (excluded.isEmpty())
        return;
    std::erase_if(candidates, [&](const Candidate &c) { return excluded.contains(c.item); });
}

void PriceRangeBoostRule::apply(const RuleContext &context,
                                std::vector<Candidate> &candidates) const
{
    const auto &min = context.shopper.minPriceCents;
    const auto &max = context.shopper.maxPriceCents;
    if (!min && !max)
        return;
    for (Candidate &c : candidates) {
        const qint64 price = context.catalog.at(c.item).priceCents;
        if ((!min || price >= *min) && (!max || price <= *max)) {
            c.score += m_boost;
            c.adjustments.push_back({Adjustment::Kind::PriceRange, m_boost, 0, 0, QString()});
        }
    }
}

RuleList defaultRules(float priceBoost)
{
    return {std::make_shared<AvailabilityRule>(), std::make_shared<ExclusionRule>(),
            std::make_shared<PriceRangeBoostRule>(priceBoost)};
}

void applyRules(const RuleList &rules, const RuleContext &context,
                std::vector<Candidate> &candidates)
{
    for (const auto &rule : rules)
        rule->apply(context, candidates);
}

} // namespace storefront::recsys
