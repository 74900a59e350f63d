#include "recsys/merchandisingrules.h"

#include "recsys/itemcatalog.h"

#include <algorithm>
#include <iterator>

namespace storefront::recsys {

using Kind = storage::MerchandisingRule::Kind;

bool MerchandisingAction::matches(const ItemCatalog &catalog, int item) const
{
    if (productId != 0)
        return catalog.at(item).id == productId;
    return catalog.inCategory(item, categoryPath);
}

MerchandisingPlan MerchandisingPlan::compile(const std::vector<storage::MerchandisingRule> &rules,
                                             const QHash<qint64, QString> &categoryPaths)
{
    MerchandisingPlan plan;
    for (const storage::MerchandisingRule &r : rules) {
        if (!r.enabled)
            continue;
        MerchandisingAction a;
        a.kind = r.kind;
        a.productId = r.productId;
        if (r.productId == 0) {
            const auto it = categoryPaths.constFind(r.categoryId);
            if (it == categoryPaths.cend())
                continue;
            a.categoryPath = *it;
        }
        a.slot = r.slot;
        a.amount = float(r.amount);
        (r.kind == Kind::Pin ? plan.pins : plan.scoring).push_back(std::move(a));
    }
    return plan;
}

std::vector<MerchandisingAction> MerchandisingPlan::exclusions() const
{
    std::vector<MerchandisingAction> out;
    std::copy_if(scoring.begin(), scoring.end(), std::back_inserter(out),
                 [](const MerchandisingAction &a) { return a.kind == Kind::Exclude; });
    return out;
}

void MerchandisingScoreRule::apply(const RuleContext &context,
                                   std::vector<Candidate> &candidates) const
{
    for (const MerchandisingAction &a : m_actions) {
        switch (a.kind) {
        case Kind::Exclude:
            std::erase_if(candidates,
                          [&](const Candidate &c) { return a.matches(context.catalog, c.item); });
            break;
        case Kind::Boost:
        case Kind::Bury: {
            const bool boost = a.kind == Kind::Boost;
            const float delta = boost ? a.amount : -a.amount;
            for (Candidate &c : candidates)
                if (a.matches(context.catalog, c.item)) {
                    c.score += delta;
                    c.adjustments.push_back(
                        {boost ? Adjustment::Kind::Boosted : Adjustment::Kind::Buried, delta, 0,
                         a.productId, a.categoryPath});
                }
            break;
        }
        case Kind::Pin:
            break; // applied to the finished list (applyPins)
        }
    }
}

void LiveAvailabilityRule::apply(const RuleContext &context,
                                 std::vector<Candidate> &candidates) const
{
    std::erase_if(candidates, [&](const Candidate &c) {
        return !m_available.value(context.catalog.at(c.item).id, true);
    });
}

void applyPins(RecommendationList &list, const std::vector<MerchandisingAction> &pins,
               const ItemCatalog &catalog,
               const std::function<std::optional<QList<Adjustment>>(int item)> &admit, int k)
{
    for (const MerchandisingAction &pin : pins) {
        const int item = catalog.indexOf(pin.productId);
        if (item < 0)
            continue;
        const std::optional<QList<Adjustment>> admitted = admit(item);
        if (!admitted)
            continue;
        Recommendation moved;
        const auto it = std::find_if(list.begin(), list.end(), [&](const Recommendation &r) {
            return r.productId == pin.productId;
        });
        if (it != list.end()) {
            // Its evidence, shares and earlier adjustments still say why the models chose it.
            moved = *it;
            list.erase(it);
        } else {
            moved.productId = pin.productId;
            moved.title = catalog.at(item).title;
            moved.model = QStringLiteral("merchandising");
            moved.adjustments = *admitted;
        }
        moved.adjustments.push_back(
            {Adjustment::Kind::Pinned, 0.0f, pin.slot, pin.productId, QString()});
        moved.setReason(ReasonKind::Featured);
        const qsizetype at = std::min<qsizetype>(pin.slot - 1, list.size());
        // Scores stay ordered along the list: a pinned item takes its neighbour's score.
        if (at < list.size())
            moved.score = list.at(at).score;
        else if (!list.isEmpty())
            moved.score = std::min(moved.score, list.last().score);
        list.insert(at, std::move(moved));
    }
    while (list.size() > k)
        list.removeLast();
}

} // namespace storefront::recsys
